// Expanding paths and reading documents, one at a time.
#include "inputs.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>
#include <utility>

#include "core/utf8.hpp"
#include "export/export.hpp"

namespace fs = std::filesystem;

namespace kankei::cli {
namespace {

std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

bool wanted(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson";
}

// A file found by a walk, or a folder that could not be listed (error set).
struct Found {
  fs::path path;
  std::string error;
};

// Walks folders depth first, following symlinked folders but entering each
// folder (by device and inode) once: a symlink to a parent, or two links to
// one folder, would otherwise read documents again or never end.
class Walker {
 public:
  void walk(const fs::path& dir) {
    struct stat st;
    if (::stat(dir.c_str(), &st) == 0 && !m_seen.insert({st.st_dev, st.st_ino}).second) {
      spdlog::warn("{}: folder already read (a symlink loop or a second link); skipped", dir.string());
      return;
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    std::vector<fs::path> subfolders;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      const auto status = it->status(type_ec);  // follows symlinks; dangling ones are neither
      if (fs::is_directory(status)) {
        subfolders.push_back(it->path());
      } else if (fs::is_regular_file(status) && wanted(it->path())) {
        m_found.push_back({it->path(), {}});
      }
    }
    if (ec) m_found.push_back({dir, "cannot read folder: " + ec.message()});
    for (const auto& sub : subfolders) walk(sub);
  }

  // Sorted by path, as a listing reads, whatever the walk order was.
  std::vector<Found> take() {
    std::sort(m_found.begin(), m_found.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
    return std::move(m_found);
  }

 private:
  std::set<std::pair<dev_t, ino_t>> m_seen;
  std::vector<Found> m_found;
};

// "1 GiB", "64 MiB", "1000 bytes": a size cap for a message.
std::string size_text(std::size_t bytes) {
  constexpr std::size_t mib = std::size_t{1} << 20;
  if (bytes >= 1024 * mib && bytes % (1024 * mib) == 0) return std::to_string(bytes / (1024 * mib)) + " GiB";
  if (bytes >= mib && bytes % mib == 0) return std::to_string(bytes / mib) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// Reads a whole text document, checking its UTF-8 as it comes in, so that a
// binary file fails at its first bad byte without being loaded whole (and
// /dev/zero fails at once instead of filling memory). The error is the one
// the pipeline would give: "PATH: byte N: NUL byte in text".
Result<std::string> read_text(std::istream& in, const std::string& path, std::size_t max_bytes) {
  std::string text;
  std::size_t checked = 0;  // bytes known to be valid UTF-8
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
    const std::size_t bad = utf8::find_invalid(std::string_view(text).substr(checked));
    if (bad == std::string_view::npos) {
      checked = text.size();
    } else if (checked + bad + 4 <= text.size() || in.eof()) {
      // Not a sequence cut by the chunk's end: a real error.
      const bool nul = text[checked + bad] == '\0';
      return unexpected(make_error(ErrorCode::encoding, nul ? "NUL byte in text" : "invalid UTF-8",
                                   path + ": byte " + std::to_string(checked + bad)));
    } else {
      checked += bad;  // a sequence cut by the chunk's end; look again with the next chunk
    }
    if (text.size() > max_bytes) {
      return unexpected(
          make_error(ErrorCode::invalid_argument, "document larger than " + size_text(max_bytes) + "; split it", path));
    }
  }
  if (in.bad()) return unexpected(make_error(ErrorCode::io, "read error", path));
  if (checked < text.size()) {  // the file ends inside a sequence
    return unexpected(make_error(ErrorCode::encoding, "invalid UTF-8", path + ": byte " + std::to_string(checked)));
  }
  return text;
}

// A JSON value as text for a message, cut short: [1,2,3,...] could be long.
std::string excerpt(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', true);  // ASCII, so cutting splits no character
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return text;
}

// One JSON Lines record {"id", "text", "date"?} read from line `number` of
// `path`; std::nullopt for a blank line. The text is moved out of the parsed
// record, so a large record is held twice at most (line and text), not three times.
Result<std::optional<InputItem>> parse_record(std::string_view line, const std::string& path, std::size_t number) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return std::optional<InputItem>();
  const std::string where = path + ":" + std::to_string(number);
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return unexpected(make_error(ErrorCode::parse, std::string("not a JSON record: ") + e.what(), where));
  }
  if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) {
    return unexpected(make_error(ErrorCode::parse, "JSON record needs a \"text\" string", where));
  }
  InputItem item;
  item.origin = where;
  item.bytes = line.size() + 1;
  item.document.text = std::move(record["text"].get_ref<std::string&>());
  // Absent and null fall back to the defaults; another type is a mistake in
  // the data that would otherwise merge documents under one made-up id.
  const auto id = record.find("id");
  if (id == record.end() || id->is_null()) {
    item.document.id = stem_of(path) + ":" + std::to_string(number);
  } else if (id->is_string()) {
    item.document.id = id->get<std::string>();
  } else if (id->is_number_unsigned()) {
    item.document.id = std::to_string(id->get<std::uint64_t>());
  } else if (id->is_number_integer()) {
    item.document.id = std::to_string(id->get<std::int64_t>());
  } else {
    return unexpected(make_error(ErrorCode::parse, "\"id\" must be a string or an integer", where, excerpt(*id)));
  }
  const auto date = record.find("date");
  if (date != record.end() && date->is_string()) {
    item.document.date = date->get<std::string>();
  } else if (date != record.end() && !date->is_null()) {
    return unexpected(make_error(ErrorCode::parse, "\"date\" must be a string", where, excerpt(*date)));
  }
  return std::optional<InputItem>(std::move(item));
}

}  // namespace

