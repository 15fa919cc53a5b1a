#include <doctest/doctest.h>

#include "core/utf8.hpp"
#include "normalize/normalize.hpp"

using namespace kankei;

TEST_CASE("full-width Latin becomes half-width and offsets point into the input") {
  auto input = *utf8::decode("ＮＡＴＯ加盟国");
  auto n = normalize::normalize(input);
  CHECK(n.text == "NATO加盟国");
  CHECK(n.origin == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("half-width katakana with a voiced mark becomes one full-width character") {
  auto input = *utf8::decode("ｶﾞｻﾞ地区");
  auto n = normalize::normalize(input);
  CHECK(n.text == "ガザ地区");
  // ガ comes from input 0-1, ザ from 2-3: each maps to its cluster's start.
  CHECK(n.origin[0] == 0);
  CHECK(n.origin[1] == 2);
  CHECK(n.origin[2] == 4);
  CHECK(n.origin.back() == 6);
}

TEST_CASE("the ideographic space becomes a space and control characters are cleaned") {
  auto input = *utf8::decode("米国\u3000と\x01露");
  auto n = normalize::normalize(input);
  CHECK(n.text == "米国 と 露");
}

TEST_CASE("an expansion maps every output character to its source") {
  auto input = *utf8::decode("a㈱b");
  auto n = normalize::normalize(input);
  CHECK(n.text == "a(株)b");
  CHECK(n.origin == std::vector<std::uint32_t>{0, 1, 1, 1, 2, 3});
}

TEST_CASE("a dash between Latin letters becomes a hyphen, and only there") {
  CHECK(normalize::normalize(*utf8::decode("ＳＰＬＭ―ＩＯ系")).text == "SPLM-IO系");
  CHECK(normalize::normalize(*utf8::decode("SPLM–IO")).text == "SPLM-IO");
  // Between Japanese words a dash stays a dash: 日本―中国 is no name.
  CHECK(normalize::normalize(*utf8::decode("日本―中国")).text == "日本―中国");
}
