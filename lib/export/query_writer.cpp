// Paths and edge lists as `kankei path` and `kankei neighbors` print them.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace kankei::exporter {
namespace {

using graph::KnowledgeGraph;
using graph::PathFilter;
using graph::RelationEdge;

// "カザフスタン (KAZ)"; the id alone when the node has no label.
std::string name(const KnowledgeGraph& g, graph::NodeId n) {
  const auto& node = g.node(n);
  if (node.label.empty() || node.label == node.id) return node.id;
  return node.label + " (" + node.id + ")";
}

// "-[supplies 供与]->" when walked forward, "<-[supplies 供与]-" backward,
// "<-[negotiates 交渉]->" for symmetric relations.
std::string arrow(const RelationEdge& e, bool forward, const StyleMap& styles) {
  std::string label = e.relation;
  if (auto it = styles.find(e.relation); it != styles.end() && !it->second.label.empty()) {
    label += " " + it->second.label;
  }
  if (e.negated) label = "not " + label;
  const bool left = e.symmetric || !forward;
  const bool right = e.symmetric || forward;
  return std::string(left ? "<-[" : "-[") + label + (right ? "]->" : "]-");
}

std::string fixed2(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// One edge walked from `from` to `to`, then its strongest evidence:
//   カザフスタン (KAZ) <-[supplies 供与]- ロシア (RUS)  ×2, confidence 0.90
//       01-central-asia 2026-01-10 [120-151]: ロシアはカザフスタンに…
void write_step(const KnowledgeGraph& g, const StyleMap& styles, graph::EdgeId id, graph::NodeId from,
                graph::NodeId to, bool forward, const PathFilter& filter, const char* indent, std::ostream& out) {
  const RelationEdge& e = g.edge(id);
  out << indent << name(g, from) << ' ' << arrow(e, forward, styles) << ' ' << name(g, to);
  if (e.background) {
    out << "  (dictionary)";
  } else {
    const auto s = graph::support(e, filter);
    out << "  ×" << s.count << ", confidence " << fixed2(s.confidence);
    if (e.hypothetical) out << ", hypothetical";
  }
  // With persons collapsed, say who the edge was really between.
  const auto [source, target] = forward ? std::pair{from, to} : std::pair{to, from};
  if (source != e.source || target != e.target) {
    out << "  [" << g.node(e.source).id << ' ' << e.relation << ' ' << g.node(e.target).id << ']';
  }
  out << '\n';
  if (const auto* ev = graph::strongest_evidence(e, filter)) {
    out << indent << "    " << ev->doc;
    if (!ev->date.empty()) out << ' ' << ev->date;
    out << " [" << ev->begin << '-' << ev->end << "]: " << ev->sentence << '\n';
  }
}

nlohmann::ordered_json evidence_json(const graph::Evidence* ev) {
  if (!ev) return nullptr;
  return nlohmann::ordered_json{{"doc", ev->doc},         {"date", ev->date},   {"sentence", ev->sentence},
                                {"sentence_index", ev->sentence_index},       {"begin", ev->begin},
                                {"end", ev->end},         {"trigger", ev->trigger}, {"rule", ev->rule},
                                {"confidence", ev->confidence}, {"hypothetical", ev->hypothetical}};
}

}  // namespace

void write_paths_text(const KnowledgeGraph& g, const StyleMap& styles, const std::vector<graph::Path>& paths,
                      const PathFilter& filter, std::ostream& out) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto& p = paths[i];
    if (p.hops.empty()) continue;
    out << "path " << (i + 1) << ": " << name(g, p.hops.front().from) << " → " << name(g, p.hops.back().to) << ", "
        << p.hops.size() << (p.hops.size() == 1 ? " hop" : " hops");
    if (filter.weighting != graph::Weighting::hops) out << ", cost " << fixed2(p.cost);
    out << '\n';
    for (const auto& h : p.hops) write_step(g, styles, h.edge, h.from, h.to, h.forward, filter, "  ", out);
  }
}

void write_paths_json(const KnowledgeGraph& g, const std::vector<graph::Path>& paths, const PathFilter& filter,
                      std::ostream& out) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const auto& p : paths) {
    nlohmann::ordered_json hops = nlohmann::ordered_json::array();
    for (const auto& h : p.hops) {
      const RelationEdge& e = g.edge(h.edge);
      const auto s = graph::support(e, filter);
      hops.push_back(nlohmann::ordered_json{{"edge", h.edge},
                                            {"from", g.node(h.from).id},
                                            {"to", g.node(h.to).id},
                                            {"forward", h.forward},
                                            {"source", g.node(e.source).id},
                                            {"relation", e.relation},
                                            {"target", g.node(e.target).id},
                                            {"symmetric", e.symmetric},
                                            {"count", s.count},
                                            {"confidence", s.confidence},
                                            {"negated", e.negated},
                                            {"hypothetical", e.hypothetical},
                                            {"background", e.background},
                                            {"evidence", evidence_json(graph::strongest_evidence(e, filter))}});
    }
    all.push_back(nlohmann::ordered_json{{"cost", p.cost}, {"hops", std::move(hops)}});
  }
  out << all.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_edges_text(const KnowledgeGraph& g, const StyleMap& styles, const std::vector<graph::EdgeId>& edges,
                      const PathFilter& filter, std::ostream& out) {
  for (graph::EdgeId id : edges) {
    const RelationEdge& e = g.edge(id);
    write_step(g, styles, id, e.source, e.target, true, filter, "  ", out);
  }
}

}  // namespace kankei::exporter
