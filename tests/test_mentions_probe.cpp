// One-look-up probes of the actor table and the lexicon, which let the
// mention finder stop growing a candidate as soon as nothing can match.
#include <doctest/doctest.h>

#include "mentions/actor_table.hpp"
#include "mentions/lexicon.hpp"

using namespace kankei;

TEST_CASE("a form probe says what the text names and whether longer forms start with it") {
  mentions::ActorTable table;
  REQUIRE(table.load("UKR\tstate\tUkraine\tウクライナ|ウクライナ政府\t-\n"
                     "RUS\tstate\tRussia\tロシア\tmetonyms=モスクワ\n",
                     "a.tsv"));
  REQUIRE(table.finish());
  struct Row {
    const char* text;
    bool form;
    bool longer;
  };
  const Row rows[] = {
      {"ウ", false, true},         {"ウクライ", false, true},  {"ウクライナ", true, true},
      {"ウクライナ政府", true, false}, {"ロシア", true, false},    {"モスクワ", true, false},
      {"ロシア政府", false, false},  {"米", false, false},        {"", false, false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const auto probe = table.probe_form(row.text);
    CHECK((probe.entry != nullptr) == row.form);
    CHECK(probe.longer == row.longer);
    CHECK(table.find_form(row.text) == probe.entry);
  }
  CHECK(table.probe_form("モスクワ").entry->metonym);
}

TEST_CASE("a trigger probe goes on only where a longer trigger continues the key") {
  mentions::Lexicon lexicon;
  REQUIRE(lexicon.load_relations("sanctions\tdir\t16\t#d62728\t制裁\t-\n", "r.tsv"));
  REQUIRE(lexicon.load_triggers("制裁\tsanctions\n輸出+禁止\tsanctions\n輸出+規制+強化\tsanctions\n", "t.tsv"));
  struct Row {
    const char* key;
    bool trigger;
    bool longer;
  };
  const Row rows[] = {
      {"制裁", true, false},      {"輸出", false, true},          {"輸出+禁止", true, false},
      {"輸出+規制", false, true}, {"輸出+規制+強化", true, false}, {"輸出+", false, false},
      {"禁止", false, false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.key);
    const auto probe = lexicon.probe_trigger(row.key);
    CHECK((probe.trigger != nullptr) == row.trigger);
    CHECK(probe.longer == row.longer);
  }
  CHECK(lexicon.max_trigger_parts() == 3);
  CHECK(lexicon.probe_trigger("制裁").trigger->lemma == "制裁");
}

TEST_CASE("a token's entry memo answers as the look-up by its text does, for the data that filled it") {
  mentions::ActorTable table;
  REQUIRE(table.load("RUS\tstate\tRussia\tロシア\tabbrev=露;metonyms=モスクワ\n", "a.tsv"));
  REQUIRE(table.finish());
  mentions::Lexicon lexicon;
  REQUIRE(lexicon.load_relations("sanctions\tdir\t16\t#d62728\t制裁\t-\n", "r.tsv"));
  REQUIRE(lexicon.load_triggers("制裁\tsanctions\n輸出+禁止\tsanctions\n", "t.tsv"));
  tokens::EntryMemo memo;
  tokens::Token token;
  token.memo = &memo;
  for (const char* text : {"モスクワ", "露", "制裁", "輸出", "米"}) {
    CAPTURE(text);
    token.surface = token.base = text;
    memo = {};
    for (int pass = 0; pass < 2; ++pass) {  // the second pass reads the memo
      const auto probe = table.probe_form(token);
      CHECK((probe.entry == nullptr) == (table.probe_form(text).entry == nullptr));
      if (probe.entry) {
        CHECK(probe.entry->actor == table.probe_form(text).entry->actor);
        CHECK(probe.entry->metonym == table.probe_form(text).entry->metonym);
      }
      CHECK(probe.longer == table.probe_form(text).longer);
      CHECK(table.find_abbrev(token) == table.find_abbrev(std::string_view(text)));
      CHECK(lexicon.probe_trigger(token).trigger == lexicon.probe_trigger(text).trigger);
      CHECK(lexicon.probe_trigger(token).longer == lexicon.probe_trigger(text).longer);
    }
  }
  SUBCASE("a memo filled from other data is not read") {
    token.surface = token.base = "モスクワ";
    memo = {};
    REQUIRE(table.probe_form(token).entry != nullptr);
    mentions::ActorTable other;
    REQUIRE(other.load("UKR\tstate\tUkraine\tウクライナ\t-\n", "b.tsv"));
    REQUIRE(other.finish());
    CHECK(other.probe_form(token).entry == nullptr);
    CHECK(table.probe_form(token).entry != nullptr);
  }
}

TEST_CASE("trigger flags set what they name, and an unknown one fails with its place") {
  mentions::Lexicon lexicon;
  REQUIRE(lexicon.load_relations("agrees\tsym\t05\t#2ca02c\t合意\t-\n", "r.tsv"));
  REQUIRE(lexicon.load_triggers("協定\tagrees\tpact\n反論\tagrees\taddressed_only,role\n合意\tagrees\n加盟\tagrees\tjoins\n",
                                "t.tsv"));
  const auto* pact = lexicon.find_trigger("協定");
  REQUIRE(pact != nullptr);
  CHECK(pact->pact);
  CHECK_FALSE(pact->role);
  const auto* rebuttal = lexicon.find_trigger("反論");
  REQUIRE(rebuttal != nullptr);
  CHECK(rebuttal->addressed_only);
  CHECK(rebuttal->named_target);
  CHECK(rebuttal->role);
  CHECK_FALSE(rebuttal->pact);
  const auto* plain = lexicon.find_trigger("合意");
  REQUIRE(plain != nullptr);
  CHECK_FALSE(plain->pact);
  CHECK_FALSE(plain->named_target);
  CHECK_FALSE(plain->joins);
  const auto* joining = lexicon.find_trigger("加盟");
  REQUIRE(joining != nullptr);
  CHECK(joining->joins);
  CHECK_FALSE(joining->pact);

  mentions::Lexicon bad;
  REQUIRE(bad.load_relations("agrees\tsym\t05\t#2ca02c\t合意\t-\n", "r.tsv"));
  const auto unknown = bad.load_triggers("合意\tagrees\n協定\tagrees\tpacts\n", "t.tsv");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().where == "t.tsv:2");
}
