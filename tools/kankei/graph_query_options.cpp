// Loading a graph file, the filter options and the export formats that the
// graph subcommands (path, neighbors, export, render) share.
#include "graph_query_options.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>

#include "atomic_file.hpp"
#include "context.hpp"
#include "graph/lookup.hpp"

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

// ISO 8601 dates as far as the user wants to be precise: 2026, 2026-02,
// 2026-02-28. Evidence dates are compared as strings, so anything else
// would filter silently wrong.
const CLI::Validator iso_date(
    [](const std::string& text) {
      static const std::regex pattern(R"(\d{4}(-\d{2}(-\d{2})?)?)");
      return std::regex_match(text, pattern) ? std::string() : "'" + text + "' is not a date like 2026-02-28";
    },
    "DATE");

// All of `in`, read straight into one string: the graph text is kept
// whole, for read_json and read_styles, and never copied.
Result<std::string> read_text(std::istream& in, std::uintmax_t size_hint, const std::string& path) {
  std::string text;
  if (size_hint > 0) text.reserve(size_hint);
  std::array<char, 1 << 16> block;
  while (in.read(block.data(), block.size()) || in.gcount() > 0) text.append(block.data(), in.gcount());
  if (in.bad()) return unexpected(make_error(ErrorCode::io, "cannot read graph", path));
  return text;
}

Result<std::string> read_all(const std::string& path) {
  if (path == "-") return read_text(std::cin, 0, "<stdin>");
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return unexpected(make_error(ErrorCode::invalid_argument, "is a directory, not a graph file", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return unexpected(make_error(ErrorCode::not_found, "cannot read graph", path));
  const std::uintmax_t size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
  return read_text(in, ec ? 0 : size, path);
}

// An istream buffer over text in memory that can go back to its start:
// read_json reads a stream it can rewind in place, and copies one it cannot.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }

 protected:
  pos_type seekoff(off_type offset, std::ios_base::seekdir dir, std::ios_base::openmode which) override {
    const off_type size = egptr() - eback();
    const off_type base = dir == std::ios_base::beg ? 0 : dir == std::ios_base::cur ? gptr() - eback() : size;
    if (!(which & std::ios_base::in) || base + offset < 0 || base + offset > size) return pos_type(off_type(-1));
    setg(eback(), eback() + base + offset, egptr());
    return pos_type(base + offset);
  }
  pos_type seekpos(pos_type position, std::ios_base::openmode which) override {
    return seekoff(off_type(position), std::ios_base::beg, which);
  }
};

// "RUS (ロシア)": an id users can type, and the name they know it by.
std::string describe(const graph::ActorNode& node) {
  if (node.label.empty() || node.label == node.id) return node.id;
  return node.id + " (" + node.label + ")";
}

}  // namespace

void add_query_options(CLI::App& sub, QueryOptions& o, Negated negated) {
  const std::string group = "Filters";
  sub.add_option("--relation", o.relations,
                 "Only edges of these relations (repeat, or a comma list: supplies,attacks)")
      ->delimiter(',')
      ->group(group);
  sub.add_option("--direction", o.direction,
                 "forward: walk relations from source to target only; either: also backwards")
      ->check(CLI::IsMember({"forward", "either"}))
      ->capture_default_str()
      ->group(group);
  sub.add_option("--min-count", o.min_count, "Only edges with at least N mentions (in the date window)")
      ->group(group);
  sub.add_option("--min-confidence", o.min_confidence, "Only edges whose strongest mention has at least X")
      ->check(CLI::Range(0.0, 1.0))
      ->group(group);
  sub.add_option("--since", o.since, "Only mentions dated on or after DATE (2026, 2026-02, 2026-02-28)")
      ->check(iso_date)
      ->group(group);
  sub.add_option("--until", o.until, "Only mentions dated up to DATE, inclusive (2026-02 keeps all of February)")
      ->check(iso_date)
      ->group(group);
  sub.add_flag("--no-background", o.no_background,
               "Leave out the dictionary's member_of/leader_of/official_of edges")
      ->group(group);
  sub.add_flag("--collapse-persons", o.collapse_persons,
               "Let a person stand for their state (Putin => RUS)")
      ->group(group);
  if (negated == Negated::excluded_by_default) {
    sub.add_flag("--include-negated", o.include_negated, "Also use denied relations (left out by default)")
        ->group(group);
  } else {
    o.include_negated = true;
    // The flag clears include_negated: a conversion keeps them unless asked.
    sub.add_flag_callback(
           "--no-negated", [&o] { o.include_negated = false; }, "Leave out denied relations (kept by default)")
        ->group(group);
  }
}

