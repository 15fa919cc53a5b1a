// Batches of documents go to a fixed set of threads; results are consumed
// in input order once the batch is done.
#include "runner.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

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

Result<RunStats> run_documents(DocumentReader& reader, const pipeline::Pipeline& pipeline, const RunOptions& options,
                               const std::function<void(const std::vector<pipeline::RelationRecord>&)>& sink) {
  RunStats stats;
  Progress progress(options.progress, reader.total_bytes());
  const unsigned jobs = std::max(1u, options.jobs);
  const std::size_t batch_size = jobs == 1 ? 1 : jobs * 8;
  std::vector<InputItem> batch;
  std::vector<Result<std::vector<pipeline::RelationRecord>>> results;
  bool done = false;
  while (!done) {
    batch.clear();
    while (batch.size() < batch_size) {
      auto item = reader.next();
      if (!item) {
        if (!options.keep_going) return unexpected(item.error());
        spdlog::warn("skipped: {}", item.error().what());
        ++stats.skipped;
        continue;
      }
      if (!*item) {
        done = true;
        break;
      }
      batch.push_back(std::move(**item));
    }
    if (batch.empty()) break;
    results.clear();
    results.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) results.emplace_back(std::vector<pipeline::RelationRecord>{});
    if (jobs == 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) results[i] = pipeline.run(batch[i].document);
    } else {
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next++) < batch.size();) results[i] = pipeline.run(batch[i].document);
      };
      std::vector<std::thread> threads;
      for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
      work();
      for (auto& thread : threads) thread.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      auto& result = results[i];
      if (!result) {
        Error error = result.error();
        error.where = batch[i].origin + (error.where.empty() ? "" : ": " + error.where);
        if (!options.keep_going) return unexpected(error);
        spdlog::warn("skipped: {}", error.what());
        ++stats.skipped;
        continue;
      }
      ++stats.documents;
      stats.bytes += batch[i].bytes;
      stats.records += result->size();
      sink(*result);
    }
    progress.update(stats);
  }
  progress.update(stats, true);
  return stats;
}

}  // namespace kankei::cli
