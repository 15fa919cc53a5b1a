// kankei merge MENTIONS.jsonl... -o graph.json: builds the graph from the
// JSON Lines of `kankei extract`, so that extract can run as a map step (one
// process per shard) and merge as the reduce step. Given the records of a
// corpus in extract's order it writes the graph `kankei build` writes.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "app.hpp"
#include "atomic_file.hpp"
#include "context.hpp"
#include "export/export.hpp"
#include "export/record_reader.hpp"
#include "graph/graph.hpp"
#include "inputs.hpp"
#include "pipeline/graph_builder.hpp"

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> paths;
  std::string output = "graph.json";
  std::string dot;
  std::string graph;  // an existing graph to add to
  bool no_background = false;
  bool keep_going = false;
};

// Files to read, in order. A folder stands for its files (not recursive),
// sorted, without the hidden and "_" files Hadoop leaves beside its
// part-NNNNN outputs (_SUCCESS, .part-00000.crc). Fails on a missing path
// before anything is read.
Result<std::vector<std::string>> expand(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path == "-" || fs::is_regular_file(path, ec)) {
      files.push_back(path);
      continue;
    }
    if (!fs::is_directory(path, ec)) {
      if (fs::exists(path, ec)) files.push_back(path);  // a FIFO or device: let reading decide
      else return unexpected(make_error(ErrorCode::not_found, "no such file or folder", path));
      continue;
    }
    std::vector<std::string> found;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      const auto name = it->path().filename().string();
      std::error_code type_ec;
      if (name.empty() || name[0] == '.' || name[0] == '_' || !it->is_regular_file(type_ec)) continue;
      found.push_back(it->path().string());
    }
    if (ec) return unexpected(make_error(ErrorCode::io, "cannot read folder: " + ec.message(), path));
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Adds records to the graph through pipeline::add_records, as build does.
// Records whose actors or relation the dictionary does not know (a mapper
// ran with another dict/) are kept rather than dropped: the actor becomes
// a node labelled with its id, the relation an asymmetric edge.
class Merger {
 public:
  Merger(graph::KnowledgeGraph& graph, const pipeline::Resources& resources)
      : m_graph(graph), m_resources(resources) {}

  void add(pipeline::RelationRecord record) {
    const auto& actors = m_resources.actors;
    if (actors.find_id(record.source) && actors.find_id(record.target) &&
        m_resources.lexicon.find_relation(record.relation) >= 0) {
      m_pending.push_back(std::move(record));
      if (m_pending.size() >= 4096) flush();  // bounds memory, keeps order
      return;
    }
    flush();  // nodes and edges are created in record order, as in build
    add_unknown(record);
  }

  void flush() {
    pipeline::add_records(m_graph, m_pending, m_resources);
    m_pending.clear();
  }

  std::size_t unknown_actors() const { return m_unknown_actors.size(); }

 private:
  graph::NodeId node(const std::string& id, const std::string& affiliation) {
    const auto& table = m_resources.actors;
    if (const auto* actor = table.find_id(id)) return pipeline::node_for(m_graph, *actor, table);
    // Once per actor, and only the first few: a mapper run with a larger
    // dictionary could otherwise flood the log.
    if (m_unknown_actors.insert(id).second && m_unknown_actors.size() <= 10) {
      spdlog::warn("actor '{}' is not in the dictionary; kept with its id as label{}", id,
                   m_unknown_actors.size() == 10 ? " (further ones are only counted)" : "");
    }
    return m_graph.add_actor(graph::ActorNode{id, "", id, "", affiliation});
  }

  void add_unknown(const pipeline::RelationRecord& r) {
    const int relation = m_resources.lexicon.find_relation(r.relation);
    if (relation < 0 && m_unknown_relations.insert(r.relation).second) {
      spdlog::warn("relation '{}' is not in the lexicon; kept as an asymmetric relation", r.relation);
    }
    const bool symmetric = relation >= 0 && m_resources.lexicon.relations()[relation].symmetric;
    const auto s = node(r.source, r.source_affiliation);
    const auto t = node(r.target, r.target_affiliation);
    m_graph.add_mention(s, r.relation, t, symmetric, r.negated,
                        graph::Evidence{r.doc, r.date, r.sentence, r.sentence_index, r.begin, r.end, r.trigger, r.rule,
                                        r.confidence, r.hypothetical});
  }

  graph::KnowledgeGraph& m_graph;
  const pipeline::Resources& m_resources;
  std::vector<pipeline::RelationRecord> m_pending;
  std::set<std::string> m_unknown_actors;
  std::set<std::string> m_unknown_relations;
};

