#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "sentences/sentences.hpp"

using namespace kankei;

namespace {
std::vector<std::string> split(const std::string& text, std::size_t max = 1024) {
  auto u = *utf8::decode(text);
  std::vector<std::string> out;
  for (auto s : sentences::split_sentences(u, max)) out.push_back(utf8::encode(u.substr(s.begin, s.end - s.begin)));
  return out;
}
}  // namespace

TEST_CASE("sentences end at 。！？ and line breaks, trimmed") {
  CHECK(split("ロシアは反発した。 米国は？\n見出し\r\n\n次!") ==
        std::vector<std::string>{"ロシアは反発した。", "米国は？", "見出し", "次!"});
}

TEST_CASE("half-width ?! are not boundaries but closing brackets stay with their sentence") {
  CHECK(split("「よい。」と述べた。Is it? yes") ==
        std::vector<std::string>{"「よい。」", "と述べた。", "Is it? yes"});
}

TEST_CASE("offsets are code points of the document") {
  auto u = *utf8::decode("\xEF\xBB\xBF露。　米。");
  auto s = sentences::split_sentences(u);
  REQUIRE(s.size() == 2);
  CHECK(s[0].begin == 1);  // after the BOM
  CHECK(s[0].end == 3);
  CHECK(s[1].begin == 4);  // after the ideographic space
}

TEST_CASE("an over-long sentence is cut at a comma before the limit") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "あ";
  text += "、";
  for (int i = 0; i < 30; ++i) text += "い";
  auto parts = split(text, 40);
  REQUIRE(parts.size() == 2);
  CHECK(utf8::length(parts[0]) == 31);
}

TEST_CASE("a line with no sentence end is cut into bounded pieces that cover it") {
  // 2^20 code points without any break, as a binary-ish or run-on input gives:
  // every piece holds at most the default 1024 code points (so MeCab never
  // sees more than 4 KB of UTF-8 from it), and the pieces tile the line.
  const std::u32string line(1 << 20, U'あ');
  const auto pieces = sentences::split_sentences(line);
  REQUIRE(pieces.size() == 1024);
  std::uint32_t next = 0;
  for (const auto& p : pieces) {
    CHECK(p.begin == next);
    CHECK(p.end - p.begin == 1024);
    next = p.end;
  }
  CHECK(next == line.size());
}

TEST_CASE("over-long sentences are cut after a soft break in the second half, else hard") {
  SUBCASE("an ASCII space") {
    auto parts = split(std::string(30, 'a') + " " + std::string(30, 'b'), 40);
    CHECK(parts == std::vector<std::string>{std::string(30, 'a'), std::string(30, 'b')});
  }
  SUBCASE("an ideographic space, which is trimmed from both pieces") {
    std::string text;
    for (int i = 0; i < 25; ++i) text += "あ";
    text += "\u3000";
    for (int i = 0; i < 25; ++i) text += "い";
    auto parts = split(text, 40);
    REQUIRE(parts.size() == 2);
    CHECK(utf8::length(parts[0]) == 25);
    CHECK(utf8::length(parts[1]) == 25);
  }
  SUBCASE("a comma too early to use: a hard cut at the limit") {
    auto parts = split("ab、" + std::string(60, 'c'), 40);
    REQUIRE(parts.size() == 2);
    CHECK(utf8::length(parts[0]) == 40);
    CHECK(parts[1] == std::string(23, 'c'));
  }
  SUBCASE("limits below 16 are raised to 16") {
    auto parts = split(std::string(40, 'x'), 1);
    CHECK(parts == std::vector<std::string>{std::string(16, 'x'), std::string(16, 'x'), std::string(8, 'x')});
  }
}

TEST_CASE("text of only punctuation and space gives punctuation sentences, and blank text none") {
  CHECK(split("").empty());
  CHECK(split(" \r\n\u3000\n").empty());
  CHECK(split("。。！\n、") == std::vector<std::string>{"。。！", "、"});
}

TEST_CASE("words after a quotation split at its 。 continue the sentence it began in") {
  auto u = *utf8::decode("前文。首相は「国は守る。もう限界だ」と述べ、批判した。次の文。");
  const auto s = sentences::split_sentences(u);
  REQUIRE(s.size() == 4);
  const auto c = sentences::continuations(u, s);
  REQUIRE(c.size() == 4);
  CHECK_FALSE(c[0]);
  CHECK_FALSE(c[1]);
  REQUIRE(c[2]);
  CHECK(c[2]->first == 1);
  // Its own words begin right after the 」.
  CHECK(utf8::encode(u.substr(c[2]->from, 3)) == "と述べ");
  CHECK_FALSE(c[3]);
}

TEST_CASE("a sentence still inside a quotation, or after a line break, continues nothing") {
  auto u = *utf8::decode("彼は「一。二。三」と述べた。");
  const auto s = sentences::split_sentences(u);
  REQUIRE(s.size() == 3);
  const auto c = sentences::continuations(u, s);
  CHECK_FALSE(c[1]);  // 二。 is inside the quotation
  REQUIRE(c[2]);
  CHECK(c[2]->first == 0);
  // A quotation a line left open is closed by the break.
  auto v = *utf8::decode("彼は「一。\n二」と述べた。");
  const auto t = sentences::split_sentences(v);
  REQUIRE(t.size() == 2);
  CHECK_FALSE(sentences::continuations(v, t)[1]);
  // A quotation that closes the sentence leaves no words after it.
  auto w = *utf8::decode("彼は「一。二。」");
  const auto x = sentences::split_sentences(w);
  for (const auto& k : sentences::continuations(w, x)) CHECK_FALSE(k);
}
