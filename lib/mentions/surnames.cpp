// PersonMemory: a surname before 氏 or a title, matched against the persons
// named earlier in the same document.
#include "mentions/surnames.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
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

// Whether `s` opens with a CJK ideograph (U+4E00..U+9FFF: E4..E9 in UTF-8).
bool is_kanji(std::string_view s) {
  const auto lead = s.empty() ? 0u : static_cast<unsigned char>(s[0]);
  return s.size() >= 3 && lead >= 0xE4 && lead <= 0xE9;
}

// A token that may be part of a surname: a proper noun, or a word MeCab did
// not know (most foreign surnames).
bool may_be_name(const Token& t) { return t.pos == "名詞" && (t.pos1 == "固有名詞" || t.unknown); }

// The press spells one name ナウセダ and ナウセーダ, タミム and タミーム: names
// are compared past their long-vowel marks. The compare walks both strings in
// place, since it runs for every person with a title's role (titled_person).
constexpr std::string_view kLongMark = "ー";

// Whether `name` ends `form`, long-vowel marks aside, and `form` holds more.
// (A match of the mark's three bytes is always a whole character: its first
// byte only ever leads one, so byte steps stay aligned.)
bool ends_with_name(std::string_view form, std::string_view name) {
  std::size_t f = form.size();
  std::size_t n = name.size();
  for (;;) {
    while (f >= kLongMark.size() && form.substr(f - kLongMark.size(), kLongMark.size()) == kLongMark) {
      f -= kLongMark.size();
    }
    while (n >= kLongMark.size() && name.substr(n - kLongMark.size(), kLongMark.size()) == kLongMark) {
      n -= kLongMark.size();
    }
    if (n == 0) return f > 0;
    if (f == 0 || form[f - 1] != name[n - 1]) return false;
    --f;
    --n;
  }
}

// Whether `name` opens `form` as its first name (followed by ・), long-vowel
// marks aside.
bool opens_with_name(std::string_view form, std::string_view name) {
  std::size_t f = 0;
  std::size_t n = 0;
  for (;;) {
    while (form.substr(f).starts_with(kLongMark)) f += kLongMark.size();
    while (name.substr(n).starts_with(kLongMark)) n += kLongMark.size();
    if (n == name.size()) return form.substr(f).starts_with("・");
    if (f == form.size() || form[f] != name[n]) return false;
    ++f;
    ++n;
  }
}

// Whether `surname` is the family name within full form `form`: East Asian
// names put it first (李在明), names in katakana last (…・ゼレンスキー).
// Katakana names match past long-vowel marks.
bool is_surname_of(std::string_view surname, std::string_view form) {
  if (is_katakana(surname)) return surname.size() >= 6 && ends_with_name(form, surname);
  return form.size() > surname.size() && !is_katakana(form) && form.starts_with(surname);
}

// Whether katakana `name` is the first of the names in `form` (シャフリ in
// シャフリ・シャムスディン): Indonesian and some Arab names are used so.
bool is_first_name_of(std::string_view name, std::string_view form) {
  return is_katakana(name) && name.size() >= 6 && opens_with_name(form, name);
}

// The title that opens at token k, as one token (外相) or two (外務|大臣);
// empty when none does.
std::string_view title_at(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table) {
  if (const auto title = table.find_title(tokens[k].surface); !title.empty()) return title;
  // (ルビニャン、クルチ|両|特使: the title of two named before it.)
  if (tokens[k].surface == "両" && tokens[k].pos == "接頭詞" && k + 1 < tokens.size()) {
    return title_at(tokens, k + 1, table);
  }
  if (k + 1 >= tokens.size()) return {};
  thread_local std::string joined;  // per thread, so that its buffer is allocated once
  joined.assign(tokens[k].surface);
  joined += tokens[k + 1].surface;
  return table.find_title(joined);
}

// ニールセン|自治|政府|首相, 暫定政府首相: an office of a government that
// is qualified by its kind; the two words before the title belong to the name.
bool government_before_title(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table) {
  return k + 2 < tokens.size() && tokens[k].pos == "名詞" && tokens[k + 1].surface == "政府" &&
         !title_at(tokens, k + 2, table).empty();
}

// The title that opens at token k, also past a posting (駐日|大使, 駐|大阪|総領事),
// past a government's kind (自治|政府|首相) or past a ・ and the office's
// state or field (バラック・シリア担当|特使); empty when none does.
// バラック|米|特使, ラブロフ|露|外相: the state whose one-character
// abbreviation stands between a surname and its title, or nullopt.
std::optional<std::uint32_t> state_before_title(const std::vector<Token>& tokens, std::size_t k,
                                                const ActorTable& table) {
  if (k + 1 >= tokens.size() || tokens[k].pos != "名詞") return std::nullopt;
  const mentions::Actor* state = table.find_abbrev(tokens[k]);
  if (!state || title_at(tokens, k + 1, table).empty()) return std::nullopt;
  return static_cast<std::uint32_t>(state - table.actors().data());
}

