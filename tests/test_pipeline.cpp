#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "test_support.hpp"

using namespace kankei;

TEST_CASE("records point at their sentence and trigger in the original document") {
  // Full-width Latin and a BOM shift nothing: offsets are of the input.
  const std::string text = "\xEF\xBB\xBF見出し\r\nＮＡＴＯはロシアを非難した。次の文。";
  auto records = test::pipeline().run({"doc1", text, "2026-01-02"});
  REQUIRE(records);
  REQUIRE(records->size() == 1);
  const auto& r = records->front();
  CHECK(r.doc == "doc1");
  CHECK(r.date == "2026-01-02");
  CHECK(r.sentence == "ＮＡＴＯはロシアを非難した。");
  CHECK(r.sentence_index == 1);
  auto u = *utf8::decode(text);
  CHECK(utf8::encode(u.substr(r.begin, r.end - r.begin)) == r.sentence);
  CHECK(r.trigger == "非難");
  CHECK(utf8::encode(u.substr(r.trigger_begin, r.trigger_end - r.trigger_begin)) == "非難");
  CHECK(r.source == "NATO");
  CHECK(r.target == "RUS");
  CHECK(r.target_affiliation == "RUS");
  CHECK(r.source_affiliation.empty());
}

TEST_CASE("a person's state is given as affiliation") {
  auto records = test::pipeline().run({"d", "プーチン大統領はウクライナを非難した。", ""});
  REQUIRE(records);
  REQUIRE(records->size() == 1);
  CHECK(records->front().source == "vladimir_putin");
  CHECK(records->front().source_affiliation == "RUS");
}

TEST_CASE("invalid UTF-8 is an error with the byte offset, and empty input gives nothing") {
  auto bad = test::pipeline().run({"d", "ロシア\xff", ""});
  REQUIRE_FALSE(bad);
  CHECK(bad.error().where == "byte 9");
  auto empty = test::pipeline().run({"d", "", ""});
  REQUIRE(empty);
  CHECK(empty->empty());
  auto punctuation = test::pipeline().run({"d", "。。、！？「」\n\n", ""});
  REQUIRE(punctuation);
  CHECK(punctuation->empty());
}

TEST_CASE("the speaker of a quotation split at its 。 does what the words after it say") {
  // The relation is cited in the sentence holding its trigger, with the
  // speaker named in the sentence the quotation began in.
  auto records = test::pipeline().run({"d", "プーチン大統領は「我々は待った。もう限界だ」と述べ、ウクライナを非難した。", ""});
  REQUIRE(records);
  REQUIRE(records->size() == 1);
  const auto& r = records->front();
  CHECK(r.source == "vladimir_putin");
  CHECK(r.target == "UKR");
  CHECK(r.sentence == "もう限界だ」と述べ、ウクライナを非難した。");
  CHECK(r.sentence_index == 1);
  CHECK(r.trigger == "非難");
}

TEST_CASE("a regime named alone is the one of the state the document named with it, apart from its army") {
  // The document names Myanmar's army and Venezuela's interim government;
  // each word alone later is its own state's.
  const std::string text =
      "ミャンマー国軍は攻撃を続けた。ベネズエラ暫定政権は選挙を約束した。"
      "米国は暫定政権に政治犯の釈放を求めた。中国は国軍を支持した。";
  auto records = test::pipeline().run({"d", text, ""});
  REQUIRE(records);
  std::vector<std::string> found;
  for (const auto& r : *records) found.push_back(r.source + " " + r.relation + " " + r.target);
  CHECK(std::find(found.begin(), found.end(), "USA requests VEN") != found.end());
  CHECK(std::find(found.begin(), found.end(), "CHN supports MMR") != found.end());
  // (Not one whose owner is named with の.)
  auto owned = test::pipeline().run({"d", "ベネズエラ暫定政権は選挙を約束した。米国はキューバの暫定政権を非難した。", ""});
  REQUIRE(owned);
  for (const auto& r : *owned) CHECK(r.target != "VEN");
}
