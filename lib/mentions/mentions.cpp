// Dictionary look-ups over tokens: actors first, then triggers outside actors.
#include "mentions/mentions.hpp"

#include <string>

namespace kankei::mentions {
namespace {

using tokens::Token;

constexpr std::size_t kMaxFormTokens = 6;

bool is_noun(const Token& t) { return t.pos == "名詞"; }

bool is_proper(const Token& t) { return t.pos == "名詞" && t.pos1 == "固有名詞"; }

// Whether `abbreviation` (CPC) spells the initials of the capitalised words
// of `english` (Caspian Pipeline Consortium), in order.
bool spells_initials(std::string_view abbreviation, std::string_view english) {
  std::string initials;
  bool word_start = true;
  for (char ch : english) {
    if (word_start && ch >= 'A' && ch <= 'Z') initials += ch;
    word_start = ch == ' ' || ch == '-';
  }
  return abbreviation.size() >= 2 && abbreviation == initials;
}

// The surfaces of tokens [i, j] run on, j > i: token j starts where token j - 1
// ends in the tokenized text, which no white space MeCab skipped separates.
bool adjacent(const std::vector<Token>& tokens, std::size_t j) {
  return tokens[j].surface.data() == tokens[j - 1].surface.data() + tokens[j - 1].surface.size();
}

// Tokens [i, j) that spell a dictionary form MeCab did not keep whole.
// `scratch` is space for a candidate whose tokens are not adjacent, passed in
// so that its buffer is reused; adjacent ones are read in place, since token
// surfaces view the sentence.
// With `through_names`, tokens that name actors themselves may be parts too
// (チェコ|スロバキア).
bool match_form(const std::vector<Token>& tokens, std::size_t i, const ActorTable& table, std::string& scratch,
                ActorMention& out, bool through_names = false) {
  std::string_view text;
  bool copied = false;  // `text` is in `scratch`
  std::size_t best = 0;
  const FormEntry* best_entry = nullptr;
  for (std::size_t j = i; j < tokens.size() && j < i + kMaxFormTokens; ++j) {
    if (!tokens[j].actor.empty() && j > i && !through_names) break;
    if (tokens[j].pos == "助詞" || tokens[j].pos == "助動詞") break;
    if (j == i) {
      text = tokens[j].surface;
    } else if (!copied && adjacent(tokens, j)) {
      text = std::string_view(text.data(), text.size() + tokens[j].surface.size());
    } else {
      if (!copied) scratch.assign(text);
      copied = true;
      scratch += tokens[j].surface;
      text = scratch;
    }
    // A token alone is its entry's surface, whose probe the entry remembers.
    const FormProbe probe = j == i ? table.probe_form(tokens[j]) : table.probe_form(text);
    // A single token only counts when it is a noun: not the verb 米 (rice) etc.
    if (probe.entry && (j > i || is_noun(tokens[j]))) {
      best = j + 1;
      best_entry = probe.entry;
    }
    if (!probe.longer) break;  // no form starts with `text`: longer runs cannot match
  }
  if (!best_entry) return false;
  out = ActorMention{{best_entry->actor}, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(best),
                     best_entry->metonym, false};
  return true;
}

// The state index for a token that is one abbreviation character, or -1.
// `in_run`: the token goes on a run of abbreviations (日米豪|印) or opens a
// headline's phrase (圧力 米は), where MeCab may read a common noun or a suffix.
// (中ロ: MeCab reads that 中 as a prefix, so a run may open with one.)
long abbrev_of(const Token& t, const ActorTable& table, bool in_run = false) {
  // (希土: MeCab reads 希 as an adjectival noun; 朝ロ, ロ朝: 朝 as morning.)
  if (!is_proper(t) &&
      !(in_run && ((is_noun(t) && (t.pos1 == "一般" || t.pos1 == "接尾" || t.pos1 == "形容動詞語幹" ||
                                   t.pos1 == "副詞可能")) ||
                   t.pos == "接頭詞"))) {
    return -1;
  }
  const Actor* actor = table.find_abbrev(t);
  if (!actor) return -1;
  return actor - table.actors().data();
}

// A state named by its abbreviation or one of its forms, or nullptr.
const Actor* state_named(std::string_view text, const ActorTable& table) {
  const Actor* actor = table.find_abbrev(text);
  if (!actor) {
    const FormEntry* entry = table.find_form(text);
    if (entry && !entry->metonym) actor = &table.actors()[entry->actor];
  }
  return actor && actor->kind == ActorKind::state ? actor : nullptr;
}

// 在 + where + whose + 軍 at token i (在日米軍): fills `mention` with the
// forces' state, stationed in the other.
bool stationed_forces(const std::vector<Token>& tokens, std::size_t i, const ActorTable& table, std::string& text,
                      ActorMention& mention) {
  constexpr std::string_view kIn = "在";
  constexpr std::string_view kForces = "軍";
  if (!tokens[i].surface.starts_with(kIn) || (tokens[i].pos != "接頭詞" && tokens[i].pos != "名詞")) return false;
  text.clear();
  for (std::size_t j = i; j < tokens.size() && j < i + 4; ++j) {
    if (j > i && !adjacent(tokens, j)) return false;
    text += tokens[j].surface;
    if (!std::string_view(text).ends_with(kForces)) continue;
    const std::string_view middle = std::string_view(text).substr(kIn.size(), text.size() - kIn.size() - kForces.size());
    // Whose forces: the name at the end; where: the rest.
    for (std::size_t cut = 3; cut + 3 <= middle.size(); cut += 3) {
      const Actor* where = state_named(middle.substr(0, cut), table);
      const Actor* whose = where ? state_named(middle.substr(cut), table) : nullptr;
      if (!whose || whose == where) continue;
      mention = ActorMention{};
      mention.actors = {static_cast<std::uint32_t>(whose - table.actors().data())};
      mention.begin = static_cast<std::uint32_t>(i);
      mention.end = static_cast<std::uint32_t>(j + 1);
      mention.stationed_in = static_cast<std::int32_t>(where - table.actors().data());
      return true;
    }
    return false;
  }
  return false;
}

// Whether the first (or last) character of `s` is katakana (U+30A0–U+30FF,
// E3 82 A0 – E3 83 BF in UTF-8).
bool katakana_edge(std::string_view s, bool first) {
  if (s.size() < 3) return false;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data() + (first ? 0 : s.size() - 3));
  return b[0] == 0xE3 && ((b[1] == 0x82 && b[2] >= 0xA0) || b[1] == 0x83);
}

}  // namespace