std::string_view office_at(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table) {
  if (government_before_title(tokens, k, table)) return title_at(tokens, k + 2, table);
  if (state_before_title(tokens, k, table)) return title_at(tokens, k + 1, table);
  const bool posting = tokens[k].surface == "駐";
  if (const auto title = title_at(tokens, k, table); !title.empty() || (!posting && tokens[k].surface != "・")) {
    return title;
  }
  for (std::size_t i = k + 1; i < tokens.size() && i <= k + (posting ? 3 : 4) && tokens[i].pos == "名詞"; ++i) {
    if (const auto title = title_at(tokens, i, table); !title.empty()) return title;
  }
  return {};
}

// グラス|駐日大使, ガス|大使: a katakana word MeCab knows as a common noun
// (glass, gas) before an office's title. Only the state named right before
// it (米国のグラス駐日大使) may make it a surname.
bool common_word_before_office(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table) {
  const Token& before = tokens[k - 1];
  // (パス大統領: or a verbal noun, pass.)
  return before.pos == "名詞" && (before.pos1 == "一般" || before.pos1 == "サ変接続") && !before.unknown &&
         is_katakana(before.surface) && !office_at(tokens, k, table).empty();
}

// バラック・シリア担当特使, ラブロフ・ロシア外相: a katakana surname, a ・
// and then the office with its state or field.
bool dot_before_office(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table) {
  return tokens[k].surface == "・" && may_be_name(tokens[k - 1]) && is_katakana(tokens[k - 1].surface) &&
         !office_at(tokens, k, table).empty();
}

// 李氏, ゼレンスキー氏; 李大統領, where MeCab itself calls 李 a surname;
// サラム首相, where a katakana word MeCab did not know stands before a noun.
// Asked of every token of every sentence: a token that is neither a noun
// nor a symbol (most) is turned away by its first tests.
bool ends_name(const std::vector<Token>& tokens, std::size_t k, const ActorTable& table, bool& title) {
  title = false;
  // バラック・シリア担当特使: a ・ between the surname and the office.
  if (tokens[k].pos == "記号") {
    title = tokens[k].surface == "・" &&
            (common_word_before_office(tokens, k, table) || dot_before_office(tokens, k, table));
    return title;
  }
  // ロドリゲス|副|大統領: MeCab reads 副 as a prefix, yet 副大統領 is one title.
  // (グラス|駐|日|大使: the prefix 駐 opens a posting's title.)
  const bool prefixed_title = tokens[k].pos == "接頭詞" &&
                              (!title_at(tokens, k, table).empty() ||
                               (tokens[k].surface == "駐" && !office_at(tokens, k, table).empty()));
  if (tokens[k].pos != "名詞" && !prefixed_title) return false;
  if (is_name_suffix(tokens[k])) return true;
  const Token& before = tokens[k - 1];
  // 岩屋外相: a kanji surname MeCab takes for a common noun, before an
  // office's title.
  // (中国の|王|外相: a surname of one kanji only after its owner's の, where
  // the person is looked for among that state's.)
  const bool owned = k >= 2 && tokens[k - 2].surface == "の" && tokens[k - 2].pos == "助詞";
  title = before.pos2 == "人名" || (may_be_name(before) && is_katakana(before.surface)) ||
          (before.pos == "名詞" && (before.pos1 == "一般" || before.pos1 == "固有名詞") && is_kanji(before.surface) &&
           (before.surface.size() >= 6 || (before.surface.size() == 3 && owned)) &&
           !title_at(tokens, k, table).empty()) ||
          common_word_before_office(tokens, k, table);
  return title;
}

// The actor named as the owner right before `begin` (レバノンの|サラム首相):
// the one actor of a mention that ends with の there, when `keep` takes its kind.
template <typename Keep>
std::optional<std::uint32_t> owner_at(const std::vector<Token>& tokens, const Mentions& mentions,
                                      const ActorTable& table, std::size_t begin, Keep keep) {
  if (begin < 2 || tokens[begin - 1].surface != "の" || tokens[begin - 1].pos != "助詞") return std::nullopt;
  for (const auto& m : mentions.actors) {
    if (m.end == begin - 1 && m.actors.size() == 1 && keep(table.kind(m.actors[0]))) return m.actors[0];
  }
  return std::nullopt;
}

