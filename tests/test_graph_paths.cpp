#include <doctest/doctest.h>

#include <set>
#include <string>

#include "graph/lookup.hpp"
#include "graph/paths.hpp"

using namespace kankei::graph;

namespace {

// A small world with known answers (edge ids in comments):
//   e0 RUS supplies KAZ (×2, 2026-01)       e1 CHN negotiates KAZ (sym, 2026-02)
//   e2 CHN supplies RUS (0.5, 2026-03)      e3 KAZ member_of CSTO (background)
//   e4 RUS member_of CSTO (background)      e5 kassym negotiates vladimir (sym, 2025-12)
//   e6 kassym leader_of KAZ (background)    e7 vladimir leader_of RUS (background)
//   e8 KAZ attacks RUS (negated)            e9 USA sanctions IRN
struct World {
  KnowledgeGraph g;
  NodeId kaz, rus, chn, csto, tokayev, putin, usa, irn;
  World() {
    kaz = g.add_actor({"KAZ", "state", "カザフスタン", "Kazakhstan", "KAZ"});
    rus = g.add_actor({"RUS", "state", "ロシア", "Russian Federation", "RUS"});
    chn = g.add_actor({"CHN", "state", "中国", "China", "CHN"});
    csto = g.add_actor({"CSTO", "organisation", "集団安全保障条約機構", "CSTO", ""});
    tokayev = g.add_actor({"kassym", "person", "トカエフ", "Kassym-Jomart Tokayev", "KAZ"});
    putin = g.add_actor({"vladimir", "person", "プーチン", "Vladimir Putin", "RUS"});
    usa = g.add_actor({"USA", "state", "米国", "United States", "USA"});
    irn = g.add_actor({"IRN", "state", "イラン", "Iran", "IRN"});
    auto ev = [](std::string date, double confidence) {
      return Evidence{"d", date, "s", 0, 0, 1, "t", "r", confidence, false};
    };
    g.add_mention(rus, "supplies", kaz, false, false, ev("2026-01-10", 0.9));
    g.add_mention(rus, "supplies", kaz, false, false, ev("2026-01-20", 0.7));
    g.add_mention(kaz, "negotiates", chn, true, false, ev("2026-02-01", 0.8));
    g.add_mention(chn, "supplies", rus, false, false, ev("2026-03-05", 0.5));
    g.add_background(kaz, "member_of", csto);
    g.add_background(rus, "member_of", csto);
    g.add_mention(tokayev, "negotiates", putin, true, false, ev("2025-12-01", 0.7));
    g.add_background(tokayev, "leader_of", kaz);
    g.add_background(putin, "leader_of", rus);
    g.add_mention(kaz, "attacks", rus, false, true, ev("2026-01-01", 0.9));
    g.add_mention(usa, "sanctions", irn, false, false, ev("2026-01-01", 0.9));
  }
};

std::vector<EdgeId> edges_of(const Path& p) {
  std::vector<EdgeId> out;
  for (const auto& h : p.hops) out.push_back(h.edge);
  return out;
}

}  // namespace

TEST_CASE("the shortest path walks an edge backwards unless asked to go forward only") {
  World w;
  PathFilter either;
  auto p = shortest_path(w.g, w.kaz, w.rus, either);
  REQUIRE(p);
  CHECK(edges_of(*p) == std::vector<EdgeId>{0});
  CHECK_FALSE(p->hops[0].forward);
  CHECK(p->hops[0].from == w.kaz);
  CHECK(p->hops[0].to == w.rus);
  CHECK(p->cost == 1.0);

  SUBCASE("forward only takes the symmetric edge either way and then a forward one") {
    PathFilter forward;
    forward.direction = Direction::forward;
    auto f = shortest_path(w.g, w.kaz, w.rus, forward);
    REQUIRE(f);
    CHECK(edges_of(*f) == std::vector<EdgeId>{1, 2});
    CHECK(f->hops[0].from == w.kaz);
    CHECK(f->hops[0].to == w.chn);
    CHECK(f->hops[1].forward);
  }
  SUBCASE("a negated edge is left out unless asked for") {
    PathFilter forward;
    forward.direction = Direction::forward;
    forward.include_negated = true;
    auto f = shortest_path(w.g, w.kaz, w.rus, forward);
    REQUIRE(f);
    CHECK(edges_of(*f) == std::vector<EdgeId>{8});
  }
  SUBCASE("no path is an empty answer") {
    CHECK_FALSE(shortest_path(w.g, w.kaz, w.usa, either));
    CHECK(k_shortest_paths(w.g, w.kaz, w.usa, 3, either).empty());
    CHECK(all_simple_paths(w.g, w.kaz, w.usa, 5, 10, either).paths.empty());
  }
  SUBCASE("the same actor at both ends is a path of no hops") {
    auto same = shortest_path(w.g, w.kaz, w.kaz, either);
    REQUIRE(same);
    CHECK(same->hops.empty());
  }
}

