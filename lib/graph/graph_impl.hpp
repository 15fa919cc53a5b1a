// Internal to graph/: what KnowledgeGraph holds. Nothing outside graph/
// includes this.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/edge_table.hpp"
#include "graph/graph.hpp"

namespace kankei::graph {

namespace detail {
struct ArcIndex;  // view.hpp: the Boost graph that queries walk
}

// Hashes std::string keys and string_view look-ups alike (C++20
// heterogeneous look-up), so that find(string_view) builds no string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// The store: a bidirectional multigraph whose vertices carry ActorNode and
// whose edges carry RelationEdge plus their id. With vecS vertices a
// NodeId is the vertex descriptor; edges are never removed, so their
// descriptors stay valid and `edges` maps an EdgeId to one.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode,
                                         boost::property<boost::edge_index_t, EdgeId, RelationEdge>>;

struct KnowledgeGraph::Impl {
  BoostGraph graph;
  std::vector<BoostGraph::edge_descriptor> edges;  // by EdgeId
  std::unordered_map<std::string, NodeId, StringHash, std::equal_to<>> by_id;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> relation_ids;
  EdgeTable by_key;

  // The arc indexes that path queries walk, built on first use and dropped
  // when a node or an edge is added: [0] plain, [1] with persons collapsed.
  // The mutex lets queries on one graph run on several threads at once.
  mutable std::mutex arcs_mutex;
  mutable std::shared_ptr<const detail::ArcIndex> arcs[2];

  // The interned index of `relation`, adding it when new.
  std::uint32_t relation_id(std::string_view relation);
  void drop_arcs();
};

}  // namespace kankei::graph
