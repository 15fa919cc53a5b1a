// PathFilter's tests on edges, the cached arc index and the View of it
// that queries walk.
#include "graph/view.hpp"

#include <algorithm>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <string>

#include "graph/graph_impl.hpp"

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
namespace {

// Indexes are 32-bit: four billion arcs would not fit in memory anyway.
void check_size(std::size_t count, const char* what) {
  if (count >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error(std::string("too many ") + what + " for path queries");
  }
}

// One pass counts each node's arcs, a second places them at their node's
// offset in edge-id order (a stable counting sort), as the CSR wants them.
std::shared_ptr<const ArcIndex> build_arc_index(const KnowledgeGraph& graph, bool collapse_persons) {
  const std::size_t n = graph.node_count();
  check_size(n, "nodes");
  check_size(2 * graph.edge_count(), "edges");
  PathFilter collapse;
  collapse.collapse_persons = collapse_persons;
  std::vector<std::uint32_t> rep(n);
  for (NodeId v = 0; v < n; ++v) rep[v] = static_cast<std::uint32_t>(representative(graph, v, collapse));
  auto index = std::make_shared<ArcIndex>();
  std::vector<std::size_t> next(n + 1, 0);  // first the arcs per node, then where the next one goes
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    const RelationEdge& e = graph.edge(id);
    if (rep[e.source] == rep[e.target]) continue;  // a loop (or a person and their own state)
    ++next[rep[e.source] + 1];
    ++next[rep[e.target] + 1];
    index->negative_confidence = index->negative_confidence || e.confidence < 0.0;
  }
  for (std::size_t v = 0; v < n; ++v) next[v + 1] += next[v];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends(next[n]);
  std::vector<Arc> arcs(next[n]);
  auto place = [&](std::uint32_t from, std::uint32_t to, const Arc& arc) {
    const std::size_t at = next[from]++;
    ends[at] = {from, to};
    arcs[at] = arc;
  };
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    const RelationEdge& e = graph.edge(id);
    const std::uint32_t s = rep[e.source];
    const std::uint32_t t = rep[e.target];
    if (s == t) continue;
    const auto edge = static_cast<std::uint32_t>(id);
    place(s, t, Arc{edge, true, e.symmetric, e.negated});
    place(t, s, Arc{edge, false, e.symmetric, e.negated});
  }
  index->arcs = ArcGraph(boost::edges_are_sorted, ends.begin(), ends.end(), arcs.begin(),
                         static_cast<std::uint32_t>(n));
  return index;
}

}  // namespace

std::shared_ptr<const ArcIndex> arc_index(const KnowledgeGraph& graph, bool collapse_persons) {
  const auto& impl = graph.impl();
  std::lock_guard lock(impl.arcs_mutex);
  auto& slot = impl.arcs[collapse_persons ? 1 : 0];
  if (!slot) slot = build_arc_index(graph, collapse_persons);
  return slot;
}

View::View(const KnowledgeGraph& graph, const PathFilter& filter)
    : m_graph(graph), m_filter(filter), m_index(arc_index(graph, filter.collapse_persons)) {
  // Such a filter (the default is one) decides by the arc's negated flag
  // alone: edge_passes' other tests keep every edge, as long as no
  // confidence is negative (one could fall below min_confidence).
  m_negation_only = filter.relations.empty() && !filter.has_window() && filter.min_count == 0 &&
                    filter.min_confidence <= 0.0 && !m_index->negative_confidence && filter.include_background;
  if (!m_negation_only) m_passes.assign(graph.edge_count(), -1);
}

bool View::walks(ArcDescriptor a, bool reversed) const {
  const Arc& arc = m_index->arcs[a];
  const bool forward = arc.forward != reversed;
  if (!forward && !arc.symmetric && m_filter.direction != Direction::either) return false;
  if (m_negation_only) return !arc.negated || m_filter.include_negated;
  return passes(arc.edge);
}

bool View::passes(EdgeId edge) const {
  signed char& known = m_passes[edge];
  if (known < 0) known = edge_passes(m_graph, edge, m_filter) ? 1 : 0;
  return known == 1;
}

double View::weight(EdgeId edge) const {
  if (m_filter.weighting != Weighting::confidence) return 1.0;
  // 1/confidence: a hop costs at least 1, and a weak one up to 20.
  return 1.0 / std::max(support(m_graph.edge(edge), m_filter).confidence, 0.05);
}

Hop View::hop(ArcDescriptor a) const {
  const Arc& arc = m_index->arcs[a];
  return Hop{arc.edge, boost::source(a, m_index->arcs), boost::target(a, m_index->arcs), arc.forward};
}

}  // namespace detail
}  // namespace kankei::graph
