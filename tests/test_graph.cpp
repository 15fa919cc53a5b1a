#include <doctest/doctest.h>

#include "graph/graph.hpp"

using namespace kankei::graph;

TEST_CASE("mentions of the same relation aggregate into one edge with all evidence") {
  KnowledgeGraph g;
  const auto rus = g.add_actor({"RUS", "state", "ロシア", "Russia", "RUS"});
  const auto irn = g.add_actor({"IRN", "state", "イラン", "Iran", "IRN"});
  CHECK(g.add_actor({"RUS", "state", "x", "x", ""}) == rus);
  Evidence a{"d1", "", "s1", 0, 0, 5, "提供", "verb.nom+verb.dat", 0.9, false};
  Evidence b{"d2", "", "s2", 3, 10, 20, "供与", "verb.nom+verb.dat", 0.7, true};
  const auto e1 = g.add_mention(rus, "supplies", irn, false, false, a);
  const auto e2 = g.add_mention(rus, "supplies", irn, false, false, b);
  CHECK(e1 == e2);
  CHECK(g.edge_count() == 1);
  CHECK(g.edge(e1).count == 2);
  CHECK(g.edge(e1).confidence == doctest::Approx(0.9));
  CHECK_FALSE(g.edge(e1).hypothetical);  // one mention is not hypothetical
  CHECK(g.edge(e1).evidence.size() == 2);
  CHECK(g.edge(e1).evidence[1].doc == "d2");
}

TEST_CASE("symmetric relations store their ends in id order, negated ones apart") {
  KnowledgeGraph g;
  const auto usa = g.add_actor({"USA", "state", "米国", "United States", "USA"});
  const auto irn = g.add_actor({"IRN", "state", "イラン", "Iran", "IRN"});
  const auto e1 = g.add_mention(usa, "negotiates", irn, true, false, {});
  const auto e2 = g.add_mention(irn, "negotiates", usa, true, false, {});
  const auto e3 = g.add_mention(irn, "negotiates", usa, true, true, {});
  CHECK(e1 == e2);
  CHECK(e3 != e1);
  CHECK(g.node(g.edge(e1).source).id == "IRN");
  CHECK(g.out_edges(irn) == std::vector<EdgeId>{e1, e3});
  CHECK(g.in_edges(usa) == std::vector<EdgeId>{e1, e3});
}

TEST_CASE("background edges are added once") {
  KnowledgeGraph g;
  const auto a = g.add_actor({"KAZ", "state", "", "", ""});
  const auto b = g.add_actor({"CSTO", "organisation", "", "", ""});
  CHECK(g.add_background(a, "member_of", b) == g.add_background(a, "member_of", b));
  CHECK(g.edge(0).background);
  CHECK(g.edge_count() == 1);
}
