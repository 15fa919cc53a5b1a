#include <doctest/doctest.h>

#include "mentions/mentions.hpp"
#include "test_support.hpp"

using namespace kankei;

namespace {
// "ID[surface]" for each actor mention, "relation<trigger>" for triggers.
std::string dump(const std::string& text) {
  const auto& r = test::resources();
  auto tokens = test::tokenize(text);
  auto m = mentions::find_mentions(tokens, r.actors, r.lexicon);
  std::string out;
  for (const auto& a : m.actors) {
    for (auto id : a.actors) out += r.actors.actors()[id].id + " ";
  }
  for (const auto& t : m.triggers) out += r.lexicon.relations()[t.trigger->relation].name + " ";
  if (!out.empty()) out.pop_back();
  return out;
}
}  // namespace

TEST_CASE("actors of every kind are recognised") {
  CHECK(dump("カザフスタンとウズベキスタン") == "KAZ UZB");
  CHECK(dump("上海協力機構とＣＳＴＯ") == "SCO CSTO");
  CHECK(dump("西側諸国と中央アジア諸国") == "WEST CENTRAL_ASIA");
  CHECK(dump("ハマスとヒズボラ") == "HAMAS HEZBOLLAH");
  CHECK(dump("ソ連") == "SUN");
  CHECK(dump("プーチン大統領と習近平国家主席") == "vladimir_putin xi_jinping");
  CHECK(dump("ロスアトム") == "ROSATOM");
}

TEST_CASE("one-character abbreviations are actors only in compounds") {
  CHECK(dump("中露") == "CHN RUS");
  CHECK(dump("日米韓") == "JPN USA KOR");
  CHECK(dump("米ロ") == "USA RUS");
  CHECK(dump("対米") == "USA");
  CHECK(dump("米大統領") == "USA");
  CHECK(dump("米を炊く") == "");  // rice, not the United States
  // MeCab reads 韓米 as one word: still a pair; a region's name is none.
  CHECK(dump("韓米首脳") == "KOR USA");
  CHECK(dump("北米市場") == "");
  // 在韓米軍: the forces' state, not a pair (KOR is where they are).
  CHECK(dump("在韓米軍") == "USA");
  CHECK(dump("在日米軍") == "USA");
}

TEST_CASE("triggers are matched on base forms, compounds first") {
  CHECK(dump("提供した") == "supplies");
  CHECK(dump("求めた") == "requests");
  CHECK(dump("輸出禁止") == "sanctions");
  CHECK(dump("輸出") == "supplies");
}
