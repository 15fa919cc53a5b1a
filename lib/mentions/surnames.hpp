// Persons named by surname alone: after their full name, or after their state.
#pragma once

#include <cstdint>
#include <vector>

#include "mentions/actor_table.hpp"
#include "mentions/mentions.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

// News names a person in full once (李在明大統領, ヴォロディミル・ゼレンスキー)
// and by surname from then on (李氏, ゼレンスキー氏). A surname alone is
// often shared (李, 金, ロドリゲス), so the dictionary cannot hold it; within
// one document, though, it means the person named in full before. After
// its state (ケニアのルト大統領) a surname also names the one person of that
// state in the dictionary whose name it ends, named before or not; and a
// katakana surname before the title of an office (ニールセン首相) names the
// one holder of such an office in the dictionary with that surname (of
// several, the one whose state the document has named). One
// PersonMemory per document, fed its sentences in order.
class PersonMemory {
 public:
  // `year` is the document's (0 when unknown): where a surname fits two
  // persons of a state (two presidents アウン), the one in office then is
  // meant, or, with no date, the one in office now.
  explicit PersonMemory(int year = 0) : m_year(year) {}

  // Adds actor mentions for surnames of persons remembered from earlier
  // sentences; then remembers the persons this sentence names.
  void resolve(const std::vector<tokens::Token>& tokens, Mentions& mentions, const ActorTable& table);

 private:
  int m_year = 0;
  std::vector<std::uint32_t> m_persons;  // actor indices, the most recently named last
  std::vector<std::uint32_t> m_states;   // the states the document has named so far
  std::vector<unsigned char> m_taken;    // tokens inside a mention, per sentence; kept to reuse its buffer
};

}  // namespace kankei::mentions