// The state named as the owner right before `begin`.
std::optional<std::uint32_t> owner_state(const std::vector<Token>& tokens, const Mentions& mentions,
                                         const ActorTable& table, std::size_t begin) {
  return owner_at(tokens, mentions, table, begin, [](ActorKind kind) { return kind == ActorKind::state; });
}

// The organisation or group named as the owner right before `begin`
// (ヒズボラの|カセム事務局長, 国連の|グテレス事務総長).
std::optional<std::uint32_t> owner_body(const std::vector<Token>& tokens, const Mentions& mentions,
                                        const ActorTable& table, std::size_t begin) {
  return owner_at(tokens, mentions, table, begin,
                  [](ActorKind kind) { return kind != ActorKind::state && kind != ActorKind::person; });
}

// Whether a person's `term` ("2016-2022", "2025-", "2000-2008,2012-")
// covers `year`, or, when the year is unknown (0), reaches to now. A person
// without a term is taken as in office.
bool in_office(const Actor& person, int year) {
  if (person.term.empty()) return true;
  std::string_view rest = person.term;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string_view range = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    const auto dash = range.find('-');
    if (dash == std::string_view::npos) continue;
    const std::string_view to = range.substr(dash + 1);
    if (year == 0) {
      if (to.empty()) return true;
      continue;
    }
    const int from_year = std::atoi(std::string(range.substr(0, dash)).c_str());
    const int to_year = to.empty() ? 9999 : std::atoi(std::string(to).c_str());
    if (from_year <= year && year <= to_year) return true;
  }
  return false;
}

// Of the persons `candidates` whose name `surname` ends (or, for a name in
// kanji, begins), the one meant: the only one, else the only one in office
// in `year`. None when that leaves no one or several.
template <typename Candidates, typename Keep>
std::optional<std::uint32_t> one_person(std::string_view surname, const Candidates& candidates,
                                        const ActorTable& table, int year, Keep keep,
                                        bool (*names)(std::string_view, std::string_view) = is_surname_of) {
  std::optional<std::uint32_t> found;
  std::optional<std::uint32_t> in_office_then;
  bool several = false;
  bool several_in_office = false;
  for (const std::uint32_t p : candidates) {
    const Actor& person = table.actors()[p];
    if (!keep(person)) continue;
    for (const auto& form : person.forms) {
      if (!names(surname, form)) continue;
      several = several || (found && *found != p);
      found = p;
      if (in_office(person, year)) {
        several_in_office = several_in_office || (in_office_then && *in_office_then != p);
        in_office_then = p;
      }
      break;
    }
  }
  if (!several) return found;
  if (!several_in_office) return in_office_then;
  return std::nullopt;
}

// The one person of `state` whose name `surname` ends (or, for a name in
// kanji, begins): the press names a leader by surname and title after the
// state (ケニアのルト大統領) even the first time.
// (インドネシアのシャフリ国防相: or, when none ends with it, whose first
// name it is; マレーシアのモハマド外相: or when the one it ends holds
// another office than the title after it names, and the first name's does.)
std::optional<std::uint32_t> person_of_state(std::string_view surname, std::uint32_t state,
                                             const ActorTable& table, int year, std::string_view office = {}) {
  const auto all = [](const Actor&) { return true; };
  const auto fits = [&](std::uint32_t p) {
    return !office.empty() && table.title_names_role(office, table.actors()[p].role);
  };
  const auto by_surname = one_person(surname, table.persons_of(state), table, year, all);
  if (by_surname && (office.empty() || fits(*by_surname))) return by_surname;
  // (中国の王外相: of a state's several persons so named, the one in the office.)
  if (!by_surname && !office.empty()) {
    const auto holds_office = [&](const Actor& person) { return table.title_names_role(office, person.role); };
    if (const auto holder = one_person(surname, table.persons_of(state), table, year, holds_office)) return holder;
  }
  const auto by_first_name = one_person(surname, table.persons_of(state), table, year, all, is_first_name_of);
  if (by_first_name && (!by_surname || fits(*by_first_name))) return by_first_name;
  return by_surname;
}

