// Special constructions: allies, threats, proposals, mediation, aims,
// speakers, meetings attended and protection from an attack.
#include "rules/sentence_reader.hpp"

#include <algorithm>
#include <set>

namespace kankei::rules::detail {

// 同盟国ベラルーシ, 米国の同盟国日本: an ally named in apposition cooperates
// with the owner of the word, or else with the sentence's topic
// (ロシアは…同盟国ベラルーシの領土に…).
void SentenceReader::read_ally(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  if (c.actors.empty() || c.predicate) return;
  const auto first = std::find_if(m_mentions.actors.begin(), m_mentions.actors.end(),
                                  [&](const mentions::ActorMention& a) { return a.begin >= c.begin; });
  if (first == m_mentions.actors.end() || first->begin >= c.content_end) return;
  // The ally word: before the name in its phrase (同盟国ベラルーシ), or a
  // phrase of its own with a copula (米国の同盟国である|サウジアラビア).
  std::uint32_t word_begin = c.begin;
  std::uint32_t word_end = first->begin;
  std::size_t phrase = j;  // the phrase holding the ally word
  if (word_begin == word_end) {
    if (j == 0) return;
    const Chunk& word = m_chunks[j - 1];
    if (!word.copula || word.predicate || !word.actors.empty() || word.case_ != Case::none || word.quote != c.quote) {
      return;
    }
    word_begin = word.begin;
    word_end = word.content_end;
    phrase = j - 1;
  }
  thread_local std::string prefix;  // per thread, so that its buffer is allocated once
  prefix.clear();
  for (auto i = word_begin; i < word_end; ++i) prefix += m_tokens[i].surface;
  if (!m_k.rules.has_function(prefix, Function::ally)) return;
  const auto trigger = std::find_if(m_mentions.triggers.begin(), m_mentions.triggers.end(),
                                    [&](const mentions::TriggerMention& t) {
                                      return t.begin >= word_begin && t.end <= word_end;
                                    });
  if (trigger == m_mentions.triggers.end()) return;
  const RelationType& relation = m_k.lexicon.relations()[trigger->trigger->relation];
  Frame frame;
  static const RoleRule owner{"ally.owner", Form::noun, Voice::active, Case::gen, Role::source, 0.85};
  static const RoleRule topic{"ally.topic", Form::noun, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule ally{"ally.named", Form::noun, Voice::active, Case::none, Role::target, 0.85};
  if (phrase > 0 && m_chunks[phrase - 1].case_ == Case::gen && !m_chunks[phrase - 1].actors.empty()) {
    fill(frame.source, m_chunks[phrase - 1].actors, &owner, 1.0);
  } else {
    // (ロシアが|同盟国ベラルーシに: or the subject of the clause; not in
    // quoted words, whose ally is the speaker's: 「NATOが同盟国ベラルーシに
    // 手を出せば」.)
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& t = m_chunks[k];
      if (t.quote != c.quote || t.predicate || t.actors.empty() || t.absorbed || t.metonym_only) continue;
      if (t.case_ == Case::topic || (t.case_ == Case::nom && c.quote == 0)) {
        fill(frame.source, t.actors, &topic, 1.0);
        break;
      }
    }
  }
  if (frame.source.actors.empty()) return;
  fill(frame.target, c.actors, &ally, 1.0);
  emit(frame, *trigger, relation, out);
}

// トルコはNATOの加盟国であり, 日本は米国の同盟国だ, XはYの一員で、: a member
// or ally named as the predicate cooperates with the owner of the word.
void SentenceReader::read_member_predicate(std::size_t j, std::vector<RelationMention>& out) {
  if (j < 2) return;
  const Chunk& c = m_chunks[j];
  const Chunk& owner = m_chunks[j - 1];
  // だ, であり, である; でもある as で|ある; becoming one, に|なる or と|なる.
  const auto verb_after = [&](std::string_view verb) {
    return j + 1 < m_chunks.size() && m_chunks[j + 1].predicate && m_chunks[j + 1].quote == c.quote &&
           m_chunks[j + 1].content_end == m_chunks[j + 1].begin + 1 && m_tokens[m_chunks[j + 1].begin].base == verb;
  };
  // (XはYの加盟国で、…: the copula's continuative form, で and a comma.)
  const bool continuative = c.comma && c.end == c.content_end + 2 && m_tokens[c.content_end].surface == "で";
  // (XはYの一員として…: in the capacity of a member, which it is.)
  const bool as_member = c.end > c.content_end && m_tokens[c.content_end].surface == "として";
  const bool copula = c.copula || (has_particle(c, "で") && verb_after("ある")) || continuative || as_member ||
                      ((c.case_ == Case::dat || c.case_ == Case::com) && verb_after("なる")) ||
                      (c.case_ == Case::dat && verb_after("入る"));  // 傘下に入る
  if (!copula || c.content_end <= c.begin || owner.case_ != Case::gen || owner.actors.empty() || owner.metonym_only ||
      owner.quote != c.quote) {
    return;
  }
  thread_local std::string word;  // per thread, so that its buffer is allocated once
  word.clear();
  // (原|加盟国, 元|同盟国: a prefix before the word leaves it a member.)
  auto from = c.begin;
  while (from + 1 < c.content_end && m_tokens[from].pos == "接頭詞") ++from;
  for (auto i = from; i < c.content_end; ++i) word += m_tokens[i].surface;
  // The owner's own phrase may end on a word the chunker read as its head
  // (NATOの|加盟国 names NATO); the word itself is what matters.
  if (!m_k.rules.has_function(word, Function::ally)) return;
  // The first owner of a list (XとYの加盟国) opens it: step back over the
  // phrases the list absorbed.
  std::size_t first_owner = j - 1;
  while (first_owner > 0 && m_chunks[first_owner - 1].absorbed && !m_chunks[first_owner - 1].actors.empty() &&
         m_chunks[first_owner - 1].quote == c.quote && !m_chunks[first_owner - 1].predicate) {
    --first_owner;
  }
  const Chunk* member = subject_before(first_owner, c.quote);
  // (NATOの同盟国|としての|モンテネグロ: the member is the noun described.)
  if (as_member && c.end > c.content_end + 1 && m_tokens[c.content_end + 1].surface == "の") {
    member = j + 1 < m_chunks.size() && !m_chunks[j + 1].actors.empty() && !m_chunks[j + 1].metonym_only &&
                     m_chunks[j + 1].quote == c.quote
                 ? &m_chunks[j + 1]
                 : nullptr;
  }
  if (!member) return;
  static const RoleRule member_rule{"member.topic", Form::noun, Voice::active, Case::topic, Role::source, 0.75};
  static const RoleRule owner_rule{"member.owner", Form::noun, Voice::active, Case::gen, Role::target, 0.75};
  const bool negated = c.negated || (!c.copula && j + 1 < m_chunks.size() && m_chunks[j + 1].negated);  // (a verb after: checked above)
  emit_membership(member->actors, member_rule, owner.actors, owner_rule, c, negated, out);
}

// NATOはフィンランドとスウェーデンを加盟国に迎えた: a body that takes states
// in as members (加盟国に迎える, 加盟国として迎え入れる) has them as members.
void SentenceReader::read_member_welcomed(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  // (加盟国に迎える, 加盟国として迎える.)
  if ((c.case_ != Case::dat && !has_particle(c, "として")) || !c.actors.empty() || c.content_end <= c.begin ||
      j + 1 >= m_chunks.size()) {
    return;
  }
  const Chunk& verb = m_chunks[j + 1];
  if (!verb.predicate || verb.quote != c.quote || verb.content_end == verb.begin) return;
  const std::string_view base = m_tokens[verb.content_end - 1].base;
  if (base != "迎える" && base != "迎え入れる" && !(base == "入れる" && verb.content_end >= verb.begin + 2 &&
                                                      m_tokens[verb.content_end - 2].base == "迎える")) {
    return;
  }
  thread_local std::string word;  // per thread, so that its buffer is allocated once
  word.clear();
  for (auto i = c.begin; i < c.content_end; ++i) word += m_tokens[i].surface;
  if (!m_k.rules.has_function(word, Function::ally)) return;
  const Chunk* body = subject_before(j, c.quote);
  if (!body) return;
  // The states taken in: the object, and names listed before it (2023年に
  // フィンランド、翌24年にスウェーデンを).
  std::vector<ActorRef> members;
  for (std::size_t k = j; k-- > 0 && &m_chunks[k] != body;) {
    const Chunk& a = m_chunks[k];
    if (a.quote != c.quote || a.predicate) break;
    if (a.actors.empty() || a.absorbed || a.metonym_only) continue;
    if (a.case_ == Case::acc || (a.case_ == Case::none && a.comma && !members.empty())) {
      members.insert(members.begin(), a.actors.begin(), a.actors.end());
    }
  }
  if (members.empty()) return;
  static const RoleRule member_rule{"member.welcomed", Form::verb, Voice::active, Case::acc, Role::source, 0.75};
  static const RoleRule body_rule{"member.welcoming_body", Form::verb, Voice::active, Case::topic, Role::target, 0.75};
  emit_membership(members, member_rule, body->actors, body_rule, c, verb.negated, out);
}

// A membership read at chunk c: `member` cooperates with `body`, as an
// alliance (同盟) is read, cited at c's words.
void SentenceReader::emit_membership(const std::vector<ActorRef>& member, const RoleRule& member_rule,
                                     const std::vector<ActorRef>& body, const RoleRule& body_rule, const Chunk& c,
                                     bool negated, std::vector<RelationMention>& out) {
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("同盟");
  if (!trigger) return;
  const RelationType& relation = m_k.lexicon.relations()[trigger->relation];
  Frame frame;
  fill(frame.source, member, &member_rule, 1.0);
  fill(frame.target, body, &body_rule, 1.0);
  frame.negated = negated;
  mentions::TriggerMention mention{trigger, c.begin, c.content_end};
  emit(frame, mention, relation, out);
}

// トルコはNATO加盟国である, NATO加盟国であるギリシャとトルコ: an organisation
// named by its members' word (NATO加盟国 is a form of NATO), as the predicate
// or in a clause on states, has them as members.
void SentenceReader::read_member_compound(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  if (!c.copula || c.actors.size() != 1 || c.metonym_only || c.content_end == c.begin ||
      m_k.actors.kind(c.actors[0].actor) != mentions::ActorKind::organisation) {
    return;
  }
  // The phrase ends on the members' word after the name (NATO加盟国, one
  // token or several): a few characters at its end.
  thread_local std::string content;  // per thread, so that its buffer is allocated once
  content.clear();
  for (auto i = c.begin; i < c.content_end; ++i) content += m_tokens[i].surface;
  bool members_word = false;
  for (std::size_t at = content.size(), chars = 0; at > 0 && chars < 4 && !members_word;) {
    do --at;
    while (at > 0 && (static_cast<unsigned char>(content[at]) & 0xC0) == 0x80);
    ++chars;
    members_word = at > 0 && m_k.rules.has_function(std::string_view(content).substr(at), Function::ally);
  }
  if (!members_word) return;
  const Chunk* member = nullptr;
  // (A copula before a noun ends no clause the chunker marked: NATO加盟国で
  // ある|トルコ.)
  const bool on_noun = !c.predicate && j + 1 < m_chunks.size() && !m_chunks[j + 1].predicate &&
                       c.end > c.content_end && m_tokens[c.end - 1].base == "ある" &&
                       m_tokens[c.end - 1].conj_form == "基本形";
  if (c.ending == Ending::attributive || on_noun) {
    // (…であるギリシャと|トルコに: the list's last phrase holds it whole.)
    for (std::size_t k = j + 1; k < m_chunks.size() && m_chunks[k].quote == c.quote; ++k) {
      if (m_chunks[k].predicate) break;
      if (!m_chunks[k].absorbed) {
        member = &m_chunks[k];
        break;
      }
    }
  } else if (c.predicate) {
    member = subject_before(j, c.quote);
  }
  if (!member || member->actors.empty() || member->metonym_only ||
      std::any_of(member->actors.begin(), member->actors.end(),
                  [&](const ActorRef& a) { return a.actor == c.actors[0].actor; })) {
    return;
  }
  static const RoleRule member_rule{"member.compound_member", Form::noun, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule body_rule{"member.compound_body", Form::noun, Voice::active, Case::compound, Role::target, 0.7};
  emit_membership(member->actors, member_rule, c.actors, body_rule, c, c.negated, out);
}

// A clause of its own stands between, unless it goes on into this one
// (アイスランドは軍を持たず、…の加盟国として): the subject stands over it.
const Chunk* SentenceReader::subject_before(std::size_t k, int quote) const {
  while (k-- > 0) {
    const Chunk& t = m_chunks[k];
    if (t.quote != quote) continue;
    if (t.predicate) {
      if (t.ending != Ending::continuative) return nullptr;
      continue;
    }
    if ((t.case_ == Case::topic || t.case_ == Case::nom) && !t.actors.empty() && !t.absorbed && !t.metonym_only) {
      return &t;
    }
  }
  return nullptr;
}

// イランは米国の制裁で原油輸出を制限され, 米国の制裁で燃料不足が続く|
// キューバ, ウクライナは米国の支援で反撃に転じた: what the clause says
// befalls its subject (or the noun it describes) came of the act, so the act
// was aimed at or given to them. Only for acts done to one side.
void SentenceReader::cause_sufferer(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& act = m_chunks[t];
  // (Only で itself: 内戦では sets a scene, 制裁案で says where a thing is put.)
  if (relation.symmetric || act.case_ != Case::loc || act.end != act.content_end + 1 ||
      m_tokens[act.content_end].surface != "で" || frame.source.actors.empty() || !frame.target.actors.empty() ||
      !frame.pair.empty()) {
    return;
  }
  if (relation.name != "attacks" && relation.name != "sanctions" && relation.name != "supplies") return;
  std::size_t q = t + 1;
  while (q < m_chunks.size() && !m_chunks[q].predicate && m_chunks[q].quote == act.quote) ++q;
  if (q >= m_chunks.size() || m_chunks[q].quote != act.quote) return;
  // (…の空爆で9人が死亡したと述べ: what a speaker says befell others; …の
  // 購入で合意した: an act of its own, about the purchase.)
  const Chunk& befalls = m_chunks[q];
  if (befalls.ending == Ending::quoted || befalls.trigger >= 0) return;
  // (…の融資で進んでいた|港湾建設計画: a relative clause befalls only its
  // noun, never the sentence's subject.)
  const bool relative = befalls.ending == Ending::attributive;
  const Chunk* subject = relative ? nullptr : subject_before(t, act.quote);
  for (std::size_t k = t + 1; !subject && !relative && k < q; ++k) {
    const Chunk& c = m_chunks[k];
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed && !c.metonym_only) {
      subject = &c;
    }
  }
  // (…が続く|キューバ: the noun a relative clause describes.)
  if (!subject && relative && q + 1 < m_chunks.size() &&
      !m_chunks[q + 1].actors.empty() && !m_chunks[q + 1].metonym_only && m_chunks[q + 1].quote == act.quote) {
    subject = &m_chunks[q + 1];
  }
  if (!subject || shares_actor(subject->actors, frame.source.actors) || !usable(*subject, Role::target, relation)) {
    return;
  }
  static const RoleRule rule{"noun.cause_sufferer", Form::noun, Voice::active, Case::topic, Role::target, 0.6};
  fill(frame.target, subject->actors, &rule, 1.0);
}

// フーシ派に拘束されている|国連職員の|解放を求めた, ロシアに占領された|
// 領土の|返還を求める: what is asked for is done to people or things a
// passive clause says someone holds (a clause of any act but occupation
// says nothing of holding: 米国に制裁された企業の救済); that holder is the
// one asked.
void SentenceReader::holder_asked(Frame& frame, std::size_t t) {
  if (!frame.target.actors.empty() || frame.source.actors.empty() || t == 0) return;
  const Chunk& ask = m_chunks[t];
  std::size_t k = t - 1;
  const Chunk& object = m_chunks[k];
  if (object.case_ != Case::acc || !object.actors.empty() || object.predicate || object.quote != ask.quote) return;
  // (Past the things' owner: 職員の|解放, 領土の|返還.)
  while (k > 0 && m_chunks[k - 1].case_ == Case::gen && m_chunks[k - 1].actors.empty() &&
         !m_chunks[k - 1].predicate && m_chunks[k - 1].quote == ask.quote && k + 3 > t) {
    --k;
  }
  if (k < 2 || k == t - 1) return;
  const Chunk& held = m_chunks[k - 1];
  const Chunk& holder = m_chunks[k - 2];
  if (!held.predicate || !held.passive || held.ending != Ending::attributive || held.negated ||
      held.quote != ask.quote || (held.trigger >= 0 && relation_of(held).name != "occupies") ||
      holder.case_ != Case::dat || holder.actors.empty() ||
      holder.metonym_only || holder.absorbed || holder.quote != ask.quote ||
      shares_actor(holder.actors, frame.source.actors)) {
    return;
  }
  static const RoleRule rule{"noun.holder_asked", Form::verb, Voice::passive, Case::dat, Role::target, 0.6};
  fill(frame.target, holder.actors, &rule, 1.0);
}

// エジプトが求める|協定の締結を拒む, メキシコが求める|謝罪に応じない: what a
// relative clause says one asks for, refused or taken up by the clause's
// subject, was asked of that subject.
void SentenceReader::refused_request_target(Frame& frame, std::size_t t) {
  const Chunk& ask = m_chunks[t];
  if (!frame.target.actors.empty() || frame.source.actors.empty() || ask.passive) return;
  if (ask.ending == Ending::continuative) {
    answered_request_target(frame, t);
    return;
  }
  if (ask.ending != Ending::attributive) return;
  // (…を求めた|のに対し、Yは受け入れなかった: the contrast names the answer too.)
  if (sets_against(t + 1)) {
    answered_request_target(frame, t);
    return;
  }
  // アゼルバイジャンが求める|アルメニア憲法の|改正: what is asked for, owned
  // by another, is asked of its owner.
  if (t + 2 < m_chunks.size() && m_chunks[t + 1].case_ == Case::gen && m_chunks[t + 1].quote == ask.quote &&
      !m_chunks[t + 1].predicate && m_chunks[t + 2].actors.empty() && !m_chunks[t + 2].predicate &&
      !function_at(t + 1, Function::origin) && !function_at(t + 2, Function::granted)) {
    const Chunk& of = m_chunks[t + 1];
    const auto& owner = of.actors.empty() ? of.possessor : of.actors;
    if (!owner.empty() && !of.metonym_only && !of.absorbed) {
      static const RoleRule rule{"verb.asked_thing_owner", Form::verb, Voice::active, Case::gen, Role::target, 0.6};
      fill(frame.target, owner, &rule, 1.0);
      return;
    }
  }
  // The noun asked for, past what it is of and clauses on it
  // (法的拘束力の|ある|協定の|締結を).
  std::size_t n = t + 1;
  // (協定の: a pact's noun, a trigger of its own, is still what is asked for.)
  const auto pact = [&](const Chunk& c) { return c.trigger >= 0 && m_triggers[c.trigger].trigger->pact; };
  // (国防費の|大幅な|増額を: past an adjectival noun too.)
  const auto adjectival = [&](const Chunk& c) {
    return c.case_ == Case::none && !c.predicate && c.content_end == c.begin + 1 &&
           m_tokens[c.begin].pos1 == "形容動詞語幹";
  };
  // (3カ国協議への|参加を: past what one is asked to join, an act or not.)
  // (3カ国での|交渉: past where it is held, too.)
  const auto joined = [&](const Chunk& c) {
    return !c.predicate && (c.case_ == Case::dat_adn || (c.case_ == Case::loc && m_tokens[c.end - 1].surface == "の"));
  };
  while (n + 1 < m_chunks.size() && n < t + 5 && m_chunks[n].actors.empty() &&
         (((m_chunks[n].trigger < 0 || pact(m_chunks[n])) &&
           ((m_chunks[n].case_ == Case::gen && !m_chunks[n].predicate) || adjectival(m_chunks[n]) ||
            (m_chunks[n].predicate && m_chunks[n].ending == Ending::attributive))) ||
          joined(m_chunks[n]))) {
    ++n;
  }
  if (n + 1 >= m_chunks.size()) return;
  const Chunk& noun = m_chunks[n];
  const Chunk& verb = m_chunks[n + 1];
  if ((noun.case_ != Case::acc && noun.case_ != Case::dat) || !noun.actors.empty() || noun.quote != ask.quote ||
      !verb.predicate || verb.quote != ask.quote) {
    return;
  }
  const bool answers = function_at(n + 1, Function::accept) ||
                       (verb.trigger >= 0 && relation_of(verb).name == "rejects");
  if (!answers) return;
  // …の増額を|拒む|スペインに対し: the clause of answering is on the one who answers.
  if (verb.ending == Ending::attributive && n + 2 < m_chunks.size() && m_chunks[n + 2].quote == ask.quote &&
      !m_chunks[n + 2].actors.empty() && !m_chunks[n + 2].metonym_only && !m_chunks[n + 2].predicate) {
    static const RoleRule rule{"verb.request_answered_by", Form::verb, Voice::active, Case::none, Role::target, 0.65};
    fill(frame.target, m_chunks[n + 2].actors, &rule, 1.0);
    return;
  }
  // The answering clause's subject: the topic before the relative clause.
  for (std::size_t k = t; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != ask.quote || c.predicate) continue;  // (a topic governs the sentence's clauses)
    if (c.case_ == Case::topic && !c.actors.empty() && !c.absorbed && !c.metonym_only) {
      static const RoleRule rule{"verb.request_answered", Form::verb, Voice::active, Case::topic, Role::target, 0.65};
      fill(frame.target, c.actors, &rule, 1.0);
      return;
    }
  }
}

