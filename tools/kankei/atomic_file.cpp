// Temporary file + rename(2), which is atomic within one file system; and
// graphviz run the same way, through posix_spawn rather than a shell.
#include "atomic_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

// --- Removing temporary files when a signal ends the program ---
//
// The handler may only call async-signal-safe functions, so everything it
// needs is ready before a temporary file exists: the names sit in static
// buffers, published by lock-free atomics. At most two temporary files exist
// at once (render: the DOT and the image).
constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

struct PendingFile {
  enum State : int { unused, claimed, ready };  // the handler only reads a ready name
  std::atomic<int> state{unused};
  char path[PATH_MAX];
};
PendingFile pending_files[2];
std::atomic<pid_t> pending_child{0};  // graphviz while it runs
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<pid_t>::is_always_lock_free);

extern "C" void remove_pending_files(int signal) {
  // graphviz would go on writing its temporary image: end it first.
  if (const pid_t child = pending_child.load(); child > 0) {
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
  }
  for (auto& file : pending_files) {
    if (file.state.load() == PendingFile::ready) ::unlink(file.path);
  }
  // SA_RESETHAND restored the default action; the signal is blocked until
  // the handler returns, and then ends the program with the usual status.
  ::raise(signal);
}

// Installs the handler once, except for signals the program was started
// ignoring (nohup, a background job): those stay ignored.
void install_cleanup_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action {};
    action.sa_handler = remove_pending_files;
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int signal : cleanup_signals) sigaddset(&action.sa_mask, signal);  // one cleanup at a time
    for (int signal : cleanup_signals) {
      struct sigaction old {};
      if (sigaction(signal, nullptr, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(signal, &action, nullptr);
    }
  });
}

// Marks `path` for removal should a signal end the program, from before the
// file is created until the guard goes out of scope (after the file was
// renamed or removed). A name too long for the buffer could not be opened
// anyway.
class RemoveOnSignal {
 public:
  explicit RemoveOnSignal(const std::string& path) {
    install_cleanup_handler();
    if (path.empty() || path.size() >= PATH_MAX) return;
    for (auto& file : pending_files) {
      int expected = PendingFile::unused;
      if (!file.state.compare_exchange_strong(expected, PendingFile::claimed)) continue;
      std::memcpy(file.path, path.c_str(), path.size() + 1);
      file.state.store(PendingFile::ready);
      m_file = &file;
      return;
    }
  }
  ~RemoveOnSignal() {
    if (m_file) m_file->state.store(PendingFile::unused);
  }
  RemoveOnSignal(const RemoveOnSignal&) = delete;
  RemoveOnSignal& operator=(const RemoveOnSignal&) = delete;

 private:
  PendingFile* m_file = nullptr;
};

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
// The cleanup signals stay blocked from the spawn until the child is
// recorded, so that the handler always knows about a running graphviz; the
// child starts with them unblocked and at their default action.
Result<void> run_program(const std::vector<std::string>& argv, const std::string& output) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  install_cleanup_handler();
  sigset_t signals;
  sigset_t old_mask;
  sigemptyset(&signals);
  for (int signal : cleanup_signals) sigaddset(&signals, signal);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  pthread_sigmask(SIG_BLOCK, &signals, &old_mask);
  posix_spawnattr_setsigmask(&attributes, &old_mask);
  posix_spawnattr_setsigdefault(&attributes, &signals);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  const int error = posix_spawnp(&pid, args[0], nullptr, &attributes, args.data(), environ);
  if (error == 0) pending_child.store(pid);
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  posix_spawnattr_destroy(&attributes);
  if (error != 0) {
    const std::string why = error == ENOENT ? "graphviz '" + argv[0] + "' not found (install graphviz)"
                                            : "cannot run graphviz '" + argv[0] + "'" + reason(error);
    return unexpected(make_error(ErrorCode::not_found, why, output));
  }
  // Waits without reaping first, so that the handler never kills a process
  // id that another process may have been given since.
  siginfo_t info{};
  while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
  }
  pending_child.store(0);
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

namespace {

// errno of the first failed write to stdout, 0 while none failed.
std::atomic<int> stdout_error{0};

void note_stdout_error() {
  int expected = 0;
  stdout_error.compare_exchange_strong(expected, errno != 0 ? errno : EIO);
}

// libstdc++'s stdio_sync_filebuf, which std::cout uses by default, plus the
// reason of a failure: C's stdout drops its buffer when a write fails, so
// the errno of that write is the only record of why.
class StdoutBuffer : public std::streambuf {
 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) {
      return sync() == 0 ? traits_type::not_eof(c) : traits_type::eof();
    }
    if (std::putc(traits_type::to_char_type(c), stdout) == EOF) {
      note_stdout_error();
      return traits_type::eof();
    }
    return c;
  }
  std::streamsize xsputn(const char* text, std::streamsize size) override {
    if (size <= 0) return 0;  // an empty string_view may have no data: fwrite wants a pointer
    const std::size_t written = std::fwrite(text, 1, static_cast<std::size_t>(size), stdout);
    if (written < static_cast<std::size_t>(size)) note_stdout_error();
    return static_cast<std::streamsize>(written);
  }
  int sync() override {
    if (std::fflush(stdout) == 0) return 0;
    note_stdout_error();
    return -1;
  }
};

}  // namespace

void keep_stdout_errors() {
  static auto* buffer = new StdoutBuffer;  // never destroyed: std::cout flushes it at exit
  std::cout.rdbuf(buffer);
}

Result<void> flush_stdout() {
  // A write that failed long ago leaves the stream bad and its errno lost:
  // flushing again after clear() retries what is still buffered, which
  // usually gives the reason once more.
  const bool failed_before = !std::cout;
  std::cout.clear();
  errno = 0;
  std::cout.flush();
  int error = std::cout ? 0 : errno;
  bool failed = failed_before || !std::cout;
  if (std::fflush(stdout) != 0) {  // printf's data (eval)
    failed = true;
    if (error == 0) error = errno;
  }
  if (failed || std::ferror(stdout)) {
    if (error == 0) error = stdout_error.load();
    return unexpected(make_error(ErrorCode::io, "cannot write to stdout" + reason(error)));
  }
  return {};
}

Result<void> write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    write(std::cout);
    return flush_stdout();
  }
  auto target = resolve(path);
  if (!target) return unexpected(target.error());
  if (target->in_place) {
    if (const int error = write_file(target->path, false, write)) return unexpected(write_error(path, error));
    return {};
  }
  const std::string temporary = temporary_for(target->path);
  const RemoveOnSignal guard(temporary);
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
  const RemoveOnSignal dot_guard(dot_path);
  if (const int error = write_file(dot_path, false, write_dot)) {
    std::remove(dot_path.c_str());
    return unexpected(make_error(ErrorCode::io, "cannot write the temporary diagram" + reason(error), path));
  }
  std::vector<std::string> argv{engine, "-T" + format, dot_path};
  const std::string image_path = !target ? std::string() : target->in_place ? target->path : stem;
  const RemoveOnSignal image_guard(target && !target->in_place ? image_path : std::string());
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
