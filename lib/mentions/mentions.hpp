// Finding actors and relation triggers among the tokens of one sentence.
#pragma once

#include <cstdint>
#include <vector>

#include "mentions/actor_table.hpp"
#include "mentions/lexicon.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

// An actor named by tokens [begin, end). Abbreviation compounds name several
// actors at once: 中露 => {CHN, RUS}.
struct ActorMention {
  std::vector<std::uint32_t> actors;  // indices into ActorTable::actors()
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool metonym = false;       // モスクワ: the state only when it acts
  bool abbreviation = false;  // from one-character forms: 露, 米
  // 在日米軍, 在韓米軍: forces of the mention's state stationed in another,
  // this index into ActorTable::actors(); -1 for none.
  std::int32_t stationed_in = -1;
};

// A relation trigger spanning tokens [begin, end).
struct TriggerMention {
  const Trigger* trigger = nullptr;  // owned by the Lexicon
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct Mentions {
  std::vector<ActorMention> actors;      // in token order, non-overlapping
  std::vector<TriggerMention> triggers;  // in token order, non-overlapping
};

// Finds actor and trigger mentions. Actors come from the user dictionary's
// actor field, from runs of tokens that together spell a known form (when
// MeCab split a name), and from abbreviation compounds: a run of two or more
// one-character state abbreviations (中露, 日米韓), or one after 対 (対米) or
// before a noun (米大統領). Triggers are matched on base forms, longest first.
Mentions find_mentions(const std::vector<tokens::Token>& tokens, const ActorTable& actors,
                       const Lexicon& lexicon);

}  // namespace kankei::mentions
