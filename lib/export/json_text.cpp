// JSON text by hand: UTF-8 checks, and output byte for byte as nlohmann's
// dump writes it. Where nlohmann's formatting is subtle (doubles), this
// file asks nlohmann.
#include "export/json_text.hpp"

#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

namespace kankei::exporter::json_text {
namespace {

// Whether the 8 bytes at `p` are all ASCII.
bool ascii8(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

}  // namespace

bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (end - p >= 8 && ascii8(p)) {
      p += 8;
      continue;
    }
    const std::size_t n = sequence_length(p, end);
    if (n == 0) return false;
    p += n;
  }
  return true;
}

void append_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape(c)) continue;
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char digits[] = "0123456789abcdef";  // nlohmann writes lower case
        const char escaped[] = {'\\', 'u', '0', '0', digits[c >> 4], digits[c & 0xF]};
        out.append(escaped, sizeof escaped);
      }
    }
  }
  out.append(text, run, std::string_view::npos);
  out += '"';
}

// ---- Writer ----------------------------------------------------------------

Writer::Writer(std::ostream& out, int indent) : m_out(out), m_indent(indent) {}

void Writer::flush_if_full() {
  if (m_buffer.size() < (std::size_t{1} << 16)) return;
  m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
  m_buffer.clear();
}

// The separator and line break that come before a value or a member.
void Writer::before_value() {
  flush_if_full();
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_has_members.empty()) return;  // the outermost value
  if (m_has_members.back()) m_buffer += ',';
  m_has_members.back() = true;
  if (m_indent >= 0) {
    m_buffer += '\n';
    m_buffer.append(static_cast<std::size_t>(m_indent) * m_has_members.size(), ' ');
  }
}

void Writer::close(char bracket) {
  const bool had_members = m_has_members.back();
  m_has_members.pop_back();
  if (had_members && m_indent >= 0) {
    m_buffer += '\n';
    m_buffer.append(static_cast<std::size_t>(m_indent) * m_has_members.size(), ' ');
  }
  m_buffer += bracket;
}

void Writer::begin_object() {
  before_value();
  m_buffer += '{';
  m_has_members.push_back(false);
}

void Writer::end_object() { close('}'); }

void Writer::begin_array() {
  before_value();
  m_buffer += '[';
  m_has_members.push_back(false);
}

void Writer::end_array() { close(']'); }

void Writer::key(std::string_view name) {
  before_value();
  append_string(m_buffer, name);
  m_buffer += m_indent >= 0 ? ": " : ":";
  m_after_key = true;
}

void Writer::string(std::string_view text) {
  before_value();
  append_string(m_buffer, text);
}

void Writer::raw(std::string_view json) {
  before_value();
  m_buffer += json;
}

void Writer::boolean(bool value) {
  before_value();
  m_buffer += value ? "true" : "false";
}

void Writer::number(std::uint64_t value) {
  before_value();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  m_buffer.append(digits, end);
}

void Writer::number(double value) {
  before_value();
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  auto it = m_doubles.find(bits);
  // nlohmann's own formatting (Grisu2, then its exponent rules): not always
  // what std::to_chars prints, so it is asked once per distinct value.
  if (it == m_doubles.end()) it = m_doubles.emplace(bits, nlohmann::json(value).dump()).first;
  m_buffer += it->second;
}

void Writer::finish() {
  m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
  m_buffer.clear();
}

}  // namespace kankei::exporter::json_text
