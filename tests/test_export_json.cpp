// write_json, read_json and write_record_jsonl against nlohmann's DOM, which
// wrote and read these files before: same bytes, same graphs, same errors.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "export/export.hpp"

using namespace kankei;
using graph::EdgeId;
using graph::NodeId;
using nlohmann::ordered_json;

namespace {

// The old write_json: the whole document as an ordered_json, then dump(1).
std::string dom_graph_json(const graph::KnowledgeGraph& g, const exporter::StyleMap& styles) {
  ordered_json doc;
  doc["directed"] = true;
  doc["multigraph"] = true;
  ordered_json relations = ordered_json::object();
  for (const auto& [name, s] : styles) relations[name] = {{"label", s.label}, {"colour", s.colour}, {"cameo", s.cameo}};
  doc["graph"] = {{"generator", "kankei"}, {"relations", relations}};
  doc["nodes"] = ordered_json::array();
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    const auto& n = g.node(i);
    doc["nodes"].push_back(
        {{"id", n.id}, {"kind", n.kind}, {"label", n.label}, {"name_en", n.name_en}, {"affiliation", n.affiliation}});
  }
  doc["edges"] = ordered_json::array();
  std::map<std::pair<graph::NodeId, graph::NodeId>, int> keys;
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    const auto& e = g.edge(i);
    ordered_json evidence = ordered_json::array();
    for (const auto& ev : e.evidence) {
      evidence.push_back({{"doc", ev.doc}, {"date", ev.date}, {"sentence", ev.sentence},
                          {"sentence_index", ev.sentence_index}, {"begin", ev.begin}, {"end", ev.end},
                          {"trigger", ev.trigger}, {"rule", ev.rule}, {"confidence", ev.confidence},
                          {"hypothetical", ev.hypothetical}});
    }
    doc["edges"].push_back({{"source", g.node(e.source).id}, {"target", g.node(e.target).id},
                            {"key", keys[{e.source, e.target}]++}, {"relation", e.relation},
                            {"symmetric", e.symmetric}, {"negated", e.negated}, {"hypothetical", e.hypothetical},
                            {"background", e.background}, {"count", e.count}, {"confidence", e.confidence},
                            {"evidence", std::move(evidence)}});
  }
  return doc.dump(1) + "\n";
}

std::string written(const graph::KnowledgeGraph& g, const exporter::StyleMap& styles = {}) {
  std::ostringstream out;
  exporter::write_json(g, styles, out);
  return out.str();
}

// A graph with the strings and numbers that formatting gets wrong first.
graph::KnowledgeGraph awkward_graph() {
  graph::KnowledgeGraph g;
  const auto a = g.add_actor({"RUS", "state", "ロシア\"連邦\"", "Russia\\", "RUS"});
  const auto b = g.add_actor({"x\ty", "", "line\nbreak\r\f\b", std::string("nul\0byte", 8), "\x01\x1f\x7f/"});
  const double confidences[] = {0.0, -0.0, 1.0, 0.1, 0.45, 1e-7, 1e21, 1e15, 1e16, 123456789.125, 1.0 / 3};
  std::uint32_t i = 0;
  for (const double c : confidences) {
    g.add_mention(i % 2 ? a : b, "supplies", i % 2 ? b : a, false, i % 3 == 0,
                  {"doc" + std::to_string(i), "2026-01-0" + std::to_string(i % 9), "絵文字😀と\u2028", i, i * 1000,
                   4000000000u, "供与", "verb.ga+verb.wo", c, i % 2 == 0});
    ++i;
  }
  g.add_background(a, "member_of", b);
  return g;
}

std::string read_back(const std::string& text) {
  std::istringstream in(text);
  auto g = exporter::read_json(in, "g.json");
  if (!g) return "error: " + g.error().where + ": " + g.error().message;
  return written(*g);
}

}  // namespace

TEST_CASE("write_json writes the bytes nlohmann's dump wrote") {
  const auto g = awkward_graph();
  const exporter::StyleMap styles{{"supplies", {"#9467bd", "供与", "07"}}, {"攻\"撃", {"", "", ""}}};
  CHECK(written(g, styles) == dom_graph_json(g, styles));
  CHECK(written(graph::KnowledgeGraph{}) == dom_graph_json(graph::KnowledgeGraph{}, {}));

  SUBCASE("and fails as dump did, before writing anything, on a string that is not UTF-8") {
    graph::KnowledgeGraph bad;
    bad.add_actor({"A", "state", "\xff", "", ""});
    std::ostringstream out;
    CHECK_THROWS_AS(exporter::write_json(bad, {}, out), nlohmann::json::type_error);
    CHECK(out.str().empty());
  }
}

TEST_CASE("write_record_jsonl writes the bytes nlohmann's dump wrote") {
  pipeline::RelationRecord r{"doc\xff", "", "ロシアは\"核\"を\n提供した。", 3, 10, 24, "RUS", "supplies", "IRN", "RUS",
                             "IRN",    false, true, "提供", 18, 20, "verb.ga+verb.ni", 0.85};
  auto dom = [](const pipeline::RelationRecord& r) {
    ordered_json j{{"doc", r.doc}, {"sentence", r.sentence}, {"sentence_index", r.sentence_index}, {"begin", r.begin},
                   {"end", r.end}, {"source", r.source}, {"relation", r.relation}, {"target", r.target},
                   {"source_affiliation", r.source_affiliation}, {"target_affiliation", r.target_affiliation},
                   {"negated", r.negated}, {"hypothetical", r.hypothetical}, {"trigger", r.trigger},
                   {"trigger_begin", r.trigger_begin}, {"trigger_end", r.trigger_end}, {"rule", r.rule},
                   {"confidence", r.confidence}};
    if (!r.date.empty()) j["date"] = r.date;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  };
  auto line = [](const pipeline::RelationRecord& r) {
    std::ostringstream out;
    exporter::write_record_jsonl(r, out);
    return out.str();
  };
  CHECK(line(r) == dom(r));  // the invalid byte of the id becomes U+FFFD
  r.date = "2026-02-01";
  r.confidence = 1.0;
  CHECK(line(r) == dom(r));
}

