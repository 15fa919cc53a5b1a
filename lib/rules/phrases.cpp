// Parsing of dict/rules/phrases.tsv.
#include "rules/phrases.hpp"

#include <algorithm>

#include "core/tsv.hpp"
#include "normalize/normalize.hpp"

namespace kankei::rules {

Result<void> PhraseTable::load(std::string_view content, std::string_view name, const mentions::Lexicon& lexicon) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 3, 4, records));
  for (const auto& r : records) {
    const std::string where = std::string(name) + ":" + std::to_string(r.line);
    const int relation = lexicon.find_relation(r.cells[2]);
    if (relation < 0) return unexpected(make_error(ErrorCode::parse, "unknown relation", where, r.cells[2]));
    Phrase phrase;
    for (const auto& verb : split_list(r.cells[1], '|')) phrase.verbs.push_back(normalize::normalize_utf8(verb));
    if (phrase.verbs.empty()) return unexpected(make_error(ErrorCode::parse, "no verb", where, r.cells[1]));
    phrase.trigger.relation = static_cast<std::uint16_t>(relation);
    phrase.trigger.lemma = normalize::normalize_utf8(r.cells[0]);
    if (r.cells.size() > 3 && !r.cells[3].empty()) {
      if (r.cells[3] == "inverse") {
        phrase.trigger.inverse = true;
      } else if (r.cells[3] == "subject") {
        phrase.subject = true;
      } else {
        return unexpected(make_error(ErrorCode::parse, "unknown flag", where, r.cells[3]));
      }
    }
    auto& slot = m_phrases[phrase.trigger.lemma];
    for (const auto& other : slot) {
      if (other.subject != phrase.subject) continue;
      for (const auto& verb : phrase.verbs) {
        if (std::find(other.verbs.begin(), other.verbs.end(), verb) != other.verbs.end()) {
          return unexpected(make_error(ErrorCode::parse, "phrase listed twice", where, r.cells[0] + " " + verb));
        }
      }
    }
    m_object_keys.add(phrase.trigger.lemma);
    slot.push_back(std::move(phrase));
  }
  return {};
}

std::string_view PhraseTable::object_suffix(std::string_view name) const {
  for (std::size_t cut = 1; cut < name.size(); ++cut) {
    const bool lead = (static_cast<unsigned char>(name[cut]) & 0xC0) != 0x80;  // a UTF-8 character starts here
    if (lead && has_object(name.substr(cut))) return name.substr(cut);
  }
  return {};
}

const mentions::Trigger* PhraseTable::find(std::string_view noun, std::string_view verb, bool subject) const {
  if (!m_object_keys.may_hold(noun)) return nullptr;
  auto it = m_phrases.find(noun);
  if (it == m_phrases.end()) return nullptr;
  for (const auto& phrase : it->second) {
    if (phrase.subject == subject && std::find(phrase.verbs.begin(), phrase.verbs.end(), verb) != phrase.verbs.end()) {
      return &phrase.trigger;
    }
  }
  return nullptr;
}

}  // namespace kankei::rules
