// Records -> KnowledgeGraph edges; dictionary facts -> background edges.
#include "pipeline/graph_builder.hpp"

namespace kankei::pipeline {
namespace {

bool is_leader_role(const std::string& role) {
  for (const char* word : {"president", "prime minister", "supreme leader", "chancellor", "king", "emir",
                           "crown prince", "leader", "chairman", "general secretary", "secretary general",
                           "director general", "head"}) {
    if (role.find(word) != std::string::npos && role.find("vice") == std::string::npos &&
        role.find("deputy") == std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

graph::NodeId node_for(graph::KnowledgeGraph& graph, const mentions::Actor& actor,
                       const mentions::ActorTable& table) {
  if (auto id = graph.find(actor.id)) return *id;
  return graph.add_actor(graph::ActorNode{actor.id, std::string(mentions::to_string(actor.kind)), actor.name_ja,
                                          actor.name_en, table.affiliation(actor)});
}

void add_records(graph::KnowledgeGraph& graph, const std::vector<RelationRecord>& records,
                 const Resources& resources) {
  const auto& table = resources.actors;
  for (const auto& r : records) {
    const auto* source = table.find_id(r.source);
    const auto* target = table.find_id(r.target);
    const int relation = resources.lexicon.find_relation(r.relation);
    if (!source || !target || relation < 0) continue;
    const auto s = node_for(graph, *source, table);
    const auto t = node_for(graph, *target, table);
    graph::Evidence evidence{r.doc,     r.date,    r.sentence, r.sentence_index, r.begin,
                             r.end,     r.trigger, r.rule,     r.confidence,     r.hypothetical};
    graph.add_mention(s, r.relation, t, resources.lexicon.relations()[relation].symmetric, r.negated,
                      std::move(evidence));
  }
}

void add_background_edges(graph::KnowledgeGraph& graph, const Resources& resources) {
  const auto& table = resources.actors;
  const std::size_t original = graph.node_count();
  for (graph::NodeId n = 0; n < original; ++n) {
    const auto* actor = table.find_id(graph.node(n).id);
    if (!actor || actor->kind != mentions::ActorKind::person) continue;
    const std::string& home = !actor->org.empty() ? actor->org : actor->state;
    if (const auto* org = table.find_id(home)) {
      graph.add_background(n, is_leader_role(actor->role) ? "leader_of" : "official_of", node_for(graph, *org, table));
    }
  }
  for (const auto& group : table.actors()) {
    if (group.members.empty()) continue;
    const auto g = graph.find(group.id);
    if (!g) continue;
    for (const auto& member : group.members) {
      if (auto m = graph.find(member)) graph.add_background(*m, "member_of", *g);
    }
  }
}

}  // namespace kankei::pipeline
