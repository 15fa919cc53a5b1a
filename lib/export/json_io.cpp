// networkx node-link JSON: write_json, read_json; and the extract JSONL record.
#include <iterator>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "export/export.hpp"
#include "export/json_text.hpp"

namespace kankei::exporter {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using json_text::Writer;

template <typename T>
T get_or(const json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

// nlohmann's dump throws type_error 316 at the first string that is not
// UTF-8. Checking every string, in document order, before writing the first
// byte throws the same error at the same string and leaves `out` untouched.
void require_utf8(std::string_view text) {
  if (!json_text::valid_utf8(text)) (void)ordered_json(std::string(text)).dump();
}

void check_strings(const graph::KnowledgeGraph& g, const StyleMap& styles) {
  for (const auto& [name, style] : styles) {
    for (std::string_view s : {std::string_view(name), std::string_view(style.label), std::string_view(style.colour),
                               std::string_view(style.cameo)}) {
      require_utf8(s);
    }
  }
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    for (const std::string* s : {&n.id, &n.kind, &n.label, &n.name_en, &n.affiliation}) require_utf8(*s);
  }
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    require_utf8(e.relation);
    for (const auto& ev : e.evidence) {
      for (const std::string* s : {&ev.doc, &ev.date, &ev.sentence, &ev.trigger, &ev.rule}) require_utf8(*s);
    }
  }
}

void write_evidence(const graph::Evidence& ev, Writer& w) {
  w.begin_object();
  w.string_member("doc", ev.doc);
  w.string_member("date", ev.date);
  w.string_member("sentence", ev.sentence);
  w.number_member("sentence_index", std::uint64_t{ev.sentence_index});
  w.number_member("begin", std::uint64_t{ev.begin});
  w.number_member("end", std::uint64_t{ev.end});
  w.string_member("trigger", ev.trigger);
  w.string_member("rule", ev.rule);
  w.number_member("confidence", ev.confidence);
  w.bool_member("hypothetical", ev.hypothetical);
  w.end_object();
}

struct PairHash {
  std::size_t operator()(const std::pair<graph::NodeId, graph::NodeId>& p) const {
    return std::hash<graph::NodeId>{}(p.first * 0x9E3779B97F4A7C15ULL ^ p.second);
  }
};

void write_edges(const graph::KnowledgeGraph& g, Writer& w) {
  std::unordered_map<std::pair<graph::NodeId, graph::NodeId>, std::uint64_t, PairHash> keys;  // multigraph keys
  w.begin_array();
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    w.begin_object();
    w.string_member("source", g.node(e.source).id);
    w.string_member("target", g.node(e.target).id);
    w.number_member("key", keys[{e.source, e.target}]++);
    w.string_member("relation", e.relation);
    w.bool_member("symmetric", e.symmetric);
    w.bool_member("negated", e.negated);
    w.bool_member("hypothetical", e.hypothetical);
    w.bool_member("background", e.background);
    w.number_member("count", std::uint64_t{e.count});
    w.number_member("confidence", e.confidence);
    w.key("evidence");
    w.begin_array();
    for (const auto& ev : e.evidence) write_evidence(ev, w);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

}  // namespace

// The document nlohmann built before, written as it goes: the same bytes
// as ordered_json::dump(1), without a DOM of the whole graph.
void write_json(const graph::KnowledgeGraph& g, const StyleMap& styles, std::ostream& out) {
  check_strings(g, styles);
  Writer w(out, 1);
  w.begin_object();
  w.bool_member("directed", true);
  w.bool_member("multigraph", true);
  w.key("graph");
  w.begin_object();
  w.string_member("generator", "kankei");
  w.key("relations");
  w.begin_object();
  for (const auto& [name, style] : styles) {
    w.key(name);
    w.begin_object();
    w.string_member("label", style.label);
    w.string_member("colour", style.colour);
    w.string_member("cameo", style.cameo);
    w.end_object();
  }
  w.end_object();
  w.end_object();
  w.key("nodes");
  w.begin_array();
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    w.begin_object();
    w.string_member("id", n.id);
    w.string_member("kind", n.kind);
    w.string_member("label", n.label);
    w.string_member("name_en", n.name_en);
    w.string_member("affiliation", n.affiliation);
    w.end_object();
  }
  w.end_array();
  w.key("edges");
  write_edges(g, w);
  w.end_object();
  w.finish();
  out << '\n';
}