TEST_CASE("read_json reads back what write_json wrote, from files and from pipes") {
  const std::string json = written(awkward_graph());
  CHECK(read_back(json) == json);

  // A stream that cannot seek, like stdin from a pipe.
  struct Pipe : std::stringbuf {
    using std::stringbuf::stringbuf;
    pos_type seekoff(off_type, std::ios_base::seekdir, std::ios_base::openmode) override { return pos_type(-1); }
    pos_type seekpos(pos_type, std::ios_base::openmode) override { return pos_type(-1); }
  };
  Pipe pipe(json);
  std::istream in(&pipe);
  auto g = exporter::read_json(in, "-");
  REQUIRE(g);
  CHECK(written(*g) == json);
}

TEST_CASE("read_json reads unusual shapes as the DOM reader did") {
  struct Row {
    const char* input;
    const char* nodes_and_edges;  // "id/label ..." then "| source-relation-target xcount evN"
  };
  const Row rows[] = {
      // edges before nodes, networkx's "links", keys in any order
      {R"({"edges": [{"target": "A", "relation": "r", "source": "B"}], "nodes": [{"id": "A"}, {"id": "B"}]})",
       "A/A B/B | B-r-A x1 ev0"},
      {R"({"nodes": [{"id": "A"}], "links": [{"source": "A", "target": "A", "relation": "r", "count": 3}]})",
       "A/A | A-r-A x3 ev0"},
      // null reads as missing; the last of two equal keys counts
      {R"({"nodes": [{"id": "A", "label": "L", "label": null, "kind": null}], "edges": []})", "A/A |"},
      {R"({"nodes": [{"id": "A", "id": "B"}], "edges": [{"source": "B", "target": "B", "relation": "r",
          "evidence": [{"doc": "1"}], "evidence": null}]})",
       "B/B | B-r-B x1 ev0"},
      // escapes, and numbers nlohmann converts
      {R"({"nodes": [{"id": "\u0041\ud83d\ude00", "label": "a\/b"}], "edges": [{"source": "A😀", "target": "A😀",
          "relation": "r", "count": 2.0, "confidence": -0}]})",
       "A😀/a/b | A😀-r-A😀 x2 ev0"},
      {"\xEF\xBB\xBF{\"nodes\": [], \"edges\": []}", "|"},  // a byte-order mark
  };
  for (const auto& row : rows) {
    CAPTURE(row.input);
    std::istringstream in(row.input);
    auto g = exporter::read_json(in, "g.json");
    REQUIRE(g);
    std::string summary;
    for (NodeId n = 0; n < g->node_count(); ++n) summary += g->node(n).id + "/" + g->node(n).label + " ";
    summary += "|";
    for (EdgeId e = 0; e < g->edge_count(); ++e) {
      const auto& edge = g->edge(e);
      summary += " " + g->node(edge.source).id + "-" + edge.relation + "-" + g->node(edge.target).id + " x" +
                 std::to_string(edge.count) + " ev" + std::to_string(edge.evidence.size());
    }
    CHECK(summary == row.nodes_and_edges);
  }
}

TEST_CASE("read_json fails where the DOM reader failed, with its place") {
  struct Row {
    const char* input;
    const char* error;  // start of "where: message"
  };
  const Row rows[] = {
      {R"({"nodes": [{"id": "A"}], "edges": [)", "g.json: byte 36: not a kankei graph: [json.exception.parse_error.101]"},
      {R"({"nodes": [{"id": "A"}], "edges": []} x)", "g.json: byte 39: not a kankei graph"},
      {R"({"nodes": [{"id": "\ud800"}], "edges": []})", "g.json: byte 26: not a kankei graph"},
      {"{\"nodes\": [{\"id\": \"\xff\"}], \"edges\": []}", "g.json: byte 20: not a kankei graph"},
      {R"({"nodes": [], "edges": [], "x": 1e999})", "g.json: not a kankei graph: [json.exception.out_of_range.406]"},
      {R"({"nodes": [{"id": 5}], "edges": []})", "g.json: nodes[0]: malformed graph: [json.exception.type_error.302]"},
      {R"({"nodes": [{"id": "A"}], "edges": [{"source": "A", "target": "A", "relation": "r", "negated": 1}]})",
       "g.json: edges[0]: malformed graph: [json.exception.type_error.302] type must be boolean"},
      {R"({"nodes": [{"id": "A"}], "edges": [{"source": "A", "target": "B", "relation": "r"}]})",
       "g.json: edges[0]: edge refers to an unknown node"},
      {R"({"nodes": {}, "edges": []})", "g.json: not a node-link graph (no \"nodes\" array)"},
      {R"({"nodes": []})", "g.json: not a node-link graph (no \"edges\" array)"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.input);
    const std::string error = read_back(row.input);
    CAPTURE(error);
    CHECK(error.rfind(std::string("error: ") + row.error, 0) == 0);
  }
}