// The one person in office whose name `surname` (katakana) ends and whose
// role `title` names: ニールセン首相 with no state or full name before it.
// A surname with a title is far less often shared than one alone.
// (ブラウン首相 with two such prime ministers in office: the one whose
// state the document has named, if only one's has.)
std::optional<std::uint32_t> titled_person(std::string_view surname, std::string_view title,
                                           const ActorTable& table, int year,
                                           const std::vector<std::uint32_t>& states_named,
                                           bool named_states_only = false) {
  // Three katakana or two kanji or more; and most nouns after a name are no
  // title (ゼレンスキー政権), which spares the walk over every person below.
  const bool long_enough = is_katakana(surname) ? surname.size() >= 9 : is_kanji(surname) && surname.size() >= 6;
  // (ルト大統領: two katakana only among the persons of the states the
  // document has named.)
  const bool short_katakana = is_katakana(surname) && surname.size() == 6;
  if (!(long_enough || short_katakana) || !table.is_title(title)) return std::nullopt;
  thread_local std::vector<std::uint32_t> persons;
  const auto& titled = table.persons_titled(title);
  persons.assign(titled.begin(), titled.end());
  const auto& actors = table.actors();
  const auto in_office_then = [year](const Actor& person) { return in_office(person, year); };
  if (long_enough && !named_states_only) {
    if (const auto one = one_person(surname, persons, table, year, in_office_then)) return one;
  }
  std::erase_if(persons, [&](std::uint32_t p) {
    const Actor* state = table.find_id(table.affiliation(actors[p]));
    const auto index = state ? static_cast<std::uint32_t>(state - actors.data()) : ~std::uint32_t{0};
    return std::find(states_named.begin(), states_named.end(), index) == states_named.end();
  });
  if (const auto one = one_person(surname, persons, table, year, in_office_then)) return one;
  // (タミーム首長: Gulf rulers go by their first name.)
  return one_person(surname, persons, table, year, in_office_then, is_first_name_of);
}

// タンザニアの|ハッサン大統領, where the dictionary gives ハッサン大統領 to
// another state's leader: after a state named as its owner, a surname with a
// title names that state's person, when it has one so named.
void restate_titled_persons(const std::vector<Token>& tokens, Mentions& mentions, const ActorTable& table, int year) {
  const auto& actors = table.actors();
  std::string surface;
  for (auto& m : mentions.actors) {
    if (m.actors.size() != 1 || table.kind(m.actors[0]) != ActorKind::person || m.begin < 2) continue;
    const auto state = owner_state(tokens, mentions, table, m.begin);
    if (!state || table.affiliation(actors[m.actors[0]]) == actors[*state].id) continue;
    surface.clear();
    for (auto i = m.begin; i < m.end; ++i) surface += tokens[i].surface;
    // The title: the longest tail the table knows, after a name of at least
    // two characters (cut at character boundaries of the UTF-8 text).
    const auto char_size = [](unsigned char lead) -> std::size_t {
      return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    };
    std::string_view name(surface);
    std::string_view title;
    std::size_t cut = 0;
    for (int n = 0; n < 2 && cut < surface.size(); ++n) cut += char_size(static_cast<unsigned char>(surface[cut]));
    for (; cut < surface.size() && title.empty(); cut += char_size(static_cast<unsigned char>(surface[cut]))) {
      title = table.find_title(std::string_view(surface).substr(cut));
      if (!title.empty()) name = std::string_view(surface).substr(0, cut);
    }
    if (title.empty()) continue;
    if (const auto person = person_of_state(name, *state, table, year, title)) m.actors[0] = *person;
  }
}

}  // namespace

