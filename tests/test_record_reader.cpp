#include <doctest/doctest.h>

#include <sstream>

#include "export/export.hpp"
#include "export/record_reader.hpp"

using namespace kankei;

namespace {
pipeline::RelationRecord sample() {
  pipeline::RelationRecord r;
  r.doc = "000";
  r.date = "2026-02-01";
  r.sentence = "ロシアは\t「核」を提供した。";
  r.sentence_index = 4;
  r.begin = 10;
  r.end = 26;
  r.source = "RUS";
  r.relation = "supplies";
  r.target = "IRN";
  r.source_affiliation = "RUS";
  r.target_affiliation = "IRN";
  r.hypothetical = true;
  r.trigger = "提供";
  r.trigger_begin = 21;
  r.trigger_end = 23;
  r.rule = "verb.nom+verb.dat";
  r.confidence = 0.1 + 0.2;  // not exactly representable in decimal: must still round-trip
  return r;
}

std::string dump(const pipeline::RelationRecord& r) {
  std::ostringstream out;
  exporter::write_record_jsonl(r, out);
  return out.str();
}

std::string error_of(std::string_view line) {
  auto r = exporter::parse_record_jsonl(line, "m.jsonl:7");
  return r ? std::string("ok") : r.error().what();
}
}  // namespace

TEST_CASE("a record written by write_record_jsonl reads back field for field") {
  const auto line = dump(sample());
  auto r = exporter::parse_record_jsonl(line, "m.jsonl:1");
  REQUIRE(r);
  CHECK(dump(*r) == line);
  CHECK(r->confidence == sample().confidence);
  CHECK(r->sentence == "ロシアは\t「核」を提供した。");
}

TEST_CASE("optional fields keep their defaults; a Hadoop key before a tab is skipped") {
  SUBCASE("minimal record") {
    auto r = exporter::parse_record_jsonl(R"({"doc":"d","source":"RUS","relation":"supplies","target":"KAZ"})", "x");
    REQUIRE(r);
    CHECK(r->begin == 0);
    CHECK(r->confidence == 0.0);
    CHECK_FALSE(r->negated);
  }
  SUBCASE("key<TAB>record and record<TAB>") {
    auto r = exporter::parse_record_jsonl("d\t{\"doc\":\"d\",\"source\":\"A\",\"relation\":\"r\",\"target\":\"B\"}",
                                          "x");
    REQUIRE(r);
    CHECK(r->target == "B");
    CHECK(exporter::parse_record_jsonl("{\"doc\":\"d\",\"source\":\"A\",\"relation\":\"r\",\"target\":\"B\"}\t", "x"));
  }
}

TEST_CASE("malformed records fail with the place and the reason") {
  const std::string base = R"("doc":"d","source":"RUS","relation":"supplies","target":"KAZ")";
  CHECK(error_of(R"({"doc":"d","source":"RUS")") ==
        "m.jsonl:7: not a JSON record: parse error at line 1, column 26: syntax error while parsing object - "
        "unexpected end of input; expected '}'");
  CHECK(error_of("[1,2]") == "m.jsonl:7: not a JSON object");
  CHECK(error_of(R"({"doc":"d","source":"RUS","relation":"supplies"})") ==
        "m.jsonl:7: relation record needs a non-empty \"target\" string");
  CHECK(error_of(R"({"doc":"","source":"RUS","relation":"supplies","target":"KAZ"})") ==
        "m.jsonl:7: relation record needs a non-empty \"doc\" string");
  CHECK(error_of("{" + base + R"(,"begin":-1})") ==
        "m.jsonl:7: \"begin\" must be an integer from 0 to 4294967295 ('-1')");
  CHECK(error_of("{" + base + R"(,"end":4294967296})") ==
        "m.jsonl:7: \"end\" must be an integer from 0 to 4294967295 ('4294967296')");
  CHECK(error_of("{" + base + R"(,"negated":"no"})") == "m.jsonl:7: \"negated\" must be true or false ('\"no\"')");
  CHECK(error_of("{" + base + R"(,"confidence":"high"})") == "m.jsonl:7: \"confidence\" must be a number ('\"high\"')");
  CHECK(error_of("{\"doc\":\"d\xff\"}").rfind("m.jsonl:7: not a JSON record: ", 0) == 0);  // invalid UTF-8
}

TEST_CASE("the reader skips blank lines, counts lines and goes on after a bad one") {
  std::istringstream in(dump(sample()) + "\n  \r\n" + "{oops\n" + dump(sample()));
  exporter::RecordReader reader(in, "m.jsonl");
  auto first = reader.next();
  REQUIRE(first);
  REQUIRE(*first);
  CHECK(reader.line() == 1);
  auto bad = reader.next();
  REQUIRE_FALSE(bad);
  CHECK(bad.error().where == "m.jsonl:4");
  auto second = reader.next();
  REQUIRE(second);
  REQUIRE(*second);
  CHECK(reader.line() == 5);
  auto end = reader.next();
  REQUIRE(end);
  CHECK_FALSE(*end);
}