struct MergeStats {
  std::size_t files = 0;
  std::size_t records = 0;
  std::size_t skipped = 0;  // bad lines and unreadable files, with --keep-going
};

// Reads every record of `path` into `merger`. A bad line fails the run with
// "path:line", or is logged and counted with --keep-going. A line may hold
// `max_bytes`, as a JSON Lines input record may, so that memory stays bounded
// whatever the file holds; a NUL byte ends the file (not JSON Lines).
Result<void> merge_file(const std::string& path, std::size_t max_bytes, bool keep_going, Merger& merger,
                        MergeStats& stats) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return unexpected(make_error(ErrorCode::io, "cannot read file", path));
    in = &file;
  }
  const std::string name = path == "-" ? "stdin" : path;
  LineReader lines(*in, name, max_bytes);
  while (true) {
    auto line = lines.next();
    if (line && !*line) break;
    if (line && (*line)->find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto record = [&]() -> Result<pipeline::RelationRecord> {
      if (!line) return unexpected(line.error());
      return exporter::parse_record_jsonl(**line, name + ":" + std::to_string(lines.line()));
    }();
    if (!record) {
      if (!keep_going || record.error().code == ErrorCode::io) return unexpected(record.error());
      spdlog::warn("skipped: {}", record.error().what());
      ++stats.skipped;
      continue;
    }
    merger.add(std::move(*record));
    ++stats.records;
  }
  ++stats.files;
  return {};
}

}  // namespace

void add_merge(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand(
      "merge", "Build the graph from the JSON Lines of `kankei extract` (the reduce step of a map/reduce run)");
  auto opt = std::make_shared<MergeOptions>();
  sub->add_option("mentions", opt->paths,
                  "JSON Lines files of `kankei extract`, folders of them (e.g. Hadoop part-* files), or - for stdin")
      ->required();
  sub->add_option("-o,--output", opt->output, "Graph JSON to write (node-link; - for stdout)")->capture_default_str();
  sub->add_option("--dot", opt->dot, "Also write a GraphViz diagram");
  sub->add_option("--graph", opt->graph, "Add to this existing graph instead of starting empty");
  sub->add_flag("--no-background", opt->no_background, "Leave out the dictionary's member_of/leader_of edges");
  sub->add_flag("-k,--keep-going", opt->keep_going,
                "Skip malformed lines and unreadable files with a warning (exit code 3)");
  add_data_options(*sub, data);
  sub->callback([&data, &run, opt] {
    run = [&data, opt]() -> Result<int> {
      KANKEI_TRY(check_writable(opt->output));  // before the work, not after it
      if (!opt->dot.empty()) KANKEI_TRY(check_writable(opt->dot));
      auto files = expand(opt->paths);
      if (!files) return unexpected(files.error());
      auto max_bytes = DocumentReader::max_bytes();
      if (!max_bytes) return unexpected(max_bytes.error());
      auto resources = load_resources(data);
      if (!resources) return unexpected(resources.error());
      graph::KnowledgeGraph graph;
      if (!opt->graph.empty()) {
        auto loaded = read_graph_file(opt->graph);
        if (!loaded) return unexpected(loaded.error());
        graph = std::move(*loaded);
      }
      std::ios::sync_with_stdio(false);
      Merger merger(graph, **resources);
      MergeStats stats;
      for (const auto& path : *files) {
        auto merged = merge_file(path, *max_bytes, opt->keep_going, merger, stats);
        if (merged) continue;
        if (!opt->keep_going) return unexpected(merged.error());
        spdlog::warn("skipped: {}", merged.error().what());
        ++stats.skipped;
      }
      merger.flush();
      if (!opt->no_background) pipeline::add_background_edges(graph, **resources);
      const auto styles = exporter::styles_from((*resources)->lexicon);
      KANKEI_TRY(write_atomically(opt->output, [&](std::ostream& out) { exporter::write_json(graph, styles, out); }));
      if (!opt->dot.empty()) {
        KANKEI_TRY(write_atomically(opt->dot, [&](std::ostream& out) { exporter::write_dot(graph, styles, {}, out); }));
      }
      if (merger.unknown_actors() > 10) {
        spdlog::warn("{} actors are not in the dictionary (kept with their ids as labels)", merger.unknown_actors());
      }
      spdlog::info("{} files, {} relation mentions: {} actors, {} edges", stats.files, stats.records,
                   graph.node_count(), graph.edge_count());
      return stats.skipped ? exit_partial : exit_ok;
    };
  });
}

}  // namespace kankei::cli