TEST_CASE("Yen's algorithm gives distinct loopless paths in nondecreasing length") {
  World w;
  const auto paths = k_shortest_paths(w.g, w.kaz, w.rus, 10, PathFilter{});
  REQUIRE(paths.size() == 4);  // every path there is
  CHECK(edges_of(paths[0]) == std::vector<EdgeId>{0});
  CHECK(edges_of(paths[1]) == std::vector<EdgeId>{1, 2});
  CHECK(edges_of(paths[2]) == std::vector<EdgeId>{3, 4});
  CHECK(edges_of(paths[3]) == std::vector<EdgeId>{6, 5, 7});
  std::set<std::vector<EdgeId>> distinct;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    distinct.insert(edges_of(paths[i]));
    if (i > 0) CHECK(paths[i - 1].cost <= paths[i].cost);
    CHECK(paths[i].cost == doctest::Approx(static_cast<double>(paths[i].hops.size())));
    std::set<NodeId> visited{w.kaz};
    for (const auto& h : paths[i].hops) CHECK(visited.insert(h.to).second);  // loopless
    CHECK(paths[i].hops.front().from == w.kaz);
    CHECK(paths[i].hops.back().to == w.rus);
  }
  CHECK(distinct.size() == paths.size());
  CHECK(k_shortest_paths(w.g, w.kaz, w.rus, 2, PathFilter{}).size() == 2);
  CHECK(k_shortest_paths(w.g, w.kaz, w.rus, 0, PathFilter{}).empty());
}

TEST_CASE("filters choose the edges a path may use") {
  World w;
  auto paths_with = [&](const PathFilter& f) {
    std::vector<std::vector<EdgeId>> out;
    for (const auto& p : k_shortest_paths(w.g, w.kaz, w.rus, 10, f)) out.push_back(edges_of(p));
    return out;
  };
  using Paths = std::vector<std::vector<EdgeId>>;
  SUBCASE("relation types") {
    PathFilter f;
    f.relations = {"supplies"};
    CHECK(paths_with(f) == Paths{{0}});
    CHECK(edges_of(*shortest_path(w.g, w.kaz, w.chn, f)) == std::vector<EdgeId>{0, 2});
    CHECK_FALSE(shortest_path(w.g, w.kaz, w.csto, f));
  }
  SUBCASE("no background edges") {
    PathFilter f;
    f.include_background = false;
    CHECK(paths_with(f) == Paths{{0}, {1, 2}});
  }
  SUBCASE("minimum mention count") {
    PathFilter f;
    f.min_count = 2;
    f.include_background = false;
    CHECK(paths_with(f) == Paths{{0}});
  }
  SUBCASE("minimum confidence") {
    PathFilter f;
    f.min_confidence = 0.6;
    CHECK(paths_with(f) == Paths{{0}, {3, 4}, {6, 5, 7}});
  }
  SUBCASE("a date window keeps edges with a mention inside it, and background edges") {
    PathFilter f;
    f.since = "2026-02";
    f.until = "2026-02";
    CHECK(paths_with(f) == Paths{{3, 4}});
    f.include_background = false;
    CHECK(paths_with(f).empty());
    f.since = "";
    f.until = "2026-01";  // a prefix: all of January
    CHECK(paths_with(f) == Paths{{0}});
  }
  SUBCASE("persons collapse into their states") {
    PathFilter f;
    f.collapse_persons = true;
    const auto paths = k_shortest_paths(w.g, w.kaz, w.rus, 10, f);
    CHECK(paths_with(f) == Paths{{0}, {5}, {1, 2}, {3, 4}});
    CHECK(paths[1].hops[0].from == w.kaz);
    CHECK(paths[1].hops[0].to == w.rus);
    auto between_persons = shortest_path(w.g, w.putin, w.tokayev, f);
    REQUIRE(between_persons);
    CHECK(edges_of(*between_persons) == std::vector<EdgeId>{0});
    CHECK(representative(w.g, w.putin, f) == w.rus);
    CHECK(representative(w.g, w.csto, f) == w.csto);
  }
}

