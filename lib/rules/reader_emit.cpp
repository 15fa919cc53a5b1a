// Turning a frame into relation mentions: every source-target pair, the
// pairs of a symmetric act, the cooperation of joint doers, no repeats.
#include "rules/sentence_reader.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace kankei::rules::detail {

void SentenceReader::emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
                          std::vector<RelationMention>& out) const {
  emit(frame, trigger, relation, out, trigger.trigger->relation);
}

void SentenceReader::emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
                          std::vector<RelationMention>& out, std::uint16_t relation_index) const {
  // Yに反発, Yへの反発: a reaction's target only as named with its own case.
  // (「G7は内政に干渉している」と反発: or as what the words it quotes are about;
  // Xが…したことに反発: or as the doer of the fact reacted to; X、…を承認
  // 中国は反発: or as the one a headline's first phrase opens with; Yの反発を
  // 招いた: or as the one it lands on; Yが…すると、Xは反発した: or as the
  // doer of the clause that goes on into it; Yが…を止めると反発: or as the
  // subject of the words it answers.)
  // (A trigger read as another relation, a rebuttal as an accusation
  // (Yが…したと反論), has already been judged by read_trigger.)
  const bool own = !trigger.trigger->addressed_only || relation_index == trigger.trigger->relation;
  if (own && trigger.trigger->named_target && frame.target.rule && frame.target.rule->case_ != Case::dat &&
      frame.target.rule->case_ != Case::dat_adn && frame.target.rule->case_ != Case::against &&
      !frame.target.rule->id.starts_with("verb.quoted_") && frame.target.rule->id != "verb.fact_subject" &&
      frame.target.rule->id != "headline.judged_subject" && frame.target.rule->id != "verb.judged_clause" &&
      frame.target.rule->id != "verb.refused_claim_owner" && frame.target.rule->id != "verb.complement" &&
      frame.target.rule->voice != Voice::receive) {
    return;
  }
  if (own && trigger.trigger->addressed_only && frame.target.rule &&
      (frame.target.rule->id.starts_with("verb.quoted_") || frame.target.rule->id == "verb.complement")) {
    return;
  }
  RelationMention base;
  base.relation = relation_index;
  base.negated = frame.negated;
  base.hypothetical = frame.hypothetical;
  for (auto i = trigger.begin; i < trigger.end; ++i) base.trigger += m_tokens[i].surface;
  base.trigger_begin = m_tokens[trigger.begin].begin;
  base.trigger_end = m_tokens[trigger.end - 1].end;
  const double mood = frame.hypothetical ? 0.85 : 1.0;
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  // ルカシェンコ大統領は…核兵器の配備を受け入れた: a leader who takes in
  // forces speaks for the territory, their state. Elsewhere a person is no
  // place (特使として派遣された is no deployment against the envoy).
  const bool receiver = frame.target.rule && frame.target.rule->voice == Voice::receive;
  auto add = [&](std::uint32_t s, std::uint32_t o, const std::string& rule, double confidence) {
    if (relation.place_target && is_person(o)) {
      const mentions::Actor* state = receiver ? m_k.actors.find_id(m_k.actors.affiliation(m_k.actors.actors()[o])) : nullptr;
      if (!state) return;
      o = static_cast<std::uint32_t>(state - m_k.actors.actors().data());
    }
    // 沿ドニエストル地域に駐留するロシア軍: forces sent or land held where a
    // group rules are in the state the group lies in (eval: deploys is to a
    // territory); a group with no state is no place.
    if (relation.place_target && m_k.actors.kind(o) == mentions::ActorKind::armed_group) {
      const mentions::Actor* state = m_k.actors.find_id(m_k.actors.actors()[o].state);
      if (!state) return;
      o = static_cast<std::uint32_t>(state - m_k.actors.actors().data());
    }
    if (s == o || own_state(s, o) || own_state(o, s)) return;
    // A symmetric pair is written in id order, whatever the dictionary order.
    if (relation.symmetric && m_k.actors.actors()[s].id > m_k.actors.actors()[o].id) std::swap(s, o);
    if (!seen.insert({s, o}).second) return;
    RelationMention m = base;
    m.source = s;
    m.target = o;
    m.rule = rule;
    m.confidence = std::clamp(confidence * mood, 0.0, 1.0);
    out.push_back(std::move(m));
  };
  const bool has_source = !frame.source.actors.empty() && !frame.pair_only;
  const bool has_target = !frame.target.actors.empty() && !frame.pair_only;
  if (trigger.trigger->mutual || reciprocal(trigger)) {
    // A clash: each side to the other, between two sides named. So for any
    // act done to each other (攻撃し合う, 互いに非難した).
    std::vector<ActorRef> sides;
    if (has_source) sides = frame.source.actors;
    if (has_target) sides.insert(sides.end(), frame.target.actors.begin(), frame.target.actors.end());
    const Filler& named = has_target ? frame.target : frame.source;
    if (sides.size() < 2) return;
    // A clash as a noun names its sides itself (XとYの衝突, Yとの衝突); 衝突を
    // 受けてZが仲介, 戦闘をやめるよう求める: whoever the clause around it
    // is about did not clash.
    const auto own = [](const Filler& f) { return f.rule && f.rule->form == Form::noun; };
    const bool as_verb = std::any_of(m_chunks.begin(), m_chunks.end(), [&](const Chunk& c) {
      return c.predicate && c.begin <= trigger.begin && trigger.begin < c.end;
    });
    if (!as_verb && !own(frame.source) && !own(frame.target)) return;
    if (trigger.trigger->internal && all_states(sides)) return;
    const std::string rule =
        (has_source && has_target ? frame.source.rule->id + "+" + frame.target.rule->id : named.rule->id) + "+mutual";
    const double confidence = has_source && has_target ? std::min(frame.source.confidence, frame.target.confidence)
                                                       : named.confidence * 0.95;
    for (const auto& a : sides) {
      for (const auto& b : sides) add(a.actor, b.actor, rule, confidence);
    }
    return;
  }
  if (has_source && has_target) {
    const std::string rule = frame.source.rule->id + "+" + frame.target.rule->id;
    const double confidence = std::min(frame.source.confidence, frame.target.confidence);
    for (const auto& s : frame.source.actors) {
      for (const auto& o : frame.target.actors) add(s.actor, o.actor, rule, confidence);
    }
  }
  if (has_target) {
    const std::string rule = "verb.with+" + frame.target.rule->id;
    const double confidence = std::min(frame.with_confidence, frame.target.confidence);
    for (const auto& s : frame.with) {
      for (const auto& o : frame.target.actors) add(s.actor, o.actor, rule, confidence);
    }
  }
  if (!relation.symmetric) return;
  // Symmetric relations: every pair of a coordinated side, and the pair list.
  auto all_pairs = [&](const std::vector<ActorRef>& group, const std::string& rule, double confidence) {
    for (std::size_t a = 0; a < group.size(); ++a) {
      for (std::size_t b = a + 1; b < group.size(); ++b) add(group[a].actor, group[b].actor, rule, confidence);
    }
  };
  if (!frame.pair.empty()) all_pairs(frame.pair, frame.pair_rule, frame.pair_confidence);
  // (日米中ロなどとEUが加盟し: those who join a body join it, not each other.)
  if (has_source && !has_target && frame.source.actors.size() >= 2 && !frame.mediator && !trigger.trigger->joins &&
      !frame.source_examples) {
    all_pairs(frame.source.actors, frame.source.rule->id + "+coordination", frame.source.confidence * 0.95);
  }
  if (!frame.pair.empty() && has_source) {
    for (const auto& s : frame.source.actors) {
      // トランプ氏は…米朝首脳会談: a side already in the pair through its state.
      const bool inside = std::any_of(frame.pair.begin(), frame.pair.end(),
                                      [&](const ActorRef& p) { return own_state(s.actor, p.actor); });
      if (inside) continue;
      for (const auto& o : frame.pair) add(s.actor, o.actor, frame.source.rule->id + "+" + frame.pair_rule, frame.source.confidence * 0.8);
    }
  }
}

