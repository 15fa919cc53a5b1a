// Phrase building: tokens -> bunsetsu-like chunks with case, voice and mood.
// This file's external interface is make_chunks().
#include "rules/chunker.hpp"

#include <algorithm>

namespace kankei::rules {
namespace {

using tokens::Token;

// A サ変 noun, or a suffix that makes one (最優先|視, 正常|化).
bool is_sahen(const Token& t) {
  return t.pos == "名詞" && (t.pos1 == "サ変接続" || (t.pos1 == "接尾" && t.pos2 == "サ変接続"));
}

// する/できる right after a サ変 noun belongs to the noun's predicate.
bool is_light_verb(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.pos == "動詞" && (t.base == "する" || t.base == "できる") && i > 0 && is_sahen(tokens[i - 1]);
}

// Conjunctions that join noun phrases (日本及び韓国) act like particles.
bool is_coordinator(const Token& t) {
  return t.pos == "接続詞" && (t.base == "及び" || t.base == "および" || t.base == "並びに" ||
                               t.base == "ならびに" || t.base == "または" || t.base == "又は");
}

// 〜よう(に) after a verb closes a complement clause: 認めるよう求めた.
bool is_complementizer(const Token& t) {
  return t.pos == "名詞" && t.pos1 == "非自立" && t.pos2 == "助動詞語幹" && t.base == "よう";
}

// 〜ため(に) after a verb: a clause of purpose or cause, which goes on
// into the clause after it (…を守るため連携を強化することで一致した).
// (協議のため訪米した: so is one after a noun and の, which MeCab would
// otherwise join to the noun after it, ため訪米.)
bool is_purpose(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.pos == "名詞" && t.pos1 == "非自立" && (t.base == "ため" || t.base == "為") && i > 0 &&
         (tokens[i - 1].pos == "動詞" || tokens[i - 1].pos == "助動詞" ||
          (tokens[i - 1].pos1 == "連体化" && i > 1 && tokens[i - 2].pos == "名詞"));
}

// ロシアのウクライナ侵攻|以来, 協定発効|以降: a noun of time after an act
// dates the clause; it ends the act's phrase (MeCab would join the nouns
// after it: 侵攻以来凍結).
bool is_since(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.pos == "名詞" && t.pos1 == "副詞可能" && (t.base == "以来" || t.base == "以降") && i > 0 &&
         tokens[i - 1].pos == "名詞";
}

// をめぐる, を相手取って: a verb after を that works as a compound particle
// (cases.tsv gives each its case).
bool is_particle_verb(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.pos == "動詞" && (t.base == "めぐる" || t.base == "巡る" || t.base == "相手取る") && i > 0 &&
         tokens[i - 1].pos == "助詞" && tokens[i - 1].surface == "を";
}

// 中国向け(の輸出), 欧州向けに: the suffix of destination after a noun works
// as a particle of direction, so the noun before it is the act's target.
bool is_destination_suffix(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  return t.pos == "名詞" && t.pos1 == "接尾" && t.surface == "向け" && i > 0 && tokens[i - 1].pos == "名詞";
}

// The tests are grouped by part of speech, each asked once: the make_chunks
// loop asks this of every token, and one test after another compared the
// same pos with 名詞 or 動詞 again.
bool is_function(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (t.pos == "助詞" || t.pos == "助動詞") return true;
  if (t.pos == "名詞") {
    return is_destination_suffix(tokens, i) || is_complementizer(t) || is_purpose(tokens, i) || is_since(tokens, i);
  }
  if (t.pos == "動詞") {
    // に向けて, に向けた: a compound particle of direction, not a verb of its own.
    if (t.base == "向ける" && i > 0 && tokens[i - 1].pos == "助詞" && tokens[i - 1].surface == "に") return true;
    // をめぐる: a compound particle of topic (MeCab joins をめぐって itself).
    return is_particle_verb(tokens, i) || t.pos1 == "非自立" || t.pos1 == "接尾" || is_light_verb(tokens, i);
  }
  if (t.pos == "形容詞") return t.pos1 == "非自立";
  if (t.pos == "記号") return t.pos1 == "読点" || t.pos1 == "句点" || t.pos1 == "括弧閉";
  return is_coordinator(t);
}

// A noun that a quotative と cannot follow: not an adjectival stem (必要と述べた).
bool after_plain_noun(const Token& t) {
  return t.pos == "名詞" && t.pos1 != "形容動詞語幹" && t.pos1 != "ナイ形容詞語幹" && t.pos1 != "副詞可能";
}

// MeCab may glue a bracket to the symbol beside it: （AES）」 is normalised to
// (AES)」 and read as ( AES )」.
bool is_quote_open(const Token& t) {
  const std::string_view s = t.surface;
  return s.starts_with("「") || s.starts_with("『");
}
bool is_quote_close(const Token& t) {
  const std::string_view s = t.surface;
  return s.ends_with("」") || s.ends_with("』");
}

// A token written in Latin letters or digits (NATO, G7, 2024).
bool latin(const Token& t) {
  return !t.surface.empty() && static_cast<unsigned char>(t.surface.back()) < 0x80;
}

bool is_separator(const Token& t) { return t.surface == "・" || t.surface == "、" || t.surface == "="; }

bool is_negation(const Token& t) {
  if (t.pos == "助動詞") return t.base == "ない" || t.base == "ぬ" || t.base == "ん";
  return t.pos == "形容詞" && t.pos1 == "非自立" && t.base == "ない";
}

// Reads case, voice, mood and ending from the tokens after the content.
void read_tail(const std::vector<Token>& tokens, Chunk& chunk, const RuleSet& rules) {
  thread_local std::string particles;  // per thread, so that its buffer is allocated once
  particles.clear();
  bool copula_or_aux = false;
  bool quote = false;
  bool te = false;
  bool purpose = false;  // …ため(に): nothing after it is a case of the clause
  for (auto i = chunk.content_end; i < chunk.end; ++i) {
    const Token& t = tokens[i];
    if (!purpose && is_purpose(tokens, i)) {
      purpose = true;
      // (協議のため: the の before it marks no owner; but 中国のため, for
      // the sake of an actor, names whom the act is for.)
      if (tokens[i - 1].pos1 == "連体化" && chunk.actors.empty()) particles.clear();
    }
    if (purpose) continue;
    if (t.surface == "、" || t.surface == ",") chunk.comma = true;
    // 進めてきた|協議, 続けている: a て with more after it ends no clause.
    if (t.pos != "記号") te = false;
    if (is_complementizer(t)) quote = true;
    if (t.pos == "助詞" && t.base == "など") {
      chunk.listed = particles.empty();  // XなどY lists; XなどをY is just a case
      continue;
    }
    if ((t.pos == "動詞" && t.base == "向ける") || (t.pos == "助動詞" && i > 0 && tokens[i - 1].base == "向ける")) {
      particles += t.surface;  // に向け|て, に向け|た: part of the compound particle
      continue;
    }
    if (is_destination_suffix(tokens, i)) {
      particles += t.surface;  // 向け|の, 向け|に
      continue;
    }
    if (is_particle_verb(tokens, i)) {
      particles += t.surface;  // を|めぐる
      continue;
    }
    if (t.pos == "助詞" || is_coordinator(t)) {
      // MeCab reads と after a name from the user dictionary as quotative
      // (ドミトリエフと会談): right after a plain noun it joins a partner.
      // 「シナロア・カルテル」と: an actor's name in brackets is a plain noun too.
      const bool bracketed_name = i == chunk.content_end + 1 && is_quote_close(tokens[i - 1]) && chunk.begin > 0 &&
                                  is_quote_open(tokens[chunk.begin - 1]) && !chunk.actors.empty();
      // (A sentence may open with the particle itself: とはいえ、… has no noun before it.)
      const std::size_t back = bracketed_name ? 2 : 1;
      const bool noun_before = i >= chunk.begin + back;
      const std::size_t noun = noun_before ? i - back : i;
      if (t.pos1 == "格助詞" && t.pos2 == "引用" &&
          !(particles.empty() && noun_before && after_plain_noun(tokens[noun]))) {
        quote = true;
      }
      if (t.pos1 == "接続助詞" && (t.base == "て" || t.base == "で")) te = true;
      if (t.base == "ば" || t.base == "たら" || t.base == "なら") chunk.conditional = true;
      particles += t.surface;
    } else if (t.pos == "助動詞") {
      copula_or_aux = true;
      chunk.copula = true;
      if (t.conj_form.find("仮定") != std::string::npos) chunk.conditional = true;
    }
    if (is_light_verb(tokens, i) || t.pos == "助動詞") chunk.predicate = chunk.predicate || is_light_verb(tokens, i);
    if ((t.pos == "動詞" && (t.base == "れる" || t.base == "られる")) ||
        (t.pos == "助動詞" && (t.base == "れる" || t.base == "られる"))) {
      chunk.passive = true;
    }
    // 欠かせない, 欠かせません: "cannot do without", a need (functions.tsv:
    // 欠く), no negation.
    const std::size_t stem = i >= 1 && tokens[i - 1].base == "ます" ? i - 1 : i;
    const bool indispensable = stem >= 2 && tokens[stem - 1].base == "せる" && tokens[stem - 2].base == "欠く";
    if (is_negation(t) && !indispensable) chunk.negated = true;
  }
  // 求め続けねばならない, 守らなければならない, 認めざるを得ない: a must,
  // whose ない negates nothing and whose ば sets no condition.
  if (chunk.predicate && (chunk.negated || chunk.conditional)) {
    thread_local std::string tail;  // per thread, so that its buffer is allocated once
    tail.clear();
    for (auto i = chunk.content_end; i < chunk.end; ++i) tail += tokens[i].surface;
    for (const std::string_view must : {"ねばならな", "ねばなりません", "なければならな", "なければなりません",
                                        "なくてはならな", "なければいけな", "なくてはいけな", "ざるを得な",
                                        "ざるをえな"}) {
      if (tail.find(must) != std::string::npos) {
        chunk.obligation = true;
        chunk.negated = chunk.conditional = false;
        break;
      }
    }
  }
  // ドイツなどが: a case after など makes it a phrase of its own, no list
  // before a head.
  if (chunk.listed) {
    const auto after = std::find_if(tokens.begin() + chunk.content_end, tokens.begin() + chunk.end,
                                    [](const Token& t) { return t.pos == "助詞" && t.base == "など"; });
    chunk.listed = std::none_of(after, tokens.begin() + chunk.end,
                                [](const Token& t) { return t.pos1 == "格助詞" || t.pos1 == "係助詞"; });
  }
  // 「…を非難する」という声明: quoted words that end on a verb, named as what
  // a statement says, are said as with 「…」と.
  if (!quote && chunk.predicate && chunk.end >= chunk.begin + 2 && tokens[chunk.end - 1].surface == "という" &&
      is_quote_close(tokens[chunk.end - 2])) {
    quote = true;
  }
  if (quote) {
    chunk.case_ = Case::quote;
  } else if (!particles.empty() && !(chunk.predicate && copula_or_aux)) {
    chunk.case_ = rules.case_of(particles);
  }
  // イスラエルだけでなく米国からも, XのみでなくY: "not only X but Y" lists
  // X with Y; its なく negates nothing. (XのみならずY: MeCab reads なら as
  // a verb of its own phrase, which this does not join.)
  if (chunk.end > chunk.content_end + 2 && tokens[chunk.content_end].pos == "助詞" &&
      (tokens[chunk.content_end].base == "だけ" || tokens[chunk.content_end].base == "のみ")) {
    thread_local std::string tail;  // per thread, so that its buffer is allocated once
    tail.clear();
    for (auto i = chunk.content_end; i < chunk.end; ++i) tail += tokens[i].surface;
    if (tail.starts_with("だけでなく") || tail.starts_with("だけではなく") || tail.starts_with("のみでなく")) {
      chunk.case_ = Case::coord;
      chunk.negated = false;
      chunk.copula = false;
      chunk.predicate = false;
    }
  }
  // 強く非難した: an adjective in its 連用 form with nothing after it is an
  // adverb (so with an adverb of degree before it: 最も多く拠出).
  const auto of_degree = [](const Token& t) {
    return t.pos == "副詞" && (t.surface == "最も" || t.surface == "もっとも" || t.surface == "より" ||
                               t.surface == "さらに" || t.surface == "更に" || t.surface == "一層" ||
                               t.surface == "極めて" || t.surface == "特に");
  };
  // (改めて強く非難: or after any adverb, a 連用 adjective still qualifies
  // the verb.)
  const bool degree = chunk.content_end == chunk.begin + 2 &&
                      (of_degree(tokens[chunk.begin]) || tokens[chunk.begin].pos == "副詞");
  if ((chunk.content_end == chunk.begin + 1 || degree) && chunk.end == chunk.content_end &&
      tokens[chunk.content_end - 1].pos == "形容詞" && tokens[chunk.content_end - 1].conj_form.rfind("連用", 0) == 0) {
    chunk.predicate = false;
  }
  // 一貫して支持, 継続して供与: a noun of manner with して is an adverb;
  // so is a verb of manner in its 連用形 alone (繰り返し攻撃した).
  if (chunk.predicate && chunk.content_end == chunk.begin + 1 &&
      (te || (chunk.end == chunk.content_end && tokens[chunk.begin].conj_form.starts_with("連用"))) &&
      rules.has_function(tokens[chunk.begin], Function::manner)) {
    chunk.predicate = false;
  }
  const Token& last_token = tokens[chunk.end - 1];
  const bool full_stop = last_token.pos == "記号" && last_token.pos1 == "句点";
  // 強化に躍起である。, 協力に積極的だ。: a noun with a copula that ends the
  // sentence is its predicate, and the phrases before are its arguments.
  // So is an adjectival noun with で and a comma, which ends a clause
  // (支援に積極的で、…を供与してきた).
  // (積極|的: MeCab marks the suffix as the adjectival noun's.)
  const Token* last_content = chunk.content_end > chunk.begin ? &tokens[chunk.content_end - 1] : nullptr;
  const bool adjectival_clause = chunk.comma && last_content &&
                                 (last_content->pos1 == "形容動詞語幹" || last_content->pos2 == "形容動詞語幹");
  if (!chunk.predicate && copula_or_aux && particles.empty() && !quote && (full_stop || adjectival_clause) &&
      chunk.content_end > chunk.begin && tokens[chunk.content_end - 1].pos == "名詞") {
    chunk.predicate = true;
  }
  // 警備が不十分だったと非難: an adjectival noun with a copula right before
  // a quotative と ends the words said, as a verb would (…を守っていないと
  // 非難). Not a plain noun (…するものだと批判), words in brackets (「…挑発
  // だ」と, quoted already), or words named as a stance (必要だとの立場).
  if (!chunk.predicate && copula_or_aux && quote && chunk.content_end > chunk.begin &&
      tokens[chunk.content_end - 1].pos1 == "形容動詞語幹" && tokens[chunk.content_end].pos == "助動詞" &&
      tokens[chunk.end - 1].surface == "と" &&
      std::none_of(tokens.begin() + chunk.content_end, tokens.begin() + chunk.end, is_quote_close)) {
    chunk.predicate = true;
  }
  // 輸出の大半は中国向けだ。, …米国向けであり、: a destination with a copula
  // is the clause's predicate, and says where the act in its subject goes.
  if (!chunk.predicate && copula_or_aux && particles == "向け" && !quote && (full_stop || chunk.comma)) {
    chunk.predicate = true;
    chunk.case_ = Case::none;
  }
  if (!chunk.predicate) return;
  if (chunk.conditional) {
    chunk.ending = Ending::conditional;
  } else if (quote) {
    chunk.ending = Ending::quoted;
  } else if (full_stop || chunk.headline_end) {
    // している。: the て of a progressive ends nothing; the full stop does.
    chunk.ending = Ending::final;
  } else if (chunk.comma || te || purpose) {
    chunk.ending = Ending::continuative;
  } else if (last_token.conj_form.rfind("連用", 0) == 0) {
    chunk.ending = Ending::continuative;
  } else if (last_token.pos == "助詞" && last_token.pos1 == "接続助詞") {
    // 続けながら, 求めたが, 反対したので: a conjunctive particle goes on to the
    // next clause; it modifies no noun.
    chunk.ending = Ending::continuative;
  } else {
    chunk.ending = Ending::attributive;  // refined once the next chunk is known
  }
}

// 運輸省, 気象庁: a ministry or agency MeCab knows as one word, which after
// a state's name is that state, as 外務省 is.
bool names_ministry(const Token& t) {
  if (t.pos2 != "組織") return false;
  const std::string_view s = t.surface;
  return s.size() > 3 && (s.ends_with("省") || s.ends_with("庁"));
}

// 外交|部: whether two tokens spell a head together.
bool is_split_head(const Token& first, const Token& second, const RuleSet& rules) {
  thread_local std::string joined;  // per thread, so that its buffer is allocated once
  joined.assign(first.surface);
  joined += second.surface;
  return rules.head_kind(joined) != nullptr;
}

bool is_split_head(const Token& first, const Token& second, const Token& third, const RuleSet& rules) {
  thread_local std::string joined;
  joined.assign(first.surface);
  joined += second.surface;
  joined += third.surface;
  return rules.head_kind(joined) != nullptr;
}

// Finds the phrase's head: a trigger, actors (with titles and bodies after
// them), or some other noun that actors merely modify.
void read_content(const std::vector<Token>& tokens, const std::vector<int>& actor_at,
                  const std::vector<int>& trigger_at, const mentions::Mentions& mentions,
                  const mentions::ActorTable& table, const RuleSet& rules, Chunk& chunk) {
  // The actors of mention m appended to `out`, with no vector of their own in
  // between: this runs for most phrases that name anyone.
  auto append_refs = [&](int m, std::vector<ActorRef>& out) {
    for (auto a : mentions.actors[m].actors) out.push_back({a, table.kind(a) == mentions::ActorKind::person});
  };
  // Whether mention m's first actor is a person (refs' front().person).
  auto first_is_person = [&](int m) {
    return table.kind(mentions.actors[m].actors.front()) == mentions::ActorKind::person;
  };
  thread_local std::vector<int> in_content;  // per thread, so that its buffer is allocated once
  in_content.clear();
  for (auto i = chunk.begin; i < chunk.content_end; ++i) {
    if (actor_at[i] >= 0 && (in_content.empty() || in_content.back() != actor_at[i])) in_content.push_back(actor_at[i]);
  }
  bool all_metonyms = !in_content.empty();
  for (int m : in_content) all_metonyms = all_metonyms && mentions.actors[m].metonym;
  chunk.metonym_only = all_metonyms;

  auto last = head_of(tokens, chunk);
  // A trigger noun followed by a tail noun is still the head: 協力|関係, 抑止|力.
  // So with a figure between (追加関税|25|%|発動), and a trigger with only
  // its figure after it (追加関税|30|%|を, 制裁|第|21|弾|を).
  const auto figure = [&](std::size_t i) {
    return tokens[i].pos1 == "数" || tokens[i].surface == "%" ||
           (tokens[i].pos1 == "接尾" && tokens[i].pos2 == "助数詞") ||
           (tokens[i].pos == "接頭詞" && tokens[i].pos1 == "数接続");  // 制裁|第|21|弾
  };
  // (防衛協力|協定: a pact after the act it is of; the act is the head.)
  const bool pact_after_act = trigger_at[last] >= 0 && last > chunk.begin && trigger_at[last - 1] >= 0 &&
                              trigger_at[last - 1] != trigger_at[last] &&
                              mentions.triggers[trigger_at[last]].trigger->pact;
  if (pact_after_act) {
    last = last - 1;
  } else if (trigger_at[last] < 0 && last > chunk.begin &&
      (figure(last) || rules.has_function(tokens[last], Function::tail))) {
    auto k = last - 1;
    while (k > chunk.begin && figure(k)) --k;
    if (trigger_at[k] >= 0) last = k;
  }
  // 抑止力・対処力: nouns joined by ・, the first an act, name the act.
  if (trigger_at[last] < 0) {
    for (auto dot = last; dot-- > chunk.begin + 1;) {
      if (tokens[dot].surface != "・") continue;
      auto k = dot - 1;
      if (trigger_at[k] < 0 && k > chunk.begin && rules.has_function(tokens[k], Function::tail)) --k;
      if (trigger_at[k] >= 0) last = k;
      break;
    }
  }
  if (trigger_at[last] >= 0) {
    chunk.trigger = trigger_at[last];
    const auto trigger_begin = mentions.triggers[chunk.trigger].begin;
    for (int m : in_content) {
      if (mentions.actors[m].end > trigger_begin) continue;
      // 上海協力機構(SCO)首脳会議: a name and its abbreviation are one party.
      if (mentions.actors[m].actors.size() == 1 &&
          std::any_of(chunk.compound.begin(), chunk.compound.end(),
                      [&](const ActorRef& r) { return r.actor == mentions.actors[m].actors[0]; })) {
        continue;
      }
      append_refs(m, chunk.compound);
    }
    return;
  }
  // Skip titles, bodies and suffixes back to an actor.
  std::int64_t k = last;
  // 国民統一政府(GNU): where an abbreviation in brackets names another actor
  // than the name before it, the name is the ambiguous one (Myanmar's NUG or
  // Libya's GNU) and the abbreviation says which.
  if (last + 2 < chunk.content_end && actor_at[last] >= 0 && tokens[last + 1].surface == "(") {
    const int gloss = actor_at[last + 2];
    if (gloss >= 0 && mentions.actors[gloss].end + 1 == chunk.content_end &&
        mentions.actors[gloss].actors != mentions.actors[actor_at[last]].actors) {
      k = last + 2;
    }
  }
  while (k >= static_cast<std::int64_t>(chunk.begin) && actor_at[k] < 0) {
    const Token& t = tokens[k];
    if (t.surface == ")" && k > static_cast<std::int64_t>(chunk.begin)) {
      // 欧州連合(EU): the abbreviation in brackets repeats the name.
      std::int64_t open_at = k - 1;
      while (open_at > static_cast<std::int64_t>(chunk.begin) && tokens[open_at].surface != "(") --open_at;
      if (tokens[open_at].surface == "(" && open_at > static_cast<std::int64_t>(chunk.begin)) {
        k = open_at - 1;
        // 「シャーム解放機構」(HTS): the name's closing bracket.
        if (k > static_cast<std::int64_t>(chunk.begin) && tokens[k].surface == "」") --k;
        continue;
      }
    }
    // 外交|部: a head MeCab splits in two (or three: 沿岸|警備|隊).
    if (k > static_cast<std::int64_t>(chunk.begin) && actor_at[k - 1] < 0 && is_split_head(tokens[k - 1], t, rules)) {
      k -= 2;
      continue;
    }
    if (k > static_cast<std::int64_t>(chunk.begin) + 1 && actor_at[k - 1] < 0 && actor_at[k - 2] < 0 &&
        is_split_head(tokens[k - 2], tokens[k - 1], t, rules)) {
      k -= 3;
      continue;
    }
    const bool head = rules.head_kind(t) != nullptr || t.pos1 == "接尾" || t.pos1 == "数" ||
                      names_ministry(t) ||  // シンガポール|運輸省
                      t.pos == "接頭詞" ||  // 総|書記
                      t.pos1 == "接続詞的" ||  // 副首相|兼|外相
                      (t.surface == "「" && k < static_cast<std::int64_t>(last) && rules.head_kind(tokens[k + 1]));  // 「大統領」
    if (!head) break;
    --k;
  }
  // The person named before a ・ and a title (金与正・朝鮮労働党副部長,
  // ラブロフ・ロシア外相, ブリンケン・米国務長官), or -1: a state there belongs
  // to the title, not to a list.
  const auto person_before_dot = [&](std::int64_t i) -> std::int64_t {
    const std::int64_t dot = actor_at[i] >= 0 ? static_cast<std::int64_t>(mentions.actors[actor_at[i]].begin) - 1 : i;
    if (dot <= static_cast<std::int64_t>(chunk.begin) || tokens[dot].surface != "・" || actor_at[dot - 1] < 0) return -1;
    return first_is_person(actor_at[dot - 1]) ? dot - 1 : -1;
  };
  // A person's title may be a compound whose first nouns are no head of
  // their own: ピストリウス|国防|相, ベセント|財務|長官. Look past a few of
  // them, but only to a person: ロシア|産|原油|輸入|国 names no one.
  if (k >= static_cast<std::int64_t>(chunk.begin) && k < static_cast<std::int64_t>(last) &&
      (actor_at[k] < 0 || !first_is_person(actor_at[k]))) {
    std::int64_t p = k;
    // 国際関係・協力相: a ・ between two of the title's nouns joins them.
    const auto inner_dot = [&](std::int64_t i) {
      return tokens[i].surface == "・" && i > static_cast<std::int64_t>(chunk.begin) && i < k &&
             actor_at[i - 1] < 0 && tokens[i - 1].pos == "名詞" && tokens[i + 1].pos == "名詞";
    };
    // 総|司令|官: a prefix may open the title.
    for (int skipped = 0; skipped < 7 && p >= static_cast<std::int64_t>(chunk.begin) && actor_at[p] < 0 &&
                          (tokens[p].pos == "名詞" || tokens[p].pos == "接頭詞" || inner_dot(p));
         ++skipped) {
      --p;
    }
    // エリトリア|情報|省, ロシア|非常|事態|省: a ministry or agency named
    // after its state is that state, as 外務省 is; so is a minister
    // (パキスタン|財務|相), as 外相 is.
    const Token& end = tokens[last];
    const bool office = end.pos1 == "接尾" && (end.surface == "省" || end.surface == "庁" || end.surface == "相");
    // ラトニック|米|商務|長官: a state's abbreviation between the person and
    // the title names whose office it is; the person is the head.
    // (So is an organisation's name: セジュルネ|欧州委員会|上級|副|委員|長.)
    if (p > static_cast<std::int64_t>(chunk.begin) && actor_at[p] >= 0 && actor_at[p - 1] >= 0 &&
        actor_at[p - 1] != actor_at[p] &&
        (mentions.actors[actor_at[p]].abbreviation ||
         table.kind(mentions.actors[actor_at[p]].actors.front()) == mentions::ActorKind::organisation) &&
        first_is_person(actor_at[p - 1])) {
      --p;
    }
    if (p >= static_cast<std::int64_t>(chunk.begin)) {
      if (actor_at[p] >= 0 && (first_is_person(actor_at[p]) ||
                               (office && table.kind(mentions.actors[actor_at[p]].actors.front()) ==
                                              mentions::ActorKind::state))) {
        if (actor_at[k] < 0) k = p;
      } else if (const std::int64_t person = person_before_dot(p); person >= 0) {
        k = person;
      }
    }
  }
  if (k < static_cast<std::int64_t>(chunk.begin) || actor_at[k] < 0) {
    // アメリカ以外の国: a phrase that names all but the actor is not its own.
    if (tokens[last].base == "以外" || tokens[last].base == "除く") return;
    for (int m : in_content) {
      // コンゴ(旧ザイール)東部: a former name after the name is a gloss.
      const auto b = mentions.actors[m].begin;
      if (m != in_content.front() && b > chunk.begin && tokens[b - 1].surface == "旧") continue;
      // パレスチナ自治区|ヨルダン川西岸: a name that opens a longer place's
      // name (ヨルダン) stands for the place's state, not its own. (Not an
      // actor that is itself a place: 沿ドニエストル.)
      const bool opens_place = mentions.actors[m].end == b + 1 && rules.place_state(tokens[b].surface) < 0;
      if (const long state = opens_place ? rules.place_state_at(tokens, b, chunk.content_end) : -1; state >= 0) {
        const auto id = static_cast<std::uint32_t>(state);
        if (std::none_of(chunk.possessor.begin(), chunk.possessor.end(), [&](const ActorRef& a) { return a.actor == id; })) {
          chunk.possessor.push_back({id, false});
        }
        continue;
      }
      append_refs(m, chunk.possessor);
    }
    // ガザの, クリミアを, ヨルダン川|西岸で: a region named alone is a place
    // of the state it lies in (dict/rules/places.tsv).
    for (auto i = chunk.begin; in_content.empty() && i < chunk.content_end && chunk.possessor.empty(); ++i) {
      const long state = rules.place_state_at(tokens, i, chunk.content_end);
      if (state >= 0) chunk.possessor.push_back({static_cast<std::uint32_t>(state), false});
    }
    return;
  }
  // The head actor, and actors listed before it with ・ or 、 (ロシア・ウクライナ・米国).
  int m = actor_at[k];
  chunk.actors.clear();
  append_refs(m, chunk.actors);
  // デンマーク領グリーンランド: a territory named with the state it belongs to.
  if (const auto at = mentions.actors[m].begin; at >= chunk.begin + 2 && tokens[at - 1].surface == "領" &&
                                                 actor_at[at - 2] >= 0) {
    chunk.territory_of.clear();
    append_refs(actor_at[at - 2], chunk.territory_of);
  }
  // アルバニージー政権, サンドゥ政権, オルテガ・ムリジョ体制: a leader's (or a
  // ruling pair's) government or regime is their state.
  const auto one_state = [&]() -> const mentions::Actor* {
    const mentions::Actor* state = nullptr;
    for (const auto& ref : chunk.actors) {
      if (!ref.person) return nullptr;
      const mentions::Actor* of = table.find_id(table.affiliation(table.actors()[ref.actor]));
      if (!of || (state && of != state)) return nullptr;
      state = of;
    }
    return state;
  };
  if (!chunk.actors.empty() && chunk.actors.front().person) {
    for (auto i = mentions.actors[m].end; i <= last; ++i) {
      if (tokens[i].surface != "政権" && tokens[i].surface != "政府" && tokens[i].surface != "体制") continue;
      if (const mentions::Actor* state = one_state()) {
        chunk.actors = {{static_cast<std::uint32_t>(state - table.actors().data()), false}};
        return;
      }
    }
  }
  const bool head_person = chunk.actors.front().person;
  const auto title = [&](const Token& t) { return rules.head_kind(t) != nullptr || t.pos1 == "接尾"; };
  std::int64_t j = static_cast<std::int64_t>(mentions.actors[m].begin) - 1;
  while (j >= static_cast<std::int64_t>(chunk.begin)) {
    // MeCab may glue the bracket to the comma: (UAE)、 is read as ( UAE )、.
    const bool glued = tokens[j].surface == ")、";
    const bool separated = is_separator(tokens[j]) || glued;
    if (separated && !glued) --j;
    // アラブ首長国連邦(UAE)、ロシア: a listed name's abbreviation in brackets.
    if (separated && j > static_cast<std::int64_t>(chunk.begin) && tokens[j].surface.starts_with(")")) {
      std::int64_t open_at = j - 1;
      while (open_at > static_cast<std::int64_t>(chunk.begin) && tokens[open_at].surface != "(" &&
             tokens[open_at].surface != ")") {
        --open_at;
      }
      if (tokens[open_at].surface == "(" && open_at > static_cast<std::int64_t>(chunk.begin)) j = open_at - 1;
    }
    // 習近平国家主席・金正恩総書記: persons listed with their titles.
    while (separated && head_person && j >= static_cast<std::int64_t>(chunk.begin) && actor_at[j] < 0 &&
           (title(tokens[j]) || tokens[j].pos == "接頭詞")) {
      --j;
    }
    // 国家|主席: the first nouns of a compound title, only when a person precedes them.
    if (separated && head_person && j >= static_cast<std::int64_t>(chunk.begin) && actor_at[j] < 0) {
      std::int64_t p = j;
      for (int skipped = 0; skipped < 2 && p >= static_cast<std::int64_t>(chunk.begin) && actor_at[p] < 0 &&
                            tokens[p].pos == "名詞";
           ++skipped) {
        --p;
      }
      if (p >= static_cast<std::int64_t>(chunk.begin) && actor_at[p] >= 0 && first_is_person(actor_at[p])) j = p;
    }
    // 李在明(イ・ジェミョン)大韓民国大統領: a person's name with its reading
    // in brackets, right before their title's state.
    if (!separated && j > static_cast<std::int64_t>(chunk.begin) + 1 && tokens[j].surface == ")") {
      std::int64_t open_at = j - 1;
      while (open_at > static_cast<std::int64_t>(chunk.begin) && tokens[open_at].surface != "(") --open_at;
      if (tokens[open_at].surface == "(" && open_at > static_cast<std::int64_t>(chunk.begin) &&
          actor_at[open_at - 1] >= 0 && first_is_person(actor_at[open_at - 1])) {
        j = open_at - 1;
      }
    }
    if (j < static_cast<std::int64_t>(chunk.begin) || actor_at[j] < 0) break;
    // 米国の特使ウィトコフ: a state right before a person only qualifies them;
    // トランプ米大統領: a person's name right before their title's state is the one named.
    if (!separated && head_person) break;
    if (!separated && first_is_person(actor_at[j])) {
      chunk.actors.clear();
      append_refs(actor_at[j], chunk.actors);
      return;
    }
    thread_local std::vector<ActorRef> refs;  // per thread, so that its buffer is allocated once
    refs.clear();
    append_refs(actor_at[j], refs);
    chunk.actors.insert(chunk.actors.begin(), refs.begin(), refs.end());
    j = static_cast<std::int64_t>(mentions.actors[actor_at[j]].begin) - 1;
  }
}

// A phrase that names an office or body without naming its holder:
// 最高指導者, 外務省, 新政権 (its last noun is a head, or all of it is).
bool names_office(const std::vector<Token>& tokens, const Chunk& chunk, const RuleSet& rules) {
  if (chunk.content_end <= chunk.begin) return false;
  // 首相(当時): a note in brackets after the office does not change it;
  // nor does a plural (閣僚|ら).
  auto end = head_of(tokens, chunk) + 1;
  if (end > chunk.begin + 1 && tokens[end - 1].pos1 == "接尾" &&
      (tokens[end - 1].surface == "ら" || tokens[end - 1].surface == "たち")) {
    --end;
  }
  if (rules.head_kind(tokens[end - 1]) || names_ministry(tokens[end - 1])) return true;
  // XとY、Zの3国: a count of the states listed, as 3カ国 is (but 同盟|国 is
  // no count); XとY、Zの3者: of the sides listed.
  if (end >= chunk.begin + 2 && (tokens[end - 1].surface == "国" || tokens[end - 1].surface == "者") &&
      tokens[end - 2].pos1 == "数") {
    return true;
  }
  // 委員|長, トゥーレ|委員|長: a title MeCab splits, after a name or not.
  std::string content;
  for (auto j = end - 1; j-- > chunk.begin;) {
    content.clear();
    for (auto i = j; i < end; ++i) content += tokens[i].surface;
    if (rules.head_kind(content) != nullptr) return true;
  }
  return false;
}

// アルメニア系住民, セルビア系の武装集団, 親ロシア派: a name that only
// describes people by their origin or leaning stands for no actor. (A
// group's or body's 系 is its own wing: SPLM-IO系の武装勢力 is SPLM-IO's.)
bool describes_only(const std::vector<Token>& tokens, const mentions::ActorMention& mention,
                    const mentions::ActorTable& table) {
  if (mention.end < tokens.size()) {
    const Token& next = tokens[mention.end];
    const bool of_group = std::all_of(mention.actors.begin(), mention.actors.end(), [&](std::uint32_t a) {
      const auto kind = table.kind(a);
      return kind == mentions::ActorKind::armed_group || kind == mentions::ActorKind::organisation;
    });
    if (next.pos1 == "接尾" && ((next.surface == "系" && !of_group) || next.surface == "派")) return true;
  }
  if (mention.begin > 0) {
    const Token& before = tokens[mention.begin - 1];
    if (before.pos == "接頭詞" && (before.surface == "親" || before.surface == "反")) return true;
  }
  return false;
}

// 米|インド|太平洋|軍: a name that begins a head (a command named by its
// region) is part of that head, no actor of its own.
bool begins_head(const std::vector<Token>& tokens, const mentions::ActorMention& mention, const RuleSet& rules) {
  if (mention.end >= tokens.size() || tokens[mention.end].pos != "名詞") return false;
  thread_local std::string joined;  // per thread, so that its buffer is allocated once
  joined.clear();
  for (auto i = mention.begin; i < mention.end; ++i) joined += tokens[i].surface;
  for (auto i = mention.end; i < tokens.size() && i < mention.end + 2 && tokens[i].pos == "名詞"; ++i) {
    joined += tokens[i].surface;
    if (rules.head_kind(joined) != nullptr) return true;
  }
  return false;
}

// 太平洋の島国ツバル: a group named right before a state, with nothing
// between, only says what kind of state it is.
bool describes_next(const mentions::Mentions& mentions, const mentions::ActorTable& table, std::size_t m) {
  if (m + 1 >= mentions.actors.size()) return false;
  const auto& group = mentions.actors[m];
  const auto& next = mentions.actors[m + 1];
  return group.end == next.begin && group.actors.size() == 1 && next.actors.size() == 1 &&
         table.kind(group.actors.front()) == mentions::ActorKind::group &&
         table.kind(next.actors.front()) == mentions::ActorKind::state;
}

// 日本の|常任理事国入り, 中国のWTO入り: a body named only as what the
// owner before it enters is part of that act, the owner's own, no actor
// of the phrase. (So are bodies named one after another: インドの|国連安全
// 保障理事会常任理事国入り.)
bool entered_by_owner(const std::vector<Token>& tokens, const mentions::Mentions& mentions, std::size_t m) {
  const auto& all = mentions.actors;
  std::size_t first = m;
  while (first > 0 && all[first - 1].end == all[first].begin) --first;
  std::size_t last = m;
  while (last + 1 < all.size() && all[last + 1].begin == all[last].end) ++last;
  const auto& body = all[first];
  if (first == 0 || all[last].end >= tokens.size() || tokens[all[last].end].surface != "入り" || body.begin < 2) {
    return false;
  }
  const Token& of = tokens[body.begin - 1];
  return of.surface == "の" && of.pos == "助詞" && all[first - 1].end == body.begin - 1;
}

// Whether a mention is a topic, marked with は or も, past the heads that
// keep naming it (チリ政府も, プーチン大統領は: heads.tsv).
bool is_topic_mention(const std::vector<Token>& tokens, const mentions::ActorMention& mention, const RuleSet& rules) {
  std::size_t after = mention.end;
  while (after + 1 < tokens.size() && rules.head_kind(tokens[after])) ++after;
  return after < tokens.size() && tokens[after].pos == "助詞" &&
         (tokens[after].surface == "は" || tokens[after].surface == "も");
}

// Whether a mention, marked with が past its heads, is the subject of the
// clause a phrase starting at `at` stands in: no predicate comes between.
bool is_own_subject(const std::vector<Token>& tokens, const mentions::ActorMention& mention, std::size_t at,
                    const RuleSet& rules) {
  std::size_t after = mention.end;
  while (after + 1 < at && rules.head_kind(tokens[after])) ++after;
  if (after >= at || tokens[after].surface != "が" || tokens[after].pos1 != "格助詞") return false;
  for (auto i = after + 1; i < at; ++i) {
    if (tokens[i].pos == "動詞" || tokens[i].pos == "助動詞") return false;
  }
  return true;
}

// Whether a mention is one of a coordinated pair or list (タイとインドは、同国の
// 軍政と…: that would be 両国; インドや米国、オーストラリアと連携し、同国の…),
// which 同国 or 同氏 cannot point back to.
bool one_of_pair(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                 const mentions::ActorMention& mention) {
  const auto joins = [](const Token& t) {
    return t.surface == "と" || t.surface == "・" || t.surface == "や" || t.surface == "、";
  };
  const bool before = mention.begin > 0 && joins(tokens[mention.begin - 1]) &&
                      std::any_of(mentions.actors.begin(), mentions.actors.end(),
                                  [&](const mentions::ActorMention& m) { return m.end + 1 == mention.begin; });
  if (before) return true;
  if (mention.end + 1 >= tokens.size() || !joins(tokens[mention.end]) || tokens[mention.end].surface == "、") {
    return false;
  }
  return std::any_of(mentions.actors.begin(), mentions.actors.end(),
                     [&](const mentions::ActorMention& m) { return m.begin == mention.end + 1; });
}

// 同国, 同政権, 同地域, 同氏: the nearest actor of a fitting kind named before
// in the sentence. The noun after 同 may be a token of its own (同|政権) or
// part of one (同国).
void resolve_anaphor(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                     const mentions::ActorTable& table, const RuleSet& rules, Chunk& chunk) {
  if (!chunk.actors.empty() || chunk.predicate || chunk.content_end == chunk.begin) return;
  constexpr std::string_view kSame = "同";
  // (かつて同国を: an adverb may open the phrase.)
  std::size_t begin = chunk.begin;
  while (begin + 1 < chunk.content_end && tokens[begin].pos == "副詞") ++begin;
  const Token& first = tokens[begin];
  std::string_view noun;
  if (first.pos == "接頭詞" && first.surface == kSame && chunk.content_end > begin + 1) {
    noun = tokens[begin + 1].surface;
  } else if (first.pos == "名詞" && first.surface.size() > kSame.size() && first.surface.starts_with(kSame)) {
    noun = std::string_view(first.surface).substr(kSame.size());
  }
  if (noun.empty()) return;
  const std::uint32_t kinds = rules.anaphor_kinds(noun);
  if (kinds == 0) return;
  // The clause's own topic (the nearest one) is no antecedent: its own
  // things would be 自国の (米政府も同国と協議: another state), nor is that
  // topic named again (not the 米軍 before it). A topic before it heads an
  // earlier clause and may be (サウジは…打診しており、英国とイタリアは同国の参加を支持).
  bool past_own_topic = false;
  bool past_own_subject = false;
  std::vector<std::uint32_t> own_topic;
  for (auto m = mentions.actors.size(); m-- > 0;) {
    const auto& mention = mentions.actors[m];
    if (mention.end > chunk.begin) continue;
    // (A topic before a clause that ends in が or ものの, ヒズボラは…を見送った
    // が、同組織の幹部は, heads that earlier clause.)
    const auto contrast_between = [&] {
      return std::any_of(tokens.begin() + mention.end, tokens.begin() + chunk.begin, contrastive);
    };
    // Nor is the clause's own subject (インドネシアがかつて同国を占領した):
    // a が-subject with no predicate between it and 同国. Past one, the
    // topic heads an outer clause and may be (タジキスタンは、ロシアが同国に
    // …を供与していることに謝意).
    if (!past_own_topic && !past_own_subject && is_own_subject(tokens, mention, chunk.begin, rules)) {
      past_own_subject = true;
      continue;
    }
    if (!past_own_topic && !past_own_subject && is_topic_mention(tokens, mention, rules) && !contrast_between()) {
      own_topic = mention.actors;
      past_own_topic = true;
      continue;
    }
    // 同国 is one actor: a compound naming several (中露) is no antecedent.
    if (mention.actors.size() != 1 || describes_only(tokens, mention, table) || one_of_pair(tokens, mentions, mention) ||
        std::find(own_topic.begin(), own_topic.end(), mention.actors[0]) != own_topic.end()) {
      continue;
    }
    for (const auto a : mention.actors) {
      const auto kind = table.kind(a);
      if (kinds & (1u << static_cast<unsigned>(kind))) chunk.actors.push_back({a, kind == mentions::ActorKind::person});
      // ハシナ政権と…、同政権に: a leader's government is their state's.
      const HeadKind* head = mention.end < tokens.size() ? rules.head_kind(tokens[mention.end]) : nullptr;
      if (kind == mentions::ActorKind::person && head && *head == HeadKind::body &&
          (kinds & (1u << static_cast<unsigned>(mentions::ActorKind::state)))) {
        if (const auto* own = table.find_id(table.affiliation(table.actors()[a]))) {
          chunk.actors.push_back({static_cast<std::uint32_t>(own - table.actors().data()), false});
        }
      }
    }
    if (!chunk.actors.empty()) return;
  }
}

// ミャンマー軍事政権は…、AAは|軍事政権との: a body (政権, 政府, 当局) named
// again without its state, after the sentence named it with one, is that
// state's again. Only the same words: a bare 政府 after ロシア軍 may be
// another side's.
void repeated_body(const std::vector<Token>& tokens, const mentions::ActorTable& table, const RuleSet& rules,
                   std::vector<Chunk>& chunks, std::size_t i) {
  Chunk& c = chunks[i];
  if (!c.actors.empty() || !c.possessor.empty() || c.predicate || c.trigger >= 0 || c.content_end == c.begin ||
      c.content_end > c.begin + 3 || chunks[i - 1].case_ == Case::gen || c.case_ == Case::gen ||
      c.case_ == Case::none) {
    return;  // (…領内にある|軍の|拠点: an owner so named may be the other side's.)
  }
  for (auto k = c.begin; k < c.content_end; ++k) {
    if (tokens[k].pos != "名詞") return;
  }
  const HeadKind* head = rules.head_kind(tokens[c.content_end - 1]);
  if (!head || *head != HeadKind::body) return;
  const std::size_t length = c.content_end - c.begin;
  for (std::size_t j = i; j-- > 0;) {
    const Chunk& named = chunks[j];
    if (named.quote != c.quote || named.actors.size() != 1 || named.content_end - named.begin <= length ||
        table.kind(named.actors[0].actor) != mentions::ActorKind::state) {
      continue;
    }
    bool same = true;
    for (std::size_t k = 0; k < length && same; ++k) {
      same = tokens[named.content_end - length + k].surface == tokens[c.begin + k].surface;
    }
    if (!same) continue;
    c.actors = named.actors;
    return;
  }
}

// ○高市首相　我が国は…: our country, in words not quoted, is the state of
// the person the sentence opens with, who speaks them (a speaker's label, a
// topic). In quoted words the speaker comes after them (speaker()).
void own_country(const std::vector<Token>& tokens, const mentions::ActorTable& table, std::vector<Chunk>& chunks,
                 std::size_t i) {
  Chunk& c = chunks[i];
  if (!c.actors.empty() || c.predicate || c.quote != 0 || c.content_end != c.begin + 1) return;
  if (!names_own_country(tokens[c.begin].surface)) return;
  const Chunk& first = chunks[0];
  if (first.quote != 0 || first.actors.size() != 1 || !first.actors[0].person ||
      (first.case_ != Case::topic && first.case_ != Case::none)) {
    return;
  }
  const auto* state = table.find_id(table.affiliation(table.actors()[first.actors[0].actor]));
  if (state) c.actors = {{static_cast<std::uint32_t>(state - table.actors().data()), false}};
}

// ユヌス首席顧問が|率いる|暫定政権は: a government a person leads is the
// person's state, as ユヌス政権 would be.
void led_body(const std::vector<Token>& tokens, const mentions::ActorTable& table, const RuleSet& rules,
              std::vector<Chunk>& chunks, std::size_t i) {
  const Chunk& verb = chunks[i];
  const Chunk& leader = chunks[i - 1];
  Chunk& body = chunks[i + 1];
  if (!verb.predicate || verb.ending != Ending::attributive || verb.content_end != verb.begin + 1 ||
      tokens[verb.begin].base != "率いる" || leader.case_ != Case::nom || leader.actors.size() != 1 ||
      !leader.actors[0].person || !body.actors.empty() || body.predicate || body.content_end == body.begin ||
      leader.quote != body.quote) {
    return;
  }
  const HeadKind* head = rules.head_kind(tokens[body.content_end - 1]);
  if (!head || *head != HeadKind::body) return;
  const auto* state = table.find_id(table.affiliation(table.actors()[leader.actors[0].actor]));
  if (state) body.actors = {{static_cast<std::uint32_t>(state - table.actors().data()), false}};
}

// 次, 当時, 現在, 前: a word that picks one holder of an office out of time
// (次の政権, 当時の外相).
bool names_which(const Token& t) {
  return t.pos == "名詞" && (t.pos1 == "副詞可能" || t.surface == "次" || t.surface == "前" || t.surface == "元");
}

// Whether the phrase names where goods come from (米国製の, ロシア産の): the
// fighter jets of 米国製の戦闘機 are no US forces.
bool names_origin(const std::vector<Token>& tokens, const Chunk& chunk, const RuleSet& rules) {
  for (auto i = chunk.begin; i < chunk.content_end; ++i) {
    if (tokens[i].pos1 == "接尾" && rules.has_function(tokens[i], Function::origin)) return true;
  }
  return false;
}

// 制裁を導入, 攻撃を展開: a word that is an act of its own (導入 buys in,
// 展開 and 設置 deploy) only carries the act it takes as its object, when
// it has one (functions.tsv support).
bool carries_act(const std::vector<Token>& tokens, const std::vector<int>& trigger_at, std::size_t begin,
                 const RuleSet& rules) {
  return begin >= 2 && tokens[begin - 1].surface == "を" && tokens[begin - 1].pos == "助詞" &&
         trigger_at[begin - 2] >= 0 && rules.has_function(tokens[begin], Function::support);
}

}  // namespace

std::uint32_t head_of(const std::vector<Token>& tokens, const Chunk& chunk) {
  std::uint32_t last = chunk.content_end - 1;
  if (chunk.content_end <= chunk.begin + 2 || tokens[last].surface != ")") return last;
  for (std::uint32_t open = last - 1; open > chunk.begin; --open) {
    if (tokens[open].surface == ")") return last;  // nested: leave it be
    // 「シャーム解放機構」(HTS): the name's closing bracket is no head.
    if (tokens[open].surface == "(") return open - 1 > chunk.begin && tokens[open - 1].surface == "」" ? open - 2 : open - 1;
  }
  return last;
}

std::vector<Chunk> make_chunks(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                               const mentions::ActorTable& table, const RuleSet& rules) {
  std::vector<Chunk> chunks;
  make_chunks(tokens, mentions, table, rules, chunks);
  return chunks;
}

void make_chunks(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                 const mentions::ActorTable& table, const RuleSet& rules, std::vector<Chunk>& chunks) {
  // Per-thread buffers, refilled for every sentence so that their
  // allocations are made once.
  thread_local std::vector<int> actor_at;
  thread_local std::vector<int> trigger_at;
  actor_at.assign(tokens.size(), -1);
  trigger_at.assign(tokens.size(), -1);
  for (std::size_t m = 0; m < mentions.actors.size(); ++m) {
    if (describes_only(tokens, mentions.actors[m], table) || describes_next(mentions, table, m) ||
        begins_head(tokens, mentions.actors[m], rules) || entered_by_owner(tokens, mentions, m)) {
      continue;
    }
    for (auto i = mentions.actors[m].begin; i < mentions.actors[m].end; ++i) actor_at[i] = static_cast<int>(m);
  }
  for (std::size_t m = 0; m < mentions.triggers.size(); ++m) {
    if (carries_act(tokens, trigger_at, mentions.triggers[m].begin, rules)) continue;
    for (auto i = mentions.triggers[m].begin; i < mentions.triggers[m].end; ++i) trigger_at[i] = static_cast<int>(m);
  }

  // A headline has no full stop; its phrases are set apart by spaces.
  const bool headline = !tokens.empty() && !tokens::ends_as_prose(tokens);
  // Split into chunks: content tokens, then function tokens.
  chunks.clear();
  chunks.reserve(tokens.size());  // one allocation: growing moves every Chunk and its vectors
  std::vector<int> quote_stack;
  int next_quote = 0;
  int quote = 0;
  bool open = false;  // a chunk is being built
  bool in_tail = false;
  std::size_t name_close = tokens.size();  // the 」 of a bracketed name, which closes no quotation
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // 「シャーム解放機構」（HTS）が: brackets around one actor's name mark
    // the name, not a quotation: the actor takes part in the sentence.
    if (t.surface == "「" && i + 2 < tokens.size() && actor_at[i + 1] >= 0 && name_close == tokens.size()) {
      const auto end = mentions.actors[static_cast<std::size_t>(actor_at[i + 1])].end;
      if (mentions.actors[static_cast<std::size_t>(actor_at[i + 1])].begin == i + 1 && end < tokens.size() &&
          tokens[end].surface.starts_with("」")) {
        name_close = end;
        open = false;
        continue;
      }
      // 「サヘル諸国同盟（AES）」を: with its abbreviation in brackets
      // (MeCab may glue the two closing brackets into one token).
      if (mentions.actors[static_cast<std::size_t>(actor_at[i + 1])].begin == i + 1 && end + 2 < tokens.size() &&
          tokens[end].surface == "(") {
        std::size_t k = end + 1;
        while (k < tokens.size() && k <= end + 3 && !is_quote_close(tokens[k]) && tokens[k].surface != ")") ++k;
        const bool glued = k < tokens.size() && tokens[k].surface == ")」";
        const bool apart = k + 1 < tokens.size() && tokens[k].surface == ")" && tokens[k + 1].surface == "」";
        if (k > end + 1 && (glued || apart)) {
          name_close = glued ? k : k + 1;
          open = false;
          continue;
        }
      }
    }
    // AとBの「円滑化協定」が発効, Xによる「戦争犯罪」を非難, 中国の「債務の
    // わな」外交: a term in brackets after の or による, nouns (joined by の),
    // names a thing of the phrase; it quotes no one.
    const bool after_adnominal =
        i > 0 && tokens[i - 1].pos == "助詞" && (tokens[i - 1].surface == "の" || tokens[i - 1].surface == "による");
    // So is one that is itself an の-phrase (ネパールと「一帯一路」の協力覚書).
    // (『』 too: 防空システム『S400』を購入, a name within quoted words.)
    if ((t.surface == "「" || t.surface == "『") && name_close == tokens.size()) {
      const std::string_view close = t.surface == "「" ? "」" : "』";
      std::size_t e = i + 1;
      // (暫定的な|取り決め: an adjectival noun with な before a noun too.)
      const auto term_word = [&](std::size_t k) {
        if (is_quote_close(tokens[k])) return false;
        // (ド|ローン: MeCab may read a noun's first sound as a prefix.)
        if (tokens[k].pos == "名詞" || tokens[k].pos == "接頭詞") return true;
        const bool joins_nouns = k > i + 1 && tokens[k - 1].pos == "名詞" && k + 1 < tokens.size() &&
                                 tokens[k + 1].pos == "名詞";
        return joins_nouns && (tokens[k].surface == "の" || tokens[k].surface == "な");
      };
      while (e < tokens.size() && e <= i + 6 && term_word(e)) ++e;
      const bool adnominal_term = e + 1 < tokens.size() && tokens[e + 1].surface == "の";
      // 「暫定的な取り決め」を結ぶ: so is one a case particle other than と
      // follows (words quoted are followed by と).
      const bool case_term = e + 1 < tokens.size() && tokens[e + 1].pos == "助詞" && tokens[e + 1].pos1 == "格助詞" &&
                             tokens[e + 1].surface != "と";
      // クラスノセリスキー「大統領」は: a title in brackets right after a
      // person's name (one the writer does not grant) is still the name's.
      const bool bracketed_title = i > 0 && actor_at[i - 1] >= 0 && e == i + 2 && rules.head_kind(tokens[i + 1]) &&
                                   mentions.actors[static_cast<std::size_t>(actor_at[i - 1])].end == i;
      // 新型ミサイル「オレシニク」を配備, 新パイプライン「シベリアの力2」: a
      // name in brackets right after the noun it names.
      const bool appositive_term = i > 0 && tokens[i - 1].pos == "名詞" && actor_at[i - 1] < 0;
      // …を取り上げる「強制労働」だと非難: what a thing is called, nouns
      // with だと, is the writer's word for it, not words someone said.
      const bool called_term = e + 2 < tokens.size() && tokens[e + 1].surface == "だ" && tokens[e + 2].surface == "と";
      if ((after_adnominal || adnominal_term || case_term || bracketed_title || appositive_term || called_term) &&
          e > i + 1 &&
          e < tokens.size() &&
          tokens[e].surface == close && !(e + 1 < tokens.size() && tokens[e + 1].pos2 == "引用")) {
        name_close = e;
        if (!bracketed_title) open = false;
        continue;
      }
    }
    if (i == name_close) {
      name_close = tokens.size();
      if (open) chunks.back().end = static_cast<std::uint32_t>(i + 1);
      continue;
    }
    if (is_quote_open(t)) {
      open = false;
      quote_stack.push_back(quote);
      quote = ++next_quote;
      continue;
    }
    if (is_quote_close(t)) {
      quote = quote_stack.empty() ? 0 : quote_stack.back();
      if (!quote_stack.empty()) quote_stack.pop_back();
      if (open) chunks.back().end = static_cast<std::uint32_t>(i + 1);
      continue;
    }
    // Headlines separate phrases with a space, which MeCab drops: a gap
    // between two tokens ends the phrase before it (インド、…を空爆 テロ事件…).
    // Spaces around Latin words (NATO 加盟国) are only spacing, except in
    // a headline after a verbal noun that ends its phrase (…を攻撃　AU部隊は).
    // A figure after the space may open the next phrase (合意　17年ぶり); one
    // before it belongs to a name (S400 ミサイル).
    // (So does an actor's name: レソト　AGOA失効で…要請.)
    const bool phrase_end_before_latin =
        headline && i > 0 && latin(t) && (is_sahen(tokens[i - 1]) || !tokens[i - 1].actor.empty());
    const bool gap = open && i > 0 && t.begin > tokens[i - 1].end &&
                     (!latin(t) || t.pos1 == "数" || phrase_end_before_latin) && !latin(tokens[i - 1]);
    if (gap) {
      chunks.back().headline_end = true;
      open = false;
    }
    const bool function = is_function(tokens, i);
    const bool verb_starts = t.pos == "動詞" && !function;
    const bool after_predicate_content =
        open && !in_tail && chunks.back().content_end > chunks.back().begin &&
        (tokens[chunks.back().content_end - 1].pos == "動詞" || tokens[chunks.back().content_end - 1].pos == "形容詞");
    if (!open || (!function && (in_tail || verb_starts || after_predicate_content))) {
      if (function && !open) {
        // A particle with no content before it (sentence-initial, after 」): its own chunk.
      }
      Chunk& fresh = chunks.emplace_back();  // built in place: a copy would copy its four vectors too
      fresh.begin = fresh.content_end = static_cast<std::uint32_t>(i);
      fresh.quote = quote;
      open = true;
      in_tail = false;
    }
    Chunk& chunk = chunks.back();
    if (function) {
      in_tail = true;
    } else {
      chunk.content_end = static_cast<std::uint32_t>(i + 1);
      if (t.pos == "動詞" || t.pos == "形容詞") chunk.predicate = true;
    }
    chunk.end = static_cast<std::uint32_t>(i + 1);
  }

