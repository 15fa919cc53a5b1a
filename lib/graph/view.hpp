// Internal to graph/: the arc index that path queries walk (a Boost CSR
// graph, built once per graph and cached in it) and View, a PathFilter's
// look at it. Nothing outside graph/ includes this.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "graph/paths.hpp"

namespace kankei::graph::detail {

// One way of walking one relation edge. What a filter needs to know without
// reading the RelationEdge (a cache miss per arc on a big graph) is copied in.
struct Arc {
  std::uint32_t edge = 0;
  bool forward = true;     // from the relation's source to its target
  bool symmetric = false;  // may be walked backwards in any direction mode
  bool negated = false;
};

using ArcGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc, boost::no_property,
                                                    std::uint32_t, std::uint32_t>;
using ArcDescriptor = ArcGraph::edge_descriptor;

// Every edge as two arcs, forward from its source and backward from its
// target; each node's arcs in edge-id order, so that every tie a search
// breaks follows edge ids. Loops are left out (they lead nowhere). With
// collapsed persons the arcs join representatives instead.
struct ArcIndex {
  ArcGraph arcs;
  bool negative_confidence = false;  // some edge's confidence was below 0 when built
};

// The graph's arc index for the collapse setting, built on first use.
std::shared_ptr<const ArcIndex> arc_index(const KnowledgeGraph& graph, bool collapse_persons);

// What Yen's algorithm takes away for one spur search.
struct Removed {
  std::vector<std::pair<EdgeId, bool>> arcs;  // (edge, forward): a few at most
  std::vector<char> nodes;                    // by node id; empty when none
};

// A PathFilter's view of the arc index: which arcs it walks and what a hop
// costs. Cheap to make: nothing is copied per edge. `graph` and `filter`
// must outlive the View.
class View {
 public:
  View(const KnowledgeGraph& graph, const PathFilter& filter);

  const ArcGraph& arcs() const { return m_index->arcs; }
  std::size_t node_count() const { return boost::num_vertices(m_index->arcs); }

  // Whether the filter walks arc `a` from its source to its target; with
  // `reversed`, whether it walks the arc's twin the other way, that is from
  // a's target to a's source (a search towards a node walks those).
  bool walks(ArcDescriptor a, bool reversed = false) const;
  // What walking edge `edge` costs: 1, or 1/confidence with that weighting.
  double weight(EdgeId edge) const;
  bool unit_weights() const { return m_filter.weighting == Weighting::hops; }
  Hop hop(ArcDescriptor a) const;

 private:
  bool passes(EdgeId edge) const;

  const KnowledgeGraph& m_graph;
  const PathFilter& m_filter;
  std::shared_ptr<const ArcIndex> m_index;
  bool m_negation_only;  // the filter keeps every edge but (maybe) denied ones
  // edge_passes per edge, worked out on first use: -1 unknown, 0 or 1.
  mutable std::vector<signed char> m_passes;
};

}  // namespace kankei::graph::detail
