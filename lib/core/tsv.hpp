// Reading the TAB-separated data files of dict/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace kankei {

struct TsvRecord {
  std::size_t line = 0;  // 1-based line number in the file
  std::vector<std::string> cells;
};

// Splits `content` into records: blank lines and lines starting with '#' are
// skipped, a trailing '\r' is dropped, cells are separated by one TAB. Fails
// with "name:line" when a record has fewer than `min_cells` or more than
// `max_cells` cells, or holds invalid UTF-8.
Result<void> read_tsv(std::string_view content, std::string_view name, std::size_t min_cells,
                      std::size_t max_cells, std::vector<TsvRecord>& out);

// "a|b||c" => {"a", "b", "c"}: empty items are dropped, items are trimmed.
std::vector<std::string> split_list(std::string_view text, char separator);

}  // namespace kankei