void PersonMemory::resolve(const std::vector<Token>& tokens, Mentions& mentions, const ActorTable& table) {
  const auto& actors = table.actors();
  restate_titled_persons(tokens, mentions, table, m_year);
  bool candidate = false;  // most sentences have no name before 氏 or a title: no buffer to fill
  std::size_t first_candidate = 1;  // the scan below starts where this one found one
  for (std::size_t k = 1; k < tokens.size() && !candidate; ++k) {
    bool title = false;
    candidate = ends_name(tokens, k, table, title);
    first_candidate = k;
  }
  if (candidate) {
    std::vector<unsigned char>& taken = m_taken;
    taken.assign(tokens.size(), 0);
    for (const auto& m : mentions.actors) std::fill(taken.begin() + m.begin, taken.begin() + m.end, 1);
    for (const auto& t : mentions.triggers) std::fill(taken.begin() + t.begin, taken.begin() + t.end, 1);
    std::vector<ActorMention> found;
    std::string surname;
    for (std::size_t k = first_candidate; k < tokens.size(); ++k) {
      bool title = false;
      if (!ends_name(tokens, k, table, title)) continue;
      const std::size_t longest = title ? 1 : std::min(kMaxSurnameTokens, k);
      // The longest run of name-like tokens before k that names a remembered person.
      for (std::size_t length = longest; length >= 1; --length) {
        const std::size_t begin = k - length;
        bool usable = true;
        surname.clear();
        for (std::size_t i = begin; i < k && usable; ++i) {
          // 岩屋|外相, 岩屋|氏: before a title or 氏, a kanji noun may be a surname too.
          usable = !taken[i] && (may_be_name(tokens[i]) ||
                                 (length == 1 && tokens[i].pos == "名詞" && is_kanji(tokens[i].surface)));
          surname += tokens[i].surface;
        }
        // グラス駐日大使: a common word is a surname only after its state.
        const bool common_word = length == 1 && !may_be_name(tokens[begin]) && is_katakana(tokens[begin].surface);
        if (common_word && !taken[begin]) usable = title && common_word_before_office(tokens, k, table);
        if (!usable) continue;
        // ゲオルギオス・ゲラペトリティス外相, a full name the dictionary spells
        // otherwise (ギオルゴス・…): the family name after the last ・ is the
        // surname to match.
        // (アブドルアジズ・エネルギー|相: MeCab may glue the name to the
        // title's first word; the title is then that word and the suffix.)
        std::string_view glued_office;
        if (const auto dot = surname.rfind("・");
            title && dot != std::string::npos && length == 1 && dot + std::string_view("・").size() < surname.size()) {
          thread_local std::string tail;
          tail.assign(surname, dot + std::string_view("・").size());
          tail += tokens[k].surface;
          glued_office = table.find_title(tail);
          if (!glued_office.empty()) surname.resize(dot);
        }
        if (const auto dot = surname.rfind("・"); dot != std::string::npos && is_katakana(surname)) {
          surname.erase(0, dot + std::string_view("・").size());
          if (surname.empty()) continue;  // ペトリティス・ (a run MeCab ended at the ・) names no one
        }
        std::uint32_t person = 0;
        bool matched = false;
        // The person named last with that surname; of two (サダム・フセイン and
        // フアド・フセイン), the one whose role the title names (フセイン外相).
        const std::string_view office = !glued_office.empty() ? glued_office
                                        : title                ? office_at(tokens, k, table)
                                                               : std::string_view{};
        bool fits_office = false;
        for (auto p = m_persons.rbegin(); p != m_persons.rend() && !fits_office; ++p) {
          const bool named = std::any_of(actors[*p].forms.begin(), actors[*p].forms.end(),
                                         [&](const std::string& form) { return is_surname_of(surname, form); });
          if (!named) continue;
          const bool fits = !office.empty() && table.title_names_role(office, actors[*p].role);
          if (!matched || fits) person = *p;
          matched = true;
          fits_office = fits || office.empty();
        }
        if (common_word) matched = false;
        if (!matched) {
          // (バラック米特使: or the state the title itself names.)
          auto state = owner_state(tokens, mentions, table, begin);
          if (!state && title) state = state_before_title(tokens, k, table);
          auto named = state ? person_of_state(surname, *state, table, m_year, office) : std::nullopt;
          // (ヒズボラのカセム事務局長: or of the body named so, if it has one
          // so named; else as if no owner were named.)
          if (const auto body = state ? std::nullopt : owner_body(tokens, mentions, table, begin); body) {
            named = person_of_state(surname, *body, table, m_year, office);
          }
          // (A common word must also fit the office: グラス駐日大使 is the ambassador.)
          if (named && common_word && !table.title_names_role(office_at(tokens, k, table), actors[*named].role)) {
            named.reset();
          }
          // (タミーム首長, a common word to MeCab: only a holder from a state
          // the document has named.)
          if (!named && !state && title) {
            named = titled_person(surname, office.empty() ? std::string_view(tokens[k].surface) : office, table, m_year,
                                  m_states, common_word);
          }
          if (!named) continue;
          person = *named;
        }
        const std::size_t end = title && government_before_title(tokens, k, table) ? k + 2 : k;
        found.push_back({{person}, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), false, false});
        for (std::size_t i = begin; i < end; ++i) taken[i] = 1;
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
    if (m.actors.size() == 1 && table.kind(m.actors[0]) == ActorKind::state &&
        std::find(m_states.begin(), m_states.end(), m.actors[0]) == m_states.end()) {
      m_states.push_back(m.actors[0]);
    }
    if (m.actors.size() != 1 || table.kind(m.actors[0]) != ActorKind::person) continue;
    const std::uint32_t person = m.actors[0];
    if (!m_persons.empty() && m_persons.back() == person) continue;
    const auto known = std::find(m_persons.begin(), m_persons.end(), person);
    if (known != m_persons.end()) m_persons.erase(known);
    m_persons.push_back(person);
  }
}

}  // namespace kankei::mentions