Result<LoadedGraph> load_graph(const std::string& path, const DataOptions& data) {
  auto text = read_all(path);
  if (!text) return unexpected(text.error());
  const std::string name = path == "-" ? "<stdin>" : path;
  TextBuffer buffer(*text);
  std::istream in(&buffer);
  auto graph = exporter::read_json(in, name);
  if (!graph) return unexpected(graph.error());
  LoadedGraph loaded{name, std::move(*graph), exporter::read_styles(*text)};
  if (loaded.styles.empty()) {
    // A graph from an older build or another tool: draw it with today's
    // dictionary, and if even that is missing, with default colours.
    if (auto resources = load_resources(data)) {
      loaded.styles = exporter::styles_from((*resources)->lexicon);
    } else {
      spdlog::warn("{} carries no relation styles and the dictionary is unavailable: {}", name,
                   resources.error().what());
    }
  }
  for (graph::EdgeId e = 0; e < loaded.graph.edge_count(); ++e) {
    loaded.styles.try_emplace(loaded.graph.edge(e).relation);
  }
  return loaded;
}

Result<graph::PathFilter> make_filter(const QueryOptions& o, const LoadedGraph& loaded) {
  graph::PathFilter filter;
  for (const auto& r : o.relations) {
    if (r.empty()) continue;  // "supplies," leaves an empty item
    if (!loaded.styles.contains(r)) {
      std::string valid;
      for (const auto& [name, style] : loaded.styles) valid += (valid.empty() ? "" : ", ") + name;
      return unexpected(
          make_error(ErrorCode::invalid_argument, "unknown --relation '" + r + "'; valid relations: " + valid));
    }
    filter.relations.insert(r);
  }
  filter.direction = o.direction == "forward" ? graph::Direction::forward : graph::Direction::either;
  filter.min_count = o.min_count;
  filter.min_confidence = o.min_confidence;
  filter.since = o.since;
  filter.until = o.until;
  if (!filter.since.empty() && !filter.until.empty() && filter.until < filter.since.substr(0, filter.until.size())) {
    return unexpected(make_error(ErrorCode::invalid_argument,
                                 "--until " + filter.until + " is before --since " + filter.since));
  }
  filter.include_background = !o.no_background;
  filter.include_negated = o.include_negated;
  filter.collapse_persons = o.collapse_persons;
  return filter;
}

Result<graph::NodeId> resolve_actor(const LoadedGraph& loaded, std::string_view name) {
  if (auto node = graph::find_actor(loaded.graph, name)) return *node;
  std::string message = "unknown actor '" + std::string(name) + "' in " + loaded.path;
  const auto close = graph::closest_actors(loaded.graph, name, 3);
  if (close.empty()) {
    message += "; no actor of the graph has a similar id or name";
  } else {
    message += "; closest: ";
    for (std::size_t i = 0; i < close.size(); ++i) {
      message += (i ? ", " : "") + describe(loaded.graph.node(close[i]));
    }
  }
  return unexpected(make_error(ErrorCode::not_found, message));
}

