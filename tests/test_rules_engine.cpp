#include <doctest/doctest.h>

#include "mentions/actor_table.hpp"
#include "rules/rule_set.hpp"
#include "test_support.hpp"

using namespace kankei;
using rules::Case;

TEST_CASE("particle sequences map to cases, unknown ones by their longest known prefix") {
  const auto& r = test::resources().rules;
  CHECK(r.case_of("が") == Case::nom);
  CHECK(r.case_of("に対して") == Case::against);
  CHECK(r.case_of("による") == Case::agent_adn);
  CHECK(r.case_of("にだけ") == Case::dat);  // "に" + unknown "だけ"
  CHECK(r.case_of("ぞ") == Case::none);
}

TEST_CASE("the role table flips roles in the passive and for receiving verbs") {
  const auto& r = test::resources().rules;
  using rules::Form;
  using rules::Role;
  using rules::Voice;
  CHECK(r.role_for(Form::verb, Voice::active, Case::nom)->role == Role::source);
  CHECK(r.role_for(Form::verb, Voice::passive, Case::nom)->role == Role::target);
  CHECK(r.role_for(Form::verb, Voice::passive, Case::abl)->role == Role::source);
  CHECK(r.role_for(Form::verb, Voice::receive, Case::topic)->role == Role::target);
  CHECK(r.role_for(Form::noun, Voice::active, Case::loc) == nullptr);
}

TEST_CASE("malformed rule data fails with file and line") {
  rules::RuleSet set;
  auto bad_case = set.load_cases("が\tnom\nを\taccusative\n", "cases.tsv");
  REQUIRE_FALSE(bad_case);
  CHECK(bad_case.error().what() == "cases.tsv:2: unknown case ('accusative')");
  auto bad_confidence = set.load_roles("r\tverb\tactive\tnom\tsource\t1.5\n", "roles.tsv");
  REQUIRE_FALSE(bad_confidence);
  CHECK(bad_confidence.error().where == "roles.tsv:1");
  auto bad_voice = set.load_roles("r\tverb\tmiddle\tnom\tsource\t0.5\n", "roles.tsv");
  REQUIRE_FALSE(bad_voice);
  CHECK(bad_voice.error().text == "middle");
}

TEST_CASE("anaphors after 同 name the kinds of actor they refer back to") {
  rules::RuleSet set;
  REQUIRE(set.load_anaphors("# c\n国\tstate,historical_state\n氏\tperson\n", "anaphors.tsv"));
  using mentions::ActorKind;
  const auto bit = [](ActorKind k) { return 1u << static_cast<unsigned>(k); };
  CHECK(set.anaphor_kinds("国") == (bit(ActorKind::state) | bit(ActorKind::historical_state)));
  CHECK(set.anaphor_kinds("氏") == bit(ActorKind::person));
  CHECK(set.anaphor_kinds("日") == 0);  // 同日 refers to no actor
  auto bad_kind = set.load_anaphors("地域\tregion\n", "anaphors.tsv");
  REQUIRE_FALSE(bad_kind);
  CHECK(bad_kind.error().what() == "anaphors.tsv:1: unknown actor kind ('region')");
  auto twice = set.load_anaphors("国\tstate\n", "anaphors.tsv");
  REQUIRE_FALSE(twice);
  CHECK(twice.error().where == "anaphors.tsv:1");
}

