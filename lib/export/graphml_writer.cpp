// GraphML for networkx, Gephi and yEd: typed keys, flat attributes.
#include <charconv>

#include "export/export.hpp"

namespace kankei::exporter {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;    // GraphML attr.type
};

// Every attribute is declared, so readers type the values instead of
// guessing: networkx turns "int" into int and "boolean" into bool.
constexpr Key keys[] = {
    {"n_label", "node", "label", "string"},          {"n_kind", "node", "kind", "string"},
    {"n_name_en", "node", "name_en", "string"},      {"n_affiliation", "node", "affiliation", "string"},
    {"e_relation", "edge", "relation", "string"},    {"e_label", "edge", "label", "string"},
    {"e_colour", "edge", "colour", "string"},        {"e_count", "edge", "count", "int"},
    {"e_confidence", "edge", "confidence", "double"}, {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_negated", "edge", "negated", "boolean"},     {"e_hypothetical", "edge", "hypothetical", "boolean"},
    {"e_background", "edge", "background", "boolean"}, {"e_evidence", "edge", "evidence", "string"},
};

void data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

// The shortest text that reads back as the same double: 0.85, not 0.84999...
std::string number(double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

const char* boolean(bool value) { return value ? "true" : "false"; }

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 has no way to write other control characters at all.
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

void write_graphml(const graph::KnowledgeGraph& g, const StyleMap& styles, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : keys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  }
  out << "  <graph id=\"kankei\" edgedefault=\"directed\">\n";
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    out << "    <node id=\"" << xml_escape(n.id) << "\">\n";
    data(out, "n_label", n.label.empty() ? n.id : n.label);
    data(out, "n_kind", n.kind);
    data(out, "n_name_en", n.name_en);
    data(out, "n_affiliation", n.affiliation);
    out << "    </node>\n";
  }
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    auto style = styles.find(e.relation);
    const RelationStyle s = style == styles.end() ? RelationStyle{} : style->second;
    out << "    <edge id=\"e" << i << "\" source=\"" << xml_escape(g.node(e.source).id) << "\" target=\""
        << xml_escape(g.node(e.target).id) << "\">\n";
    data(out, "e_relation", e.relation);
    data(out, "e_label", s.label.empty() ? e.relation : s.label);
    data(out, "e_colour", s.colour);
    data(out, "e_count", std::to_string(e.count));
    data(out, "e_confidence", number(e.confidence));
    data(out, "e_symmetric", boolean(e.symmetric));
    data(out, "e_negated", boolean(e.negated));
    data(out, "e_hypothetical", boolean(e.hypothetical));
    data(out, "e_background", boolean(e.background));
    data(out, "e_evidence", evidence_summary(e));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kankei::exporter
