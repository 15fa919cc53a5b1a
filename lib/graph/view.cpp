// PathFilter's tests on edges and the filtered Boost view queries walk.
#include "graph/view.hpp"

#include <algorithm>

namespace kankei::graph {
bool in_window(const PathFilter& filter, std::string_view date) {
  if (!filter.has_window()) return true;
  if (date.empty()) return false;  // an undated mention cannot be placed in a window
  if (!filter.since.empty() && date < filter.since) return false;
  // Comparing only the first until.size() characters makes "2026-02" an
  // inclusive end for every day of February.
  if (!filter.until.empty() && date.substr(0, filter.until.size()) > filter.until) return false;
  return true;
}

Support support(const RelationEdge& e, const PathFilter& filter) {
  if (!filter.has_window() || e.background) return {e.count, e.confidence};
  Support s;
  for (const auto& ev : e.evidence) {
    if (!in_window(filter, ev.date)) continue;
    ++s.count;
    s.confidence = std::max(s.confidence, ev.confidence);
  }
  return s;
}

bool edge_passes(const KnowledgeGraph& graph, EdgeId id, const PathFilter& filter) {
  const RelationEdge& e = graph.edge(id);
  if (e.negated && !filter.include_negated) return false;
  if (e.background) {
    // Dictionary facts have no mentions and no dates: only the switch applies.
    if (!filter.include_background) return false;
  } else {
    const Support s = support(e, filter);
    if (s.count == 0 && filter.has_window()) return false;
    if (s.count < filter.min_count || s.confidence < filter.min_confidence) return false;
  }
  return filter.relations.empty() || filter.relations.count(e.relation) > 0;
}

NodeId representative(const KnowledgeGraph& graph, NodeId node, const PathFilter& filter) {
  if (!filter.collapse_persons) return node;
  const ActorNode& n = graph.node(node);
  if (n.kind != "person" || n.affiliation.empty()) return node;
  return graph.find(n.affiliation).value_or(node);
}

const Evidence* strongest_evidence(const RelationEdge& e, const PathFilter& filter) {
  const Evidence* best = nullptr;
  for (const auto& ev : e.evidence) {
    if (!in_window(filter, ev.date)) continue;
    if (!best || ev.confidence > best->confidence) best = &ev;
  }
  return best;
}

namespace detail {

View make_view(const KnowledgeGraph& graph, const PathFilter& filter) {
  View view;
  view.graph = ViewGraph(graph.node_count());
  view.index_of.assign(2 * graph.edge_count(), no_index);
  auto add = [&](EdgeId id, NodeId from, NodeId to, bool forward, double weight) {
    ViewEdge v{id, forward, weight, view.by_index.size()};
    view.index_of[2 * id + (forward ? 1 : 0)] = v.index;
    view.by_index.push_back(boost::add_edge(from, to, v, view.graph).first);
  };
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    if (!edge_passes(graph, id, filter)) continue;
    const RelationEdge& e = graph.edge(id);
    const NodeId s = representative(graph, e.source, filter);
    const NodeId t = representative(graph, e.target, filter);
    if (s == t) continue;  // a loop (or a person and their own state) leads nowhere
    double weight = 1.0;
    if (filter.weighting == Weighting::confidence) {
      // 1/confidence: a hop costs at least 1, and a weak one up to 20.
      weight = 1.0 / std::max(support(e, filter).confidence, 0.05);
    }
    add(id, s, t, true, weight);
    if (e.symmetric || filter.direction == Direction::either) add(id, t, s, false, weight);
  }
  return view;
}

}  // namespace detail
}  // namespace kankei::graph
