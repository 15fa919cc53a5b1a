// Loads dict/ the way tools/kankei does, from the source tree.
#include "test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <deque>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "normalize/normalize.hpp"

namespace fs = std::filesystem;

namespace kankei::test {
namespace {

std::unique_ptr<pipeline::Resources> load() {
  std::vector<pipeline::DataFile> files;
  for (const char* sub : {"actors", "relations", "rules"}) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(fs::path(KANKEI_TEST_DICT) / sub)) {
      if (e.path().extension() == ".tsv") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p);
      std::stringstream s;
      s << in.rdbuf();
      files.push_back({std::string(sub) + "/" + p.filename().string(), s.str()});
    }
  }
  auto r = pipeline::load_resources(files, "dict/");
  if (!r) throw std::runtime_error(r.error().what());
  return std::move(*r);
}

}  // namespace

const pipeline::Resources& resources() {
  static const auto instance = load();
  return *instance;
}

const tokens::Tokenizer& tokenizer() {
  static const auto instance = [] {
    auto t = tokens::Tokenizer::open({KANKEI_TEST_IPADIC, KANKEI_TEST_USERDIC});
    if (!t) throw std::runtime_error(t.error().what());
    return std::move(*t);
  }();
  return *instance;
}

const pipeline::Pipeline& pipeline() {
  static const pipeline::Pipeline instance(resources(), tokenizer());
  return instance;
}

std::string relations_of(const std::string& text) {
  auto records = pipeline().run({"t", text, ""});
  if (!records) return "error: " + records.error().what();
  std::vector<std::string> lines;
  for (const auto& r : *records) {
    std::string line = r.source + " " + r.relation + " " + r.target;
    if (r.negated) line += " !neg";
    if (r.hypothetical) line += " ?hyp";
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "; ") + l;
  return out;
}

std::vector<tokens::Token> tokenize(const std::string& text) {
  // Token surfaces view the text they were cut from, and tests keep their
  // tokens (even across threads), so every text stays: a test run tokenizes
  // a few kilobytes. Deque elements never move.
  static std::mutex mutex;
  static std::deque<std::string> texts;
  const std::string* kept;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    kept = &texts.emplace_back(normalize::normalize_utf8(text));
  }
  std::vector<tokens::Token> out;
  tokenizer().tokenize(*kept, out);
  return out;
}

}  // namespace kankei::test