// Whether the act of `trigger` is done by its sides to each other: 合う
// after the verb (攻撃し合う), or 互いに / 相互に earlier in its clause.
bool SentenceReader::reciprocal(const mentions::TriggerMention& trigger) const {
  for (auto i = trigger.end; i < m_tokens.size() && i <= trigger.end + 1; ++i) {
    if (m_tokens[i].base == "合う" && m_tokens[i].pos == "動詞") return true;
    if (m_tokens[i].base != "する") break;
  }
  for (auto i = trigger.begin; i-- > 0;) {
    const Token& t = m_tokens[i];
    if (t.pos == "動詞" || t.pos1 == "句点" || t.pos1 == "読点") return false;
    if (t.base == "互いに") return true;
    if (t.base == "互い" || t.base == "相互") return i + 1 < m_tokens.size() && m_tokens[i + 1].surface == "に";
  }
  return false;
}

// Whether `state` is the state of person `person`: no relation joins them,
// unless the person stands against its government, as an opposition leader
// or the head of an armed group (ハフタル司令官 and the Libyan government).
bool SentenceReader::own_state(std::uint32_t person, std::uint32_t state) const {
  if (!is_person(person)) return false;
  const auto& actors = m_k.actors.actors();
  const auto& p = actors[person];
  // (グテレス事務総長 and 国連: a person and the organisation they serve; but
  // a movement's leader calls on it: オジャラン氏の呼びかけ to the PKK.)
  if (!p.org.empty() && p.org == actors[state].id) return actors[state].kind != mentions::ActorKind::armed_group;
  if (m_k.actors.affiliation(p) != actors[state].id) return false;
  if (p.role.find("opposition") != std::string::npos) return false;
  const mentions::Actor* org = p.org.empty() ? nullptr : m_k.actors.find_id(p.org);
  return !(org && org->kind == mentions::ActorKind::armed_group);
}

