// The result table on stdout, and the formatting helpers it uses.
#include <cstdarg>
#include <cstdio>

#include "bench.hpp"

namespace kankei::bench {

std::string format(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  va_list again;
  va_copy(again, args);
  const int size = std::vsnprintf(nullptr, 0, fmt, args);
  va_end(args);
  std::string out(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  if (size > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, again);
  va_end(again);
  return out;
}

std::string megabytes(std::uint64_t bytes) { return format("%.1f MB", static_cast<double>(bytes) / 1e6); }

void Report::section(std::string title) { m_rows.push_back({std::move(title), "", "", Verdict::info, true}); }

void Report::info(std::string figure, std::string measured) {
  m_rows.push_back({std::move(figure), std::move(measured), "", Verdict::info, false});
}

void Report::target(std::string figure, std::string measured, std::string target, bool pass) {
  m_rows.push_back({std::move(figure), std::move(measured), std::move(target), pass ? Verdict::pass : Verdict::miss, false});
}

void Report::print() const {
  std::printf("\n%-44s %-28s %-12s %s\n", "figure", "measured", "target", "result");
  std::printf("%s\n", std::string(94, '-').c_str());
  for (const auto& row : m_rows) {
    if (row.section) {
      std::printf("%s\n", row.figure.c_str());
      continue;
    }
    const char* verdict = row.verdict == Verdict::pass ? "PASS" : row.verdict == Verdict::miss ? "MISS" : "";
    std::printf("  %-42s %-28s %-12s %s\n", row.figure.c_str(), row.measured.c_str(), row.target.c_str(), verdict);
  }
  std::fflush(stdout);
}

}  // namespace kankei::bench