// Xは…を求めたが、Yはこれを拒否した (応じなかった): a request that names no
// one asked, answered by the next clause's subject, was asked of that one.
void SentenceReader::answered_request_target(Frame& frame, std::size_t t) {
  const Chunk& ask = m_chunks[t];
  const bool contrast = ask.ending == Ending::attributive;  // …を求めた|のに対し、
  if (ask.negated || (!contrast && (!ask.comma || !has_particle(ask, "が")))) return;
  std::size_t s = contrast ? t + 2 : t + 1;
  if (s >= m_chunks.size()) return;
  const Chunk& answerer = m_chunks[s];
  if ((answerer.case_ != Case::topic && answerer.case_ != Case::nom) || answerer.actors.empty() ||
      answerer.absorbed || answerer.metonym_only || answerer.quote != ask.quote || has_particle(answerer, "も")) {
    return;
  }
  // The answer: the next predicate outside quoted words, with nothing named
  // between but これ.
  for (std::size_t k = s + 1; k < m_chunks.size(); ++k) {
    const Chunk& c = m_chunks[k];
    if (c.quote != ask.quote) continue;
    if (!c.predicate) {
      if (!c.actors.empty()) return;
      continue;
    }
    const bool answers = function_at(k, Function::accept) || (c.trigger >= 0 && relation_of(c).name == "rejects");
    if (!answers) return;
    static const RoleRule rule{"verb.request_answered", Form::verb, Voice::active, Case::topic, Role::target, 0.65};
    fill(frame.target, answerer.actors, &rule, 1.0);
    return;
  }
}

// ドイツはロシアからの|ガスに|依存してきた, エネルギーを|ロシアに|頼る: what
// one depends on, named by whence it comes, is supplied by that side.
// (ロシアに依存する alone names no goods: it states no supply.)
void SentenceReader::read_dependence(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& verb = m_chunks[p];
  // (Only a verb of depending, 依存 or 頼る: the engine lets a sentence
  // with no trigger through for these two words alone. Not one made to:
  // …をYに頼らせた.)
  if (!verb.predicate || verb.trigger >= 0 || verb.passive || p < 2 || verb.content_end == verb.begin) return;
  const auto& word = m_tokens[verb.content_end - 1].base;
  if (word != "依存" && word != "頼る") return;
  for (auto i = verb.begin; i < verb.end; ++i) {
    if (m_tokens[i].pos1 == "接尾" && (m_tokens[i].base == "させる" || m_tokens[i].base == "せる")) return;
  }
  std::size_t k = p - 1;
  // (資金に|過度に|依存, ガスに|大きく|依存: past an adverb of degree.)
  const Token& first = m_tokens[m_chunks[k].begin];
  if (k > 0 && m_chunks[k].actors.empty() && m_chunks[k].trigger < 0 && !m_chunks[k].predicate &&
      ((m_chunks[k].end == m_chunks[k].begin + 2 && first.pos1 == "形容動詞語幹") ||
       (m_chunks[k].end == m_chunks[k].begin + 1 &&
        (first.pos == "副詞" || (first.pos == "形容詞" && first.conj_form.starts_with("連用")))))) {
    --k;
  }
  const Chunk& what = m_chunks[k];
  if ((what.case_ != Case::dat && what.case_ != Case::acc) || what.predicate || what.quote != verb.quote) return;
  // (中国からの|融資に: a supply named as what is depended on.)
  const bool goods = what.trigger < 0 || relation_of(what).name == "supplies";
  // What is depended on, named as the object: goods (エネルギーを), or a
  // supply itself (小麦の|供給を), whose own の-phrase names the goods.
  const auto goods_object = [&](const Chunk& c, std::size_t at) {
    if (c.case_ != Case::acc || !c.actors.empty() || c.predicate || c.content_end == c.begin) return false;
    if (c.trigger >= 0) return relation_of(c).name == "supplies";
    // (安全保障の|多くを|インドに依存: a share of a field, no goods;
    // 防衛を米国に依存: an act, no goods either. But 原油輸入の|4割を|
    // サウジに頼る: a share of what is bought is goods.)
    const auto& pos1 = m_tokens[c.content_end - 1].pos1;
    const auto share_of_purchase = [&] {
      const Chunk& of = m_chunks[at - 1];
      // (Not a share of what is sold, 輸出の8割を中国に頼る: there the one
      // depended on buys.)
      return of.trigger >= 0 && of.actors.empty() && relation_of(of).name == "supplies" &&
             m_triggers[of.trigger].trigger->inverse;
    };
    return pos1 != "副詞可能" && pos1 != "サ変接続" &&
           (at == 0 || m_chunks[at - 1].case_ != Case::gen || share_of_purchase());
  };
  std::vector<ActorRef> supplier;
  if (what.case_ == Case::acc) {
    // ロシアに|エネルギーを|依存: the side depended on, named first.
    if (k == 0 || !goods_object(what, k) || m_chunks[k - 1].case_ != Case::dat || m_chunks[k - 1].actors.empty() ||
        m_chunks[k - 1].metonym_only || m_chunks[k - 1].quote != verb.quote) {
      return;
    }
    supplier = m_chunks[k - 1].actors;
    --k;
  } else if (what.actors.empty() && goods && k > 0 && m_chunks[k - 1].case_ == Case::abl_adn &&
      !m_chunks[k - 1].metonym_only) {
    supplier = m_chunks[k - 1].actors;
    --k;
  } else if (!what.actors.empty() && !what.metonym_only && k > 0 && goods_object(m_chunks[k - 1], k - 1)) {
    supplier = what.actors;
    --k;
  } else if (what.actors.empty() && what.trigger < 0 && function_at(k, Function::origin)) {
    supplier = what.possessor;  // (ロシア産ガスに)
  }
  if (supplier.empty()) return;
  const Chunk* dependent = subject_before(k, verb.quote);
  if (!dependent) return;
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("供給");
  if (!trigger) return;
  static const RoleRule supplier_rule{"receive.depended_on", Form::verb, Voice::receive, Case::abl, Role::source, 0.65};
  static const RoleRule dependent_rule{"receive.dependent", Form::verb, Voice::receive, Case::topic, Role::target, 0.65};
  Frame frame;
  fill(frame.source, supplier, &supplier_rule, 1.0);
  fill(frame.target, dependent->actors, &dependent_rule, 1.0);
  read_mood(frame, p);
  mentions::TriggerMention mention{trigger, verb.begin, verb.content_end};
  emit(frame, mention, m_k.lexicon.relations()[trigger->relation], out);
}

