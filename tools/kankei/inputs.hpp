// Input documents from the command line: files, folders, '-' for stdin,
// plain text or JSON Lines records {"id", "text", "date"?}.
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::cli {

enum class InputFormat { automatic, text, jsonl };

struct InputItem {
  pipeline::Document document;
  std::string origin;  // "path" or "path:line", for messages
  std::size_t bytes = 0;
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
  static Result<DocumentReader> open(const std::vector<std::string>& paths, InputFormat format);

  // The next document, std::nullopt at the end, or an error naming the file
  // (and line, or byte offset) that could not be read or parsed. A text file
  // holding a NUL byte or invalid UTF-8 fails while it is read, so a large
  // binary file is not loaded whole; a text document above max_text_bytes
  // fails too. After an error, next() goes on with the following document.
  Result<std::optional<InputItem>> next();

  // Offsets are 32-bit code-point indexes, and the pipeline holds a document
  // as UTF-32: 1 GiB of text is the most one document may hold.
  static constexpr std::size_t max_text_bytes = std::size_t{1} << 30;

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
  std::istream* m_stream = nullptr;  // an open JSONL stream, or null
  std::size_t m_line = 0;
  std::uintmax_t m_total_bytes = 0;
  InputFormat m_format = InputFormat::automatic;
};

}  // namespace kankei::cli