TEST_CASE("the date window compares ISO dates as strings, with until as a prefix") {
  PathFilter f;
  CHECK(in_window(f, ""));
  f.since = "2026-01-15";
  f.until = "2026-02";
  CHECK(in_window(f, "2026-01-15"));
  CHECK(in_window(f, "2026-02-28"));
  CHECK(in_window(f, "2026-02-28T10:00"));
  CHECK_FALSE(in_window(f, "2026-01-14"));
  CHECK_FALSE(in_window(f, "2026-03-01"));
  CHECK_FALSE(in_window(f, ""));
}

TEST_CASE("confidence weighting prefers two sure hops to one doubtful hop") {
  KnowledgeGraph g;
  const auto a = g.add_actor({"A", "state", "", "", ""});
  const auto b = g.add_actor({"B", "state", "", "", ""});
  const auto c = g.add_actor({"C", "state", "", "", ""});
  g.add_mention(a, "supports", c, false, false, {"d", "", "s", 0, 0, 1, "t", "r", 0.1, false});
  g.add_mention(a, "supports", b, false, false, {"d", "", "s", 0, 0, 1, "t", "r", 0.8, false});
  g.add_mention(b, "supports", c, false, false, {"d", "", "s", 0, 0, 1, "t", "r", 1.0, false});
  PathFilter f;
  REQUIRE(shortest_path(g, a, c, f));
  CHECK(edges_of(*shortest_path(g, a, c, f)) == std::vector<EdgeId>{0});
  f.weighting = Weighting::confidence;
  auto p = shortest_path(g, a, c, f);
  REQUIRE(p);
  CHECK(edges_of(*p) == std::vector<EdgeId>{1, 2});
  CHECK(p->cost == doctest::Approx(1.0 / 0.8 + 1.0));
}

TEST_CASE("all simple paths come shortest first, up to a hop count and a limit") {
  World w;
  auto all = all_simple_paths(w.g, w.kaz, w.rus, 3, 100, PathFilter{});
  REQUIRE(all.paths.size() == 4);
  CHECK_FALSE(all.truncated);
  CHECK(edges_of(all.paths[0]) == std::vector<EdgeId>{0});
  CHECK(edges_of(all.paths[1]) == std::vector<EdgeId>{1, 2});
  CHECK(edges_of(all.paths[2]) == std::vector<EdgeId>{3, 4});
  CHECK(edges_of(all.paths[3]) == std::vector<EdgeId>{6, 5, 7});
  CHECK(all.paths[3].cost == 3.0);
  CHECK(all_simple_paths(w.g, w.kaz, w.rus, 2, 100, PathFilter{}).paths.size() == 3);
  auto limited = all_simple_paths(w.g, w.kaz, w.rus, 3, 2, PathFilter{});
  CHECK(limited.paths.size() == 2);
  CHECK(limited.truncated);
  CHECK_FALSE(all_simple_paths(w.g, w.kaz, w.rus, 3, 4, PathFilter{}).truncated);
}

