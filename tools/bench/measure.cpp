// Clocks and memory figures of this process, and the graph's memory estimate.
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

#include "bench.hpp"

namespace kankei::bench {
namespace {

// libstdc++ keeps up to 15 bytes inside the string (small-string buffer);
// longer ones own a heap block of capacity + 1.
std::uint64_t heap_of(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

// Per-element overheads of the containers inside KnowledgeGraph::Impl
// (lib/graph/graph_impl.hpp), for 64-bit libstdc++.
constexpr std::uint64_t hash_node = 16;      // next pointer + cached hash
constexpr std::uint64_t hash_bucket = 8;
constexpr std::uint64_t adjacency = 2 * sizeof(std::vector<graph::EdgeId>);  // a node's out- and in-list
// One edge: its id in the source's out-list and the target's in-list, and a
// 16-byte slot of the edge table, which is between a quarter and half full.
constexpr std::uint64_t edge_index = 2 * sizeof(graph::EdgeId) + 3 * 16;

}  // namespace

Stopwatch::Stopwatch() : m_wall(std::chrono::steady_clock::now()), m_cpu(cpu_seconds()) {}

Timing Stopwatch::elapsed() const {
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count(), cpu_seconds() - m_cpu};
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::uint64_t peak_rss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

std::uint64_t current_rss() {
  unsigned long long size = 0, resident = 0;
  FILE* statm = std::fopen("/proc/self/statm", "r");
  if (!statm) return 0;
  const int read = std::fscanf(statm, "%llu %llu", &size, &resident);
  std::fclose(statm);
  return read == 2 ? resident * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE)) : 0;
}

std::uint64_t heap_in_use() {
  const auto info = mallinfo2();  // sums every arena, so worker threads' blocks count too
  return info.uordblks + info.hblkhd;
}

std::uint64_t estimate_graph_bytes(const graph::KnowledgeGraph& graph) {
  std::uint64_t bytes = 0;
  for (graph::NodeId n = 0; n < graph.node_count(); ++n) {
    const auto& node = graph.node(n);
    bytes += sizeof(graph::ActorNode) + heap_of(node.id) + heap_of(node.kind) + heap_of(node.label) +
             heap_of(node.name_en) + heap_of(node.affiliation);
    // by_id: a hash node holding a copy of the id and the NodeId.
    bytes += hash_node + sizeof(std::pair<const std::string, graph::NodeId>) + heap_of(node.id) + hash_bucket;
    bytes += adjacency;
  }
  for (graph::EdgeId e = 0; e < graph.edge_count(); ++e) {
    const auto& edge = graph.edge(e);
    bytes += sizeof(graph::RelationEdge) + heap_of(edge.relation) + edge.evidence.capacity() * sizeof(graph::Evidence);
    for (const auto& ev : edge.evidence) {
      bytes += heap_of(ev.doc) + heap_of(ev.date) + heap_of(ev.sentence) + heap_of(ev.trigger) + heap_of(ev.rule);
    }
    bytes += edge_index;
  }
  return bytes;
}

}  // namespace kankei::bench
