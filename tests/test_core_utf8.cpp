#include <doctest/doctest.h>

#include "core/utf8.hpp"

using namespace kankei;

TEST_CASE("valid UTF-8 decodes to code points and back") {
  auto r = utf8::decode("露ア a");
  REQUIRE(r);
  CHECK(r->size() == 4);
  CHECK((*r)[0] == U'露');
  CHECK(utf8::encode(*r) == "露ア a");
  CHECK(utf8::length("ロシア") == 3);
}

TEST_CASE("invalid UTF-8 and NUL bytes are reported with their byte offset") {
  struct Row {
    std::string text;
    std::string where;
  };
  const Row rows[] = {
      {std::string("ab\xff"), "byte 2"},
      {std::string("ロ\xe3\x83"), "byte 3"},            // truncated sequence
      {std::string("a\0b", 3), "byte 1"},               // NUL
      {std::string("\xc0\xaf"), "byte 0"},              // overlong '/'
      {std::string("\xed\xa0\x80"), "byte 0"},          // surrogate
  };
  for (const auto& row : rows) {
    auto r = utf8::decode(row.text);
    REQUIRE_FALSE(r);
    CHECK(r.error().where == row.where);
    CHECK(utf8::find_invalid(row.text) == std::stoul(row.where.substr(5)));
  }
}
