// kankei extract PATH...: one JSON line per relation mention on stdout.
#include <spdlog/spdlog.h>

#include <iostream>

#include "app.hpp"
#include "input_options.hpp"
#include "context.hpp"
#include "export/export.hpp"
#include "runner.hpp"

namespace kankei::cli {

void add_extract(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("extract", "Print relation mentions as JSON Lines on stdout");
  auto in = std::make_shared<InputOptions>();
  add_input_options(*sub, *in);
  add_data_options(*sub, data);
  sub->callback([&data, &run, in] {
    run = [&data, in]() -> Result<int> {
      auto reader = DocumentReader::open(in->paths, in->input_format());
      if (!reader) return unexpected(reader.error());
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      std::ios::sync_with_stdio(false);
      auto stats = run_documents(*reader, *context->pipeline, {in->jobs, in->keep_going, true},
                                 [](const std::vector<pipeline::RelationRecord>& records) {
                                   for (const auto& r : records) exporter::write_record_jsonl(r, std::cout);
                                 });
      std::cout.flush();
      if (!stats) return unexpected(stats.error());
      spdlog::info("{} documents, {} relation mentions", stats->documents, stats->records);
      return stats->skipped ? exit_partial : exit_ok;
    };
  });
}

}  // namespace kankei::cli
