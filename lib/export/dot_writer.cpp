// GraphViz DOT output, styled for reading: one colour per relation.
#include <cmath>
#include <set>

#include "export/export.hpp"

namespace kankei::exporter {

StyleMap styles_from(const mentions::Lexicon& lexicon) {
  StyleMap out;
  for (const auto& r : lexicon.relations()) out[r.name] = RelationStyle{r.colour, r.label_ja, r.cameo};
  out["member_of"] = RelationStyle{"#999999", "加盟", ""};
  out["leader_of"] = RelationStyle{"#999999", "指導者", ""};
  out["official_of"] = RelationStyle{"#999999", "所属", ""};
  return out;
}

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

void write_dot(const graph::KnowledgeGraph& g, const StyleMap& styles, const DotOptions& options, std::ostream& out) {
  const std::string font = dot_quote(options.font);
  out << "digraph kankei {\n"
      << "  graph [rankdir=LR, overlap=false, splines=true, fontname=" << font << "];\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", fontname=" << font << "];\n"
      << "  edge [fontname=" << font << ", fontsize=10];\n";
  std::set<graph::NodeId> used;
  std::set<std::string> relations_drawn;
  auto drawn = [&](const graph::RelationEdge& e) {
    return (options.include_negated || !e.negated) && (options.include_background || !e.background);
  };
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    if (!drawn(e)) continue;
    used.insert(e.source);
    used.insert(e.target);
  }
  for (graph::NodeId n : used) {
    const auto& node = g.node(n);
    const char* shape = node.kind == "person" ? "ellipse" : node.kind == "state" ? "box" : "hexagon";
    out << "  " << dot_quote(node.id) << " [label=" << dot_quote(node.label.empty() ? node.id : node.label)
        << ", tooltip=" << dot_quote(node.id + " " + node.name_en) << ", shape=" << shape << "];\n";
  }
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    if (!drawn(e)) continue;
    auto it = styles.find(e.relation);
    const RelationStyle style = it == styles.end() ? RelationStyle{} : it->second;
    relations_drawn.insert(e.relation);
    const double width = 1.0 + std::log2(static_cast<double>(std::max<std::size_t>(e.count, 1)));
    std::string label = style.label.empty() ? e.relation : style.label;
    if (e.count > 1) label += " ×" + std::to_string(e.count);
    if (e.negated) label = "否定: " + label;
    std::string style_attr = e.background ? "dotted" : e.hypothetical ? "dashed" : "solid";
    out << "  " << dot_quote(g.node(e.source).id) << " -> " << dot_quote(g.node(e.target).id)
        << " [label=" << dot_quote(label) << ", color=" << dot_quote(style.colour)
        << ", fontcolor=" << dot_quote(style.colour) << ", penwidth=" << width << ", style=" << style_attr;
    if (e.symmetric) out << ", dir=both";
    if (!e.evidence.empty()) out << ", tooltip=" << dot_quote(e.evidence.front().sentence);
    out << "];\n";
  }
  if (options.legend && !relations_drawn.empty()) {
    out << "  subgraph cluster_legend {\n    label=\"凡例 legend\"; style=dashed; color=\"#bbbbbb\";\n";
    int k = 0;
    for (const auto& name : relations_drawn) {
      auto it = styles.find(name);
      const RelationStyle style = it == styles.end() ? RelationStyle{} : it->second;
      out << "    legend_" << k << " [shape=plaintext, style=\"\", label=" << dot_quote(style.label + " " + name)
          << ", fontcolor=" << dot_quote(style.colour) << "];\n";
      ++k;
    }
    out << "  }\n";
  }
  out << "}\n";
}

}  // namespace kankei::exporter
