// The construction suite: tests/data/constructions.tsv, one sentence per construction.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/tsv.hpp"
#include "test_support.hpp"

using namespace kankei;

TEST_CASE("every construction of the regression suite reads as expected") {
  std::ifstream in(std::string(KANKEI_TEST_DATA) + "/constructions.tsv");
  REQUIRE(in);
  std::stringstream content;
  content << in.rdbuf();
  std::vector<TsvRecord> rows;
  REQUIRE(read_tsv(content.str(), "constructions.tsv", 2, 3, rows));
  REQUIRE(rows.size() >= 40);
  for (const auto& row : rows) {
    const std::string expected = row.cells.size() > 2 ? row.cells[2] : "";
    SUBCASE(row.cells[0].c_str()) {
      CAPTURE(row.cells[1]);
      CHECK(test::relations_of(row.cells[1]) == expected);
    }
  }
}
