// kankei render GRAPH -o FILE.svg|png|pdf [--around ACTOR] [filters]: draws a
// graph (or one actor's neighbourhood) with GraphViz in a font that has
// Japanese glyphs.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "app.hpp"
#include "context.hpp"
#include "graph/paths.hpp"
#include "graph_query_options.hpp"

extern char** environ;

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

// True when fontconfig knows a family named `font`. Without it, graphviz
// silently substitutes a font that may have no kana or kanji, and every
// label becomes a row of boxes.
bool font_installed(const std::string& font) {
  FILE* pipe = popen("fc-list : family 2>/dev/null", "r");
  if (!pipe) return true;  // cannot tell; do not warn for nothing
  std::string families;
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) families.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (status != 0 || families.empty()) return true;
  // Lines look like "Noto Sans CJK JP,Noto Sans CJK JP Regular".
  std::size_t at = 0;
  while ((at = families.find(font, at)) != std::string::npos) {
    const bool starts = at == 0 || families[at - 1] == '\n' || families[at - 1] == ',';
    const std::size_t end = at + font.size();
    const bool ends = end == families.size() || families[end] == '\n' || families[end] == ',';
    if (starts && ends) return true;
    at = end;
  }
  return false;
}

// Runs `argv` (no shell, so file names need no quoting) and waits for it.
Result<void> run_program(const std::vector<std::string>& argv, const std::string& output) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  if (int error = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ); error != 0) {
    const std::string why = error == ENOENT ? "graphviz '" + argv[0] + "' not found (install graphviz)"
                                            : "cannot run graphviz '" + argv[0] + "': " + std::strerror(error);
    return unexpected(make_error(ErrorCode::not_found, why, output));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return unexpected(make_error(ErrorCode::io, "lost the graphviz process", output));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return unexpected(make_error(ErrorCode::io, "graphviz could not render the diagram", output));
  }
  return {};
}

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
  KANKEI_TRY(check_output_folder(o.output));
  // The DOT goes to a temporary file beside the output, and graphviz writes
  // a temporary image that is renamed into place only when it succeeded.
  // "./" keeps a name like "-x.svg" from reading as an option to graphviz.
  const std::filesystem::path stem = o.output == "-" ? std::filesystem::temp_directory_path() / "kankei-render"
                                     : o.output.starts_with('-') ? std::filesystem::path("./" + o.output)
                                                                 : std::filesystem::path(o.output);
  const std::string dot_path = stem.string() + ".tmp." + std::to_string(getpid()) + ".dot";
  exporter::DotOptions options;
  options.font = o.font;
  options.include_negated = filter->include_negated;
  options.include_background = filter->include_background;
  {
    std::ofstream dot(dot_path, std::ios::binary | std::ios::trunc);
    if (dot) exporter::write_dot(g, loaded->styles, options, dot);
    if (!dot.flush()) {
      std::remove(dot_path.c_str());
      return unexpected(make_error(ErrorCode::io, "cannot write the temporary diagram", dot_path));
    }
  }
  std::vector<std::string> argv{o.engine, "-T" + format, dot_path};
  const std::string image_path = o.output == "-" ? std::string() : stem.string() + ".tmp." + std::to_string(getpid());
  if (!image_path.empty()) argv.insert(argv.end(), {"-o", image_path});
  auto rendered = run_program(argv, o.output);
  std::remove(dot_path.c_str());
  if (!rendered) {
    if (!image_path.empty()) std::remove(image_path.c_str());
    return unexpected(rendered.error());
  }
  if (!image_path.empty() && std::rename(image_path.c_str(), o.output.c_str()) != 0) {
    std::remove(image_path.c_str());
    return unexpected(make_error(ErrorCode::io, "cannot replace file", o.output));
  }
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
