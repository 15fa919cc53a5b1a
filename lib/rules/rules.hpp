// The rule engine: relation mentions from the tokens and mentions of a sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "mentions/mentions.hpp"
#include "rules/rule_set.hpp"
#include "tokens/tokens.hpp"

namespace kankei::rules {

// One relation a sentence states, with the reasons for it.
struct RelationMention {
  std::uint32_t source = 0;  // index into ActorTable::actors()
  std::uint32_t target = 0;
  std::uint16_t relation = 0;  // index into Lexicon::relations()
  bool negated = false;
  bool hypothetical = false;
  std::string trigger;               // trigger text as written (normalised)
  std::uint32_t trigger_begin = 0;   // code-point span of the trigger in the sentence
  std::uint32_t trigger_end = 0;
  std::string rule;                  // "verb.nom+verb.dat": the role rules that placed each end
  double confidence = 0.0;
};

struct Knowledge {
  const mentions::ActorTable& actors;
  const mentions::Lexicon& lexicon;
  const RuleSet& rules;
};

// Reads the relations of one sentence. Pure: the same input gives the same
// output, in trigger order; no state is kept between calls.
std::vector<RelationMention> apply_rules(const std::vector<tokens::Token>& tokens,
                                         const mentions::Mentions& mentions, const Knowledge& knowledge);

}  // namespace kankei::rules

namespace kankei::rules {

// How the engine sees a sentence, one line per phrase: its text, case,
// actors, trigger, voice, mood and ending. For `kankei explain`.
std::string explain(const std::vector<tokens::Token>& tokens, const mentions::Mentions& mentions,
                    const Knowledge& knowledge);

}  // namespace kankei::rules
