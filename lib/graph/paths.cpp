// Shortest paths with Boost's Dijkstra, and Yen's k shortest loopless paths
// on top of it. This file's external interface is shortest_path and
// k_shortest_paths; the search helper is private.
#include <algorithm>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <limits>

#include "graph/view.hpp"

namespace kankei::graph {
namespace {

using detail::View;
using detail::ViewEdgeDescriptor;
using detail::ViewGraph;

// What Yen's algorithm takes away for one spur search.
struct Removed {
  std::vector<char> edges;     // by view edge index
  std::vector<char> vertices;  // by node id
};

struct KeepEdge {
  const ViewGraph* graph = nullptr;
  const Removed* removed = nullptr;
  bool operator()(ViewEdgeDescriptor e) const { return !removed->edges[(*graph)[e].index]; }
};

struct KeepVertex {
  const Removed* removed = nullptr;
  bool operator()(std::size_t v) const { return !removed->vertices[v]; }
};

Removed nothing_removed(const View& view) {
  return Removed{std::vector<char>(view.by_index.size(), 0), std::vector<char>(boost::num_vertices(view.graph), 0)};
}

// Dijkstra from `from` to `to` on the view minus `removed`.
std::optional<Path> search(const View& view, NodeId from, NodeId to, const Removed& removed) {
  if (from == to) return Path{};
  if (removed.vertices[from] || removed.vertices[to]) return std::nullopt;
  const boost::filtered_graph<ViewGraph, KeepEdge, KeepVertex> g(view.graph, KeepEdge{&view.graph, &removed},
                                                                   KeepVertex{&removed});
  const std::size_t n = boost::num_vertices(view.graph);
  constexpr double unreached = std::numeric_limits<double>::infinity();
  std::vector<double> distance(n, unreached);
  std::vector<ViewEdgeDescriptor> via(n);  // the edge each vertex was last reached by
  boost::dijkstra_shortest_paths(
      g, from,
      boost::weight_map(boost::get(&detail::ViewEdge::weight, view.graph))
          .distance_map(boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g)))
          .distance_inf(unreached)  // Boost's default is max(), not infinity
          .visitor(boost::make_dijkstra_visitor(boost::record_edge_predecessors(
              boost::make_iterator_property_map(via.begin(), boost::get(boost::vertex_index, g)),
              boost::on_edge_relaxed()))));
  if (distance[to] == unreached) return std::nullopt;
  Path path;
  path.cost = distance[to];
  for (std::size_t v = to; v != from; v = boost::source(via[v], view.graph)) path.hops.push_back(view.hop(via[v]));
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
  const View view = detail::make_view(graph, filter);
  return search(view, representative(graph, from, filter), representative(graph, to, filter),
                nothing_removed(view));
}

// Yen (1971): the i-th path's every prefix ("root") is extended by the
// cheapest "spur" that leaves the root's last node by an edge no accepted
// path with the same root took, and that avoids the root's other nodes.
// The cheapest of all such candidates is the next path.
std::vector<Path> k_shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t k,
                                   const PathFilter& filter) {
  if (k == 0) return {};
  const View view = detail::make_view(graph, filter);
  from = representative(graph, from, filter);
  to = representative(graph, to, filter);
  auto first = search(view, from, to, nothing_removed(view));
  if (!first) return {};
  std::vector<Path> accepted{std::move(*first)};
  std::vector<Path> candidates;
  while (accepted.size() < k && !accepted.back().hops.empty()) {
    const Path last = accepted.back();
    double root_cost = 0.0;
    for (std::size_t i = 0; i < last.hops.size(); ++i) {
      Removed removed = nothing_removed(view);
      for (const Path& p : accepted) {
        if (p.hops.size() > i && std::equal(last.hops.begin(), last.hops.begin() + i, p.hops.begin())) {
          removed.edges[view.index(p.hops[i])] = 1;
        }
      }
      for (std::size_t j = 0; j < i; ++j) removed.vertices[last.hops[j].from] = 1;
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
      root_cost += view.weight(last.hops[i]);
    }
    if (candidates.empty()) break;
    auto best = std::min_element(candidates.begin(), candidates.end(), better);
    accepted.push_back(std::move(*best));
    candidates.erase(best);
  }
  return accepted;
}

}  // namespace kankei::graph
