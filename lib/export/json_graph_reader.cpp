// read_plain_graph: node-link JSON as write_json writes it, read in one
// pass straight into a KnowledgeGraph.
#include <limits>

#include "export/json_text.hpp"

namespace kankei::exporter::json_text {
namespace {

using namespace std::string_view_literals;  // string_view == "x"sv compares sizes first, not bytes

// Reads the shape write_json writes straight into a graph, in one pass.
// At the first thing that is not plainly that shape, or that the DOM reader
// would read another way or reject, read() gives up (nullopt) and read_json
// runs the DOM reader, which then gives the answer or the error. Examples of
// giving up: edges before nodes, "count": 2.0, a type error, bad syntax.
class FastReader {
 public:
  explicit FastReader(std::istream& in) : m_in(in) {}
  std::optional<graph::KnowledgeGraph> read();

 private:
  template <typename Element>
  bool array_of(Element element);
  bool node();
  bool edge();
  bool evidence(graph::Evidence& ev);
  // A string, or null for `fallback` (get_or's reading of null).
  bool text(std::string& out, std::string_view fallback = {});
  bool flag(bool& out);
  bool count(std::size_t& out, std::size_t fallback);
  bool offset(std::uint32_t& out);
  bool real(double& out);

  Cursor m_in;
  graph::KnowledgeGraph m_graph;
  std::string m_source, m_target;
};

template <typename Element>
bool FastReader::array_of(Element element) {
  if (!m_in.consume('[')) return false;
  if (m_in.consume(']')) return true;
  do {
    if (!element()) return false;
  } while (m_in.consume(','));
  return m_in.consume(']');
}

bool FastReader::text(std::string& out, std::string_view fallback) {
  if (m_in.null()) {
    out = fallback;
    return true;
  }
  return m_in.string(out);
}

bool FastReader::flag(bool& out) {
  if (m_in.null()) {
    out = false;
    return true;
  }
  return m_in.boolean(out);
}

bool FastReader::count(std::size_t& out, std::size_t fallback) {
  if (m_in.null()) {
    out = fallback;
    return true;
  }
  std::uint64_t n;
  if (!m_in.unsigned_number(std::numeric_limits<std::size_t>::max(), n)) return false;
  out = n;
  return true;
}

bool FastReader::offset(std::uint32_t& out) {
  if (m_in.null()) {
    out = 0;
    return true;
  }
  std::uint64_t n;
  if (!m_in.unsigned_number(std::numeric_limits<std::uint32_t>::max(), n)) return false;
  out = static_cast<std::uint32_t>(n);
  return true;
}

bool FastReader::real(double& out) {
  if (m_in.null()) {
    out = 0.0;
    return true;
  }
  return m_in.real_number(out);
}

std::optional<graph::KnowledgeGraph> FastReader::read() {
  bool has_nodes = false;
  bool has_edges = false;
  if (!m_in.consume('{')) return std::nullopt;
  if (!m_in.consume('}')) {
    do {
      std::string_view key;  // valid until the next read
      if (!m_in.key_view(key)) return std::nullopt;
      if (key == "nodes"sv) {
        if (has_nodes || has_edges || !array_of([this] { return node(); })) return std::nullopt;
        has_nodes = true;
      } else if (key == "edges"sv || key == "links"sv) {
        if (has_edges || !has_nodes || !array_of([this] { return edge(); })) return std::nullopt;
        has_edges = true;
      } else if (!m_in.skip_value()) {
        return std::nullopt;
      }
    } while (m_in.consume(','));
    if (!m_in.consume('}')) return std::nullopt;
  }
  if (!m_in.at_end() || !has_nodes || !has_edges) return std::nullopt;
  return std::move(m_graph);
}

bool FastReader::node() {
  graph::ActorNode node;
  bool has_id = false;
  bool has_label = false;  // a later null takes it back, as get_or reads the last value
  if (!m_in.consume('{')) return false;
  if (!m_in.consume('}')) {
    do {
      std::string_view key;  // valid until the next read
      if (!m_in.key_view(key)) return false;
      bool ok = true;
      if (key == "id"sv) {
        ok = m_in.string(node.id);
        has_id = true;
      } else if (key == "kind"sv) {
        ok = text(node.kind);
      } else if (key == "label"sv) {
        has_label = !m_in.null();
        ok = has_label ? m_in.string(node.label) : true;
      } else if (key == "name_en"sv) {
        ok = text(node.name_en);
      } else if (key == "affiliation"sv) {
        ok = text(node.affiliation);
      } else {
        ok = m_in.skip_value();
      }
      if (!ok) return false;
    } while (m_in.consume(','));
    if (!m_in.consume('}')) return false;
  }
  if (!has_id) return false;
  if (!has_label) node.label = node.id;
  m_graph.add_actor(node);
  return true;
}

bool FastReader::edge() {
  graph::RelationEdge edge;
  edge.count = 1;
  bool has_source = false, has_target = false, has_relation = false;
  if (!m_in.consume('{')) return false;
  if (!m_in.consume('}')) {
    do {
      std::string_view key;  // valid until the next read
      if (!m_in.key_view(key)) return false;
      bool ok = true;
      if (key == "source"sv) {
        ok = m_in.string(m_source);
        has_source = true;
      } else if (key == "target"sv) {
        ok = m_in.string(m_target);
        has_target = true;
      } else if (key == "relation"sv) {
        ok = m_in.string(edge.relation);
        has_relation = true;
      } else if (key == "symmetric"sv) {
        ok = flag(edge.symmetric);
      } else if (key == "negated"sv) {
        ok = flag(edge.negated);
      } else if (key == "hypothetical"sv) {
        ok = flag(edge.hypothetical);
      } else if (key == "background"sv) {
        ok = flag(edge.background);
      } else if (key == "count"sv) {
        ok = count(edge.count, 1);
      } else if (key == "confidence"sv) {
        ok = real(edge.confidence);
      } else if (key == "evidence"sv) {
        edge.evidence.clear();  // the last "evidence" counts, as in the DOM
        ok = m_in.null() || array_of([&] { return evidence(edge.evidence.emplace_back()); });
      } else {
        ok = m_in.skip_value();
      }
      if (!ok) return false;
    } while (m_in.consume(','));
    if (!m_in.consume('}')) return false;
  }
  if (!has_source || !has_target || !has_relation) return false;
  const auto source = m_graph.find(m_source);
  const auto target = m_graph.find(m_target);
  if (!source || !target) return false;
  edge.source = *source;
  edge.target = *target;
  m_graph.add_edge(std::move(edge));
  return true;
}

bool FastReader::evidence(graph::Evidence& ev) {
  if (!m_in.consume('{')) return false;
  if (m_in.consume('}')) return true;
  do {
    std::string_view key;  // valid until the next read
    if (!m_in.key_view(key)) return false;
    bool ok = true;
    if (key == "doc"sv) {
      ok = text(ev.doc);
    } else if (key == "date"sv) {
      ok = text(ev.date);
    } else if (key == "sentence"sv) {
      ok = text(ev.sentence);
    } else if (key == "sentence_index"sv) {
      ok = offset(ev.sentence_index);
    } else if (key == "begin"sv) {
      ok = offset(ev.begin);
    } else if (key == "end"sv) {
      ok = offset(ev.end);
    } else if (key == "trigger"sv) {
      ok = text(ev.trigger);
    } else if (key == "rule"sv) {
      ok = text(ev.rule);
    } else if (key == "confidence"sv) {
      ok = real(ev.confidence);
    } else if (key == "hypothetical"sv) {
      ok = flag(ev.hypothetical);
    } else {
      ok = m_in.skip_value();
    }
    if (!ok) return false;
  } while (m_in.consume(','));
  return m_in.consume('}');
}

}  // namespace

std::optional<graph::KnowledgeGraph> read_plain_graph(std::istream& in) { return FastReader(in).read(); }

}  // namespace kankei::exporter::json_text
