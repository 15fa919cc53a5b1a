// Files written whole or not at all.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "core/result.hpp"

namespace kankei::cli {

// Writes `path` through `write` into a temporary file beside it, then renames
// it over `path`: an interrupted run never leaves a damaged file where a good
// one was. "-" writes to stdout.
Result<void> write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace kankei::cli
