// Pipeline::run: sentences -> normalise -> tokens -> mentions -> rules -> records.
#include "pipeline/pipeline.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "mentions/document_memory.hpp"
#include "normalize/normalize.hpp"
#include "rules/rules.hpp"
#include "sentences/sentences.hpp"

namespace kankei::pipeline {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// The year a date (2025-03-01, 2025) begins with, or 0.
int year_of(std::string_view date) {
  if (date.size() < 4) return 0;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return 0;
    year = year * 10 + (date[i] - '0');
  }
  return year;
}

}  // namespace

Result<std::unique_ptr<Resources>> load_resources(const std::vector<DataFile>& files,
                                                  const std::string& display_prefix) {
  auto resources = std::make_unique<Resources>();
  // Relations before triggers; order within actors does not matter.
  std::vector<const DataFile*> sorted;
  for (const auto& f : files) sorted.push_back(&f);
  std::stable_sort(sorted.begin(), sorted.end(), [](const DataFile* a, const DataFile* b) { return a->name < b->name; });
  auto find = [&](const std::string& name) -> const DataFile* {
    for (const auto* f : sorted) {
      if (f->name == name) return f;
    }
    return nullptr;
  };
  bool any_actors = false;
  for (const auto* f : sorted) {
    if (starts_with(f->name, "actors/") && f->name.size() > 4 && f->name.substr(f->name.size() - 4) == ".tsv") {
      KANKEI_TRY(resources->actors.load(f->content, display_prefix + f->name));
      any_actors = true;
    }
  }
  if (!any_actors) {
    return unexpected(make_error(ErrorCode::not_found, "no actor files (actors/*.tsv)", display_prefix));
  }
  KANKEI_TRY(resources->actors.finish());
  struct Required {
    const char* name;
    Result<void> (*load)(Resources&, const std::string&, const std::string&);
  };
  const Required required[] = {
      {"relations/relations.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.lexicon.load_relations(c, n); }},
      {"relations/triggers.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.lexicon.load_triggers(c, n); }},
      {"rules/cases.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_cases(c, n); }},
      {"rules/roles.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_roles(c, n); }},
      {"rules/functions.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_functions(c, n); }},
      {"rules/heads.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_heads(c, n); }},
      {"rules/anaphors.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_anaphors(c, n); }},
      {"rules/phrases.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_phrases(c, n, r.lexicon); }},
      {"rules/titles.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.actors.load_titles(c, n); }},
      {"rules/places.tsv", [](Resources& r, const std::string& c, const std::string& n) { return r.rules.load_places(c, n, r.actors); }},
  };
  for (const auto& req : required) {
    const DataFile* f = find(req.name);
    if (!f) return unexpected(make_error(ErrorCode::not_found, "missing data file", display_prefix + req.name));
    KANKEI_TRY(req.load(*resources, f->content, display_prefix + f->name));
  }
  return resources;
}

Result<std::vector<RelationRecord>> Pipeline::run(const Document& document) const {
  auto decoded = utf8::decode(document.text);
  if (!decoded) return unexpected(decoded.error());
  const std::u32string& text = *decoded;

  std::vector<RelationRecord> out;
  // One token buffer per thread, kept from document to document: a
  // document is often a sentence or two, and a fresh vector would regrow
  // (and copy its tokens) for each. Tokens are views and hold nothing past
  // the sentence that filled them.
  thread_local std::vector<tokens::Token> tokens;
  const rules::Knowledge knowledge{m_resources.actors, m_resources.lexicon, m_resources.rules};
  const auto& actors = m_resources.actors.actors();
  const auto sentences = sentences::split_sentences(text);
  // Surnames name persons named in full before, in this document (of two
  // with one surname, the one in office at the document's date); 評議会
  // after 北極評議会; 国軍 after スーダン国軍 or a headline naming Sudan.
  mentions::DocumentMemory memory(year_of(document.date));
  const auto continued = sentences::continuations(text, sentences);
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& sentence = sentences[s];
    const std::u32string_view original(text.data() + sentence.begin, sentence.end - sentence.begin);
    std::string sentence_text;  // made once the sentence states something
    // Reads text [read_from, sentence.end) and keeps the relations whose
    // trigger lies in [keep_from, keep_to).
    const auto read = [&](std::uint32_t read_from, std::uint32_t keep_from, std::uint32_t keep_to) {
      const auto normalized = normalize::normalize(std::u32string_view(text.data() + read_from, sentence.end - read_from));
      m_tokenizer.tokenize(normalized.text, tokens);  // the tokens view normalized.text, which outlives their use
      const auto found = memory.read(tokens, m_resources.actors, m_resources.lexicon, s == 0);
      const auto relations = rules::apply_rules(tokens, found, knowledge);
      for (const auto& r : relations) {
        const std::uint32_t trigger_begin = read_from + normalized.origin[r.trigger_begin];
        if (trigger_begin < keep_from || trigger_begin >= keep_to) continue;
        if (sentence_text.empty()) sentence_text = utf8::encode(original);
        RelationRecord record;
        record.doc = document.id;
        record.date = document.date;
        record.sentence = sentence_text;
        record.sentence_index = static_cast<std::uint32_t>(s);
        record.begin = sentence.begin;
        record.end = sentence.end;
        const auto& source = actors[r.source];
        const auto& target = actors[r.target];
        record.source = source.id;
        record.target = target.id;
        record.source_affiliation = m_resources.actors.affiliation(source);
        record.target_affiliation = m_resources.actors.affiliation(target);
        record.relation = m_resources.lexicon.relations()[r.relation].name;
        record.negated = r.negated;
        record.hypothetical = r.hypothetical;
        record.trigger_begin = trigger_begin;
        record.trigger_end = read_from + normalized.origin[r.trigger_end];
        record.trigger = utf8::encode(text.substr(record.trigger_begin, record.trigger_end - record.trigger_begin));
        record.rule = r.rule;
        record.confidence = r.confidence;
        out.push_back(std::move(record));
      }
    };
    if (!continued[s]) {
      read(sentence.begin, sentence.begin, sentence.end);
      continue;
    }
    // The quotation's own words as split, as annotated; the words after it
    // with the sentences the quotation began in, for the speaker named there
    // (eval/DECISIONS.md: a broken sentence's fragment cites the trigger's
    // part; its subject may stand in the other).
    read(sentence.begin, sentence.begin, continued[s]->from);
    read(sentences[continued[s]->first].begin, continued[s]->from, sentence.end);
  }
  return out;
}

}  // namespace kankei::pipeline
