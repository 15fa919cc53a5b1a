// Internal to rules/: object + verb phrases that state a relation although
// neither word does alone (関係を強化 cooperates, 基地を置く deploys,
// 輸出を禁止 sanctions), from dict/rules/phrases.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "mentions/lexicon.hpp"

namespace kankei::rules {

// The object of a phrases.tsv row that stands for any state named as the
// object itself (@state 承認: a state or government recognised).
inline constexpr std::string_view kStateObject = "@state";
// The object of a row whose verb, negated, refuses what an actor holds or
// decided (@refused 認める: Yの管轄権を認めない rejects Y).
inline constexpr std::string_view kRefusedObject = "@refused";
// The object that is an organisation itself (BRICSを構成する): @organisation.
inline constexpr std::string_view kOrganisationObject = "@organisation";

class PhraseTable {
 public:
  // Must come after the lexicon's relations: each line names one.
  Result<void> load(std::string_view content, std::string_view name, const mentions::Lexicon& lexicon);

  // The trigger that `noun` (base form) spells when `verb` (base form)
  // governs it as its object, or as its subject when `subject` (rows with
  // the flag subject: 基地がある), or nullptr. Pointers stay valid once
  // loading is done.
  const mentions::Trigger* find(std::string_view noun, std::string_view verb, bool subject = false) const;
  bool empty() const { return m_phrases.empty(); }
  // Whether `noun` (base form) is the object of some phrase.
  bool has_object(std::string_view noun) const {
    return m_object_keys.may_hold(noun) && m_phrases.find(noun) != m_phrases.end();
  }
  // The longest proper suffix of `name` (whole UTF-8 characters) that is the
  // object of some phrase, or empty: サヘル諸国同盟 ends in 同盟.
  std::string_view object_suffix(std::string_view name) const;

 private:
  struct Phrase {
    std::vector<std::string> verbs;
    mentions::Trigger trigger;
    bool subject = false;  // the noun is the verb's subject, not its object
  };
  // By object noun; unordered_map nodes never move, so Trigger pointers hold.
  // Searched with string_views (asked once per token), building no string.
  mentions::StringMap<std::vector<Phrase>> m_phrases;
  // The engine asks of most nouns whether a phrase has them as its object,
  // and most answers are no: one bit test turns most of them away.
  mentions::KeyFilter m_object_keys{10};
};

}  // namespace kankei::rules
