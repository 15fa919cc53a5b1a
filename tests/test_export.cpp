#include <doctest/doctest.h>

#include <sstream>

#include "export/export.hpp"

using namespace kankei;

namespace {
graph::KnowledgeGraph sample() {
  graph::KnowledgeGraph g;
  const auto rus = g.add_actor({"RUS", "state", "ロシア", "Russia", "RUS"});
  const auto irn = g.add_actor({"IRN", "state", "イ\"ラ\\ン", "Iran", "IRN"});
  g.add_mention(rus, "supplies", irn, false, false,
                {"000", "2026-02-01", "ロシアは「核」を提供した。", 4, 10, 24, "提供", "verb.nom+verb.dat", 0.85, false});
  g.add_mention(irn, "attacks", rus, false, false, {"001", "", "x", 0, 0, 1, "攻撃", "r", 0.5, true});
  return g;
}
}  // namespace

TEST_CASE("DOT strings escape quotes, backslashes and line breaks") {
  CHECK(exporter::dot_quote("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
  CHECK(exporter::dot_quote("ロシア") == "\"ロシア\"");
}

TEST_CASE("DOT output has Japanese labels, relation colours, dashes for hypothetical and a legend") {
  std::ostringstream out;
  exporter::StyleMap styles{{"supplies", {"#9467bd", "供与", "07"}}, {"attacks", {"#b20000", "攻撃", "18"}}};
  exporter::write_dot(sample(), styles, {}, out);
  const std::string dot = out.str();
  CHECK(dot.find("\"IRN\" [label=\"イ\\\"ラ\\\\ン\"") != std::string::npos);
  CHECK(dot.find("\"RUS\" -> \"IRN\" [label=\"供与\", color=\"#9467bd\"") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);
  CHECK(dot.find("cluster_legend") != std::string::npos);
}

TEST_CASE("the JSON graph is node-link and reads back the same") {
  std::ostringstream out;
  exporter::write_json(sample(), {}, out);
  const std::string json = out.str();
  CHECK(json.find("\"directed\": true") != std::string::npos);
  CHECK(json.find("\"multigraph\": true") != std::string::npos);
  std::istringstream in(json);
  auto back = exporter::read_json(in, "g.json");
  REQUIRE(back);
  CHECK(back->node_count() == 2);
  REQUIRE(back->edge_count() == 2);
  const auto& e = back->edge(0);
  CHECK(back->node(e.source).id == "RUS");
  CHECK(e.relation == "supplies");
  REQUIRE(e.evidence.size() == 1);
  CHECK(e.evidence[0].sentence == "ロシアは「核」を提供した。");
  CHECK(e.evidence[0].begin == 10);
  CHECK(back->node(1).label == "イ\"ラ\\ン");
  std::ostringstream again;
  exporter::write_json(*back, {}, again);
  CHECK(again.str() == json);
}

TEST_CASE("a truncated or wrong graph file is an error with its position") {
  std::istringstream truncated("{\"nodes\": [{\"id\": \"RUS\"}");
  auto r = exporter::read_json(truncated, "g.json");
  REQUIRE_FALSE(r);
  CHECK(r.error().where.rfind("g.json: byte", 0) == 0);
  std::istringstream no_edges("{\"nodes\": []}");
  CHECK_FALSE(exporter::read_json(no_edges, "g.json"));
  std::istringstream bad_edge("{\"nodes\": [{\"id\": \"A\"}], \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"x\"}]}");
  auto e = exporter::read_json(bad_edge, "g.json");
  REQUIRE_FALSE(e);
  CHECK(e.error().where == "g.json: edges[0]");
}
