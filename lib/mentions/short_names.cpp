// ShortNameMemory: the head of a body's name, standing alone after the body
// was named in full in the same document.
#include "mentions/short_names.hpp"

#include <algorithm>
#include <string_view>

namespace kankei::mentions {
namespace {

using tokens::Token;

constexpr std::size_t kMaxShortTokens = 4;  // 島|しょ|国: MeCab may split a short name

// Whether the word before token i ends a name or noun the short name would
// only be the tail of (太平洋|島しょ国 is the full name, 同|評議会 the body).
bool standalone(const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0) return true;
  const Token& before = tokens[i - 1];
  if (before.surface == "同" || before.surface == "当") return true;
  return before.pos != "名詞" && before.pos != "接頭詞";
}

}  // namespace

void ShortNameMemory::resolve(const std::vector<Token>& tokens, Mentions& mentions, const ActorTable& table) {
  if (!m_known.empty()) {
    std::vector<unsigned char> taken(tokens.size(), 0);
    for (const auto& m : mentions.actors) {
      for (auto i = m.begin; i < m.end && i < tokens.size(); ++i) taken[i] = 1;
    }
    std::vector<ActorMention> found;
    std::string joined;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (taken[i] || !standalone(tokens, i)) continue;
      // Most tokens begin no short name: one pass over the few known
      // names turns them away before any joining.
      const std::string_view first = tokens[i].surface;
      if (std::none_of(m_known.begin(), m_known.end(), [&](const auto& entry) { return entry.first.starts_with(first); })) {
        continue;
      }
      joined.clear();
      for (std::size_t k = i; k < tokens.size() && k < i + kMaxShortTokens && !taken[k]; ++k) {
        joined += tokens[k].surface;
        // The most recently named body with this short name.
        const auto known = std::find_if(m_known.rbegin(), m_known.rend(),
                                        [&](const auto& entry) { return entry.first == joined; });
        if (known == m_known.rend()) continue;
        ActorMention mention;
        mention.actors.push_back(known->second);
        mention.begin = static_cast<std::uint32_t>(i);
        mention.end = static_cast<std::uint32_t>(k + 1);
        // (A state's ministry named alone, 外務省, acts for it, as its capital
        // does; 外務省で is where a meeting is held.)
        mention.metonym = table.kind(known->second) == ActorKind::state;
        found.push_back(std::move(mention));
        i = k;
        break;
      }
    }
    if (!found.empty()) {
      for (auto& m : found) mentions.actors.push_back(std::move(m));
      std::sort(mentions.actors.begin(), mentions.actors.end(),
                [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
    }
  }
  for (const auto& m : mentions.actors) {
    if (m.actors.size() != 1) continue;
    const Actor& actor = table.actors()[m.actors[0]];
    for (const auto& form : actor.short_forms) {
      std::erase_if(m_known, [&](const auto& entry) { return entry.first == form; });
      m_known.emplace_back(form, m.actors[0]);
    }
  }
}

}  // namespace kankei::mentions
