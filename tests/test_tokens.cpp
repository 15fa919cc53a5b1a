#include <doctest/doctest.h>

#include "test_support.hpp"

using namespace kankei;

TEST_CASE("actor names from the user dictionary are one token with their id") {
  auto tokens = test::tokenize("国際原子力機関と北大西洋条約機構");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].surface == "国際原子力機関");
  CHECK(tokens[0].actor == "IAEA");
  CHECK(tokens[2].actor == "NATO");
  CHECK(tokens[2].begin == 8);
  CHECK(tokens[2].end == 16);
}

TEST_CASE("half-width and full-width Latin abbreviations are both found") {
  auto half = test::tokenize("NATOとIAEA");
  auto full = test::tokenize("ＮＡＴＯとＩＡＥＡ");
  REQUIRE(half.size() == 3);
  REQUIRE(full.size() == 3);
  CHECK(half[0].actor == "NATO");
  CHECK(full[0].actor == "NATO");
  CHECK(full[2].actor == "IAEA");
}

TEST_CASE("tokens carry part of speech, base form and conjugation") {
  auto tokens = test::tokenize("提供された");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].pos == "名詞");
  CHECK(tokens[0].pos1 == "サ変接続");
  CHECK(tokens[1].base == "する");
  CHECK(tokens[2].base == "れる");
  CHECK(tokens[0].actor.empty());
}

TEST_CASE("capitals are marked as metonyms") {
  auto tokens = test::tokenize("モスクワは");
  REQUIRE(!tokens.empty());
  CHECK(tokens[0].actor == "RUS");
  CHECK(tokens[0].metonym);
}
