// Expanding paths and reading documents, one at a time.
#include "inputs.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <utility>

#include "core/utf8.hpp"

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

// Reads a whole text document, checking its UTF-8 as it comes in, so that a
// binary file fails at its first bad byte without being loaded whole (and
// /dev/zero fails at once instead of filling memory). The error is the one
// the pipeline would give: "PATH: byte N: NUL byte in text".
Result<std::string> read_text(std::istream& in, const std::string& path) {
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
    if (text.size() > DocumentReader::max_text_bytes) {
      return unexpected(make_error(ErrorCode::invalid_argument, "document larger than 1 GiB; split it", path));
    }
  }
  if (in.bad()) return unexpected(make_error(ErrorCode::io, "read error", path));
  if (checked < text.size()) {  // the file ends inside a sequence
    return unexpected(make_error(ErrorCode::encoding, "invalid UTF-8", path + ": byte " + std::to_string(checked)));
  }
  return text;
}

}  // namespace

Result<DocumentReader> DocumentReader::open(const std::vector<std::string>& paths, InputFormat format) {
  DocumentReader reader;
  reader.m_format = format;
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
    if (m_stream) {
      std::string line;
      while (std::getline(*m_stream, line)) {
        ++m_line;
        const auto& source = m_sources[m_next_source - 1];
        const std::string where = source.path + ":" + std::to_string(m_line);
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
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
        item.document.text = record["text"].get<std::string>();
        if (record.contains("id") && record["id"].is_string()) {
          item.document.id = record["id"].get<std::string>();
        } else if (record.contains("id") && record["id"].is_number_integer()) {
          item.document.id = std::to_string(record["id"].get<long long>());
        } else {
          item.document.id = stem_of(source.path) + ":" + std::to_string(m_line);
        }
        if (record.contains("date") && record["date"].is_string()) {
          item.document.date = record["date"].get<std::string>();
        }
        return std::optional<InputItem>(std::move(item));
      }
      m_stream = nullptr;
      m_file.reset();
    }
    if (m_next_source >= m_sources.size()) return std::optional<InputItem>();
    const Source& source = m_sources[m_next_source++];
    m_line = 0;
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
    if (source.path == "-" && m_format == InputFormat::automatic) {
      // stdin: JSON Lines when the first non-blank character opens an object.
      int c;
      while ((c = in->peek()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) in->get();
      jsonl = c == '{';
    }
    if (jsonl) {
      m_stream = in;
      continue;
    }
    auto text = read_text(*in, source.path);
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

}  // namespace kankei::cli
