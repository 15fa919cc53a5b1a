// Reading back the JSON Lines that `kankei extract` writes (write_record_jsonl),
// so that `kankei merge` can build a graph from many mention files.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "pipeline/pipeline.hpp"

namespace kankei::exporter {

// Parses one line of `kankei extract` output into a RelationRecord.
// "doc", "source", "relation" and "target" are required, non-empty strings;
// every other field of the contract (DESIGN.md) is optional and keeps its
// default when absent or null, but a field of the wrong type is an error. Unknown fields
// are ignored, so newer writers stay readable. A line that Hadoop streaming
// prefixed with "key<TAB>" is read from after the tab (JSON strings never hold
// a raw tab, so the first tab can only be such a separator).
// Errors have code parse and `where` set to `where` (e.g. "m.jsonl:12").
//   {"doc":"d","source":"RUS","relation":"supplies","target":"KAZ"}
//     => RelationRecord{doc "d", source "RUS", relation "supplies", target "KAZ"}
Result<pipeline::RelationRecord> parse_record_jsonl(std::string_view line, std::string_view where);

// Reads records from a stream one line at a time; memory holds one line.
// Blank lines are skipped. `stream` must outlive the reader.
class RecordReader {
 public:
  // `name` is used in messages: "name:line".
  RecordReader(std::istream& stream, std::string name) : m_stream(stream), m_name(std::move(name)) {}

  // The next record, std::nullopt at the end of the stream, or the parse
  // error of the current line (with "name:line"). After an error, next()
  // goes on with the following line, so callers can skip bad lines.
  // A read failure of the stream itself is an io error.
  Result<std::optional<pipeline::RelationRecord>> next();

  // 1-based number of the line last read (0 before the first).
  std::size_t line() const { return m_line; }

 private:
  std::istream& m_stream;
  std::string m_name;
  std::string m_buffer;
  std::size_t m_line = 0;
};

}  // namespace kankei::exporter
