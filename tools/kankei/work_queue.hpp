// OrderedWorkers: a fixed set of threads that work through queued inputs and
// hand the results back in input order. Header-only, so that kankei-bench
// times the very queue the CLI uses.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kankei::cli {

// Each thread takes the oldest input no one has started, so a slow input
// holds up only the results after it, never the other threads: with N
// threads and a window of inputs in flight, every thread stays busy until
// the window is empty. Results wait in their slot until pop() asks for them.
//   push(a) push(b) push(c); pop() => work(a), pop() => work(b), ...
template <typename In, typename Out>
class OrderedWorkers {
 public:
  // Starts `threads` threads (at least one) running `work`, which must be
  // safe to call from all of them at once.
  OrderedWorkers(unsigned threads, std::function<Out(const In&)> work) : m_work(std::move(work)) {
    for (unsigned t = 0; t < std::max(1u, threads); ++t) m_threads.emplace_back([this] { run(); });
  }

  // Lets the threads finish the inputs they are working on, drops the rest,
  // and joins them.
  ~OrderedWorkers() {
    {
      std::lock_guard lock(m_mutex);
      m_stopping = true;
    }
    m_work_ready.notify_all();
    for (auto& thread : m_threads) thread.join();
  }

  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  // Queues `input`, which must stay alive and unchanged until pop() has
  // returned its result.
  void push(const In& input) {
    {
      std::lock_guard lock(m_mutex);
      m_slots.push_back(Slot{&input, std::nullopt});
    }
    m_work_ready.notify_one();
  }

  // Waits for the result of the oldest input still queued and returns it.
  // Must not be called when nothing is queued.
  Out pop() {
    std::unique_lock lock(m_mutex);
    m_result_ready.wait(lock, [&] { return m_slots.front().result.has_value(); });
    Out out = std::move(*m_slots.front().result);
    m_slots.pop_front();
    ++m_first;
    return out;
  }

  // Inputs queued and not yet popped.
  std::size_t size() const {
    std::lock_guard lock(m_mutex);
    return m_slots.size();
  }

 private:
  struct Slot {
    const In* input;
    std::optional<Out> result;
  };

  void run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_work_ready.wait(lock, [&] { return m_stopping || m_next < m_first + m_slots.size(); });
      if (m_stopping) return;
      const std::size_t number = m_next++;
      const In& input = *m_slots[number - m_first].input;
      lock.unlock();
      Out out = m_work(input);
      lock.lock();
      // The slot is still there: pop() removes a slot only once it has a result.
      m_slots[number - m_first].result.emplace(std::move(out));
      m_result_ready.notify_one();
    }
  }

  std::function<Out(const In&)> m_work;
  mutable std::mutex m_mutex;
  std::condition_variable m_work_ready;    // an input was queued, or stopping
  std::condition_variable m_result_ready;  // a result was stored
  std::deque<Slot> m_slots;  // in input order; a deque keeps references stable
  std::size_t m_first = 0;   // input number of m_slots.front()
  std::size_t m_next = 0;    // input number the next free thread takes
  bool m_stopping = false;
  std::vector<std::thread> m_threads;
};

}  // namespace kankei::cli