// ヨルダンは、トランプ政権が打ち出した|…の|移住構想に|反対した: what is
// refused or judged, made by the subject of a relative clause on it, is
// that subject's.
void SentenceReader::maker_of_object(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!frame.target.actors.empty() || frame.source.actors.empty() || !relation.raise_object) return;
  std::size_t k = t;
  // (強く反対: past an adverb.)
  while (k > 0 && m_chunks[k - 1].case_ == Case::none && !m_chunks[k - 1].predicate && m_chunks[k - 1].actors.empty() &&
         m_chunks[k - 1].trigger < 0 && m_chunks[k - 1].content_end == m_chunks[k - 1].begin + 1) {
    --k;
  }
  if (k == 0) return;
  const Chunk& object = m_chunks[k - 1];
  if ((object.case_ != Case::acc && object.case_ != Case::dat) || !object.actors.empty() || !object.possessor.empty() ||
      object.predicate || object.quote != m_chunks[t].quote) {
    return;
  }
  std::size_t v = k - 1;
  // (Past up to two の- and への-phrases of the object: …の|周辺国への|移住構想;
  // and での-phrases: 3カ国での|交渉への|参加.)
  while (v > 0 && !m_chunks[v - 1].predicate && m_chunks[v - 1].actors.empty() &&
         (m_chunks[v - 1].case_ == Case::gen || m_chunks[v - 1].case_ == Case::dat_adn ||
          (m_chunks[v - 1].case_ == Case::loc && m_tokens[m_chunks[v - 1].end - 1].surface == "の")) &&
         k - 1 - v < 3) {
    --v;
  }
  // (Not a clause of undergoing: Yが受けた|攻撃を非難 judges what Y suffered.)
  if (v == 0 || !m_chunks[v - 1].predicate || m_chunks[v - 1].ending != Ending::attributive ||
      m_chunks[v - 1].negated || m_chunks[v - 1].passive || function_at(v - 1, Function::receive)) {
    return;
  }
  for (std::size_t j = v - 1; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.predicate || c.case_ == Case::topic || c.quote != object.quote) return;
    if (c.case_ != Case::nom) continue;
    if (c.actors.empty() || c.absorbed || c.metonym_only || c.comma || !usable(c, Role::target, relation)) return;
    // (トランプ政権が|一時|打ち出した: that subject, read as this clause's,
    // is the relative clause's; this clause's is the topic before it.)
    if (frame.source.chunk == static_cast<long>(j)) {
      const Chunk* topic = subject_before(j, c.quote);
      if (!topic || topic->case_ != Case::topic || !usable(*topic, Role::source, relation)) return;
      static const RoleRule subject{"verb.topic_over_relative", Form::verb, Voice::active, Case::topic, Role::source,
                                    0.7};
      frame.source = Filler{};
      fill(frame.source, topic->actors, &subject, 1.0);
    }
    static const RoleRule rule{"verb.object_maker", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
    fill(frame.target, c.actors, &rule, 1.0);
    return;
  }
}

// 中国政府の|関与が|疑われる|サイバー攻撃, ロシアが|関与したと|みられる|
// 破壊工作: whoever a relative clause on an act says took part in it does
// it (as Yによる攻撃 would say).
void SentenceReader::involved_doer(Frame& frame, std::size_t t) {
  if (!frame.source.actors.empty() || t < 2) return;
  const Chunk& act = m_chunks[t];
  const auto involvement = [&](std::size_t k) {
    const Chunk& c = m_chunks[k];
    return c.content_end > c.begin && m_tokens[c.begin].base == "関与" && c.quote == act.quote;
  };
  static const RoleRule rule{"noun.involved", Form::noun, Voice::active, Case::gen, Role::source, 0.6};
  // The clause on the act: one or two predicates right before it (関与したと|みられる).
  std::size_t v = t;
  for (int n = 0; n < 2 && v > 0 && m_chunks[v - 1].predicate && m_chunks[v - 1].quote == act.quote; ++n) {
    --v;
    const Chunk& pred = m_chunks[v];
    if (involvement(v) && v > 0 && m_chunks[v - 1].case_ == Case::nom && !m_chunks[v - 1].actors.empty() &&
        !m_chunks[v - 1].metonym_only) {
      fill(frame.source, m_chunks[v - 1].actors, &rule, 1.0);  // Xが|関与した
      return;
    }
    if (pred.ending != Ending::attributive && pred.ending != Ending::quoted) return;
    if (v >= 2 && m_chunks[v - 1].case_ == Case::nom && involvement(v - 1) && m_chunks[v - 2].case_ == Case::gen &&
        !m_chunks[v - 2].actors.empty() && !m_chunks[v - 2].metonym_only) {
      fill(frame.source, m_chunks[v - 2].actors, &rule, 1.0);  // Xの|関与が|疑われる
      return;
    }
  }
}

// Xは、Yが求める|輸入停止には|応じない: a request named by a relative
// clause and refused by the topic rejects the one who asks.
bool SentenceReader::refused_relative_request(std::size_t p, std::vector<RelationMention>& out) {
  if (p < 4) return false;
  const Chunk& noun = m_chunks[p - 1];
  // (米国が求める|国内での|濃縮停止には: past one phrase of the thing asked for.)
  const Chunk& between = m_chunks[p - 2];
  const bool past = p >= 5 && !between.predicate && between.actors.empty() && !between.comma && between.quote == 0 &&
                    (between.case_ == Case::gen || between.case_ == Case::loc || between.case_ == Case::none);
  const std::size_t a = past ? p - 3 : p - 2;
  const Chunk& ask = m_chunks[a];
  const Chunk& asker = m_chunks[a - 1];
  if ((noun.case_ != Case::acc && noun.case_ != Case::dat) || noun.predicate || !noun.actors.empty() ||
      !ask.predicate || ask.ending != Ending::attributive || ask.negated || ask.trigger < 0 ||
      relation_of(ask).name != "requests" || asker.case_ != Case::nom || asker.actors.empty() || asker.absorbed ||
      asker.predicate || asker.quote != 0 || ask.quote != 0 || noun.quote != 0) {
    return false;
  }
  for (std::size_t k = a - 1; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != 0) continue;
    // (…の供給を受けており、EUが求める…: the topic governs the clauses
    // chained after it.)
    if (c.predicate && !(c.ending == Ending::continuative && c.comma)) return false;
    if (c.predicate || c.case_ != Case::topic) continue;
    if (c.actors.empty() || c.absorbed || c.metonym_only) return false;
    static const RoleRule refuser_rule{"refusal.relative_asked", Form::verb, Voice::active, Case::topic, Role::source,
                                       0.7};
    static const RoleRule asker_rule{"refusal.relative_asker", Form::verb, Voice::active, Case::nom, Role::target, 0.7};
    emit_refusal(c.actors, refuser_rule, asker.actors, asker_rule, p, out);
    return true;
  }
  return false;
}

// Xは、Yへの返還には応じない: what one declines to do for Y (no act the
// dictionary names) is declined to Y, who asked for it.
bool SentenceReader::declined_for(std::size_t p, std::vector<RelationMention>& out) {
  std::size_t k = p - 1;
  if (k > 0 && is_adverb(k)) --k;  // (…には|一切|応じない)
  const Chunk& what = m_chunks[k];
  if (k == 0 || what.case_ != Case::dat || !what.actors.empty() || what.trigger >= 0 || what.predicate ||
      what.quote != m_chunks[p].quote) {
    return false;
  }
  // (モーリシャスへの|諸島の|返還: past what is to be handed over.)
  if (k > 1 && m_chunks[k - 1].case_ == Case::gen && m_chunks[k - 1].actors.empty() && m_chunks[k - 1].possessor.empty() &&
      !m_chunks[k - 1].predicate && m_chunks[k - 1].trigger < 0) {
    --k;
  }
  const Chunk& for_whom = m_chunks[k - 1];
  if (for_whom.case_ != Case::dat_adn || for_whom.actors.empty() || for_whom.metonym_only || for_whom.predicate ||
      for_whom.quote != what.quote) {
    return false;
  }
  const Chunk* refuser = subject_before(k - 1, what.quote);
  if (!refuser || shares_actor(refuser->actors, for_whom.actors)) return false;
  static const RoleRule refuser_rule{"refusal.declined_for", Form::verb, Voice::active, Case::topic, Role::source, 0.65};
  static const RoleRule asker_rule{"refusal.declined_to", Form::verb, Voice::active, Case::dat_adn, Role::target, 0.65};
  emit_refusal(refuser->actors, refuser_rule, for_whom.actors, asker_rule, p, out);
  return true;
}

// XはYに…を求めているが、Yは応じていない (拒否している): the one asked, who
// refuses with nothing else named as refused, rejects the one who asked.
void SentenceReader::read_refused_request(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& refusal = m_chunks[p];
  if (!refusal.predicate || refusal.quote != 0 || p < 2) return;
  const bool declines = refusal.trigger < 0 && refusal.negated && function_at(p, Function::accept);
  const bool refuses = refusal.trigger >= 0 && relation_of(refusal).name == "rejects" && !refusal.negated;
  if (!declines && !refuses) return;
  if (refused_relative_request(p, out)) return;
  if (declines && declined_for(p, out)) return;
  std::size_t s = p;  // the refuser: the clause's subject, with no one else refused between
  // (…が、Yは「…」と拒否した: past the words the refusal quotes; Yは「…」と
  // 述べ、応じなかった: past the saying; Yは…を手放さないとして、この要求を
  // 拒否した: past the reason it gives and the request named again.)
  bool in_reason = false;
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != 0) continue;
    if (c.predicate) {
      const bool reason = c.ending == Ending::quoted || has_particle(c, "として");
      if (reason || (c.ending == Ending::continuative && function_at(k, Function::say))) {
        in_reason = reason;
        continue;
      }
      if (in_reason && !c.comma) continue;
      break;
    }
    const bool names_other = !c.actors.empty() || (k > 0 && m_chunks[k - 1].case_ == Case::gen &&
                                                   !m_chunks[k - 1].actors.empty() && !in_reason);
    if ((c.case_ == Case::acc || c.case_ == Case::dat || c.case_ == Case::against) && names_other && !in_reason) return;
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed) {
      s = k;
      break;
    }
  }
  if (s == p || s == 0) return;
  // The clause before ends on the request and a concessive が (…求めているが、),
  // or sets it against the refusal (…求めた|のに対し、).
  // (Past a relative clause on the refuser, and its owner: …求めているが、|
  // 全土を|掌握した|タリバンは, …求めたが、|ヒズボラの|カセム事務局長は.)
  std::size_t a = s - 1;
  while (a > 0 && !m_chunks[a].comma && m_chunks[a].quote == 0 &&
         (!m_chunks[a].predicate || m_chunks[a].ending == Ending::attributive) &&
         (m_chunks[a].actors.empty() || m_chunks[a].absorbed)) {
    --a;
  }
  const bool contrast = a > 0 && sets_against(a) && m_chunks[a - 1].ending == Ending::attributive;
  if (contrast) --a;
  const Chunk& ask = m_chunks[a];
  // (Or offers it: XがYとZの仲介を申し出ているが、Y側は応じていない.)
  // (Or presses it: Yに圧力をかけているが、Yは拒否している.)
  const auto presses = [&] {
    if (a < 1 || !ask.phrase_verb) return false;
    const Chunk& object = m_chunks[a - 1];
    return object.phrase_object && object.trigger >= 0 && relation_of(object).name == "requests";
  };
  const bool asks = (ask.trigger >= 0 && relation_of(ask).name == "requests") || presses();
  const bool offers = function_at(a, Function::propose);
  // (Or one after the other: Xが…を打診し、Yが断った; Xが…を要求し、Yが
  // 応じていない.)
  const bool then = ask.ending == Ending::continuative;
  // (Or a headline's next phrase: Xが…要求　Yは拒否.)
  const bool headline_answer = ask.headline_end && ask.ending == Ending::final;
  if (!ask.predicate || !(asks || offers) || ask.negated ||
      !(headline_answer || contrast || (ask.comma && (has_particle(ask, "が") || then)))) {
    return;
  }
  const auto& refuser = m_chunks[s].actors;
  std::vector<ActorRef> asker;
  // (Asked of the body a refusing person serves, ヒズボラに…求めたが、
  // カセム事務局長は: the same as asked of the refuser.)
  const auto serves = [&](const ActorRef& asked) {
    return std::any_of(refuser.begin(), refuser.end(), [&](const ActorRef& r) {
      const auto& person = m_k.actors.actors()[r.actor];
      const auto& body = m_k.actors.actors()[asked.actor];
      return person.kind == mentions::ActorKind::person && (person.org == body.id || person.state == body.id);
    });
  };
  // (Xは|Yが示した|案を受け入れるよう…: a topic before a が-phrase asks; the
  // が-phrase may be a relative clause's.)
  const std::vector<ActorRef>* subject = nullptr;
  for (std::size_t k = a; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != 0) continue;
    // (Not past a clause set against this one: …と会談したが、|…ロシアが
    // …を求め、; a clause chained on, Xは…と協議し、…求めた, is the asker's.)
    if (c.predicate && c.comma && has_particle(c, "が")) break;
    if (c.absorbed || c.actors.empty()) continue;
    if (c.predicate && c.ending != Ending::quoted && c.ending != Ending::attributive) break;
    // (Asked of someone else: not this refusal's.)
    if ((c.case_ == Case::dat || c.case_ == Case::against) && !shares_actor(c.actors, refuser) &&
        std::none_of(c.actors.begin(), c.actors.end(), serves)) {
      return;
    }
    if (c.case_ == Case::topic) {
      subject = &c.actors;
      break;
    }
    if (c.case_ == Case::nom && !subject) subject = &c.actors;
  }
  if (subject) asker = *subject;
  if (asker.empty() || shares_actor(asker, refuser)) return;
  static const RoleRule refuser_rule{"refusal.asked", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule asker_rule{"refusal.asker", Form::verb, Voice::active, Case::topic, Role::target, 0.7};
  emit_refusal(refuser, refuser_rule, asker, asker_rule, p, out);
}