Mentions find_mentions(const std::vector<Token>& tokens, const ActorTable& table, const Lexicon& lexicon) {
  Mentions out;
  // Tokens inside an actor mention. One buffer per thread, reused for every
  // sentence: bytes, not std::vector<bool>'s bits, since the loops below test
  // it for every token.
  thread_local std::vector<unsigned char> taken;
  // A headline has no full stop: its phrases may open with 米は (below).
  const bool headline = !tokens.empty() && !tokens::ends_as_prose(tokens);
  taken.assign(tokens.size(), 0);
  std::string scratch;  // candidate forms and trigger keys
  ActorMention form;  // the candidate at i; outside the loop, so that tokens that start none build nothing
  for (std::size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    // A particle or an auxiliary starts no mention (every test below fails
    // for it); most tokens are one, and this loop runs for every token.
    if (t.actor.empty() && (t.pos == "助詞" || t.pos == "助動詞")) {
      ++i;
      continue;
    }
    // 駐日大使, 陳松駐ネパール大使: the state after 駐 is where an envoy
    // serves, not whose envoy it is; the phrase's actor is named before it.
    if (i > 0 && tokens[i - 1].surface == "駐" && tokens[i - 1].pos == "接頭詞") {
      ++i;
      continue;
    }
    // 20日朝|米軍, 5日朝|イエメンを: after a date 朝 is the morning.
    if (i > 0 && t.surface == "朝" && (tokens[i - 1].pos2 == "助数詞" || tokens[i - 1].pos1 == "数")) {
      ++i;
      continue;
    }
    // 南ア|ジア, 南ア|ルプス: a name MeCab split off the front of a longer
    // katakana word it did not know is no name; nor is one cut before a
    // single katakana letter (アナン|ド外相 is アナンド).
    const auto lone_letter = [&](const Token& next) {
      return next.surface.size() == 3 && next.begin == t.end && next.surface != "・" && next.surface != "ー";
    };
    if (!t.actor.empty() && i + 1 < tokens.size() && (tokens[i + 1].unknown || lone_letter(tokens[i + 1])) &&
        katakana_edge(t.surface, false) && katakana_edge(tokens[i + 1].surface, true)) {
      ++i;
      continue;
    }
    // チェコ|スロバキア: MeCab splits some names into two others (the
    // connection cost between two place names favours it); the whole is
    // the dictionary's form of a third.
    if (!t.actor.empty() && i + 1 < tokens.size() && !tokens[i + 1].actor.empty() && adjacent(tokens, i + 1) &&
        match_form(tokens, i, table, scratch, form, true) && form.end > i + 1) {
      for (auto k = form.begin; k < form.end; ++k) taken[k] = true;
      i = form.end;
      out.actors.push_back(std::move(form));
      continue;
    }
    if (!t.actor.empty()) {
      if (const Actor* actor = table.find_id(t)) {
        // クラス|ノ|ダール地方: a person's name MeCab cut off the end of a
        // longer katakana word is no name either.
        if (actor->kind == ActorKind::person && i > 0 && tokens[i - 1].end == t.begin &&
            tokens[i - 1].surface != "・" && katakana_edge(tokens[i - 1].surface, false) &&
            katakana_edge(t.surface, true)) {
          ++i;
          continue;
        }
        const auto index = static_cast<std::uint32_t>(actor - table.actors().data());
        out.actors.push_back({{index}, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1),
                              t.metonym, false});
        taken[i] = true;
        ++i;
        continue;
      }
    }
    // (平和|・|安全保障理事会: a longer form may run on through a name,
    // which it then contains.)
    if (match_form(tokens, i, table, scratch, form, true)) {
      for (auto k = form.begin; k < form.end; ++k) taken[k] = true;
      i = form.end;
      out.actors.push_back(std::move(form));
      continue;
    }
    // 在日米軍, 在韓米軍, 在イラク米軍: a state's forces stationed in another,
    // however MeCab cuts the words (在日|米|軍, 在|韓米|軍).
    if (stationed_forces(tokens, i, table, scratch, form)) {
      for (auto k = form.begin; k < form.end; ++k) taken[k] = true;
      i = form.end;
      out.actors.push_back(std::move(form));
      continue;
    }
    // 韓米, 中印, 中越 as one ipadic word: two one-character abbreviations, a
    // pair. (Not a region's name, a direction and a continent: 西欧, 北米,
    // 中東, 中米 name no state.)
    if (is_proper(t) && t.actor.empty() && t.surface.size() == 6) {
      constexpr std::string_view kDirection = "西東南北中";
      constexpr std::string_view kContinent = "欧米東南北亜";
      const std::string_view first = std::string_view(t.surface).substr(0, 3);
      const std::string_view second = std::string_view(t.surface).substr(3);
      const Actor* a = table.find_abbrev(first);
      const Actor* b = table.find_abbrev(second);
      const bool region =
          kDirection.find(first) != std::string_view::npos && kContinent.find(second) != std::string_view::npos;
      if (a && b && a != b && !region) {
        ActorMention pair;
        pair.actors = {static_cast<std::uint32_t>(a - table.actors().data()),
                       static_cast<std::uint32_t>(b - table.actors().data())};
        pair.begin = static_cast<std::uint32_t>(i);
        pair.end = static_cast<std::uint32_t>(i + 1);
        pair.abbreviation = true;
        out.actors.push_back(std::move(pair));
        taken[i] = true;
        ++i;
        continue;
      }
    }
    // 対ロ, 対中 as one ipadic word: the state the 対 points at.
    if (t.surface.size() > 3 && t.surface.starts_with("対") && is_noun(t)) {
      if (const Actor* actor = table.find_abbrev(std::string_view(t.surface).substr(3))) {
        out.actors.push_back({{static_cast<std::uint32_t>(actor - table.actors().data())},
                              static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), false, true});
        taken[i] = true;
        ++i;
        continue;
      }
    }
    // Abbreviation compounds: 中露, 日米韓, 米ロ; 対米; 米大統領; a headline's
    // subject alone before its comma (米、…制裁を強化).
    // …を非難 米は「威圧」と批判: a headline's phrase (after a space, in a
    // sentence with no full stop) may open with 米は or 中が, where MeCab
    // may read 米 as rice.
    const bool abbreviation = abbrev_of(t, table) >= 0;
    // (英は, read as a proper noun, opens such a phrase as well.)
    // (◆米、…: a bullet before a digest's headline opens it as well.)
    const bool after_bullets =
        i > 0 && std::all_of(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i),
                             [](const Token& k) { return k.pos == "記号" && k.pos1 == "一般"; });
    const bool line_start = i == 0 || t.begin > tokens[i - 1].end || after_bullets;
    // (■英の|F35A配備に: or with の, owning what the headline is about; or
    // with a case particle: 台湾の半導体　米に工場.)
    const bool opens_phrase = headline && line_start && i + 1 < tokens.size() &&
                              tokens[i + 1].pos == "助詞" &&
                              (tokens[i + 1].surface == "は" || tokens[i + 1].surface == "が" ||
                               tokens[i + 1].surface == "の" || tokens[i + 1].surface == "に" ||
                               tokens[i + 1].surface == "と" || tokens[i + 1].surface == "へ");
    // パキスタン財務相、米に…を要請: after the headline's subject and its
    // comma, an abbreviation with a case particle is the other side.
    const auto case_particle = [&](const Token& p) {
      return p.pos == "助詞" && p.pos1 == "格助詞" &&
             (p.surface == "に" || p.surface == "と" || p.surface == "へ" || p.surface == "から" || p.surface == "を");
    };
    // (So after its subject's は or が, or another phrase's particle: 中国軍は
    // 比に警告, 濃縮へ米と協定改定交渉; and with の after the comma: ペトロ氏、
    // 米の軍事行動に警告.)
    const auto phrase_end = [](const Token& p) {
      return p.surface == "、" || (p.pos == "助詞" && p.surface != "の" && p.pos1 != "連体化");
    };
    const bool after_comma = headline && i > 0 && phrase_end(tokens[i - 1]) && i + 1 < tokens.size() &&
                             (case_particle(tokens[i + 1]) ||
                              (tokens[i - 1].surface == "、" && tokens[i + 1].surface == "の" &&
                               tokens[i + 1].pos == "助詞"));
    const bool phrase_subject = !abbreviation && (opens_phrase || after_comma) && abbrev_of(t, table, true) >= 0;
    // 印中, 印パ: MeCab reads 印 as a common noun, but two abbreviations in a
    // row are a pair of states.
    // (中ロ: MeCab's prefix 中 opens a pair too.)
    // (Not a date's 日: 5日米大統領が is the 5th, the US president.)
    const bool counter = t.pos2 == "助数詞" || (i > 0 && tokens[i - 1].pos1 == "数");
    const bool pair_start = !abbreviation && !phrase_subject && !counter && i + 1 < tokens.size() &&
                            abbrev_of(t, table, true) >= 0 && abbrev_of(tokens[i + 1], table, true) >= 0;
    // 5日|米|大統領: after a date MeCab reads the abbreviation as a suffix.
    // (So after a space, which MeCab does not see: 3月下旬　米政府が.)
    const bool after_date = !abbreviation && i > 0 &&
                            (tokens[i - 1].pos2 == "助数詞" || t.begin > tokens[i - 1].end) && i + 1 < tokens.size() &&
                            is_noun(tokens[i + 1]) && abbrev_of(t, table, true) >= 0;
    // 日・インドネシア外相会談, 豪・パプアニューギニア条約: an abbreviation joined
    // by ・ to a name is one side of a pair.
    const bool dot_pair = i + 2 < tokens.size() && tokens[i + 1].surface == "・" && !tokens[i + 2].actor.empty() &&
                          abbrev_of(t, table, true) >= 0;
    // 日NATO首脳会談, 米EU協議: an abbreviation right before an
    // organisation's name in a compound is the other side (not a date's 日,
    // 10日NATO…).
    const auto organisation = [&](const Token& name) {
      const Actor* actor = name.actor.empty() ? nullptr : table.find_id(name);
      return actor && actor->kind == ActorKind::organisation;
    };
    // (MeCab reads that 日 as a dependent noun.)
    long org_side = -1;
    if (i + 2 < tokens.size() && organisation(tokens[i + 1]) && is_noun(tokens[i + 2]) && !counter) {
      org_side = abbrev_of(t, table, true);
      if (org_side < 0 && is_noun(t) && t.pos1 == "非自立") {
        if (const Actor* actor = table.find_abbrev(t)) org_side = actor - table.actors().data();
      }
    }
    const bool org_pair = org_side >= 0;
    // エーゲ海で緊張再燃　希、トルコ調査船に警告: a headline's phrase may open
    // with its subject alone before a comma, however MeCab reads it.
    const bool comma_subject = !abbreviation && !phrase_subject && headline &&
                               line_start && i + 1 < tokens.size() &&
                               tokens[i + 1].surface == "、" && abbrev_of(t, table, true) >= 0;
    // (プレス|パ合意: a katakana abbreviation glued to the katakana before it
    // is the end of a name MeCab split.)
    const auto glued = [&] {
      return i > 0 && tokens[i - 1].end == t.begin && katakana_edge(t.surface, true) &&
             katakana_edge(tokens[i - 1].surface, false);
    };
    if ((abbreviation || phrase_subject || pair_start || dot_pair || comma_subject || org_pair || after_date) &&
        !glued()) {
      std::size_t j = i;
      ActorMention run;
      run.abbreviation = true;
      while (j < tokens.size()) {
        const bool in_run = j > i || phrase_subject || pair_start || dot_pair || comma_subject || after_date;
        const long a = j == i && org_pair ? org_side : abbrev_of(tokens[j], table, in_run);
        if (a < 0) break;
        run.actors.push_back(static_cast<std::uint32_t>(a));
        ++j;
      }
      // 中米 is Central America (China and the US are 米中), 中欧 Central Europe.
      if (j == i + 2 && tokens[i].surface == "中" && (tokens[i + 1].surface == "米" || tokens[i + 1].surface == "欧")) {
        i = j;
        continue;
      }
      // 米ウェスチングハウス, 仏トタルエナジーズ: a state's abbreviation before
      // a firm of that state says whose firm it is, naming no side itself.
      if (j == i + 1 && j < tokens.size() && !tokens[j].actor.empty() && run.actors.size() == 1) {
        const Actor* firm = table.find_id(tokens[j]);
        if (firm && firm->kind == ActorKind::organisation && !firm->state.empty() &&
            firm->state == table.actors()[run.actors.front()].id) {
          i = j;
          continue;
        }
      }
      // ロシア中銀 (central bank), イラン中部: one abbreviation glued to a
      // state's full name begins a word of that state's, naming none itself.
      const bool glued_to_name = j == i + 1 && i > 0 && tokens[i - 1].end == t.begin && !out.actors.empty() &&
                                 out.actors.back().end == i && !out.actors.back().abbreviation &&
                                 out.actors.back().actors.size() == 1 &&
                                 table.kind(out.actors.back().actors[0]) == ActorKind::state;
      if (glued_to_name) {
        i = j;
        continue;
      }
      const bool after_tai = i > 0 && tokens[i - 1].surface == "対";
      const bool before_noun = j < tokens.size() && is_noun(tokens[j]) && tokens[j].pos1 != "非自立";
      const bool headline_subject =
          (i == 0 || after_bullets) && j == i + 1 && j < tokens.size() && tokens[j].surface == "、";
      // ボリビアと米、…で合意, ロシアと米が…: listed with a state named before
      // it, and ending the list (タイと米の輸出 may be rice).
      const auto state_before = [&] {
        for (const auto& m : out.actors) {
          if (m.end == i - 1 && m.actors.size() == 1 && table.kind(m.actors[0]) == ActorKind::state) return true;
        }
        return false;
      };
      const bool listed_with_actor =
          j == i + 1 && i >= 2 && tokens[i - 1].pos == "助詞" && tokens[i - 1].pos1 == "並立助詞" && j < tokens.size() &&
          (tokens[j].surface == "、" || (tokens[j].pos == "助詞" && (tokens[j].surface == "は" || tokens[j].surface == "が"))) &&
          state_before();
      // 豪とフィジーが…署名: listed before a state's name with と (rice
      // is listed with other goods, not with a state).
      const auto state_at = [&](std::size_t k) {
        const Actor* actor = k < tokens.size() && !tokens[k].actor.empty() ? table.find_id(tokens[k]) : nullptr;
        return actor && actor->kind == ActorKind::state;
      };
      const bool listed_before_state = abbreviation && j == i + 1 && j + 1 < tokens.size() &&
                                       tokens[j].pos == "助詞" && tokens[j].surface == "と" && state_at(j + 1);
      if (run.actors.size() >= 2 || after_tai || before_noun || headline_subject || phrase_subject ||
          (comma_subject && j == i + 1) || listed_before_state ||
          (opens_phrase && j == i + 1) || (after_comma && j == i + 1) || (dot_pair && j == i + 1) ||
          listed_with_actor) {
        run.begin = static_cast<std::uint32_t>(i);
        run.end = static_cast<std::uint32_t>(j);
        for (std::size_t k = i; k < j; ++k) taken[k] = true;
        out.actors.push_back(std::move(run));
        i = j;
        continue;
      }
    }
    ++i;
  }
  // 旧ユーゴスラビア時代に, ソ連時代の: a name before 時代 dates something;
  // ギニア湾, メキシコ湾: one before 湾 names a sea. Neither names an actor
  // there. (Their tokens stay taken: no trigger is in a name.)
  std::erase_if(out.actors, [&](const ActorMention& m) {
    return m.end < tokens.size() && tokens[m.end].pos == "名詞" &&
           (tokens[m.end].base == "時代" || tokens[m.end].base == "湾");
  });

  // カスピ海パイプライン・コンソーシアム(CPC): an abbreviation in brackets
  // right after a name, spelling the initials of that name's English one,
  // abbreviates that name, whatever else it may stand for (CPC is also a
  // Central African armed group). One that does not spell them keeps its
  // own reading: 国民統一政府(GNU) is Libya's, not Myanmar's NUG.
  for (std::size_t m = 0; m + 1 < out.actors.size(); ++m) {
    const ActorMention& name = out.actors[m];
    ActorMention& abbreviation = out.actors[m + 1];
    if (name.actors.size() == 1 && abbreviation.actors.size() == 1 && name.actors != abbreviation.actors &&
        abbreviation.begin + 1 == abbreviation.end && abbreviation.begin == name.end + 1 &&
        tokens[name.end].surface == "(" && abbreviation.end < tokens.size() &&
        tokens[abbreviation.end].surface.starts_with(")") &&
        spells_initials(tokens[abbreviation.begin].surface, table.actors()[name.actors[0]].name_en)) {
      abbreviation.actors = name.actors;
      abbreviation.metonym = name.metonym;
    }
  }

  // Triggers: longest match of base forms joined with '+', outside actors.
  const std::size_t max_parts = lexicon.max_trigger_parts();
  for (std::size_t i = 0; i < tokens.size();) {
    // A prefix may open a key (再|承認); the key still ends on a noun or verb.
    if (taken[i] || (tokens[i].pos != "名詞" && tokens[i].pos != "動詞" && tokens[i].pos != "接頭詞")) {
      ++i;
      continue;
    }
    // A one-part key is the base form itself; longer ones are built in
    // `scratch`.
    std::string_view key;
    const Trigger* best = nullptr;
    std::size_t best_end = 0;
    for (std::size_t j = i; j < tokens.size() && j < i + max_parts && !taken[j]; ++j) {
      if (j == i) {
        key = tokens[j].base;
      } else {
        if (j == i + 1) scratch.assign(key);
        scratch += '+';
        scratch += tokens[j].base;
        key = scratch;
      }
      const TriggerProbe probe = j == i ? lexicon.probe_trigger(tokens[j]) : lexicon.probe_trigger(key);
      if (const Trigger* trigger = probe.trigger) {
        const Token& last = tokens[j];
        // (ASEANに正式加盟　11カ国目: a headline's phrase may end on the
        // noun, which is then its predicate, as with する.)
        const bool phrase_end = headline && (j + 1 == tokens.size() || tokens[j + 1].begin > last.end);
        const bool fits = trigger->verb_only   ? last.pos == "動詞" && last.pos1 == "自立"
                          : trigger->suru_only ? last.pos == "名詞" &&
                                                     ((j + 1 < tokens.size() && tokens[j + 1].base == "する") || phrase_end)
                                               : last.pos == "名詞";
        if (fits) {
          best = trigger;
          best_end = j + 1;
        }
      }
      if (!probe.longer) break;  // no trigger goes on from `key`
    }
    if (best) {
      if (!best->none) out.triggers.push_back({best, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(best_end)});
      i = best_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace kankei::mentions
