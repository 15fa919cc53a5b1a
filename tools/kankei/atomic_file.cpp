// Temporary file + rename(2), which is atomic within one file system; and
// graphviz run the same way, through posix_spawn rather than a shell.
#include "atomic_file.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

// Where the bytes for `path` go, once checked.
struct Target {
  std::string path;        // the file to replace: `path`, or where its symlink points
  bool in_place = false;   // a device or FIFO: written directly, never renamed over
  std::optional<fs::perms> permissions;  // of the file being replaced
};

Result<Target> resolve(const std::string& path) {
  if (path.empty()) return unexpected(make_error(ErrorCode::invalid_argument, "no output file name given"));
  std::error_code ec;
  const auto status = fs::status(path, ec);  // follows symlinks
  if (fs::is_directory(status)) return unexpected(make_error(ErrorCode::io, "cannot write: is a folder", path));
  if (fs::exists(status)) {
    if (!fs::is_regular_file(status)) return Target{path, true, {}};
    Target target{path, false, status.permissions()};
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
      if (auto real = fs::canonical(path, ec); !ec) target.path = real.string();
    }
    return target;
  }
  const fs::path folder = fs::path(path).parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec)) {
    return unexpected(make_error(ErrorCode::not_found, "cannot write: folder " + folder.string() + " does not exist",
                                 path));
  }
  return Target{path, false, {}};
}

std::string reason(int error) { return error != 0 ? std::string(": ") + std::strerror(error) : std::string(); }

Error write_error(const std::string& path, int error) {
  return make_error(ErrorCode::io, "cannot write" + reason(error), path);
}

// Writes `file` whole through `write`; errno of the first failure, or 0.
// fsync makes the content durable before a rename publishes it: otherwise a
// power cut right after the rename can leave an empty file on some file
// systems.
int write_file(const std::string& file, bool sync, const std::function<void(std::ostream&)>& write) {
  errno = 0;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return errno != 0 ? errno : EIO;
  write(out);
  out.flush();
  if (!out) return errno != 0 ? errno : EIO;
  out.close();
  if (!out) return errno != 0 ? errno : EIO;
  if (sync) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (synced != 0 && synced != EINVAL) return synced;  // EINVAL: a file system without fsync
  }
  return 0;
}

// "PATH.tmp.PID", beside the file it replaces; "./" keeps a name like
// "-x.svg" from reading as an option to graphviz.
std::string temporary_for(const std::string& path) {
  const std::string base = path.starts_with('-') ? "./" + path : path;
  return base + ".tmp." + std::to_string(getpid());
}

// Renames the finished `temporary` over the target, with the old file's
// permissions; removes `temporary` when that fails.
Result<void> publish(const std::string& temporary, const Target& target, const std::string& path) {
  std::error_code ec;
  if (target.permissions) fs::permissions(temporary, *target.permissions, ec);  // best effort
  if (std::rename(temporary.c_str(), target.path.c_str()) != 0) {
    const int error = errno;
    std::remove(temporary.c_str());
    return unexpected(make_error(ErrorCode::io, "cannot replace file" + reason(error), path));
  }
  return {};
}

// Runs `argv` (no shell, so file names need no quoting) and waits for it.
Result<void> run_program(const std::vector<std::string>& argv, const std::string& output) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  if (int error = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ); error != 0) {
    const std::string why = error == ENOENT ? "graphviz '" + argv[0] + "' not found (install graphviz)"
                                            : "cannot run graphviz '" + argv[0] + "'" + reason(error);
    return unexpected(make_error(ErrorCode::not_found, why, output));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return unexpected(make_error(ErrorCode::io, "lost the graphviz process", output));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return unexpected(make_error(ErrorCode::io, "graphviz could not render the diagram", output));
  }
  return {};
}

}  // namespace

Result<void> check_writable(const std::string& path) {
  if (path == "-") return {};
  auto target = resolve(path);
  if (!target) return unexpected(target.error());
  return {};
}