// A refusal read at chunk p (no trigger of its own, 応じない): the refuser
// rejects the one who asked, as 拒否 says.
void SentenceReader::emit_refusal(const std::vector<ActorRef>& refuser, const RoleRule& refuser_rule,
                                  const std::vector<ActorRef>& asker, const RoleRule& asker_rule, std::size_t p,
                                  std::vector<RelationMention>& out) {
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("拒否");
  if (!trigger) return;
  Frame frame;
  fill(frame.source, refuser, &refuser_rule, 1.0);
  fill(frame.target, asker, &asker_rule, 1.0);
  mentions::TriggerMention mention{trigger, m_chunks[p].begin, m_chunks[p].content_end};
  emit(frame, mention, m_k.lexicon.relations()[trigger->relation], out);
}

// 「英国は約束を守れ」と迫った, and in a headline アイルランド首相「英国は約束守れ」:
// an order that ends quoted words (守れ, やめろ, 撤退せよ, 攻撃するな) asks
// it of the actor the words name as their topic or subject, and the one
// who speaks asks it. (An order with no actor named, 「団結せよ」, asks no one.)
bool SentenceReader::ends_in_order(std::size_t p) const {
  const Chunk& verb = m_chunks[p];
  if (verb.quote == 0 || !verb.predicate || verb.negated || verb.conditional || verb.content_end == verb.begin) {
    return false;
  }
  if (p + 1 < m_chunks.size() && m_chunks[p + 1].quote == verb.quote) return false;
  for (auto i = verb.begin; i < verb.end; ++i) {
    const Token& t = m_tokens[i];
    if (((t.pos == "動詞" || t.pos == "助動詞") && t.conj_form.starts_with("命令")) ||
        (t.pos1 == "終助詞" && t.surface == "な" && i > verb.begin && m_tokens[i - 1].pos == "動詞" &&
         m_tokens[i - 1].conj_form == "基本形")) {
      return true;
    }
  }
  return false;
}

void SentenceReader::read_imperative(std::size_t p, std::vector<RelationMention>& out) {
  if (!ends_in_order(p)) return;
  const Chunk& verb = m_chunks[p];
  const int quote = verb.quote;
  std::size_t first = p;  // the quotation's first phrase
  while (first > 0 && m_chunks[first - 1].quote == quote) --first;
  std::vector<ActorRef> ordered;
  for (std::size_t k = p; k-- > first;) {
    const Chunk& c = m_chunks[k];
    if (c.predicate && c.ending != Ending::continuative && c.ending != Ending::attributive) break;
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed && !c.metonym_only) {
      ordered = c.actors;
      break;
    }
  }
  if (ordered.empty()) return;
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("要請");
  if (!trigger) return;
  const RelationType& relation = m_k.lexicon.relations()[trigger->relation];
  m_used.assign(m_chunks.size(), false);  // no trigger read before may have sized it
  Frame frame;
  static const RoleRule speaker_rule{"quote.imperative_speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule headline_rule{"quote.imperative_headline", Form::verb, Voice::active, Case::topic, Role::source, 0.65};
  static const RoleRule ordered_rule{"quote.imperative_ordered", Form::verb, Voice::active, Case::topic, Role::target, 0.7};
  if (verb.case_ == Case::quote) {
    // 「…守れ」と|述べた: the subject of the verb of saying after it.
    const Filler said_by = speaker_after(p + 1, relation);
    if (!said_by.actors.empty()) fill(frame.source, said_by.actors, &speaker_rule, said_by.confidence);
  } else if (first > 0 && verb.ending == Ending::final) {
    // アイルランド首相「…守れ」: a headline names the speaker right before the words.
    const Chunk& who = m_chunks[first - 1];
    if (who.quote != quote && !who.predicate && !who.actors.empty() && !who.metonym_only && !who.absorbed &&
        (who.case_ == Case::topic || who.case_ == Case::none)) {
      fill(frame.source, who.actors, &headline_rule, 1.0);
    }
  }
  if (frame.source.actors.empty()) return;
  fill(frame.target, ordered, &ordered_rule, 1.0);
  mentions::TriggerMention mention{trigger, verb.begin, verb.content_end};
  emit(frame, mention, relation, out);
}

// Xは、Yが…すれば、「…結果を招く」と述べた: a saying that sets a condition
// on Y's act and promises a threat (結果, 代償, 報復) warns Y, whatever
// the verb of saying.
void SentenceReader::read_threat(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& say = m_chunks[p];
  // (Yが…を導入すれば「…関税を課す」と警告した: a warning's verb makes
  // any consequence a threat; its own reading leaves the condition alone.)
  const bool warning = say.trigger >= 0 && relation_of(say).name == "warns";
  if (!say.predicate || say.quote != 0 || (say.trigger >= 0 && !warning) || (!warning && !function_at(p, Function::say))) {
    return;
  }
  std::size_t speaker = p;
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != say.quote) continue;
    if (c.case_ == Case::topic && !c.actors.empty() && !c.absorbed) {
      speaker = k;
      break;
    }
  }
  if (speaker == p) return;
  // 「Yが…を続ければ、対抗措置を取る」と述べた: the condition may be in the
  // words said, right before the saying.
  const int said = p > 0 && m_chunks[p - 1].case_ == Case::quote ? m_chunks[p - 1].quote : say.quote;
  std::size_t condition = p;
  for (std::size_t k = speaker + 1; k < p && condition == p; ++k) {
    if (m_chunks[k].predicate && m_chunks[k].conditional &&
        (m_chunks[k].quote == say.quote || m_chunks[k].quote == said)) {
      condition = k;
    }
  }
  if (condition == p) return;
  const int level = m_chunks[condition].quote;
  bool threat = false;
  for (std::size_t k = condition + 1; k < p && !threat; ++k) threat = function_at(k, Function::threat);
  if (!threat && !warning) return;
  const Chunk* subject = nullptr;
  for (std::size_t k = condition; k-- > speaker + 1;) {
    const Chunk& c = m_chunks[k];
    if (c.quote == level && c.case_ == Case::nom && !c.actors.empty() && !c.absorbed) {
      subject = &c;
      break;
    }
  }
  const int warns = m_k.lexicon.find_relation("warns");
  const mentions::Trigger* word = m_k.lexicon.find_trigger("警告");
  if (!subject || warns < 0 || !word) return;
  const RelationType& relation = m_k.lexicon.relations()[warns];
  if (!usable(m_chunks[speaker], Role::source, relation) || !usable(*subject, Role::target, relation)) return;
  static const RoleRule said_by{"threat.speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule conditioned{"threat.condition", Form::verb, Voice::active, Case::nom, Role::target, 0.65};
  Frame frame;
  fill(frame.source, m_chunks[speaker].actors, &said_by, 1.0);
  fill(frame.target, subject->actors, &conditioned, 1.0);
  for (const auto& r : out) {
    // Said already by a trigger of warning (警告した), or the warning names
    // whom it is addressed to (…とYに警告).
    if (r.relation == warns && r.source == frame.source.actors[0].actor &&
        (warning || r.target == frame.target.actors[0].actor)) {
      return;
    }
  }
  mentions::TriggerMention verb{word, say.begin, say.content_end};
  emit(frame, verb, relation, out, static_cast<std::uint16_t>(warns));
}

// ウクライナ側と西側同盟国は: allies (a name ending in 同盟国) listed
// beside another actor are that actor's allies (eval/DECISIONS.md).
void SentenceReader::read_allies_listed(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  if (c.absorbed || c.predicate || c.actors.size() < 2 || j == 0 || !m_chunks[j - 1].absorbed) return;
  constexpr std::string_view kAllies = "同盟国";
  const auto ally = std::find_if(m_mentions.actors.begin(), m_mentions.actors.end(), [&](const mentions::ActorMention& m) {
    if (m.begin < c.begin || m.end > c.content_end || m.actors.size() != 1) return false;
    std::string name;
    for (auto i = m.begin; i < m.end; ++i) name += m_tokens[i].surface;
    return name.size() > kAllies.size() && std::string_view(name).ends_with(kAllies);
  });
  if (ally == m_mentions.actors.end()) return;
  const mentions::Trigger* word = m_k.lexicon.find_trigger("同盟");
  if (!word) return;
  const RelationType& relation = m_k.lexicon.relations()[word->relation];
  static const RoleRule allies{"ally.listed", Form::noun, Voice::active, Case::coord, Role::source, 0.7};
  static const RoleRule beside{"ally.beside", Form::noun, Voice::active, Case::coord, Role::target, 0.7};
  Frame frame;
  std::vector<ActorRef> others;
  for (const auto& a : c.actors) {
    if (a.actor != ally->actors[0]) others.push_back(a);
  }
  fill(frame.source, {ActorRef{ally->actors[0], false}}, &allies, 1.0);
  fill(frame.target, others, &beside, 1.0);
  mentions::TriggerMention mention{word, ally->begin, ally->end};
  emit(frame, mention, relation, out);
}

// 在日米軍, 在韓米軍: forces named by where they are stationed are
// deployed there by their state (the mention finder reads the compound).
void SentenceReader::read_stationed_forces(std::vector<RelationMention>& out) {
  const mentions::Trigger* word = nullptr;
  for (const auto& m : m_mentions.actors) {
    if (m.stationed_in < 0 || m.actors.size() != 1) continue;
    if (!word) word = m_k.lexicon.find_trigger("駐留");
    if (!word) return;
    static const RoleRule forces{"noun.stationed_forces", Form::noun, Voice::active, Case::compound, Role::source, 0.8};
    static const RoleRule where{"noun.stationed_in", Form::noun, Voice::active, Case::compound, Role::target, 0.8};
    Frame frame;
    const auto host = static_cast<std::uint32_t>(m.stationed_in);
    fill(frame.source, {ActorRef{m.actors[0], false}}, &forces, 1.0);
    fill(frame.target, {ActorRef{host, false}}, &where, 1.0);
    mentions::TriggerMention mention{word, m.begin, m.end};
    emit(frame, mention, m_k.lexicon.relations()[word->relation], out);
  }
}

// フィンランドやスウェーデン、ドイツなどが…共同で警戒に当たる: those who do
// anything jointly cooperate (eval/DECISIONS.md: acting together), whatever
// the act. The adverb's subject is the nearest subject before it in its
// clause chain, and it must name two actors or more.
void SentenceReader::read_jointly(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  // (コンゴ軍と|共同作戦を展開: a joint operation, an act of arms, is done
  // together with the partner, not against it.)
  const bool joint_operation = c.trigger >= 0 && relation_of(c).name == "attacks";
  if (c.predicate || !c.actors.empty() || (c.trigger >= 0 && !joint_operation)) return;
  const auto& word = m_tokens[c.begin].base;
  if (word != "共同" && word != "合同") return;
  // ロシアも中国と|月面基地の|共同建設を|計画: a joint act named as one noun
  // (共同 + a verbal noun), with its partner named with と before what it is of.
  // (XとYは|合同作戦センターを|開設: or a body named after the joint act,
  // whose word for the act is a trigger.)
  const auto act_word = [&] {
    return std::any_of(m_mentions.triggers.begin(), m_mentions.triggers.end(),
                       [&](const mentions::TriggerMention& m) { return m.begin == c.begin + 1; });
  };
  const bool joint_noun = (c.content_end == c.begin + 2 && (m_tokens[c.begin + 1].pos1 == "サ変接続" || joint_operation)) ||
                          (c.content_end == c.begin + 3 && act_word());
  if (!joint_noun && (c.content_end != c.begin + 1 || !has_particle(c, "で"))) return;
  std::size_t partner = j;
  if (joint_noun) {
    while (partner > 0 && m_chunks[partner - 1].case_ == Case::gen && m_chunks[partner - 1].actors.empty() &&
           !m_chunks[partner - 1].predicate && m_chunks[partner - 1].quote == c.quote) {
      --partner;
    }
  }
  // キルギスはウズベキスタン、カザフスタンと共同で…: the partners named with と
  // (Case::with, chunker) do it with the subject.
  const Case partner_case = joint_noun ? Case::com : Case::with;
  const bool partners = partner > 0 && m_chunks[partner - 1].case_ == partner_case &&
                        !m_chunks[partner - 1].actors.empty() && !m_chunks[partner - 1].metonym_only &&
                        m_chunks[partner - 1].quote == c.quote;
  // (A joint operation or a body for one with no partner named: only
  // subjects named together, XとYは|合同作戦を|実施, 合同作戦センターを|開設,
  // as the verb's object. Not a joint statement, 共同声明を出した: words
  // issued together are no cooperation.)
  // (The verb may come after where: 合同作戦センターを|Xの|首都に|開設.)
  const bool body_of_act = c.content_end == c.begin + 3;
  std::size_t verb = j + 1;
  while (verb < m_chunks.size() && !m_chunks[verb].predicate &&
         (m_chunks[verb].case_ == Case::dat || m_chunks[verb].case_ == Case::loc ||
          m_chunks[verb].case_ == Case::gen)) {
    ++verb;
  }
  if (joint_noun && !partners &&
      ((!joint_operation && !body_of_act) || c.case_ != Case::acc || verb >= m_chunks.size() ||
       !m_chunks[verb].predicate || m_chunks[verb].quote != c.quote)) {
    return;
  }
  const Chunk* a = joint_subject(partners ? partner - 1 : j, c.quote);
  if (!a || a->metonym_only || a->actors.empty() || (a->actors.size() < 2 && !partners)) return;
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("協力");
  if (!trigger) return;
  Frame frame;
  frame.pair = a->actors;
  if (partners) {
    frame.pair.insert(frame.pair.end(), m_chunks[partner - 1].actors.begin(), m_chunks[partner - 1].actors.end());
  }
  frame.pair_rule = joint_noun ? "jointly.act_partners" : "jointly.subjects";
  frame.pair_confidence = 0.7;
  // (共同建設を|計画: the mood of the verb the act is the object of.)
  if (joint_noun && j + 1 < m_chunks.size() && m_chunks[j + 1].predicate && m_chunks[j + 1].quote == c.quote) {
    read_mood(frame, j + 1);
    if (function_at(j + 1, Function::hypothetical)) frame.hypothetical = true;
  }
  const mentions::TriggerMention mention{trigger, c.begin, c.begin + 1};
  emit(frame, mention, m_k.lexicon.relations()[trigger->relation], out);
}

