// kankei_main: parses the command line, runs one subcommand, and turns every
// failure into "kankei: error: ..." and an exit code, in one place.
#include "app.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "atomic_file.hpp"

namespace kankei::cli {
namespace {

// `code`, or exit_error when the data on stdout (or --help) was not all
// written, said on stderr: every command writes its data to stdout, so a
// full disk or /dev/full is checked here once, after the command. A usage
// error keeps its code.
int checked_stdout(int code) {
  auto flushed = flush_stdout();
  if (flushed) return code;
  std::cerr << "kankei: error: " << flushed.error().what() << '\n';
  return code == exit_usage ? exit_usage : exit_error;
}

}  // namespace

int kankei_main(int argc, char** argv) {
  keep_stdout_errors();
  auto logger = spdlog::stderr_color_mt("kankei");  // logs on stderr, data on stdout
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("kankei: %l: %v");
  spdlog::set_level(spdlog::level::warn);

  CLI::App app{"kankei: a knowledge graph of actors and relations from Japanese text on international politics"};
  app.set_version_flag("--version", KANKEI_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success; 1 error (bad input, data or I/O; the message names the file and place);\n"
      "2 usage error; 3 finished, but --keep-going skipped some documents.\n"
      "Data: dict/ and the compiled user dictionary are found through --dict/--userdic,\n"
      "KANKEI_DICT/KANKEI_USERDIC, or the build tree's defaults.");
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log progress and details on stderr");
  app.add_flag("-q,--quiet", quiet, "Log only errors");

  DataOptions data;
  Runner run;
  add_extract(app, data, run);
  add_build(app, data, run);
  add_explain(app, data, run);
  add_eval(app, data, run);
  add_path(app, data, run);
  add_neighbors(app, data, run);
  add_export(app, data, run);
  add_render(app, data, run);
  add_actors(app, data, run);
  add_unknown(app, data, run);
  add_merge(app, data, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? checked_stdout(exit_ok) : exit_usage;
  }
  if (verbose) spdlog::set_level(spdlog::level::info);
  if (quiet) spdlog::set_level(spdlog::level::err);
  Result<int> result = exit_error;
  try {
    result = run();
  } catch (const std::exception& e) {
    result = unexpected(make_error(ErrorCode::internal, e.what()));
  }
  if (!result) {
    std::cerr << "kankei: error: " << result.error().what() << '\n';
    return exit_error;
  }
  return checked_stdout(*result);
}

}  // namespace kankei::cli
