// Writers and readers of graph files and mention streams.
#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "graph/graph.hpp"
#include "graph/paths.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::exporter {

// How diagrams draw each relation.
struct RelationStyle {
  std::string colour = "#444444";
  std::string label;  // Japanese label
  std::string cameo;
};
using StyleMap = std::map<std::string, RelationStyle, std::less<>>;

StyleMap styles_from(const mentions::Lexicon& lexicon);

struct DotOptions {
  bool include_negated = false;    // denied relations are left out unless asked for
  bool include_background = true;  // member_of, leader_of
  bool legend = true;
  std::string font = "Noto Sans CJK JP";
};

// GraphViz DOT: Japanese labels (id in the tooltip), a colour per relation,
// line width by mention count, dashed when every mention is hypothetical,
// dotted for background edges, and a legend of the relations drawn.
void write_dot(const graph::KnowledgeGraph& graph, const StyleMap& styles, const DotOptions& options,
               std::ostream& out);

// A DOT string literal for `text`: quotes, backslashes and line breaks escaped.
std::string dot_quote(std::string_view text);

// networkx node-link JSON (directed, multigraph, "edges" key), with evidence.
void write_json(const graph::KnowledgeGraph& graph, const StyleMap& styles, std::ostream& out);

// Reads what write_json wrote. Fails with the position of a syntax error or
// the index of a malformed node or edge; nothing is returned half-read.
Result<graph::KnowledgeGraph> read_json(std::istream& in, std::string_view name);

// One JSON object per line, the contract of `kankei extract` (DESIGN.md).
void write_record_jsonl(const pipeline::RelationRecord& record, std::ostream& out);

// The relation styles a graph file carries in graph.relations, so that a
// loaded graph is drawn as it was built. Empty when `json_text` has none or
// is not JSON (read_json reports that).
StyleMap read_styles(std::string_view json_text);

// --- Formats for other tools (graphml_writer.cpp, csv_writer.cpp, evidence_jsonl.cpp) ---

// GraphML that networkx.read_graphml, Gephi and yEd read: every attribute
// declared as a <key> with its type (string, int, double, boolean); node
// ids are actor ids, edge ids "e0", "e1"... in edge order; each edge's
// evidence is one string attribute holding a JSON array.
void write_graphml(const graph::KnowledgeGraph& graph, const StyleMap& styles, std::ostream& out);

// An XML text or attribute value: & < > " ' escaped; characters XML 1.0
// forbids (controls other than tab and line breaks) dropped.
std::string xml_escape(std::string_view text);

// One field of RFC 4180 CSV: quoted when it holds a comma, a quote, a line
// break or edge spaces, with quotes doubled.   a"b => "a""b"   ロシア => ロシア
std::string csv_field(std::string_view text);

// Neo4j bulk import (neo4j-admin database import) files. Nodes:
//   id:ID,label,kind,name_en,affiliation,:LABEL      (:LABEL "Actor;State")
// Edges:
//   :START_ID,:END_ID,:TYPE,count:int,confidence:double,hypothetical:boolean,
//   negated:boolean,background:boolean,evidence      (:TYPE "SUPPLIES")
// with the evidence as a JSON array string.
void write_csv_nodes(const graph::KnowledgeGraph& graph, std::ostream& out);
void write_csv_edges(const graph::KnowledgeGraph& graph, std::ostream& out);

// One JSON line per mention of every edge (background edges have none),
// with the fields of `kankei extract` the graph keeps: doc, date, sentence,
// sentence_index, begin, end, source, relation, target, source_affiliation,
// target_affiliation, negated, hypothetical, trigger, rule, confidence.
void write_evidence_jsonl(const graph::KnowledgeGraph& graph, std::ostream& out);

// The evidence of an edge as a compact JSON array, for formats that hold
// only flat attributes (GraphML, CSV).
std::string evidence_summary(const graph::RelationEdge& edge);

// --- The interactive page (html_writer.cpp, html_assets.cpp) ---

// One self-contained HTML file that needs no network: the graph JSON and a
// small script that lays it out, pans and zooms (wheel, drag), labels
// actors in Japanese, colours relations, and shows an edge's evidence in the
// side panel (#evidence) when it is clicked. "#click-edge=N" in the URL
// clicks edge N on load (for tests and links).
void write_html(const graph::KnowledgeGraph& graph, const StyleMap& styles, std::string_view title,
                std::ostream& out);

// --- Query results (query_writer.cpp) ---

// Paths for reading: per hop the relation, its direction (-[r]->, <-[r]-,
// <-[r]-> for symmetric ones), the mention count and confidence inside the
// filter's window, and the strongest evidence sentence with its document
// and offsets.
void write_paths_text(const graph::KnowledgeGraph& graph, const StyleMap& styles,
                      const std::vector<graph::Path>& paths, const graph::PathFilter& filter, std::ostream& out);

// Paths as a JSON array of {"cost", "hops": [{"edge", "from", "to",
// "forward", "source", "relation", "target", "symmetric", "count",
// "confidence", "negated", "hypothetical", "background", "evidence"}]},
// where "evidence" is the strongest mention or null. `[]` when empty.
void write_paths_json(const graph::KnowledgeGraph& graph, const std::vector<graph::Path>& paths,
                      const graph::PathFilter& filter, std::ostream& out);

// The edges of a part of the graph, one per line in the edge's own
// direction, each with its strongest evidence, as in write_paths_text.
void write_edges_text(const graph::KnowledgeGraph& graph, const StyleMap& styles,
                      const std::vector<graph::EdgeId>& edges, const graph::PathFilter& filter, std::ostream& out);

}  // namespace kankei::exporter
