#include <doctest/doctest.h>

#include "mentions/actor_table.hpp"

using namespace kankei;
using mentions::ActorTable;

namespace {
// Loads `content` as one file and finishes; returns the error text or "ok".
std::string load(const std::string& content) {
  ActorTable table;
  if (auto r = table.load(content, "a.tsv"); !r) return r.error().what();
  if (auto r = table.finish(); !r) return r.error().what();
  return "ok";
}
}  // namespace

TEST_CASE("a good actor file loads with forms, variants and attributes") {
  ActorTable table;
  REQUIRE(table.load("RUS\tstate\tRussia\tロシア|ロシア連邦\tabbrev=露|ロ;metonyms=モスクワ\n"
                     "vladimir_putin\tperson\tVladimir Putin\tウラジーミル・プーチン|プーチン\tstate=RUS;role=president\n"
                     "CSTO\torganisation\tCSTO\t集団安全保障条約機構|CSTO\tmembers=RUS\n",
                     "a.tsv"));
  REQUIRE(table.finish());
  CHECK(table.find_form("ロシア連邦")->actor == 0);
  CHECK(table.find_form("モスクワ")->metonym);
  CHECK(table.find_form("ウラジーミルプーチン") != nullptr);  // generated without ・
  CHECK(table.find_abbrev("露")->id == "RUS");
  CHECK(table.find_abbrev("ロ")->id == "RUS");
  const auto* putin = table.find_id("vladimir_putin");
  REQUIRE(putin);
  CHECK(table.affiliation(*putin) == "RUS");
  CHECK(table.find_id("CSTO")->members == std::vector<std::string>{"RUS"});
  CHECK(table.find_form("ＣＳＴＯ") == nullptr);  // forms are stored normalised; callers normalise text
}

TEST_CASE("a person's name with ヴ is also found spelled with the バ row") {
  ActorTable table;
  REQUIRE(table.load("steve_witkoff\tperson\tSteve Witkoff\tスティーブ・ヴィトコフ|ヴィトコフ|ビトコフ\tstate=USA\n"
                     "USA\tstate\tUnited States\t米国\t-\n",
                     "a.tsv"));
  REQUIRE(table.finish());  // ビトコフ, listed and generated too, is no conflict
  REQUIRE(table.find_form("スティーブビトコフ") != nullptr);
  // The full name in 6 forms (・, none, = ; ヴィ and ビ), the surname in 2;
  // the listed ビトコフ is not added twice.
  CHECK(table.find_id("steve_witkoff")->forms.size() == 8);
}

TEST_CASE("an organisation named with 欧州 is also found with ヨーロッパ") {
  ActorTable table;
  REQUIRE(table.load("OSCE\torganisation\tOSCE\t欧州安全保障協力機構|OSCE\t-\n"
                     "NATO\torganisation\tNATO\t北大西洋条約機構\t-\n",
                     "a.tsv"));
  REQUIRE(table.finish());
  REQUIRE(table.find_form("ヨーロッパ安全保障協力機構") != nullptr);
  CHECK(table.actors()[table.find_form("ヨーロッパ安全保障協力機構")->actor].id == "OSCE");
  CHECK(table.find_id("NATO")->forms.size() == 1);  // no 欧州, no variant
}

TEST_CASE("bad actor data fails with file and line") {
  struct Row {
    const char* content;
    const char* error;
  };
  const Row rows[] = {
      {"RUS\tstate\tRussia\tロシア\t-\nRUS\tstate\tRussia\tロシヤ\t-\n", "a.tsv:2: duplicate id, first defined at a.tsv:1 ('RUS')"},
      {"RUS\tstate\tRussia\tロシア\n", "a.tsv:1: expected 5 TAB-separated columns, found 4"},
      {"RUS\tcountry\tRussia\tロシア\t-\n", "a.tsv:1: unknown actor kind ('country')"},
      {"rus\tstate\tRussia\tロシア\t-\n", "a.tsv:1: actor ids are UPPER_CASE ('rus')"},
      {"Putin\tperson\tPutin\tプーチン\t-\n", "a.tsv:1: person ids are lower_snake_case ('Putin')"},
      {"RUS\tstate\tRussia\tロシア\tcolour=red\n", "a.tsv:1: unknown attribute ('colour')"},
      {"RUS\tstate\tRussia\tロシア\tstate\n", "a.tsv:1: attribute is not key=value ('state')"},
      {"x_y\tperson\tX\tエックス\tstate=ZZZ\n", "a.tsv:1: unknown state id ('ZZZ')"},
      {"NATO\torganisation\tNATO\tNATO\tmembers=USA\n", "a.tsv:1: unknown member id ('USA')"},
      {"COD\tstate\tDR Congo\tコンゴ\t-\nCOG\tstate\tCongo\tコンゴ\t-\n", "a.tsv:2: form claimed by COD and COG (a.tsv:1); mark the winner with '*' ('コンゴ')"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.content);
    CHECK(load(row.content).rfind(row.error, 0) == 0);
  }
}

