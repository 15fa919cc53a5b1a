// Neo4j bulk-import CSV: one file of nodes, one of relationships.
#include <cctype>

#include "export/export.hpp"

namespace kankei::exporter {
namespace {

// "armed_group" => "ArmedGroup": Neo4j labels are conventionally PascalCase.
std::string pascal_case(std::string_view snake) {
  std::string out;
  bool upper = true;
  for (char c : snake) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// "member_of" => "MEMBER_OF": relationship types are conventionally upper case.
std::string upper_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const char* boolean(bool value) { return value ? "true" : "false"; }

}  // namespace

std::string csv_field(std::string_view text) {
  const bool edge_space = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  if (text.find_first_of(",\"\r\n") == std::string_view::npos && !edge_space) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_nodes(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << "id:ID,label,kind,name_en,affiliation,:LABEL\n";
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    std::string labels = "Actor";
    if (!n.kind.empty()) (labels += ';') += pascal_case(n.kind);  // not ";" + s: GCC 12 warns falsely (-Wrestrict)
    out << csv_field(n.id) << ',' << csv_field(n.label) << ',' << csv_field(n.kind) << ',' << csv_field(n.name_en)
        << ',' << csv_field(n.affiliation) << ',' << csv_field(labels) << '\n';
  }
}

void write_csv_edges(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,count:int,confidence:double,hypothetical:boolean,negated:boolean,"
         "background:boolean,evidence\n";
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    out << csv_field(g.node(e.source).id) << ',' << csv_field(g.node(e.target).id) << ','
        << csv_field(upper_case(e.relation)) << ',' << e.count << ',' << e.confidence << ','
        << boolean(e.hypothetical) << ',' << boolean(e.negated) << ',' << boolean(e.background) << ','
        << csv_field(evidence_summary(e)) << '\n';
  }
}

}  // namespace kankei::exporter
