// Inputs the fuzzers once crashed on (tests/fuzz/crashers/), replayed: each
// must now give a clean result or a clean error.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/export.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace kankei;

TEST_CASE("every saved fuzzer crasher is now handled") {
  const fs::path dir = fs::path(KANKEI_TEST_DATA) / ".." / "fuzz" / "crashers";
  std::size_t replayed = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().front() == '.') continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    CAPTURE(entry.path().string());
    if (entry.path().extension() == ".json") {
      std::istringstream graph(content.str());
      auto r = exporter::read_json(graph, "crasher");
      CHECK_FALSE(r);  // each saved graph crasher is malformed
    } else {
      auto r = test::pipeline().run({"crasher", content.str(), ""});
      if (r) {
        for (const auto& rec : *r) CHECK(rec.begin <= rec.end);
      }
    }
    ++replayed;
  }
  CHECK(replayed >= 1);
}
