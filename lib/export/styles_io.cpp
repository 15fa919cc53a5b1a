// read_styles: the relation colours and labels saved in a graph file.
#include <nlohmann/json.hpp>

#include "export/export.hpp"
#include "export/json_text.hpp"

namespace kankei::exporter {
namespace {

// A string member as read_styles keeps it: any other value reads as "".
bool style_text(json_text::Cursor& in, std::string& out) {
  if (in.next_is('"')) return in.string(out);
  out.clear();
  return in.skip_value();
}

// The members of one relation's style object, after its '{'.
bool style(json_text::Cursor& in, RelationStyle& out, std::string& key) {
  std::string colour;
  if (!in.consume('}')) {
    do {
      if (!in.key(key)) return false;
      if (key == "colour") {
        if (!style_text(in, colour)) return false;
      } else if (key == "label") {
        if (!style_text(in, out.label)) return false;
      } else if (key == "cameo") {
        if (!style_text(in, out.cameo)) return false;
      } else if (!in.skip_value()) {
        return false;
      }
    } while (in.consume(','));
    if (!in.consume('}')) return false;
  }
  if (!colour.empty()) out.colour = colour;
  return true;
}

// graph.relations: name -> style. As in a DOM, the last of equal names
// counts, and a name whose last value is no object is left out.
bool relations(json_text::Cursor& in, StyleMap& out, std::string& key) {
  out.clear();
  if (!in.consume('{')) return in.skip_value();
  if (in.consume('}')) return true;
  do {
    std::string name;
    if (!in.key(name)) return false;
    if (in.consume('{')) {
      RelationStyle s;
      if (!style(in, s, key)) return false;
      out[name] = s;
    } else {
      out.erase(name);
      if (!in.skip_value()) return false;
    }
  } while (in.consume(','));
  return in.consume('}');
}

// The styles of `json_text` read in one pass that skips nodes and edges
// without building them; nullopt when the cursor gives up (odd or broken
// JSON), and the DOM reader then decides.
std::optional<StyleMap> read_styles_fast(std::string_view text) {
  json_text::ViewBuffer buffer(text);
  std::istream stream(&buffer);
  json_text::Cursor in(stream);
  StyleMap out;
  std::string key;
  if (!in.consume('{')) return std::nullopt;
  if (!in.consume('}')) {
    do {
      if (!in.key(key)) return std::nullopt;
      if (key != "graph") {
        if (!in.skip_value()) return std::nullopt;
        continue;
      }
      out.clear();  // the last "graph" counts
      if (!in.consume('{')) {
        if (!in.skip_value()) return std::nullopt;
        continue;
      }
      if (in.consume('}')) continue;
      do {
        if (!in.key(key)) return std::nullopt;
        if (key == "relations" ? !relations(in, out, key) : !in.skip_value()) return std::nullopt;
      } while (in.consume(','));
      if (!in.consume('}')) return std::nullopt;
    } while (in.consume(','));
    if (!in.consume('}')) return std::nullopt;
  }
  if (!in.at_end()) return std::nullopt;
  return out;
}

}  // namespace

StyleMap read_styles(std::string_view json_text) {
  if (auto styles = read_styles_fast(json_text)) return std::move(*styles);
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