// The subject (が or は) of a clause before phrase `before`, in quote segment
// `quote`, past relative and chained clauses (…周辺にある|拠点を stays inside
// the clause); nullptr when a clause that ends another way comes first.
const Chunk* SentenceReader::joint_subject(std::size_t before, int quote) const {
  for (std::size_t k = before; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.quote != quote) continue;
    if (a.predicate) {
      if (a.ending != Ending::continuative && a.ending != Ending::attributive) return nullptr;
      continue;
    }
    if ((a.case_ == Case::nom || a.case_ == Case::topic) && !a.absorbed) return &a;
  }
  return nullptr;
}

// ジョージアはアゼルバイジャン、トルコとの|3カ国で、…を進めている: sides
// that act as a count of states, the subject and those named with との, act
// together (eval/DECISIONS.md: acting together).
void SentenceReader::read_count_of_sides(std::size_t j, std::vector<RelationMention>& out) {
  const Chunk& c = m_chunks[j];
  // (3カ国で、: MeCab may read that で as the copula.)
  // (A figure and a count of states: not 共同で or 担当者で.)
  if (j < 2 || c.predicate || !c.actors.empty() || (c.case_ != Case::loc && c.case_ != Case::none) ||
      m_tokens[c.begin].pos1 != "数" || !has_particle(c, "で") || has_particle(c, "での") ||
      !function_at(j, Function::joint)) {
    return;
  }
  const Chunk& partners = m_chunks[j - 1];
  if (partners.case_ != Case::com_adn || partners.actors.empty() || partners.metonym_only ||
      partners.quote != c.quote) {
    return;
  }
  const Chunk* a = joint_subject(j - 1, c.quote);
  if (!a || a->metonym_only || a->actors.empty()) return;
  const mentions::Trigger* trigger = m_k.lexicon.find_trigger("協力");
  if (!trigger) return;
  Frame frame;
  frame.pair = a->actors;
  frame.pair.insert(frame.pair.end(), partners.actors.begin(), partners.actors.end());
  frame.pair_rule = "jointly.count_of_sides";
  frame.pair_confidence = 0.7;
  const mentions::TriggerMention mention{trigger, c.begin, c.content_end};
  emit(frame, mention, m_k.lexicon.relations()[trigger->relation], out);
}

// …で会合を開く予定で、米国とフランスの代表のほか、レバノン、イスラエル両軍の
// 代表が出席する: the sides whose people attend a meeting the sentence names
// talk with each other (eval/DECISIONS.md, meetings attended).
void SentenceReader::read_attendees(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& verb = m_chunks[p];
  if (!verb.predicate || p == 0 || verb.content_end == verb.begin) return;
  const auto& word = m_tokens[verb.content_end - 1].base;
  if (word != "出席" && word != "参加" && word != "同席") return;
  if (attendees_of_meeting_set_up(p, out)) return;
  const Chunk& subject = m_chunks[p - 1];
  if (subject.case_ == Case::topic && has_particle(subject, "も") && !subject.absorbed && !subject.actors.empty() &&
      !subject.metonym_only && subject.quote == verb.quote) {
    read_joiner(p, out);
    return;
  }
  if ((subject.case_ != Case::nom && subject.case_ != Case::topic) || subject.absorbed || subject.actors.size() < 2 ||
      subject.metonym_only || subject.quote != verb.quote) {
    return;
  }
  for (std::size_t t = 0; t < m_chunks.size(); ++t) {
    const Chunk& meeting = m_chunks[t];
    if (meeting.trigger < 0 || meeting.predicate || meeting.quote != verb.quote) continue;
    const RelationType& relation = relation_of(meeting);
    if (relation.name != "negotiates") continue;
    // 日韓首脳会談には…が出席した: a meeting that names its sides is read by
    // attended(), each attendee with the other side.
    if (!meeting.compound.empty() || (t > 0 && m_chunks[t - 1].case_ == Case::gen && !m_chunks[t - 1].actors.empty())) {
      return;
    }
    Frame frame;
    // One attendee per side: two of one state do not talk to each other.
    std::set<std::string> sides;
    for (const auto& a : subject.actors) {
      if (sides.insert(m_k.actors.affiliation(m_k.actors.actors()[a.actor])).second) frame.pair.push_back(a);
    }
    if (frame.pair.size() < 2) return;
    frame.pair_rule = "meeting.attendees";
    frame.pair_confidence = 0.7;
    frame.hypothetical = p + 1 < m_chunks.size() && function_at(p + 1, Function::hypothetical);
    emit(frame, m_triggers[meeting.trigger], relation, out);
    return;
  }
}

// 会談にはイランのアラグチ外相とサウジのファイサル外相に加え、中国の王毅外相
// も同席した: a meeting set up with には before the clause, and everyone the
// clause names as attending it (its subject, those it adds with に加え or
// lists with と), talk with each other, one attendee per side.
bool SentenceReader::attendees_of_meeting_set_up(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& verb = m_chunks[p];
  std::size_t t = p;
  while (t-- > 0) {
    const Chunk& c = m_chunks[t];
    if (c.quote != verb.quote) return false;
    if (c.predicate && c.ending != Ending::continuative) return false;
    if (c.trigger >= 0 && !c.predicate && c.case_ == Case::dat && has_particle(c, "には") && c.compound.empty() &&
        relation_of(c).name == "negotiates") {
      break;
    }
  }
  if (t >= p || (t > 0 && m_chunks[t - 1].case_ == Case::gen && !m_chunks[t - 1].actors.empty())) return false;
  Frame frame;
  std::set<std::string> sides;
  for (std::size_t k = t + 1; k < p; ++k) {
    const Chunk& c = m_chunks[k];
    if (c.absorbed || c.actors.empty() || c.metonym_only || c.case_ == Case::abl || c.case_ == Case::gen) continue;
    for (const auto& a : c.actors) {
      if (sides.insert(m_k.actors.affiliation(m_k.actors.actors()[a.actor])).second) frame.pair.push_back(a);
    }
  }
  if (frame.pair.size() < 3) return false;  // (two: read as before)
  frame.pair_rule = "meeting.attendees";
  frame.pair_confidence = 0.65;
  frame.hypothetical = p + 1 < m_chunks.size() && function_at(p + 1, Function::hypothetical);
  emit(frame, m_triggers[m_chunks[t].trigger], relation_of(m_chunks[t]), out);
  return true;
}

// フィリピン軍とアメリカ軍は合同演習を行い、日本の自衛隊も参加した: one who
// also takes part (Xも参加), naming no act of its own, joins the joint act
// the sentence named before, with each of its doers.
void SentenceReader::read_joiner(std::size_t p, std::vector<RelationMention>& out) {
  const Chunk& joiner = m_chunks[p - 1];
  for (std::size_t t = p - 1; t-- > 0;) {
    const Chunk& act = m_chunks[t];
    if (act.quote != joiner.quote || act.trigger < 0 || act.predicate) continue;
    const RelationType& relation = relation_of(act);
    if (relation.name != "cooperates" && relation.name != "negotiates") return;
    for (std::size_t k = t; k-- > 0;) {
      const Chunk& doers = m_chunks[k];
      if (doers.quote != act.quote || (doers.predicate && doers.ending != Ending::attributive)) return;
      if ((doers.case_ != Case::topic && doers.case_ != Case::nom) || doers.absorbed) continue;
      if (doers.actors.size() < 2 || doers.metonym_only) return;
      Frame frame;
      static const RoleRule joins{"joiner.subject", Form::verb, Voice::active, Case::topic, Role::source, 0.65};
      static const RoleRule sides{"joiner.act_doers", Form::verb, Voice::active, Case::topic, Role::target, 0.65};
      fill(frame.source, joiner.actors, &joins, 1.0);
      fill(frame.target, doers.actors, &sides, 1.0);
      frame.hypothetical = p + 1 < m_chunks.size() && function_at(p + 1, Function::hypothetical);
      emit(frame, m_triggers[act.trigger], relation, out);
      return;
    }
    return;
  }
}

// 中国へのヘッジとして、日米は…: an act the clause is done as is done by
// the clause's subject, named after it.
void SentenceReader::as_act_doer(Frame& frame, std::size_t t) {
  // 制裁の一環として: the act's tail noun carries the particle.
  const std::size_t h = act_head(t);
  const Chunk& head = m_chunks[h];
  if (!frame.source.actors.empty() || frame.target.actors.empty() || m_chunks[t].predicate ||
      !has_particle(head, "として")) {
    return;
  }
  static const RoleRule rule{"noun.as_act_doer", Form::noun, Voice::active, Case::topic, Role::source, 0.7};
  for (std::size_t k = h + 1; k < m_chunks.size(); ++k) {
    const Chunk& c = m_chunks[k];
    if (c.quote != head.quote) continue;
    if (c.predicate && c.ending != Ending::attributive) break;
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed) {
      fill(frame.source, c.actors, &rule, 1.0);
      return;
    }
  }
  // 米国は、ロシアへの制裁の一環として…を指定した: or the subject set before
  // it, in the same clause.
  for (std::size_t k = t; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != head.quote || c.predicate) return;
    if (c.case_ == Case::topic && !c.actors.empty() && !c.absorbed) {
      fill(frame.source, c.actors, &rule, 0.95);
      return;
    }
  }
}

// Xが提案し、Yが同意した: consent to a proposal is an agreement with the
// proposer, the subject of the clause that goes on into this one.
void SentenceReader::proposer(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!relation.symmetric || frame.source.actors.empty() || !frame.target.actors.empty() || !frame.pair.empty()) return;
  for (std::size_t q = t; q-- > 0;) {
    const Chunk& c = m_chunks[q];
    if (!c.predicate) continue;
    if (c.ending != Ending::continuative || !function_at(q, Function::propose)) return;
    for (std::size_t j = q; j-- > 0;) {
      const Chunk& s = m_chunks[j];
      if (s.predicate) return;
      if (!s.actors.empty() && (s.case_ == Case::nom || s.case_ == Case::topic)) {
        static const RoleRule rule{"verb.proposer", Form::verb, Voice::active, Case::nom, Role::target, 0.75};
        fill(frame.target, s.actors, &rule, 1.0);
        return;
      }
    }
    return;
  }
}

