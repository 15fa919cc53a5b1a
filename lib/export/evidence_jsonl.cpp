// Evidence as JSON: the per-mention JSON Lines export and the compact
// summary that flat formats (GraphML, CSV) carry in one attribute.
#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace kankei::exporter {

namespace {
// Invalid UTF-8 cannot reach a graph through read_json, but a graph built
// in code could hold it; replacing it keeps the writers from throwing.
constexpr auto replace_invalid = nlohmann::json::error_handler_t::replace;
}  // namespace

std::string evidence_summary(const graph::RelationEdge& edge) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& ev : edge.evidence) {
    out.push_back(nlohmann::ordered_json{{"doc", ev.doc},
                                         {"date", ev.date},
                                         {"sentence", ev.sentence},
                                         {"begin", ev.begin},
                                         {"end", ev.end},
                                         {"trigger", ev.trigger},
                                         {"rule", ev.rule},
                                         {"confidence", ev.confidence},
                                         {"hypothetical", ev.hypothetical}});
  }
  return out.dump(-1, ' ', false, replace_invalid);
}

void write_evidence_jsonl(const graph::KnowledgeGraph& g, std::ostream& out) {
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    const auto& source = g.node(e.source);
    const auto& target = g.node(e.target);
    for (const auto& ev : e.evidence) {
      // The key order of `kankei extract`, so both streams read alike.
      nlohmann::ordered_json j{{"doc", ev.doc},
                               {"sentence", ev.sentence},
                               {"sentence_index", ev.sentence_index},
                               {"begin", ev.begin},
                               {"end", ev.end},
                               {"source", source.id},
                               {"relation", e.relation},
                               {"target", target.id},
                               {"source_affiliation", source.affiliation},
                               {"target_affiliation", target.affiliation},
                               {"negated", e.negated},
                               {"hypothetical", ev.hypothetical},
                               {"trigger", ev.trigger},
                               {"rule", ev.rule},
                               {"confidence", ev.confidence}};
      if (!ev.date.empty()) j["date"] = ev.date;
      out << j.dump(-1, ' ', false, replace_invalid) << '\n';
    }
  }
}

}  // namespace kankei::exporter
