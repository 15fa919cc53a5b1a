// The graph's own indexes: the edge table, the adjacency lists, and the arc
// index that path queries build once and keep until the graph changes.
#include <doctest/doctest.h>

#include <string>

#include "graph/graph.hpp"
#include "graph/paths.hpp"

using namespace kankei::graph;

namespace {

std::vector<EdgeId> edges_of(const std::optional<Path>& p) {
  std::vector<EdgeId> out;
  if (p) {
    for (const auto& h : p->hops) out.push_back(h.edge);
  }
  return out;
}

}  // namespace

TEST_CASE("many edges aggregate by source, relation, target and negation") {
  KnowledgeGraph g;
  for (int i = 0; i < 300; ++i) g.add_actor({std::string("A").append(std::to_string(i)), "state", "", "", ""});
  const char* relations[] = {"supplies", "attacks", "supports"};
  // Every key twice, so that the table grows and is searched after growing.
  for (int round = 0; round < 2; ++round) {
    for (NodeId s = 0; s < 300; s += 7) {
      for (NodeId t = 1; t < 300; t += 11) {
        for (int r = 0; r < 3; ++r) g.add_mention(s, relations[r], t, false, (s + t) % 2 == 0, {});
      }
    }
  }
  CHECK(g.edge_count() == 43 * 28 * 3);
  for (EdgeId e = 0; e < g.edge_count(); ++e) CHECK(g.edge(e).count == 2);
  CHECK(g.add_background(7, "attacks", 12) == g.add_mention(7, "attacks", 12, false, false, {}));
  CHECK(g.out_edges(0).size() == 28 * 3);
  CHECK(g.in_edges(1).size() == 43 * 3);
}

TEST_CASE("path queries see what was added after an earlier query") {
  KnowledgeGraph g;
  const auto a = g.add_actor({"A", "state", "", "", ""});
  const auto b = g.add_actor({"B", "state", "", "", ""});
  const auto c = g.add_actor({"C", "state", "", "", ""});
  g.add_mention(a, "supplies", b, false, false, {});
  g.add_mention(b, "supplies", c, false, false, {});
  CHECK(edges_of(shortest_path(g, a, c, PathFilter{})) == std::vector<EdgeId>{0, 1});

  SUBCASE("a new edge") {
    const auto direct = g.add_mention(a, "attacks", c, false, false, {});
    CHECK(edges_of(shortest_path(g, a, c, PathFilter{})) == std::vector<EdgeId>{direct});
  }
  SUBCASE("a new node, and a person who collapses into it") {
    PathFilter collapse;
    collapse.collapse_persons = true;
    const auto p = g.add_actor({"p", "person", "", "", "D"});
    g.add_mention(c, "supports", p, false, false, {});
    CHECK(shortest_path(g, a, p, collapse)->hops.size() == 3);  // p stands for itself: no D yet
    const auto d = g.add_actor({"D", "state", "", "", ""});
    const auto path = shortest_path(g, a, p, collapse);
    REQUIRE(path);
    CHECK(path->hops.back().to == d);
  }
  SUBCASE("an edge merged into an existing one changes its support, not the arcs") {
    PathFilter twice;
    twice.min_count = 2;
    CHECK_FALSE(shortest_path(g, a, c, twice));
    g.add_mention(a, "supplies", b, false, false, {});
    g.add_mention(b, "supplies", c, false, false, {});
    CHECK(edges_of(shortest_path(g, a, c, twice)) == std::vector<EdgeId>{0, 1});
  }
}

TEST_CASE("among equally short paths the search keeps to edge-id order") {
  // A diamond: A-B-D and A-C-D, both two hops; the first edges win.
  KnowledgeGraph g;
  const auto a = g.add_actor({"A", "state", "", "", ""});
  const auto b = g.add_actor({"B", "state", "", "", ""});
  const auto c = g.add_actor({"C", "state", "", "", ""});
  const auto d = g.add_actor({"D", "state", "", "", ""});
  g.add_mention(a, "supplies", b, false, false, {});
  g.add_mention(a, "supplies", c, false, false, {});
  g.add_mention(b, "supplies", d, false, false, {});
  g.add_mention(c, "supplies", d, false, false, {});
  CHECK(edges_of(shortest_path(g, a, d, PathFilter{})) == std::vector<EdgeId>{0, 2});
  const auto paths = k_shortest_paths(g, a, d, 3, PathFilter{});
  REQUIRE(paths.size() == 2);
  CHECK(edges_of(paths[1]) == std::vector<EdgeId>{1, 3});
}
