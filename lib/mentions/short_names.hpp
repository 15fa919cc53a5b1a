// Organisations and groups named by a short name after their full one.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "mentions/actor_table.hpp"
#include "mentions/mentions.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

// News names a body in full once (北極評議会, 太平洋島しょ国) and then by the
// head of its name alone (評議会, 島しょ国). Alone that word names no one in
// particular, so the dictionary holds it apart from the forms (an actor's
// short= attribute); within one document, after the full name, it means
// that actor. One ShortNameMemory per document, fed its sentences in order.
class ShortNameMemory {
 public:
  // Adds actor mentions for short names of actors named earlier in the
  // document; then remembers the actors with short names this sentence names.
  void resolve(const std::vector<tokens::Token>& tokens, Mentions& mentions, const ActorTable& table);

 private:
  // Short form (normalised) and the actor (index) it names, the most
  // recently named last. Empty for most documents, which then cost nothing.
  std::vector<std::pair<std::string, std::uint32_t>> m_known;
};

}  // namespace kankei::mentions
