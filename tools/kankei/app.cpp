// kankei_main: parses the command line, runs one subcommand, and turns every
// failure into "kankei: error: ..." and an exit code, in one place.
#include "app.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

namespace kankei::cli {

int kankei_main(int argc, char** argv) {
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
    return code == 0 ? exit_ok : exit_usage;
  }
  if (verbose) spdlog::set_level(spdlog::level::info);
  if (quiet) spdlog::set_level(spdlog::level::err);
  try {
    auto result = run();
    if (!result) {
      std::cerr << "kankei: error: " << result.error().what() << '\n';
      return exit_error;
    }
    return *result;
  } catch (const std::exception& e) {
    std::cerr << "kankei: error: " << e.what() << '\n';
    return exit_error;
  }
}

}  // namespace kankei::cli