// Xの仲介で、YとZは停戦に合意した: the mediator talks with each party, the
// subjects of the clause its adverbial phrase leads into.
void SentenceReader::mediated_parties(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  if (!frame.target.actors.empty() || !frame.pair.empty() || !function_at(t, Function::mediate)) return;
  std::size_t from = t + 1;
  static const RoleRule rule{"verb.mediated", Form::verb, Voice::active, Case::none, Role::target, 0.7};
  // XとYの停戦を仲介した, XとYの協議を主催した: the pair that owns what is
  // mediated or hosted (also in a clause that goes on: …を仲介し、).
  const bool object_before = t > 0 && m_chunks[t - 1].case_ == Case::acc && !m_chunks[t - 1].predicate &&
                             m_chunks[t - 1].actors.empty() && m_chunks[t - 1].quote == head.quote;
  if (head.predicate && !frame.source.actors.empty() && object_before) {
    const auto parties = owners_before(t - 1);
    if (parties.size() >= 2) {
      fill(frame.target, parties, &rule, 1.0);
      return;
    }
    if (head.ending != Ending::continuative) return;
  }
  if (head.predicate && head.ending != Ending::continuative && !frame.source.actors.empty()) {
    // XとY、…で合意 米が仲介; XとYは…合意し、Zが仲介した: the sides of the
    // deal or talks the clause before states.
    for (std::size_t p = t; p-- > 0;) {
      const Chunk& deal = m_chunks[p];
      // XとYの停戦交渉は、Zが仲介している: the talks put as the topic.
      if (!deal.predicate && deal.trigger >= 0 && deal.case_ == Case::topic && relation_of(deal).symmetric &&
          deal.quote == head.quote) {
        const auto parties = owners_before(p);
        if (parties.size() >= 2) fill(frame.target, parties, &rule, 1.0);
        return;
      }
      if (!deal.predicate) continue;
      if (deal.trigger < 0 || !relation_of(deal).symmetric || deal.quote != head.quote) return;
      for (std::size_t j = p; j-- > 0;) {
        const Chunk& c = m_chunks[j];
        if (c.predicate) return;
        if ((c.case_ == Case::topic || c.case_ == Case::nom) && c.actors.size() >= 2 && !c.absorbed) {
          fill(frame.target, c.actors, &rule, 1.0);
          return;
        }
      }
      return;
    }
    return;
  }
  if (head.predicate) {
    // エジプトとカタールが仲介し、YとZは…合意した.
    if (head.ending != Ending::continuative || frame.source.actors.empty()) return;
  } else if (head.case_ == Case::acc || head.case_ == Case::dat) {
    // 仲介役を務め、YとZは交渉に臨んだ; 仲介に乗り出し、…: the clause the
    // mediating one goes on into.
    const long p = governing_predicate(t);
    if (p < 0 || m_chunks[static_cast<std::size_t>(p)].ending != Ending::continuative) return;
    from = static_cast<std::size_t>(p) + 1;
  } else if (head.case_ == Case::agent_adn) {
    // XとYは中国の仲介による協議を行い: the parties of the talks it leads
    // into are the clause's subject and whoever it meets.
    if (frame.source.actors.empty() || t + 1 >= m_chunks.size() || m_chunks[t + 1].trigger < 0 ||
        !relation_of(m_chunks[t + 1]).symmetric) {
      return;
    }
    std::vector<ActorRef> parties;
    for (std::size_t k = t; k-- > 0;) {
      const Chunk& c = m_chunks[k];
      if ((c.predicate && c.ending != Ending::attributive) || c.quote != head.quote) break;
      if (c.absorbed || c.actors.empty() || c.metonym_only) continue;
      if (c.case_ == Case::topic || c.case_ == Case::nom || c.case_ == Case::com) {
        parties.insert(parties.end(), c.actors.begin(), c.actors.end());
      }
    }
    static const RoleRule rule{"noun.mediated_parties", Form::noun, Voice::active, Case::none, Role::target, 0.7};
    if (parties.size() >= 2) fill(frame.target, parties, &rule, 1.0);
    return;
  } else if (head.case_ != Case::loc && head.case_ != Case::agent) {
    return;
  } else if (frame.source.actors.empty()) {
    return;
  } else {
    // XとYの…協議が、Zの仲介で再び動き出した: the talks named before, as
    // the clause's subject, have their parties in their の-phrases.
    for (std::size_t k = t; k-- > 0;) {
      const Chunk& talks = m_chunks[k];
      if (talks.predicate || talks.quote != head.quote) break;
      // (X・Y協議、米仲介で前進: a headline sets its subject off with a comma
      // alone.)
      const bool headline_subject = talks.case_ == Case::none && talks.comma && k == 0;
      if ((talks.case_ != Case::nom && talks.case_ != Case::topic && !headline_subject) || talks.trigger < 0 ||
          !relation_of(talks).symmetric) {
        continue;
      }
      auto parties = owners_before(k);
      if (parties.size() < 2 && talks.compound.size() >= 2) parties = talks.compound;
      if (parties.size() < 2 && k > 0 && m_chunks[k - 1].case_ == Case::coord_pair) parties = m_chunks[k - 1].actors;
      if (parties.size() < 2) {
        // サウジアラビアとイスラエルの|国交正常化を|めぐる|協議が: the pair
        // further left, before what the talks are about.
        for (std::size_t g = k; g-- > 0 && parties.size() < 2;) {
          const Chunk& c = m_chunks[g];
          if (c.quote != head.quote || c.comma) break;
          if (c.case_ == Case::gen && c.actors.size() >= 2 && !c.absorbed) parties = c.actors;
        }
      }
      if (parties.size() < 2) break;
      static const RoleRule rule{"noun.mediated_talks", Form::noun, Voice::active, Case::none, Role::target, 0.7};
      fill(frame.target, parties, &rule, 1.0);
      return;
    }
  }
  // XとYは、Zの仲介で(により)和平合意の文書に仮調印した: a pair named before
  // the mediation, as the subject of the deal or talks it leads into.
  if (head.case_ == Case::loc || head.case_ == Case::agent) {
    bool deal = false;
    for (std::size_t p = t + 1; p < m_chunks.size() && !deal; ++p) {
      deal = m_chunks[p].trigger >= 0 && relation_of(m_chunks[p]).symmetric && m_chunks[p].quote == head.quote;
      if (m_chunks[p].predicate) break;
    }
    static const RoleRule subjects{"noun.mediated_subjects", Form::noun, Voice::active, Case::none, Role::target, 0.7};
    for (std::size_t k = t; deal && k-- > 0;) {
      const Chunk& c = m_chunks[k];
      // XとYは…断交したが、Zの仲介で…合意した: a topic reaches over the
      // clauses it heads (and over relative clauses: …が示した|計画に基づき).
      if ((c.predicate && c.ending != Ending::continuative && c.ending != Ending::attributive) ||
          c.quote != head.quote) {
        break;
      }
      if (c.predicate || c.absorbed || (c.case_ != Case::topic && c.case_ != Case::nom)) continue;
      if (c.actors.size() >= 2) {
        fill(frame.target, c.actors, &subjects, 1.0);
        return;
      }
      // XとYの停戦は、Zの仲介で合意された: the pair that owns the deal.
      if (c.actors.empty() && c.case_ == Case::topic) {
        const auto parties = owners_before(k);
        if (parties.size() >= 2) {
          fill(frame.target, parties, &subjects, 1.0);
          return;
        }
      }
      // (Xは、Zの仲介でYと…: one side here, the other after the mediation.)
      if (c.case_ == Case::topic) break;
    }
  }
  bool past_relative = false;
  for (std::size_t j = from; j < m_chunks.size(); ++j) {
    const Chunk& c = m_chunks[j];
    // (Zの仲介で|続く|YとZの協議: past a relative clause the mediation is
    // in, on the talks named after it.)
    if (c.predicate) {
      if (c.ending != Ending::attributive || head.case_ != Case::loc || past_relative) return;
      past_relative = true;
      continue;
    }
    // …の仲介でYとZによる協議が行われた: the parties that own the meeting.
    // (Zの仲介で|両国の|外相が会談した: or the pair that owns the subject, a
    // noun naming no one itself: their envoys, delegations or leaders.)
    const bool owns_meeting =
        (c.case_ == Case::agent_adn || c.case_ == Case::gen) && j + 1 < m_chunks.size() &&
        ((m_chunks[j + 1].trigger >= 0 && relation_of(m_chunks[j + 1]).symmetric) ||
         (c.case_ == Case::gen && c.actors.size() >= 2 && m_chunks[j + 1].actors.empty() &&
          m_chunks[j + 1].trigger < 0 && (m_chunks[j + 1].case_ == Case::nom || m_chunks[j + 1].case_ == Case::topic)));
    // Xは、Zの仲介でYと会談し: the subject before and the partner after.
    // (Or Yとの…を回復: a partner of the act the clause goes on to.)
    // (Zの仲介により: so with により.)
    const bool partner = (c.case_ == Case::com || c.case_ == Case::com_adn) &&
                         (head.case_ == Case::loc || head.case_ == Case::agent);
    if (c.absorbed || c.actors.empty() || (c.case_ != Case::nom && c.case_ != Case::topic && !owns_meeting && !partner)) {
      continue;
    }
    // Only a meeting or a deal has parties to mediate between: a symmetric
    // trigger up to the clause's predicate (合意した, 交渉に臨んだ).
    bool meeting = false;
    for (std::size_t p = j + 1; p < m_chunks.size() && !meeting; ++p) {
      meeting = m_chunks[p].trigger >= 0 && relation_of(m_chunks[p]).symmetric;
      if (m_chunks[p].predicate) break;
    }
    // (A partner named with と after the mediation is a party whatever the
    // act: 中国の仲介でイランとの外交関係を回復; so is a pair that is the
    // clause's subject: 中国の仲介でイランとサウジが国交を回復.)
    const bool pair = c.actors.size() >= 2 && c.case_ == Case::nom && head.case_ == Case::loc;
    if (!meeting && !partner && !pair) return;
    static const RoleRule rule{"noun.mediated", Form::noun, Voice::active, Case::none, Role::target, 0.75};
    std::vector<ActorRef> parties = c.actors;
    if (partner) {
      for (std::size_t k = t; k-- > 0;) {
        const Chunk& subject = m_chunks[k];
        if (subject.predicate || subject.quote != head.quote) break;
        if ((subject.case_ == Case::topic || subject.case_ == Case::nom) && !subject.absorbed && !subject.actors.empty()) {
          parties.insert(parties.begin(), subject.actors.begin(), subject.actors.end());
          break;
        }
      }
      if (parties.size() < 2) return;
      // With no meeting of their own named, the mediated sides talk through
      // the mediator: they negotiate with each other too.
      if (!meeting) {
        frame.pair = parties;
        frame.pair_rule = "noun.mediated_sides";
        frame.pair_confidence = 0.7;
      }
    }
    fill(frame.target, parties, &rule, 1.0);
    return;
  }
}

// イランはオマーンを通じて米国と協議した, オマーンを介した米国との協議,
// カタール経由の交渉: the one talks pass through mediates them, and a
// mediator negotiates with each party (eval/DECISIONS.md).
void SentenceReader::talks_through(const Frame& talks, std::size_t t, const mentions::TriggerMention& trigger,
                                   std::vector<RelationMention>& out) {
  if (talks.negated) return;
  std::vector<ActorRef> parties = talks.source.actors;
  parties.insert(parties.end(), talks.target.actors.begin(), talks.target.actors.end());
  parties.insert(parties.end(), talks.pair.begin(), talks.pair.end());
  if (parties.size() < 2) return;
  const Chunk& head = m_chunks[t];
  // 〜を介した, 〜を通して: a verb of passing through, before the talks.
  const auto via = [&](std::size_t k) {
    const Chunk& c = m_chunks[k];
    return c.predicate && k + 1 < t && c.trigger < 0 && c.content_end > c.begin && passes_through(m_tokens[c.begin]);
  };
  for (std::size_t k = t; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != head.quote) return;
    // (Only within the clause of the talks: a relative clause on them, or
    // 〜を介して, is the only predicate passed.)
    if (c.predicate && !via(k)) return;
    if (c.predicate || c.absorbed || c.metonym_only) continue;
    const bool via_verb = c.case_ == Case::acc && via(k + 1);
    const bool via_particle = c.case_ == Case::acc && has_particle(c, "を通じ");
    const bool via_noun = c.content_end > c.begin && m_tokens[c.content_end - 1].base == "経由";
    if (!via_verb && !via_particle && !via_noun) continue;
    const std::vector<ActorRef>& mediator = via_noun && c.actors.empty() ? c.possessor : c.actors;
    if (mediator.empty()) return;
    static const RoleRule through{"verb.talks_through", Form::verb, Voice::active, Case::acc, Role::source, 0.7};
    static const RoleRule sides{"verb.talks_through_sides", Form::verb, Voice::active, Case::none, Role::target, 0.7};
    Frame via;
    fill(via.source, mediator, &through, 1.0);
    fill(via.target, parties, &sides, 1.0);
    via.source.confidence = std::min(talks.source.confidence, 0.7);
    via.hypothetical = talks.hypothetical;
    via.mediator = true;
    emit(via, trigger, m_k.lexicon.relations()[trigger.trigger->relation], out);
    return;
  }
}

// ハマスの拠点を狙った|空爆: what an act is aimed at, in a relative clause
// of aiming on it, names the target.
void SentenceReader::aimed_at(Frame& frame, std::size_t t) {
  if (t < 2 || !frame.target.actors.empty()) return;
  const Chunk& aim = m_chunks[t - 1];
  if (!aim.predicate || aim.ending != Ending::attributive || aim.passive) return;
  if (function_at(t - 1, Function::aimed)) {
    aimed_object(frame, t - 1);
  } else if (t >= 3 && aim.content_end == aim.begin + 1 && m_tokens[aim.begin].base == "する" &&
             m_chunks[t - 2].case_ == Case::dat && function_at(t - 2, Function::aimed)) {
    aimed_object(frame, t - 2);  // ハマスの司令官を|標的に|した|空爆
  }
}

// The target named as the object of aiming predicate `aim` (…を狙った, …を狙って).
void SentenceReader::aimed_object(Frame& frame, std::size_t aim) {
  if (aim == 0) return;
  const Chunk& object = m_chunks[aim - 1];
  if (object.case_ != Case::acc || object.predicate) return;
  static const RoleRule rule{"noun.aimed_at", Form::noun, Voice::active, Case::acc, Role::target, 0.75};
  if (!object.actors.empty()) {
    fill(frame.target, object.actors, &rule, 1.0);
  } else if (const auto owners = owners_before(aim - 1); !owners.empty()) {
    fill(frame.target, owners, &rule, 1.0);
  } else if (!object.possessor.empty()) {
    fill(frame.target, object.possessor, &rule, 1.0);
  }
}

