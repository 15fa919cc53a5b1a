// DocumentMemory: a sentence's mentions, resolved with what the document named before.
#include "mentions/document_memory.hpp"

namespace kankei::mentions {

Mentions DocumentMemory::read(const std::vector<tokens::Token>& tokens, const ActorTable& table, const Lexicon& lexicon,
                              bool headline) {
  auto found = find_mentions(tokens, table, lexicon);
  m_persons.resolve(tokens, found, table);
  m_short_names.resolve(tokens, found, table);
  m_home_army.resolve(tokens, found, table, headline);
  return found;
}

}  // namespace kankei::mentions
