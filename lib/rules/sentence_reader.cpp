// Reading a sentence: its phrases (object + verb phrases made triggers),
// then each trigger's frame, filled and judged by the other reader_*.cpp.
#include "rules/sentence_reader.hpp"

#include <algorithm>
#include <utility>

namespace kankei::rules::detail {

namespace {

// イラン反発: the one compounded with a reaction (triggers.tsv named_target) reacts.
const RoleRule kCompoundDoer{"noun.compound_doer", Form::noun, Voice::active, Case::compound, Role::source, 0.75};

}  // namespace

SentenceReader::SentenceReader(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                               const Knowledge& k)
    : m_tokens(tokens), m_mentions(mentions), m_k(k),
      m_chunks(chunk_buffer()), m_triggers(mentions.triggers) {
  make_chunks(tokens, mentions, k.actors, k.rules, m_chunks);
  find_phrases();
  find_pact_contents();
  find_urged();
}

// 欧米諸国に圧力を強めるよう訴えた, 双方に自制するよう呼びかけた: words
// of saying after what is asked for (よう) ask it of the one addressed.
void SentenceReader::find_urged() {
  const mentions::Trigger* request = nullptr;
  for (std::size_t p = 1; p < m_chunks.size(); ++p) {
    Chunk& verb = m_chunks[p];
    const Chunk& asked = m_chunks[p - 1];
    if (!verb.predicate || verb.trigger >= 0 || verb.passive || !asked.predicate ||
        asked.ending != Ending::quoted || !has_particle(asked, "よう") || asked.quote != verb.quote ||
        !function_at(p, Function::say)) {
      continue;
    }
    if (!request) request = m_k.lexicon.find_trigger("要請");
    if (!request) return;
    verb.trigger = static_cast<int>(m_triggers.size());
    m_triggers.push_back({request, verb.begin, verb.content_end});
  }
}

// The calling thread's chunks, kept from sentence to sentence (make_chunks
// says why); one SentenceReader at a time uses them.
std::vector<Chunk>& SentenceReader::chunk_buffer() {
  thread_local std::vector<Chunk> chunks;
  return chunks;
}

std::vector<RelationMention> SentenceReader::read() {
  std::vector<RelationMention> out;
  for (std::size_t i = 0; i < m_chunks.size(); ++i) {
    if (m_chunks[i].trigger < 0) continue;
    m_used.assign(m_chunks.size(), false);
    read_trigger(i, out);
    read_listed_act(i, out);
  }
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_ally(i, out);
  for (std::size_t i = 0; i < m_chunks.size(); ++i) {
    read_member_predicate(i, out);
    read_member_compound(i, out);
    read_member_welcomed(i, out);
  }
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_refused_request(i, out);
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_dependence(i, out);
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_imperative(i, out);
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_allies_listed(i, out);
  for (std::size_t i = 0; i < m_chunks.size(); ++i) {
    read_jointly(i, out);
    read_count_of_sides(i, out);
  }
  for (std::size_t i = 0; i < m_chunks.size(); ++i) read_attendees(i, out);
  read_stationed_forces(out);
  // A threat is said of a conditional clause, outside quotations or in the
  // words said (read_threat); most sentences have none, and then no saying
  // need be read.
  const bool conditional = std::any_of(m_chunks.begin(), m_chunks.end(), [](const Chunk& c) {
    return c.predicate && c.conditional;
  });
  if (conditional) {
    for (std::size_t i = 0; i < m_chunks.size(); ++i) read_threat(i, out);
  }
  drop_repeats(out);
  return out;
}

void SentenceReader::read_listed_act(std::size_t t, std::vector<RelationMention>& out) {
  const Chunk& listed = m_chunks[t];
  if (listed.case_ != Case::coord || listed.predicate || !listed.actors.empty() || listed.comma ||
      t + 1 >= m_chunks.size()) {
    return;
  }
  const Chunk& next = m_chunks[t + 1];
  if (next.trigger < 0 || next.predicate || !next.actors.empty() || next.quote != listed.quote) return;
  // The listed act takes the next one's case and what follows it; its own
  // words (and any actors compounded in them) stay its own.
  Chunk moved = listed;
  moved.case_ = next.case_;
  moved.comma = next.comma;
  moved.ending = next.ending;
  moved.headline_end = next.headline_end;
  const Chunk saved = next;
  m_chunks[t + 1] = moved;
  m_used.assign(m_chunks.size(), false);
  read_trigger(t + 1, out);
  m_chunks[t + 1] = saved;
}

// 中国の海洋進出に対抗するため|日韓の|連携を強化: a purpose is that of the
// act it leads to, so the act's owners named with の are its doers.
void SentenceReader::purpose_of_owned_act(Frame& frame, std::size_t t) {
  if (t + 1 >= m_chunks.size() || !has_particle(m_chunks[t], "ため")) return;
  // Xに対抗するため、ケニアやエチオピアなどは…を派遣: a purpose put first
  // is that of the subject named right after it.
  // (The chunker reads nothing after ため, so the comma is looked at here.)
  // Its が-subject also stands before the sentence's topic: フィンランドは…、
  // ロシアを抑止するため、NATOが…拠点を置く -> NATO deters RUS.
  const bool topic_only = frame.source.rule && frame.source.rule->case_ == Case::topic;
  if ((frame.source.actors.empty() || topic_only) && m_tokens[m_chunks[t].end - 1].surface == "、") {
    std::size_t s = t + 1;
    while (s + 1 < m_chunks.size() && m_chunks[s].absorbed && !m_chunks[s].actors.empty()) ++s;
    const Chunk& subject = m_chunks[s];
    if ((subject.case_ == Case::topic || subject.case_ == Case::nom) && !subject.actors.empty() &&
        !subject.metonym_only && subject.quote == m_chunks[t].quote &&
        (frame.source.actors.empty() || subject.case_ == Case::nom)) {
      static const RoleRule rule{"verb.purpose_subject_after", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
      frame.source = Filler{};
      fill(frame.source, subject.actors, &rule, 1.0);
      return;
    }
  }
  if (t + 2 >= m_chunks.size()) return;
  const Chunk& owner = m_chunks[t + 1];
  const Chunk& act = m_chunks[t + 2];
  if (owner.case_ != Case::gen || owner.actors.empty() || owner.metonym_only || act.trigger < 0 ||
      owner.quote != m_chunks[t].quote) {
    return;
  }
  static const RoleRule rule{"verb.purpose_owner", Form::verb, Voice::active, Case::nom, Role::source, 0.7};
  frame.source = Filler{};
  fill(frame.source, owner.actors, &rule, 1.0);
}

// 日中韓首脳会談、東京で　経済協力で一致: in a headline that opens with a
// meeting of named sides, a joint act with no parties of its own is theirs.
void SentenceReader::headline_meeting_parties(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!relation.symmetric || t == 0 || !frame.target.actors.empty() || !frame.pair.empty() || m_tokens.empty() ||
      tokens::ends_as_prose(m_tokens)) {
    return;
  }
  // ウズベク、…で合意　タリバン外相と会談: what was agreed or done together
  // was so with the one met, named in a later phrase.
  if (!frame.source.actors.empty()) {
    for (std::size_t k = t + 1; k + 1 < m_chunks.size(); ++k) {
      const Chunk& partner = m_chunks[k];
      const Chunk& meeting = m_chunks[k + 1];
      if (partner.case_ != Case::com || partner.actors.empty() || partner.quote != m_chunks[t].quote ||
          !m_chunks[k - 1].headline_end || meeting.trigger < 0 || !meeting.predicate ||
          relation_of(meeting).name != "negotiates") {
        continue;
      }
      static const RoleRule rule{"headline.met_partner", Form::verb, Voice::active, Case::com, Role::target, 0.65};
      if (usable(partner, Role::target, relation)) fill(frame.target, partner.actors, &rule, 1.0);
      return;
    }
    return;
  }
  const Chunk& opening = m_chunks[0];
  if (opening.trigger < 0 || opening.compound.size() < 2 || !(opening.comma || opening.headline_end) ||
      relation_of(opening).name != "negotiates" || m_chunks[t].quote != opening.quote) {
    return;
  }
  frame.pair = opening.compound;
  frame.pair_rule = "headline.meeting_parties";
  frame.pair_confidence = 0.7;
}

// Whether the sentence says acts were done one by one: それぞれ, 相次いで,
// 個別に, with each side (双方と).
// 日本はウクライナの復興支援に取り組む: when the clause around an act names
// its doer, the act's の-owner (`owner`, its source before the clause was
// read) is whom it is for. (Not the parties of an alliance, whose own the act
// is: 日米同盟の抑止力; nor where goods come from: ロシア産原油の購入.)
// Whether it was.
bool SentenceReader::owner_is_for(Frame& frame, const Filler& owner, const RelationType& relation) {
  if (relation.symmetric || !owner.rule || owner.rule->case_ != Case::gen || !frame.target.actors.empty() ||
      owner.rule->id == "noun.joint_owner" || owner.rule->id == "noun.origin" || owner.rule->id == "receive.origin" ||
      frame.source.rule == owner.rule || frame.source.actors.empty() ||
      frame.source.actors[0].actor == owner.actors[0].actor) {
    return false;
  }
  static const RoleRule rule{"noun.gen_for", Form::noun, Voice::active, Case::gen, Role::target, 0.7};
  fill(frame.target, owner.actors, &rule, 1.0);
  return true;
}

bool SentenceReader::separately() const {
  return std::any_of(m_tokens.begin(), m_tokens.end(), [](const Token& t) {
    return t.base == "それぞれ" || t.base == "相次ぐ" || t.base == "個別" || t.base == "別々" || t.base == "双方";
  });
}

// Splits the actors compounded with trigger phrase t into those after 対
// (aimed at) and the others (doing it): 対イラン|国連|制裁. Returns whether
// both are named.
bool SentenceReader::split_compound(std::size_t t, std::vector<ActorRef>& aimed, std::vector<ActorRef>& doers) const {
  const Chunk& head = m_chunks[t];
  const auto trigger_begin = m_triggers[head.trigger].begin;
  for (const auto& m : m_mentions.actors) {
    if (m.begin < head.begin || m.end > trigger_begin) continue;
    const bool after_tai = (m.begin > head.begin && m_tokens[m.begin - 1].surface == "対") ||
                           std::string_view(m_tokens[m.begin].surface).starts_with("対");
    for (const auto a : m.actors) (after_tai ? aimed : doers).push_back({a, is_person(a)});
  }
  return !aimed.empty() && !doers.empty();
}

// Whether predicate phrase c is in the past tense (取った, とりました).
bool SentenceReader::past_tense(const Chunk& c) const {
  for (auto i = c.content_end; i < c.end; ++i) {
    if (m_tokens[i].pos == "助動詞" && m_tokens[i].base == "た") return true;
  }
  return false;
}

// Whether phrase j only qualifies a verb: 厳しく, 全面的に, 直ちに.
bool SentenceReader::is_adverb(std::size_t j) const {
  const Chunk& c = m_chunks[j];
  if (c.predicate || !c.actors.empty() || c.trigger >= 0 || c.comma || c.content_end == c.begin) return false;
  const Token& last = m_tokens[c.content_end - 1];
  if (c.case_ == Case::none) return true;
  return c.case_ == Case::dat &&
         (last.pos == "副詞" || last.pos1 == "形容動詞語幹" || last.pos1 == "副詞可能" || last.surface == "的");
}

// The phrase before predicate p, p >= 1, that may be its object: p - 1,
// or an object (を) before a place that names no actor or owner (国境付近に,
// 東部の|国境地帯に), which only says where.
std::size_t SentenceReader::object_before_place(std::size_t p) const {
  const auto bare = [&](const Chunk& c) {
    return !c.predicate && c.actors.empty() && c.possessor.empty() && c.compound.empty() && c.trigger < 0 &&
           !c.comma && c.content_end > c.begin;
  };
  const Chunk& place = m_chunks[p - 1];
  // The object right before a named place, or before the list the place
  // ends (協定を|パラグアイや|ホンジュラスと), or none (p - 1).
  const auto object_before_named = [&]() -> std::size_t {
    if (place.actors.empty() || place.comma || place.predicate || p < 2) return p - 1;
    std::size_t q = p - 2;
    while (q > 0 && m_chunks[q].case_ == Case::coord && m_chunks[q].absorbed && !m_chunks[q].comma) --q;
    const Chunk& object = m_chunks[q];
    return object.case_ == Case::acc && !object.predicate && object.quote == place.quote ? q : p - 1;
  };
  // 協定を|インドと|結んだ: so may the partner, with the object before it.
  if (place.case_ == Case::com && object_before_named() != p - 1) return object_before_named();
  // イスラエルを|…罪で|国際司法裁判所に|訴えた: so may the body an act is
  // brought before (an organisation, or arbitration: 国際仲裁に), with what
  // it is for.
  const bool venue = place.case_ == Case::dat && !place.predicate && !place.comma &&
                     ((!place.actors.empty() && std::all_of(place.actors.begin(), place.actors.end(),
                                                            [&](const ActorRef& a) {
                                                              return m_k.actors.kind(a.actor) ==
                                                                     mentions::ActorKind::organisation;
                                                            })) ||
                      (place.actors.empty() && place.trigger >= 0 && function_at(p - 1, Function::mediate)));
  if (venue) {
    std::size_t q = p - 1;
    while (q > 0 && (m_chunks[q - 1].case_ == Case::gen || m_chunks[q - 1].case_ == Case::loc) &&
           bare(m_chunks[q - 1])) {
      --q;
    }
    if (q > 0 && m_chunks[q - 1].case_ == Case::acc) return q - 1;
  }
  // 救助隊を|イランに|派遣した, 基地を|ジブチに|置く: so may the one the
  // object goes to.
  if (place.case_ == Case::dat && object_before_named() != p - 1) return object_before_named();
  if ((place.case_ != Case::dat && place.case_ != Case::loc) || !bare(place)) return p - 1;
  std::size_t q = p - 1;
  while (q > 0 && m_chunks[q - 1].case_ == Case::gen && bare(m_chunks[q - 1])) --q;
  return q > 0 && m_chunks[q - 1].case_ == Case::acc ? q - 1 : p - 1;
}

// メキシコの輸出の|8割以上が|米国向けだ: a destination stated as the
// predicate of the clause the act's phrase opens is where it goes.
void SentenceReader::destination_predicate(Frame& frame, std::size_t t) {
  if (!frame.target.actors.empty() || m_chunks[t].predicate) return;
  for (std::size_t p = t + 1; p < m_chunks.size(); ++p) {
    const Chunk& c = m_chunks[p];
    if (c.quote != m_chunks[t].quote) return;
    if (c.predicate) {
      if (c.copula && !c.actors.empty() && !c.metonym_only && has_particle(c, "向け")) {
        static const RoleRule rule{"verb.destination_predicate", Form::verb, Voice::active, Case::dat, Role::target, 0.75};
        fill(frame.target, c.actors, &rule, 1.0);
        // オーストラリアにとって…、輸出の3割以上が中国向けだ: exports of no
        // named owner are those of whom the sentence speaks for.
        for (std::size_t k = t; frame.source.actors.empty() && k-- > 0;) {
          const Chunk& b = m_chunks[k];
          if (b.quote != m_chunks[t].quote) break;
          if (b.case_ != Case::benefit || b.actors.empty() || b.metonym_only) continue;
          static const RoleRule whose{"noun.benefit_owner", Form::noun, Voice::active, Case::benefit, Role::source, 0.65};
          fill(frame.source, b.actors, &whose, 1.0);
        }
      }
      return;
    }
    // Only the act's own phrase and words of amount or goods before the
    // predicate (大半は, 石炭や銅を中心に): anything naming an actor is
    // another argument.
    if (!c.actors.empty() || c.trigger >= 0 || c.comma) return;
  }
}

// 協力を定めた|新たな|条約に署名した: a pact whose relative clause lays down
// a joint act states that act too, between the pact's parties; the verb
// that concludes the pact (or the pact itself, in 協定を結ぶ) carries it.
void SentenceReader::find_pact_contents() {
  const auto agrees = [&](const Chunk& c) { return c.trigger >= 0 && relation_of(c).name == "agrees"; };
  // The pact at chunk n carries the act, or the verb that concludes it does
  // (the caller has checked both are in the same quotation).
  const auto carry = [&](std::size_t n, int act) {
    Chunk& pact = m_chunks[n];
    if (pact.predicate || pact.pact_of >= 0) return;
    // (The concluding verb first: 条約に|署名した names the parties with it.)
    if ((pact.case_ == Case::dat || pact.case_ == Case::acc) && n + 1 < m_chunks.size() &&
        m_chunks[n + 1].predicate && agrees(m_chunks[n + 1]) && m_chunks[n + 1].pact_of < 0) {
      m_chunks[n + 1].pact_of = act;
    } else if (agrees(pact)) {
      pact.pact_of = act;
    }
  };
  // 新たな|条約, 20の|文書: a word of kind or count may stand between.
  const auto count = [&](const Chunk& c) {
    return c.case_ == Case::gen && c.actors.empty() && c.trigger < 0 && !c.predicate && c.content_end > c.begin &&
           m_tokens[c.begin].pos1 == "数";
  };
  for (std::size_t r = 1; r + 1 < m_chunks.size(); ++r) {
    const Chunk& act = m_chunks[r - 1];
    if (act.trigger < 0 || !relation_of(act).symmetric) continue;
    // 防衛協力に関する|覚書を交わした: the pact is about the act.
    if (act.case_ == Case::about_adn && act.quote == m_chunks[r].quote) {
      carry(r, act.trigger);
      continue;
    }
    if (m_chunks[r].ending != Ending::attributive || !stipulates(r) || act.case_ != Case::acc) continue;
    std::size_t n = r + 1;
    if (n + 1 < m_chunks.size() && (is_adverb(n) || count(m_chunks[n]))) ++n;
    if (m_chunks[n].quote == act.quote) carry(n, act.trigger);
  }
}

// Object + verb phrases (phrases.tsv): 関係を|強化する, 基地を|置く,
// 輸出を|禁止する. The object becomes a nominal trigger and the verb its
// support verb, so the object's own modifiers (Xとの関係, 対中輸出) and the
// verb's arguments (Xは, Yに) fill the roles as for 支援を|続ける. The
// phrase wins over the object noun's own trigger: 輸出を禁止 is no export.
void SentenceReader::find_phrases() {
  if (m_k.rules.phrases().empty()) return;
  for (std::size_t p = 1; p < m_chunks.size(); ++p) {
    Chunk& verb = m_chunks[p];
    // An adverb may stand between them: 対中輸出を|厳しく|制限, 輸出を|全面的に|禁止;
    // or, after an object, where, naming no actor: 部隊を|(東部の)|国境地帯に|受け入れる.
    // オルテガ政権への|圧力|強める: a headline drops を before its verb (an
    // act's noun there is no adverb).
    // (So does 中国調査船の寄港|認めず: what is refused, an act's noun or not.)
    const bool refused_bare = verb.negated && verb.predicate && verb.content_end > verb.begin &&
                              m_k.rules.phrases().find(kRefusedObject, m_tokens[verb.content_end - 1].base);
    const bool bare = headline() && m_chunks[p - 1].case_ == Case::none &&
                      (m_chunks[p - 1].trigger >= 0 || refused_bare) &&
                      m_chunks[p - 1].end == m_chunks[p - 1].content_end && !m_chunks[p - 1].comma &&
                      !m_chunks[p - 1].predicate;
    const std::size_t o = bare ? p - 1 : p >= 2 && is_adverb(p - 1) ? p - 2 : object_before_place(p);
    Chunk& object = m_chunks[o];
    // 輸出も停止: も stands in for を; 基地もある: or for が.
    const bool also = object.case_ == Case::topic && has_particle(object, "も");
    const bool object_case = object.case_ == Case::acc || also || (bare && o + 1 == p);
    const bool subject_case = object.case_ == Case::nom || also;
    const bool refusable = object.case_ == Case::dat && verb.negated;  // Yの判断に従わない (@refused)
    if (!verb.predicate || object.predicate || (!object_case && !subject_case && !refusable) ||
        object.content_end == object.begin || verb.content_end == verb.begin || object.quote != verb.quote) {
      continue;
    }
    std::uint32_t at = head_of(m_tokens, object);
    const Token& noun = m_tokens[at];
    const Token& head = m_tokens[verb.content_end - 1];
    // Xには米軍の基地が置かれている: the passive's subject is the object.
    const bool passive_object = verb.passive && object.case_ == Case::nom;
    const mentions::Trigger* trigger =
        object_case || passive_object ? m_k.rules.phrases().find(noun.base, head.base) : nullptr;
    // Xには米軍の基地がある: a phrase whose noun is the verb's subject (as it
    // is of a passive one: 基地が置かれている, read like 基地がある).
    bool as_subject = passive_object && trigger;
    if (!trigger && subject_case && !verb.passive) {
      trigger = m_k.rules.phrases().find(noun.base, head.base, true);
      as_subject = trigger != nullptr;
    }
    // A noun with a suffix: ロケット|弾.
    if (!trigger && object_case && at >= object.begin + 1) {
      trigger = m_k.rules.phrases().find(m_tokens[at - 1].surface + noun.surface, head.base);
    }
    // 救助隊|約|200|人を派遣: the noun a count of people follows (alone or
    // with its suffix).
    if (const std::uint32_t counted = counted_end(object); !trigger && object_case && counted != object.content_end) {
      const Token& counted_noun = m_tokens[counted - 1];
      trigger = m_k.rules.phrases().find(counted_noun.base, head.base);
      if (!trigger && counted - 1 > object.begin) {
        trigger = m_k.rules.phrases().find(m_tokens[counted - 2].surface + counted_noun.surface, head.base);
      }
      if (trigger) at = counted - 1;
    }
    // 軍の|拠点を置く: a noun whose kind a bare の-phrase names reads as the
    // compound (軍拠点), where the noun alone (拠点: a firm's too) is none.
    if (!trigger && object_case && o > 0 && m_chunks[o - 1].case_ == Case::gen && m_chunks[o - 1].actors.empty() &&
        m_chunks[o - 1].content_end == m_chunks[o - 1].begin + 1 && at == object.begin) {
      trigger = m_k.rules.phrases().find(m_tokens[m_chunks[o - 1].begin].surface + noun.surface, head.base);
    }
    // 輸入手続きを停止: a tail noun after the act (functions.tsv) stands for it.
    // (Not a licence: 武器輸出許可を停止 withholds the act, read by Function::stop.)
    if (!trigger && object_case && object.trigger >= 0 && m_triggers[object.trigger].end != at + 1 &&
        noun.base != "許可") {
      trigger = m_k.rules.phrases().find(m_tokens[m_triggers[object.trigger].end - 1].base, head.base);
    }
    // A state itself as the object (タリバン暫定政権を承認: recognised): the
    // phrase table's object @state.
    // (ソマリランドを承認: or a breakaway entity that claims to be one,
    // listed as an armed group.)
    if (!trigger && object_case && object.trigger < 0 && !object.actors.empty() && !object.metonym_only &&
        std::all_of(object.actors.begin(), object.actors.end(), [&](const ActorRef& a) {
          const auto kind = m_k.actors.kind(a.actor);
          return kind == mentions::ActorKind::state || kind == mentions::ActorKind::armed_group;
        })) {
      trigger = m_k.rules.phrases().find(kStateObject, head.base);
    }
    // 「サヘル諸国同盟」を結成: an organisation named as the object, whose
    // name ends in the phrase's noun (…同盟).
    if (!trigger && object_case && object.trigger < 0 && !object.actors.empty() && !object.metonym_only &&
        std::all_of(object.actors.begin(), object.actors.end(), [&](const ActorRef& a) {
          return m_k.actors.kind(a.actor) == mentions::ActorKind::organisation;
        })) {
      // (The name, not an abbreviation after it: サヘル諸国同盟(AES).)
      const std::string_view suffix = m_k.rules.phrases().object_suffix(m_tokens[object.begin].surface);
      if (!suffix.empty()) trigger = m_k.rules.phrases().find(suffix, head.base);
      // (中国、ロシアなどとBRICSを構成: any organisation its members make up.)
      if (!trigger) trigger = m_k.rules.phrases().find(kOrganisationObject, head.base);
    }
    // 同裁判所の管轄権を認めない, Yの決定を受け入れない: what an actor holds
    // or decided, not accepted, refuses the actor (the phrase table's object
    // @refused). The negation is the phrase's own.
    // (従う and 応じる take it with に: Yの判断に従わない.)
    if (!trigger && (object_case || refusable) && verb.negated && verb.trigger < 0 &&
        object.trigger < 0 && object.actors.empty() &&
        // (ノルウェーが…に設けた|漁業保護水域を認めず: or one a relative clause names.)
        (!owners_before(o).empty() || (o > 0 && !relative_subject(o - 1).empty()))) {
      if (const auto* refused = m_k.rules.phrases().find(kRefusedObject, head.base)) {
        verb.trigger = static_cast<int>(m_triggers.size());
        m_triggers.push_back({refused, verb.begin, verb.content_end});
        verb.negated = false;
        if (bare && o + 1 == p) object.case_ = Case::acc;  // read as the object it is
        continue;
      }
    }
    if (!trigger) continue;
    // 対抗措置をとった: measures taken are the act itself, no threat; only
    // measures one says one will take warn (対抗措置を取ると, 取る可能性).
    // (But 報復を示唆した: a measure hinted at is still one to come.)
    if (m_k.lexicon.relations()[trigger->relation].name == "warns" && past_tense(verb) &&
        !m_k.rules.has_function(head, Function::hypothetical)) {
      continue;
    }
    if (bare && o + 1 == p) object.case_ = Case::acc;  // read as the object it is
    // 防衛協力協定を結ぶ: the pact concluded is one of cooperation, which it
    // states too (as 協力協定を締結 does, read_trigger); so is a partnership
    // concluded (パートナーシップを結ぶ, 締結), a cooperation itself.
    int pact_of = -1;
    if (object.trigger >= 0 && m_k.lexicon.relations()[trigger->relation].name == "agrees") {
      const RelationType& own = m_k.lexicon.relations()[m_triggers[object.trigger].trigger->relation];
      if (own.symmetric && (named_after_act(o) || own.name == "cooperates")) pact_of = object.trigger;
    }
    // 基地を設置: the verb says it already (but not the pact's cooperation,
    // nor a team sent to help, 救助隊を送る, which read_trigger keeps the
    // verb from stating).
    if (verb.trigger >= 0 && m_triggers[verb.trigger].trigger->relation == trigger->relation && pact_of < 0 &&
        !function_at(o, Function::envoy)) {
      continue;
    }
    if (pact_of >= 0) object.pact_of = pact_of;
    // 警察協力の|覚書を結ぶ: so is a pact the act names in an の-phrase right before it.
    if (object.trigger < 0 && o > 0 && m_k.lexicon.relations()[trigger->relation].name == "agrees") {
      const Chunk& act = m_chunks[o - 1];
      if (act.case_ == Case::gen && act.trigger >= 0 && act.actors.empty() && act.quote == object.quote &&
          m_k.lexicon.relations()[m_triggers[act.trigger].trigger->relation].symmetric) {
        object.pact_of = act.trigger;
      }
    }
    object.trigger = static_cast<int>(m_triggers.size());
    m_triggers.push_back({trigger, at, verb.content_end});
    // 米軍の|部隊が|残る: troops that stay are their owner's, named in the
    // の-phrase the chunker merged into them; let it stand as the doer.
    if (as_subject && o > 0 && m_chunks[o - 1].absorbed && m_chunks[o - 1].case_ == Case::gen &&
        m_chunks[o - 1].actors == object.actors) {
      m_chunks[o - 1].absorbed = false;
      object.actors.clear();
    }
    if (object.compound.empty()) object.compound = std::move(object.possessor);  // 対中|輸出を禁止
    object.possessor.clear();
    // 米軍を受け入れる: the forces' state is the compound's actor, no argument.
    if (object.compound.empty()) object.compound = std::move(object.actors);
    object.actors.clear();
    object.phrase_object = true;
    object.phrase_subject = as_subject;
    verb.phrase_verb = true;
    // (無人機を撃墜: the phrase, not the verb's own act, is what is stated.)
    verb.trigger = -1;
  }
  // The same phrase as a relative clause: トルコがGNUと結んだ|(海洋境界の)|覚書,
  // 米国が設置した|基地. The verb states the relation with its own arguments.
  for (std::size_t p = 0; p + 1 < m_chunks.size(); ++p) {
    Chunk& verb = m_chunks[p];
    if (!verb.predicate || verb.ending != Ending::attributive || verb.trigger >= 0 || verb.passive ||
        verb.content_end == verb.begin) {
      continue;
    }
    std::size_t q = p + 1;
    int act = -1;  // 警察協力の: a joint act the pact is of, which the verb states too
    if (q + 1 < m_chunks.size() && m_chunks[q].case_ == Case::gen && m_chunks[q].actors.empty() &&
        m_chunks[q].possessor.empty() && !m_chunks[q].predicate) {
      if (m_chunks[q].trigger >= 0 && m_k.lexicon.relations()[m_triggers[m_chunks[q].trigger].trigger->relation].symmetric) {
        act = m_chunks[q].trigger;
      }
      ++q;  // 海洋境界の: what the pact is about
    }
    const Chunk& object = m_chunks[q];
    if (object.predicate || object.content_end == object.begin || object.quote != verb.quote) continue;
    const mentions::Trigger* trigger =
        m_k.rules.phrases().find(m_tokens[head_of(m_tokens, object)].base, m_tokens[verb.content_end - 1].base);
    if (!trigger) continue;
    verb.trigger = static_cast<int>(m_triggers.size());
    m_triggers.push_back({trigger, verb.begin, verb.content_end});
    if (act >= 0 && m_k.lexicon.relations()[trigger->relation].name == "agrees") verb.pact_of = act;
  }
  // The same phrase as a noun: 関係の|強化, 輸出の|禁止. The verbal noun
  // heads the act in its clause (act_head); as above, the phrase wins.
  for (std::size_t q = 0; q + 1 < m_chunks.size(); ++q) {
    Chunk& object = m_chunks[q];
    Chunk& noun = m_chunks[q + 1];
    if (object.case_ != Case::gen || object.predicate || object.content_end == object.begin ||
        noun.predicate || noun.trigger >= 0 || !noun.actors.empty() || noun.content_end != noun.begin + 1 ||
        object.quote != noun.quote) {
      continue;
    }
    const mentions::Trigger* trigger =
        m_k.rules.phrases().find(m_tokens[object.content_end - 1].base, m_tokens[noun.begin].base);
    if (!trigger) continue;
    object.trigger = static_cast<int>(m_triggers.size());
    m_triggers.push_back({trigger, object.content_end - 1, noun.content_end});
    if (object.compound.empty()) object.compound = std::move(object.possessor);
    object.possessor.clear();
    object.phrase_object = true;
    noun.phrase_noun = true;
  }
  // A noun qualified by an adjective (phrases.tsv lists the adjective as the
  // noun's word): 緊密な|関係に|ある, 友好的な|関係を|保つ. The noun holds
  // the trigger; the predicate right after it carries it, whatever its case.
  for (std::size_t q = 0; q + 1 < m_chunks.size(); ++q) {
    const Chunk& adjective = m_chunks[q];
    Chunk& noun = m_chunks[q + 1];
    if (adjective.predicate || adjective.case_ != Case::none || adjective.comma || !adjective.actors.empty() ||
        adjective.content_end == adjective.begin || noun.predicate || noun.trigger >= 0 ||
        !noun.actors.empty() || noun.content_end == noun.begin || adjective.quote != noun.quote) {
      continue;
    }
    std::uint32_t stem = adjective.content_end - 1;
    if (m_tokens[stem].base == "的" && stem > adjective.begin) {
      --stem;  // 友好|的な: the suffix makes any noun an adjective
    } else if (m_tokens[stem].pos1 != "形容動詞語幹") {
      continue;
    }
    const mentions::Trigger* trigger =
        m_k.rules.phrases().find(m_tokens[noun.content_end - 1].base, m_tokens[stem].base);
    if (!trigger) continue;
    noun.trigger = static_cast<int>(m_triggers.size());
    m_triggers.push_back({trigger, adjective.begin, noun.content_end});
    noun.phrase_object = true;
    if (q + 2 < m_chunks.size() && m_chunks[q + 2].predicate) m_chunks[q + 2].phrase_verb = true;
  }
}

// Whether an を-phrase stands right before the 「…」と that precedes the
// predicate at p (Yの主張を「…」と否定した): the words then describe that
// object, not a proposition of their own.
bool SentenceReader::object_before_quote(std::size_t p) const {
  const int outer = m_chunks[p].quote;
  std::size_t j = p;
  while (j > 0 && m_chunks[j - 1].quote != outer) --j;
  return j > 0 && j < p && m_chunks[j - 1].case_ == Case::acc && !m_chunks[j - 1].predicate &&
         // (an act denied, 攻撃を「…」と否定, is negated instead; not a judgement
         // denied, Yの非難を「…」と否定)
         (m_chunks[j - 1].trigger < 0 || relation_of(m_chunks[j - 1]).name == "criticizes");
}

// Whether chunk p is a request or a warning, whose quoted content (〜と,
// 〜よう) states no act of its own (eval/DECISIONS.md, embedded content).
bool SentenceReader::embeds_content(std::size_t p) const {
  // (…に踏み切るよう|訴えた: words of saying after よう ask for it too.)
  const bool asked = p > 0 && has_particle(m_chunks[p - 1], "よう");
  // 停止するよう|外交ルートを通じて|求めた: phrases may stand before the verb.
  while (p < m_chunks.size() && !m_chunks[p].predicate) ++p;
  if (p >= m_chunks.size() || !m_chunks[p].predicate) return false;
  if (asked && m_chunks[p].trigger < 0 && function_at(p, Function::say)) return true;
  if (m_chunks[p].trigger < 0) return false;
  const auto& name = relation_of(m_chunks[p]).name;
  return name == "requests" || name == "warns";
}

// Whether the verb at p modifies a noun inside what a request asks for
// (兵器を|輸出する|際の|手続きを|簡素化するよう|求めた): the clause runs on,
// through phrases and noun-modifying verbs, into 〜よう and the request.
bool SentenceReader::inside_asked(std::size_t p) const {
  if (m_chunks[p].ending != Ending::attributive) return false;
  for (std::size_t q = p + 1; q < m_chunks.size() && m_chunks[q].quote == m_chunks[p].quote; ++q) {
    const Chunk& c = m_chunks[q];
    // (…を牽制した|うえで、…協力するよう…打診: a comma before what is asked
    // for leaves the verb outside it.)
    if (c.comma && !c.predicate) return false;
    if (!c.predicate) continue;
    if (c.ending == Ending::attributive) continue;
    return c.ending == Ending::quoted && has_particle(c, "よう") && embeds_content(q + 1);
  }
  return false;
}

void SentenceReader::read_trigger(std::size_t t, std::vector<RelationMention>& out) {
  const Chunk& head = m_chunks[t];
  const auto& trigger_mention = m_triggers[head.trigger];
  const RelationType& relation = relation_of(head);
  Frame frame;
  bool refused = false;  // talks not taken up: the refuser rejects the other side
  bool received = false;  // read through a receiving verb (Yの仲介を受け入れる): the target takes the act
  Filler act_owner;      // the の-owner of an act another joins (欧米の対ロ制裁に加わる): it does the act too
  // 「中国は台湾を威嚇するな」: the act an order names is what it asks for
  // (read_imperative), no act of its own.
  if (head.predicate && ends_in_order(t)) return;
  // 大使の|相互派遣, 特使の派遣: an envoy sent, named as the act's の-phrase,
  // deploys nothing.
  if (!head.predicate && relation.name == "deploys" && t > 0 && m_chunks[t - 1].case_ == Case::gen &&
      m_chunks[t - 1].actors.empty() && function_at(t - 1, Function::envoy)) {
    return;
  }
  // 漁業協定の|交渉, 協定の|締結: a pact named as what an act is about is
  // no agreement yet; the act is read.
  if (trigger_mention.trigger->pact && head.case_ == Case::gen && t + 1 < m_chunks.size() &&
      m_chunks[t + 1].trigger >= 0 && m_chunks[t + 1].quote == head.quote) {
    return;
  }
  // 一方への攻撃を両国への攻撃とみなすと|定めた: what a pact lays down is
  // its content, an act not yet done, and no act of the topic's.
  bool stipulated = false;
  {
    std::size_t q = t;
    while (q < m_chunks.size() && !m_chunks[q].predicate) ++q;
    stipulated = q + 1 < m_chunks.size() && m_chunks[q].quote == head.quote && m_chunks[q].ending == Ending::quoted &&
                 m_chunks[q + 1].predicate && m_chunks[q + 1].quote == head.quote && stipulates(q + 1);
  }
  // 赤道ギニアに|引き渡し|要求へ: a verb's stem run into a noun of asking
  // (a headline's compound) is what is asked for, no act of its own.
  // (The noun may be the headline's predicate itself: 引き渡し|要求へ.)
  if (head.predicate && head.ending == Ending::continuative && !head.comma && !head.headline_end &&
      head.end == head.content_end && t + 1 < m_chunks.size() && m_chunks[t + 1].trigger >= 0 &&
      m_chunks[t + 1].content_end > m_chunks[t + 1].begin &&
      m_tokens[m_chunks[t + 1].content_end - 1].pos == "名詞") {
    const auto& next = relation_of(m_chunks[t + 1]).name;
    if (next == "requests" || next == "warns") return;
  }
  if (head.predicate) {
    // EUの対ロ制裁に同調した: a verb that joins an act, with the act as its
    // object, does that act (read with the act's noun); it backs no owner.
    if (function_at(t, Function::designate) && t > 0 && m_chunks[t - 1].case_ == Case::dat &&
        m_chunks[t - 1].trigger >= 0 && m_chunks[t - 1].actors.empty() && m_chunks[t - 1].quote == head.quote) {
      return;
    }
    // 攻撃すると警告した, 停止するよう求めた: what is threatened or asked for is
    // the warning's or the request's content, no act of its own.
    if (head.ending == Ending::quoted && embeds_content(t + 1)) return;
    // (台湾との関係を断って|…と国交を結ぶよう|働きかけた: so is a clause
    // chained with て onto what is asked for.)
    if (head.ending == Ending::continuative && t + 1 < m_chunks.size() && m_tokens[head.end - 1].surface == "て") {
      std::size_t q = t + 1;
      while (q < m_chunks.size() && !m_chunks[q].predicate && m_chunks[q].quote == head.quote) ++q;
      if (q < m_chunks.size() && m_chunks[q].predicate && m_chunks[q].ending == Ending::quoted &&
          has_particle(m_chunks[q], "よう") && embeds_content(q + 1)) {
        return;
      }
    }
    // 派遣していないと否定した: denying a proposition negates it (read_mood);
    // it rejects no one.
    // But Yの主張を「…」と否定した denies Y's words, so it rejects Y.
    if (relation.name == "rejects" && function_at(t, Function::deny) && t > 0 &&
        (((m_chunks[t - 1].ending == Ending::quoted || m_chunks[t - 1].case_ == Case::quote) && !object_before_quote(t)) ||
         m_tokens[m_chunks[t - 1].begin].base == "こと" || said_thing(t - 1) ||
         // (But Yの非難を否定 denies what Y said, a judgement: it rejects Y.)
         (m_chunks[t - 1].case_ == Case::acc && m_chunks[t - 1].trigger >= 0 &&
          relation_of(m_chunks[t - 1]).name != "criticizes") ||
         // (…への攻撃への|関与を否定: one's part in an act denied.)
         (m_chunks[t - 1].case_ == Case::acc && t >= 2 && m_chunks[t - 2].case_ == Case::dat_adn &&
          m_chunks[t - 2].trigger >= 0 && m_chunks[t - 1].actors.empty()))) {
      return;
    }
    // 抗議を申し入れた: a protest lodged is the protest (read with its
    // object), no request of its own.
    if (relation.name == "requests" && t > 0 && m_chunks[t - 1].case_ == Case::acc && m_chunks[t - 1].trigger >= 0 &&
        relation_of(m_chunks[t - 1]).name == "criticizes") {
      return;
    }
    // 利害が一致する: interests that coincide are no agreement.
    if (relation.name == "agrees" && t > 0 && m_chunks[t - 1].case_ == Case::nom && m_chunks[t - 1].actors.empty() &&
        function_at(t - 1, Function::interest)) {
      return;
    }
    // マダガスカルに特使団を派遣: an envoy or delegation sent is no force;
    // 抗議の文書を送った: a message sent is no goods.
    // (The object may stand before the destination: 文書を両国に送った.)
    if (relation.name == "deploys" || relation.name == "supplies") {
      for (std::size_t k = t; k-- > 0 && !m_chunks[k].predicate && m_chunks[k].quote == head.quote;) {
        // (技術者も派遣: も stands in for を.)
        if (m_chunks[k].case_ != Case::acc && !(m_chunks[k].case_ == Case::topic && has_particle(m_chunks[k], "も"))) {
          continue;
        }
        if (function_at(k, Function::envoy)) return;
        // (赤沢経済産業相をワシントンに送った: a person sent is an envoy too.)
        if (!m_chunks[k].actors.empty() &&
            std::all_of(m_chunks[k].actors.begin(), m_chunks[k].actors.end(), [&](const ActorRef& a) {
              return m_k.actors.kind(a.actor) == mentions::ActorKind::person;
            })) {
          return;
        }
        // (西サハラに約35万人を送り込んだ: people counted are no goods;
        // troops are read as a deployment.)
        const Chunk& sent = m_chunks[k];
        if (relation.name == "supplies" && sent.content_end > sent.begin) {
          const Token& last = m_tokens[sent.content_end - 1];
          if (last.pos2 == "助数詞" && (last.surface == "人" || last.surface == "名")) return;
        }
        break;
      }
    }
    if (relation.name == "rejects" && denies_an_act(t)) return;
    // What is deployed may be the passive's subject; に stays the destination.
    const bool flip = head.passive && !relation.theme_passive;
    verbal_arguments(frame, t, flip ? Voice::passive : active_voice(t), relation, t, t);
    // 英国はドイツに対し、共同開発した|兵器を…簡素化するよう求めた: a verb
    // inside what is asked for does not take the asker (a topic) or the one
    // asked (set off before the request's content) as its own; with no
    // subject of its own inside, it states nothing.
    if (inside_asked(t) && frame.source.chunk >= 0 && frame.source.chunk < static_cast<long>(t) &&
        (m_chunks[frame.source.chunk].case_ == Case::topic ||
         std::any_of(m_chunks.begin() + frame.source.chunk + 1, m_chunks.begin() + t, [](const Chunk& c) {
           return !c.predicate && c.comma && (c.case_ == Case::against || c.case_ == Case::dat);
         }))) {
      return;
    }
    // XとYの停戦は昨年合意された: a deal put as a passive's subject, owned by
    // a pair, is the pair's to agree. (The passive's reading names them as
    // its target, with no one as its source: they are a pair, not one side.)
    if (head.passive && head.ending != Ending::attributive && relation.symmetric && frame.source.actors.empty() &&
        frame.pair.empty() && frame.target.actors.size() >= 2 && frame.target.rule &&
        (frame.target.rule->case_ == Case::nom || frame.target.rule->case_ == Case::topic)) {
      frame.pair = frame.target.actors;
      frame.pair_rule = "passive.deal_owners";
      frame.pair_confidence = 0.7;
      frame.target = Filler{};
    }
    if (relation.name == "requests") {
      refused_request_target(frame, t);
      holder_asked(frame, t);
    }
    if (relation.name == "rejects" || relation.name == "criticizes") maker_of_object(frame, t, relation);
    if (relation.name == "supplies" || relation.name == "deploys") done_at_request(frame, t);
    // 中国、日本非難 (a headline's noun predicate): the actor compounded
    // with the act is its target, as in the noun (日本非難の声).
    const bool reaction = m_triggers[head.trigger].trigger->named_target;
    if (!head.compound.empty() && frame.target.actors.empty() && !relation.symmetric && !head.passive && !reaction) {
      const RoleRule* rule = m_k.rules.role_for(Form::noun, Voice::active, Case::compound);
      if (rule && rule->role == Role::target) fill(frame.target, head.compound, rule, 1.0);
    }
    // 米主導の回廊にイラン反発: who reacts, compounded with the reaction.
    if (!head.compound.empty() && reaction) {
      frame.source = {};
      fill(frame.source, head.compound, &kCompoundDoer, 1.0);
    }
    predicate_noun_owner(frame, t, relation);
    predicate_noun_side(frame, t, relation);
    asked_giver(frame, t, relation);
    purpose_of_owned_act(frame, t);
    proposer(frame, t, relation);
    if (function_at(t, Function::mediate)) frame.mediator = true;
    mediated_parties(frame, t);
    read_mood(frame, t);
  } else {
    // この要求, その攻撃: an act named again, already read where it was done.
    if (head.content_end == head.begin + 2 && m_tokens[head.begin].pos == "連体詞" &&
        (m_tokens[head.begin].surface == "この" || m_tokens[head.begin].surface == "その")) {
      return;
    }
    // Compound: ウクライナ侵攻 (target), ロシア・ウクライナ・米国三者協議 (all parties).
    // (Not a city naming a joint act where it was made: ワシントン合意,
    // ミンスク合意 name no party.)
    if (!head.compound.empty() && !(head.metonym_only && relation.symmetric)) {
      if (relation.symmetric && head.compound.size() >= 2) {
        frame.pair = head.compound;
        frame.pair_rule = "noun.compound_pair";
        frame.pair_confidence = 0.85;
      } else if (relation.name == "negotiates" && head.compound.size() == 1 && !function_at(t, Function::mediate) &&
                 m_k.actors.kind(head.compound.front().actor) == mentions::ActorKind::organisation) {
        // SCO首脳会議, NATO外相会合: an organisation's own meeting; who attends
        // it meets the other members there, not the organisation. (EU仲介
        // is the EU's mediation, read as any other compound.)
      } else if (m_triggers[head.trigger].trigger->named_target ||
                 (relation.symmetric && function_at(t, Function::mediate))) {
        // (米仲介で: the one compounded with a mediation mediates; the
        // parties are read by mediated_parties.)
        fill(frame.source, head.compound, &kCompoundDoer, 1.0);
      } else if (std::vector<ActorRef> aimed, doers; split_compound(t, aimed, doers)) {
        // 対イラン国連制裁: the one after 対 is aimed at, the other does it
        // (beside any doer the clause names: Xが対イラン国連制裁を主導).
        static const RoleRule aimed_rule{"noun.compound_aimed", Form::noun, Voice::active, Case::compound, Role::target,
                                         0.75};
        fill(frame.target, aimed, &aimed_rule, 1.0);
        fill(act_owner, doers, &kCompoundDoer, 1.0);
      } else if (t > 0 && m_chunks[t - 1].case_ == Case::dat_adn && !m_chunks[t - 1].actors.empty() &&
                 m_chunks[t - 1].quote == head.quote &&
                 std::all_of(head.compound.begin(), head.compound.end(), [&](const ActorRef& a) {
                   return m_k.actors.kind(a.actor) == mentions::ActorKind::organisation;
                 })) {
        // イランへの|国連制裁, ロシアへの|EU制裁: with the one aimed at named
        // in への, an organisation compounded with the act does it.
        fill(frame.source, head.compound, &kCompoundDoer, 1.0);
      } else {
        const RoleRule* rule = m_k.rules.role_for(Form::noun, active_voice(t), Case::compound);
        if (rule) fill(rule->role == Role::source ? frame.source : frame.target, head.compound, rule, 1.0);
      }
    }
    nominal_arguments(frame, t, relation);
    if (relation.name == "attacks") involved_doer(frame, t);
    // 首相はアメリカとの|協議のため|訪米した: talks that are a clause's
    // purpose are its subject's.
    if (relation.symmetric && head.case_ == Case::none && frame.source.actors.empty() && frame.pair.empty() &&
        !frame.target.actors.empty() && head.end > head.content_end &&
        std::any_of(m_tokens.begin() + head.content_end, m_tokens.begin() + head.end,
                    [](const Token& k) { return k.base == "ため" || k.base == "為"; })) {
      if (const Chunk* subject = subject_before(t, head.quote); subject && usable(*subject, Role::source, relation)) {
        static const RoleRule rule{"noun.purpose_subject", Form::noun, Voice::active, Case::topic, Role::source, 0.65};
        fill(frame.source, subject->actors, &rule, 1.0);
      }
    }
    // ジブチは中国からの|融資で|…を整備した: goods or money from a side,
    // used as the means of the clause's act, went to the clause's subject.
    if (relation.name == "supplies" && head.case_ == Case::loc && has_particle(head, "で") &&
        !has_particle(head, "での") && frame.target.actors.empty() && frame.source.rule &&
        frame.source.rule->case_ == Case::abl_adn) {
      if (const Chunk* subject = subject_before(t, head.quote);
          subject && usable(*subject, Role::target, relation) &&
          !shares_actor(subject->actors, frame.source.actors)) {
        static const RoleRule rule{"noun.means_user", Form::noun, Voice::receive, Case::topic, Role::target, 0.65};
        fill(frame.target, subject->actors, &rule, 1.0);
        // (…の建設に踏み切れば: as sure as the clause it is the means of.)
        std::size_t q = t + 1;
        while (q < m_chunks.size() && !m_chunks[q].predicate) ++q;
        if (q < m_chunks.size() && m_chunks[q].quote == head.quote && m_chunks[q].conditional) frame.hypothetical = true;
      }
    }
    cause_sufferer(frame, t, relation);
    if (relation.name == "supplies") destination_predicate(frame, t);
    as_act_doer(frame, t);
    relative_place(frame, t, relation);
    appositive_role(frame, t);
    role_named_by_predicate(frame, t);
    // 日本は米国との同盟を|基軸に: an act the subject makes the pivot of
    // what it does (軸にする, a verb left out) is its own, with the partner it
    // names. (Not one given as grounds, ロシアへの協力を|理由に: another's.)
    // (aside_object(head) has checked that chunk t + 1 exists.)
    if (relation.symmetric && head.case_ == Case::acc && aside_object(head) && function_at(t + 1, Function::pivot) &&
        frame.source.actors.empty() && !frame.target.actors.empty()) {
      if (const Chunk* subject = subject_before(t, head.quote)) {
        static const RoleRule rule{"noun.aside_subject", Form::noun, Voice::active, Case::topic, Role::source, 0.65};
        if (usable(*subject, Role::source, relation)) fill(frame.source, subject->actors, &rule, 1.0);
      }
    }
    request_as_cause(frame, t, relation);
    // ロシアがウクライナに行った|攻撃, 米国が主導する|対中包囲網: a relative
    // clause of a support verb on the act holds the act's arguments (as does
    // one of a verb that reaches or joins it: XとYが達した|合意); so it
    // does past what the act is about (英国とEUが始めた|協定の|交渉).
    long done_before = -1;  // a relative clause of a past act on the act's noun
    std::size_t v = t;
    // (And past whom the act is aimed at or done with: 米国が科している|
    // 北朝鮮への|制裁; or what it is done to: 中国が続ける|日本産水産物の|輸入停止.)
    const auto act_phrase = [&](const Chunk& c) {
      return (c.case_ == Case::dat_adn || c.case_ == Case::com_adn) && !c.actors.empty() && !c.comma;
    };
    while (v > 1 &&
           ((m_chunks[v - 1].case_ == Case::gen && m_chunks[v - 1].actors.empty() &&
             (m_chunks[v - 1].possessor.empty() || (v == t && !relation.symmetric)) &&
             (m_chunks[v - 1].trigger < 0 || m_triggers[m_chunks[v - 1].trigger].trigger->pact)) ||
            act_phrase(m_chunks[v - 1])) &&
           !m_chunks[v - 1].predicate && m_chunks[v - 1].quote == head.quote && v + 2 > t) {
      --v;
    }
    // (A clause with an object of its own before such a phrase is on that
    // phrase's actor: 開発を続ける|北朝鮮に対する|抑止力, 譲渡を前提と|した|
    // ボリビア側との|協議.)
    const bool past_act_phrase = v < t && act_phrase(m_chunks[v]);
    const bool own_object = v > 1 && m_chunks[v - 2].quote == head.quote &&
                            (m_chunks[v - 2].case_ == Case::acc || m_chunks[v - 2].case_ == Case::com ||
                             m_chunks[v - 2].case_ == Case::dat || m_chunks[v - 2].case_ == Case::against);
    if (v > 0 && m_chunks[v - 1].predicate && m_chunks[v - 1].ending == Ending::attributive &&
        m_chunks[v - 1].trigger < 0 && m_chunks[v - 1].quote == head.quote && !(past_act_phrase && own_object) &&
        (function_at(v - 1, Function::support) || joins_act(v - 1))) {
      verbal_arguments(frame, v - 1, m_chunks[v - 1].passive ? Voice::passive : active_voice(t), relation, t, t + 1);
      // (XとYが達した合意は守られていない: an act the clause says was
      // reached or joined is so, whatever is said of it after. Not one of
      // any support verb: 約束した融資も実現していない was only promised.)
      const Chunk& verb = m_chunks[v - 1];
      if (!verb.negated && !verb.conditional && joins_act(v - 1) &&
          std::any_of(m_tokens.begin() + verb.content_end, m_tokens.begin() + verb.end,
                      [](const Token& k) { return k.pos == "助動詞" && k.base == "た"; })) {
        done_before = v - 1;
      }
    }
    // EUから受けた|支援: so does one of a receiving verb, the giver its から.
    if (t > 0 && m_chunks[t - 1].predicate && m_chunks[t - 1].ending == Ending::attributive &&
        m_chunks[t - 1].trigger < 0 && m_chunks[t - 1].quote == head.quote && !m_chunks[t - 1].passive &&
        function_at(t - 1, Function::receive)) {
      verbal_arguments(frame, t - 1, Voice::receive, relation, t, t + 1);
    }
    const bool mediation = function_at(t, Function::mediate);
    // 北京仲介のイラン・サウジ合意: the mediator named in the compound, the
    // parties in the compound of the act it qualifies.
    if (mediation && head.case_ == Case::gen && !head.compound.empty() &&
        t + 1 < m_chunks.size() && m_chunks[t + 1].trigger >= 0 && m_chunks[t + 1].compound.size() >= 2 &&
        m_chunks[t + 1].quote == head.quote) {
      static const RoleRule mediator{"noun.mediator_compound", Form::noun, Voice::active, Case::compound, Role::source, 0.75};
      static const RoleRule parties{"noun.mediated_compound", Form::noun, Voice::active, Case::compound, Role::target, 0.75};
      frame = Frame{};
      fill(frame.source, head.compound, &mediator, 1.0);
      fill(frame.target, m_chunks[t + 1].compound, &parties, 1.0);
      frame.mediator = true;
    }
    // XとYの仲介: the pair are the parties, the mediator is who plays the part.
    // (The parties are not read as talking with each other: a mediation
    // offered or played says nothing of their own talks, and the sets code
    // no such pair in ten sentences of eleven.)
    // (エジプトやカタールなどの仲介: a list of examples names mediators.)
    const bool listed = t > 0 && (has_particle(m_chunks[t - 1], "など") ||
                                  (t > 1 && m_chunks[t - 2].absorbed && has_particle(m_chunks[t - 2], "や")));
    // (タイとカンボジアは、XとYの仲介で停戦に合意: when a pair is the clause's
    // subject, the pair of the mediation are the mediators.)
    const auto pair_subject = [&] {
      return head.case_ == Case::loc && std::any_of(m_chunks.begin(), m_chunks.begin() + static_cast<std::ptrdiff_t>(t),
                                                    [&](const Chunk& a) {
                                                      return (a.case_ == Case::topic || a.case_ == Case::nom) &&
                                                             a.actors.size() >= 2 && !a.absorbed &&
                                                             a.quote == head.quote;
                                                    });
    };
    if (mediation && frame.source.actors.size() >= 2 && frame.target.actors.empty() && !listed && !pair_subject()) {
      static const RoleRule parties{"noun.mediated_pair", Form::noun, Voice::active, Case::gen, Role::target, 0.8};
      fill(frame.target, frame.source.actors, &parties, 1.0);
      frame.source = Filler{};
    }
    // エジプトとカタールが仲介役を務め: mediators side by side do not talk to each other.
    if (mediation) frame.mediator = true;
    mediated_parties(frame, t);
    // エジプトは、XとYの交渉で仲介役を務める: the talks a mediation is
    // played in name its parties.
    for (std::size_t k = t; mediation && frame.target.actors.empty() && frame.pair.empty() && k-- > 1;) {
      const Chunk& talks = m_chunks[k];
      if (talks.predicate || talks.quote != head.quote) break;
      const Chunk& owner = m_chunks[k - 1];
      if (talks.case_ == Case::loc && talks.trigger >= 0 && relation_of(talks).name == relation.name &&
          owner.case_ == Case::gen && owner.actors.size() >= 2 && !owner.metonym_only && owner.quote == head.quote) {
        static const RoleRule rule{"noun.mediated_talks", Form::noun, Voice::active, Case::loc, Role::target, 0.7};
        fill(frame.target, owner.actors, &rule, 1.0);
      }
    }

    // トランプ大統領との会談で、…; …との首脳会談に前向き: whoever the clause
    // is about takes part.
    const std::size_t h = act_head(t);
    const Chunk& outer_head = m_chunks[h];
    // エリトリアへの軍事支援を通じてエチオピアを牽制: an act that is the means
    // of the clause is its subject's act too.
    // 対ロ制裁で資産を凍結した: so is an act aimed at someone that is the
    // clause's instrument (a bare で).
    // The act must name whom it is aimed at (対ロ, ロシアへの): a bare
    // compound (米制裁で) may name its doer.
    const auto aimed_by_name = [&]() {
      if (!frame.target.rule || frame.target.rule->case_ != Case::compound) return true;
      for (auto i = head.begin; i < head.content_end; ++i) {
        if (std::string_view(m_tokens[i].surface).starts_with("対")) return true;
      }
      return false;
    };
    const bool instrument = outer_head.case_ == Case::loc && outer_head.content_end < outer_head.end &&
                            m_tokens[outer_head.content_end].surface == "で" &&
                            outer_head.end <= outer_head.content_end + 2 && aimed_by_name();
    const bool means = has_particle(outer_head, "通じ") || has_particle(outer_head, "通し") || instrument;
    if ((((outer_head.case_ == Case::loc || outer_head.case_ == Case::dat) && relation.symmetric) || means) &&
        frame.source.actors.empty() && !frame.target.actors.empty()) {
      for (std::size_t p = h + 1; p < m_chunks.size(); ++p) {
        if (!m_chunks[p].predicate) continue;
        // 対ロ制裁でドイツが打撃を受けた: whoever an instrument hits does not wield it;
        // 対ロ制裁で部品の調達が難しくなり: a clause with a subject of its own
        // that names no one says what the instrument did, not who used it.
        bool own_subject = false;
        for (std::size_t k = h + 1; k < p; ++k) {
          own_subject = own_subject || (m_chunks[k].case_ == Case::nom && m_chunks[k].actors.empty() &&
                                        m_chunks[k].quote == head.quote);
        }
        const bool affected = m_chunks[p].passive || function_at(p, Function::receive) || own_subject;
        if (m_chunks[p].quote == head.quote && !(instrument && affected)) {
          Frame clause;
          verbal_arguments(clause, p, Voice::active, relation, t, h + 1);
          if (clause.source.rule && (clause.source.rule->case_ == Case::topic || clause.source.rule->case_ == Case::nom)) {
            frame.source = clause.source;
          }
          // 連携には慎重な姿勢を崩していない: held back, not done. (What is
          // done with an instrument, 制裁で資産を凍結, is no act held back.)
          for (std::size_t k = h + 1; k <= p && !instrument; ++k) {
            // …で、攻撃停止を求めた: a stop named as the object (or inside
            // another act) is what the clause asks for, not this act's.
            if (k != p && (m_chunks[k].trigger >= 0 || m_chunks[k].case_ == Case::acc)) continue;
            if (function_at(k, Function::stop)) frame.negated = true;
          }
        }
        break;
      }
    }
    // 協議の上, 会談の後: a nominal clause that reads like a verb's; so does
    // a joint act that ends on the clause word (Yとの会談後の記者会見で,
    // 会談後、), but not a one-sided act named as a time (ウクライナ侵攻後は、
    // Xは…), whose doer the topic is not.
    const bool clause_word_after = head.case_ == Case::gen && t + 1 < m_chunks.size() && function_at(t + 1, Function::clause);
    const bool clause_word_in = relation.symmetric && head.content_end > head.begin + 1 &&
                                m_k.rules.has_function(m_tokens[head.content_end - 1], Function::clause) &&
                                trigger_mention.end < head.content_end;
    if (clause_word_after || clause_word_in) {
      const Filler sender = frame.source;
      verbal_arguments(frame, t, active_voice(t), relation, t, t);
      // 欧州部隊の派遣の可能性に言及: whose troops they are sends them,
      // whoever speaks of it.
      if (relation.theme_passive && !sender.actors.empty() && sender.chunk >= 0 &&
          function_at(static_cast<std::size_t>(sender.chunk), Function::troops)) {
        frame.source = sender;
      }
    }
    // ガボンと赤道ギニアは、国連の仲介で…合意した: a mediation named as how
    // the clause's act came about is with the clause's subjects.
    if (outer_head.case_ == Case::loc && relation.symmetric && h == t && has_particle(outer_head, "で") &&
        !has_particle(outer_head, "での") && function_at(t, Function::mediate) && !frame.source.actors.empty() &&
        frame.target.actors.empty() && frame.pair.empty()) {
      if (const Chunk* parties = subject_before(t, head.quote)) {
        static const RoleRule rule{"verb.mediated_subjects", Form::verb, Voice::active, Case::topic, Role::target, 0.65};
        // (イランは米国との協議をオマーンの仲介で再開した: and the partner the
        // clause's talks name.)
        std::vector<ActorRef> sides = parties->actors;
        for (auto k = static_cast<std::size_t>(parties - m_chunks.data()) + 1; k < t; ++k) {
          const Chunk& c = m_chunks[k];
          if ((c.case_ == Case::com_adn || c.case_ == Case::com) && !c.actors.empty() && !c.absorbed &&
              c.quote == head.quote) {
            sides.insert(sides.end(), c.actors.begin(), c.actors.end());
          }
        }
        if (usable(*parties, Role::target, relation)) fill(frame.target, sides, &rule, 1.0);
      }
    }
    // カナダは…輸出国で、中国向けの輸出額は…に上る: goods sent, set up as
    // what the clause is about with only where they go named, are sent by
    // the sentence's subject. (Not with も, which stands in for を: 電力供給
    // も止めて.)
    if (relation.name == "supplies" && !head.predicate && h == t &&
        (outer_head.case_ == Case::topic || outer_head.case_ == Case::nom) && frame.source.actors.empty() &&
        !frame.target.actors.empty() && frame.target.rule && frame.target.rule->case_ == Case::dat_adn &&
        !m_triggers[head.trigger].trigger->inverse && !has_particle(outer_head, "も")) {
      if (const Chunk* subject = subject_before(t, head.quote)) {
        static const RoleRule rule{"noun.sender_topic", Form::noun, Voice::active, Case::topic, Role::source, 0.6};
        // (Not when the subject is where it goes: XとYは…、両国への供給は止まった.)
        if (usable(*subject, Role::source, relation) && !shares_actor(subject->actors, frame.target.actors)) {
          fill(frame.source, subject->actors, &rule, 1.0);
        }
      }
    }
    // EUも米国との交渉で…を受け入れ: talks with a partner named as where the
    // clause's act was done are the clause subject's talks.
    if (outer_head.case_ == Case::loc && relation.symmetric && has_particle(outer_head, "で") &&
        !has_particle(outer_head, "での") && frame.source.actors.empty() && !frame.target.actors.empty() &&
        frame.pair.empty() && !function_at(t, Function::mediate)) {
      if (const Chunk* subject = subject_before(t, head.quote)) {
        static const RoleRule rule{"verb.topic_of_talks_in", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
        if (usable(*subject, Role::source, relation)) fill(frame.source, subject->actors, &rule, 1.0);
      }
    }
    const long p = governing_predicate(h);
    // 中国との価格交渉が難航している|ロシアは: a joint act in a clause on an
    // actor is that actor's, with the partner the act names.
    if (p >= 0 && relation.symmetric && frame.source.actors.empty() && !frame.target.actors.empty() &&
        frame.pair.empty() && outer_head.case_ == Case::nom) {
      const auto pi = static_cast<std::size_t>(p);
      if (m_chunks[pi].ending == Ending::attributive && pi + 1 < m_chunks.size() &&
          !m_chunks[pi + 1].actors.empty() && !m_chunks[pi + 1].metonym_only && m_chunks[pi + 1].quote == head.quote) {
        static const RoleRule rule{"noun.clause_on_actor", Form::noun, Voice::active, Case::nom, Role::source, 0.7};
        fill(frame.source, m_chunks[pi + 1].actors, &rule, 1.0);
      }
    }
    if (p >= 0) {
      const auto pi = static_cast<std::size_t>(p);
      const Chunk& pred = m_chunks[pi];
      bool stop_negated = false;  // the predicate stops the act, and is itself negated
      bool joined = false;        // the predicate, a trigger of its own, joins the act (制裁に加わる)
      // 攻撃を停止するよう求めた: the act belongs to what is asked for.
      // (Yに、EUの対ロ制裁に加わるよう求めた: an act whose doer the phrase
      // names is a fact beside what is asked.)
      if (pred.ending == Ending::quoted && embeds_content(pi + 1)) {
        const bool own_doer = frame.source.rule && !frame.target.actors.empty() &&
                              (frame.source.rule->case_ == Case::gen || frame.source.rule->case_ == Case::agent_adn);
        if (own_doer) {
          Frame fact = frame;
          fact.negated = fact.hypothetical = false;
          emit(fact, trigger_mention, relation, out);
        }
        return;
      }
      // ロシアによる…併合も承認していない: an act with its own doer (による)
      // is only judged by the verb, whose subject and mood are not the act's.
      // (Not a request answered: ロシアによる打診に応じていない refuses it;
      // nor a protest: Yの抗議を受け入れない.)
      // (Yの要求は|受け入れない: so is one set up with は as what is refused.)
      const bool answered = (relation.name == "requests" || relation.name == "criticizes") &&
                            (outer_head.case_ == Case::dat || outer_head.case_ == Case::acc ||
                             (outer_head.case_ == Case::topic && has_particle(outer_head, "は"))) &&
                            function_at(pi, Function::accept);
      const bool own_doer = frame.source.rule && frame.source.rule->case_ == Case::agent_adn &&
                            !function_at(pi, Function::stop) && !function_at(pi, Function::receive) && !answered;
      // ロシアは米国の提案を受け入れた: the owner of a joint act that another
      // takes up is its other side.
      // (融資をする: the plain する supports only the act right before it;
      // 輸出を許可制にする, 協定を無効とする make the object into something.)
      const bool supported = function_at(pi, Function::support) &&
                             (m_tokens[pred.begin].base != "する" || h + 1 == pi);
      const bool taken_up = pred.phrase_verb || supported;
      if (taken_up && relation.symmetric && frame.target.actors.empty() && frame.source.actors.size() == 1 &&
          frame.source.rule && frame.source.rule->case_ == Case::gen) {
        frame.target = std::move(frame.source);
        frame.source = Filler{};
      }
      if (pred.phrase_verb && head.phrase_object) {
        // 米軍を受け入れる (an inverse phrase): the subject receives.
        // タジキスタンは、国内に|ロシア軍の|基地が|ある: the noun's owner does
        // the act; the clause's topic is only where.
        const Filler owner = frame.source;
        verbal_arguments(frame, pi, support_voice(pred, outer_head, t), relation, t, h + 1);
        if (head.phrase_subject && !owner.actors.empty()) frame.source = owner;
      } else if (pred.trigger >= 0 && function_at(pi, Function::deny) && outer_head.case_ == Case::acc) {
        // ウクライナへの攻撃を否定した: the denier denies having done it.
        frame.negated = true;
        verbal_arguments(frame, pi, support_voice(pred, outer_head, t), relation, t, h + 1);
      } else if (pred.trigger >= 0 && outer_head.case_ == Case::dat && function_at(pi, Function::designate) &&
                 !own_doer) {
        // 対ロ制裁に加わる: joining an act is doing it (加わる joins an actor too).
        const Filler owner = frame.source;
        verbal_arguments(frame, pi, support_voice(pred, outer_head, t), relation, t, h + 1);
        joined = true;
        if (owner.rule && owner.rule->case_ == Case::gen && frame.source.rule != owner.rule &&
            !frame.target.actors.empty()) {
          act_owner = owner;
        }
      } else if (pred.trigger >= 0) {
        // What is requested or threatened is no relation of its own; what is
        // advocated (支持) is, as a possibility.
        const auto& outer = relation_of(pred);
        if (outer.name == "requests" && relation.name == "criticizes" && h == t && pi == t + 1 &&
            head.case_ == Case::acc) {
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);  // 抗議を申し入れた
        } else if (outer.name == "requests" || outer.name == "warns") {
          return;
        }
        // トルコとの交渉に反対: talks opposed, with no side named but the
        // other, are not held by the one opposing them.
        const bool own_side = frame.source.rule && !frame.source.actors.empty() &&
                              (frame.source.rule->case_ == Case::gen || frame.source.rule->case_ == Case::agent_adn);
        if (outer.name == "rejects" && relation.symmetric && !own_side && frame.pair.empty()) return;
        // 抗議の書簡を中国に送った: the sender protests to the addressee
        // (祝電を送った: as does a message that is the act itself).
        if (function_at(h, Function::envoy)) {
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);
        }
        // 防衛協力協定を締結: a pact of cooperation concluded states the
        // cooperation too, between the pact's parties; talks concluded
        // (交渉を妥結させた) were held, between the same sides.
        if (outer.name == "agrees" && relation.symmetric && h == t &&
            (named_after_act(t) || relation.name == "negotiates")) {
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);
        }
        if (outer.name == "supports") {
          // トルコへの売却を支持: a gift with no giver named is backed for
          // the one it goes to (raise: backed_gift), not given by the backer.
          if (relation.name == "supplies" && frame.source.actors.empty()) return;
          // カラガノフは…への核攻撃を支持: the advocate stands for the unnamed agent.
          frame.hypothetical = true;
          if (frame.source.actors.empty()) {
            Frame outer_frame;
            verbal_arguments(outer_frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);
            frame.source = outer_frame.source;
          }
        }
      } else if (outer_head.case_ == Case::abl) {
        // Yの攻撃から守る reads both acts; 侵攻から3年 keeps the act's own arguments.
        if (function_at(pi, Function::protect)) protect(frame, t, pi, relation, trigger_mention, out);
      } else if (function_at(pi, Function::stop)) {
        frame.negated = true;
        stop_negated = pred.negated;
        const Filler owner = frame.source;
        verbal_arguments(frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);
        owner_is_for(frame, owner, relation);  // (グリーンランドの併合を諦めていない)
        // …を求めたが、|攻撃は|止まっていない: an act set up with は as the
        // topic of a stop that ends the sentence has no doer in the topic of
        // a clause before it that ended in が (but 空爆も|やめていない goes
        // on with the subject, and …が、訴訟は取り下げないと述べた is still
        // what the speaker says).
        const auto but_clause = [&](const Chunk& c) {
          return c.predicate && std::any_of(m_tokens.begin() + c.content_end, m_tokens.begin() + c.end, contrastive);
        };
        // (XとYは…、両国への供給は止まった: nor, as with goods sent, one
        // that is where the act goes.)
        if (outer_head.case_ == Case::topic && has_particle(outer_head, "は") && owner.actors.empty() &&
            frame.source.chunk >= 0 && frame.source.chunk < static_cast<long>(t) &&
            m_chunks[static_cast<std::size_t>(frame.source.chunk)].case_ == Case::topic &&
            ((pred.ending == Ending::final &&
              std::any_of(m_chunks.begin() + frame.source.chunk, m_chunks.begin() + static_cast<long>(t), but_clause)) ||
             shares_actor(frame.source.actors, frame.target.actors))) {
          frame.source = Filler{};
        }
      } else if (function_at(pi, Function::receive) || answered) {
        // Yの要請に応じてXが…: the one who answers a request is the one asked.
        verbal_arguments(frame, pi, Voice::receive, relation, t, h + 1);
        received = true;
      } else if ((supported ||
                  // (ある only for what one is in: 同盟関係にある; 批判もある
                  // says that there is criticism, by no one named.)
                  (function_at(pi, Function::designate) &&
                   (outer_head.case_ == Case::dat || m_tokens[pred.content_end - 1].base != "ある")) ||
                  function_at(pi, Function::name_as) || ((outer_head.case_ == Case::com || outer_head.case_ == Case::dat) && made_into(h))) &&
                 !own_doer) {
        const Filler owner = frame.source;
        verbal_arguments(frame, pi, support_voice(pred, outer_head, t), relation, t, h + 1);
        if (!owner_is_for(frame, owner, relation) && !relation.symmetric && owner.rule &&
            owner.rule->case_ == Case::gen && owner.rule->id != "noun.joint_owner" && !frame.target.actors.empty() &&
            frame.source.rule != owner.rule && !frame.source.actors.empty() &&
            frame.source.actors[0].actor != owner.actors[0].actor) {
          // スイスはEUの対ロ制裁を採用した: an act of another taken on, whose
          // other side is named, is its owner's act too (as one joined is).
          act_owner = owner;
        }
      }
      // An act judged by another (侵攻を非難する考え) keeps its own mood.
      // (But 融資契約に署名しておらず: a contract signed, an act of the same
      // relation done to it, takes its mood.)
      const bool same_act = pred.trigger >= 0 && relation_of(pred).name == relation.name;
      read_mood(frame, done_before >= 0 ? static_cast<std::size_t>(done_before)
                       : (pred.trigger >= 0 && !joined && !same_act) || own_doer ? t
                                                                                  : pi);
      // 制裁を解除しない, 攻撃も辞さない: a stop that is denied leaves the act
      // standing.
      if (stop_negated) frame.negated = false;
      refused = relation.name == "negotiates" && frame.negated && pred.trigger < 0 && function_at(pi, Function::accept);
      // Yの要請に応じた, 要求に応じ、…: a request granted is agreed to by the
      // one asked (not one answered by an act of its own, 求めに応じて支援した,
      // which the act states).
      // (Nor 求めに応じ、停戦に同意した: the clause after says what was done.)
      const auto act_after = [&] {
        for (std::size_t q = pi + 1; q < m_chunks.size(); ++q) {
          if (m_chunks[q].trigger >= 0 && m_chunks[q].quote == pred.quote) return true;
          if (m_chunks[q].predicate) return false;
        }
        return false;
      };
      const bool granted = answered && !frame.negated && !frame.hypothetical && relation.name == "requests" &&
                           pred.trigger < 0 && (pred.ending != Ending::continuative || (pred.comma && !act_after())) &&
                           m_tokens[pred.end - 1].surface != "て";
      // Yの要請に応じなかった: the request was made all the same, and the
      // one asked rejects the one who asked (as one protested to rejects
      // the protest: Yの抗議を受け入れない).
      // (Yの要求を受け入れなかった, 認めなかった: the same with the request as object.)
      if (answered && frame.negated && pred.trigger < 0) {
        frame.negated = false;
        if (const int rejects = m_k.lexicon.find_relation("rejects"); rejects >= 0) {
          Frame refusal = frame;
          std::swap(refusal.source, refusal.target);
          emit(refusal, trigger_mention, m_k.lexicon.relations()[rejects], out, static_cast<std::uint16_t>(rejects));
        }
      }
      if (granted && !frame.source.actors.empty() && !frame.target.actors.empty()) {
        if (const int agrees = m_k.lexicon.find_relation("agrees"); agrees >= 0) {
          static const RoleRule answerer{"verb.request_granted", Form::verb, Voice::receive, Case::none, Role::source, 0.6};
          Frame grant;
          fill(grant.source, frame.target.actors, &answerer, 1.0);
          grant.target = frame.source;
          emit(grant, trigger_mention, m_k.lexicon.relations()[agrees], out, static_cast<std::uint16_t>(agrees));
        }
      }
      // 攻撃を検討, 派遣を示唆: a support verb that only weighs the act.
      // (But 報復を示唆, 攻撃を示唆 as a phrase of warning: the hint is the
      // warning, made.)
      const bool hinted_warning = head.phrase_object && relation.name == "warns";
      if (pred.trigger < 0 && !own_doer && !hinted_warning && function_at(pi, Function::hypothetical)) {
        frame.hypothetical = true;
      }
    } else if (const long a = relation.symmetric ? agreed_on(t) : -1; a >= 0) {
      const auto ai = static_cast<std::size_t>(a);
      verbal_arguments(frame, ai, Voice::active, relation, t, ai);
      read_mood(frame, ai);
    } else {
      read_mood(frame, t);
    }
  }
  // 英国、イタリアとの共同開発: partners of a joint act share it with each other;
  // so do those met together (Xは中国の李強首相、韓国の李在明大統領と会談した),
  // unless each was met on their own (それぞれ, 相次いで, 個別に).
  // Only a meeting, an event: talks and diplomacy (交渉を進める, 対話を重ねる)
  // go on with each partner apart.
  // (A summit, 首脳会議を開く, is one event too; so is any talk counted as
  // one of so many states: …との3カ国の次官級協議.)
  const auto& word = trigger_mention.trigger->lemma;
  const bool counted = t > 0 && m_chunks[t - 1].case_ == Case::gen && m_chunks[t - 1].actors.empty() &&
                       function_at(t - 1, Function::joint);
  const bool meeting = word.find("会談") != std::string::npos || word.find("会合") != std::string::npos ||
                       word.find("会議") != std::string::npos || counted;
  const bool met_together = meeting && frame.target.rule &&
                            (frame.target.rule->case_ == Case::com || frame.target.rule->case_ == Case::com_adn ||
                             counted) &&
                            !separately();
  // (XやYとの共同訓練: partners given as examples with や, not as a closed
  // list, may each train apart with the subject.)
  const bool apart = !frame.source.actors.empty() && !met_together && frame.target.chunk >= 0 &&
                     listed_as_examples(static_cast<std::size_t>(frame.target.chunk));
  if (relation.symmetric && frame.pair.empty() && frame.target.actors.size() >= 2 &&
      (function_at(t, Function::joint) || frame.joint_sides || met_together) && !apart) {
    frame.pair = frame.target.actors;
    frame.pair_rule = met_together ? "verb.met_together" : "noun.joint_partners";
    frame.pair_confidence = frame.target.confidence * 0.9;
  }
  // トランプ氏はハリス氏と大統領選を戦う: a person fought is a rival at the
  // polls, not an enemy in arms (Yとともに戦う still joins Y, below).
  if (trigger_mention.trigger->lemma == "戦う" &&
      std::any_of(frame.target.actors.begin(), frame.target.actors.end(), [](const ActorRef& a) { return a.person; })) {
    frame.target = Filler{};
  }
  // ロシアの侵略と戦うウクライナ: what is fought is the other's attack, so
  // its owner attacks the one fighting it, not the other way round.
  if (trigger_mention.trigger->lemma == "戦う" && t > 0 && frame.target.raised) {
    const Chunk& fought = m_chunks[t - 1];
    if (fought.case_ == Case::com && fought.actors.empty() && fought.trigger >= 0 &&
        relation_of(fought).name == relation.name) {
      std::swap(frame.source, frame.target);
    }
  }
  // (「…ロシアの戦争を支える|資金…」: a clause whose subject is the noun it
  // describes is no act of whoever speaks.)
  if (frame.source.actors.empty() && !(head.predicate && relative_agent(t))) {
    if (head.quote != 0) {
      speaker(frame, t);
      asked_about(frame, t, relation);
    } else {
      complement_speaker(frame, t);
    }
  }
  passive_speaker(frame, t);
  if (!head.predicate) attack_set_in(frame, t, relation);
  headline_meeting_parties(frame, t, relation);
  drop_own_side(frame, relation);
  parallel_target(frame, relation);
  carried_target(frame, t, relation);
  contrasted_stand(frame, t, relation);
  funds_for(frame, t, relation);
  seller_of_purchase(frame, t, relation);
  object_destination(frame, t, relation);
  territory_owner(frame, t, relation);
  judged_clause(frame, relation);
  headline_judged(frame, t, relation);
  reason_clause(frame, t, relation);
  accused_doer(frame, t);
  if (head.predicate) pronoun_act(frame, t, relation);
  readout_partner(frame, t);
  conditional_partner(frame, t, relation);
  if (!head.predicate && relation.name == "negotiates") attended(t, frame, trigger_mention, relation, out);
  if (!refused && relation.name == "negotiates" && frame.negated && !frame.hypothetical && head.predicate &&
      !frame.source.actors.empty() && !frame.target.actors.empty()) {
    refused = denied_ahead(t);
  }
  // (Relations are looked up by name only where they may apply: a look-up
  // hashes the name, and this runs for every trigger.)
  if (const int rejects = refused ? m_k.lexicon.find_relation("rejects") : -1;
      rejects >= 0 && frame.pair.empty()) {
    frame.negated = false;
    // (Yの仲介を受け入れない: the one who would have received it refuses.)
    if (received) std::swap(frame.source, frame.target);
    emit(frame, trigger_mention, m_k.lexicon.relations()[rejects], out, static_cast<std::uint16_t>(rejects));
    return;
  }
  // Yが…を支援していると反論した, 「Yの船が領海に侵入した」と反論: a
  // rebuttal whose words say what another did accuses them.
  // (Not words that judge: 「グリーンランドは売り物ではない」と反論.)
  const auto words_of_deed = [&] {
    std::size_t k = t;
    while (k > 0 && m_chunks[k - 1].case_ == Case::none && !m_chunks[k - 1].predicate &&
           m_chunks[k - 1].actors.empty()) {
      --k;  // adverbs between (強く反論)
    }
    if (k == 0) return false;
    const Chunk& words = m_chunks[k - 1];
    if (!words.predicate || words.ending != Ending::quoted || words.content_end == words.begin) return false;
    const Token& last = m_tokens[words.content_end - 1];
    return last.pos == "動詞" || (last.pos == "名詞" && last.pos1 == "サ変接続");
  };
  const bool accused = trigger_mention.trigger->addressed_only && frame.target.rule && head.predicate &&
                       ((frame.target.rule->id == "verb.complement" && !frame.target.raised) ||
                        frame.target.rule->id == "verb.quoted_subject" ||
                        frame.target.rule->id == "verb.quoted_subject_owner") &&
                       words_of_deed();
  if (const int criticizes = accused ? m_k.lexicon.find_relation("criticizes") : -1; criticizes >= 0) {
    emit(frame, trigger_mention, m_k.lexicon.relations()[criticizes], out, static_cast<std::uint16_t>(criticizes));
    return;
  }
  if ((frame.target.actors.empty() || frame.source.actors.empty()) && frame.pair.empty()) role_predicate(frame, t);
  if (frame.source.actors.empty() || (frame.target.actors.empty() && frame.pair.empty())) {
    headline_subject(frame, t, relation);
  }
  if (stipulated) {
    // (A topic past a clause before the content is the pact-maker's: …と協定
    // を結び、…とみなすと定めた.)
    const long s = frame.source.chunk;
    if (s >= 0 && s < static_cast<long>(t) && frame.source.rule && frame.source.rule->case_ == Case::topic &&
        std::any_of(m_chunks.begin() + s + 1, m_chunks.begin() + t, [](const Chunk& c) { return c.predicate; })) {
      return;
    }
    frame.hypothetical = true;
  }
  // 部隊を送る, 兵士を供与する: what is sent is troops, so it is a deployment.
  // 兵士や砲弾を送る: a verb of moving things (送る, not a noun of giving
  // such as 供与 or 提供, which the press keeps for supplies: 武器や軍事顧問を
  // 提供) deploys the troops and supplies the goods of a mixed list.
  const int deploys = relation.name == "supplies" ? m_k.lexicon.find_relation("deploys") : -1;
  if (const Sent sent = deploys >= 0 ? sent_items(t) : Sent::goods;
      sent == Sent::troops || (sent == Sent::both && m_tokens[trigger_mention.begin].pos == "動詞")) {
    emit(frame, trigger_mention, m_k.lexicon.relations()[deploys], out, static_cast<std::uint16_t>(deploys));
    if (sent == Sent::troops) return;
  }
  // 3カ国はサヘル諸国同盟を結成した: those who found an organisation
  // together cooperate with each other, not with what they found (five of
  // the six sets' sentences of a founding code no such tie); so do those
  // named with と (Xはマリ、ブルキナファソと|…同盟を|結成した). One member
  // alone (エジプトはBRICSを構成) is tied to the body, and membership
  // sought (EU加盟を目指す) to the body it aims at.
  const bool founded = head.phrase_object && relation.symmetric && !head.compound.empty() &&
                       frame.target.actors.size() == head.compound.size() &&
                       std::all_of(head.compound.begin(), head.compound.end(), [&](const ActorRef& a) {
                         return m_k.actors.kind(a.actor) == mentions::ActorKind::organisation;
                       });
  Frame founders = frame;
  founders.target = Filler{};
  if (founded && t > 0 && m_chunks[t - 1].case_ == Case::com && !m_chunks[t - 1].actors.empty() &&
      !m_chunks[t - 1].absorbed && !m_chunks[t - 1].metonym_only && m_chunks[t - 1].quote == head.quote &&
      !frame.source.actors.empty()) {
    const Chunk& with = m_chunks[t - 1];
    static const RoleRule beside{"verb.com_founder", Form::verb, Voice::active, Case::com, Role::target, 0.75};
    // (中国、ロシアなどと|BRICSを構成: examples closed with など are
    // members beside the subject, not named as acting with each other.)
    if (has_particle(with, "など")) {
      Frame members = frame;
      members.target = Filler{};
      fill(members.target, with.actors, &beside, frame.source.confidence);
      emit(members, trigger_mention, relation, out);
      Frame examples = frame;
      examples.source = Filler{};
      fill(examples.source, with.actors, &beside, frame.source.confidence);
      emit(examples, trigger_mention, relation, out);
    } else {
      founders.source.actors.insert(founders.source.actors.end(), with.actors.begin(), with.actors.end());
    }
  }
  // (Those named with とともに count among them; joint_doers pairs them.)
  const bool together = founded && founders.source.actors.size() + frame.with.size() >= 2;
  if (founded && founders.source.actors.size() >= 2) emit(founders, trigger_mention, relation, out);
  if (!together || frame.hypothetical) emit(frame, trigger_mention, relation, out);
  if (relation.name == "attacks") {
    if (const auto host = host_state(frame, t); !host.empty()) {
      static const RoleRule rule{"noun.host_state", Form::noun, Voice::active, Case::loc, Role::target, 0.6};
      Frame hosted = frame;
      hosted.target = Filler{};
      fill(hosted.target, host, &rule, frame.target.confidence);
      emit(hosted, trigger_mention, relation, out);
    }
  }
  if (!act_owner.actors.empty()) {
    Frame owners = frame;
    owners.source = act_owner;
    owners.negated = owners.hypothetical = false;
    read_mood(owners, t);
    emit(owners, trigger_mention, relation, out);
  }
  if (head.pact_of >= 0) {
    const auto& act = m_triggers[head.pact_of];
    emit(frame, act, m_k.lexicon.relations()[act.trigger->relation], out, act.trigger->relation);
  }
  joint_doers(frame, trigger_mention, out);
  if (relation.name == "negotiates") talks_through(frame, t, trigger_mention, out);
}

}  // namespace kankei::rules::detail