Result<std::optional<std::string_view>> LineReader::next() {
  if (m_ended) return std::optional<std::string_view>();
  m_text.clear();
  bool read = false;      // anything of this line, its '\n' included
  bool too_long = false;  // then the rest of the line is read and dropped
  char chunk[1 << 16];
  while (true) {
    // get() stops before a '\n', so a line that arrives slowly through a
    // pipe is handed on when it is complete, not when a buffer is full.
    m_stream.get(chunk, sizeof chunk, '\n');
    const auto n = static_cast<std::size_t>(m_stream.gcount());
    if (n > 0) {
      read = true;
      if (const void* nul = std::memchr(chunk, '\0', n)) {
        m_ended = true;
        const auto at = m_text.size() + static_cast<std::size_t>(static_cast<const char*>(nul) - chunk);
        return unexpected(make_error(ErrorCode::encoding,
                                     "NUL byte at byte " + std::to_string(at) +
                                         " of the line: not JSON Lines; the rest of the file is not read",
                                     m_name + ":" + std::to_string(m_line + 1)));
      }
      if (!too_long && m_text.size() + n > m_max_bytes) {
        too_long = true;
        std::string().swap(m_text);  // give the memory back at once
      }
      if (!too_long) {
        // Grow by doubling, but never past the cap: a line just under 1 GiB
        // must not reserve 2 GiB.
        if (m_text.capacity() < m_text.size() + n) {
          m_text.reserve(std::min(m_max_bytes, std::max(m_text.size() + n, 2 * m_text.capacity())));
        }
        m_text.append(chunk, n);
      }
    }
    if (m_stream.bad()) {
      return unexpected(make_error(ErrorCode::io, "read error", m_name + ":" + std::to_string(m_line + 1)));
    }
    if (m_stream.eof()) break;              // the last line has no '\n'
    if (m_stream.fail()) m_stream.clear();  // get() read nothing: the next character is the '\n'
    if (m_stream.peek() == '\n') {
      m_stream.ignore();
      read = true;
      break;
    }
  }
  if (!read) return std::optional<std::string_view>();
  ++m_line;
  if (too_long) {
    return unexpected(make_error(ErrorCode::invalid_argument,
                                 "line longer than " + size_text(m_max_bytes) + "; split the record",
                                 m_name + ":" + std::to_string(m_line)));
  }
  return std::optional<std::string_view>(m_text);
}

