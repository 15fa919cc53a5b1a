// The per-entry feature cache behind Tokenizer::tokenize: what it returns
// must equal a fresh split of the same feature string, and the tokens it
// fills must not depend on whether an entry was seen before.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "test_support.hpp"
#include "tokens/feature_cache.hpp"

using namespace kankei;

namespace {

// Every field of a token, for comparing two tokenizations.
std::string dump(const tokens::Token& t) {
  return std::string(t.surface) + "|" + t.pos + "|" + t.pos1 + "|" + t.pos2 + "|" + t.conj_type + "|" +
         t.conj_form + "|" + t.base + "|" + t.actor + "|" + (t.metonym ? "m" : "-") + (t.unknown ? "u" : "-") +
         "|" + std::to_string(t.begin) + "-" + std::to_string(t.end);
}

std::vector<std::string> dump(const std::vector<tokens::Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(dump(t));
  return out;
}

bool same(const tokens::Features& a, const tokens::Features& b) {
  return a.pos == b.pos && a.pos1 == b.pos1 && a.pos2 == b.pos2 && a.conj_type == b.conj_type &&
         a.conj_form == b.conj_form && a.base == b.base && a.actor == b.actor && a.metonym == b.metonym;
}

}  // namespace

TEST_CASE("a feature string splits into the fields a token keeps") {
  struct Row {
    const char* feature;
    const char* pos;
    const char* pos1;
    const char* pos2;
    const char* conj_type;
    const char* conj_form;
    const char* base;
    const char* actor;
    bool metonym;
  };
  const Row rows[] = {
      {"名詞,サ変接続,*,*,*,*,提供,テイキョウ,テイキョー", "名詞", "サ変接続", "", "", "", "提供", "", false},
      {"動詞,自立,*,*,サ変・スル,連用形,する,シ,シ", "動詞", "自立", "", "サ変・スル", "連用形", "する", "", false},
      {"名詞,固有名詞,地域,国,*,*,モスクワ,モスクワ,モスクワ,RUS,metonym", "名詞", "固有名詞", "地域", "", "", "モスクワ",
       "RUS", true},
      {"名詞,固有名詞,組織,*,*,*,NATO,ナトー,ナトー,NATO,form", "名詞", "固有名詞", "組織", "", "", "NATO", "NATO", false},
      {"名詞,一般,*,*,*,*,*", "名詞", "一般", "", "", "", "", "", false},
      {"記号", "記号", "", "", "", "", "", "", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.feature);
    const auto f = tokens::split_features(row.feature);
    CHECK(f.pos == row.pos);
    CHECK(f.pos1 == row.pos1);
    CHECK(f.pos2 == row.pos2);
    CHECK(f.conj_type == row.conj_type);
    CHECK(f.conj_form == row.conj_form);
    CHECK(f.base == row.base);
    CHECK(f.actor == row.actor);
    CHECK(f.metonym == row.metonym);
  }
}

TEST_CASE("the cache gives what a fresh split gives, from its own copies") {
  tokens::StringPool pool;
  tokens::FeatureCache cache(pool);
  // Distinct addresses, some with equal text: the cache keys on the address.
  std::vector<std::string> features;
  for (int i = 0; i < 3000; ++i) {
    features.push_back("名詞,固有名詞,人名,姓,*,*,名" + std::to_string(i % 700) + ",メイ,メイ" +
                       (i % 3 == 0 ? ",A" + std::to_string(i % 50) + ",metonym" : ""));
  }
  features.push_back("助動詞,*,*,*,特殊・タ,基本形,た,タ,タ");
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& feature : features) {
      CAPTURE(feature);
      const auto cached = cache.get(feature.c_str());
      CHECK(same(cached, tokens::split_features(feature.c_str())));
      // The views are the pool's, not the feature string's.
      const char* begin = feature.data();
      const char* end = begin + feature.size();
      CHECK_FALSE((cached.pos.data() >= begin && cached.pos.data() < end));
      CHECK_FALSE((cached.base.data() >= begin && cached.base.data() < end));
    }
  }
  CHECK(cache.size() == features.size());
}

TEST_CASE("tokens are the same whether their entries are cached or not") {
  // Known words, an unknown word (base = surface), kankei's user dictionary
  // (actor ids, a metonym) and the ヘ repair.
  const std::string text = "国際原子力機関はポカリンテ州でモスクワと提供されたヘルソン州の協議を続けた。";
  std::vector<std::string> first, second;
  std::vector<tokens::Token> kept;
  // A new thread starts with an empty cache: its first pass fills every entry.
  std::thread worker([&] {
    first = dump(test::tokenize(text));
    kept = test::tokenize(text);
    second = dump(kept);
  });
  worker.join();
  REQUIRE(!first.empty());
  CHECK(first == second);
  // And the same as on this thread, whose cache other tests have filled.
  CHECK(dump(test::tokenize(text)) == first);
  // Labels outlive the thread that made them: they belong to the Tokenizer.
  CHECK(dump(kept) == first);
  REQUIRE(kept.size() > 3);
  CHECK(kept[0].surface == "国際原子力機関");
  CHECK(kept[0].actor == "IAEA");
  CHECK(kept[0].pos == "名詞");
  bool unknown = false, metonym = false;
  for (const auto& t : kept) {
    if (t.unknown) {
      unknown = true;
      CHECK(t.base == std::string(t.surface));
    }
    if (t.metonym) {
      metonym = true;
      CHECK(t.actor == "RUS");
    }
  }
  CHECK(unknown);
  CHECK(metonym);
}

TEST_CASE("token labels read as strings where code asks for one") {
  const auto tokens = test::tokenize("モスクワ");
  REQUIRE(!tokens.empty());
  const std::string pos2 = tokens[0].pos2;
  CHECK(pos2 == "地域");
  CHECK("actor=" + tokens[0].actor == "actor=RUS");
  CHECK(tokens[0].actor + "!" == "RUS!");
  std::string joined = "x";
  joined += tokens[0].pos;
  CHECK(joined == "x名詞");
}
