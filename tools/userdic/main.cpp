// kankei-userdic: writes MeCab user-dictionary CSV from dict/actors/*.tsv, so
// that every actor form is one token carrying its id (feature 9) and whether
// it is a metonym (feature 10). Run at build time; mecab-dict-index compiles it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/utf8.hpp"
#include "mentions/actor_table.hpp"

namespace fs = std::filesystem;
using kankei::mentions::ActorKind;

namespace {

// ipadic context ids (left-id.def): 人名,一般 / 組織 / 地域,国.
int context_id(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return 1289;
    case ActorKind::state:
    case ActorKind::historical_state: return 1294;
    default: return 1292;
  }
}

const char* pos_fields(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return "名詞,固有名詞,人名,一般,*,*";
    case ActorKind::state:
    case ActorKind::historical_state: return "名詞,固有名詞,地域,国,*,*";
    default: return "名詞,固有名詞,組織,*,*,*";
  }
}

// Longer names get cheaper so that they beat ipadic's split into parts;
// every form beats ipadic's own entry for the same string.
int cost_for(const std::string& form) {
  const auto n = static_cast<int>(kankei::utf8::length(form));
  return std::max(-1000, 2500 - 400 * n);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: kankei-userdic DICT_ACTORS_DIR OUT.csv\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  kankei::mentions::ActorTable table;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (auto r = table.load(content.str(), path.string()); !r) {
      std::cerr << "kankei-userdic: error: " << r.error().what() << '\n';
      return 1;
    }
  }
  if (auto r = table.finish(); !r) {
    std::cerr << "kankei-userdic: error: " << r.error().what() << '\n';
    return 1;
  }
  std::ofstream out(argv[2], std::ios::binary);
  std::size_t written = 0;
  for (const auto& actor : table.actors()) {
    auto emit = [&](const std::string& form, bool metonym) {
      // One-character forms (習, 露) would split ordinary words; the rules find those.
      if (kankei::utf8::length(form) < 2 || form.find(',') != std::string::npos) return;
      const auto* entry = table.find_form(form);
      if (!entry || &table.actors()[entry->actor] != &actor) return;  // another actor won the form
      const int id = context_id(actor.kind);
      out << form << ',' << id << ',' << id << ',' << cost_for(form) << ',' << pos_fields(actor.kind) << ','
          << form << ",*,*," << actor.id << ',' << (metonym ? "metonym" : "form") << '\n';
      ++written;
    };
    for (const auto& form : actor.forms) emit(form, false);
    for (const auto& form : actor.metonyms) emit(form, true);
  }
  if (!out) {
    std::cerr << "kankei-userdic: error: cannot write " << argv[2] << '\n';
    return 1;
  }
  std::cerr << "kankei-userdic: " << written << " forms of " << table.actors().size() << " actors\n";
  return 0;
}