// 米ロ会合では、米国側から…ヴィトコフ氏、…クシュナー氏が出席した: whoever
// attends a meeting of named sides talks with each side they do not
// belong to (eval/DECISIONS.md).
void SentenceReader::attended(std::size_t t, const Frame& meeting, const mentions::TriggerMention& trigger,
                              const RelationType& relation, std::vector<RelationMention>& out) {
  const Chunk& head = m_chunks[t];
  if (meeting.pair.empty() || (head.case_ != Case::loc && head.case_ != Case::dat)) return;
  std::size_t p = t + 1;
  while (p < m_chunks.size() && !m_chunks[p].predicate) ++p;
  if (p == m_chunks.size() || !function_at(p, Function::designate)) return;
  std::set<std::uint32_t> done;
  for (std::size_t j = t + 1; j < p; ++j) {
    const Chunk& c = m_chunks[j];
    if (c.actors.empty() || c.metonym_only || c.quote != head.quote) continue;
    // The attendees: the subject, and names listed with 、 (a list may run
    // on into an の-phrase, トランプ氏の娘婿, whose owner attends nothing).
    if (c.case_ != Case::nom && c.case_ != Case::topic && !(c.case_ == Case::none && c.comma)) continue;
    for (const auto& attendee : c.actors) {
      if (!done.insert(attendee.actor).second) continue;
      const std::string side = m_k.actors.affiliation(m_k.actors.actors()[attendee.actor]);
      Frame frame;
      static const RoleRule rule{"noun.attended", Form::noun, Voice::active, Case::nom, Role::source, 0.75};
      static const RoleRule sides{"noun.meeting_side", Form::noun, Voice::active, Case::compound, Role::target, 0.75};
      fill(frame.source, {attendee}, &rule, 1.0);
      std::vector<ActorRef> others;
      for (const auto& member : meeting.pair) {
        if (member.actor != attendee.actor && m_k.actors.actors()[member.actor].id != side) others.push_back(member);
      }
      if (others.empty()) continue;
      fill(frame.target, others, &sides, 1.0);
      frame.hypothetical = meeting.hypothetical;
      emit(frame, trigger, relation, out);
    }
  }
}

// The subject of the verb of saying right after quoted words ending at
// phrase q - 1 (「…」と|述べた, 「…」と|記者団に|語った), read for `relation`;
// empty when none names an actor.
Filler SentenceReader::speaker_after(std::size_t q, const RelationType& relation) {
  for (std::size_t s = q; s < m_chunks.size() && s <= q + 1; ++s) {
    if (!m_chunks[s].predicate) continue;
    Frame outer;
    verbal_arguments(outer, s, Voice::active, relation, s, s);
    return outer.source;
  }
  return {};
}

// 報道官は「パキスタンの主権を断固支持する」と述べた: quoted words with no
// subject of their own are the speaker's, the subject of the verb of saying
// after 「…」と.
// 日本はウクライナの復興資金として…を拠出した: money given as the funds of
// someone named with の goes to them.
void SentenceReader::funds_for(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  if (relation.name != "supplies" || !head.predicate || !frame.target.actors.empty() || frame.source.actors.empty()) {
    return;
  }
  for (std::size_t k = t; k-- > 1;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != head.quote || (c.predicate && c.ending != Ending::attributive)) return;
    if (c.predicate || !c.actors.empty() || c.case_ != Case::none || !has_particle(c, "として")) continue;
    const Chunk& owner = m_chunks[k - 1];
    if (owner.case_ != Case::gen || owner.actors.empty() || owner.metonym_only || owner.absorbed ||
        shares_actor(owner.actors, frame.source.actors)) {
      return;
    }
    static const RoleRule rule{"verb.funds_of", Form::verb, Voice::active, Case::gen, Role::target, 0.65};
    fill(frame.target, owner.actors, &rule, 1.0);
    return;
  }
}

// 米国は国連への|分担金を|支払った, ウクライナへの|支援金を拠出: money or
// goods named as the object with where they go (への) go there; so does
// money compounded with whom it is for (国連分担金を払う).
void SentenceReader::object_destination(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& verb = m_chunks[t];
  if (relation.name != "supplies" || !verb.predicate || verb.passive || !frame.target.actors.empty() ||
      frame.source.actors.empty() || m_triggers[verb.trigger].trigger->inverse) {
    return;
  }
  for (std::size_t j = t; j-- > 1;) {
    const Chunk& c = m_chunks[j];
    if (c.predicate || c.quote != verb.quote) return;
    if (c.case_ != Case::acc) continue;
    if (!c.actors.empty() || c.trigger >= 0 || c.content_end == c.begin) return;
    // (国連|分担金を払う: dues compounded with whom they are for; not any
    // money, ロシア凍結資金を拠出.)
    std::string noun = c.content_end > c.begin + 1 ? m_tokens[c.content_end - 2].surface : std::string();
    noun += m_tokens[c.content_end - 1].surface;
    const bool dues = m_k.rules.has_function(noun, Function::dues) ||
                      m_k.rules.has_function(m_tokens[c.content_end - 1], Function::dues);
    if (dues && !c.possessor.empty() && !c.metonym_only && !shares_actor(c.possessor, frame.source.actors)) {
      static const RoleRule paid_in{"verb.money_compound", Form::verb, Voice::active, Case::acc, Role::target, 0.65};
      fill(frame.target, c.possessor, &paid_in, 1.0);
      return;
    }
    const Chunk& to = m_chunks[j - 1];
    if (to.case_ != Case::dat_adn || to.actors.empty() || to.metonym_only || to.predicate ||
        shares_actor(to.actors, frame.source.actors)) {
      return;
    }
    static const RoleRule rule{"verb.object_destination", Form::verb, Voice::active, Case::dat_adn, Role::target, 0.7};
    fill(frame.target, to.actors, &rule, 1.0);
    return;
  }
}

// スイスは米国からF35を購入する契約を結んだ: a contract to buy from a seller
// named with から in the relative clause on it is made with the seller; one
// to sell to a buyer named with に (戦闘機をトルコに売却する契約), with the buyer.
void SentenceReader::seller_of_purchase(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  if (relation.name != "agrees" || head.predicate || t < 2 || !frame.target.actors.empty() ||
      frame.source.actors.empty()) {
    return;
  }
  const Chunk& purchase = m_chunks[t - 1];
  if (!purchase.predicate || purchase.ending != Ending::attributive || purchase.trigger < 0 ||
      purchase.quote != head.quote || relation_of(purchase).name != "supplies") {
    return;
  }
  const bool buying = m_triggers[purchase.trigger].trigger->inverse;
  const Case other_side = buying ? Case::abl : Case::dat;
  for (std::size_t k = t - 1; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != head.quote || c.predicate || c.comma || c.case_ == Case::topic || c.case_ == Case::nom) return;
    if (c.case_ != other_side || c.actors.empty() || c.metonym_only || shares_actor(c.actors, frame.source.actors)) {
      continue;
    }
    static const RoleRule seller{"noun.purchase_seller", Form::noun, Voice::active, Case::abl, Role::target, 0.7};
    static const RoleRule buyer{"noun.sale_buyer", Form::noun, Voice::active, Case::dat, Role::target, 0.7};
    fill(frame.target, c.actors, buying ? &seller : &buyer, 1.0);
    return;
  }
}

// ロシアは日本の領土である北方四島を占拠, 日本固有の領土だとして、韓国が
// 不法に占拠: land held that the sentence calls a state's territory is
// held from that state.
void SentenceReader::territory_owner(Frame& frame, std::size_t t, const RelationType& relation) {
  if (relation.name != "occupies" || !frame.target.actors.empty() || frame.source.actors.empty()) return;
  const int quote = m_chunks[t].quote;
  for (std::size_t k = 1; k < m_chunks.size(); ++k) {
    const Chunk& land = m_chunks[k];
    if (land.quote != quote || land.content_end == land.begin || !land.actors.empty()) continue;
    if (m_tokens[land.content_end - 1].base != "領土") continue;
    // (日本|固有の|領土: past words that only qualify it.)
    std::size_t o = k;
    // (日本固有の: a state glued to such a word is its owner too.)
    const auto named = [&](const Chunk& c) -> const std::vector<ActorRef>& {
      return c.actors.empty() ? c.possessor : c.actors;
    };
    while (o > 0 && m_chunks[o - 1].case_ == Case::gen && named(m_chunks[o - 1]).empty() &&
           m_chunks[o - 1].quote == quote && !m_chunks[o - 1].predicate) {
      --o;
    }
    if (o == 0) continue;
    const Chunk& owner = m_chunks[o - 1];
    const auto& states = named(owner);
    if (owner.case_ != Case::gen || states.empty() || owner.metonym_only || owner.quote != quote ||
        !all_states(states) || shares_actor(states, frame.source.actors)) {
      continue;
    }
    static const RoleRule rule{"noun.territory_owner", Form::noun, Voice::active, Case::gen, Role::target, 0.6};
    fill(frame.target, states, &rule, 1.0);
    return;
  }
}

// 中国の輸入停止について「早期の解消を求める」と伝えた: what a speaker asks
// about an act named with について right before the words is asked of the
// act's owner.
void SentenceReader::asked_about(Frame& frame, std::size_t t, const RelationType& relation) {
  const int quote = m_chunks[t].quote;
  if (quote == 0 || relation.name != "requests" || !frame.target.actors.empty() || frame.source.actors.empty() ||
      !frame.source.rule || !frame.source.rule->id.starts_with("quote.speaker")) {
    return;
  }
  std::size_t first = t;
  while (first > 0 && m_chunks[first - 1].quote == quote) --first;
  if (first == 0) return;
  const Chunk& about = m_chunks[first - 1];
  if (about.quote == quote || !about.actors.empty() || about.trigger < 0 || about.predicate ||
      !has_particle(about, "について")) {
    return;
  }
  auto owners = owners_before(first - 1);
  // (中国が続ける|…の輸入停止や|…の呼びかけについて: or the subject of a
  // clause on the phrase.)
  if (owners.empty()) {
    std::size_t k = first - 1;
    while (k > 0 && !m_chunks[k - 1].predicate && m_chunks[k - 1].actors.empty() && !m_chunks[k - 1].comma &&
           m_chunks[k - 1].quote == about.quote) {
      --k;
    }
    if (k > 0 && m_chunks[k - 1].predicate && m_chunks[k - 1].ending == Ending::attributive) {
      owners = relative_subject(k - 1);
    }
  }
  if (owners.empty() || shares_actor(owners, frame.source.actors)) return;
  static const RoleRule rule{"quote.about_owner", Form::verb, Voice::active, Case::against, Role::target, 0.6};
  fill(frame.target, owners, &rule, 1.0);
}

