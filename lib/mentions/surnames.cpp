// PersonMemory: a surname before 氏 or a title, matched against the persons
// named earlier in the same document.
#include "mentions/surnames.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace kankei::mentions {
namespace {

using tokens::Token;

constexpr std::size_t kMaxSurnameTokens = 3;

// 氏, さん: MeCab's suffix for a person's name.
bool is_name_suffix(const Token& t) { return t.pos == "名詞" && t.pos1 == "接尾" && t.pos2 == "人名"; }

bool is_katakana(std::string_view s) {
  // U+30A0..U+30FF (katakana, ・, ー) is E3 82 A0..E3 83 BF in UTF-8.
  return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE3 &&
         (static_cast<unsigned char>(s[1]) == 0x82 || static_cast<unsigned char>(s[1]) == 0x83);
}

// A token that may be part of a surname: a proper noun, or a word MeCab did
// not know (most foreign surnames).
bool may_be_name(const Token& t) { return t.pos == "名詞" && (t.pos1 == "固有名詞" || t.unknown); }

// Whether `surname` is the family name within full form `form`: East Asian
// names put it first (李在明), names in katakana last (…・ゼレンスキー).
bool is_surname_of(std::string_view surname, std::string_view form) {
  if (form.size() <= surname.size()) return false;
  if (is_katakana(surname)) return surname.size() >= 6 && form.ends_with(surname);
  return !is_katakana(form) && form.starts_with(surname);
}

// 李氏, ゼレンスキー氏; 李大統領, where MeCab itself calls 李 a surname;
// サラム首相, where a katakana word MeCab did not know stands before a noun.
bool ends_name(const std::vector<Token>& tokens, std::size_t k, bool& title) {
  const bool suffix = is_name_suffix(tokens[k]);
  const Token& before = tokens[k - 1];
  title = !suffix && tokens[k].pos == "名詞" &&
          (before.pos2 == "人名" || (is_katakana(before.surface) && may_be_name(before)));
  return suffix || title;
}

// The state named as the owner right before `begin` (レバノンの|サラム首相):
// the one state of a mention that ends with の there.
std::optional<std::uint32_t> owner_state(const std::vector<Token>& tokens, const Mentions& mentions,
                                         const ActorTable& table, std::size_t begin) {
  if (begin < 2 || tokens[begin - 1].surface != "の" || tokens[begin - 1].pos != "助詞") return std::nullopt;
  for (const auto& m : mentions.actors) {
    if (m.end == begin - 1 && m.actors.size() == 1 && table.kind(m.actors[0]) == ActorKind::state) {
      return m.actors[0];
    }
  }
  return std::nullopt;
}

// The one person of `state` whose name `surname` ends (or, for a name in
// kanji, begins): the press names a leader by surname and title after the
// state (ケニアのルト大統領) even the first time. Two matches name no one.
std::optional<std::uint32_t> person_of_state(std::string_view surname, std::uint32_t state,
                                             const ActorTable& table) {
  std::optional<std::uint32_t> found;
  for (const std::uint32_t p : table.persons_of(state)) {
    for (const auto& form : table.actors()[p].forms) {
      if (!is_surname_of(surname, form)) continue;
      if (found && *found != p) return std::nullopt;
      found = p;
      break;
    }
  }
  return found;
}

}  // namespace

void PersonMemory::resolve(const std::vector<Token>& tokens, Mentions& mentions, const ActorTable& table) {
  const auto& actors = table.actors();
  bool candidate = false;  // most sentences have no name before 氏 or a title: no buffer to fill
  for (std::size_t k = 1; k < tokens.size() && !candidate; ++k) {
    bool title = false;
    candidate = ends_name(tokens, k, title);
  }
  if (candidate) {
    std::vector<unsigned char>& taken = m_taken;
    taken.assign(tokens.size(), 0);
    for (const auto& m : mentions.actors) std::fill(taken.begin() + m.begin, taken.begin() + m.end, 1);
    for (const auto& t : mentions.triggers) std::fill(taken.begin() + t.begin, taken.begin() + t.end, 1);
    std::vector<ActorMention> found;
    std::string surname;
    for (std::size_t k = 1; k < tokens.size(); ++k) {
      bool title = false;
      if (!ends_name(tokens, k, title)) continue;
      const std::size_t longest = title ? 1 : std::min(kMaxSurnameTokens, k);
      // The longest run of name-like tokens before k that names a remembered person.
      for (std::size_t length = longest; length >= 1; --length) {
        const std::size_t begin = k - length;
        bool usable = true;
        surname.clear();
        for (std::size_t i = begin; i < k && usable; ++i) {
          usable = !taken[i] && may_be_name(tokens[i]);
          surname += tokens[i].surface;
        }
        if (!usable) continue;
        std::uint32_t person = 0;
        bool matched = false;
        for (auto p = m_persons.rbegin(); p != m_persons.rend() && !matched; ++p) {
          for (const auto& form : actors[*p].forms) {
            if (is_surname_of(surname, form)) {
              person = *p;
              matched = true;
              break;
            }
          }
        }
        if (!matched) {
          const auto state = owner_state(tokens, mentions, table, begin);
          const auto named = state ? person_of_state(surname, *state, table) : std::nullopt;
          if (!named) continue;
          person = *named;
        }
        found.push_back({{person}, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(k), false, false});
        for (std::size_t i = begin; i < k; ++i) taken[i] = 1;
        break;
      }
    }
    if (!found.empty()) {
      mentions.actors.insert(mentions.actors.end(), found.begin(), found.end());
      std::sort(mentions.actors.begin(), mentions.actors.end(),
                [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; });
    }
  }
  for (const auto& m : mentions.actors) {
    if (m.actors.size() != 1 || table.kind(m.actors[0]) != ActorKind::person) continue;
    const std::uint32_t person = m.actors[0];
    if (!m_persons.empty() && m_persons.back() == person) continue;
    const auto known = std::find(m_persons.begin(), m_persons.end(), person);
    if (known != m_persons.end()) m_persons.erase(known);
    m_persons.push_back(person);
  }
}

}  // namespace kankei::mentions
