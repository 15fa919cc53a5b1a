// HomeArmyMemory: 国軍 or 政府軍 (or 暫定政権, 軍事政権) alone, after the document
// named whose army (or regime) it is.
#include "mentions/home_army.hpp"

#include <algorithm>
#include <string_view>

namespace kankei::mentions {
namespace {

using tokens::Token;

// How many tokens from i spell the army: 国軍 (one token) or 政府|軍 (two);
// or the regime that rules for the time, named alone (暫定|政権, 暫定|政府,
// 軍事|政権, 軍政: ベネズエラ暫定政権, then 暫定政権に…求めた), with `regime`
// set; 0 for none.
std::size_t army_at(const std::vector<Token>& tokens, std::size_t i, bool& regime) {
  regime = false;
  if (tokens[i].pos != "名詞") return 0;
  const std::string_view first = tokens[i].surface;
  const std::string_view second = i + 1 < tokens.size() ? std::string_view(tokens[i + 1].surface) : "";
  if (first == "国軍") return 1;
  if (first == "政府" && second == "軍") return 2;
  regime = first == "軍政" || (first == "暫定" && (second == "政権" || second == "政府")) ||
           (first == "軍事" && second == "政権");
  return !regime ? 0 : first == "軍政" ? 1 : 2;
}

// The length of the army word at token i when nothing is compounded before
// it (not 同国軍, an anaphor, 両国軍, 外国軍, or the X国軍 of a state named
// right before); 0 otherwise.
std::size_t standalone_army(const std::vector<Token>& tokens, std::size_t i, bool& regime) {
  const std::size_t length = army_at(tokens, i, regime);
  if (length == 0 || i == 0) return length;
  const Token& before = tokens[i - 1];
  // (Nor one whose owner is named with の: ニジェールの軍事政権 is the chunker's;
  // nor a regime a clause on it names: ユヌス氏が率いる暫定政権.)
  if (before.surface == "の" && before.pos == "助詞") return 0;
  if (regime && (before.pos == "動詞" || before.pos == "助動詞")) return 0;
  // (A headline's space, which MeCab drops, sets it apart too: …で戦闘　国軍が.)
  return (before.pos != "名詞" && before.pos != "接頭詞") || tokens[i].begin > before.end ? length : 0;
}

}  // namespace

void HomeArmyMemory::resolve(const std::vector<Token>& tokens, Mentions& mentions, const ActorTable& table,
                             bool headline) {
  const auto is_state = [&](const ActorMention& m) {
    return m.actors.size() == 1 && table.kind(m.actors[0]) == ActorKind::state;
  };
  // (The headline's own 国軍 may follow the state it names: スーダン南部…　国軍は.)
  if (headline && m_headline < 0) {
    const auto first = std::find_if(mentions.actors.begin(), mentions.actors.end(),
                                    [&](const ActorMention& m) { return is_state(m) && !m.abbreviation; });
    if (first != mentions.actors.end()) m_headline = first->actors[0];
  }
  // (スーダンでは、国軍と戦うRSFが: a state set up as where the sentence
  // happens owns the army it names.)
  std::int64_t here = -1;
  for (const auto& m : mentions.actors) {
    if (is_state(m) && m.end < tokens.size() && tokens[m.end].surface == "で" && m.end + 1 < tokens.size() &&
        tokens[m.end + 1].surface == "は") {
      here = m.actors[0];
      break;
    }
  }
  // (An army and a regime are remembered apart: a report on Bangladesh's
  // interim government may name Myanmar's army.)
  const auto known_for = [&](bool regime) {
    const std::int64_t named = regime ? m_named_regime : m_named;
    return here >= 0 ? here : named >= 0 ? named : m_headline;
  };
  if (known_for(false) >= 0 || known_for(true) >= 0) {
    std::vector<ActorMention> found;
    std::size_t next = 0;  // the first mention not ending at or before token i
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      while (next < mentions.actors.size() && mentions.actors[next].end <= i) ++next;
      const bool inside = next < mentions.actors.size() && mentions.actors[next].begin <= i;
      bool regime = false;
      const std::size_t length = inside ? 0 : standalone_army(tokens, i, regime);
      if (length == 0) continue;
      const std::int64_t known = known_for(regime);
      if (known < 0) continue;
      // (In the headline, only a state named before the word: 暫定政権、
      // インドに協力要請 names no regime of India.)
      if (headline && known == m_headline && here < 0 &&
          std::none_of(mentions.actors.begin(), mentions.actors.end(), [&](const ActorMention& m) {
            return m.end <= i && m.actors.size() == 1 && static_cast<std::int64_t>(m.actors[0]) == known;
          })) {
        continue;
      }
      ActorMention mention;
      mention.actors.push_back(static_cast<std::uint32_t>(known));
      mention.begin = static_cast<std::uint32_t>(i);
      mention.end = static_cast<std::uint32_t>(i + length);
      found.push_back(std::move(mention));
      i += length - 1;
    }
    if (!found.empty()) {
      for (auto& m : found) mentions.actors.push_back(std::move(m));
      std::sort(mentions.actors.begin(), mentions.actors.end(),
                [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
    }
  }
  for (const auto& m : mentions.actors) {
    if (!is_state(m) || m.abbreviation) continue;
    // (ミャンマー国軍: the state's mention, then 国軍 as a token of its own.)
    bool regime = false;
    if (m.end < tokens.size() && army_at(tokens, m.end, regime) > 0) (regime ? m_named_regime : m_named) = m.actors[0];
  }
}

}  // namespace kankei::mentions
