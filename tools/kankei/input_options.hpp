// Command-line options shared by the subcommands that read documents.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <thread>
#include <vector>

#include "inputs.hpp"

namespace kankei::cli {

struct InputOptions {
  std::vector<std::string> paths;
  std::string format = "auto";
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool keep_going = false;

  InputFormat input_format() const {
    return format == "text" ? InputFormat::text : format == "jsonl" ? InputFormat::jsonl : InputFormat::automatic;
  }
};

// Adds PATH..., --format, --jobs and --keep-going to `sub`.
void add_input_options(CLI::App& sub, InputOptions& in);

}  // namespace kankei::cli
