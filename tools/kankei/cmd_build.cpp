// kankei build PATH... -o graph.json [--dot graph.dot] [--svg graph.svg]
#include <spdlog/spdlog.h>

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

}  // namespace

void add_build(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("build", "Build the knowledge graph: JSON (networkx node-link), DOT, SVG");
  auto opt = std::make_shared<BuildOptions>();
  add_input_options(*sub, opt->in);
  sub->add_option("-o,--output", opt->output, "Graph JSON to write (node-link; - for stdout)")->capture_default_str();
  sub->add_option("--dot", opt->dot, "Also write a GraphViz diagram");
  sub->add_option("--svg", opt->svg, "Also draw the diagram as SVG with graphviz, as `kankei render` does");
  sub->add_option("--graph", opt->graph, "Add to this existing graph instead of starting empty");
  sub->add_flag("--no-background", opt->no_background, "Leave out the dictionary's member_of/leader_of edges");
  add_data_options(*sub, data);
  sub->callback([&data, &run, opt] {
    run = [&data, opt]() -> Result<int> {
      // Everything that would fail at the end fails before the corpus is read.
      KANKEI_TRY(check_writable(opt->output));
      if (!opt->dot.empty()) KANKEI_TRY(check_writable(opt->dot));
      if (!opt->svg.empty()) {
        KANKEI_TRY(check_writable(opt->svg));
        KANKEI_TRY(check_graphviz("dot", opt->svg));
        if (!font_installed(exporter::DotOptions{}.font)) {
          spdlog::warn("font '{}' is not installed; Japanese labels in {} may show as boxes (install fonts-noto-cjk)",
                       exporter::DotOptions{}.font, opt->svg);
        }
      }
      auto reader = DocumentReader::open(opt->in.paths, opt->in.input_format());
      if (!reader) return unexpected(reader.error());
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      graph::KnowledgeGraph graph;
      if (!opt->graph.empty()) {
        auto loaded = read_graph_file(opt->graph);
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
      const auto write_dot = [&](std::ostream& out) { exporter::write_dot(graph, styles, {}, out); };
      if (!opt->dot.empty()) KANKEI_TRY(write_atomically(opt->dot, write_dot));
      if (!opt->svg.empty()) KANKEI_TRY(render_graphviz(opt->svg, "svg", "dot", write_dot));
      spdlog::info("{} documents, {} mentions: {} actors, {} edges", stats->documents, stats->records,
                   graph.node_count(), graph.edge_count());
      return stats->skipped ? exit_partial : exit_ok;
    };
  });
}

}  // namespace kankei::cli