TEST_CASE("a shared form is fine when one actor is marked as its winner") {
  ActorTable table;
  REQUIRE(table.load("COD\tstate\tDR Congo\tコンゴ*\t-\nCOG\tstate\tCongo\tコンゴ|コンゴ共和国\t-\n", "a.tsv"));
  REQUIRE(table.finish());
  CHECK(table.actors()[table.find_form("コンゴ")->actor].id == "COD");
  CHECK(table.actors()[table.find_form("コンゴ共和国")->actor].id == "COG");
}

TEST_CASE("each title keeps the persons whose role it names, whichever was loaded first") {
  const char* persons =
      "RUS\tstate\tRussia\tロシア\t-\n"
      "vladimir_putin\tperson\tVladimir Putin\tプーチン\tstate=RUS;role=president\n"
      "sergey_lavrov\tperson\tSergey Lavrov\tラブロフ\tstate=RUS;role=foreign minister\n"
      "JPN\tstate\tJapan\t日本\t-\n"
      "fumio_kishida\tperson\tFumio Kishida\t岸田文雄\tstate=JPN;role=prime minister|foreign minister\n";
  const char* titles = "首相\tprime minister|premier\n外相\tforeign minister\n大統領\tpresident\n";
  const auto ids = [](const ActorTable& table, std::string_view title) {
    std::vector<std::string> out;
    for (const auto i : table.persons_titled(title)) out.push_back(table.actors()[i].id);
    return out;
  };
  ActorTable actors_first;
  REQUIRE(actors_first.load(persons, "a.tsv"));
  REQUIRE(actors_first.finish());
  REQUIRE(actors_first.load_titles(titles, "titles.tsv"));
  ActorTable titles_first;
  REQUIRE(titles_first.load_titles(titles, "titles.tsv"));
  REQUIRE(titles_first.load(persons, "a.tsv"));
  REQUIRE(titles_first.finish());
  for (const ActorTable* table : {&actors_first, &titles_first}) {
    CHECK(ids(*table, "外相") == std::vector<std::string>{"sergey_lavrov", "fumio_kishida"});
    CHECK(ids(*table, "首相") == std::vector<std::string>{"fumio_kishida"});
    CHECK(ids(*table, "大統領") == std::vector<std::string>{"vladimir_putin"});
    CHECK(table->persons_titled("国王").empty());
  }
}

TEST_CASE("titles name the roles of persons.tsv, and bad title lines name their place") {
  ActorTable table;
  REQUIRE(table.load_titles("# c\n首相\tprime minister|premier\n外相\tforeign minister\n", "titles.tsv"));
  CHECK(table.is_title("首相"));
  CHECK_FALSE(table.is_title("政権"));
  CHECK(table.title_names_role("首相", "premier"));
  CHECK_FALSE(table.title_names_role("首相", "foreign minister"));
  CHECK_FALSE(table.title_names_role("外相", ""));
  // The table's own copy, which outlives the text it was looked up with.
  const std::string text = "外相";
  const std::string_view title = table.find_title(text);
  CHECK(title == "外相");
  CHECK(title.data() != text.data());
  CHECK(table.find_title("外").empty());
  auto twice = table.load_titles("首相\tchancellor\n", "titles.tsv");
  REQUIRE_FALSE(twice);
  CHECK(twice.error().what() == "titles.tsv:1: duplicate title ('首相')");
  ActorTable other;
  auto no_role = other.load_titles("国王\t|\n", "titles.tsv");
  REQUIRE_FALSE(no_role);
  CHECK(no_role.error().where == "titles.tsv:1");
}
