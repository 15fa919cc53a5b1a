// Finding an actor of a graph by the name a user types.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace kankei::graph {

// The node `name` names: its id exactly, then its id, Japanese label or
// English name ignoring ASCII case ("kaz", "カザフスタン", "kazakhstan").
// Nullopt when nothing matches; the first node in id order wins a tie.
std::optional<NodeId> find_actor(const KnowledgeGraph& graph, std::string_view name);

// Up to `limit` nodes whose id, label or English name is nearest `name`,
// nearest first, for "did you mean" messages: names containing `name` (or
// contained in it) come first, then small edit distances in code points.
// Names too far from `name` to be a typo of it are left out.
//   "Rusia" => {RUS}   "カザフ" => {KAZ}   "zzzz" => {}
std::vector<NodeId> closest_actors(const KnowledgeGraph& graph, std::string_view name, std::size_t limit = 3);

// Levenshtein distance between two code-point strings.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

}  // namespace kankei::graph
