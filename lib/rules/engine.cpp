// The rule engine: for each trigger, find who does it to whom.
// This file's external interface is apply_rules(); the SentenceReader of
// rules/sentence_reader.hpp does the reading.
//
// Arguments are read from phrase cases through the role table (roles.tsv):
// a verbal trigger looks left through its clause; a nominal trigger looks at
// its compound and at the adnominal phrases before it, and borrows the
// arguments of a support verb (攻撃を行う) or a receiving verb (支援を受ける).
#include <cstdint>
#include <string>
#include <vector>

#include "rules/rules.hpp"
#include "rules/sentence_reader.hpp"

namespace kankei::rules {

using tokens::Token;

std::vector<RelationMention> apply_rules(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                                         const Knowledge& knowledge) {
  if (mentions.actors.empty()) return {};
  // Every relation joins two different actors (emit() drops s == o), and
  // every actor a phrase holds comes from a mention: a sentence that names
  // fewer than two actors states none, and making its phrases is the
  // engine's dearest step. (Anaphors such as 同国 and 両国 refer back to
  // mentions; a leader standing for their state in emit() still needs a
  // second actor as the source.) Keep this in step with any rule that finds
  // actors elsewhere.
  bool two_actors = false;
  const std::uint32_t* first = nullptr;
  for (const auto& m : mentions.actors) {
    for (const std::uint32_t& a : m.actors) {
      if (!first) first = &a;
      two_actors = two_actors || a != *first;
    }
    two_actors = two_actors || m.stationed_in >= 0;  // 在日米軍: two states in one name
  }
  // A region named alone (ロシアはクリミアを併合した) is a place of another
  // state (dict/rules/places.tsv) that the chunker adds.
  for (std::size_t i = 0; i < tokens.size() && !two_actors; ++i) {
    if (!tokens[i].actor.empty()) continue;
    const long state = knowledge.rules.place_state_at(tokens, i, tokens.size());
    two_actors = state >= 0 && static_cast<std::uint32_t>(state) != *first;
  }
  if (!two_actors) return {};
  // Without a trigger word only an object + verb phrase (or a verb taking
  // a state as its object), goods depended on (read_dependence), sides
  // acting as a count of states (read_count_of_sides), a threat
  // (read_threat), allies named as such
  // (read_allies_listed, read_member_predicate) or a joint act
  // (read_jointly) can state a relation.
  if (mentions.triggers.empty()) {
    const auto& phrases = knowledge.rules.phrases();
    bool object = false;
    thread_local std::string compound;  // a noun and its suffix; per thread, so that its buffer is allocated once
    const auto has_compound_object = [&](std::size_t i) {
      compound.assign(tokens[i - 1].surface);
      compound += tokens[i].surface;
      return phrases.has_object(compound) || knowledge.rules.has_function(compound, Function::ally);  // 加盟|国
    };
    for (std::size_t i = 0; i < tokens.size() && !object; ++i) {
      object = phrases.has_object(tokens[i].base) ||
               (i > 0 && tokens[i].pos1 == "接尾" && has_compound_object(i)) ||
               (tokens[i].pos == "名詞" && knowledge.rules.has_function(tokens[i], Function::threat)) ||
               (tokens[i].pos == "名詞" && knowledge.rules.has_function(tokens[i], Function::ally)) ||
               (!tokens[i].actor.empty() &&
                (tokens[i].surface.ends_with("同盟国") || tokens[i].surface.ends_with("加盟国"))) ||
               tokens[i].base == "共同" || tokens[i].base == "合同" ||  // read_jointly
               (tokens[i].surface.ends_with("国") &&
                knowledge.rules.has_function(tokens[i], Function::joint)) ||  // read_count_of_sides (3カ国で)
               tokens[i].base == "依存" || tokens[i].base == "頼る" ||  // read_dependence (…からのガスに依存)
               (!tokens[i].actor.empty() && !phrases.object_suffix(tokens[i].surface).empty()) ||  // …同盟を結成
               phrases.find(kStateObject, tokens[i].base) ||  // a state as the object (Xを承認)
               phrases.find(kOrganisationObject, tokens[i].base) ||  // an organisation (Xを構成)
               phrases.find(kRefusedObject, tokens[i].base) ||  // what an actor decided, refused (…を認めない)
               tokens[i].conj_form.starts_with("命令");  // an order in quoted words (read_imperative)
    }
    if (!object) return {};
  }
  return detail::SentenceReader(tokens, mentions, knowledge).read();
}

}  // namespace kankei::rules
