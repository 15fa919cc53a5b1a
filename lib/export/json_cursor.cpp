// Cursor: strict JSON reading from a stream through a fixed buffer. It only
// has to be exact on what it accepts; anything unusual makes it give up.
#include <charconv>
#include <cstring>

#include "export/json_text.hpp"

namespace kankei::exporter::json_text {
namespace {

constexpr std::size_t buffer_size = std::size_t{1} << 20;

// The longest number the cursor reads; a longer one makes it give up.
constexpr std::size_t max_number = 64;

// Bytes key_view() makes readable before a key: more than any key kankei
// writes, with the white space before its ':'.
constexpr std::size_t key_window = 256;

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Cursor::Cursor(std::istream& in) : m_in(in), m_buffer(buffer_size, '\0') {}

bool Cursor::refill(std::size_t n) {
  if (m_eof) return false;
  // Keep the unread bytes, at the front, and read after them.
  std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
  m_end -= m_pos;
  m_pos = 0;
  if (m_buffer.size() < n) m_buffer.resize(n);
  while (!m_eof && m_end < n) {
    m_in.read(m_buffer.data() + m_end, static_cast<std::streamsize>(m_buffer.size() - m_end));
    m_end += static_cast<std::size_t>(m_in.gcount());
    m_eof = !m_in;  // read() fails only when the stream ended (or broke) before the block was full
  }
  return m_end >= n;
}

void Cursor::skip_space() {
  for (;;) {
    while (m_pos < m_end) {
      const char c = m_buffer[m_pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++m_pos;
    }
    if (!available(1)) return;
  }
}

bool Cursor::consume_slow(char c) {
  skip_space();
  if (!available(1) || m_buffer[m_pos] != c) return false;
  ++m_pos;
  return true;
}

bool Cursor::next_is(char c) {
  skip_space();
  return available(1) && m_buffer[m_pos] == c;
}

bool Cursor::at_end() {
  skip_space();
  return !available(1);
}

bool Cursor::literal(std::string_view word) {
  skip_space();
  if (!available(word.size()) || std::string_view(m_buffer).substr(m_pos, word.size()) != word) return false;
  m_pos += word.size();
  return true;
}

bool Cursor::null() { return literal("null"); }

bool Cursor::boolean(bool& out) {
  if (literal("true")) {
    out = true;
    return true;
  }
  if (literal("false")) {
    out = false;
    return true;
  }
  return false;
}

bool Cursor::string(std::string& out) {
  out.clear();
  if (!consume('"')) return false;
  for (;;) {
    if (!available(1)) return false;  // the text ends inside the string
    const auto* base = reinterpret_cast<const unsigned char*>(m_buffer.data());
    const auto* p = base + m_pos;
    const auto* end = base + m_end;
    const auto* run = p;  // bytes that stand for themselves, from here to p
    bool cut = false;     // a UTF-8 sequence runs past the buffer's end
    while (p < end) {
      if (end - p >= 8 && plain8(p)) {
        p += 8;
        continue;
      }
      if (needs_escape(*p)) break;
      const std::size_t n = sequence_length(p, end);
      if (n == 0) {
        if (end - p >= 4 || m_eof) return false;  // nlohmann rejects invalid UTF-8
        cut = true;
        break;
      }
      p += n;
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    m_pos = static_cast<std::size_t>(p - base);
    if (cut) {
      available(4);  // the next round reads the whole sequence, or finds it cut short
      continue;
    }
    if (p == end) continue;  // read on
    if (*p == '"') {
      ++m_pos;
      return true;
    }
    if (*p < 0x20) return false;  // a raw control character
    if (!escape(out)) return false;
  }
}

bool Cursor::hex4(std::uint32_t& out) {
  if (!available(4)) return false;
  out = 0;
  for (int k = 0; k < 4; ++k) {
    const int d = hex_digit(m_buffer[m_pos + k]);
    if (d < 0) return false;
    out = out * 16 + static_cast<std::uint32_t>(d);
  }
  m_pos += 4;
  return true;
}

// The escape at m_pos (a backslash and what follows), appended to `out`.
bool Cursor::escape(std::string& out) {
  if (!available(2)) return false;
  const char e = m_buffer[m_pos + 1];
  m_pos += 2;
  switch (e) {
    case '"': out += '"'; return true;
    case '\\': out += '\\'; return true;
    case '/': out += '/'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'u': break;
    default: return false;
  }
  std::uint32_t cp;
  if (!hex4(cp)) return false;
  if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
  if (cp >= 0xD800 && cp <= 0xDBFF) {               // must pair with a low one
    if (!available(2) || m_buffer[m_pos] != '\\' || m_buffer[m_pos + 1] != 'u') return false;
    m_pos += 2;
    std::uint32_t low;
    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  append_utf8(out, cp);
  return true;
}

bool Cursor::key(std::string& out) { return string(out) && consume(':'); }

bool Cursor::key_view(std::string_view& out) {
  skip_space();
  // Read ahead now, so that a plain key and its ':' lie in the buffer and no
  // refill moves the bytes `out` views.
  available(key_window);
  const std::size_t start = m_pos;
  if (m_pos < m_end && m_buffer[m_pos] == '"') {
    std::size_t p = m_pos + 1;
    // The bytes string() takes as they are and that are ASCII.
    auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
    while (p < m_end && plain(static_cast<unsigned char>(m_buffer[p]))) ++p;
    if (p < m_end && m_buffer[p] == '"') {
      const std::size_t begin = m_pos + 1;
      const std::size_t size = p - begin;
      m_pos = p + 1;
      while (m_pos < m_end && is_space(m_buffer[m_pos])) ++m_pos;
      if (m_pos < m_end && m_buffer[m_pos] == ':') {
        ++m_pos;
        out = std::string_view(m_buffer.data() + begin, size);
        return true;
      }
      m_pos = start;
    }
  }
  // Escapes, other UTF-8, or a key the window cannot hold: the general reading.
  if (!key(m_key)) return false;
  out = m_key;
  return true;
}

bool Cursor::number_text(std::string_view& text, bool& integer) {
  skip_space();
  available(max_number);  // a number lies whole in the buffer, or is given up on
  const std::size_t start = m_pos;
  auto digit = [&] { return m_pos < m_end && m_buffer[m_pos] >= '0' && m_buffer[m_pos] <= '9'; };
  auto digits = [&] {
    if (!digit()) return false;
    while (digit()) ++m_pos;
    return true;
  };
  if (m_pos < m_end && m_buffer[m_pos] == '-') ++m_pos;
  if (m_pos < m_end && m_buffer[m_pos] == '0') {
    ++m_pos;
  } else if (!digits()) {
    return false;
  }
  integer = true;
  if (m_pos < m_end && m_buffer[m_pos] == '.') {
    ++m_pos;
    if (!digits()) return false;
    integer = false;
  }
  if (m_pos < m_end && (m_buffer[m_pos] == 'e' || m_buffer[m_pos] == 'E')) {
    ++m_pos;
    if (m_pos < m_end && (m_buffer[m_pos] == '+' || m_buffer[m_pos] == '-')) ++m_pos;
    if (!digits()) return false;
    integer = false;
  }
  if (m_pos == m_end && !m_eof) return false;  // longer than max_number
  text = std::string_view(m_buffer).substr(start, m_pos - start);
  return true;
}

bool Cursor::unsigned_number(std::uint64_t max, std::uint64_t& out) {
  std::string_view text;
  bool integer = false;
  if (!number_text(text, integer) || !integer || text.front() == '-') return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc{} && end == text.data() + text.size() && out <= max;
}

bool Cursor::real_number(double& out) {
  std::string_view text;
  bool integer = false;
  if (!number_text(text, integer)) return false;
  const char* first = text.data();
  const char* last = first + text.size();
  if (integer) {
    // nlohmann keeps an integer as one and converts it: "-0" is 0.0, not -0.0.
    if (text.front() == '-') {
      std::int64_t value;
      const auto [end, error] = std::from_chars(first, last, value);
      if (error != std::errc{} || end != last) return false;
      out = static_cast<double>(value);
    } else {
      std::uint64_t value;
      const auto [end, error] = std::from_chars(first, last, value);
      if (error != std::errc{} || end != last) return false;
      out = static_cast<double>(value);
    }
    return true;
  }
  // Correctly rounded, like the strtod nlohmann calls; out of range (which
  // nlohmann may handle otherwise) gives up.
  const auto [end, error] = std::from_chars(first, last, out);
  return error == std::errc{} && end == last;
}

bool Cursor::skip_string() { return string(m_ignored); }

// Iterative, so that deep nesting cannot exhaust the stack.
bool Cursor::skip_value() {
  std::vector<char> open;  // '{' or '[' per enclosing container
  for (;;) {
    skip_space();
    if (!available(1)) return false;
    bool value_done = true;  // false when a container opened and its first value comes next
    switch (m_buffer[m_pos]) {
      case '{':
        ++m_pos;
        if (!consume('}')) {
          open.push_back('{');
          if (!skip_string() || !consume(':')) return false;
          value_done = false;
        }
        break;
      case '[':
        ++m_pos;
        if (!consume(']')) {
          open.push_back('[');
          value_done = false;
        }
        break;
      case '"':
        if (!skip_string()) return false;
        break;
      case 't':
        if (!literal("true")) return false;
        break;
      case 'f':
        if (!literal("false")) return false;
        break;
      case 'n':
        if (!null()) return false;
        break;
      default: {
        // nlohmann fails on a float that overflows: give up on any number
        // that does not convert cleanly.
        double ignored;
        if (!real_number(ignored)) return false;
      }
    }
    if (!value_done) continue;
    // A value is complete: close containers until one goes on with ','.
    for (;;) {
      if (open.empty()) return true;
      if (consume(',')) {
        if (open.back() == '{' && (!skip_string() || !consume(':'))) return false;
        break;
      }
      if (!consume(open.back() == '{' ? '}' : ']')) return false;
      open.pop_back();
    }
  }
}

}  // namespace kankei::exporter::json_text
