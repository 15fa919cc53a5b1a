// Query figures on a synthetic graph: reading the JSON back, and shortest paths.
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <random>

#include "bench.hpp"
#include "core/utf8.hpp"
#include "export/export.hpp"
#if KANKEI_BENCH_LIBRARY_PATHS
#include "graph/paths.hpp"
#endif

namespace kankei::bench {
namespace {

// Japanese characters for evidence sentences: their UTF-8 length (3 bytes
// each) is what the JSON file and the evidence strings pay for.
constexpr std::u32string_view sentence_chars =
    U"政府外相首脳会談交渉制裁支援供与武器兵器攻撃非難協力合意表明発表国連安保理事会欧州連合米国中国ロシアイランはがをにでとの。、";
constexpr const char* triggers[] = {"制裁", "支援", "交渉", "会談", "供与", "牽制", "攻撃", "非難", "協力", "合意"};
constexpr const char* rules[] = {"verb.topic+noun.dat", "verb.ga+verb.wo", "noun.no+verb.ga", "coord.to+verb.ga"};

graph::KnowledgeGraph synthetic_graph(const QueryOptions& options, const mentions::Lexicon& lexicon) {
  std::mt19937_64 rng(options.seed);  // fixed seed: the same graph on every run
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  graph::KnowledgeGraph graph;
  for (std::size_t i = 0; i < options.actors; ++i) {
    const std::string n = std::to_string(i);
    graph.add_actor({"actor_" + n, i % 10 == 0 ? "state" : "person", "アクター" + n, "Actor " + n, ""});
  }
  // 1,000 sentences of 20-60 characters to copy from: generating a million
  // distinct ones would only slow the setup; each Evidence owns its copy anyway.
  std::vector<std::string> sentences(1000);
  for (auto& s : sentences) {
    const auto length = 20 + rng() % 41;
    std::u32string text;
    for (std::size_t c = 0; c < length; ++c) text += sentence_chars[rng() % sentence_chars.size()];
    text += U'。';
    for (char32_t cp : text) utf8::append(s, cp);
  }
  // u^2 skews the ends towards low ids, so a few actors are hubs, as states
  // are in real text, and some mentions aggregate into the same edge.
  auto pick = [&] { return std::min(options.actors - 1, static_cast<std::size_t>(std::pow(unit(rng), 2) * options.actors)); };
  const auto& relations = lexicon.relations();
  for (std::size_t m = 0; m < options.mentions; ++m) {
    const auto source = pick();
    auto target = pick();
    if (target == source) target = (source + 1) % options.actors;
    const auto& relation = relations[rng() % relations.size()];
    graph::Evidence ev;
    ev.doc = "doc" + std::to_string(m / 250);
    ev.date = format("2025-%02d-%02d", static_cast<int>(1 + rng() % 12), static_cast<int>(1 + rng() % 28));
    ev.sentence = sentences[rng() % sentences.size()];
    ev.sentence_index = static_cast<std::uint32_t>(rng() % 40);
    ev.begin = static_cast<std::uint32_t>(rng() % 5000);
    ev.end = ev.begin + 40;
    ev.trigger = triggers[rng() % std::size(triggers)];
    ev.rule = rules[rng() % std::size(rules)];
    ev.confidence = 0.3 + 0.05 * static_cast<double>(rng() % 15);  // short decimals, as the rules give
    ev.hypothetical = rng() % 20 == 0;
    graph.add_mention(source, relation.name, target, relation.symmetric, rng() % 30 == 0, std::move(ev));
  }
  return graph;
}

// Hop count of the shortest path walking edges either way, skipping denied
// relations: what graph::shortest_path's default filter sees. -1 when none.
int bfs_hops(const graph::KnowledgeGraph& graph, graph::NodeId from, graph::NodeId to) {
  if (from == to) return 0;
  std::vector<int> depth(graph.node_count(), -1);
  std::deque<graph::NodeId> queue{from};
  depth[from] = 0;
  while (!queue.empty()) {
    const auto node = queue.front();
    queue.pop_front();
    auto visit = [&](const std::vector<graph::EdgeId>& edges, bool out) {
      for (const auto e : edges) {
        const auto& edge = graph.edge(e);
        if (edge.negated) continue;
        const auto next = out ? edge.target : edge.source;
        if (depth[next] >= 0) continue;
        depth[next] = depth[node] + 1;
        queue.push_back(next);
      }
    };
    visit(graph.out_edges(node), true);
    visit(graph.in_edges(node), false);
    if (depth[to] >= 0) return depth[to];
  }
  return -1;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Result<QueryResult> run_queries(const QueryOptions& options, const mentions::Lexicon& lexicon) {
  if (options.actors < 2 || lexicon.relations().empty()) {
    return unexpected(make_error(ErrorCode::invalid_argument, "need at least 2 actors and one relation type"));
  }
  QueryResult result;
  std::string path = (std::filesystem::temp_directory_path() / "kankei-bench-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return unexpected(make_error(ErrorCode::io, "cannot create a temporary file", path));
  close(fd);
  {
    auto start = std::chrono::steady_clock::now();
    const auto graph = synthetic_graph(options, lexicon);
    result.build_seconds = seconds_since(start);
    std::ofstream out(path, std::ios::binary);
    start = std::chrono::steady_clock::now();
    exporter::write_json(graph, exporter::styles_from(lexicon), out);
    out.close();
    result.write_seconds = seconds_since(start);
    if (!out) {
      std::remove(path.c_str());
      return unexpected(make_error(ErrorCode::io, "cannot write the graph", path));
    }
  }  // the written graph is freed: the queries run on the one read back, as `kankei path` does
  result.json_bytes = std::filesystem::file_size(path);
  std::ifstream in(path, std::ios::binary);
  const auto start = std::chrono::steady_clock::now();
  auto loaded = exporter::read_json(in, path);
  result.read_seconds = seconds_since(start);
  std::remove(path.c_str());
  if (!loaded) return unexpected(loaded.error());
  const auto& graph = *loaded;
  result.nodes = graph.node_count();
  result.edges = graph.edge_count();

  std::mt19937_64 rng(options.seed + 1);
  std::vector<double> library_ms, bfs_ms;
  const auto budget_start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < options.pairs && seconds_since(budget_start) < options.budget; ++i) {
    const auto from = rng() % graph.node_count();
    const auto to = rng() % graph.node_count();
    auto t = std::chrono::steady_clock::now();
    const int hops = bfs_hops(graph, from, to);
    bfs_ms.push_back(seconds_since(t) * 1e3);
#if KANKEI_BENCH_LIBRARY_PATHS
    t = std::chrono::steady_clock::now();
    const auto found = graph::shortest_path(graph, from, to, graph::PathFilter{});
    library_ms.push_back(seconds_since(t) * 1e3);
    if ((found ? static_cast<int>(found->hops.size()) : -1) != hops) ++result.disagreements;
#endif
    if (hops >= 0) ++result.connected;
    ++result.pairs;
  }
  result.library_paths = !library_ms.empty();
  result.bfs_median_ms = median(bfs_ms);
  result.median_ms = result.library_paths ? median(library_ms) : result.bfs_median_ms;
  return result;
}

}  // namespace kankei::bench
