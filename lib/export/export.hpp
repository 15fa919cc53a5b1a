// Writers and readers of graph files and mention streams.
#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "graph/graph.hpp"
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

}  // namespace kankei::exporter
