// 国軍 (or 暫定政権, 軍事政権) standing alone: the army (or regime) of the state
// the document is about.
#pragma once

#include <cstdint>
#include <vector>

#include "mentions/actor_table.hpp"
#include "mentions/mentions.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

// News on a civil war names the army once with its state (ミャンマー国軍,
// スーダン国軍, コンゴ政府軍) and then as 国軍 or 政府軍 alone; a report may
// even use it alone from its headline on, after naming the state as a place
// (スーダン南部　RSFが…　国軍は空爆で応戦). Alone, the word names no state,
// so the dictionary cannot hold it; within one document it means the state
// the sentence is set in (Xでは), else the state of the last X国軍 or
// X政府軍, else the first state the headline names. One HomeArmyMemory per
// document, fed its sentences in order.
class HomeArmyMemory {
 public:
  // Adds a mention of the remembered state for each army word standing
  // alone; then remembers the state of each X国軍 or X政府軍 (and, in the
  // headline, the first state named).
  void resolve(const std::vector<tokens::Token>& tokens, Mentions& mentions, const ActorTable& table,
               bool headline);

 private:
  std::int64_t m_named = -1;         // the state of the last X国軍 or X政府軍, an actor index
  std::int64_t m_named_regime = -1;  // the state of the last X暫定政権, X軍事政権 and the like
  std::int64_t m_headline = -1;  // the first state the headline names
};

}  // namespace kankei::mentions
