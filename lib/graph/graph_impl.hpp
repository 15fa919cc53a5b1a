// Internal to graph/: the Boost.Graph representation behind KnowledgeGraph.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <tuple>
#include <unordered_map>

#include "graph/graph.hpp"

namespace kankei::graph {

// Vertex and edge bundles are indices into KnowledgeGraph's own vectors, so
// that ids stay dense and stable whatever Boost does with descriptors.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, boost::property<boost::edge_index_t, EdgeId>>;

struct KnowledgeGraph::Impl {
  BoostGraph graph;
  std::vector<ActorNode> nodes;
  std::vector<RelationEdge> edges;
  std::unordered_map<std::string, NodeId> by_id;
  std::map<std::tuple<NodeId, std::string, NodeId, bool>, EdgeId> by_key;
};

}  // namespace kankei::graph
