// The one TSV reader every dictionary loader uses, so errors look alike.
#include "core/tsv.hpp"

#include "core/utf8.hpp"

namespace kankei {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<void> read_tsv(std::string_view content, std::string_view name, std::size_t min_cells,
                      std::size_t max_cells, std::vector<TsvRecord>& out) {
  std::size_t line_no = 0;
  std::size_t pos = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // BOM
  while (pos < content.size()) {
    std::size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (utf8::find_invalid(line) != std::string_view::npos) {
      return unexpected(make_error(ErrorCode::encoding, "invalid UTF-8", where));
    }
    if (trim(line).empty() || trim(line).front() == '#') continue;
    TsvRecord record;
    record.line = line_no;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        record.cells.emplace_back(trim(line.substr(start, i - start)));
        start = i + 1;
      }
    }
    if (record.cells.size() < min_cells || record.cells.size() > max_cells) {
      // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
      std::string message = "expected ";
      message += std::to_string(min_cells);
      if (min_cells != max_cells) message.append("-").append(std::to_string(max_cells));
      message.append(" TAB-separated columns, found ").append(std::to_string(record.cells.size()));
      return unexpected(make_error(ErrorCode::parse, std::move(message), where, std::string(line.substr(0, 60))));
    }
    out.push_back(std::move(record));
  }
  return {};
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      auto item = trim(text.substr(start, i - start));
      if (!item.empty()) out.emplace_back(item);
      start = i + 1;
    }
  }
  return out;
}

}  // namespace kankei
