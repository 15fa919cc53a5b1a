// kankei-bench: the pieces main.cpp puts together. Internal to tools/bench;
// nothing here is library API.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "graph/graph.hpp"
#include "pipeline/pipeline.hpp"
#include "tokens/tokens.hpp"

namespace kankei::bench {

// ---- corpus.cpp ----------------------------------------------------------

// The seed texts, repeated `repeats` times. Documents are made one at a time
// by document(), so the corpus never sits in memory as a whole: the streaming
// build's peak RSS must not include it.
struct Corpus {
  std::vector<pipeline::Document> seeds;
  std::uint64_t seed_bytes = 0;
  std::size_t repeats = 1;

  std::size_t documents() const { return seeds.size() * repeats; }
  std::uint64_t bytes() const { return seed_bytes * repeats; }
  // Document i: seed i % n, its id suffixed with the repeat ("02-iran#7") so
  // that evidence from different repeats stays distinct, as in a real corpus.
  pipeline::Document document(std::size_t i) const;
};

// Every *.txt under each of `folders` (recursively, sorted within a folder,
// folders in the order given), repeated until the corpus holds at least
// `megabytes` x 10^6 bytes. Fails when there is no text, or a file is
// unreadable or not valid UTF-8.
Result<Corpus> load_corpus(const std::vector<std::string>& folders, double megabytes);

// ---- data.cpp -----------------------------------------------------------

// Where the data lives; empty fields fall back to KANKEI_DICT, KANKEI_USERDIC,
// KANKEI_IPADIC and then the build tree's defaults, as `kankei` does.
struct DataPaths {
  std::string dict;
  std::string userdic;
  std::string ipadic;
};

struct Data {
  std::unique_ptr<pipeline::Resources> resources;
  std::unique_ptr<tokens::Tokenizer> tokenizer;
  std::uint64_t mecab_file_bytes = 0;  // size of the MeCab dictionary files mapped
};

// Reads dict/ and opens MeCab; resolves the fields of `paths` in place.
Result<Data> load_data(DataPaths& paths);

// ---- measure.cpp ----------------------------------------------------------

struct Timing {
  double wall = 0.0;  // seconds
  double cpu = 0.0;   // user + system seconds of every thread
};

class Stopwatch {
 public:
  Stopwatch();
  Timing elapsed() const;

 private:
  std::chrono::steady_clock::time_point m_wall;
  double m_cpu;
};

double cpu_seconds();
std::uint64_t peak_rss();     // bytes; getrusage's ru_maxrss, which never goes down
std::uint64_t current_rss();  // bytes; /proc/self/statm
std::uint64_t heap_in_use();  // bytes malloc has handed out, every arena (mallinfo2)

// What `graph` holds in memory: its strings, vectors, adjacency lists and
// index tables, from the sizes of libstdc++'s nodes. A lower bound:
// allocator headers and vector slack are not counted, nor the arc index
// that the first path query builds.
std::uint64_t estimate_graph_bytes(const graph::KnowledgeGraph& graph);

// ---- text.cpp -------------------------------------------------------------

struct PassResult {
  Timing time;
  std::size_t sentences = 0;  // counted by the bare pass only
  std::size_t tokens = 0;     // MeCab nodes, bare pass only
  std::size_t records = 0;    // relation records, pipeline passes only
};

// The baseline: decode, split, normalise and MeCab-parse every sentence on
// one thread, keeping nothing.
PassResult bare_mecab(const Corpus& corpus, const tokens::Tokenizer& tokenizer);

using Sink = std::function<void(const std::vector<pipeline::RelationRecord>&)>;

// Pipeline::run over every document, `jobs` threads, scheduled as
// tools/kankei/runner.cpp schedules them; `sink` gets each document's records
// in input order on the calling thread. Fails on the first bad document.
Result<PassResult> run_pipeline(const Corpus& corpus, const pipeline::Pipeline& pipeline, unsigned jobs,
                                const Sink& sink);

// ---- queries.cpp ------------------------------------------------------------

struct QueryOptions {
  std::size_t actors = 10000;
  std::size_t mentions = 1000000;
  std::size_t pairs = 1000;
  double budget = 120.0;  // seconds the path queries may take before stopping early
  std::uint64_t seed = 42;
};

struct QueryResult {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::uint64_t json_bytes = 0;
  double build_seconds = 0.0;
  double write_seconds = 0.0;
  double read_seconds = 0.0;
  bool library_paths = false;  // graph::shortest_path was measured; else only the bench's BFS
  std::size_t pairs = 0;       // pairs measured (fewer than asked when the budget ran out)
  std::size_t connected = 0;   // pairs with a path
  double median_ms = 0.0;      // graph::shortest_path, or the BFS without it
  double bfs_median_ms = 0.0;  // the bench's BFS over out_edges/in_edges
  std::size_t disagreements = 0;  // pairs where the two found different hop counts
};

// Builds a synthetic graph, round-trips it through exporter::write_json and
// read_json (a temporary file, removed after) and times shortest paths on
// the graph read back. Relation names come from `lexicon`.
Result<QueryResult> run_queries(const QueryOptions& options, const mentions::Lexicon& lexicon);

// ---- report.cpp -----------------------------------------------------------

enum class Verdict { pass, miss, info };

// The table printed at the end: one row per figure, with its target.
class Report {
 public:
  void section(std::string title);
  void info(std::string figure, std::string measured);
  // `pass` decides PASS or MISS; the verdict is printed, never asserted.
  void target(std::string figure, std::string measured, std::string target, bool pass);
  void print() const;

 private:
  struct Row {
    std::string figure, measured, target;
    Verdict verdict = Verdict::info;
    bool section = false;
  };
  std::vector<Row> m_rows;
};

// printf into a std::string.
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string megabytes(std::uint64_t bytes);  // "12.3 MB" (10^6 bytes)

}  // namespace kankei::bench