Result<void> write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    errno = 0;
    write(std::cout);
    std::cout.flush();
    if (!std::cout) return unexpected(make_error(ErrorCode::io, "cannot write to stdout" + reason(errno)));
    return {};
  }
  auto target = resolve(path);
  if (!target) return unexpected(target.error());
  if (target->in_place) {
    if (const int error = write_file(target->path, false, write)) return unexpected(write_error(path, error));
    return {};
  }
  const std::string temporary = temporary_for(target->path);
  int error = 0;
  try {
    error = write_file(temporary, true, write);
  } catch (...) {  // bad_alloc in a writer: leave nothing behind
    std::remove(temporary.c_str());
    throw;
  }
  if (error != 0) {
    std::remove(temporary.c_str());
    return unexpected(write_error(path, error));
  }
  return publish(temporary, *target, path);
}

Result<void> check_graphviz(const std::string& engine, const std::string& output) {
  if (engine.find('/') != std::string::npos) {
    if (::access(engine.c_str(), X_OK) == 0) return {};
  } else if (const char* path = std::getenv("PATH")) {
    std::string_view dirs(path);
    while (true) {
      const auto colon = dirs.find(':');
      const std::string dir(dirs.substr(0, colon));
      const std::string file = (dir.empty() ? std::string(".") : dir) + "/" + engine;
      if (::access(file.c_str(), X_OK) == 0) return {};
      if (colon == std::string_view::npos) break;
      dirs.remove_prefix(colon + 1);
    }
  }
  return unexpected(make_error(ErrorCode::not_found, "graphviz '" + engine + "' not found (install graphviz)", output));
}

Result<void> render_graphviz(const std::string& path, const std::string& format, const std::string& engine,
                             const std::function<void(std::ostream&)>& write_dot) {
  std::optional<Target> target;
  if (path != "-") {
    auto resolved = resolve(path);
    if (!resolved) return unexpected(resolved.error());
    target = std::move(*resolved);
  }
  // The DOT goes beside the image, or to the temporary folder when the image
  // goes to stdout or a device (no file may be made beside /dev/null).
  const std::string stem = target && !target->in_place
                               ? temporary_for(target->path)
                               : (fs::temp_directory_path() / "kankei-render").string() + ".tmp." +
                                     std::to_string(getpid());
  const std::string dot_path = stem + ".dot";
  if (const int error = write_file(dot_path, false, write_dot)) {
    std::remove(dot_path.c_str());
    return unexpected(make_error(ErrorCode::io, "cannot write the temporary diagram" + reason(error), path));
  }
  std::vector<std::string> argv{engine, "-T" + format, dot_path};
  const std::string image_path = !target ? std::string() : target->in_place ? target->path : stem;
  if (!image_path.empty()) argv.insert(argv.end(), {"-o", image_path});
  if (!target) std::cout.flush();  // graphviz writes to the same stdout
  auto rendered = run_program(argv, path);
  std::remove(dot_path.c_str());
  if (!rendered) {
    if (target && !target->in_place) std::remove(image_path.c_str());
    return unexpected(rendered.error());
  }
  if (!target || target->in_place) return {};
  return publish(image_path, *target, path);
}

bool font_installed(const std::string& font) {
  FILE* pipe = popen("fc-list : family 2>/dev/null", "r");
  if (!pipe) return true;  // cannot tell; do not warn for nothing
  std::string families;
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) families.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (status != 0 || families.empty()) return true;
  // Lines look like "Noto Sans CJK JP,Noto Sans CJK JP Regular".
  std::size_t at = 0;
  while ((at = families.find(font, at)) != std::string::npos) {
    const bool starts = at == 0 || families[at - 1] == '\n' || families[at - 1] == ',';
    const std::size_t end = at + font.size();
    const bool ends = end == families.size() || families[end] == '\n' || families[end] == ',';
    if (starts && ends) return true;
    at = end;
  }
  return false;
}

}  // namespace kankei::cli
