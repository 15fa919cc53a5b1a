// Internal to graph/: the Boost graph that path queries walk, built from a
// KnowledgeGraph through a PathFilter. Nothing outside graph/ includes this.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <limits>
#include <vector>

#include "graph/paths.hpp"

namespace kankei::graph::detail {

// One way of walking one relation edge.
struct ViewEdge {
  EdgeId edge = 0;
  bool forward = true;  // from the relation's source to its target
  double weight = 1.0;
  std::size_t index = 0;  // dense id of this view edge
};

using ViewGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, ViewEdge>;
using ViewEdgeDescriptor = ViewGraph::edge_descriptor;

inline constexpr std::size_t no_index = std::numeric_limits<std::size_t>::max();

// Vertices are the KnowledgeGraph's node ids; a collapsed person keeps its
// vertex but no edges. Edges are added in edge-id order, so out-edge lists
// (and with them every tie Dijkstra breaks) follow edge ids.
struct View {
  ViewGraph graph;
  std::vector<ViewEdgeDescriptor> by_index;  // view edge index -> descriptor
  std::vector<std::size_t> index_of;         // 2 * edge + forward -> view edge index, or no_index

  std::size_t index(const Hop& hop) const { return index_of[2 * hop.edge + (hop.forward ? 1 : 0)]; }
  double weight(const Hop& hop) const { return graph[by_index[index(hop)]].weight; }
  Hop hop(ViewEdgeDescriptor e) const {
    const ViewEdge& v = graph[e];
    return Hop{v.edge, boost::source(e, graph), boost::target(e, graph), v.forward};
  }
};

View make_view(const KnowledgeGraph& graph, const PathFilter& filter);

}  // namespace kankei::graph::detail
