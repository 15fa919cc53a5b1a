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
