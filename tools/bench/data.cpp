// Loading dict/ and MeCab, as tools/kankei/context.cpp does. The bench has its
// own copy because context.cpp is tied to CLI11's App (add_data_options);
// the lookup order (option, environment, build default) is the same.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench.hpp"

namespace fs = std::filesystem;

namespace kankei::bench {
namespace {

void pick(std::string& value, const char* env, const char* fallback) {
  if (!value.empty()) return;
  const char* set = std::getenv(env);
  value = set && *set ? set : fallback;
}

Result<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in) return unexpected(make_error(ErrorCode::io, "cannot read file", path.string()));
  return content.str();
}

std::uint64_t size_of(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace

Result<Data> load_data(DataPaths& paths) {
  pick(paths.dict, "KANKEI_DICT", KANKEI_DEFAULT_DICT);
  pick(paths.userdic, "KANKEI_USERDIC", KANKEI_DEFAULT_USERDIC);
  pick(paths.ipadic, "KANKEI_IPADIC", KANKEI_DEFAULT_IPADIC);
  const fs::path dict = paths.dict;
  std::vector<pipeline::DataFile> files;
  for (const char* sub : {"actors", "relations", "rules"}) {
    std::error_code ec;
    std::vector<fs::path> tsv;
    for (const auto& entry : fs::directory_iterator(dict / sub, ec)) {
      if (entry.path().extension() == ".tsv") tsv.push_back(entry.path());
    }
    std::sort(tsv.begin(), tsv.end());
    for (const auto& path : tsv) {
      auto content = read_file(path);
      if (!content) return unexpected(content.error());
      files.push_back({std::string(sub) + "/" + path.filename().string(), std::move(*content)});
    }
  }
  Data data;
  auto resources = pipeline::load_resources(files, (dict / "").string());
  if (!resources) return unexpected(resources.error());
  data.resources = std::move(*resources);
  auto tokenizer = tokens::Tokenizer::open({paths.ipadic, paths.userdic});
  if (!tokenizer) return unexpected(tokenizer.error());
  data.tokenizer = std::move(*tokenizer);
  // MeCab maps these files; they bound what the dictionaries can add to RSS.
  for (const char* name : {"sys.dic", "matrix.bin", "char.bin", "unk.dic"}) {
    data.mecab_file_bytes += size_of(fs::path(paths.ipadic) / name);
  }
  data.mecab_file_bytes += size_of(paths.userdic);
  return data;
}

}  // namespace kankei::bench
