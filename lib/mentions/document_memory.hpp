// DocumentMemory: what a document's earlier sentences tell of its later ones.
#pragma once

#include <vector>

#include "mentions/actor_table.hpp"
#include "mentions/home_army.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/mentions.hpp"
#include "mentions/short_names.hpp"
#include "mentions/surnames.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

// A sentence's mentions read with the document around it: surnames of
// persons named in full before (PersonMemory), short names after full ones
// (ShortNameMemory) and 国軍 alone (HomeArmyMemory). The pipeline and
// `kankei explain` both read through one, so that what explain shows is what
// extract reads. One per document, fed its sentences in order.
class DocumentMemory {
 public:
  // `year`: the document's year, which decides between persons who held one
  // office in turn; 0 when unknown.
  explicit DocumentMemory(int year = 0) : m_persons(year) {}

  // The mentions of one sentence's tokens; `headline` for the document's
  // first sentence.
  Mentions read(const std::vector<tokens::Token>& tokens, const ActorTable& table, const Lexicon& lexicon,
                bool headline);

 private:
  PersonMemory m_persons;
  ShortNameMemory m_short_names;
  HomeArmyMemory m_home_army;
};

}  // namespace kankei::mentions