int usage_error(const Error& error) {
  std::cerr << "kankei: error: " << error.what() << '\n';
  return exit_usage;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "dot" || name == "gv") return Format::dot;
  if (name == "json") return Format::json;
  if (name == "graphml") return Format::graphml;
  if (name == "csv") return Format::csv;
  if (name == "html" || name == "htm") return Format::html;
  if (name == "jsonl" || name == "ndjson") return Format::jsonl;
  return std::nullopt;
}

std::optional<Format> format_from_extension(const std::string& path) {
  if (path == "-") return std::nullopt;
  std::string ext = fs::path(path).extension().string();
  if (ext.empty()) return std::nullopt;
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return parse_format(std::string_view(ext).substr(1));
}

CsvPaths csv_paths(const std::string& output) {
  std::error_code ec;
  if (output.ends_with('/') || fs::is_directory(output, ec)) {
    const fs::path dir(output);
    return {(dir / "nodes.csv").string(), (dir / "edges.csv").string()};
  }
  std::string stem = output;
  if (stem.size() > 4 && stem.ends_with(".csv")) stem.resize(stem.size() - 4);
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

Result<void> write_graph(const graph::KnowledgeGraph& g, const exporter::StyleMap& styles, Format format,
                         const std::string& output, const graph::PathFilter& filter, std::string_view title) {
  // Checked first so that an error names the file asked for. csv -o DIR/
  // creates DIR itself, and csv -o DIR writes files inside it.
  std::error_code ec;
  const bool into_folder = format == Format::csv && (output.ends_with('/') || fs::is_directory(output, ec));
  if (!into_folder) KANKEI_TRY(check_writable(output));
  switch (format) {
    case Format::dot: {
      exporter::DotOptions options;
      // The graph was filtered already; the writer must not drop more.
      options.include_negated = filter.include_negated;
      options.include_background = filter.include_background;
      return write_atomically(output, [&](std::ostream& out) { exporter::write_dot(g, styles, options, out); });
    }
    case Format::json:
      return write_atomically(output, [&](std::ostream& out) { exporter::write_json(g, styles, out); });
    case Format::graphml:
      return write_atomically(output, [&](std::ostream& out) { exporter::write_graphml(g, styles, out); });
    case Format::html:
      return write_atomically(output, [&](std::ostream& out) { exporter::write_html(g, styles, title, out); });
    case Format::jsonl:
      return write_atomically(output, [&](std::ostream& out) { exporter::write_evidence_jsonl(g, out); });
    case Format::csv: {
      if (output == "-") {
        return unexpected(make_error(ErrorCode::invalid_argument,
                                     "csv writes two files (nodes and edges) and cannot go to stdout; give -o"));
      }
      const CsvPaths paths = csv_paths(output);
      if (output.ends_with('/')) {
        std::error_code ec;
        fs::create_directories(output, ec);
        if (ec) return unexpected(make_error(ErrorCode::io, "cannot create directory: " + ec.message(), output));
      }
      KANKEI_TRY(write_atomically(paths.nodes, [&](std::ostream& out) { exporter::write_csv_nodes(g, out); }));
      return write_atomically(paths.edges, [&](std::ostream& out) { exporter::write_csv_edges(g, out); });
    }
  }
  return unexpected(make_error(ErrorCode::internal, "unknown export format"));
}

const graph::KnowledgeGraph& graph_of(const LoadedGraph& loaded, const graph::Subgraph& part,
                                      const graph::PathFilter& filter, graph::KnowledgeGraph& storage) {
  // Copying costs time and memory for nothing when the part is the whole
  // graph and the filter changes no edge's ends or evidence.
  const bool everything = part.edges.size() == loaded.graph.edge_count() &&
                          part.nodes.size() == loaded.graph.node_count() && !filter.collapse_persons &&
                          !filter.has_window();
  if (everything) return loaded.graph;
  storage = graph::copy_subgraph(loaded.graph, part, filter);
  return storage;
}

}  // namespace kankei::cli
