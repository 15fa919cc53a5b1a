// Parts of a graph: the ego network of an actor, the filtered graph, and
// copying a part into a graph of its own.
#include <algorithm>
#include <deque>

#include "graph/view.hpp"

namespace kankei::graph {
namespace {

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

Subgraph ego_network(const KnowledgeGraph& graph, NodeId center, std::size_t depth, const PathFilter& filter) {
  const detail::View view(graph, filter);
  center = representative(graph, center, filter);
  // Breadth-first to `depth`; the view walks the backward arcs that
  // Direction::either allows.
  std::vector<std::size_t> distance(graph.node_count(), depth + 1);
  distance[center] = 0;
  std::deque<NodeId> queue{center};
  Subgraph part;
  while (!queue.empty()) {
    const NodeId v = queue.front();
    queue.pop_front();
    part.nodes.push_back(v);
    if (distance[v] == depth) continue;
    for (auto [it, end] = boost::out_edges(static_cast<std::uint32_t>(v), view.arcs()); it != end; ++it) {
      const NodeId w = boost::target(*it, view.arcs());
      if (distance[w] <= depth || !view.walks(*it)) continue;
      distance[w] = distance[v] + 1;
      queue.push_back(w);
    }
  }
  // Every kept edge between two members, so the picture shows how the
  // neighbours relate to each other too.
  for (const NodeId s : part.nodes) {
    for (auto [it, end] = boost::out_edges(static_cast<std::uint32_t>(s), view.arcs()); it != end; ++it) {
      if (distance[boost::target(*it, view.arcs())] <= depth && view.walks(*it)) {
        part.edges.push_back(view.arcs()[*it].edge);
      }
    }
  }
  sort_unique(part.nodes);
  sort_unique(part.edges);
  return part;
}

Subgraph filtered(const KnowledgeGraph& graph, const PathFilter& filter) {
  Subgraph part;
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    if (!edge_passes(graph, id, filter)) continue;
    const NodeId s = representative(graph, graph.edge(id).source, filter);
    const NodeId t = representative(graph, graph.edge(id).target, filter);
    if (s == t && filter.collapse_persons) continue;  // became a loop by collapsing
    part.edges.push_back(id);
    part.nodes.push_back(s);
    part.nodes.push_back(t);
  }
  sort_unique(part.nodes);
  return part;
}

KnowledgeGraph copy_subgraph(const KnowledgeGraph& graph, const Subgraph& part, const PathFilter& filter) {
  KnowledgeGraph out;
  for (NodeId n : part.nodes) out.add_actor(graph.node(n));
  for (EdgeId id : part.edges) {
    RelationEdge e = graph.edge(id);
    const NodeId s = representative(graph, e.source, filter);
    const NodeId t = representative(graph, e.target, filter);
    if (filter.collapse_persons && s == t) continue;
    e.source = out.add_actor(graph.node(s));
    e.target = out.add_actor(graph.node(t));
    if (filter.has_window() && !e.background) {
      std::erase_if(e.evidence, [&](const Evidence& ev) { return !in_window(filter, ev.date); });
      e.count = e.evidence.size();
      e.confidence = 0.0;
      for (const auto& ev : e.evidence) e.confidence = std::max(e.confidence, ev.confidence);
    }
    out.add_edge(std::move(e));
  }
  return out;
}

}  // namespace kankei::graph
