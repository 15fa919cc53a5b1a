// kankei unknown PATH...: proper nouns the dictionary does not know, by
// frequency, with an example sentence — the upkeep tool for dict/actors.
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <deque>
#include <iostream>
#include <map>
#include <optional>

#include "app.hpp"
#include "context.hpp"
#include "core/utf8.hpp"
#include "input_options.hpp"
#include "mentions/mentions.hpp"
#include "mentions/surnames.hpp"
#include "normalize/normalize.hpp"
#include "sentences/sentences.hpp"
#include "work_queue.hpp"

namespace kankei::cli {
namespace {

struct Candidate {
  std::size_t count = 0;
  std::string kind;     // MeCab's class: 人名, 組織, 地域, or katakana for unknown words
  std::string example;  // the first sentence it was seen in
  std::string doc;
};

bool is_katakana_word(const std::string& text) {
  auto decoded = utf8::decode(text);
  if (!decoded || decoded->size() < 2) return false;
  for (char32_t c : *decoded) {
    if (!((c >= 0x30A0 && c <= 0x30FF) || c == U'ー')) return false;
  }
  return true;
}

// A token that may be part of a name: a proper noun, or a katakana word MeCab
// does not know (ipadic leaves most foreign names out), or ・ between them.
bool name_part(const tokens::Token& t) {
  if (t.pos != "名詞") return t.surface == "・";
  return t.pos1 == "固有名詞" || (t.unknown && is_katakana_word(t.surface));
}

// The names of one document that no actor covers, each with its count and
// the first sentence it is in. Thread-safe: the tokenizer is, and nothing
// else is shared. Fails on text that is not UTF-8 (a JSON record's \u0000).
Result<std::map<std::string, Candidate>> scan(const InputItem& item, const Context& context) {
  const auto& r = *context.resources;
  auto text = utf8::decode(item.document.text);
  if (!text) {
    return unexpected(make_error(ErrorCode::encoding, text.error().message, item.origin + ": " + text.error().where));
  }
  std::map<std::string, Candidate> found;
  std::vector<tokens::Token> tokens;
  mentions::PersonMemory persons;  // a surname after the full name is known
  for (const auto& s : sentences::split_sentences(*text)) {
    const auto original = text->substr(s.begin, s.end - s.begin);
    const auto normalized = normalize::normalize(original);  // the tokens view its text
    context.tokenizer->tokenize(normalized.text, tokens);
    auto mentions = mentions::find_mentions(tokens, r.actors, r.lexicon);
    persons.resolve(tokens, mentions, r.actors);
    std::vector<bool> known(tokens.size(), false);
    for (const auto& m : mentions.actors) {
      for (auto k = m.begin; k < m.end; ++k) known[k] = true;
    }
    for (std::size_t i = 0; i < tokens.size();) {
      if (known[i] || !name_part(tokens[i]) || tokens[i].surface == "・") {
        ++i;
        continue;
      }
      std::size_t j = i;
      std::string name;
      std::string kind = tokens[i].pos1 == "固有名詞" ? tokens[i].pos2 : "katakana";
      while (j < tokens.size() && !known[j] && name_part(tokens[j])) name += tokens[j++].surface;
      while (!name.empty() && name.size() >= 3 && name.compare(name.size() - 3, 3, "・") == 0) name.resize(name.size() - 3);
      if (utf8::length(name) >= 2) {
        auto& c = found[name];
        if (c.count++ == 0) {
          c.kind = kind;
          c.example = utf8::encode(original);
          c.doc = item.document.id;
        }
      }
      i = j;
    }
  }
  return found;
}

using Found = Result<std::map<std::string, Candidate>>;

// A document read, or why it could not be: kept in input order so that its
// warning or error comes in turn, whatever `jobs` is.
struct Entry {
  InputItem item;
  std::optional<Error> unreadable;
};

// Scans every document of `reader` on `jobs` threads and adds up what each
// found in input order, so that counts, first sentences, warnings and the
// error reported are the same for any `jobs`. Like run_documents
// (runner.hpp), which only runs the pipeline: a window of 4 x `jobs`
// documents is in memory. Counts skipped documents.
Result<std::map<std::string, Candidate>> scan_all(DocumentReader& reader, const Context& context, unsigned jobs,
                                                  bool keep_going, std::size_t& skipped) {
  std::map<std::string, Candidate> total;
  jobs = std::max(1u, jobs);
  const std::size_t window = jobs == 1 ? 1 : jobs * 4;
  std::deque<Entry> entries;  // read, in input order, not yet added up
  // Declared after `entries`, so that on an early return the threads stop
  // before the documents they read are freed.
  std::optional<OrderedWorkers<InputItem, Found>> workers;
  if (jobs > 1) workers.emplace(jobs, [&context](const InputItem& item) { return scan(item, context); });
  for (bool reading = true;;) {
    while (reading && entries.size() < window) {
      auto item = reader.next();
      if (item && !*item) {
        reading = false;
      } else if (!item) {
        entries.emplace_back().unreadable = item.error();
        reading = keep_going;  // without -k, the first unreadable document ends the input
      } else {
        entries.emplace_back().item = std::move(**item);
        if (workers) workers->push(entries.back().item);
      }
    }
    if (entries.empty()) break;
    const Entry& entry = entries.front();
    Found found = entry.unreadable ? Found(unexpected(*entry.unreadable))
                  : workers        ? workers->pop()
                                   : scan(entry.item, context);
    entries.pop_front();
    if (!found) {
      if (!keep_going) return unexpected(found.error());
      spdlog::warn("skipped: {}", found.error().what());
      ++skipped;
      continue;
    }
    for (auto& [name, c] : *found) {
      auto& t = total[name];
      if (t.count == 0) t = std::move(c);  // the first document that has it
      else t.count += c.count;
    }
  }
  return total;
}

}  // namespace

void add_unknown(CLI::App& app, DataOptions& data, Runner& run) {
  auto* sub = app.add_subcommand("unknown", "List proper nouns missing from the actor dictionary, by frequency");
  auto in = std::make_shared<InputOptions>();
  auto top = std::make_shared<std::size_t>(50);
  auto min_count = std::make_shared<std::size_t>(1);
  auto json = std::make_shared<bool>(false);
  add_input_options(*sub, *in);
  sub->add_option("-n,--top", *top, "How many to list")->capture_default_str();
  sub->add_option("--min-count", *min_count, "Only names seen at least this often")->capture_default_str();
  sub->add_flag("--json", *json, "JSON Lines instead of a table");
  add_data_options(*sub, data);
  sub->callback([&data, &run, in, top, min_count, json] {
    run = [&data, in, top, min_count, json]() -> Result<int> {
      auto reader = DocumentReader::open(in->paths, in->input_format());
      if (!reader) return unexpected(reader.error());
      auto context = load_context(data);
      if (!context) return unexpected(context.error());
      std::size_t skipped = 0;
      auto found = scan_all(*reader, *context, in->jobs, in->keep_going, skipped);
      if (!found) return unexpected(found.error());
      std::vector<std::pair<std::string, Candidate>> sorted(found->begin(), found->end());
      std::stable_sort(sorted.begin(), sorted.end(),
                       [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
      std::size_t shown = 0;
      for (const auto& [name, c] : sorted) {
        if (c.count < *min_count || shown++ >= *top) break;
        if (*json) {
          std::cout << nlohmann::json{{"name", name}, {"count", c.count}, {"kind", c.kind}, {"doc", c.doc},
                                      {"example", c.example}}.dump() << '\n';
        } else {
          std::cout << c.count << '\t' << name << '\t' << c.kind << '\t' << c.doc << '\t' << c.example << '\n';
        }
      }
      return skipped ? exit_partial : exit_ok;  // kankei_main checks that stdout was written
    };
  });
}

}  // namespace kankei::cli
