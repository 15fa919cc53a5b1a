// all_simple_paths: depth-first search, one path length at a time.
#include <algorithm>
#include <deque>
#include <limits>

#include "graph/view.hpp"

namespace kankei::graph {
namespace {

using detail::View;

// A bound on the search's work: a dense graph has more simple paths than
// anyone can read, and the answer is then marked truncated.
constexpr std::size_t max_steps = 5'000'000;

struct Search {
  const View& view;
  NodeId to;
  std::vector<std::size_t> hops_to_target;  // unweighted distance to `to`, by node
  std::vector<char> on_path;
  std::vector<Hop> hops;
  std::vector<Path> found;
  std::size_t wanted = 0;
  std::size_t steps = 0;

  bool done() const { return found.size() >= wanted || steps >= max_steps; }

  // Extends `hops` (ending at `at`) by exactly `left` more hops to `to`.
  void extend(NodeId at, std::size_t left) {
    for (auto [it, end] = boost::out_edges(static_cast<std::uint32_t>(at), view.arcs()); it != end && !done(); ++it) {
      if (!view.walks(*it)) continue;
      ++steps;
      const NodeId next = boost::target(*it, view.arcs());
      // A node farther from the target than the hops left cannot be on a
      // path of this length; skipping it keeps the search near the answer.
      if (on_path[next] || hops_to_target[next] > left - 1) continue;
      hops.push_back(view.hop(*it));
      if (next == to) {
        if (left == 1) found.push_back(Path{hops, 0.0});
      } else if (left > 1) {
        on_path[next] = 1;
        extend(next, left - 1);
        on_path[next] = 0;
      }
      hops.pop_back();
    }
  }
};

// Hops from every node to `to` (max() where `to` cannot be reached):
// breadth-first from `to`, walking arcs backwards.
std::vector<std::size_t> hops_to(const View& view, NodeId to) {
  std::vector<std::size_t> hops(view.node_count(), std::numeric_limits<std::size_t>::max());
  hops[to] = 0;
  std::deque<NodeId> queue{to};
  while (!queue.empty()) {
    const NodeId v = queue.front();
    queue.pop_front();
    for (auto [it, end] = boost::out_edges(static_cast<std::uint32_t>(v), view.arcs()); it != end; ++it) {
      const NodeId u = boost::target(*it, view.arcs());
      if (hops[u] != std::numeric_limits<std::size_t>::max() || !view.walks(*it, true)) continue;
      hops[u] = hops[v] + 1;
      queue.push_back(u);
    }
  }
  return hops;
}

}  // namespace

SimplePaths all_simple_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, std::size_t max_hops,
                             std::size_t limit, const PathFilter& filter) {
  SimplePaths result;
  if (limit == 0) return result;
  const View view(graph, filter);
  from = representative(graph, from, filter);
  to = representative(graph, to, filter);
  if (from == to) return result;
  Search search{view, to, hops_to(view, to), std::vector<char>(view.node_count(), 0), {}, {}, limit + 1, 0};
  search.on_path[from] = 1;
  // Growing the length one hop at a time lists short paths first and lets
  // the limit cut off long ones rather than short ones.
  for (std::size_t length = 1; length <= max_hops && !search.done(); ++length) {
    if (search.hops_to_target[from] > length) continue;
    search.extend(from, length);
  }
  result.truncated = search.found.size() > limit || search.steps >= max_steps;
  if (search.found.size() > limit) search.found.resize(limit);
  for (auto& path : search.found) {
    for (const Hop& hop : path.hops) path.cost += view.weight(hop.edge);
  }
  result.paths = std::move(search.found);
  return result;
}

}  // namespace kankei::graph
