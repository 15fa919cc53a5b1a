// Finding and reading the data files: options, then environment, then the
// build tree's defaults compiled in.
#include "context.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

std::string pick(const std::string& option, const char* env, const char* fallback) {
  if (!option.empty()) return option;
  if (const char* value = std::getenv(env); value && *value) return value;
  return fallback;
}

Result<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return unexpected(make_error(ErrorCode::io, "cannot read file", path.string()));
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

// The environment is read by pick(), not through CLI11's envname(): every
// subcommand binds the same DataOptions, and CLI11 (2.1) fills the variable
// from the environment after the command line, so KANKEI_DICT would win
// over an explicit --dict.
void add_data_options(CLI::App& sub, DataOptions& data) {
  sub.add_option("--dict", data.dict_dir,
                 "Folder of kankei's data (actors/, relations/, rules/); default $KANKEI_DICT, then the build's");
  sub.add_option("--userdic", data.userdic,
                 "Compiled MeCab user dictionary of actor names; default $KANKEI_USERDIC, then the build's");
  sub.add_option("--ipadic", data.ipadic, "MeCab ipadic (UTF-8) folder; default $KANKEI_IPADIC, then the build's");
}

Result<std::unique_ptr<pipeline::Resources>> load_resources(const DataOptions& data) {
  const fs::path dict = pick(data.dict_dir, "KANKEI_DICT", KANKEI_DEFAULT_DICT);
  std::error_code ec;
  if (!fs::is_directory(dict, ec)) {
    return unexpected(make_error(ErrorCode::not_found, "data folder not found (use --dict)", dict.string()));
  }
  std::vector<pipeline::DataFile> files;
  for (const char* sub : {"actors", "relations", "rules"}) {
    if (!fs::is_directory(dict / sub, ec)) continue;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dict / sub, ec)) {
      if (entry.path().extension() == ".tsv") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      auto content = read_file(path);
      if (!content) return unexpected(content.error());
      files.push_back({std::string(sub) + "/" + path.filename().string(), std::move(*content)});
    }
  }
  return pipeline::load_resources(files, (dict / "").string());
}

Result<Context> load_context(const DataOptions& data) {
  Context context;
  auto resources = load_resources(data);
  if (!resources) return unexpected(resources.error());
  context.resources = std::move(*resources);
  tokens::TokenizerOptions options;
  options.dicdir = pick(data.ipadic, "KANKEI_IPADIC", KANKEI_DEFAULT_IPADIC);
  options.userdic = pick(data.userdic, "KANKEI_USERDIC", KANKEI_DEFAULT_USERDIC);
  std::error_code ec;
  if (!fs::is_regular_file(options.userdic, ec)) {
    return unexpected(make_error(ErrorCode::not_found,
                                 "compiled user dictionary not found (build the project, or use --userdic)",
                                 options.userdic));
  }
  auto tokenizer = tokens::Tokenizer::open(options);
  if (!tokenizer) return unexpected(tokenizer.error());
  context.tokenizer = std::move(*tokenizer);
  context.pipeline = std::make_unique<pipeline::Pipeline>(*context.resources, *context.tokenizer);
  spdlog::info("loaded {} actors, {} relation types", context.resources->actors.actors().size(),
               context.resources->lexicon.relations().size());
  return context;
}

}  // namespace kankei::cli
