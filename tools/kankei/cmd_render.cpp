// kankei render GRAPH -o FILE.svg|png|pdf [--around ACTOR] [filters]: draws a
// graph (or one actor's neighbourhood) with GraphViz in a font that has
// Japanese glyphs.
#include <spdlog/spdlog.h>

#include <filesystem>

#include "app.hpp"
#include "atomic_file.hpp"
#include "context.hpp"
#include "graph/paths.hpp"
#include "graph_query_options.hpp"

namespace kankei::cli {
namespace {

struct RenderOptions {
  std::string graph;
  std::string output;
  std::string format;
  std::string engine = "dot";
  std::string font = "Noto Sans CJK JP";
  std::string around;
  std::size_t depth = 1;
  QueryOptions query;
};

Result<int> run_render(const RenderOptions& o, const DataOptions& data) {
  std::string format = o.format;
  if (format.empty()) {
    format = std::filesystem::path(o.output).extension().string();
    if (!format.empty()) format.erase(0, 1);
  }
  if (format != "svg" && format != "png" && format != "pdf") {
    return usage_error(make_error(ErrorCode::invalid_argument,
                                  "cannot tell the image format of '" + o.output + "'; give --format svg|png|pdf"));
  }
  KANKEI_TRY(check_writable(o.output));
  auto loaded = load_graph(o.graph, data);
  if (!loaded) return unexpected(loaded.error());
  auto filter = make_filter(o.query, *loaded);
  if (!filter) return usage_error(filter.error());
  graph::Subgraph part;
  if (o.around.empty()) {
    part = graph::filtered(loaded->graph, *filter);
  } else {
    auto center = resolve_actor(*loaded, o.around);
    if (!center) return unexpected(center.error());
    part = graph::ego_network(loaded->graph, *center, o.depth, *filter);
  }
  graph::KnowledgeGraph storage;
  const graph::KnowledgeGraph& g = graph_of(*loaded, part, *filter, storage);
  if (!font_installed(o.font)) {
    spdlog::warn("font '{}' is not installed; Japanese labels may show as boxes "
                 "(install fonts-noto-cjk, or pick one with --font, e.g. IPAGothic)",
                 o.font);
  }
  exporter::DotOptions options;
  options.font = o.font;
  options.include_negated = filter->include_negated;
  options.include_background = filter->include_background;
  KANKEI_TRY(render_graphviz(o.output, format, o.engine,
                             [&](std::ostream& out) { exporter::write_dot(g, loaded->styles, options, out); }));
  return exit_ok;
}

}  // namespace

void add_render(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub =
      app.add_subcommand("render", "Draw a graph (or one actor's neighbourhood) as SVG, PNG or PDF with GraphViz");
  auto opt = std::make_shared<RenderOptions>();
  sub->add_option("GRAPH", opt->graph, "Graph JSON written by kankei build (- for stdin)")->required();
  sub->add_option("-o,--output", opt->output, "Image to write: FILE.svg, FILE.png or FILE.pdf (- for stdout)")
      ->required();
  sub->add_option("-f,--format", opt->format, "Image format; by default from the extension of -o")
      ->check(CLI::IsMember({"svg", "png", "pdf"}));
  sub->add_option("--engine", opt->engine, "GraphViz layout program")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}))
      ->capture_default_str();
  sub->add_option("--font", opt->font,
                  "Font with Japanese glyphs (fonts-noto-cjk; IPAGothic from fonts-ipafont-gothic)")
      ->capture_default_str();
  auto* around = sub->add_option("--around", opt->around,
                                 "Draw only this actor's neighbourhood (id, Japanese or English name)");
  sub->add_option("-d,--depth", opt->depth, "With --around: how many hops away neighbours may be")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10}))
      ->capture_default_str()
      ->needs(around);
  add_query_options(*sub, opt->query, Negated::excluded_by_default);
  add_data_options(*sub, data);
  sub->footer(
      "Needs graphviz. Labels are Japanese; without a CJK font installed they show as boxes,\n"
      "and render warns. The image is written whole or not at all.");
  sub->callback([&data, &run, opt] { run = [&data, opt]() { return run_render(*opt, data); }; });
}

}  // namespace kankei::cli
