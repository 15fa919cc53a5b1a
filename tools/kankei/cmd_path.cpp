// kankei path GRAPH FROM TO [-k N | --all] [filters] [--json]: how two actors
// are connected, hop by hop, with the sentence behind each hop.
#include <iostream>

#include "app.hpp"
#include "context.hpp"
#include "graph/paths.hpp"
#include "graph_query_options.hpp"

namespace kankei::cli {
namespace {

struct PathOptions {
  std::string graph;
  std::string from;
  std::string to;
  QueryOptions query;
  bool json = false;
  std::size_t k = 1;
  bool all = false;
  std::size_t max_hops = 4;
  std::size_t limit = 100;
  std::string weight = "hops";
};

// The paths the options ask for, best first; empty when there is none.
std::vector<graph::Path> find_paths(const graph::KnowledgeGraph& g, graph::NodeId from, graph::NodeId to,
                                    const PathOptions& o, const graph::PathFilter& filter) {
  if (o.all) {
    auto found = graph::all_simple_paths(g, from, to, o.max_hops, o.limit, filter);
    if (found.truncated) {
      std::cerr << "kankei: showing the first " << o.limit << " paths; more exist (raise --limit)\n";
    }
    return std::move(found.paths);
  }
  if (o.k > 1) return graph::k_shortest_paths(g, from, to, o.k, filter);
  auto path = graph::shortest_path(g, from, to, filter);
  if (!path) return {};
  return {std::move(*path)};
}

Result<int> run_path(const PathOptions& o, const DataOptions& data) {
  auto loaded = load_graph(o.graph, data);
  if (!loaded) return unexpected(loaded.error());
  auto filter = make_filter(o.query, *loaded);
  if (!filter) return usage_error(filter.error());
  filter->weighting = o.weight == "confidence" ? graph::Weighting::confidence : graph::Weighting::hops;
  auto from = resolve_actor(*loaded, o.from);
  if (!from) return unexpected(from.error());
  auto to = resolve_actor(*loaded, o.to);
  if (!to) return unexpected(to.error());
  const auto& g = loaded->graph;
  if (graph::representative(g, *from, *filter) == graph::representative(g, *to, *filter)) {
    return usage_error(make_error(ErrorCode::invalid_argument, "FROM and TO name the same actor '" +
                                                                   g.node(*from).id + "'"));
  }
  const auto paths = find_paths(g, *from, *to, o, *filter);
  if (o.json) exporter::write_paths_json(g, paths, *filter, std::cout);
  if (paths.empty()) {
    // No path is an answer, not a failure of kankei; exit 1 lets scripts
    // test for it, and --json still printed "[]".
    std::cerr << "kankei: no path from " << g.node(*from).id << " to " << g.node(*to).id << " in "
              << loaded->path << (o.all ? " within " + std::to_string(o.max_hops) + " hops" : "")
              << " with these filters\n";
    return exit_error;
  }
  if (!o.json) exporter::write_paths_text(g, loaded->styles, paths, *filter, std::cout);
  return exit_ok;
}

}  // namespace

void add_path(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("path", "How two actors of a graph are connected, with the evidence of each hop");
  auto opt = std::make_shared<PathOptions>();
  sub->add_option("GRAPH", opt->graph, "Graph JSON written by kankei build (- for stdin)")->required();
  sub->add_option("FROM", opt->from, "Actor id, Japanese or English name (RUS, ロシア, russia)")->required();
  sub->add_option("TO", opt->to, "Actor id, Japanese or English name")->required();
  sub->add_flag("--json", opt->json, "Print the paths as JSON: [{\"cost\", \"hops\": [...]}]");
  auto* k = sub->add_option("-k", opt->k, "The k shortest loopless paths (Yen), best first")
                ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  auto* all = sub->add_flag("--all", opt->all, "Every path without repeated actors, up to --max-hops and --limit");
  sub->add_option("--max-hops", opt->max_hops, "With --all: longest path, in hops")
      ->check(CLI::Range(std::size_t{1}, std::size_t{12}))
      ->capture_default_str()
      ->needs(all);
  sub->add_option("--limit", opt->limit, "With --all: most paths to print")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
      ->capture_default_str()
      ->needs(all);
  k->excludes(all);
  sub->add_option("--weight", opt->weight,
                  "hops: fewest hops; confidence: each hop costs 1/confidence, so surer paths win")
      ->check(CLI::IsMember({"hops", "confidence"}))
      ->capture_default_str();
  add_query_options(*sub, opt->query, Negated::excluded_by_default);
  add_data_options(*sub, data);
  sub->footer(
      "Prints each hop as 'A -[relation]-> B  ×count, confidence', then its strongest evidence:\n"
      "document, date, [begin-end] code-point offsets of the sentence, and the sentence.\n"
      "Exit codes: 0 a path was printed; 1 no path with these filters (said on stderr; --json\n"
      "prints []), an unknown actor (the message lists the closest ones) or an unreadable graph;\n"
      "2 a usage error, such as an unknown --relation.");
  sub->callback([&data, &run, opt] { run = [&data, opt]() { return run_path(*opt, data); }; });
}

}  // namespace kankei::cli
