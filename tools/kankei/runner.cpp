// Documents go through a bounded window to a fixed set of threads; results
// are consumed in input order as soon as each is ready.
#include "runner.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <optional>

#include "work_queue.hpp"

namespace kankei::cli {
namespace {

class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total) : m_enabled(enabled && isatty(STDERR_FILENO)), m_total(total) {}
  ~Progress() {
    if (m_shown) std::fputc('\n', stderr);
  }
  void update(const RunStats& stats, bool force = false) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_last < std::chrono::milliseconds(250)) return;
    m_last = now;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double mb = static_cast<double>(stats.bytes) / 1e6;
    const double rate = seconds > 0 ? mb / seconds : 0.0;
    std::fprintf(stderr, "\rkankei: %zu documents, %.1f MB, %.2f MB/s", stats.documents, mb, rate);
    if (m_total > 0 && rate > 0) {
      const double left = (static_cast<double>(m_total) / 1e6 - mb) / rate;
      std::fprintf(stderr, ", ETA %.0f s   ", left > 0 ? left : 0.0);
    }
    m_shown = true;
  }

 private:
  bool m_enabled;
  std::uintmax_t m_total;
  bool m_shown = false;
  std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point m_last{};
};

}  // namespace

namespace {

using Records = Result<std::vector<pipeline::RelationRecord>>;
using Sink = std::function<void(const std::vector<pipeline::RelationRecord>&)>;

// Hands one document's result to the sink, or fails / counts a skip.
Result<void> consume(const InputItem& item, const Records& result, const RunOptions& options, const Sink& sink,
                     RunStats& stats) {
  if (!result) {
    Error error = result.error();
    error.where = item.origin + (error.where.empty() ? "" : ": " + error.where);
    if (!options.keep_going) return unexpected(error);
    spdlog::warn("skipped: {}", error.what());
    ++stats.skipped;
    return {};
  }
  ++stats.documents;
  stats.bytes += item.bytes;
  stats.records += result->size();
  sink(*result);
  return {};
}

// The next readable document into `items`; false at the end of the input.
// An unreadable one is skipped with --keep-going and fails otherwise.
Result<bool> read_next(DocumentReader& reader, const RunOptions& options, RunStats& stats,
                       std::deque<InputItem>& items) {
  for (;;) {
    auto item = reader.next();
    if (!item) {
      if (!options.keep_going) return unexpected(item.error());
      spdlog::warn("skipped: {}", item.error().what());
      ++stats.skipped;
      continue;
    }
    if (!*item) return false;
    items.push_back(std::move(**item));
    return true;
  }
}

}  // namespace

Result<RunStats> run_documents(DocumentReader& reader, const pipeline::Pipeline& pipeline, const RunOptions& options,
                               const Sink& sink) {
  RunStats stats;
  Progress progress(options.progress, reader.total_bytes());
  const unsigned jobs = std::max(1u, options.jobs);
  // Enough documents in flight that no thread waits while one long document
  // holds up the output, few enough to bound memory.
  const std::size_t window = jobs == 1 ? 1 : jobs * 4;
  std::deque<InputItem> items;  // read, in input order, not yet consumed
  // Declared after `items`, so that on an early return the threads stop
  // before the documents they read are freed.
  std::optional<OrderedWorkers<pipeline::Document, Records>> workers;
  if (jobs > 1) workers.emplace(jobs, [&pipeline](const pipeline::Document& d) { return pipeline.run(d); });
  std::optional<Error> read_error;
  for (bool reading = true;;) {
    while (reading && items.size() < window) {
      auto more = read_next(reader, options, stats, items);
      if (!more) read_error = more.error();  // consume what came before it first
      reading = more && *more;
      if (reading && workers) workers->push(items.back().document);
    }
    if (items.empty()) break;
    const Records result = workers ? workers->pop() : pipeline.run(items.front().document);
    KANKEI_TRY(consume(items.front(), result, options, sink, stats));
    items.pop_front();
    progress.update(stats);
  }
  if (read_error) return unexpected(*read_error);
  progress.update(stats, true);
  return stats;
}

}  // namespace kankei::cli
