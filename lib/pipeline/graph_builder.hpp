// Turning relation records into graph edges, and the dictionary's background edges.
#pragma once

#include <vector>

#include "graph/graph.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::pipeline {

// Adds each record as a mention of its edge (evidence included). Records are
// added in the order given, so the graph is the same whatever the threads did.
void add_records(graph::KnowledgeGraph& graph, const std::vector<RelationRecord>& records,
                 const Resources& resources);

// Background edges from the dictionary, marked background=true: a person to
// their state or organisation (leader_of for heads, official_of for others),
// and member_of from a state to an organisation or group, when both ends are
// already in the graph (a person's state is added when missing).
void add_background_edges(graph::KnowledgeGraph& graph, const Resources& resources);

// The node for dictionary actor `actor`, added when new.
graph::NodeId node_for(graph::KnowledgeGraph& graph, const mentions::Actor& actor,
                       const mentions::ActorTable& table);

}  // namespace kankei::pipeline
