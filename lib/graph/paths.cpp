// Shortest paths with Boost's Dijkstra, and Yen's k shortest loopless paths
// on top of it, over the graph's cached arc index. This file's external
// interface is shortest_path and k_shortest_paths; the search helper is
// private.
#include <algorithm>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <limits>

#include "graph/view.hpp"

namespace kankei::graph {
namespace {

using detail::ArcDescriptor;
using detail::ArcGraph;
using detail::Removed;
using detail::View;

// The arcs a search may take: those the filter walks, minus Yen's removals.
struct KeepArc {
  const View* view = nullptr;
  const Removed* removed = nullptr;
  bool operator()(ArcDescriptor a) const {
    if (!view->walks(a)) return false;
    if (removed->arcs.empty()) return true;
    const detail::Arc& arc = view->arcs()[a];
    return std::find(removed->arcs.begin(), removed->arcs.end(), std::pair<EdgeId, bool>{arc.edge, arc.forward}) ==
           removed->arcs.end();
  }
};

struct KeepNode {
  const Removed* removed = nullptr;
  bool operator()(std::uint32_t v) const { return removed->nodes.empty() || !removed->nodes[v]; }
};

// Thrown to end a search once the target's distance is final: Boost's way
// of stopping one of its algorithms early.
struct Reached {};

// Records the arc each node was last reached by, and stops the search once
// `to` can get no cheaper: when Dijkstra takes it from the queue, or, when
// every hop costs 1, as soon as it is first reached. (Dijkstra takes nodes
// in order of distance, so the first arc to reach `to` leaves from a nearest
// node before it, and an equal arc found later does not replace it.) Up to
// that moment the search is the full search, so the path is the same.
class Recorder : public boost::default_dijkstra_visitor {
 public:
  Recorder(std::vector<ArcDescriptor>* via, std::uint32_t to, bool unit_weights)
      : m_via(via), m_to(to), m_unit_weights(unit_weights) {}

  template <typename Graph>
  void edge_relaxed(ArcDescriptor a, const Graph& g) {
    const auto reached = boost::target(a, g);
    (*m_via)[reached] = a;
    if (m_unit_weights && reached == m_to) throw Reached{};
  }
  template <typename Graph>
  void examine_vertex(std::uint32_t v, const Graph&) {
    if (v == m_to) throw Reached{};
  }

 private:
  std::vector<ArcDescriptor>* m_via;
  std::uint32_t m_to;
  bool m_unit_weights;
};

// Dijkstra from `from` to `to` on the view minus `removed`.
std::optional<Path> search(const View& view, NodeId from, NodeId to, const Removed& removed) {
  if (from == to) return Path{};
  if (!removed.nodes.empty() && (removed.nodes[from] || removed.nodes[to])) return std::nullopt;
  const boost::filtered_graph<ArcGraph, KeepArc, KeepNode> g(view.arcs(), KeepArc{&view, &removed},
                                                             KeepNode{&removed});
  const std::size_t n = view.node_count();
  constexpr double unreached = std::numeric_limits<double>::infinity();
  std::vector<double> distance(n, unreached);
  std::vector<ArcDescriptor> via(n);  // the arc each node was last reached by
  const auto weight = boost::make_function_property_map<ArcDescriptor, double>(
      [&view](ArcDescriptor a) { return view.weight(view.arcs()[a].edge); });
  const auto index = boost::get(boost::vertex_index, g);
  try {
    boost::dijkstra_shortest_paths(
        g, static_cast<std::uint32_t>(from),
        boost::weight_map(weight)
            .distance_map(boost::make_iterator_property_map(distance.begin(), index))
            .distance_inf(unreached)  // Boost's default is max(), not infinity
            .visitor(Recorder(&via, static_cast<std::uint32_t>(to), view.unit_weights())));
  } catch (const Reached&) {
    // `to` is settled; the rest of the graph does not matter.
  }
  if (distance[to] == unreached) return std::nullopt;
  Path path;
  path.cost = distance[to];
  for (std::size_t v = to; v != from; v = boost::source(via[v], view.arcs())) path.hops.push_back(view.hop(via[v]));
  std::reverse(path.hops.begin(), path.hops.end());
  return path;
}

// Cheaper first; then fewer hops; then by edge ids, so that the order of
// equally good paths does not depend on the search.
bool better(const Path& a, const Path& b) {
  if (a.cost != b.cost) return a.cost < b.cost;
  if (a.hops.size() != b.hops.size()) return a.hops.size() < b.hops.size();
  return std::lexicographical_compare(a.hops.begin(), a.hops.end(), b.hops.begin(), b.hops.end(),
                                      [](const Hop& x, const Hop& y) {
                                        return std::tie(x.edge, x.forward) < std::tie(y.edge, y.forward);
                                      });
}

bool same_hops(const Path& a, const Path& b) { return a.hops == b.hops; }

}  // namespace

std::optional<Path> shortest_path(const KnowledgeGraph& graph, NodeId from, NodeId to, const PathFilter& filter) {
  const View view(graph, filter);
  return search(view, representative(graph, from, filter), representative(graph, to, filter), Removed{});
}

// Yen (1971): the i-th path's every prefix ("root") is extended by the
// cheapest "spur" that leaves the root's last node by an edge no accepted
// path with the same root took, and that avoids the root's other nodes.
// The cheapest of all such candidates is the next path.
std::vector<Path> k_shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t k,
                                   const PathFilter& filter) {
  if (k == 0) return {};
  const View view(graph, filter);
  from = representative(graph, from, filter);
  to = representative(graph, to, filter);
  auto first = search(view, from, to, Removed{});
  if (!first) return {};
  std::vector<Path> accepted{std::move(*first)};
  std::vector<Path> candidates;
  while (accepted.size() < k && !accepted.back().hops.empty()) {
    const Path last = accepted.back();
    double root_cost = 0.0;
    for (std::size_t i = 0; i < last.hops.size(); ++i) {
      Removed removed;
      for (const Path& p : accepted) {
        if (p.hops.size() > i && std::equal(last.hops.begin(), last.hops.begin() + i, p.hops.begin())) {
          removed.arcs.emplace_back(p.hops[i].edge, p.hops[i].forward);
        }
      }
      removed.nodes.assign(view.node_count(), 0);
      for (std::size_t j = 0; j < i; ++j) removed.nodes[last.hops[j].from] = 1;
      if (auto spur = search(view, last.hops[i].from, to, removed)) {
        Path total;
        total.hops.assign(last.hops.begin(), last.hops.begin() + i);
        total.hops.insert(total.hops.end(), spur->hops.begin(), spur->hops.end());
        total.cost = root_cost + spur->cost;
        auto seen = [&](const Path& p) { return same_hops(p, total); };
        if (std::none_of(candidates.begin(), candidates.end(), seen) &&
            std::none_of(accepted.begin(), accepted.end(), seen)) {
          candidates.push_back(std::move(total));
        }
      }
      root_cost += view.weight(last.hops[i].edge);
    }
    if (candidates.empty()) break;
    auto best = std::min_element(candidates.begin(), candidates.end(), better);
    accepted.push_back(std::move(*best));
    candidates.erase(best);
  }
  return accepted;
}

}  // namespace kankei::graph
