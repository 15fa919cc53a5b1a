// parse_record_jsonl and RecordReader: the inverse of write_record_jsonl.
#include "export/record_reader.hpp"

#include <nlohmann/json.hpp>

#include <limits>

namespace kankei::exporter {
namespace {

using nlohmann::json;

// nlohmann's messages start with "[json.exception.parse_error.101] "; the
// id says nothing to a user, the rest ("parse error at line 1, column 7:
// ...") does.
std::string without_id(const char* what) {
  std::string_view text(what);
  if (!text.empty() && text.front() == '[') {
    if (const auto close = text.find("] "); close != std::string_view::npos) text.remove_prefix(close + 2);
  }
  return std::string(text);
}

// Reads one optional field into `out`, failing when it has the wrong type.
// Absent and null keep the default, as a writer may leave either out.
class Fields {
 public:
  Fields(const json& object, std::string_view where) : m_object(object), m_where(where) {}

  Result<void> text(const char* key, std::string& out, bool required = false) const {
    const json* v = find(key);
    if (!v) return required ? missing(key) : Result<void>{};
    if (!v->is_string()) return wrong(key, "a string");
    out = v->get<std::string>();
    if (required && out.empty()) return missing(key);  // an empty id names nothing
    return {};
  }

  Result<void> index(const char* key, std::uint32_t& out) const {
    const json* v = find(key);
    if (!v) return {};
    // Offsets are code points of one document; anything beyond 32 bits or
    // negative cannot come from `kankei extract`.
    if (!v->is_number_unsigned() || v->get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max()) {
      return wrong(key, "an integer from 0 to 4294967295");
    }
    out = static_cast<std::uint32_t>(v->get<std::uint64_t>());
    return {};
  }

  Result<void> flag(const char* key, bool& out) const {
    const json* v = find(key);
    if (!v) return {};
    if (!v->is_boolean()) return wrong(key, "true or false");
    out = v->get<bool>();
    return {};
  }

  Result<void> number(const char* key, double& out) const {
    const json* v = find(key);
    if (!v) return {};
    if (!v->is_number()) return wrong(key, "a number");
    out = v->get<double>();
    return {};
  }

 private:
  const json* find(const char* key) const {
    const auto it = m_object.find(key);
    return it == m_object.end() || it->is_null() ? nullptr : &*it;
  }
  Result<void> missing(const char* key) const {
    return unexpected(make_error(ErrorCode::parse,
                                 std::string("relation record needs a non-empty \"") + key + "\" string",
                                 std::string(m_where)));
  }
  Result<void> wrong(const char* key, const char* what) const {
    std::string value = m_object.at(key).dump();
    if (value.size() > 60) {  // enough to recognise it; cut on a character boundary
      std::size_t cut = 57;
      while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
      value = value.substr(0, cut) + "...";
    }
    return unexpected(make_error(ErrorCode::parse, std::string("\"") + key + "\" must be " + what,
                                 std::string(m_where), std::move(value)));
  }

  const json& m_object;
  std::string_view m_where;
};

}  // namespace

Result<pipeline::RelationRecord> parse_record_jsonl(std::string_view line, std::string_view where) {
  // Hadoop streaming hands a reducer "key<TAB>value" lines; a mapper line
  // without a tab arrives as the key, maybe followed by a tab. Either way the
  // record is the part that opens an object.
  const auto first = line.find_first_not_of(" \t\r");
  if (first != std::string_view::npos && line[first] != '{') {
    if (const auto tab = line.find('\t'); tab != std::string_view::npos) line.remove_prefix(tab + 1);
  }
  json object;
  try {
    object = json::parse(line);
  } catch (const json::exception& e) {
    return unexpected(make_error(ErrorCode::parse, "not a JSON record: " + without_id(e.what()), std::string(where)));
  }
  if (!object.is_object()) {
    return unexpected(make_error(ErrorCode::parse, "not a JSON object", std::string(where)));
  }
  const Fields fields(object, where);
  pipeline::RelationRecord r;
  KANKEI_TRY(fields.text("doc", r.doc, true));
  KANKEI_TRY(fields.text("source", r.source, true));
  KANKEI_TRY(fields.text("relation", r.relation, true));
  KANKEI_TRY(fields.text("target", r.target, true));
  KANKEI_TRY(fields.text("date", r.date));
  KANKEI_TRY(fields.text("sentence", r.sentence));
  KANKEI_TRY(fields.index("sentence_index", r.sentence_index));
  KANKEI_TRY(fields.index("begin", r.begin));
  KANKEI_TRY(fields.index("end", r.end));
  KANKEI_TRY(fields.text("source_affiliation", r.source_affiliation));
  KANKEI_TRY(fields.text("target_affiliation", r.target_affiliation));
  KANKEI_TRY(fields.flag("negated", r.negated));
  KANKEI_TRY(fields.flag("hypothetical", r.hypothetical));
  KANKEI_TRY(fields.text("trigger", r.trigger));
  KANKEI_TRY(fields.index("trigger_begin", r.trigger_begin));
  KANKEI_TRY(fields.index("trigger_end", r.trigger_end));
  KANKEI_TRY(fields.text("rule", r.rule));
  KANKEI_TRY(fields.number("confidence", r.confidence));
  return r;
}

Result<std::optional<pipeline::RelationRecord>> RecordReader::next() {
  while (std::getline(m_stream, m_buffer)) {
    ++m_line;
    if (m_buffer.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto record = parse_record_jsonl(m_buffer, m_name + ":" + std::to_string(m_line));
    if (!record) return unexpected(record.error());
    return std::optional<pipeline::RelationRecord>(std::move(*record));
  }
  if (m_stream.bad()) {
    return unexpected(make_error(ErrorCode::io, "read error", m_name + ":" + std::to_string(m_line + 1)));
  }
  return std::optional<pipeline::RelationRecord>();
}

}  // namespace kankei::exporter
