// Actor names to nodes: exact and case-insensitive matches, and suggestions.
#include "graph/lookup.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "core/utf8.hpp"

namespace kankei::graph {
namespace {

// Code points with ASCII letters lowered: ids and English names are ASCII,
// and Japanese has no case to fold.
std::u32string folded(std::string_view text) {
  auto decoded = utf8::decode(text);
  if (!decoded) return {};
  std::u32string out = std::move(*decoded);
  for (char32_t& c : out) {
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
  }
  return out;
}

std::vector<std::u32string> names_of(const ActorNode& n) {
  std::vector<std::u32string> out;
  for (const std::string* s : {&n.id, &n.label, &n.name_en}) {
    if (!s->empty()) out.push_back(folded(*s));
  }
  return out;
}

}  // namespace

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<NodeId> find_actor(const KnowledgeGraph& graph, std::string_view name) {
  if (auto exact = graph.find(name)) return exact;
  const std::u32string wanted = folded(name);
  if (wanted.empty()) return std::nullopt;
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    for (const auto& candidate : names_of(graph.node(n))) {
      if (candidate == wanted) return n;
    }
  }
  return std::nullopt;
}

std::vector<NodeId> closest_actors(const KnowledgeGraph& graph, std::string_view name, std::size_t limit) {
  const std::u32string wanted = folded(name);
  if (wanted.empty()) return {};
  // (tier, distance, node): tier 0 for containment, 1 for a near spelling.
  std::vector<std::tuple<int, std::size_t, NodeId>> scored;
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    std::optional<std::tuple<int, std::size_t>> best;
    for (const auto& candidate : names_of(graph.node(n))) {
      std::tuple<int, std::size_t> score;
      const std::size_t gap = candidate.size() > wanted.size() ? candidate.size() - wanted.size()
                                                               : wanted.size() - candidate.size();
      // One shared character says little, so containment needs two.
      const bool contains = std::min(candidate.size(), wanted.size()) >= 2 &&
                            (candidate.find(wanted) != std::u32string::npos ||
                             wanted.find(candidate) != std::u32string::npos);
      if (contains) {
        score = {0, gap};
      } else {
        // A typo changes a few characters: allow about one in three.
        const std::size_t d = edit_distance(wanted, candidate);
        if (d > std::max<std::size_t>(1, wanted.size() / 3)) continue;
        score = {1, d};
      }
      if (!best || score < *best) best = score;
    }
    if (best) scored.emplace_back(std::get<0>(*best), std::get<1>(*best), n);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<NodeId> out;
  for (const auto& s : scored) {
    if (out.size() == limit) break;
    out.push_back(std::get<2>(s));
  }
  return out;
}

}  // namespace kankei::graph
