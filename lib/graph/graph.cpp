// KnowledgeGraph on a Boost adjacency_list (bidirectional, parallel edges).
#include "graph/graph.hpp"

#include <algorithm>

#include "graph/graph_impl.hpp"

namespace kankei::graph {

KnowledgeGraph::KnowledgeGraph() : m_impl(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::add_actor(const ActorNode& node) {
  auto it = m_impl->by_id.find(node.id);
  if (it != m_impl->by_id.end()) return it->second;
  const NodeId id = boost::add_vertex(m_impl->graph);
  m_impl->nodes.push_back(node);
  m_impl->by_id.emplace(node.id, id);
  return id;
}

std::optional<NodeId> KnowledgeGraph::find(std::string_view id) const {
  auto it = m_impl->by_id.find(std::string(id));
  if (it == m_impl->by_id.end()) return std::nullopt;
  return it->second;
}

EdgeId KnowledgeGraph::add_edge(RelationEdge edge) {
  if (edge.symmetric && m_impl->nodes[edge.source].id > m_impl->nodes[edge.target].id) {
    std::swap(edge.source, edge.target);
  }
  const auto key = std::make_tuple(edge.source, edge.relation, edge.target, edge.negated);
  auto it = m_impl->by_key.find(key);
  if (it != m_impl->by_key.end()) {
    RelationEdge& e = m_impl->edges[it->second];
    e.count += edge.count;
    e.confidence = std::max(e.confidence, edge.confidence);
    e.hypothetical = e.hypothetical && edge.hypothetical;
    e.background = e.background && edge.background;
    e.evidence.insert(e.evidence.end(), std::make_move_iterator(edge.evidence.begin()),
                      std::make_move_iterator(edge.evidence.end()));
    return it->second;
  }
  const EdgeId id = m_impl->edges.size();
  boost::add_edge(edge.source, edge.target, id, m_impl->graph);
  m_impl->by_key.emplace(key, id);
  m_impl->edges.push_back(std::move(edge));
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
  const auto key = std::make_tuple(source, std::string(relation), target, false);
  if (auto it = m_impl->by_key.find(key); it != m_impl->by_key.end()) return it->second;
  RelationEdge edge;
  edge.source = source;
  edge.target = target;
  edge.relation = relation;
  edge.background = true;
  edge.confidence = 1.0;
  return add_edge(std::move(edge));
}

std::size_t KnowledgeGraph::node_count() const { return m_impl->nodes.size(); }
std::size_t KnowledgeGraph::edge_count() const { return m_impl->edges.size(); }
const ActorNode& KnowledgeGraph::node(NodeId id) const { return m_impl->nodes.at(id); }
const RelationEdge& KnowledgeGraph::edge(EdgeId id) const { return m_impl->edges.at(id); }

std::vector<EdgeId> KnowledgeGraph::out_edges(NodeId id) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::out_edges(id, m_impl->graph); it != end; ++it) {
    out.push_back(boost::get(boost::edge_index, m_impl->graph, *it));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<EdgeId> KnowledgeGraph::in_edges(NodeId id) const {
  std::vector<EdgeId> out;
  for (auto [it, end] = boost::in_edges(id, m_impl->graph); it != end; ++it) {
    out.push_back(boost::get(boost::edge_index, m_impl->graph, *it));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kankei::graph
