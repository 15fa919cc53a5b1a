// Reading many documents on several threads with deterministic output.
#pragma once

#include <functional>
#include <vector>

#include "inputs.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::cli {

struct RunOptions {
  unsigned jobs = 1;
  bool keep_going = false;  // log and skip bad documents instead of stopping
  bool progress = true;     // a progress line when stderr is a terminal
};

struct RunStats {
  std::size_t documents = 0;
  std::size_t skipped = 0;
  std::size_t records = 0;
  std::uintmax_t bytes = 0;
};

// Runs the pipeline over every document of `reader`, `jobs` at a time, and
// hands each document's records to `sink` in input order: the output is the
// same bytes whatever `jobs` is. At most 4 x `jobs` documents and their
// records are in memory at once. On an error (without keep_going) the
// documents before the bad one have reached `sink`, whatever `jobs` is.
Result<RunStats> run_documents(DocumentReader& reader, const pipeline::Pipeline& pipeline, const RunOptions& options,
                               const std::function<void(const std::vector<pipeline::RelationRecord>&)>& sink);

}  // namespace kankei::cli
