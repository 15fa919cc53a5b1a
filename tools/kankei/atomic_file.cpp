// Temporary file + rename(2), which is atomic within one file system.
#include "atomic_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace kankei::cli {

Result<void> write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) return unexpected(make_error(ErrorCode::io, "cannot write to stdout"));
    return {};
  }
  const std::string temporary = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return unexpected(make_error(ErrorCode::io, "cannot create file", temporary));
    write(out);
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return unexpected(make_error(ErrorCode::io, "cannot write file", temporary));
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return unexpected(make_error(ErrorCode::io, "cannot replace file", path));
  }
  return {};
}

}  // namespace kankei::cli
