// The benchmark corpus: a folder of seed texts, repeated to the size asked for.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench.hpp"
#include "core/utf8.hpp"

namespace fs = std::filesystem;

namespace kankei::bench {

pipeline::Document Corpus::document(std::size_t i) const {
  const auto& seed = seeds[i % seeds.size()];
  return pipeline::Document{seed.id + "#" + std::to_string(i / seeds.size()), seed.text, seed.date};
}

Result<Corpus> load_corpus(const std::vector<std::string>& folders, double megabytes) {
  std::vector<fs::path> paths;
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      return unexpected(make_error(ErrorCode::not_found, "corpus folder not found", folder));
    }
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path());
    }
    if (ec) return unexpected(make_error(ErrorCode::io, "cannot list folder: " + ec.message(), folder));
    std::sort(found.begin(), found.end());  // the same corpus, in the same order, on every machine
    paths.insert(paths.end(), found.begin(), found.end());
  }
  Corpus corpus;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (!in) return unexpected(make_error(ErrorCode::io, "cannot read file", path.string()));
    std::string text = content.str();
    // Checked here so that a timed pass never stops half-way on bad input.
    if (const auto bad = utf8::find_invalid(text); bad != std::string::npos) {
      return unexpected(make_error(ErrorCode::encoding, "not valid UTF-8", path.string() + ": byte " + std::to_string(bad)));
    }
    if (text.empty()) continue;
    corpus.seed_bytes += text.size();
    corpus.seeds.push_back(pipeline::Document{path.stem().string(), std::move(text), ""});
  }
  if (corpus.seeds.empty()) {
    return unexpected(make_error(ErrorCode::not_found, "no non-empty *.txt files in the corpus folders"));
  }
  const double wanted = std::max(0.0, megabytes) * 1e6;
  corpus.repeats = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(wanted / corpus.seed_bytes)));
  return corpus;
}

}  // namespace kankei::bench
