// Expanding paths and reading documents, one at a time.
#include "inputs.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

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

}  // namespace

Result<DocumentReader> DocumentReader::open(const std::vector<std::string>& paths, InputFormat format) {
  DocumentReader reader;
  reader.m_format = format;
  for (const auto& path : paths) {
    if (path == "-") {
      reader.m_sources.push_back({path, format == InputFormat::jsonl});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return unexpected(make_error(ErrorCode::not_found, "no such file or folder", path));
    }
    auto add_file = [&](const fs::path& p) {
      const bool jsonl = format == InputFormat::jsonl ||
                         (format == InputFormat::automatic && (p.extension() == ".jsonl" || p.extension() == ".ndjson"));
      reader.m_sources.push_back({p.string(), jsonl});
      std::error_code size_ec;
      const auto size = fs::file_size(p, size_ec);
      if (!size_ec) reader.m_total_bytes += size;
    };
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      if (ec) return unexpected(make_error(ErrorCode::io, "cannot read folder: " + ec.message(), path));
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) return unexpected(make_error(ErrorCode::io, "cannot read folder: " + ec.message(), path));
        std::error_code type_ec;
        if (it->is_regular_file(type_ec) && wanted(it->path())) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const auto& p : found) add_file(p);
    } else {
      add_file(path);
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
        if (record.contains("date") && record["date"].is_string()) item.document.date = record["date"].get<std::string>();
        return std::optional<InputItem>(std::move(item));
      }
      m_stream = nullptr;
      m_file.reset();
    }
    if (m_next_source >= m_sources.size()) return std::optional<InputItem>();
    const Source& source = m_sources[m_next_source++];
    m_line = 0;
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
    std::stringstream content;
    content << in->rdbuf();
    if (in->bad()) return unexpected(make_error(ErrorCode::io, "read error", source.path));
    InputItem item;
    item.origin = source.path;
    item.document.id = stem_of(source.path);
    item.document.text = content.str();
    item.bytes = item.document.text.size();
    m_file.reset();
    return std::optional<InputItem>(std::move(item));
  }
}

}  // namespace kankei::cli
