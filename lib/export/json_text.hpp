// Internal to export/: JSON text written and read without nlohmann's DOM,
// for graph files of a million edges. The Writer's bytes are those of
// nlohmann::json::dump (json_text.cpp); the Cursor (json_cursor.cpp) reads
// only what it can read exactly as nlohmann would and says so otherwise, so
// that callers can fall back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <istream>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph.hpp"

namespace kankei::exporter::json_text {

// True when `text` is UTF-8 as RFC 3629 defines it (no overlong forms, no
// surrogates, nothing past U+10FFFF), which is what nlohmann accepts. NUL
// bytes are allowed: JSON escapes them.
bool valid_utf8(std::string_view text);

// Appends `text`, which must be valid UTF-8, as a JSON string the way
// nlohmann's dump does without ensure_ascii: quotes, backslashes and control
// characters escaped ("\n", "\u001f"), everything else as it is.
void append_string(std::string& out, std::string_view text);

// Writes one JSON value, objects and arrays opened and closed in order, as
// nlohmann::json::dump(indent) would print the same ordered_json: with
// indent < 0 compact ({"a":1,"b":[]}), else one member per line.
//   w.begin_object(); w.key("a"); w.number(1u); w.end_object();  => {"a":1}
// Bytes go to `out` in blocks as they are made. Strings and keys must be
// valid UTF-8 (see valid_utf8); numbers are printed as nlohmann prints them.
class Writer {
 public:
  Writer(std::ostream& out, int indent);
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);
  void string(std::string_view text);
  // Text that already is one JSON value, such as a string nlohmann escaped.
  void raw(std::string_view json);
  void boolean(bool value);
  void number(std::uint64_t value);
  void number(double value);
  // An object member: key() and then the value.
  void string_member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void bool_member(std::string_view name, bool value) {
    key(name);
    boolean(value);
  }
  void number_member(std::string_view name, std::uint64_t value) {
    key(name);
    number(value);
  }
  void number_member(std::string_view name, double value) {
    key(name);
    number(value);
  }
  // Writes out what is still buffered; call once, after the last value.
  void finish();

 private:
  void before_value();
  void close(char bracket);
  void flush_if_full();

  std::ostream& m_out;
  std::string m_buffer;
  int m_indent;
  std::vector<bool> m_has_members;  // one per open object or array
  bool m_after_key = false;
  // nlohmann's shortest round-trip text per double, by bit pattern: graphs
  // hold few distinct confidences, so each is formatted once.
  std::unordered_map<std::uint64_t, std::string> m_doubles;
};

// A forward-only reader of JSON text from a stream, through a buffer of
// 1 MB: a graph file is never held in memory whole. Each method reads one
// piece after any white space and returns false, leaving the position
// unspecified, when the text holds something else or something nlohmann
// might read differently (an escaped surrogate pair it would reject, a
// number out of range): the caller then gives up and uses nlohmann.
class Cursor {
 public:
  explicit Cursor(std::istream& in);

  // Consumes `c` when it comes next. Inline, since a graph file has a few
  // dozen of these per edge: a byte that is no white space settles it
  // without a call.
  bool consume(char c) {
    if (m_pos < m_end && !is_space(m_buffer[m_pos])) {
      if (m_buffer[m_pos] != c) return false;
      ++m_pos;
      return true;
    }
    return consume_slow(c);
  }
  // Whether `c` comes next, consuming nothing but white space.
  bool next_is(char c);
  // True when only white space is left.
  bool at_end();
  // `null`, consumed when it comes next.
  bool null();
  // A string, unescaped into `out`.
  bool string(std::string& out);
  // A string and the ':' after it.
  bool key(std::string& out);
  // The same, without a copy where it can: `out` views the buffer when the
  // key is plain ASCII without escapes (every key kankei writes), else a
  // copy the cursor keeps. Valid until the next call on the cursor.
  //   {"doc": ...  => "doc"
  bool key_view(std::string_view& out);
  bool boolean(bool& out);
  // A number written without sign, fraction or exponent that fits `max`.
  bool unsigned_number(std::uint64_t max, std::uint64_t& out);
  // Any number, as nlohmann converts it to double (integers exactly, then
  // rounded; others as strtod reads them).
  bool real_number(double& out);
  // Any one value, checked as strictly as nlohmann checks it.
  bool skip_value();

 private:
  // Makes `n` bytes readable from m_pos, reading more of the stream when
  // needed; false when the stream ends first. Moves the buffer's contents.
  bool available(std::size_t n) { return m_end - m_pos >= n || refill(n); }
  bool refill(std::size_t n);
  static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
  void skip_space();
  bool consume_slow(char c);
  bool literal(std::string_view word);
  bool escape(std::string& out);
  bool hex4(std::uint32_t& out);
  // Scans a number's text per the JSON grammar; `integer` when it has no
  // fraction or exponent.
  bool number_text(std::string_view& text, bool& integer);
  bool skip_string();

  std::istream& m_in;
  std::string m_buffer;
  std::size_t m_pos = 0;  // next byte to read
  std::size_t m_end = 0;  // end of the bytes read from the stream
  bool m_eof = false;
  std::string m_ignored;  // the text of skipped strings
  std::string m_key;      // key_view's copy of a key that is not plain
};

// An istream over text in memory, without copying the text, which must
// outlive it.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }
};

// The graph in node-link JSON read from `in` when the text has the plain
// shape write_json writes (json_graph_reader.cpp); nullopt when it holds
// anything the DOM reader might read otherwise or reject, so that read_json
// can hand such text to nlohmann for the same answer or the same error.
std::optional<graph::KnowledgeGraph> read_plain_graph(std::istream& in);

// Length of the valid UTF-8 sequence at `p` (before `end`), 0 when it is
// invalid or cut short by `end`. The ranges are RFC 3629's table, byte by
// byte. Inline, as string scanning calls it for every non-ASCII character.
inline std::size_t sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned b0 = p[0];
  auto in = [&](std::size_t i, unsigned lo, unsigned hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;  // ED A0.. would be a surrogate
    return in(1, lo, hi) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;  // nothing past U+10FFFF
    return in(1, lo, hi) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Bytes a JSON string cannot hold as they are.
inline bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Whether the 8 bytes at `p` are ASCII and need no escape: the common case
// that string scanning takes 8 bytes at a time.
inline bool plain8(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  if (word & 0x8080808080808080ULL) return false;
  for (int k = 0; k < 8; ++k) {
    if (needs_escape(p[k])) return false;
  }
  return true;
}

}  // namespace kankei::exporter::json_text