Result<std::size_t> DocumentReader::max_bytes() {
  const char* value = std::getenv("KANKEI_MAX_DOCUMENT_BYTES");
  if (!value || !*value) return max_text_bytes;
  std::size_t bytes = 0;
  const auto [end, error] = std::from_chars(value, value + std::strlen(value), bytes);
  if (error != std::errc() || *end != '\0' || bytes == 0 || bytes > max_text_bytes) {
    return unexpected(make_error(ErrorCode::invalid_argument,
                                 "expected a number of bytes from 1 to " + std::to_string(max_text_bytes),
                                 "KANKEI_MAX_DOCUMENT_BYTES", value));
  }
  return bytes;
}

Result<DocumentReader> DocumentReader::open(const std::vector<std::string>& paths, InputFormat format) {
  DocumentReader reader;
  reader.m_format = format;
  auto max_bytes = DocumentReader::max_bytes();
  if (!max_bytes) return unexpected(max_bytes.error());
  reader.m_max_bytes = *max_bytes;
  auto add = [&](const fs::path& p, std::string error) {
    const bool jsonl = format == InputFormat::jsonl ||
                       (format == InputFormat::automatic && (p.extension() == ".jsonl" || p.extension() == ".ndjson"));
    std::error_code size_ec;
    const auto size = error.empty() ? fs::file_size(p, size_ec) : 0;
    if (!size_ec) reader.m_total_bytes += size;
    reader.m_sources.push_back({p.string(), jsonl, std::move(error)});
  };
  for (const auto& path : paths) {
    if (path == "-") {
      reader.m_sources.push_back({path, format == InputFormat::jsonl, {}});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return unexpected(make_error(ErrorCode::not_found, "no such file or folder", path));
    }
    if (fs::is_directory(status)) {
      Walker walker;
      walker.walk(path);
      for (auto& found : walker.take()) add(found.path, std::move(found.error));
    } else {
      add(path, {});
    }
  }
  return reader;
}

Result<std::optional<InputItem>> DocumentReader::next() {
  while (true) {
    if (m_lines) {
      const auto& source = m_sources[m_next_source - 1];
      while (true) {
        auto line = m_lines->next();
        if (!line) return unexpected(line.error());
        if (!*line) break;
        auto item = parse_record(**line, source.path, m_lines->line());
        if (!item) return unexpected(item.error());
        if (*item) return item;  // else a blank line
      }
      m_lines.reset();
      m_file.reset();
    }
    if (m_next_source >= m_sources.size()) return std::optional<InputItem>();
    const Source& source = m_sources[m_next_source++];
    if (!source.error.empty()) return unexpected(make_error(ErrorCode::io, source.error, source.path));
    std::istream* in = &std::cin;
    if (source.path != "-") {
      m_file = std::make_unique<std::ifstream>(source.path, std::ios::binary);
      if (!*m_file) {
        m_file.reset();
        return unexpected(make_error(ErrorCode::io, "cannot read file", source.path));
      }
      in = m_file.get();
    }
    bool jsonl = source.jsonl;
    std::size_t blank_lines = 0;  // skipped before the first record, so line numbers stay right
    if (source.path == "-" && m_format == InputFormat::automatic) {
      // stdin: JSON Lines when the first non-blank character opens an object.
      int c;
      while ((c = in->peek()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
        if (in->get() == '\n') ++blank_lines;
      }
      jsonl = c == '{';
    }
    if (jsonl) {
      m_lines = std::make_unique<LineReader>(*in, source.path, m_max_bytes, blank_lines);
      continue;
    }
    auto text = read_text(*in, source.path, m_max_bytes);
    m_file.reset();
    if (!text) return unexpected(text.error());
    InputItem item;
    item.origin = source.path;
    item.document.id = stem_of(source.path);
    item.document.text = std::move(*text);
    item.bytes = item.document.text.size();
    return std::optional<InputItem>(std::move(item));
  }
}

Result<graph::KnowledgeGraph> read_graph_file(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return unexpected(make_error(ErrorCode::io, "is a folder, not a graph file", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return unexpected(make_error(ErrorCode::io, "cannot read graph", path));
  try {
    return exporter::read_json(in, path);
  } catch (const std::exception& e) {  // a stream that fails mid-read (EIO) throws from the parser
    return unexpected(make_error(ErrorCode::io, std::string("cannot read graph: ") + e.what(), path));
  }
}

}  // namespace kankei::cli
