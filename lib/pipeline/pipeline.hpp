// Pipeline: runs every stage over a document, from text to relation records.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "mentions/actor_table.hpp"
#include "mentions/lexicon.hpp"
#include "rules/rule_set.hpp"
#include "tokens/tokens.hpp"

namespace kankei::pipeline {

struct Document {
  std::string id;    // file stem or the JSONL record's id
  std::string text;  // UTF-8
  std::string date;  // optional, as given
};

// One relation mention with its evidence; what `kankei extract` prints.
struct RelationRecord {
  std::string doc;
  std::string date;
  std::string sentence;               // original text of the sentence
  std::uint32_t sentence_index = 0;   // 0-based, in the document
  std::uint32_t begin = 0;            // code-point span of the sentence in the document
  std::uint32_t end = 0;
  std::string source;                 // canonical ids
  std::string relation;
  std::string target;
  std::string source_affiliation;     // state of a person (or the state itself); may be empty
  std::string target_affiliation;
  bool negated = false;
  bool hypothetical = false;
  std::string trigger;                // as written in the document
  std::uint32_t trigger_begin = 0;    // code-point span of the trigger in the document
  std::uint32_t trigger_end = 0;
  std::string rule;
  double confidence = 0.0;
};

// A data file of dict/, by its path relative to dict/ ("actors/persons.tsv").
struct DataFile {
  std::string name;
  std::string content;
};

// The immutable knowledge every document is read with.
struct Resources {
  mentions::ActorTable actors;
  mentions::Lexicon lexicon;
  rules::RuleSet rules;
};

// Parses dict/ data files: actors/*.tsv, relations/{relations,triggers}.tsv,
// rules/{cases,roles,functions,heads}.tsv. `display_prefix` is put before
// each name in error messages ("dict/"). Fails at the first problem, with
// file:line, and when a required file is missing.
Result<std::unique_ptr<Resources>> load_resources(const std::vector<DataFile>& files,
                                                  const std::string& display_prefix);

class Pipeline {
 public:
  // Both must outlive the Pipeline. Thread-safe: run() may be called from
  // many threads at once.
  Pipeline(const Resources& resources, const tokens::Tokenizer& tokenizer)
      : m_resources(resources), m_tokenizer(tokenizer) {}

  // Reads one document. Fails only on invalid UTF-8 or NUL bytes, with the
  // byte offset. Records come in sentence order, then trigger order.
  Result<std::vector<RelationRecord>> run(const Document& document) const;

  const Resources& resources() const { return m_resources; }

 private:
  const Resources& m_resources;
  const tokens::Tokenizer& m_tokenizer;
};

}  // namespace kankei::pipeline
