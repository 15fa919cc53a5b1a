#include <doctest/doctest.h>

#include "mentions/surnames.hpp"
#include "test_support.hpp"

using namespace kankei;

namespace {
// The person ids each sentence names, in order, one line per sentence, as
// one document read through a PersonMemory.
std::vector<std::string> persons(const std::vector<std::string>& sentences, int year = 0) {
  const auto& r = test::resources();
  mentions::PersonMemory memory(year);
  std::vector<std::string> out;
  for (const auto& s : sentences) {
    auto tokens = test::tokenize(s);
    auto m = mentions::find_mentions(tokens, r.actors, r.lexicon);
    memory.resolve(tokens, m, r.actors);
    std::string line;
    for (const auto& a : m.actors) {
      for (auto id : a.actors) {
        const auto& actor = r.actors.actors()[id];
        if (actor.kind == mentions::ActorKind::person) line += actor.id + " ";
      }
    }
    if (!line.empty()) line.pop_back();
    out.push_back(line);
  }
  return out;
}
}  // namespace

TEST_CASE("a surname alone names the person named in full before it") {
  // 李 is too common a surname for the dictionary to hold alone.
  CHECK(persons({"李氏は演説した。"}) == std::vector<std::string>{""});
  CHECK(persons({"李在明大統領は演説した。", "李氏は日本を訪れた。"}) ==
        std::vector<std::string>{"lee_jae_myung", "lee_jae_myung"});
  // A title after a surname MeCab knows as one.
  CHECK(persons({"李在明大統領が来日した。", "李大統領は会見した。"}) ==
        std::vector<std::string>{"lee_jae_myung", "lee_jae_myung"});
}

TEST_CASE("of two persons who share a surname, the one named last is meant") {
  CHECK(persons({"李在明大統領と李強首相が会った。", "李強首相は帰国した。", "李氏は述べた。"}).back() == "li_qiang");
}

TEST_CASE("of two persons named before with one surname, a title picks the one whose office it names") {
  const std::vector<std::string> both = {"イラクのフアド・フセイン外相が来日した。", "サダム・フセイン政権は倒れた。"};
  auto with_title = both;
  with_title.push_back("フセイン外相は会見した。");
  CHECK(persons(with_title).back() == "fuad_hussein");
  // Without a title, the one named last.
  auto plain = both;
  plain.push_back("フセイン氏は会見した。");
  CHECK(persons(plain).back() == "saddam_hussein");
}

TEST_CASE("a full name spelled otherwise than the dictionary's is matched by its family name") {
  // The dictionary spells him ギオルゴス・ゲラペトリティス.
  CHECK(persons({"ギリシャのゲオルギオス・ゲラペトリティス外相が訪れた。", "ゲラペトリティス外相は述べた。"}) ==
        std::vector<std::string>{"giorgos_gerapetritis", "giorgos_gerapetritis"});
}

TEST_CASE("a name MeCab ended at its ・ names no one") {
  CHECK(persons({"石破茂首相は述べた。", "ペトリティス・外相は反対した。"}).back().empty());
}

TEST_CASE("a katakana surname is the last part of the full name") {
  // モラレス alone is several leaders; after エボ・モラレス it is him.
  CHECK(persons({"モラレス氏は辞任した。"}) == std::vector<std::string>{""});
  CHECK(persons({"エボ・モラレス元大統領は帰国した。", "モラレス氏は演説した。"}).back() == "evo_morales");
  // A first name is no surname: エボ氏 stays unknown.
  CHECK(persons({"エボ・モラレス元大統領は帰国した。", "エボ氏は演説した。"}).back() == "");
}

TEST_CASE("after its state, a surname names the one person of that state it ends") {
  // The press names leaders by surname and title even the first time.
  CHECK(persons({"レバノンのサラム首相は会見した。"}) == std::vector<std::string>{"nawaf_salam"});
  CHECK(persons({"ケニアのルト大統領が来日した。", "ルト大統領は演説した。"}) ==
        std::vector<std::string>{"william_ruto", "william_ruto"});
  // Without the state or a title, a surname never named before in full is no one.
  CHECK(persons({"サラム氏は会見した。"}) == std::vector<std::string>{""});
  // The wrong state names no one.
  CHECK(persons({"ケニアのサラム首相は会見した。"}) == std::vector<std::string>{""});
  // Two presidents Bush: the surname cannot choose.
  CHECK(persons({"米国のブッシュ大統領は演説した。"}) == std::vector<std::string>{""});
}

TEST_CASE("of two persons of a state who share a surname, the one in office is meant") {
  // Lebanon had presidents Michel Aoun (2016-2022) and Joseph Aoun (2025-).
  CHECK(persons({"レバノンのアウン大統領は演説した。"}) == std::vector<std::string>{"joseph_aoun"});
  CHECK(persons({"レバノンのアウン大統領は演説した。"}, 2019) == std::vector<std::string>{"michel_aoun"});
  // In a year neither held office, the surname cannot choose.
  CHECK(persons({"レバノンのアウン大統領は演説した。"}, 2023) == std::vector<std::string>{""});
}

TEST_CASE("a katakana surname before an office's title names the one holder of it with that surname") {
  // Greenland's prime minister; no other prime minister in the dictionary is a Nielsen.
  CHECK(persons({"ニールセン首相は会見した。"}) == std::vector<std::string>{"jens_frederik_nielsen"});
  // A title he does not hold, or no title, names no one.
  CHECK(persons({"ニールセン外相は会見した。"}) == std::vector<std::string>{""});
  CHECK(persons({"ニールセン氏は会見した。"}) == std::vector<std::string>{""});
  // Out of office in the document's year: not him.
  CHECK(persons({"ニールセン首相は会見した。"}, 2015) == std::vector<std::string>{""});
}

