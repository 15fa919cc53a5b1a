#include <doctest/doctest.h>

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
