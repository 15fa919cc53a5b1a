// The command line: subcommands, shared options, exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/result.hpp"

namespace kankei::cli {

// Exit codes, documented in --help and the README.
enum Exit : int {
  exit_ok = 0,
  exit_error = 1,    // bad input, data or I/O; nothing half-written
  exit_usage = 2,    // bad command line
  exit_partial = 3,  // --keep-going skipped some documents
};

// Options every subcommand that reads text shares.
struct DataOptions {
  std::string dict_dir;
  std::string userdic;
  std::string ipadic;
};

int kankei_main(int argc, char** argv);

// Subcommands register themselves on `app` and return the function to run.
using Runner = std::function<Result<int>()>;
void add_extract(CLI::App& app, DataOptions& data, Runner& run);
void add_build(CLI::App& app, DataOptions& data, Runner& run);
void add_explain(CLI::App& app, DataOptions& data, Runner& run);
void add_eval(CLI::App& app, DataOptions& data, Runner& run);
void add_path(CLI::App& app, DataOptions& data, Runner& run);
void add_neighbors(CLI::App& app, DataOptions& data, Runner& run);
void add_export(CLI::App& app, DataOptions& data, Runner& run);
void add_render(CLI::App& app, DataOptions& data, Runner& run);
void add_actors(CLI::App& app, DataOptions& data, Runner& run);
void add_unknown(CLI::App& app, DataOptions& data, Runner& run);
void add_merge(CLI::App& app, DataOptions& data, Runner& run);

}  // namespace kankei::cli
