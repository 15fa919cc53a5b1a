// Queries over a KnowledgeGraph: shortest paths, the k shortest loopless
// paths, all simple paths up to a length, and the ego network of an actor,
// each seen through one PathFilter.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace kankei::graph {

// Which way an edge may be walked. Symmetric relations (negotiates) may
// always be walked both ways; `either` also walks directed ones backwards,
// which answers "how are A and B connected" rather than "whom does A reach".
enum class Direction { forward, either };

// What a hop costs. `hops` counts hops; `confidence` costs 1/confidence per
// hop (at least 1), so among paths of equal length the surer one wins.
enum class Weighting { hops, confidence };

// Which edges a query sees. The default sees every edge that is not negated.
struct PathFilter {
  std::set<std::string, std::less<>> relations;  // empty: every relation
  Direction direction = Direction::either;
  std::size_t min_count = 0;   // mentions, counted inside the date window
  double min_confidence = 0.0;  // the strongest mention's, inside the window
  // Evidence dates, ISO 8601 compared as strings. `since` is inclusive,
  // `until` includes every date it is a prefix of ("2026-02" keeps
  // "2026-02-28"). With either set, an edge needs a dated mention inside the
  // window; background edges carry no dates and are kept.
  std::string since;
  std::string until;
  bool include_background = true;  // member_of, leader_of from the dictionary
  bool include_negated = false;    // a denied relation connects no one
  // A person stands for their state (ActorNode::affiliation) when that state
  // is in the graph: hops then go between states, and the edges between a
  // person and their own state disappear.
  bool collapse_persons = false;
  Weighting weighting = Weighting::hops;

  bool has_window() const { return !since.empty() || !until.empty(); }
};

// True when `date` falls inside the filter's window (always without one).
bool in_window(const PathFilter& filter, std::string_view date);

// An edge as the filter's date window sees it: its mentions inside the
// window and the strongest one's confidence. Without a window, and for
// background edges, the edge's own count and confidence.
struct Support {
  std::size_t count = 0;
  double confidence = 0.0;
};
Support support(const RelationEdge& e, const PathFilter& filter);

// True when the filter keeps edge `e` (its relation, count, confidence,
// window, background and negation), regardless of direction and collapsing.
bool edge_passes(const KnowledgeGraph& graph, EdgeId e, const PathFilter& filter);

// The node `node` stands as: itself, or a person's state when collapsing.
NodeId representative(const KnowledgeGraph& graph, NodeId node, const PathFilter& filter);

// One step of a path: edge `edge` walked from `from` to `to`. `forward` is
// true when the walk goes from the relation's source to its target. With
// collapse_persons, `from`/`to` are representatives, so they may differ
// from the edge's own ends.
struct Hop {
  EdgeId edge = 0;
  NodeId from = 0;
  NodeId to = 0;
  bool forward = true;

  friend bool operator==(const Hop&, const Hop&) = default;
};

struct Path {
  std::vector<Hop> hops;
  double cost = 0.0;  // sum of hop weights (= hops.size() with Weighting::hops)
};

// The cheapest path (Boost's Dijkstra) from `from` to `to`, or nullopt when
// there is none. Equal ends give a path of no hops. The first query on a
// graph indexes its edges (time linear in the graph); later queries, with
// any filter, reuse the index until a node or an edge is added.
std::optional<Path> shortest_path(const KnowledgeGraph& graph, NodeId from, NodeId to, const PathFilter& filter);

// Up to `k` loopless paths in nondecreasing cost, no two alike (Yen's
// algorithm over Dijkstra). Fewer when fewer exist; empty when none does.
std::vector<Path> k_shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t k,
                                   const PathFilter& filter);

struct SimplePaths {
  std::vector<Path> paths;  // shortest first, then in edge-id order
  bool truncated = false;   // `limit` paths were found and more may exist
};

// Every path with no repeated node and at most `max_hops` hops, up to
// `limit` of them.
SimplePaths all_simple_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t max_hops,
                             std::size_t limit, const PathFilter& filter);

// A part of the graph: sorted, unique node and edge ids.
struct Subgraph {
  std::vector<NodeId> nodes;
  std::vector<EdgeId> edges;
};

// The actors within `depth` hops of `center` (walking as the filter
// allows) and every kept edge between two of them. With collapse_persons
// the nodes are representatives and the edges keep their own ids.
Subgraph ego_network(const KnowledgeGraph& graph, NodeId center, std::size_t depth, const PathFilter& filter);

// Every node and kept edge of the graph, for exporting a filtered graph.
Subgraph filtered(const KnowledgeGraph& graph, const PathFilter& filter);

// A new graph holding `part`: its nodes, then its edges with the ends they
// need. With collapse_persons, edge ends are representatives (so parallel
// edges may merge); with a date window, only the evidence inside it is
// copied and `count` and `confidence` are recomputed from it.
KnowledgeGraph copy_subgraph(const KnowledgeGraph& graph, const Subgraph& part, const PathFilter& filter);

// The mention of edge `e` to show first: the most confident inside the
// filter's window (the earliest of equals), or nullptr for background edges.
const Evidence* strongest_evidence(const RelationEdge& e, const PathFilter& filter);

}  // namespace kankei::graph