TEST_CASE("a title names a person who holds two offices by either of them") {
  // Simon Harris is Ireland's deputy prime minister and foreign minister at once.
  CHECK(persons({"ハリス副首相は会見した。"}, 2025) == std::vector<std::string>{"simon_harris"});
  CHECK(persons({"ハリス外相は会見した。"}, 2025) == std::vector<std::string>{"simon_harris"});
  CHECK(persons({"ハリス国防相は会見した。"}, 2025) == std::vector<std::string>{""});
  // 副 is a prefix to MeCab, yet 副大統領 is one title after the surname.
  CHECK(persons({"ロドリゲス副大統領は会見した。"}, 2025) == std::vector<std::string>{"delcy_rodriguez"});
}

TEST_CASE("a katakana surname matches a full name spelled with or without long-vowel marks") {
  // The dictionary spells Lithuania's president ナウセーダ; papers also write ナウセダ.
  CHECK(persons({"リトアニアのナウセダ大統領は会見した。"}, 2025) == std::vector<std::string>{"gitanas_nauseda"});
  CHECK(persons({"ナウセダ大統領は会見した。"}, 2025) == std::vector<std::string>{"gitanas_nauseda"});
  // Other letters still differ: no one.
  CHECK(persons({"ナウセデ大統領は会見した。"}, 2025) == std::vector<std::string>{""});
}

TEST_CASE("a surname MeCab takes for a common word names the person when the title names the state") {
  // バラック is a common noun (barracks) to MeCab; 米特使 names the US envoy.
  CHECK(persons({"バラック米特使は会見した。"}, 2025) == std::vector<std::string>{"tom_barrack"});
  // Without a state, a common word stays a word.
  CHECK(persons({"バラック特使は会見した。"}, 2025) == std::vector<std::string>{""});
  // A state none of whose persons has that surname: no one.
  CHECK(persons({"バラック英特使は会見した。"}, 2025) == std::vector<std::string>{""});
}

TEST_CASE("a two-katakana surname before a title names a holder only of a state the document named") {
  // ルト is too short to stand alone: Kenya's president once Kenya is named.
  CHECK(persons({"ルト大統領は会見した。"}, 2025) == std::vector<std::string>{""});
  CHECK(persons({"ケニアで選挙があった。", "ルト大統領は会見した。"}, 2025) ==
        std::vector<std::string>{"", "william_ruto"});
}

TEST_CASE("two surnames before 両 and a title name both holders") {
  // 特使 names a special envoy too; クルチ is Türkiye's, ルビニャン Armenia's.
  CHECK(persons({"ルビニャン、クルチ両特使が会談した。"}, 2025) ==
        std::vector<std::string>{"ruben_rubinyan serdar_kilic"});
}

TEST_CASE("a ruler named by first name and title is found among the states the document named") {
  // タミーム is a common word to MeCab, and Qatar's emir is タミム・ビン・ハマド・サーニ in the dictionary.
  CHECK(persons({"カタールのタミーム首長は会見した。"}, 2025) == std::vector<std::string>{"tamim_bin_hamad_al_thani"});
  CHECK(persons({"カタールで会議が開かれた。", "タミーム首長は会見した。"}, 2025) ==
        std::vector<std::string>{"", "tamim_bin_hamad_al_thani"});
  // Qatar not named: no one.
  CHECK(persons({"タミーム首長は会見した。"}, 2025) == std::vector<std::string>{""});
}

TEST_CASE("a kanji surname before an office's title names the holder of that office in the document's year") {
  // MeCab takes 岩屋 for a common noun (a cave); before 外相 it is the foreign minister of 2024-2025.
  CHECK(persons({"岩屋外相は会見した。"}, 2025) == std::vector<std::string>{"takeshi_iwaya"});
  // 外務大臣 is the same office in two tokens.
  CHECK(persons({"上川外務大臣は会見した。"}, 2024) == std::vector<std::string>{"yoko_kamikawa"});
  // Out of office that year, or a title neither held: no one.
  CHECK(persons({"岩屋外相は会見した。"}, 2015) == std::vector<std::string>{""});
  CHECK(persons({"岩屋首相は会見した。"}, 2025) == std::vector<std::string>{""});
  // A common noun before a title is no surname when no holder's name opens with it.
  CHECK(persons({"政府外相は会見した。"}, 2025) == std::vector<std::string>{""});
}

TEST_CASE("a kanji surname MeCab takes for a common noun names the person named in full before it") {
  CHECK(persons({"岩屋毅外相は会見した。", "岩屋氏は述べた。"}) == std::vector<std::string>{"takeshi_iwaya", "takeshi_iwaya"});
  // Without the full name before, 岩屋氏 names no one.
  CHECK(persons({"岩屋氏は述べた。"}) == std::vector<std::string>{""});
}

TEST_CASE("after an organisation or group named as its owner, a surname names that body's person") {
  // The dictionary holds Hezbollah's leader as ナイム・カセム (state=LBN,
  // org=HEZBOLLAH); カセム alone is in no form.
  CHECK(persons({"ヒズボラのカセム事務局長は演説した。"}, 2025) == std::vector<std::string>{"naim_qassem"});
  // A body with no person of that name leaves the surname unread.
  CHECK(persons({"ハマスのカセム幹部は演説した。"}, 2025) == std::vector<std::string>{""});
}
