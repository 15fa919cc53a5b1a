// Input documents from the command line: files, folders, '-' for stdin,
// plain text or JSON Lines records {"id", "text", "date"?}.
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "graph/graph.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::cli {

enum class InputFormat { automatic, text, jsonl };

struct InputItem {
  pipeline::Document document;
  std::string origin;  // "path" or "path:line", for messages
  std::size_t bytes = 0;
};

// Reads a stream line by line with a cap on the length of one line, so that a
// file without line breaks (or /dev/zero) cannot fill memory. For JSON Lines:
// a NUL byte, which JSON never holds, ends the stream as a binary file.
//   "a\nbb\n\nc" => "a", "bb", "", "c", end
class LineReader {
 public:
  // `name` is used in messages ("name:line"); `lines_before` is the number of
  // lines already read from `stream`. `stream` must outlive the reader.
  LineReader(std::istream& stream, std::string name, std::size_t max_bytes, std::size_t lines_before = 0)
      : m_stream(stream), m_name(std::move(name)), m_max_bytes(max_bytes), m_line(lines_before) {}

  // The next line without its '\n' (a '\r' before it is kept), std::nullopt
  // at the end, or an error naming "name:line". A line longer than max_bytes
  // is an error and is skipped to its end without being held in memory; after
  // it next() goes on with the following line. A NUL byte is an error too,
  // after which the stream counts as ended. A read failure is an io error.
  // The view is valid until the next call.
  Result<std::optional<std::string_view>> next();

  // 1-based number of the line last read (lines_before before the first).
  std::size_t line() const { return m_line; }

 private:
  std::istream& m_stream;
  std::string m_name;
  std::size_t m_max_bytes;
  std::size_t m_line;
  std::string m_text;
  bool m_ended = false;  // after a NUL byte
};

// Yields documents one at a time, so memory stays bounded by one document
// (one JSONL line) whatever the corpus size.
class DocumentReader {
 public:
  // Expands folders (recursively, sorted; symlinked folders are followed,
  // but each folder is read once, so a symlink loop ends with a warning
  // instead of trapping the walk) and checks that every path exists. Fails
  // before anything is read when one does not. A folder inside that cannot
  // be listed becomes an error of next() at its place, so --keep-going can
  // skip it like an unreadable file.
  // Fails too when KANKEI_MAX_DOCUMENT_BYTES is set but not a valid cap.
  static Result<DocumentReader> open(const std::vector<std::string>& paths, InputFormat format);

  // The next document, std::nullopt at the end, or an error naming the file
  // (and line, or byte offset) that could not be read or parsed. A text file
  // holding a NUL byte or invalid UTF-8 fails while it is read, so a large
  // binary file is not loaded whole; a text document above max_bytes()
  // fails too, and so does a JSON Lines line above it (the record's text is
  // part of its line). A record's "id" must be a string or an integer and
  // its "date" a string (either may be absent or null). After an error,
  // next() goes on with the following document; after a NUL byte in a JSON
  // Lines file, with the following file.
  Result<std::optional<InputItem>> next();

  // Offsets are 32-bit code-point indexes, and the pipeline holds a document
  // as UTF-32: 1 GiB of text is the most one document may hold.
  static constexpr std::size_t max_text_bytes = std::size_t{1} << 30;

  // The cap in force: max_text_bytes, or less when the environment variable
  // KANKEI_MAX_DOCUMENT_BYTES says so (to bound the memory of one process,
  // as in a Hadoop container). An error names the variable when its value is
  // not a number from 1 to max_text_bytes.
  static Result<std::size_t> max_bytes();

  // Total bytes of the regular files to read (0 when reading stdin): for progress.
  std::uintmax_t total_bytes() const { return m_total_bytes; }

 private:
  struct Source {
    std::string path;  // "-" for stdin
    bool jsonl = false;
    std::string error;  // set when the walk could not list this folder
  };
  std::vector<Source> m_sources;
  std::size_t m_next_source = 0;
  std::unique_ptr<std::ifstream> m_file;
  std::unique_ptr<LineReader> m_lines;  // the open JSONL stream, or null
  std::uintmax_t m_total_bytes = 0;
  std::size_t m_max_bytes = max_text_bytes;
  InputFormat m_format = InputFormat::automatic;
};

// Reads the graph file that build and merge add to (--graph). Fails naming
// `path` when it is missing, a folder, unreadable or not a kankei graph.
Result<graph::KnowledgeGraph> read_graph_file(const std::string& path);

}  // namespace kankei::cli