void SentenceReader::speaker(Frame& frame, std::size_t t) {
  const int quote = m_chunks[t].quote;
  // 「…の公船が攻撃されれば」: a passive leaves its doer unnamed; the
  // speaker is not it.
  if (m_chunks[t].predicate && m_chunks[t].passive) return;
  // 「米国はアルジェリアとの協力を望んでいる」: quoted words with a topic
  // or subject of their own are its act, not the speaker's; so are those
  // after an earlier clause of the quotation with a subject (「ベトナムが…
  // 締結することはないが、防衛協力は…」).
  // Xは日本についても「米国と結託して…」と批判: words said about one named
  // with について right before them tell of that one's deeds.
  {
    std::size_t first = t;
    while (first > 0 && m_chunks[first - 1].quote == quote) --first;
    if (quote != 0 && first > 0) {
      const Chunk& about = m_chunks[first - 1];
      if (about.quote != quote && !about.actors.empty() && !about.metonym_only && !about.predicate &&
          has_particle(about, "について")) {
        static const RoleRule told{"quote.about", Form::verb, Voice::active, Case::topic, Role::source, 0.65};
        fill(frame.source, about.actors, &told, 1.0);
        return;
      }
    }
  }
  bool own_country = false;  // 「わが国は…」: the speaker's own state
  for (std::size_t k = t; k-- > 0 && m_chunks[k].quote == quote;) {
    const Chunk& c = m_chunks[k];
    if (c.predicate || (c.case_ != Case::topic && c.case_ != Case::nom) || c.absorbed) continue;
    if (!c.actors.empty() && !c.metonym_only) {
      static const RoleRule own{"quote.subject", Form::verb, Voice::active, Case::topic, Role::source, 0.75};
      fill(frame.source, c.actors, &own, 1.0);
      return;
    }
    const auto& word = m_tokens[c.begin].surface;
    if (c.content_end == c.begin + 1 && names_own_country(word)) own_country = true;
  }
  std::size_t q = t + 1;
  while (q < m_chunks.size() && m_chunks[q].quote == quote) ++q;
  if (q == m_chunks.size() || m_chunks[q - 1].case_ != Case::quote) return;
  // 「Xへの攻撃はYへの攻撃だ」, 「これは侵略だ」: an act named in a statement of
  // what something is (…は…だ) is judged by the speaker, not done.
  const Chunk& last = m_chunks[q - 1];
  if (last.copula && last.trigger >= 0 && m_tokens[last.content_end - 1].pos == "名詞" &&
      (t + 1 == q || m_chunks[t].case_ == Case::topic)) {
    return;
  }
  // 「RSFに兵器を送り込んでいる」とUAEを非難: words that accuse Y (Yを
  // 非難, 批判) tell of Y's deeds, not the speaker's. (A deed told by a
  // verb; 「中国との対話で…べきだ」とYを批判 is advice, the speaker's own.)
  if (m_chunks[t].predicate && q + 1 < m_chunks.size() && m_chunks[q].case_ == Case::acc && !m_chunks[q].actors.empty() &&
      !m_chunks[q].metonym_only && !m_chunks[q].absorbed && m_chunks[q + 1].predicate && m_chunks[q + 1].trigger >= 0 &&
      relation_of(m_chunks[q + 1]).name == "criticizes") {
    static const RoleRule accused{"quote.accused", Form::verb, Voice::active, Case::acc, Role::source, 0.65};
    fill(frame.source, m_chunks[q].actors, &accused, 1.0);
    return;
  }
  const Filler said_by = speaker_after(q, relation_of(m_chunks[t]));
  if (said_by.actors.empty()) return;
  static const RoleRule rule{"quote.speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule state{"quote.speaker_state", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
  if (own_country) {
    // わが国: the state of the one who speaks.
    std::vector<ActorRef> states;
    for (const auto& a : said_by.actors) {
      const auto* own = m_k.actors.find_id(m_k.actors.affiliation(m_k.actors.actors()[a.actor]));
      if (own) states.push_back({static_cast<std::uint32_t>(own - m_k.actors.actors().data()), false});
    }
    if (!states.empty()) fill(frame.source, states, &state, said_by.confidence);
    return;
  }
  fill(frame.source, said_by.actors, &rule, said_by.confidence);
}

// 報道官は「Xから…を求められた」と話した: quoted words in the passive with
// a doer named but no subject of their own tell what the speaker underwent.
void SentenceReader::passive_speaker(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  // (Not a clause on a noun: 「スペインに占領された都市」と呼ぶ names a thing.)
  if (!head.predicate || !head.passive || head.ending == Ending::attributive || head.quote == 0 ||
      !frame.target.actors.empty() || frame.source.actors.empty()) {
    return;
  }
  for (std::size_t k = t; k-- > 0 && m_chunks[k].quote == head.quote;) {
    const Chunk& c = m_chunks[k];
    if (!c.predicate && (c.case_ == Case::topic || c.case_ == Case::nom)) return;  // (the words' own subject)
  }
  std::size_t q = t + 1;
  while (q < m_chunks.size() && m_chunks[q].quote == head.quote) ++q;
  if (q == m_chunks.size() || m_chunks[q - 1].case_ != Case::quote) return;
  const Filler said_by = speaker_after(q, relation_of(head));
  if (said_by.actors.empty() || shares_actor(said_by.actors, frame.source.actors)) return;
  static const RoleRule rule{"quote.speaker_undergoes", Form::verb, Voice::passive, Case::topic, Role::target, 0.65};
  fill(frame.target, said_by.actors, &rule, said_by.confidence);
}

// Xは、Yとの協力が欠かせないと訴えた: a joint act put as the subject of
// words said without brackets, with no doer of its own, is the speaker's,
// as with bracketed words (speaker).
void SentenceReader::complement_speaker(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  if (!frame.source.actors.empty() || frame.target.actors.empty() || head.quote != 0 || head.predicate ||
      head.case_ != Case::nom || !relation_of(head).symmetric) {
    return;
  }
  // The complement's predicate right after the act, saying nothing of who.
  const std::size_t p = t + 1;
  if (p + 1 >= m_chunks.size() || !m_chunks[p].predicate || m_chunks[p].ending != Ending::quoted ||
      m_chunks[p].trigger >= 0 || m_chunks[p].quote != 0) {
    return;
  }
  // Nothing before the act in its clause may name a subject of its own.
  for (std::size_t k = t; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.predicate || c.comma || c.quote != 0) break;
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty()) return;
  }
  // The verb of saying, past adverbs (繰り返し訴えた).
  std::size_t s = p + 1;
  while (s + 1 < m_chunks.size() && !m_chunks[s].predicate && m_chunks[s].case_ == Case::none &&
         m_chunks[s].actors.empty() && m_chunks[s].trigger < 0) {
    ++s;
  }
  if (!m_chunks[s].predicate || !function_at(s, Function::say)) return;
  Frame outer;
  verbal_arguments(outer, s, Voice::active, relation_of(head), s, s);
  if (outer.source.actors.empty()) return;
  static const RoleRule rule{"complement.speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.65};
  fill(frame.source, outer.source.actors, &rule, outer.source.confidence);
}

// XをYの攻撃から守る: Y attacks X, and whoever protects X deters Y
// (eval/DECISIONS.md). The attack's source came from its own の-phrase.
void SentenceReader::protect(Frame& frame, std::size_t t, std::size_t p, const RelationType& relation,
                             const mentions::TriggerMention& trigger, std::vector<RelationMention>& out) {
  Frame outer;
  verbal_arguments(outer, p, Voice::active, relation, t, t + 1);
  if (outer.target.rule && outer.target.rule->case_ == Case::acc) frame.target = outer.target;
  const int deters = m_k.lexicon.find_relation("deters");
  if (deters < 0 || outer.source.actors.empty() || frame.source.actors.empty()) return;
  Frame defence;
  defence.source = outer.source;
  defence.target = frame.source;
  defence.hypothetical = outer.hypothetical;
  read_mood(defence, p);
  mentions::TriggerMention verb{trigger.trigger, m_chunks[p].begin, m_chunks[p].content_end};
  emit(defence, verb, m_k.lexicon.relations()[deters], out, static_cast<std::uint16_t>(deters));
}

// 「中国はザンビアにとって重要なパートナーだ」と述べた, 「フィリピンは重要な
// パートナーだ」と述べた, 米国は…の輸出先でもある: a role (triggers.tsv: role)
// named as what its subject is, is played towards whom it is so for
// (にとって), the topic of a clause before, or the one who says so.
void SentenceReader::role_predicate(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  const mentions::Trigger& trigger = *m_triggers[head.trigger].trigger;
  // (…輸出先でもある: the copula may be ある after で.)
  const bool copula = head.copula || (t + 1 < m_chunks.size() && m_chunks[t + 1].content_end > m_chunks[t + 1].begin &&
                                      m_tokens[m_chunks[t + 1].begin].base == "ある" && has_particle(head, "で"));
  if (!trigger.role || !copula || head.negated || (head.case_ != Case::quote && head.case_ != Case::none) ||
      head.content_end == head.begin || m_tokens[head.content_end - 1].pos != "名詞") {
    return;
  }
  std::vector<ActorRef> subject;
  std::vector<ActorRef> other;
  std::vector<ActorRef> earlier;  // a topic of a clause before (ペルーは…、米国は…輸出先だ)
  bool crossed = false;
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != head.quote) break;
    if (c.predicate && c.ending != Ending::attributive) {
      if (c.ending != Ending::continuative || subject.empty()) break;
      crossed = true;
      continue;
    }
    if (c.actors.empty() || c.absorbed || c.metonym_only) continue;
    if (!crossed && c.case_ == Case::benefit && other.empty()) other = c.actors;
    // (EUにとって|トルクメニスタンは: the one it is so for may come first.)
    if (c.case_ == Case::topic && subject.empty()) {
      subject = c.actors;
    } else if (c.case_ == Case::topic && crossed && earlier.empty()) {
      earlier = c.actors;
    }
  }
  // (「中国とインドは…協力のパートナーだ」: a pair is the partners themselves.)
  if (subject.size() != 1) return;
  if (other.empty() && earlier.size() == 1 && earlier.front().actor != subject.front().actor) other = earlier;
  static const RoleRule partner_rule{"copula.role_subject", Form::noun, Voice::active, Case::topic, Role::source, 0.6};
  static const RoleRule for_rule{"copula.role_for", Form::noun, Voice::active, Case::benefit, Role::target, 0.6};
  static const RoleRule speaker_rule{"copula.role_of_speaker", Form::noun, Voice::active, Case::topic, Role::target, 0.55};
  // 輸出先 names the receiving side (inverse): the subject receives.
  const auto set = [&](const std::vector<ActorRef>& of, const RoleRule* rule) {
    frame.source = Filler{};
    frame.target = Filler{};
    fill(trigger.inverse ? frame.target : frame.source, subject, &partner_rule, 1.0);
    fill(trigger.inverse ? frame.source : frame.target, of, rule, 1.0);
  };
  if (!other.empty()) {
    set(other, &for_rule);
    return;
  }
  // The one who says so: the topic of the saying verb, outside the words.
  if (head.quote == 0 || head.case_ != Case::quote) return;
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote == head.quote || c.quote > head.quote) continue;
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed && !c.metonym_only) {
      set(c.actors, &speaker_rule);
      return;
    }
  }
}

// ロシアとウクライナ　イスタンブールで直接協議　捕虜交換で合意; パナマ、「一帯一路」
// から離脱　米の圧力受け中国と距離: a headline's later phrase (after a space)
// that names no subject has the first phrase's; a joint act there with no
// side named is between the first phrase's sides.
void SentenceReader::headline_subject(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!headline() || m_chunks[t].quote != 0) return;
  // (Only the phrase's own predicate, or what it agrees on (経済協力拡大で
  // 一致): 米制裁で燃料不足 names an act, said of no one.)
  const bool agreed_on = t + 1 < m_chunks.size() && m_chunks[t].case_ == Case::loc && m_chunks[t + 1].predicate &&
                         m_chunks[t + 1].trigger >= 0 && relation_of(m_chunks[t + 1]).name == "agrees";
  const auto gap_before = [&](std::size_t k) {
    return k > 0 && m_tokens[m_chunks[k].begin].begin > m_tokens[m_chunks[k - 1].end - 1].end;
  };
  // (EU仲介の|首脳対話が|…再開: or the subject of the phrase's own
  // predicate, and a mediation named as whose it is.)
  const auto subject_of_phrase = [&](std::size_t k) {
    if (m_chunks[k].case_ != Case::nom || m_chunks[k].predicate) return false;
    for (std::size_t p = k + 1; p < m_chunks.size() && !gap_before(p); ++p) {
      if (m_chunks[p].predicate) return true;
    }
    return false;
  };
  // (Only a joint act: in 石油会社への|米制裁が|直撃 the compound may name
  // the doer as well as the one aimed at.)
  const bool named_act = !m_chunks[t].predicate && relation.symmetric &&
                         (subject_of_phrase(t) || (m_chunks[t].case_ == Case::gen && t + 1 < m_chunks.size() &&
                                                   !gap_before(t + 1) && function_at(t, Function::mediate) &&
                                                   m_chunks[t + 1].trigger >= 0 && subject_of_phrase(t + 1)));
  if (!(m_chunks[t].predicate || agreed_on || named_act)) return;
  std::size_t b = t;
  while (b > 0 && !gap_before(b)) --b;
  if (b == 0) return;  // the first phrase reads its own subject
  bool own_subject = false;
  for (std::size_t k = b; k < t; ++k) {
    const Chunk& c = m_chunks[k];
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty()) own_subject = true;
    // (A subject the dictionary cannot name is its own all the same:
    // 武装集団と警官隊が衝突.)
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && c.actors.empty() && !c.predicate) return;
    // (Nor one aimed at someone of its own: …で中国に圧力.)
    if (!c.actors.empty() && (c.case_ == Case::dat || c.case_ == Case::against || c.case_ == Case::acc)) return;
  }
  // (サウジが仲介: a mediator of its own, between the first phrase's sides.)
  const bool mediator = (own_subject || named_act) && relation.symmetric && function_at(t, Function::mediate) &&
                        !frame.source.actors.empty() && frame.target.actors.empty() && frame.pair.empty();
  if (own_subject && !mediator) return;
  // The first phrase's subject: its first phrase naming actors, as a topic
  // or subject or alone before the space.
  std::size_t first_end = 1;
  while (first_end < m_chunks.size() && !gap_before(first_end)) ++first_end;
  const Chunk* subject = nullptr;
  const Chunk* partner = nullptr;
  for (std::size_t k = 0; k < first_end; ++k) {
    const Chunk& c = m_chunks[k];
    if (c.actors.empty() || c.absorbed || c.metonym_only || c.quote != 0) continue;
    if (!subject && (c.case_ == Case::topic || c.case_ == Case::nom || (c.case_ == Case::none && k + 1 == first_end))) {
      subject = &c;
    } else if (subject && !partner && (c.case_ == Case::com || c.case_ == Case::com_adn)) {
      partner = &c;
    }
  }
  if (!subject) return;
  if (mediator) {
    static const RoleRule sides{"headline.first_phrase_sides", Form::verb, Voice::active, Case::topic, Role::target, 0.55};
    if (subject->actors.size() >= 2) fill(frame.target, subject->actors, &sides, 1.0);
    return;
  }
  static const RoleRule rule{"headline.first_phrase_subject", Form::verb, Voice::active, Case::topic, Role::source, 0.6};
  static const RoleRule partner_rule{"headline.first_phrase_partner", Form::verb, Voice::active, Case::com, Role::target,
                                     0.55};
  if (relation.symmetric && frame.source.actors.empty() && frame.target.actors.empty() && frame.pair.empty() &&
      subject->actors.size() >= 2) {
    frame.pair = subject->actors;
    frame.pair_rule = "headline.first_phrase_pair";
    frame.pair_confidence = 0.6;
    return;
  }
  if (frame.source.actors.empty() && usable(*subject, Role::source, relation)) {
    fill(frame.source, subject->actors, &rule, 1.0);
  }
  if (relation.symmetric && frame.target.actors.empty() && partner) fill(frame.target, partner->actors, &partner_rule, 1.0);
  // 米、メキシコに追加関税発動　…で圧力: a one-sided act there with no
  // other side named is aimed at the first phrase's (に, を).
  const bool same_subject = !frame.source.actors.empty() && frame.source.actors.front().actor == subject->actors.front().actor;
  if (!relation.symmetric && frame.target.actors.empty() && same_subject) {
    static const RoleRule aimed{"headline.first_phrase_target", Form::verb, Voice::active, Case::dat, Role::target, 0.55};
    for (std::size_t k = 0; k < first_end; ++k) {
      const Chunk& c = m_chunks[k];
      if (c.actors.empty() || c.absorbed || c.metonym_only || c.quote != 0 || &c == subject) continue;
      if ((c.case_ == Case::dat || c.case_ == Case::against || c.case_ == Case::acc) &&
          usable(c, Role::target, relation)) {
        fill(frame.target, c.actors, &aimed, 1.0);
        break;
      }
    }
  }
}

}  // namespace kankei::rules::detail
