// What the subcommands over a built graph share (path, neighbors, export,
// render): loading GRAPH, the edge filter options, naming actors, and
// writing a graph in one of the export formats.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "app.hpp"
#include "core/result.hpp"
#include "export/export.hpp"
#include "graph/graph.hpp"
#include "graph/paths.hpp"

namespace kankei::cli {

// The filter options as typed; make_filter turns them into a PathFilter.
struct QueryOptions {
  std::vector<std::string> relations;
  std::string direction = "either";
  std::size_t min_count = 0;
  double min_confidence = 0.0;
  std::string since;
  std::string until;
  bool no_background = false;
  bool collapse_persons = false;
  bool include_negated = false;
};

// Whether denied relations are kept unless the user says otherwise. Queries
// leave them out (a denial connects no one) and offer --include-negated;
// export is a conversion, keeps them (marked negated) and offers --no-negated.
enum class Negated { excluded_by_default, kept_by_default };

// Adds --relation, --direction, --min-count, --min-confidence, --since,
// --until, --no-background, --collapse-persons and the negation flag to
// `sub`, in an option group "Filters" so --help lists them together.
void add_query_options(CLI::App& sub, QueryOptions& options, Negated negated);

// A graph file as `kankei build` wrote it, and the relation styles it carries.
struct LoadedGraph {
  std::string path;  // as given, for messages
  graph::KnowledgeGraph graph;
  exporter::StyleMap styles;  // never empty: the dictionary's when the file has none
};

// Reads GRAPH ("-" for stdin). A file that is not a kankei graph (not JSON,
// no nodes/edges) fails with a message naming it. When the file carries no
// relation styles, they come from the dictionary (`data`), or, failing that,
// from the relations on the graph's edges.
Result<LoadedGraph> load_graph(const std::string& path, const DataOptions& data);

// The filter the options describe. An unknown --relation fails with
// ErrorCode::invalid_argument and a message listing the valid names; callers
// report it as a usage error (usage_error below).
Result<graph::PathFilter> make_filter(const QueryOptions& options, const LoadedGraph& loaded);

// The node `name` names (id, Japanese label or English name, see
// graph::find_actor). Fails with "unknown actor 'Rusia' in graph.json;
// closest: RUS (ロシア), ...".
Result<graph::NodeId> resolve_actor(const LoadedGraph& loaded, std::string_view name);

// Prints "kankei: error: ..." and returns exit_usage, for errors of the
// command line found only once the graph is loaded.
int usage_error(const Error& error);

// --- Writing a graph in an export format ---

enum class Format { dot, json, graphml, csv, html, jsonl };

// "dot" => Format::dot; nullopt for an unknown name.
std::optional<Format> parse_format(std::string_view name);

// The format a file name implies: .dot/.gv, .json, .graphml, .csv, .html/.htm,
// .jsonl/.ndjson; nullopt otherwise (and for "-").
std::optional<Format> format_from_extension(const std::string& path);

// The two files of a CSV export: "out" or "out.csv" => out.nodes.csv and
// out.edges.csv; a directory (existing, or written with a trailing '/') =>
// DIR/nodes.csv and DIR/edges.csv.
struct CsvPaths {
  std::string nodes;
  std::string edges;
};
CsvPaths csv_paths(const std::string& output);

// Writes `graph` to `output` ("-" is stdout, except for csv) in `format`,
// each file atomically; a missing folder fails first, naming `output` (see
// check_writable). `filter` says what DOT draws (negated, background);
// `title` heads the HTML page.
Result<void> write_graph(const graph::KnowledgeGraph& graph, const exporter::StyleMap& styles, Format format,
                         const std::string& output, const graph::PathFilter& filter, std::string_view title);

// The part of `loaded` that `part` selects as a graph of its own; the graph
// itself (no copy) when `part` is all of it and the filter changes no edge.
// The returned reference lives as long as `loaded` and `storage`.
const graph::KnowledgeGraph& graph_of(const LoadedGraph& loaded, const graph::Subgraph& part,
                                      const graph::PathFilter& filter, graph::KnowledgeGraph& storage);

}  // namespace kankei::cli
