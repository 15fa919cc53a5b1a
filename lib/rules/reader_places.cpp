// Places and territory: the state a place phrase puts things in, and
// whether what is sent is troops.
#include "rules/sentence_reader.hpp"

namespace kankei::rules::detail {

// The state a clause of place (Yに位置し、 / Yにある) chained into the
// relative clause ending at p puts its noun in: Y's actors, or the state
// of a place of Y (ウクライナ南東部).
std::vector<ActorRef> SentenceReader::located_in(std::size_t p) const {
  for (std::size_t k = p; k-- > 1;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != m_chunks[p].quote) return {};
    if (!c.predicate) continue;
    if (c.ending != Ending::continuative && c.ending != Ending::attributive) return {};
    if (!function_at(k, Function::located) || m_chunks[k - 1].case_ != Case::dat) continue;
    return place_state(m_chunks[k - 1]);
  }
  return {};
}

// What a phrase naming a place puts things in: its actors (not a capital
// standing only for a place), or the state of a place of it (ウクライナ南東部).
std::vector<ActorRef> SentenceReader::place_state(const Chunk& place) {
  if (!place.actors.empty()) return place.metonym_only ? std::vector<ActorRef>{} : place.actors;
  return place.possessor;
}

// ウクライナ東部で獲得した|領土を保持: territory a relative clause places
// in a state is that state's.
void SentenceReader::relative_place(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!relation.place_target || !frame.target.actors.empty() || t == 0) return;
  const Chunk& pred = m_chunks[t - 1];
  if (!pred.predicate || pred.ending != Ending::attributive || pred.quote != m_chunks[t].quote) return;
  for (std::size_t k = t - 1; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.predicate || c.quote != pred.quote || c.case_ == Case::topic || c.case_ == Case::nom) return;
    if (c.case_ != Case::loc && c.case_ != Case::dat) continue;
    static const RoleRule rule{"noun.relative_place", Form::noun, Voice::active, Case::loc, Role::target, 0.7};
    if (const auto place = place_state(c); !place.empty()) fill(frame.target, place, &rule, 1.0);
    return;
  }
}

SentenceReader::Sent SentenceReader::sent_items(std::size_t t) const {
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.predicate) return Sent::goods;
    // (兵士も送った: も stands in for を.)
    if (c.case_ != Case::acc && !(c.case_ == Case::topic && c.actors.empty() && has_particle(c, "も"))) continue;
    bool troops = function_at(j, Function::troops);
    bool goods = !troops;
    // 兵士や砲弾を送る: troops deployed and goods supplied, both.
    for (std::size_t k = j; k-- > 0 && m_chunks[k].case_ == Case::coord && m_chunks[k].actors.empty();) {
      (function_at(k, Function::troops) ? troops : goods) = true;
    }
    return troops ? (goods ? Sent::both : Sent::troops) : Sent::goods;
  }
  return Sent::goods;
}

}  // namespace kankei::rules::detail
