// The options every document-reading subcommand shares.
#include "input_options.hpp"

namespace kankei::cli {

void add_input_options(CLI::App& sub, InputOptions& in) {
  sub.add_option("paths", in.paths,
                 "Text files, folders of them, JSON Lines files ({\"id\",\"text\",\"date\"}), or - for stdin")
      ->required();
  sub.add_option("--format", in.format, "Input format: auto (by extension; stdin by content), text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  sub.add_option("-j,--jobs", in.jobs, "Worker threads (default: the machine's cores); output is the same for any N")
      ->check(CLI::Range(1u, 256u));
  sub.add_flag("-k,--keep-going", in.keep_going, "Skip unreadable or invalid documents with a warning (exit code 3)");
}

}  // namespace kankei::cli
