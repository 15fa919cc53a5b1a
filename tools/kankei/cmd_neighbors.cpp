// kankei neighbors GRAPH ACTOR [--depth N] [filters] [--json] [--dot FILE]
// [-o FILE --format F]: the actors around one actor and how they relate.
#include <iostream>

#include "app.hpp"
#include "context.hpp"
#include "graph/paths.hpp"
#include "graph_query_options.hpp"

namespace kankei::cli {
namespace {

struct NeighborsOptions {
  std::string graph;
  std::string actor;
  std::size_t depth = 1;
  QueryOptions query;
  bool json = false;
  std::string dot;
  std::string output;
  std::string format;
};

Result<int> run_neighbors(const NeighborsOptions& o, const DataOptions& data) {
  std::optional<Format> format;
  if (!o.output.empty()) {
    format = o.format.empty() ? format_from_extension(o.output) : parse_format(o.format);
    if (!format) {
      return usage_error(make_error(ErrorCode::invalid_argument,
                                    "cannot tell the format of '" + o.output + "'; give --format"));
    }
  }
  auto loaded = load_graph(o.graph, data);
  if (!loaded) return unexpected(loaded.error());
  auto filter = make_filter(o.query, *loaded);
  if (!filter) return usage_error(filter.error());
  auto center = resolve_actor(*loaded, o.actor);
  if (!center) return unexpected(center.error());
  const graph::Subgraph part = graph::ego_network(loaded->graph, *center, o.depth, *filter);
  graph::KnowledgeGraph storage;
  const graph::KnowledgeGraph& ego = graph_of(*loaded, part, *filter, storage);
  // With --collapse-persons the neighbourhood is the person's state's.
  const auto& node = loaded->graph.node(graph::representative(loaded->graph, *center, *filter));
  const std::string title = node.label.empty() || node.label == node.id ? node.id : node.label + " (" + node.id + ")";
  if (!o.dot.empty()) KANKEI_TRY(write_graph(ego, loaded->styles, Format::dot, o.dot, *filter, title));
  if (format) KANKEI_TRY(write_graph(ego, loaded->styles, *format, o.output, *filter, title));
  const bool file_on_stdout = o.dot == "-" || o.output == "-";
  if (file_on_stdout) return exit_ok;  // the diagram is the data; no listing mixed into it
  if (o.json) {
    KANKEI_TRY(write_graph(ego, loaded->styles, Format::json, "-", *filter, title));
    return exit_ok;
  }
  // A heading, then one line per edge (with its evidence): a person's
  // neighbourhood reads like a short dossier.
  const std::size_t others = part.nodes.empty() ? 0 : part.nodes.size() - 1;
  std::cout << title << ": " << others << (others == 1 ? " actor" : " actors") << " within " << o.depth
            << (o.depth == 1 ? " hop" : " hops") << ", " << part.edges.size()
            << (part.edges.size() == 1 ? " edge" : " edges") << '\n';
  exporter::write_edges_text(loaded->graph, loaded->styles, part.edges, *filter, std::cout);
  return exit_ok;
}

}  // namespace

void add_neighbors(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("neighbors", "The actors around one actor of a graph, and the edges among them");
  auto opt = std::make_shared<NeighborsOptions>();
  sub->add_option("GRAPH", opt->graph, "Graph JSON written by kankei build (- for stdin)")->required();
  sub->add_option("ACTOR", opt->actor, "Actor id, Japanese or English name (KAZ, カザフスタン, kazakhstan)")
      ->required();
  sub->add_option("-d,--depth", opt->depth, "How many hops away neighbours may be")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10}))
      ->capture_default_str();
  sub->add_flag("--json", opt->json, "Print the neighbourhood as a node-link graph JSON instead of a list");
  sub->add_option("--dot", opt->dot, "Also write the neighbourhood as a GraphViz diagram (- for stdout)");
  sub->add_option("-o,--output", opt->output, "Also write the neighbourhood to FILE (- for stdout)");
  sub->add_option("--format", opt->format, "Format of -o; by default from its extension")
      ->check(CLI::IsMember({"dot", "json", "graphml", "csv", "html", "jsonl"}));
  add_query_options(*sub, opt->query, Negated::excluded_by_default);
  add_data_options(*sub, data);
  sub->footer(
      "The neighbourhood holds the actors within --depth hops (walking as --direction allows) and\n"
      "every kept edge between two of them. The list shows each edge in its own direction with\n"
      "its strongest evidence sentence. csv with -o writes FILE.nodes.csv and FILE.edges.csv.\n"
      "Exit codes: 0 ok; 1 unknown actor (the message lists the closest ones) or unreadable graph;\n"
      "2 usage error, such as an unknown --relation.");
  sub->callback([&data, &run, opt] { run = [&data, opt]() { return run_neighbors(*opt, data); }; });
}

}  // namespace kankei::cli