// ワグネルの戦闘員がマリ軍とともに…を襲撃: those who act together cooperate
// (eval/DECISIONS.md); the particle とともに is the trigger. Once per phrase,
// however many acts it joins.
void SentenceReader::joint_doers(const Frame& frame, const mentions::TriggerMention& act,
                                 std::vector<RelationMention>& out) {
  if (frame.with.empty() || frame.source.actors.empty() || frame.negated) return;
  // (Yとともに仲介役を務める: co-mediators each mediate between the parties,
  // emit() reads; they do not act with each other.)
  if (frame.mediator && !frame.target.actors.empty()) return;
  const int cooperates = m_k.lexicon.find_relation("cooperates");
  if (cooperates < 0) return;
  if (std::find(m_joined.begin(), m_joined.end(), frame.with_chunk) != m_joined.end()) return;
  m_joined.push_back(frame.with_chunk);
  const Chunk& with = m_chunks[frame.with_chunk];
  Frame joint;
  static const RoleRule doer{"verb.with_doer", Form::verb, Voice::active, Case::nom, Role::source, 0.75};
  static const RoleRule partner{"verb.with", Form::verb, Voice::active, Case::with, Role::target, 0.75};
  fill(joint.source, frame.source.actors, &doer, 1.0);
  fill(joint.target, frame.with, &partner, 1.0);
  // As sure as the act's own reading of each side.
  joint.source.confidence = frame.source.confidence;
  joint.target.confidence = frame.with_confidence;
  joint.hypothetical = frame.hypothetical;
  // Xは、YおよびZとともに合同演習を実施: in a joint act those beside the
  // subject act together too. (Not in an act done to another: Xは、Yや
  // Zとともにパレスチナを承認 says nothing of Y and Z.)
  if (frame.with.size() >= 2 && m_k.lexicon.relations()[act.trigger->relation].symmetric) {
    joint.pair = frame.with;
    joint.pair_rule = "verb.with_together";
    joint.pair_confidence = frame.with_confidence * 0.9;
  }
  mentions::TriggerMention particle = act;
  particle.begin = with.content_end;
  particle.end = with.end;
  emit(joint, particle, m_k.lexicon.relations()[cooperates], out, static_cast<std::uint16_t>(cooperates));
}

// Two rules may read the same relation in one sentence (ロシアへの制裁として
// …を凍結: the act named and the act done). One mention per relation and
// sentence keeps edge counts honest; the surer reading stays.
void SentenceReader::drop_repeats(std::vector<RelationMention>& out) {
  std::vector<RelationMention> kept;
  for (auto& m : out) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const RelationMention& k) {
      return k.source == m.source && k.target == m.target && k.relation == m.relation && k.negated == m.negated;
    });
    if (same == kept.end()) {
      kept.push_back(std::move(m));
    } else if (m.confidence > same->confidence) {
      *same = std::move(m);
    }
  }
  // 関税への報復として、…に関税を上乗せした: what an act is done "as" names
  // its kind, and when the act itself states a relation between the same
  // two sides, that relation is the one stated (a sanction, no attack).
  const auto as_kind = [](const RelationMention& m) { return m.rule.starts_with("noun.as_act_doer"); };
  std::erase_if(kept, [&](const RelationMention& m) {
    return as_kind(m) && std::any_of(kept.begin(), kept.end(), [&](const RelationMention& other) {
             return !as_kind(other) && other.relation != m.relation && other.source == m.source &&
                    other.target == m.target;
           });
  });
  out = std::move(kept);
}

}  // namespace kankei::rules::detail
