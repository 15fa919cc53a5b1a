// kankei build PATH... -o graph.json [--dot graph.dot] [--svg graph.svg]
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <fstream>

#include "app.hpp"
#include "input_options.hpp"
#include "atomic_file.hpp"
#include "context.hpp"
#include "export/export.hpp"
#include "graph/graph.hpp"
#include "pipeline/graph_builder.hpp"
#include "runner.hpp"

namespace kankei::cli {

namespace {

struct BuildOptions {
  InputOptions in;
  std::string output = "graph.json";
  std::string dot;
  std::string svg;
  std::string graph;  // an existing graph to add to
  bool no_background = false;
};

// Renders DOT to SVG with graphviz's dot; a missing graphviz is a warning.
Result<void> render_svg(const std::string& dot_path, const std::string& svg_path) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    spdlog::warn("graphviz 'dot' not found; {} not written", svg_path);
    return {};
  }
  const std::string temporary = svg_path + ".tmp";
  const std::string command = "dot -Tsvg '" + dot_path + "' -o '" + temporary + "'";
  if (dot_path.find('\'') != std::string::npos || svg_path.find('\'') != std::string::npos ||
      std::system(command.c_str()) != 0) {
    std::remove(temporary.c_str());
    return unexpected(make_error(ErrorCode::io, "graphviz could not render the diagram", svg_path));
  }
  if (std::rename(temporary.c_str(), svg_path.c_str()) != 0) {
    return unexpected(make_error(ErrorCode::io, "cannot replace file", svg_path));
  }
  return {};
}

}  // namespace

void add_build(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("build", "Build the knowledge graph: JSON (networkx node-link), DOT, SVG");
  auto opt = std::make_shared<BuildOptions>();
  add_input_options(*sub, opt->in);
  sub->add_option("-o,--output", opt->output, "Graph JSON to write (node-link; - for stdout)")->capture_default_str();
  sub->add_option("--dot", opt->dot, "Also write a GraphViz diagram");
  sub->add_option("--svg", opt->svg, "Also render the diagram to SVG with graphviz (needs --dot or writes one beside it)");
  sub->add_option("--graph", opt->graph, "Add to this existing graph instead of starting empty");
  sub->add_flag("--no-background", opt->no_background, "Leave out the dictionary's member_of/leader_of edges");
  add_data_options(*sub, data);
  sub->callback([&data, &run, opt] {
    run = [&data, opt]() -> Result<int> {
      auto reader = DocumentReader::open(opt->in.paths, opt->in.input_format());
      if (!reader) return unexpected(reader.error());
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      graph::KnowledgeGraph graph;
      if (!opt->graph.empty()) {
        std::ifstream in(opt->graph, std::ios::binary);
        if (!in) return unexpected(make_error(ErrorCode::io, "cannot read graph", opt->graph));
        auto loaded = exporter::read_json(in, opt->graph);
        if (!loaded) return unexpected(loaded.error());
        graph = std::move(*loaded);
      }
      const auto& resources = *context->resources;
      auto stats = run_documents(*reader, *context->pipeline, {opt->in.jobs, opt->in.keep_going, true},
                                 [&](const std::vector<pipeline::RelationRecord>& records) {
                                   pipeline::add_records(graph, records, resources);
                                 });
      if (!stats) return unexpected(stats.error());
      if (!opt->no_background) pipeline::add_background_edges(graph, resources);
      const auto styles = exporter::styles_from(resources.lexicon);
      KANKEI_TRY(write_atomically(opt->output, [&](std::ostream& out) { exporter::write_json(graph, styles, out); }));
      std::string dot = opt->dot;
      if (dot.empty() && !opt->svg.empty()) dot = opt->svg + ".dot";
      if (!dot.empty()) {
        KANKEI_TRY(write_atomically(dot, [&](std::ostream& out) { exporter::write_dot(graph, styles, {}, out); }));
      }
      if (!opt->svg.empty()) KANKEI_TRY(render_svg(dot, opt->svg));
      spdlog::info("{} documents, {} mentions: {} actors, {} edges", stats->documents, stats->records,
                   graph.node_count(), graph.edge_count());
      return stats->skipped ? exit_partial : exit_ok;
    };
  });
}

}  // namespace kankei::cli
