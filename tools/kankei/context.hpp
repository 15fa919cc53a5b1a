// Loading dict/ and MeCab for a subcommand.
#pragma once

#include <memory>

#include "app.hpp"
#include "pipeline/pipeline.hpp"
#include "tokens/tokens.hpp"

namespace kankei::cli {

// Everything a document is read with; built once per run.
struct Context {
  std::unique_ptr<pipeline::Resources> resources;
  std::unique_ptr<tokens::Tokenizer> tokenizer;
  std::unique_ptr<pipeline::Pipeline> pipeline;
};

// Adds --dict, --userdic, --ipadic to a subcommand.
void add_data_options(CLI::App& sub, DataOptions& data);

// Reads dict/ (errors name file:line) and opens MeCab.
Result<Context> load_context(const DataOptions& data);

// Loads only the dictionaries (no MeCab): for queries over actors.
Result<std::unique_ptr<pipeline::Resources>> load_resources(const DataOptions& data);

}  // namespace kankei::cli
