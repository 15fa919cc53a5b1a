#include <doctest/doctest.h>

#include "core/tsv.hpp"

using namespace kankei;

TEST_CASE("TSV records skip comments and blank lines and keep line numbers") {
  std::vector<TsvRecord> out;
  REQUIRE(read_tsv("# c\n\na\tb\r\nc\td\n", "f.tsv", 2, 2, out));
  REQUIRE(out.size() == 2);
  CHECK(out[0].line == 3);
  CHECK(out[0].cells[1] == "b");
  CHECK(out[1].cells[0] == "c");
}

TEST_CASE("a TSV line with the wrong number of columns names file and line") {
  std::vector<TsvRecord> out;
  auto r = read_tsv("a\tb\nonly\n", "dict/x.tsv", 2, 2, out);
  REQUIRE_FALSE(r);
  CHECK(r.error().where == "dict/x.tsv:2");
  CHECK(r.error().what().find("found 1") != std::string::npos);
}

TEST_CASE("lists split on their separator and drop empty items") {
  CHECK(split_list("a| b ||c", '|') == std::vector<std::string>{"a", "b", "c"});
}
