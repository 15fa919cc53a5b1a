// KnowledgeGraph: a Boost adjacency_list holding the actors and relations,
// and hash indexes by actor id and by edge key.
#include "graph/graph.hpp"

#include <algorithm>
#include <stdexcept>

#include "graph/graph_impl.hpp"
#include "graph/view.hpp"

namespace kankei::graph {

std::uint32_t KnowledgeGraph::Impl::relation_id(std::string_view relation) {
  auto it = relation_ids.find(relation);
  if (it != relation_ids.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(relation_ids.size());
  relation_ids.emplace(std::string(relation), id);
  return id;
}

void KnowledgeGraph::Impl::drop_arcs() {
  std::lock_guard lock(arcs_mutex);
  arcs[0].reset();
  arcs[1].reset();
}

KnowledgeGraph::KnowledgeGraph() : m_impl(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::add_actor(const ActorNode& node) {
  auto it = m_impl->by_id.find(node.id);
  if (it != m_impl->by_id.end()) return it->second;
  const NodeId id = boost::add_vertex(node, m_impl->graph);
  m_impl->by_id.emplace(node.id, id);
  m_impl->drop_arcs();  // a new node may be the state a person collapses into
  return id;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view id) const {
  auto it = m_impl->by_id.find(id);
  if (it == m_impl->by_id.end()) return std::nullopt;
  return it->second;
}

EdgeId KnowledgeGraph::add_edge(RelationEdge edge) {
  auto& g = m_impl->graph;
  if (edge.source >= boost::num_vertices(g) || edge.target >= boost::num_vertices(g)) {
    throw std::out_of_range("KnowledgeGraph::add_edge: no such node");
  }
  if (edge.symmetric && g[edge.source].id > g[edge.target].id) {
    std::swap(edge.source, edge.target);
  }
  const EdgeKey key{edge.source, edge.target, m_impl->relation_id(edge.relation), edge.negated};
  const auto [id, fresh] = m_impl->by_key.insert(key, m_impl->edges.size());
  if (!fresh) {
    RelationEdge& e = g[m_impl->edges[id]];
    e.count += edge.count;
    e.confidence = std::max(e.confidence, edge.confidence);
    e.hypothetical = e.hypothetical && edge.hypothetical;
    e.background = e.background && edge.background;
    e.evidence.insert(e.evidence.end(), std::make_move_iterator(edge.evidence.begin()),
                      std::make_move_iterator(edge.evidence.end()));
    return id;
  }
  const NodeId source = edge.source;
  const NodeId target = edge.target;
  const auto added = boost::add_edge(source, target, BoostGraph::edge_property_type(id, std::move(edge)), g);
  m_impl->edges.push_back(added.first);
  m_impl->drop_arcs();
  return id;
}

EdgeId KnowledgeGraph::add_mention(NodeId source, std::string_view relation, NodeId target, bool symmetric,
                                   bool negated, Evidence evidence) {
  RelationEdge edge;
  edge.source = source;
  edge.target = target;
  edge.relation = relation;
  edge.symmetric = symmetric;
  edge.negated = negated;
  edge.hypothetical = evidence.hypothetical;
  edge.count = 1;
  edge.confidence = evidence.confidence;
  edge.evidence.push_back(std::move(evidence));
  return add_edge(std::move(edge));
}

EdgeId KnowledgeGraph::add_background(NodeId source, std::string_view relation, NodeId target) {
  const EdgeKey key{source, target, m_impl->relation_id(relation), false};
  if (const auto id = m_impl->by_key.find(key)) return *id;
  RelationEdge edge;
  edge.source = source;
  edge.target = target;
  edge.relation = relation;
  edge.background = true;
  edge.confidence = 1.0;
  return add_edge(std::move(edge));
}

std::size_t KnowledgeGraph::node_count() const { return boost::num_vertices(m_impl->graph); }
std::size_t KnowledgeGraph::edge_count() const { return m_impl->edges.size(); }

const ActorNode& KnowledgeGraph::node(NodeId id) const {
  if (id >= boost::num_vertices(m_impl->graph)) throw std::out_of_range("KnowledgeGraph::node");
  return m_impl->graph[id];
}

const RelationEdge& KnowledgeGraph::edge(EdgeId id) const { return m_impl->graph[m_impl->edges.at(id)]; }

// Out- and in-edge lists are vectors that only grow, so Boost walks them
// in insertion order, which is id order.
std::vector<EdgeId> KnowledgeGraph::out_edges(NodeId id) const {
  const auto& g = m_impl->graph;
  if (id >= boost::num_vertices(g)) throw std::out_of_range("KnowledgeGraph::out_edges");
  std::vector<EdgeId> ids;
  ids.reserve(boost::out_degree(id, g));
  for (auto [it, end] = boost::out_edges(id, g); it != end; ++it) ids.push_back(boost::get(boost::edge_index, g, *it));
  return ids;
}

std::vector<EdgeId> KnowledgeGraph::in_edges(NodeId id) const {
  const auto& g = m_impl->graph;
  if (id >= boost::num_vertices(g)) throw std::out_of_range("KnowledgeGraph::in_edges");
  std::vector<EdgeId> ids;
  ids.reserve(boost::in_degree(id, g));
  for (auto [it, end] = boost::in_edges(id, g); it != end; ++it) ids.push_back(boost::get(boost::edge_index, g, *it));
  return ids;
}

}  // namespace kankei::graph
