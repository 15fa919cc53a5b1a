// kankei export GRAPH --format F -o FILE [filters]: a built graph in the
// formats other tools read (GraphViz, networkx, Gephi/yEd, Neo4j, a browser).
#include <filesystem>

#include "app.hpp"
#include "context.hpp"
#include "graph/paths.hpp"
#include "graph_query_options.hpp"

namespace kankei::cli {
namespace {

struct ExportOptions {
  std::string graph;
  std::string format;
  std::string output = "-";
  std::string title;
  QueryOptions query;
};

Result<int> run_export(const ExportOptions& o, const DataOptions& data) {
  // Decided before loading: a usage error should not wait for a large graph.
  const auto format = o.format.empty() ? format_from_extension(o.output) : parse_format(o.format);
  if (!format) {
    return usage_error(make_error(ErrorCode::invalid_argument,
                                  o.output == "-" ? "give --format to write to stdout"
                                                  : "cannot tell the format of '" + o.output + "'; give --format"));
  }
  if (*format == Format::csv && o.output == "-") {
    return usage_error(make_error(ErrorCode::invalid_argument,
                                  "csv writes two files (nodes and edges); give -o NAME or -o DIR/"));
  }
  auto loaded = load_graph(o.graph, data);
  if (!loaded) return unexpected(loaded.error());
  auto filter = make_filter(o.query, *loaded);
  if (!filter) return usage_error(filter.error());
  graph::Subgraph part = graph::filtered(loaded->graph, *filter);
  if (part.edges.size() == loaded->graph.edge_count() && !filter->collapse_persons) {
    // filtered() lists only actors with a kept edge; when every edge is
    // kept, actors without any stay too, so a plain conversion loses nothing.
    // (Collapsing folds persons into states, so they must not come back.)
    part.nodes.resize(loaded->graph.node_count());
    for (graph::NodeId n = 0; n < part.nodes.size(); ++n) part.nodes[n] = n;
  }
  graph::KnowledgeGraph storage;
  const graph::KnowledgeGraph& out = graph_of(*loaded, part, *filter, storage);
  const std::string title =
      o.title.empty() ? std::filesystem::path(o.graph == "-" ? "kankei" : o.graph).stem().string() : o.title;
  KANKEI_TRY(write_graph(out, loaded->styles, *format, o.output, *filter, title));
  return exit_ok;
}

}  // namespace

void add_export(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("export", "Write a graph as DOT, JSON, GraphML, Neo4j CSV, HTML or evidence JSONL");
  auto opt = std::make_shared<ExportOptions>();
  sub->add_option("GRAPH", opt->graph, "Graph JSON written by kankei build (- for stdin)")->required();
  sub->add_option("-f,--format", opt->format, "Output format; by default from the extension of -o")
      ->check(CLI::IsMember({"dot", "json", "graphml", "csv", "html", "jsonl"}));
  sub->add_option("-o,--output", opt->output, "File to write (- for stdout; csv: see below)")->capture_default_str();
  sub->add_option("--title", opt->title, "Heading of the HTML page (default: the graph file's name)");
  add_query_options(*sub, opt->query, Negated::kept_by_default);
  add_data_options(*sub, data);
  sub->footer(
      "Formats (and the extensions -o implies them from):\n"
      "  dot      GraphViz diagram with Japanese labels (.dot, .gv); render with kankei render or dot\n"
      "  json     networkx node-link JSON, as kankei build writes (.json)\n"
      "  graphml  for networkx.read_graphml, Gephi, yEd; evidence as a JSON string (.graphml)\n"
      "  csv      Neo4j bulk import: two files, nodes (id:ID, :LABEL) and edges (:START_ID, :END_ID,\n"
      "           :TYPE). -o out or -o out.csv writes out.nodes.csv and out.edges.csv; -o DIR/\n"
      "           (or an existing directory) writes DIR/nodes.csv and DIR/edges.csv (.csv)\n"
      "  html     one self-contained page, no network: pan, zoom, click an edge for its evidence (.html)\n"
      "  jsonl    one line per evidence sentence, the fields of kankei extract (.jsonl)\n"
      "Files are written whole or not at all. Without filters the graph is converted unchanged,\n"
      "denied relations included (marked negated); filters keep a part of it.");
  sub->callback([&data, &run, opt] { run = [&data, opt]() { return run_export(*opt, data); }; });
}

}  // namespace kankei::cli