TEST_CASE("object + verb phrases are found by noun and verb, and bad lines name their place") {
  const auto& lexicon = test::resources().lexicon;
  rules::PhraseTable table;
  REQUIRE(table.load("# c\n関係\t強化|深める\tcooperates\n輸出\t禁止\tsanctions\n", "phrases.tsv", lexicon));
  const auto* ties = table.find("関係", "深める");
  REQUIRE(ties != nullptr);
  CHECK(lexicon.relations()[ties->relation].name == "cooperates");
  CHECK(table.find("関係", "悪化") == nullptr);  // relations that worsen are no cooperation
  CHECK(table.find("輸入", "禁止") == nullptr);
  CHECK(table.has_object("輸出"));
  CHECK_FALSE(table.has_object("禁止"));

  rules::PhraseTable bad;
  auto unknown = bad.load("関係\t強化\tcooperates\n基地\t置く\tstations\n", "phrases.tsv", lexicon);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().where == "phrases.tsv:2");
  CHECK(unknown.error().text == "stations");
  rules::PhraseTable twice;
  auto repeated = twice.load("関係\t強化\tcooperates\n関係\t深める|強化\tcooperates\n", "phrases.tsv", lexicon);
  REQUIRE_FALSE(repeated);
  CHECK(repeated.error().where == "phrases.tsv:2");

  // A noun that is the verb's subject (基地がある) is kept apart from the
  // same noun as an object, and the two may share a verb.
  rules::PhraseTable subject;
  REQUIRE(subject.load("基地\t置く\tdeploys\n基地\tある|置く\tdeploys\tsubject\n", "phrases.tsv", lexicon));
  CHECK(subject.find("基地", "ある") == nullptr);
  CHECK(subject.find("基地", "ある", true) != nullptr);
  CHECK(subject.find("基地", "置く") != nullptr);
  CHECK(subject.find("基地", "置く", true) != nullptr);
  rules::PhraseTable flag;
  auto unknown_flag = flag.load("基地\tある\tdeploys\tsubjects\n", "phrases.tsv", lexicon);
  REQUIRE_FALSE(unknown_flag);
  CHECK(unknown_flag.error().where == "phrases.tsv:1");
}

TEST_CASE("places name the state they lie in, and bad lines name their place") {
  const auto& actors = test::resources().actors;
  rules::RuleSet places;
  REQUIRE(places.load_places("# c\nガザ\tPSE\nヨルダン川西岸\tPSE\n", "places.tsv", actors));
  const long gaza = places.place_state("ガザ");
  REQUIRE(gaza >= 0);
  CHECK(actors.actors()[static_cast<std::size_t>(gaza)].id == "PSE");
  CHECK(places.place_state("ヨルダン川西岸") == gaza);
  CHECK(places.place_state("ヨルダン川") < 0);

  rules::RuleSet unknown;
  auto missing = unknown.load_places("ガザ\tPSE\nクリミア\tXXX\n", "places.tsv", actors);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().where == "places.tsv:2");
  rules::RuleSet not_state;
  auto organisation = not_state.load_places("ブリュッセル\tEU\n", "places.tsv", actors);
  REQUIRE_FALSE(organisation);
  CHECK(organisation.error().where == "places.tsv:1");
  rules::RuleSet twice;
  CHECK_FALSE(twice.load_places("ガザ\tPSE\nガザ\tISR\n", "places.tsv", actors));
}

TEST_CASE("each relation mention names its rule and a confidence between 0 and 1") {
  auto records = test::pipeline().run({"d", "ロシアは長年イランに核技術を提供してきた。", ""});
  REQUIRE(records);
  REQUIRE(records->size() == 1);
  const auto& r = records->front();
  CHECK(r.rule == "verb.topic+verb.dat");
  CHECK(r.confidence > 0.5);
  CHECK(r.confidence <= 1.0);
  CHECK(r.trigger == "提供");
}

TEST_CASE("a topic carried over a clause boundary gets a lower confidence than a nearby subject") {
  auto near = test::pipeline().run({"d", "ロシアがトルコを非難した。", ""});
  auto far = test::pipeline().run({"d", "ロシアはシリアに部隊を派遣し、トルコを非難した。", ""});
  REQUIRE(near);
  REQUIRE(far);
  REQUIRE(near->size() == 1);
  double carried = 0;
  for (const auto& r : *far) {
    if (r.relation == "criticizes") carried = r.confidence;
  }
  CHECK(carried > 0);
  CHECK(carried < near->front().confidence);
}