TEST_CASE("the ego network holds the actors within the depth and the edges among them") {
  World w;
  auto ego = ego_network(w.g, w.kaz, 1, PathFilter{});
  CHECK(ego.nodes == std::vector<NodeId>{w.kaz, w.rus, w.chn, w.csto, w.tokayev});
  CHECK(ego.edges == std::vector<EdgeId>{0, 1, 2, 3, 4, 6});

  SUBCASE("forward only follows outgoing and symmetric edges") {
    PathFilter f;
    f.direction = Direction::forward;
    auto out = ego_network(w.g, w.kaz, 1, f);
    CHECK(out.nodes == std::vector<NodeId>{w.kaz, w.chn, w.csto});
    CHECK(out.edges == std::vector<EdgeId>{1, 3});
  }
  SUBCASE("depth 0 is the actor alone") {
    auto alone = ego_network(w.g, w.kaz, 0, PathFilter{});
    CHECK(alone.nodes == std::vector<NodeId>{w.kaz});
    CHECK(alone.edges.empty());
  }
  SUBCASE("a copy with collapsed persons re-ends their edges at the states") {
    PathFilter f;
    f.collapse_persons = true;
    auto part = ego_network(w.g, w.kaz, 1, f);
    CHECK(part.nodes == std::vector<NodeId>{w.kaz, w.rus, w.chn, w.csto});
    CHECK(part.edges == std::vector<EdgeId>{0, 1, 2, 3, 4, 5});
    const auto copy = copy_subgraph(w.g, part, f);
    CHECK(copy.node_count() == 4);
    REQUIRE(copy.edge_count() == 6);
    const auto& e = copy.edge(5);
    CHECK(e.relation == "negotiates");
    CHECK(copy.node(e.source).id == "KAZ");
    CHECK(copy.node(e.target).id == "RUS");
  }
  SUBCASE("a copy inside a date window keeps only the evidence inside it") {
    PathFilter f;
    f.until = "2026-01-15";
    const auto copy = copy_subgraph(w.g, filtered(w.g, f), f);
    REQUIRE(copy.edge_count() == 7);  // e0, e3, e4, e5 (2025-12), e6, e7 and e9
    const auto& e = copy.edge(0);
    CHECK(e.relation == "supplies");
    CHECK(e.count == 1);
    CHECK(e.confidence == doctest::Approx(0.9));
  }
}

TEST_CASE("the strongest evidence is the most confident mention inside the window") {
  World w;
  const auto& e = w.g.edge(0);
  REQUIRE(strongest_evidence(e, PathFilter{}));
  CHECK(strongest_evidence(e, PathFilter{})->date == "2026-01-10");
  PathFilter late;
  late.since = "2026-01-15";
  CHECK(strongest_evidence(e, late)->date == "2026-01-20");
  CHECK(strongest_evidence(w.g.edge(3), PathFilter{}) == nullptr);
}

TEST_CASE("actors are found by id, Japanese label or English name") {
  World w;
  CHECK(find_actor(w.g, "KAZ") == w.kaz);
  CHECK(find_actor(w.g, "kaz") == w.kaz);
  CHECK(find_actor(w.g, "カザフスタン") == w.kaz);
  CHECK(find_actor(w.g, "kazakhstan") == w.kaz);
  CHECK(find_actor(w.g, "UNITED STATES") == w.usa);
  CHECK_FALSE(find_actor(w.g, "Russia"));
  CHECK_FALSE(find_actor(w.g, ""));
}

TEST_CASE("closest names suggest what the user may have meant") {
  World w;
  CHECK(closest_actors(w.g, "Russia") == std::vector<NodeId>{w.rus});
  CHECK(closest_actors(w.g, "Kazakstan") == std::vector<NodeId>{w.kaz});
  CHECK(closest_actors(w.g, "カザフ") == std::vector<NodeId>{w.kaz});
  CHECK(closest_actors(w.g, "Chna") == std::vector<NodeId>{w.chn});
  CHECK(closest_actors(w.g, "zzzzzz").empty());
  CHECK(closest_actors(w.g, "Vladimir Putn").front() == w.putin);
  CHECK(closest_actors(w.g, "in", 2).size() == 2);
  CHECK(edit_distance(U"kitten", U"sitting") == 3);
  CHECK(edit_distance(U"", U"ロシア") == 3);
}
