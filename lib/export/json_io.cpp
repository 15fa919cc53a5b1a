// networkx node-link JSON: write_json, read_json; and the extract JSONL record.
#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace kankei::exporter {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json evidence_json(const graph::Evidence& ev) {
  return ordered_json{{"doc", ev.doc},           {"date", ev.date},
                      {"sentence", ev.sentence}, {"sentence_index", ev.sentence_index},
                      {"begin", ev.begin},       {"end", ev.end},
                      {"trigger", ev.trigger},   {"rule", ev.rule},
                      {"confidence", ev.confidence}, {"hypothetical", ev.hypothetical}};
}

template <typename T>
T get_or(const json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

}  // namespace

void write_json(const graph::KnowledgeGraph& g, const StyleMap& styles, std::ostream& out) {
  ordered_json doc;
  doc["directed"] = true;
  doc["multigraph"] = true;
  ordered_json relations = ordered_json::object();
  for (const auto& [name, style] : styles) {
    relations[name] = ordered_json{{"label", style.label}, {"colour", style.colour}, {"cameo", style.cameo}};
  }
  doc["graph"] = ordered_json{{"generator", "kankei"}, {"relations", relations}};
  ordered_json nodes = ordered_json::array();
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    nodes.push_back(ordered_json{{"id", n.id}, {"kind", n.kind}, {"label", n.label},
                                 {"name_en", n.name_en}, {"affiliation", n.affiliation}});
  }
  doc["nodes"] = std::move(nodes);
  ordered_json edges = ordered_json::array();
  std::map<std::pair<graph::NodeId, graph::NodeId>, int> keys;  // multigraph keys per node pair
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    ordered_json evidence = ordered_json::array();
    for (const auto& ev : e.evidence) evidence.push_back(evidence_json(ev));
    edges.push_back(ordered_json{{"source", g.node(e.source).id},
                                 {"target", g.node(e.target).id},
                                 {"key", keys[{e.source, e.target}]++},
                                 {"relation", e.relation},
                                 {"symmetric", e.symmetric},
                                 {"negated", e.negated},
                                 {"hypothetical", e.hypothetical},
                                 {"background", e.background},
                                 {"count", e.count},
                                 {"confidence", e.confidence},
                                 {"evidence", std::move(evidence)}});
  }
  doc["edges"] = std::move(edges);
  out << doc.dump(1) << '\n';
}

Result<graph::KnowledgeGraph> read_json(std::istream& in, std::string_view name) {
  json doc;
  try {
    doc = json::parse(in);
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

void write_record_jsonl(const pipeline::RelationRecord& r, std::ostream& out) {
  ordered_json j{{"doc", r.doc},
                 {"sentence", r.sentence},
                 {"sentence_index", r.sentence_index},
                 {"begin", r.begin},
                 {"end", r.end},
                 {"source", r.source},
                 {"relation", r.relation},
                 {"target", r.target},
                 {"source_affiliation", r.source_affiliation},
                 {"target_affiliation", r.target_affiliation},
                 {"negated", r.negated},
                 {"hypothetical", r.hypothetical},
                 {"trigger", r.trigger},
                 {"trigger_begin", r.trigger_begin},
                 {"trigger_end", r.trigger_end},
                 {"rule", r.rule},
                 {"confidence", r.confidence}};
  if (!r.date.empty()) j["date"] = r.date;
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace kankei::exporter
