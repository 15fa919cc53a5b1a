// read_styles: the relation colours and labels saved in a graph file.
#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace kankei::exporter {

StyleMap read_styles(std::string_view json_text) {
  using nlohmann::json;
  // The callback drops "nodes" and "edges" while parsing: only the small
  // "graph" object is kept, so a large graph is not held twice.
  const json::parser_callback_t only_graph = [](int depth, json::parse_event_t event, json& parsed) {
    return !(depth == 1 && event == json::parse_event_t::key && (parsed == "nodes" || parsed == "edges"));
  };
  const json doc = json::parse(json_text, only_graph, /*allow_exceptions=*/false);
  StyleMap out;
  if (!doc.is_object()) return out;
  const auto graph = doc.find("graph");
  if (graph == doc.end() || !graph->is_object()) return out;
  const auto relations = graph->find("relations");
  if (relations == graph->end() || !relations->is_object()) return out;
  auto text = [](const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  for (const auto& [name, style] : relations->items()) {
    if (!style.is_object()) continue;
    RelationStyle s;
    if (auto colour = text(style, "colour"); !colour.empty()) s.colour = colour;
    s.label = text(style, "label");
    s.cameo = text(style, "cameo");
    out[name] = s;
  }
  return out;
}

}  // namespace kankei::exporter