namespace {

// The general reader: nlohmann's DOM of the whole file, then the graph.
// `input` is an istream or the text itself.
template <typename Input>
Result<graph::KnowledgeGraph> read_dom(Input& input, std::string_view name) {
  json doc;
  try {
    doc = json::parse(input);
  } catch (const json::parse_error& e) {
    return unexpected(make_error(ErrorCode::parse, std::string("not a kankei graph: ") + e.what(),
                                 std::string(name) + ": byte " + std::to_string(e.byte)));
  } catch (const json::exception& e) {  // e.g. a number too large for a double
    return unexpected(make_error(ErrorCode::parse, std::string("not a kankei graph: ") + e.what(), std::string(name)));
  }
  if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array()) {
    return unexpected(make_error(ErrorCode::parse, "not a node-link graph (no \"nodes\" array)", std::string(name)));
  }
  const char* link = doc.contains("edges") ? "edges" : "links";
  if (!doc.contains(link) || !doc[link].is_array()) {
    return unexpected(make_error(ErrorCode::parse, "not a node-link graph (no \"edges\" array)", std::string(name)));
  }
  graph::KnowledgeGraph g;
  std::string where;
  try {
    std::size_t i = 0;
    for (const auto& n : doc["nodes"]) {
      where = std::string(name) + ": nodes[" + std::to_string(i++) + "]";
      graph::ActorNode node;
      node.id = n.at("id").get<std::string>();
      node.kind = get_or<std::string>(n, "kind", "");
      node.label = get_or<std::string>(n, "label", node.id);
      node.name_en = get_or<std::string>(n, "name_en", "");
      node.affiliation = get_or<std::string>(n, "affiliation", "");
      g.add_actor(node);
    }
    i = 0;
    for (const auto& e : doc[link]) {
      where = std::string(name) + ": " + link + "[" + std::to_string(i++) + "]";
      auto source = g.find(e.at("source").get<std::string>());
      auto target = g.find(e.at("target").get<std::string>());
      if (!source || !target) {
        return unexpected(make_error(ErrorCode::parse, "edge refers to an unknown node", where));
      }
      graph::RelationEdge edge;
      edge.source = *source;
      edge.target = *target;
      edge.relation = e.at("relation").get<std::string>();
      edge.symmetric = get_or<bool>(e, "symmetric", false);
      edge.negated = get_or<bool>(e, "negated", false);
      edge.hypothetical = get_or<bool>(e, "hypothetical", false);
      edge.background = get_or<bool>(e, "background", false);
      edge.count = get_or<std::size_t>(e, "count", 1);
      edge.confidence = get_or<double>(e, "confidence", 0.0);
      if (e.contains("evidence")) {
        for (const auto& ev : e.at("evidence")) {
          graph::Evidence evidence;
          evidence.doc = get_or<std::string>(ev, "doc", "");
          evidence.date = get_or<std::string>(ev, "date", "");
          evidence.sentence = get_or<std::string>(ev, "sentence", "");
          evidence.sentence_index = get_or<std::uint32_t>(ev, "sentence_index", 0);
          evidence.begin = get_or<std::uint32_t>(ev, "begin", 0);
          evidence.end = get_or<std::uint32_t>(ev, "end", 0);
          evidence.trigger = get_or<std::string>(ev, "trigger", "");
          evidence.rule = get_or<std::string>(ev, "rule", "");
          evidence.confidence = get_or<double>(ev, "confidence", 0.0);
          evidence.hypothetical = get_or<bool>(ev, "hypothetical", false);
          edge.evidence.push_back(std::move(evidence));
        }
      }
      g.add_edge(std::move(edge));
    }
  } catch (const json::exception& e) {
    return unexpected(make_error(ErrorCode::parse, std::string("malformed graph: ") + e.what(), where));
  }
  return g;
}

}  // namespace

// The fast reader first; when it gives up, nlohmann reads the same text
// from the start and gives its answer or its error, as it always did.
Result<graph::KnowledgeGraph> read_json(std::istream& in, std::string_view name) {
  const auto start = in.tellg();
  if (start != std::istream::pos_type(-1)) {
    // A file: read once without keeping the text, and again if need be.
    if (auto graph = json_text::read_plain_graph(in)) return std::move(*graph);
    in.clear();
    if (in.seekg(start)) return read_dom(in, name);
  }
  // A pipe cannot go back: keep its text for a second reading.
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  json_text::ViewBuffer buffer(text);
  std::istream view(&buffer);
  if (auto graph = json_text::read_plain_graph(view)) return std::move(*graph);
  return read_dom(text, name);
}

// Compact, as dump(-1) with error_handler_t::replace: a string that is not
// UTF-8 (a file name, say) goes through nlohmann to get its U+FFFD the same.
void write_record_jsonl(const pipeline::RelationRecord& r, std::ostream& out) {
  Writer w(out, -1);
  auto text = [&w](std::string_view key, const std::string& value) {
    w.key(key);
    if (json_text::valid_utf8(value)) {
      w.string(value);
    } else {
      w.raw(ordered_json(value).dump(-1, ' ', false, json::error_handler_t::replace));
    }
  };
  w.begin_object();
  text("doc", r.doc);
  text("sentence", r.sentence);
  w.number_member("sentence_index", std::uint64_t{r.sentence_index});
  w.number_member("begin", std::uint64_t{r.begin});
  w.number_member("end", std::uint64_t{r.end});
  text("source", r.source);
  text("relation", r.relation);
  text("target", r.target);
  text("source_affiliation", r.source_affiliation);
  text("target_affiliation", r.target_affiliation);
  w.bool_member("negated", r.negated);
  w.bool_member("hypothetical", r.hypothetical);
  text("trigger", r.trigger);
  w.number_member("trigger_begin", std::uint64_t{r.trigger_begin});
  w.number_member("trigger_end", std::uint64_t{r.trigger_end});
  text("rule", r.rule);
  w.number_member("confidence", r.confidence);
  if (!r.date.empty()) text("date", r.date);
  w.end_object();
  w.finish();
  out << '\n';
}

}  // namespace kankei::exporter