  for (auto& chunk : chunks) {
    if (chunk.content_end > chunk.begin) {
      read_content(tokens, actor_at, trigger_at, mentions, table, rules, chunk);
    }
    read_tail(tokens, chunk, rules);
  }
  // APECの首脳会議に合わせて…会談し: the event timed with is no argument,
  // and 合わせて no clause of its own.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& when = chunks[i];
    Chunk& verb = chunks[i + 1];
    if (when.case_ != Case::dat || !verb.predicate || verb.content_end != verb.begin + 1 ||
        tokens[verb.begin].base != "合わせる" || verb.ending != Ending::continuative || verb.comma) {
      continue;
    }
    when.case_ = Case::none;
    verb.predicate = false;
    verb.ending = Ending::none;
  }
  // 600億ドルを|超える|融資: an amount a verb of comparing puts over or
  // under the noun is a modifier of that noun, no clause of its own (so
  // 中国から stays the verb's after it).
  for (std::size_t i = 0; i + 2 < chunks.size(); ++i) {
    Chunk& amount = chunks[i];
    Chunk& verb = chunks[i + 1];
    if (amount.case_ != Case::acc || amount.predicate || !amount.actors.empty() || amount.trigger >= 0 ||
        amount.content_end == amount.begin || !verb.predicate || verb.ending != Ending::attributive ||
        verb.content_end != verb.begin + 1 || verb.passive || amount.comma) {
      continue;
    }
    if (!rules.has_function(tokens[verb.begin], Function::compare)) continue;
    const Token& last = tokens[amount.content_end - 1];
    const bool counted = last.pos1 == "数" || last.pos2 == "助数詞" ||
                         (amount.content_end >= amount.begin + 2 && tokens[amount.content_end - 2].pos1 == "数");
    if (!counted) continue;
    amount.case_ = Case::none;
    verb.predicate = false;
    verb.ending = Ending::none;
  }
  // 最大の輸出先となっている, 主要な供給国でもある: a noun that something
  // becomes, or is, with なる or ある after it, is the clause's predicate as
  // a noun with a copula is (最大の輸出先だ).
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& noun = chunks[i];
    Chunk& verb = chunks[i + 1];
    if (noun.predicate || noun.comma || noun.content_end == noun.begin || noun.end == noun.content_end ||
        noun.end > noun.content_end + 2 || tokens[noun.content_end - 1].pos != "名詞" || !verb.predicate ||
        verb.content_end != verb.begin + 1) {
      continue;
    }
    const Token& particle = tokens[noun.content_end];
    const bool also = noun.end == noun.content_end + 2;  // でも
    if (also && tokens[noun.content_end + 1].surface != "も") continue;
    const std::string_view base = tokens[verb.begin].base;
    const bool becomes = !also && particle.surface == "と" && particle.pos1 == "格助詞" && base == "なる";
    const bool is = particle.surface == "で" && base == "ある";
    if (!becomes && !is) continue;
    noun.case_ = Case::none;
    noun.predicate = true;
    noun.copula = true;
    noun.ending = verb.ending;
    noun.negated = verb.negated;
    verb.predicate = false;
    verb.ending = Ending::none;
  }
  // 中国はパキスタンにとって最大の供給国で、…: after にとって a noun with
  // で and a comma is what the subject is for the one named, a predicate
  // (elsewhere Nで、 is mostly where or by what: 北京で、攻撃で、).
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& noun = chunks[i];
    if (noun.predicate || !noun.comma || noun.trigger < 0 || !noun.actors.empty() || noun.case_ != Case::loc ||
        noun.end != noun.content_end + 2 || tokens[noun.content_end].surface != "で") {
      continue;
    }
    bool for_whom = false;
    for (std::size_t j = i; j-- > 0 && !for_whom;) {
      const Chunk& c = chunks[j];
      // (A relative clause may stand between: 中国に次ぐ|輸出先で、.)
      if ((c.predicate && c.ending != Ending::attributive) || c.comma || c.quote != noun.quote) break;
      for_whom = c.case_ == Case::benefit;
    }
    if (!for_whom) continue;
    noun.case_ = Case::none;
    noun.predicate = true;
    noun.copula = true;
    noun.ending = Ending::continuative;
  }
  // トルコはNATOの加盟国で、…: a member or ally word with で and a comma
  // after an の-phrase naming its bloc is the clause's predicate, not where.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& noun = chunks[i];
    if (noun.predicate || !noun.comma || noun.case_ != Case::loc || noun.end != noun.content_end + 2 ||
        tokens[noun.content_end].surface != "で" || chunks[i - 1].case_ != Case::gen ||
        chunks[i - 1].actors.empty()) {
      continue;
    }
    std::string word;  // 加盟|国: the whole noun
    for (auto k = noun.begin; k < noun.content_end; ++k) word += tokens[k].surface;
    if (!rules.has_function(word, Function::ally)) continue;
    noun.case_ = Case::none;
    noun.predicate = true;
    noun.copula = true;
    noun.ending = Ending::continuative;
  }
  // 合同演習|「セレンゲ」を実施: a name in brackets right after an act's noun
  // names that act; the act takes the name's case, as if it were one phrase.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& act = chunks[i];
    Chunk& name = chunks[i + 1];
    if (act.trigger < 0 || act.predicate || act.comma || act.case_ != Case::none || act.end != act.content_end ||
        name.trigger >= 0 || name.predicate || !name.actors.empty() || name.begin == 0 ||
        tokens[name.begin - 1].surface != "「" || name.case_ == Case::none || name.case_ == Case::quote) {
      continue;
    }
    act.case_ = name.case_;
    act.comma = name.comma;
    name.case_ = Case::none;
    name.absorbed = true;
  }
  for (auto& chunk : chunks) resolve_anaphor(tokens, mentions, table, rules, chunk);
  for (std::size_t i = 1; i < chunks.size(); ++i) repeated_body(tokens, table, rules, chunks, i);
  for (std::size_t i = 1; i < chunks.size(); ++i) own_country(tokens, table, chunks, i);
  for (std::size_t i = 1; i + 1 < chunks.size(); ++i) led_body(tokens, table, rules, chunks, i);
  // 同地帯, 同地区, 同州: a place named before as a place of a state
  // (シリア南部の緩衝地帯) is that state's place again.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.actors.empty() || !c.possessor.empty() || c.predicate || c.content_end != c.begin + 2 ||
        tokens[c.begin].surface != "同" || tokens[c.begin].pos != "接頭詞") {
      continue;
    }
    const std::string_view place = tokens[c.begin + 1].surface;
    // 同地域: any place of a state named before (イラク北部の山岳地帯に…、同地域に),
    // when no region (an actor) was named for 同地域 to point back to.
    const bool region = place == "地域";
    if (place != "地帯" && place != "地区" && place != "州" && place != "地" && place != "島" && place != "県" &&
        place != "省" && !region) {
      continue;
    }
    for (std::size_t j = i; j-- > 0;) {
      const Chunk& before = chunks[j];
      if (before.quote != c.quote || before.predicate || !before.actors.empty() || before.content_end == before.begin ||
          (region ? before.possessor.empty()
                  : !std::string_view(tokens[before.content_end - 1].surface).ends_with(place))) {
        continue;
      }
      // Its own state (シリア南部緩衝地帯) or the one of the の-phrase before it.
      c.possessor = before.possessor;
      if (c.possessor.empty() && j > 0 && chunks[j - 1].case_ == Case::gen && chunks[j - 1].quote == c.quote) {
        c.possessor = chunks[j - 1].actors.empty() ? chunks[j - 1].possessor : chunks[j - 1].actors;
      }
      break;
    }
  }
  // リビア東部や南部の空軍基地: a part named after a coordinated part of a
  // state (東部や南部, 北部と中部) is a part of the same state.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& before = chunks[i - 1];
    if (!c.actors.empty() || !c.possessor.empty() || c.predicate || c.content_end != c.begin + 1 ||
        before.case_ != Case::coord || before.possessor.empty() || before.quote != c.quote ||
        before.content_end == before.begin) {
      continue;
    }
    const std::string_view part = tokens[c.begin].surface;
    const std::string_view part_before = tokens[before.content_end - 1].surface;
    if (part.size() > 3 && part.ends_with("部") && part_before.size() > 3 && part_before.ends_with("部")) {
      c.possessor = before.possessor;
    }
  }
  // ブラジルから|中国への|輸出: a から-phrase right before an への-phrase
  // belongs to the same noun, as ブラジルからの does.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (c.case_ == Case::abl && !c.comma && !c.predicate && chunks[i + 1].case_ == Case::dat_adn &&
        chunks[i + 1].quote == c.quote && tokens[chunks[i + 1].content_end].surface == "へ") {
      c.case_ = Case::abl_adn;
    }
  }
  // 打ち上げを, 引き渡しが: a verb's 連用形 before a case particle is a noun.
  for (auto& chunk : chunks) {
    if (!chunk.predicate || chunk.end == chunk.content_end || chunk.content_end == chunk.begin) continue;
    const Token& verb = tokens[chunk.content_end - 1];
    const Token& particle = tokens[chunk.content_end];
    const bool case_particle = particle.pos1 == "格助詞" || particle.surface == "は" || particle.surface == "も";
    if (verb.pos == "動詞" && verb.conj_form.starts_with("連用") && particle.pos == "助詞" && case_particle) {
      chunk.predicate = false;
      chunk.ending = Ending::none;
    }
  }
  // 提供していると繰り返し非難した: MeCab may read the と after a clause
  // as a conjunction; before a verb of saying or judging it quotes.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.predicate || c.comma || c.end == c.content_end) continue;
    if (c.ending != Ending::continuative && c.ending != Ending::attributive) continue;
    // (…供与しているとも批判: MeCab reads とも as one concessive particle;
    // before a verb of saying it is と with も.)
    const Token& last = tokens[c.end - 1];
    if ((last.surface != "と" && last.surface != "とも") || last.pos1 != "接続助詞") continue;
    std::size_t n = i + 1;
    // 繰り返し, 強く: adverbs between; 日本側に, 記者団に: the one told.
    while (n + 1 < chunks.size() && !chunks[n].predicate && !chunks[n].comma && chunks[n].trigger < 0 &&
           ((chunks[n].case_ == Case::none && chunks[n].actors.empty()) || chunks[n].case_ == Case::dat)) {
      ++n;
    }
    const Chunk& verb = chunks[n];
    if (!verb.predicate || verb.content_end == verb.begin) continue;
    if (verb.trigger < 0 && !rules.has_function(tokens[verb.content_end - 1], Function::say)) continue;
    c.case_ = Case::quote;
    c.ending = Ending::quoted;
  }
  // 破棄させようと|している: a volitional with と before する is an attempt,
  // one clause with the verb after it, not words quoted.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    if (!c.predicate || c.ending != Ending::quoted || c.end < c.begin + 2 || !next.predicate ||
        next.content_end == next.begin || tokens[next.begin].base != "する" || next.quote != c.quote) {
      continue;
    }
    const Token& volitional = tokens[c.end - 2];
    if (tokens[c.end - 1].surface != "と" || volitional.pos != "助動詞" ||
        (volitional.base != "う" && volitional.base != "よう")) {
      continue;
    }
    c.case_ = Case::none;
    c.ending = Ending::continuative;
  }
  // ウクライナにより|多くの武器を, ドイツにより|大きな額を: に and a
  // comparative より before an adjective, which MeCab reads as the agent's
  // により.
  for (auto& c : chunks) {
    if (c.case_ != Case::agent || c.end >= tokens.size() || c.end == c.content_end ||
        tokens[c.end - 1].surface != "により") {
      continue;
    }
    const Token& next = tokens[c.end];
    if (next.pos == "連体詞" || next.pos == "形容詞" || next.base == "多く") c.case_ = Case::dat;
  }
  // 抗議|せざるを|得ない: the must spans two phrases.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    if (!c.predicate || !c.negated || c.end < c.begin + 2 || next.content_end == next.begin || !next.negated ||
        tokens[c.end - 1].surface != "を" || tokens[c.end - 2].surface != "ざる" ||
        (tokens[next.begin].base != "得る" && tokens[next.begin].base != "える")) {
      continue;
    }
    c.obligation = true;
    c.negated = false;
    chunks[i + 1].negated = false;
  }
  // A headline ends its clauses on a bare サ変 noun: 対日輸出規制を強化,
  // パキスタン領内を空爆. After an argument and before a space or the end
  // of a sentence with no full stop, the noun is the predicate.
  // In a headline a comma may end such a clause too: 中国が抗議、「…」と主張.
  const bool no_full_stop = !tokens.empty() && !tokens::ends_as_prose(tokens);
  // Telegraphic prose writes whole sentences so, with a full stop after the
  // noun (ロシアの挑発を批判。); its clauses then end on a noun and a comma too.
  // (協力強化へ。: a plan, "set to", ends on the noun and へ; 参加を打診か。:
  // a report not confirmed, on the noun and か.)
  const auto marked = [&](std::size_t i) {
    return i < tokens.size() && (tokens[i].surface == "へ" || tokens[i].surface == "か") && tokens[i].pos == "助詞";
  };
  const auto bare_noun_end = [&](const Chunk& c, const char* mark) {
    if (c.predicate || c.content_end == c.begin || c.end <= c.content_end) return false;
    const std::size_t stop = marked(c.content_end) ? c.content_end + 1 : c.content_end;
    return c.end == stop + 1 && tokens[stop].pos1 == mark &&
           (is_sahen(tokens[c.content_end - 1]) || c.trigger >= 0);
  };
  // (ロシア、…を失い、中国市場への傾斜鮮明。: a sentence that opens on a bare
  // name and a comma and ends on any noun is telegraphic too.)
  // …を警戒する|米国、: a bare name with a comma after a relative clause
  // that opens the sentence, the way a telegraphic subject opens; the index
  // of that name, or 0.
  const std::size_t described_opening = [&]() -> std::size_t {
    for (std::size_t g = 1; g + 1 < chunks.size(); ++g) {
      const Chunk& c = chunks[g];
      if (chunks[g - 1].comma || chunks[g - 1].quote != 0 || c.quote != 0) return 0;
      if (c.actors.empty()) continue;
      const bool named = c.case_ == Case::none && c.comma && c.end == c.content_end + 1 && !c.predicate;
      // (Not the first of a list: 参加する|日本、|米国、|英国は, 日本、|英国は.)
      const Chunk& next = chunks[g + 1];
      const bool listing = !next.actors.empty() && (next.case_ == Case::none || next.case_ == Case::topic ||
                                                    next.case_ == Case::nom || next.case_ == Case::coord ||
                                                    next.case_ == Case::com);
      return named && !listing && chunks[g - 1].predicate && chunks[g - 1].ending == Ending::attributive ? g : 0;
    }
    return 0;
  }();
  const bool telegraphic = [&] {
    if (no_full_stop || chunks.size() < 2) return false;
    if (bare_noun_end(chunks.back(), "句点")) return true;
    // (国連の|グテレス事務総長、…: the name may have its owner before it;
    // …を呼びかけ。: and the sentence may end on a verb's stem, as prose never does.)
    std::size_t f = 0;
    while (f + 2 < chunks.size() && chunks[f].case_ == Case::gen && !chunks[f].actors.empty() && !chunks[f].comma) ++f;
    const Chunk& first = chunks[f];
    const Chunk& end = chunks.back();
    // (Prose never opens on a described name and a comma either.)
    if (described_opening > 0 && end.end == end.content_end + 1 && tokens[end.content_end].pos1 == "句点") return true;
    if (chunks.size() < f + 3 || first.actors.empty() || first.case_ != Case::none || !first.comma ||
        first.end != first.content_end + 1 || end.content_end == end.begin || end.end != end.content_end + 1 ||
        tokens[end.content_end].pos1 != "句点") {
      return false;
    }
    const Token& last_word = tokens[end.content_end - 1];
    return (!end.predicate && last_word.pos == "名詞") ||
           (last_word.pos == "動詞" && last_word.conj_form.starts_with("連用") && end.content_end == end.begin + 1);
  }();
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const bool last = i + 1 == chunks.size();
    const bool comma_end = (no_full_stop || telegraphic) && !last && c.comma && c.end == c.content_end + 1 &&
                           tokens[c.content_end].pos1 == "読点";
    const bool stop_end = last && telegraphic;
    // 協力強化へ (a headline's last words): so is a plan.
    // (…に追加派遣か　日米韓が非難: or the last words of one of its phrases.)
    const bool toward = (last || c.headline_end) && no_full_stop && c.end == c.content_end + 1 && marked(c.content_end);
    // (米財務省、Xを制裁対象に: made the act's target, 指定 left out.)
    const bool made_target = (last || c.headline_end) && no_full_stop && c.end == c.content_end + 1 &&
                             c.trigger >= 0 && tokens[c.content_end].surface == "に" &&
                             tokens[c.content_end - 1].base == "対象";
    if (c.predicate || (c.end != c.content_end && !comma_end && !stop_end && !toward && !made_target) ||
        c.content_end == c.begin ||
        !(c.headline_end || last || comma_end)) {
      continue;
    }
    // (Or any noun that states a relation: ブラジルに50％関税.)
    if (!is_sahen(tokens[c.content_end - 1]) && c.trigger < 0) continue;
    if (last && !stop_end && tokens[c.end - 1].pos == "記号") continue;
    // 日本は強く|非難: an adverb may stand between the argument and the noun;
    // so may a verb of manner (…を相次ぎ|攻撃).
    std::size_t b = i - 1;
    while (b > 0 && chunks[b].absorbed && chunks[b].actors.empty()) --b;  // 演習|「セレンゲ」を|実施
    // (…に|ミサイル|「オレシニク」配備: the noun a bracketed name names.)
    if (b > 0 && b + 1 == i && chunks[b].case_ == Case::none && chunks[b].actors.empty() && !chunks[b].predicate &&
        chunks[b].end == chunks[b].content_end && chunks[b].end < tokens.size() &&
        tokens[chunks[b].end].surface == "「" && chunks[i].quote == chunks[b].quote) {
      --b;
    }
    while (b > 0 && chunks[b].case_ == Case::none && chunks[b].actors.empty() && !chunks[b].predicate &&
           !chunks[b].comma && chunks[b].content_end == chunks[b].begin + 1 &&
           (tokens[chunks[b].begin].pos == "副詞" || tokens[chunks[b].begin].pos == "形容詞" ||
            rules.has_function(tokens[chunks[b].begin], Function::manner))) {
      --b;
    }
    // XとY、初の|外相会談: so may words that only qualify a meeting, after the
    // headline's subject.
    // (比、台湾と初の合同訓練　中国は…: or at the end of a headline's phrase.)
    const bool meeting = c.trigger >= 0 && (last || c.headline_end);
    // (セネガル、IMFと新規融資の|協議入り: what the talks are on may be an act.)
    while (meeting && b > 0 && chunks[b].case_ == Case::gen && chunks[b].actors.empty() &&
           !chunks[b].predicate && !chunks[b].comma && chunks[b].possessor.empty()) {
      --b;
    }
    const Case before = chunks[b].case_;
    // 米中首脳、電話で協議; 中国、反発: a place or the headline's topic may come just before.
    // (メキシコとエクアドル　…外相会談: or set off by a space.)
    const bool named_subject = before == Case::none && (chunks[b].comma || (meeting && chunks[b].headline_end)) &&
                               !chunks[b].actors.empty();
    // (「移民を武器に」とロシア非難: or the words the act quotes.)
    // (中国との|関係強化へ, ウクライナへの|支援拡大: or the phrase naming the
    // other side of the act the noun names.)
    const bool adnominal_side = c.trigger >= 0 && (before == Case::com_adn || before == Case::dat_adn);
    // (…大使を呼び|抗議。: or a verb chained on before it.)
    const bool chained = chunks[b].predicate && chunks[b].ending == Ending::continuative && b + 1 == i;
    // (ロシアに|工兵など|追加派遣か: or what is acted on, listed with など,
    // a headline dropping を after it.)
    const bool listed_object = before == Case::none && chunks[b].actors.empty() && chunks[b].end > chunks[b].content_end &&
                               tokens[chunks[b].end - 1].base == "など";
    // (インド、米国から|LPG輸入へ: or where what is bought comes from.)
    if (before != Case::acc && before != Case::dat && before != Case::against && before != Case::com &&
        before != Case::loc && before != Case::topic && before != Case::nom && before != Case::quote &&
        before != Case::abl && !named_subject &&
        !adnominal_side && !chained && !listed_object) {
      continue;
    }
    c.predicate = true;
    c.ending = comma_end ? Ending::continuative : Ending::final;
    if (c.end > c.content_end && (marked(c.content_end) || made_target)) c.case_ = Case::none;
    // (A subject set off by a space alone is the headline's topic, as one
    // set off by a comma is.)
    if (named_subject && !chunks[b].comma) chunks[b].case_ = Case::topic;
  }
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    // An attributive ending needs a noun phrase after it.
    Chunk& c = chunks[i];
    if (c.ending == Ending::attributive) {
      // (招きかねない|極めて危険な行為: so may an adverb of degree on an
      // adjectival noun.)
      std::size_t n = chunks[i + 1].begin;
      while (n + 1 < chunks[i + 1].end && tokens[n].pos == "副詞") ++n;
      const Token& next = tokens[n];
      // 占領された|この発電所: a demonstrative may stand before the noun.
      if (next.pos != "名詞" && next.pos != "接頭詞" && next.pos != "連体詞") c.ending = Ending::continuative;
    }
  }
  if (!chunks.empty() && chunks.back().predicate && chunks.back().ending == Ending::attributive) {
    chunks.back().ending = Ending::final;
  }
  // 南アは中国、ロシアなどと|BRICSを構成し: MeCab reads と after など as
  // quoting, but after names, with no verb of saying next, it is a partner.
  // (ナミビアやアンゴラなどと|連携して: so it is before a verb of a relation,
  // unless words in brackets end there: 「…」などと批判した.)
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (c.case_ != Case::quote || c.actors.empty() || c.predicate || c.end < c.content_end + 2 ||
        tokens[c.end - 2].surface != "など" || tokens[c.end - 1].surface != "と") {
      continue;
    }
    const Chunk& next = chunks[i + 1];
    const bool bracketed = c.end >= c.begin + 3 && tokens[c.end - 3].surface == "」";
    if (next.predicate && (next.trigger < 0 || bracketed)) continue;
    c.case_ = Case::com;
  }
  // いかなる場合も, どんな状況でも: "in any case", an adverb of the clause,
  // neither its topic nor an argument (not an act: いかなる侵略も抑止する).
  for (Chunk& c : chunks) {
    if (c.case_ != Case::topic || !c.actors.empty() || c.trigger >= 0 || c.content_end == c.begin ||
        c.end != c.content_end + 1 || tokens[c.content_end].surface != "も" || tokens[c.begin].pos != "連体詞") {
      continue;
    }
    if (rules.has_function(tokens[c.begin], Function::any_kind)) c.case_ = Case::none;
  }
  // ロシアや中国も|加わる|BRICS: a も-phrase right before a relative clause's
  // verb on an actor, with no comma to set it off, is that clause's subject
  // (as が would be), not a topic of the sentence. (On a common noun, 自衛隊も
  // |参加する|見通し, the clause may say what is expected of the topic.)
  for (std::size_t i = 0; i + 2 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& verb = chunks[i + 1];
    if (c.case_ != Case::topic || c.comma || c.actors.empty() || c.predicate || c.end != c.content_end + 1 ||
        tokens[c.content_end].surface != "も" || !verb.predicate || verb.ending != Ending::attributive ||
        verb.quote != c.quote || chunks[i + 2].predicate || chunks[i + 2].actors.empty()) {
      continue;
    }
    c.case_ = Case::nom;
  }

  // A headline (no full stop) opens with its subject and a comma: 中国、対日
  // 輸出規制を強化; マリ軍政、ロシアとの軍事協力を拡大. That phrase is the topic,
  // not the first of a list, unless a bare name with a comma follows it too.
  if ((headline || telegraphic) && chunks.size() >= 2) {
    // アルメニアとアゼルバイジャン、…で合意: a pair may open it.
    // (国連の|グテレス事務総長、: or a name with its owner before it.)
    // (…を警戒する|米国、: or a name a relative clause describes.)
    std::size_t f = described_opening;
    // (【速報】パラグアイ、米国と…, 〈解説〉湾岸諸国、…, ２月　コンゴ、…:
    // past a label in brackets, or the date of a line of a timeline.)
    const Chunk& opening = chunks[0];
    const bool label = opening.end > opening.begin && opening.quote == 0 &&
                       tokens[opening.begin].pos1 == "括弧開" && tokens[opening.end - 1].pos1 == "括弧閉";
    const bool date = opening.headline_end && opening.end == opening.content_end &&
                      opening.content_end == opening.begin + 2 && tokens[opening.begin].pos1 == "数" &&
                      (tokens[opening.begin + 1].surface == "月" || tokens[opening.begin + 1].surface == "年" ||
                       tokens[opening.begin + 1].surface == "日");
    if (f == 0 && chunks.size() >= 3 && opening.actors.empty() && !opening.predicate && (label || date)) f = 1;
    while (f + 2 < chunks.size() && !chunks[f].actors.empty() && !chunks[f].comma &&
           (chunks[f].case_ == Case::com || chunks[f].case_ == Case::coord || chunks[f].case_ == Case::gen)) {
      ++f;
    }
    // A bare name with a comma after phrase k goes on listing.
    // (スターマー、ラングーラム両首相が: or names both with 両.)
    const auto both = [&](const Chunk& c) {
      for (auto t = c.begin; t < c.content_end; ++t) {
        // (両 as a prefix, or one word with its noun: 両氏, 両国.)
        if (tokens[t].surface.starts_with("両") && (tokens[t].pos == "接頭詞" || rules.head_kind(tokens[t]))) return true;
      }
      return false;
    };
    const auto listed_on = [&](std::size_t k) {
      return k + 1 < chunks.size() && !chunks[k + 1].actors.empty() &&
             ((chunks[k + 1].case_ == Case::none && chunks[k + 1].comma) || both(chunks[k + 1]));
    };
    Chunk& first = chunks[f];
    const Chunk& second = chunks[f + 1];
    // (中国とタイ、ミャンマーの|3カ国による: or the list ends on a count of states.)
    const auto counted = [&](std::size_t k) {
      if (k >= chunks.size() || chunks[k].content_end == chunks[k].begin || tokens[chunks[k].begin].pos1 != "数") {
        return false;
      }
      const HeadKind* kind = rules.head_kind(tokens[chunks[k].content_end - 1]);
      return kind && *kind == HeadKind::body;
    };
    const bool list_goes_on = listed_on(f) || (!second.actors.empty() && second.case_ == Case::gen && counted(f + 2));
    // アメリカ　ブラジルに50％関税: a space may end that phrase instead.
    if (!first.actors.empty() && !first.predicate && first.case_ == Case::none &&
        (first.comma || (first.headline_end && f == 0)) && first.quote == 0 && !list_goes_on) {
      first.case_ = Case::topic;
    }
    // …を空爆　カタール「国家テロ」と非難: a bare name opening a later
    // phrase, right before quoted words, is who says them.
    // (…再燃　希、トルコ調査船に警告: so is one set off by a comma.)
    // (中国外務省「…」と米国を批判: or the headline's first phrase.)
    for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
      Chunk& c = chunks[i];
      const bool quoted_after = !c.comma && c.end == c.content_end && chunks[i + 1].quote != 0;
      const bool comma_after = c.comma && c.end == c.content_end + 1 && !listed_on(i);
      if (c.actors.empty() || c.predicate || c.case_ != Case::none || c.quote != 0 ||
          (i > 0 && !chunks[i - 1].headline_end) || (i == 0 && !quoted_after) || !(quoted_after || comma_after)) {
        continue;
      }
      c.case_ = Case::topic;
    }
    // 日韓首脳が会談 …で一致: a headline's opening subject goes on into its
    // later phrases, as a topic does, when none of them names another.
    const bool any_topic = std::any_of(chunks.begin(), chunks.end(), [](const Chunk& c) {
      return c.case_ == Case::topic && !c.actors.empty();
    });
    const bool other_subject = std::any_of(chunks.begin() + 1, chunks.end(), [](const Chunk& c) {
      return c.case_ == Case::nom && !c.actors.empty();
    });
    if (!any_topic && !other_subject && chunks[0].case_ == Case::nom && !chunks[0].actors.empty() &&
        chunks[0].quote == 0) {
      chunks[0].case_ = Case::topic;
    }
  }

  // 茂木大臣から、…を強化したい旨述べた; Xから、…について説明した: a
  // readout names who speaks with から and a comma. The words up to 旨, or
  // up to the saying verb, are that speaker's, so the phrase is their topic.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (c.case_ != Case::abl || !c.comma || c.actors.empty() || c.quote != 0 || c.predicate || c.absorbed) continue;
    bool said = false;
    for (std::size_t k = i + 1; k < chunks.size(); ++k) {
      const Chunk& d = chunks[k];
      const bool gist = tokens[d.begin].surface == "旨" && d.content_end == d.begin + 1;
      // (…を支持すると|説明した: the words said end on と.)
      if (gist || (d.predicate && d.quote == 0 && d.ending != Ending::attributive && d.ending != Ending::quoted)) {
        std::size_t verb = gist ? k + 1 : k;
        // (…を支持する旨の|発言が|あった: the saying named as a noun, and ある.)
        if (gist && verb + 1 < chunks.size() && !chunks[verb].predicate && chunks[verb].case_ == Case::nom &&
            chunks[verb].content_end > chunks[verb].begin &&
            rules.has_function(tokens[chunks[verb].content_end - 1], Function::say) && chunks[verb + 1].predicate &&
            tokens[chunks[verb + 1].begin].base == "ある") {
          said = true;
          break;
        }
        if (verb >= chunks.size() || !chunks[verb].predicate || chunks[verb].content_end == chunks[verb].begin) break;
        // (高市総理から、…への協力を求め、: opening the sentence, the phrase is
        // the subject of any act the readout reports.)
        const bool opens = std::all_of(chunks.begin(), chunks.begin() + static_cast<std::ptrdiff_t>(i),
                                       [](const Chunk& b) { return b.case_ == Case::none && b.actors.empty(); });
        said = rules.has_function(tokens[chunks[verb].content_end - 1], Function::say) ||
               (opens && !gist && chunks[verb].trigger >= 0 && !chunks[verb].passive);
        break;
      }
    }
    if (said) c.case_ = Case::topic;
  }

  const auto state_like = [&](const ActorRef& a) {
    const auto kind = table.kind(a.actor);
    return kind == mentions::ActorKind::state || kind == mentions::ActorKind::historical_state;
  };
  // 大使, 代表: one sent to speak for another (not 幹部, 司令官: ワグネルの
  // 司令官 is the group's own).
  const auto names_envoy = [&](const tokens::Token& noun) {
    return rules.has_function(noun, Function::envoy) || noun.base == "代表";
  };
  // マリ、ブルキナファソと|サヘル諸国同盟を|結成: those named with と found
  // or make up the organisation with the subject; they are no part of it.
  const auto founded_with = [&](std::size_t i) {
    const Chunk& c = chunks[i];
    if (c.case_ != Case::com || i + 2 >= chunks.size()) return false;
    const Chunk& body = chunks[i + 1];
    const Chunk& verb = chunks[i + 2];
    if (body.case_ != Case::acc || !verb.predicate || verb.content_end == verb.begin ||
        !std::all_of(body.actors.begin(), body.actors.end(),
                     [&](const ActorRef& a) { return table.kind(a.actor) == mentions::ActorKind::organisation; })) {
      return false;
    }
    return rules.phrases().find(kOrganisationObject, tokens[verb.content_end - 1].base) != nullptr;
  };
  // Whether phrase k is the subject of a relative clause: the first
  // predicate after it, in its segment, modifies a noun.
  const auto subject_of_relative = [&](std::size_t k) {
    for (std::size_t q = k + 1; q < chunks.size() && chunks[q].quote == chunks[k].quote; ++q) {
      if (chunks[q].predicate) return chunks[q].ending == Ending::attributive;
    }
    return false;
  };
  // Coordination and affiliation, left to right so that lists chain:
  // X、Y、Zと W | XとY | X及びY -> one group; Xの + title -> the title's phrase.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    Chunk& next = chunks[i + 1];
    if (c.actors.empty() || c.predicate || c.quote != next.quote) continue;
    // NATO加盟国でありながら、: a clause of its own, not the first of a list.
    // (中国、ロシアなどと|BRICSを構成: など closes the list it ends.)
    const bool closed_list = c.case_ == Case::com && c.end >= c.content_end + 2 && tokens[c.end - 2].surface == "など";
    // (SDFと、国軍への統合で合意: と set off by a comma names a partner.)
    const bool listing = (c.case_ == Case::com && !closed_list && !c.comma) || c.case_ == Case::coord ||
                         (c.case_ == Case::none && !c.copula &&
                          (c.comma || c.listed || tokens[c.end - 1].surface == "・"));
    // スーダン国軍と|準軍事組織|「即応支援部隊」の: a bare noun naming what
    // kind of group the next actor is stands between the two conjuncts.
    // (アルシャバーブや|過激派組織|「イスラム国」の: so with や.)
    const bool descriptor = listing && (c.case_ == Case::com || c.case_ == Case::coord) && next.actors.empty() &&
                            !next.predicate &&
                            next.trigger < 0 && next.case_ == Case::none && next.end == next.content_end &&
                            next.content_end > next.begin && !next.comma && i + 2 < chunks.size() &&
                            !chunks[i + 2].actors.empty() && !chunks[i + 2].predicate &&
                            chunks[i + 2].quote == c.quote &&
                            rules.has_function(tokens[next.content_end - 1], Function::agent);
    // オランダのASMLや|日本の|東京エレクトロンは: the next conjunct is an
    // organisation with the state it is based in before it, not that state.
    const bool owned_conjunct =
        listing && !descriptor && next.case_ == Case::gen && !next.actors.empty() && !next.predicate &&
        next.trigger < 0 && i + 2 < chunks.size() && !chunks[i + 2].actors.empty() && !chunks[i + 2].predicate &&
        chunks[i + 2].quote == c.quote &&
        std::all_of(next.actors.begin(), next.actors.end(), [&](const ActorRef& a) { return state_like(a); }) &&
        std::none_of(chunks[i + 2].actors.begin(), chunks[i + 2].actors.end(),
                     [&](const ActorRef& a) { return state_like(a) || a.person; }) &&
        std::none_of(c.actors.begin(), c.actors.end(), [&](const ActorRef& a) { return state_like(a); });
    if (owned_conjunct || descriptor) {
      Chunk& named = chunks[i + 2];
      named.actors.insert(named.actors.begin(), c.actors.begin(), c.actors.end());
      named.from_list = c.actors.size();
      c.absorbed = true;
      next.absorbed = true;
      ++i;  // on to the named conjunct, which may go on listing
    } else if (c.case_ == Case::coord && next.actors.empty() && !next.predicate && next.trigger < 0) {
      c.case_ = next.case_;  // ラトビアといった領土を奪う: the examples stand in for the noun
    } else if (listing && !next.actors.empty() && !next.predicate &&
               // 習近平主席と|北京で会談: a capital after と is where, not a second partner;
               // (Xと Y、|ドーハで合意: so is one with で after a list.)
               !(next.metonym_only && !c.metonym_only && (c.case_ == Case::com || next.case_ == Case::loc)) &&
               !founded_with(i)) {
      next.actors.insert(next.actors.begin(), c.actors.begin(), c.actors.end());
      next.from_list = c.actors.size();
      c.absorbed = true;
    } else if (c.case_ == Case::gen && !next.actors.empty() && next.actors.front().person) {
      // ドイツのピストリウス国防相: affiliation, not an argument. Names listed
      // before the state still are: インドのX外相、パキスタンのY外相と.
      next.actors.insert(next.actors.begin(), c.actors.begin(), c.actors.begin() + std::min(c.from_list, c.actors.size()));
      next.from_list = std::min(c.from_list, c.actors.size());
      c.absorbed = true;
    } else if (c.case_ == Case::gen && !next.actors.empty() && !next.predicate && next.trigger < 0 &&
               next.content_end > next.begin &&
               std::all_of(c.actors.begin(), c.actors.end(), [&](const ActorRef& a) { return state_like(a); }) &&
               std::none_of(next.actors.begin(), next.actors.end(), [&](const ActorRef& a) { return state_like(a); }) &&
               names_envoy(tokens[next.content_end - 1])) {
      // 英国の|国連大使, 米国の|NATO大使: a state's envoy to a body speaks
      // for the state, not for the body.
      next.actors = c.actors;
      next.metonym_only = c.metonym_only;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && !next.actors.empty() && !next.predicate && next.trigger < 0 &&
               std::all_of(c.actors.begin(), c.actors.end(), [&](const ActorRef& a) { return state_like(a); }) &&
               std::none_of(next.actors.begin(), next.actors.end(), [&](const ActorRef& a) { return state_like(a); }) &&
               (next.case_ == Case::topic || next.case_ == Case::nom || next.case_ == Case::acc ||
                next.case_ == Case::gen || next.case_ == Case::none)) {
      // レバノンのヒズボラは, ロシアのロスアトムが: where an organisation or
      // armed group is based, not a second actor. (イランのヒズボラへの支援
      // keeps both: there the の-phrase is the giver.)
      c.absorbed = true;
    } else if (c.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && next.predicate &&
               next.ending == Ending::attributive && !next.comma && next.content_end == next.begin + 1 &&
               tokens[next.begin].pos == "形容詞" && i + 2 < chunks.size() && chunks[i + 2].actors.empty() &&
               chunks[i + 2].trigger < 0 && chunks[i + 2].quote == c.quote &&
               names_office(tokens, chunks[i + 2], rules)) {
      // ニジェールの|新しい|政府: an adjective on the office between.
      chunks[i + 2].actors = c.actors;
      chunks[i + 2].metonym_only = c.metonym_only;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && next.case_ == Case::gen && next.actors.empty() && next.trigger < 0 &&
               !next.predicate && next.content_end == next.begin + 1 && names_which(tokens[next.begin]) &&
               i + 2 < chunks.size() && chunks[i + 2].actors.empty() && chunks[i + 2].quote == c.quote &&
               names_office(tokens, chunks[i + 2], rules)) {
      // スペインの次の政権, イランの当時の外相: the word between says which
      // holder of the office is meant; the owner is still the state before it.
      next.actors = c.actors;
      next.metonym_only = c.metonym_only;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && !c.comma && !c.metonym_only && c.actors.size() == 1 &&
               table.kind(c.actors[0].actor) == mentions::ActorKind::state && next.actors.empty() &&
               next.trigger < 0 && !next.predicate && (next.case_ == Case::nom || next.case_ == Case::topic) &&
               next.content_end > next.begin && next.content_end < next.end &&
               (tokens[next.content_end].surface == "が" || tokens[next.content_end].surface == "は" ||
                tokens[next.content_end].surface == "も") &&
               rules.has_function(tokens[next.content_end - 1], Function::company) && !subject_of_relative(i + 1)) {
      // インドの製油各社は, セルビアの企業が: a state's firms as the subject
      // act for the state (the sets code them so in ten sentences of ten);
      // what is done to its firms' things stays theirs (arguments). (Not
      // the subject of a relative clause: ロシアの政府系企業が…持つ|NIS.)
      next.actors = c.actors;
      c.absorbed = true;
    } else if (c.listed && c.case_ == Case::gen && !next.actors.empty() && !next.predicate && next.trigger < 0 &&
               !c.metonym_only && std::all_of(next.actors.begin(), next.actors.end(), [&](const ActorRef& a) {
                 return table.kind(a.actor) == mentions::ActorKind::group;
               })) {
      // ソロモン諸島やバヌアツなどの|太平洋島しょ国に: the examples of a group
      // are named with it.
      next.actors.insert(next.actors.begin(), c.actors.begin(), c.actors.end());
      c.absorbed = true;
    } else if (((c.case_ == Case::gen && !names_origin(tokens, c, rules)) || c.listed) && next.actors.empty() &&
               next.trigger < 0 && names_office(tokens, next, rules)) {
      // イランの最高指導者 = IRN; 日本など5カ国: the examples stand in for the count.
      next.actors = c.actors;
      next.metonym_only = c.metonym_only;
      c.absorbed = true;
      // タリバンの暫定政権: a movement's government is its state, as
      // タリバン政権 is (eval/DECISIONS.md).
      const std::string_view head = tokens[next.content_end - 1].surface;
      // チアニ将軍の政権: a leader's government is the leader's state, as
      // チアニ政権 is (read_content).
      if (c.actors.size() == 1 && (head.ends_with("政権") || head.ends_with("政府") || head.ends_with("体制"))) {
        const mentions::Actor& owner = table.actors()[c.actors[0].actor];
        const mentions::Actor* state = nullptr;
        if (c.actors[0].person) {
          state = table.find_id(table.affiliation(owner));
        } else if (owner.kind == mentions::ActorKind::armed_group && !head.ends_with("体制")) {
          state = table.find_id(owner.state);
        }
        if (state) next.actors = {{static_cast<std::uint32_t>(state - table.actors().data()), false}};
      } else if (const HeadKind* kind = rules.head_kind(tokens[next.content_end - 1]);
                 kind && *kind == HeadKind::title && c.actors.size() == 1 && c.actors[0].person) {
        // トランプ大統領の特使, プーチン大統領の報道官: a leader's envoy or
        // spokesman (a title) acts for the leader's state, not as the leader
        // (XとYの双方 still names X and Y).
        const mentions::Actor* state = table.find_id(table.affiliation(table.actors()[c.actors[0].actor]));
        if (state) next.actors = {{static_cast<std::uint32_t>(state - table.actors().data()), false}};
      }
    } else if (c.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && !next.predicate &&
               next.content_end > next.begin && !c.metonym_only &&
               std::none_of(c.actors.begin(), c.actors.end(),
                            [&](const ActorRef& a) { return state_like(a) || a.person; }) &&
               rules.has_function(tokens[next.content_end - 1], Function::agent)) {
      // SPLM-IO系の|武装勢力による: a group's or body's own fighters or units
      // are the group (a state's would be rebels in it: シリアの反政府勢力);
      // 欧州の|国々に: so are its states (NATO加盟国 -> NATO: eval/GUIDELINES.md).
      next.actors = c.actors;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && !next.predicate &&
               next.content_end == next.begin + 1 && !c.metonym_only &&
               std::none_of(c.actors.begin(), c.actors.end(),
                            [&](const ActorRef& a) { return state_like(a) || a.person; }) &&
               tokens[next.begin].surface == "加盟国") {
      // ASEANの|加盟国は: and so are a body's members.
      next.actors = c.actors;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && !next.predicate &&
               next.case_ == Case::topic && next.content_end > next.begin &&
               rules.has_function(tokens[next.content_end - 1], Function::aim)) {
      // 米国の狙いは…: the owner of an aim or plan is the one who acts.
      next.actors = c.actors;
      next.metonym_only = c.metonym_only;
      next.aim = true;
      c.absorbed = true;
    } else if (c.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && !next.predicate &&
               (tokens[next.begin].base == "間" ||
                (c.actors.size() >= 2 && next.case_ == Case::loc && next.content_end == next.begin + 1 &&
                 tokens[next.begin].base == "枠組み"))) {
      // XとYの間で; 日米韓の枠組みで連携: the sides of a framework act
      // within it with each other.
      c.case_ = Case::coord_pair;
    } else if (c.case_ == Case::com_adn && next.actors.empty() && next.trigger < 0 && !next.predicate &&
               next.content_end == next.begin + 1 && tokens[next.begin].base == "間") {
      c.case_ = Case::com;  // Xとの間で: with X
    } else if (c.case_ == Case::gen && next.actors.empty() && !next.predicate && next.comma &&
               next.content_end == next.begin + 1 && (tokens[next.begin].base == "ほか" || tokens[next.begin].base == "他") &&
               i + 2 < chunks.size() && !chunks[i + 2].actors.empty()) {
      // マリのほか、ブルキナファソにも: "besides X, Y" lists X with Y.
      Chunk& listed = chunks[i + 2];
      listed.actors.insert(listed.actors.begin(), c.actors.begin(), c.actors.end());
      c.absorbed = true;
      next.absorbed = true;
    }
  }
  // 装備と|資金の|支援: things listed with と before an の-phrase are items
  // of one noun phrase, no partner.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    if (c.case_ == Case::com && c.actors.empty() && c.possessor.empty() && c.trigger < 0 && !c.predicate &&
        !c.comma && next.case_ == Case::gen && next.actors.empty() && next.trigger < 0 && !next.predicate &&
        next.quote == c.quote) {
      c.case_ = Case::coord;
    }
  }
  // 軍事支援と|情報共有を続ける: an act listed with と before another act is
  // an item of one list (as with や), no partner; the reader gives it the
  // place of the act it is listed with (read_listed_act).
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    if (c.case_ == Case::com && c.actors.empty() && c.possessor.empty() && c.trigger >= 0 && !c.predicate &&
        !c.comma && next.actors.empty() && next.trigger >= 0 && !next.predicate && next.quote == c.quote) {
      c.case_ = Case::coord;
    }
  }
  // M23と共同で作戦を行う: a partner named with 共同で or 合同で acts beside
  // the subject (as with とともに), not against it; so does one of a joint
  // act (コンゴ軍と合同の|作戦を始めた).
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& next = chunks[i + 1];
    if (c.case_ != Case::com || c.actors.empty() || !next.actors.empty() ||
        !rules.has_function(tokens[next.begin], Function::joint)) {
      continue;
    }
    // (コンゴ軍と|共同作戦を: so does a partner of an act whose noun begins
    // with 共同 or 合同; but not a list, XやYと合同演習, whose items are the
    // subject's partners, not partners of each other.)
    const bool joint_act = next.content_end > next.begin + 1 && next.trigger >= 0 && next.case_ == Case::acc &&
                           c.actors.size() == 1;
    if (!joint_act && (next.content_end != next.begin + 1 ||
                       (next.case_ != Case::loc && next.case_ != Case::dat && next.case_ != Case::gen))) {
      continue;
    }
    c.case_ = Case::with;
  }
  // AAなど国境付近の武装勢力に: examples listed before a noun naming unnamed
  // doers stand for them, past the noun's own modifiers; so do examples of
  // states (サウジアラビアやカタールなど周辺の産油国, 韓国など価値観を共有する
  // 国々), past a relative clause on the noun too.
  // (A count of states says so too, with 以上, 余り, 超 or 近く after it:
  // 米国など|10カ国以上から.)
  const auto names_states = [&](const Chunk& head) {
    std::size_t last = head.content_end - 1;
    if (last > head.begin && tokens[last].pos == "名詞" && rules.has_function(tokens[last], Function::approximate) &&
        tokens[last - 1].pos2 == "助数詞") {
      --last;
    }
    const Token& t = tokens[last];
    const std::string_view word = t.surface;
    return t.actor.empty() && (word.ends_with("国") || word.ends_with("国々"));
  };
  // (インドネシアなど|派遣に|前向きな|国々: the clause may be an adjectival
  // noun with な, and its に-phrase may name an act.)
  const auto adjectival = [&](const Chunk& k) {
    return !k.predicate && k.case_ == Case::none && k.end == k.content_end + 1 && k.content_end > k.begin &&
           (tokens[k.content_end - 1].pos1 == "形容動詞語幹" || tokens[k.content_end - 1].surface == "的") &&
           tokens[k.content_end].surface == "な";
  };
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.listed || c.actors.empty() || c.absorbed || c.predicate) continue;
    std::size_t h = i + 1;
    bool clause = false;  // passed a relative clause
    while (h + 1 < chunks.size() && chunks[h].actors.empty() && chunks[h].quote == c.quote) {
      const Chunk& k = chunks[h];
      const bool clause_end = (k.predicate && k.ending == Ending::attributive) || adjectival(k);
      const bool in_clause = k.case_ == Case::dat && !k.predicate && h + 2 < chunks.size() &&
                             adjectival(chunks[h + 1]);
      if (!in_clause && k.trigger >= 0) break;
      // (シナロア・カルテルなど|7組織を|テロ組織に指定: an object that is
      // itself the noun the examples stand for, with no clause on it after.)
      const bool own_head = k.case_ == Case::acc && h == i + 1 && k.content_end > k.begin &&
                            rules.has_function(tokens[k.content_end - 1], Function::agent) &&
                            !(h + 1 < chunks.size() && chunks[h + 1].predicate &&
                              chunks[h + 1].ending == Ending::attributive);
      if (own_head) break;
      if (!((k.case_ == Case::gen && !k.predicate) || (k.case_ == Case::acc && !k.predicate && !clause) ||
            (clause_end && !clause) || (in_clause && !clause))) {
        break;
      }
      clause = clause || clause_end;
      ++h;
    }
    Chunk& head = chunks[h];
    if (!head.actors.empty() || head.trigger >= 0 || head.predicate || head.content_end == head.begin ||
        head.quote != c.quote) {
      continue;
    }
    const Token& noun = tokens[head.content_end - 1];
    const bool agent = rules.has_function(noun, Function::agent) &&
                       std::all_of(chunks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                   chunks.begin() + static_cast<std::ptrdiff_t>(h),
                                   [](const Chunk& k) { return k.case_ == Case::gen; });
    // (キーウなど|各地に, ハルキウなどの|都市: places listed as examples of
    // the places a noun names stand for them.)
    const bool places = c.metonym_only && noun.actor.empty() && rules.has_function(noun, Function::places);
    if (!agent && !names_states(head) && !places) continue;
    head.actors = c.actors;
    head.metonym_only = c.metonym_only;
    c.absorbed = true;
  }
  // 中国はサウジアラビアにとって最大の輸出先であり、…: a trigger noun with a
  // copula and a comma ends a clause of its own, as at a full stop.
  for (auto& c : chunks) {
    if (c.trigger >= 0 && c.copula && !c.predicate && c.comma && c.case_ == Case::none && c.actors.empty()) {
      c.predicate = true;
      c.ending = Ending::continuative;
    }
  }
  // エジプトはハフタル氏の後ろ盾とされ、: a role noun said of the subject
  // through とされる is its predicate, as with a copula.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    Chunk& verb = chunks[i + 1];
    if (c.trigger < 0 || c.predicate || c.case_ != Case::com || c.end != c.content_end + 1 ||
        tokens[c.content_end].surface != "と" || !verb.predicate || !verb.passive ||
        verb.content_end != verb.begin + 1 || tokens[verb.begin].base != "する" || verb.quote != c.quote) {
      continue;
    }
    c.predicate = true;
    c.copula = true;
    c.case_ = Case::none;
    c.ending = verb.ending;
    c.comma = verb.comma;
    verb.predicate = false;
    verb.passive = false;
    verb.ending = Ending::none;
  }
  // オルバン氏は…EU議長国の首脳としてモスクワを訪れ: after a subject of
  // its own, a phrase with として only says in what capacity it acts.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    // (An act named with として, 緊急支援として拠出, is read by the engine.)
    if (c.case_ != Case::topic || c.predicate || c.trigger >= 0 || c.content_end >= c.end ||
        tokens[c.content_end].surface != "として") {
      continue;
    }
    // (茂木大臣から、日本としても…継続していく旨述べた: a state named so is
    // no capacity but the side itself, which a minister speaks for.)
    if (c.actors.size() == 1 && table.kind(c.actors.front().actor) == mentions::ActorKind::state) continue;
    // (A は-topic governs past clause ends too: アイスランドは軍を持たず、
    // NATOの加盟国として…)
    bool crossed = false;
    for (std::size_t j = i; j-- > 0;) {
      const Chunk& before = chunks[j];
      if (before.quote != c.quote) break;
      if (before.predicate) {
        crossed = true;
        continue;
      }
      const bool subject = before.case_ == Case::topic || (before.case_ == Case::nom && !crossed);
      // (当時のコンテ政権が|G7として: a government the dictionary cannot name
      // is a subject all the same.)
      const HeadKind* head = before.content_end > before.begin ? rules.head_kind(tokens[before.content_end - 1]) : nullptr;
      const bool names_one = !before.actors.empty() || (head && *head == HeadKind::body);
      if (subject && names_one && !before.absorbed && tokens[before.content_end].surface != "として" &&
          (!crossed || (before.end > before.content_end && tokens[before.content_end].surface == "は"))) {
        c.case_ = Case::none;
        break;
      }
    }
  }
  // ナブロツキ大統領　…を要請した: a name set off by a space at the start of
  // the sentence, with no particle, labels who speaks (会見要旨, 発言録), and
  // stands as the topic of what follows.
  if (chunks.size() > 1) {
    Chunk& label = chunks[0];
    if (label.case_ == Case::none && !label.predicate && !label.actors.empty() && !label.comma && !label.metonym_only &&
        label.end == label.content_end && label.end < tokens.size() &&
        tokens[label.end - 1].end < tokens[label.end].begin) {
      label.case_ = Case::topic;
    }
  }
  // 米国の|求める|措置, 中国の|提案した|計画: right before a verb that ends a
  // clause on a noun, の marks the clause's subject as が would.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& verb = chunks[i + 1];
    if (c.case_ != Case::gen || c.actors.empty() || c.absorbed || c.metonym_only || c.comma || c.predicate ||
        !verb.predicate || verb.ending != Ending::attributive || verb.passive || verb.quote != c.quote ||
        (tokens[verb.begin].pos != "動詞" && tokens[verb.begin].pos1 != "サ変接続")) {
      continue;
    }
    c.case_ = Case::nom;
  }
  // 中国からすると、/ 中国から見れば、: whose view the sentence takes, and so
  // the subject it leaves unsaid; a topic, not a source.
  for (std::size_t i = 0; i + 1 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    Chunk& verb = chunks[i + 1];
    if (c.case_ != Case::abl || c.actors.empty() || c.absorbed || !verb.predicate || !verb.comma ||
        verb.content_end != verb.begin + 1) {
      continue;
    }
    const std::string_view lemma = tokens[verb.begin].base;
    if (lemma != "する" && lemma != "見る" && lemma != "みる") continue;
    if (verb.ending != Ending::continuative && verb.ending != Ending::conditional) continue;
    c.case_ = Case::topic;
    verb.predicate = false;
    verb.conditional = false;
    verb.ending = Ending::none;
    verb.case_ = Case::none;
  }
  // 日米(を)含む多数国が, 英国をはじめとする各国: the states named as
  // included stand for the unnamed states of the noun (at least they act).
  for (std::size_t i = 0; i + 2 < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    const Chunk& verb = chunks[i + 1];
    if (c.actors.empty() || c.absorbed || c.predicate || (c.case_ != Case::none && c.case_ != Case::acc) ||
        !verb.predicate || verb.ending != Ending::attributive || verb.content_end != verb.begin + 1) {
      continue;
    }
    if (!rules.has_function(tokens[verb.begin], Function::including)) continue;
    std::size_t h = i + 2;
    while (h + 1 < chunks.size() && chunks[h].case_ == Case::gen && chunks[h].actors.empty() &&
           !chunks[h].predicate && chunks[h].trigger < 0) {
      ++h;  // 多くの|国
    }
    Chunk& head = chunks[h];
    if (!head.actors.empty() || head.trigger >= 0 || head.predicate || head.content_end == head.begin ||
        head.quote != c.quote) {
      continue;
    }
    const std::string_view noun = tokens[head.content_end - 1].base;
    if (noun != "国" && noun != "国々" && noun != "諸国" && noun != "各国" &&
        !rules.has_function(noun, Function::agent)) {
      continue;
    }
    head.actors = c.actors;
    head.metonym_only = c.metonym_only;
    c.absorbed = true;
  }
  // タジキスタンは…、国内にはロシア軍の基地もある: "within the country" as
  // a place is within the state the clause is about, its topic or subject.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.actors.empty() || !c.possessor.empty() || c.predicate || c.content_end != c.begin + 1 ||
        tokens[c.begin].surface != "国内" || (c.case_ != Case::dat && c.case_ != Case::loc)) {
      continue;
    }
    for (std::size_t j = i; j-- > 0;) {
      const Chunk& subject = chunks[j];
      if (subject.quote != c.quote) break;
      if ((subject.case_ != Case::topic && subject.case_ != Case::nom) || subject.actors.size() != 1) continue;
      if (table.kind(subject.actors[0].actor) == mentions::ActorKind::state) c.possessor = subject.actors;
      break;
    }
  }
  // モザンビーク北部では、…が政府軍の拠点を襲撃: the government's forces,
  // unnamed, are those of the state whose place the sentence is set in.
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.actors.empty() || c.predicate || c.content_end == c.begin) continue;
    const bool split = c.content_end == c.begin + 2 && tokens[c.begin].surface == "政府" &&
                       tokens[c.begin + 1].surface == "軍";
    const bool whole = c.content_end == c.begin + 1 && (tokens[c.begin].surface == "政府軍" || tokens[c.begin].surface == "国軍");
    if (!split && !whole) continue;
    for (std::size_t j = i; j-- > 0;) {
      const Chunk& place = chunks[j];
      if (place.quote != c.quote) break;
      const bool set_in = place.case_ == Case::loc &&
                          std::any_of(tokens.begin() + place.content_end, tokens.begin() + place.end,
                                      [](const Token& t) { return t.surface == "は"; });  // では, not で
      if (!set_in) continue;
      const auto& state = place.actors.empty() ? place.possessor : place.actors;
      if (state.size() == 1 && table.kind(state[0].actor) == mentions::ActorKind::state) c.actors = state;
      break;
    }
  }
  // 両国, 双方, 両首脳, 両氏, 両軍 alone: the two named last in the sentence
  // (日本とフィリピンは…、両国の防衛協力は -> JPN, PHL).
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.actors.empty() || c.predicate || c.trigger >= 0) continue;
    // One token (両国), or MeCab's prefix and noun (両|軍).
    const bool split = c.content_end == c.begin + 2 && tokens[c.begin].pos == "接頭詞" && tokens[c.begin].surface == "両";
    if (c.content_end != c.begin + 1 && !split) continue;
    thread_local std::string joined;  // per thread, so that its buffer is allocated once
    joined.assign(tokens[c.begin].surface);
    if (split) joined += tokens[c.begin + 1].surface;
    const std::string_view word = joined;
    // (両組織, 両社, 両団体: two bodies, named as a pair or apart.)
    const bool bodies = word == "両組織" || word == "両社" || word == "両団体";
    if (word != "両国" && word != "双方" && word != "両者" && word != "両首脳" && word != "両氏" && word != "両政府" &&
        word != "両軍" && !bodies) {
      continue;
    }
    // A pair in the same quotation segment first; else one a quotation
    // named (「ロシアと北朝鮮の連携は…」と述べ、両国を牽制した).
    for (int pass = 0; pass < 2 && c.actors.empty(); ++pass) {
      for (std::size_t j = i; j-- > 0;) {
        const Chunk& before = chunks[j];
        // Two different actors: IGAD=政府間開発機構 names one twice.
        if (before.absorbed || (pass == 0 && before.quote != c.quote) || before.actors.size() != 2 ||
            before.actors[0].actor == before.actors[1].actor) {
          continue;
        }
        c.actors = before.actors;
        c.metonym_only = before.metonym_only;
        break;
      }
    }
    if (!c.actors.empty()) continue;
    // 中国がパキスタンに…を輸出するなど、両国の…: or the last two named apart.
    // (両首脳 with no leader named: the leaders of the two states named.)
    std::vector<ActorRef> two;
    const bool persons = word == "両首脳" || word == "両氏";
    for (int pass = 0; pass < 2 && two.size() < 2; ++pass) {
      const bool states = word == "両国" || word == "両政府" || word == "両軍" || (pass == 1 && word == "両首脳");
      if (pass == 1 && !states) break;
      two.clear();
      for (std::size_t j = i; j-- > 0 && two.size() < 2;) {
        const Chunk& before = chunks[j];
        // (カンボジアの|ティア・セイハ国防相は…中国の|董軍国防相と会談し、両国の:
        // the states of persons named are the two states too.)
        const bool affiliation = states && before.absorbed && before.case_ == Case::gen;
        if ((before.absorbed && !affiliation) || before.quote != c.quote || before.actors.size() != 1 ||
            before.metonym_only) {
          continue;
        }
        const auto kind = table.kind(before.actors.front().actor);
        const bool body = kind == mentions::ActorKind::organisation || kind == mentions::ActorKind::armed_group ||
                          kind == mentions::ActorKind::group;
        if ((states && kind != mentions::ActorKind::state) ||
            (persons && pass == 0 && kind != mentions::ActorKind::person) || (bodies && !body)) {
          continue;
        }
        const bool again = !two.empty() && two.front().actor == before.actors.front().actor;
        if (!again) two.push_back(before.actors.front());
      }
    }
    if (two.size() == 2) c.actors = {two[1], two[0]};
  }
  // 「海への出口」巡る対話, 「賠償融資」案: words in brackets that say
  // nothing (no predicate) and are not quoted as said (no と after them)
  // are a term named within the clause, whose phrases reach across them.
  for (std::size_t i = 0; i < chunks.size();) {
    const int q = chunks[i].quote;
    std::size_t e = i;
    while (e < chunks.size() && chunks[e].quote == q) ++e;
    const bool term = q != 0 && e - i <= 3 && e < chunks.size() &&
                      std::none_of(chunks.begin() + static_cast<std::ptrdiff_t>(i),
                                   chunks.begin() + static_cast<std::ptrdiff_t>(e),
                                   [](const Chunk& k) { return k.predicate || k.case_ == Case::quote; }) &&
                      chunks[e - 1].ending != Ending::quoted;
    if (term) {
      const int outer = i > 0 ? chunks[i - 1].quote : chunks[e].quote;
      if (outer == chunks[e].quote) {
        for (std::size_t k = i; k < e; ++k) chunks[k].quote = outer;
      }
    }
    i = e;
  }
  // 各国 alone: the states of the group or list named last in the sentence
  // (中国は中央アジア諸国と…、各国に…を提供 -> CENTRAL_ASIA); so are
  // これらの|国 (米国や豪州は…、日本もこれらの国と連携).
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    Chunk& c = chunks[i];
    if (!c.actors.empty() || c.predicate || c.trigger >= 0 || c.content_end != c.begin + 1) continue;
    const std::string_view word = tokens[c.begin].surface;
    const Chunk& these = chunks[i - 1];
    const bool pointed = (word == "国" || word == "国々" || word == "諸国") && these.case_ == Case::gen &&
                         these.content_end == these.begin + 1 && tokens[these.begin].surface == "これら" &&
                         these.quote == c.quote;
    if (word != "各国" && !pointed) continue;
    // (これらの国 points to states listed by name first, a group only failing
    // them: 米国や豪州は島しょ国に…、日本もこれらの国と -> USA, AUS.)
    for (int pass = pointed ? 0 : 1; pass < 2 && c.actors.empty(); ++pass) {
      for (std::size_t j = i; j-- > 0;) {
        const Chunk& before = chunks[j];
        if (before.absorbed || before.actors.empty()) continue;  // a quotation may name them
        const bool group = pass == 1 && before.actors.size() == 1 &&
                           table.kind(before.actors.front().actor) == mentions::ActorKind::group;
        if (before.actors.size() < 2 && !group) continue;
        c.actors = before.actors;
        c.metonym_only = before.metonym_only;
        break;
      }
    }
  }
}

}  // namespace kankei::rules
