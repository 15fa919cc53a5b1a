// Carrying roles across predicates: a target or a judged doer named in a
// clause that goes on (〜し、, 〜したほか、) into the one read.
#include "rules/sentence_reader.hpp"

#include <algorithm>

namespace kankei::rules::detail {

// Whether predicate j ends a clause that goes on into the next: 〜し、,
// 〜して, and 〜したほか、/〜する一方、 (a connective noun after it).
bool SentenceReader::goes_on(std::size_t j) const {
  const Chunk& c = m_chunks[j];
  if (c.ending == Ending::continuative) return true;
  if (c.ending != Ending::attributive || j + 1 >= m_chunks.size()) return false;
  const Chunk& next = m_chunks[j + 1];
  if (!next.comma || next.content_end != next.begin + 1) return false;
  const auto& word = m_tokens[next.begin].base;
  return word == "ほか" || word == "他" || word == "一方";
}

// The phrases naming actors in the clauses that go on into the one holding
// phrase s (〜し、, 〜したほか、), nearest first; relative clauses inside
// them are passed over, and any other clause end stops the search.
std::vector<std::size_t> SentenceReader::chained_before(std::size_t s) const {
  std::vector<std::size_t> out;
  bool earlier_clause = false;
  for (std::size_t j = s; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != m_chunks[s].quote) continue;
    if (c.predicate) {
      if (goes_on(j)) {
        earlier_clause = true;
      } else if (c.ending != Ending::attributive) {
        break;
      }
      continue;
    }
    if (earlier_clause && !c.absorbed && !c.actors.empty()) out.push_back(j);
  }
  return out;
}

// ロシアはベネズエラに…を供与してきたほか、中国も…融資を行ってきた: a
// subject with も does the same to whom the clause before named, when its
// own clause names no one.
void SentenceReader::parallel_target(Frame& frame, const RelationType& relation) {
  if (!frame.target.actors.empty() || !frame.pair.empty() || frame.source.chunk < 0) return;
  const auto s = static_cast<std::size_t>(frame.source.chunk);
  const Chunk& subject = m_chunks[s];
  bool also = false;
  for (auto i = subject.content_end; i < subject.end; ++i) also = also || m_tokens[i].surface == "も";
  if (!also) return;
  for (const std::size_t j : chained_before(s)) {
    const Chunk& c = m_chunks[j];
    if (c.case_ == Case::topic || c.case_ == Case::nom) return;  // the earlier clause's subject: no target before it
    if ((c.case_ == Case::dat || c.case_ == Case::against) && usable(c, Role::target, relation)) {
      static const RoleRule rule{"verb.parallel_target", Form::verb, Voice::active, Case::dat, Role::target, 0.6};
      fill(frame.target, c.actors, &rule, 1.0);
      return;
    }
  }
}

// Xは、Yへの武力行使を脅かし、…を迫っている: a topic's second act, naming
// no one, is aimed at whom its first act (a relation of its own) was.
void SentenceReader::carried_target(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!frame.target.actors.empty() || !frame.pair.empty() || frame.unnamed_side || frame.source.chunk < 0 ||
      !frame.source.rule ||
      (frame.source.rule->case_ != Case::topic && frame.source.rule->case_ != Case::nom)) {
    return;
  }
  // 武装勢力の|掃討作戦: an act that names an unnamed side of its own.
  if (t > 0 && m_chunks[t - 1].case_ == Case::gen && m_chunks[t - 1].actors.empty()) return;
  const auto s = static_cast<std::size_t>(frame.source.chunk);
  if (t <= s + 1) return;  // the subject named after the act (a て-clause's) has no first act before
  std::size_t q = t;
  while (q-- > s + 1) {
    const Chunk& c = m_chunks[q];
    if (c.quote != m_chunks[t].quote || !c.predicate) continue;
    // (根拠に基づく|対応を求めた: a relative clause inside the second act's phrase.)
    if (c.ending == Ending::attributive && q + 1 < t && !m_chunks[q + 1].predicate) continue;
    // (…を非難し、対抗措置を取ると|警告した: the words said are the act's own.)
    if (c.ending == Ending::quoted && q + 1 == t) continue;
    // (…を迫り、|応じなければ|…と脅した: a condition on the first act's answer.)
    if (c.ending == Ending::conditional && c.trigger < 0) continue;
    // …がマリに派遣され、: what a passive clause's subject undergoes is no act of its own.
    // (Yを承認していないが、…協力を進めている: a phrase's verb states an act too.)
    if (c.ending != Ending::continuative || (c.trigger < 0 && !c.phrase_verb) || c.passive) return;
    break;
  }
  if (q <= s) return;
  // ロシアを抑止するため、…: a purpose is no first act of the subject's.
  for (auto i = m_chunks[q].content_end; i < m_chunks[q].end; ++i) {
    if (m_tokens[i].base == "ため") return;
  }
  // …加盟国に戦闘機を展開: the second act names where it lands, if by no actor.
  // (So does the object of an act done to it: Yを支え、反体制派の|拠点を空爆.)
  for (std::size_t j = q + 1; j < t; ++j) {
    const Chunk& c = m_chunks[j];
    // (Not one inside a relative clause: 科学的な根拠に|基づく|対応を求めた.)
    const bool relative = m_chunks[j + 1].predicate && m_chunks[j + 1].ending == Ending::attributive;
    if (c.quote == m_chunks[t].quote && !c.predicate && !relative &&
        (c.case_ == Case::dat || c.case_ == Case::against ||
         (c.case_ == Case::acc && relation.name == "attacks" && c.trigger < 0))) {
      return;
    }
  }
  // Yを非難し、ミサイル部隊を配置: one judged or talked with is no place
  // forces go to; only a first act that lands on a side's ground (an attack,
  // a supply: Yに無人機を供与し、部隊を派遣) carries one.
  if (relation.place_target && m_chunks[q].trigger >= 0 && !relation_of(m_chunks[q]).place_target &&
      relation_of(m_chunks[q]).name != "attacks" && relation_of(m_chunks[q]).name != "supplies") {
    return;
  }
  // Xの演習は「挑発的だ」と批判し、対抗措置をとる可能性を示唆した; Xに
  // よるYへの売却を批判し、中止を求めた: a threat or a demand after a
  // criticism is aimed at whom the criticism was, however that was named
  // (its owner, a quoted subject, the doer of the act judged).
  // Yの港に発電船を派遣し、電力を供給: a supply after an act that landed
  // somewhere, however that place was named, lands there too (not an attack
  // after: Yに展開し、…と共同で作戦を行う names no one attacked).
  if (m_chunks[q].trigger >= 0) {
    const RelationType& before = relation_of(m_chunks[q]);
    const bool after_criticism = (relation.name == "warns" || relation.name == "requests") &&
                                 before.name == "criticizes";
    const bool after_landing = relation.name == "supplies" && !m_chunks[q].passive &&
                               (before.name == "deploys" || before.name == "supplies" || before.name == "attacks");
    if (after_criticism || after_landing) {
      Frame first;
      verbal_arguments(first, q, Voice::active, before, q, q);
      static const RoleRule criticized{"verb.criticized_then_addressed", Form::verb, Voice::active, Case::none,
                                       Role::target, 0.55};
      static const RoleRule landed{"verb.carried_place", Form::verb, Voice::active, Case::none, Role::target, 0.55};
      if (!first.target.actors.empty() && (after_criticism || all_states(first.target.actors))) {
        fill(frame.target, first.target.actors, after_criticism ? &criticized : &landed, 1.0);
        return;
      }
    }
  }
  static const RoleRule rule{"verb.carried_target", Form::verb, Voice::active, Case::dat, Role::target, 0.55};
  for (std::size_t j = q; j-- > s + 1;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != m_chunks[q].quote) continue;
    if (c.predicate || c.case_ == Case::topic || c.case_ == Case::nom) break;
    const bool aimed = c.case_ == Case::dat || c.case_ == Case::against || c.case_ == Case::dat_adn ||
                       c.case_ == Case::acc;
    if (aimed && usable(c, Role::target, relation)) {
      fill(frame.target, c.actors, &rule, 1.0);
      return;
    }
    // (タリバン政権を承認: a state a phrase takes as its object.)
    if (aimed && c.phrase_object && c.actors.empty() && !c.compound.empty() && all_states(c.compound)) {
      fill(frame.target, c.compound, &rule, 1.0);
      return;
    }
  }
}

// 「米軍を削減する」と警告した: the speaker's own side named in what is
// threatened or asked is no one warned or asked; whoever is may be named
// before (carried_target).
void SentenceReader::drop_own_side(Frame& frame, const RelationType& relation) const {
  if ((relation.name != "warns" && relation.name != "requests") || frame.target.actors.empty() ||
      frame.source.actors.size() != 1) {
    return;
  }
  const std::uint32_t speaker = frame.source.actors[0].actor;
  if (std::all_of(frame.target.actors.begin(), frame.target.actors.end(),
                  [&](const ActorRef& a) { return a.actor == speaker || own_state(speaker, a.actor); })) {
    frame.target = Filler{};
  }
}

// 北朝鮮は…ミサイルを発射し、日米韓は強く非難した: a judgement with no one
// named is about the doer of the clause that goes on into it.
void SentenceReader::judged_clause(Frame& frame, const RelationType& relation) {
  if (relation.name != "criticizes" || !frame.target.actors.empty() || frame.source.chunk < 0) return;
  const auto s = static_cast<std::size_t>(frame.source.chunk);
  const Chunk& judge = m_chunks[s];
  if (judge.case_ != Case::topic && judge.case_ != Case::nom) return;
  for (const std::size_t j : chained_before(s)) {
    const Chunk& c = m_chunks[j];
    if (c.case_ != Case::topic && c.case_ != Case::nom) continue;
    if (usable(c, Role::target, relation)) {
      static const RoleRule rule{"verb.judged_clause", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
      fill(frame.target, c.actors, &rule, 1.0);
    }
    return;
  }
}

// パキスタン、イラン領内を空爆　イランは「主権の侵害」と非難: in a headline,
// a judgement, warning or counter in a later phrase with no one named is about the
// subject its first phrase opens with (the sets' gold reads them so; a
// reaction, 反発, only when that subject is one actor: after a pair's
// agreement, 中国は反発 is read as aimed at neither).
void SentenceReader::headline_judged(Frame& frame, std::size_t t, const RelationType& relation) {
  // (米、対中規制を強化　中国は…で対抗: so is a counter. Not a refusal:
  // what a later phrase refuses is as often another's proposal.)
  if ((relation.name != "criticizes" && relation.name != "warns" && relation.name != "deters") ||
      !frame.target.actors.empty() ||
      frame.source.actors.empty() || m_chunks[t].quote != 0 || !headline()) {
    return;
  }
  // The phrase the judgement is in must come after a space (headline_end).
  std::size_t first_end = t;
  for (std::size_t k = 0; k < t; ++k) {
    if (m_chunks[k].headline_end) {
      first_end = k;
      break;
    }
  }
  if (first_end == t) return;
  // (A counter only by a subject of its own, over nothing its phrase names
  // as what is countered.)
  if (relation.name == "deters") {
    if (!frame.source.rule || frame.source.rule->form != Form::verb) return;
    std::size_t k = t;
    while (k > 0 && !m_chunks[k - 1].headline_end) {
      --k;
      if (m_chunks[k].case_ == Case::gen) return;
    }
  }
  const bool reaction = m_chunks[t].trigger >= 0 && m_triggers[m_chunks[t].trigger].trigger->named_target;
  static const RoleRule rule{"headline.judged_subject", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
  // …釈放　米は制裁緩和、リトアニア反発: a subject opening the judgement's own
  // phrase, before the judge, is nearer than the first phrase's.
  std::size_t phrase = t;
  while (phrase > 0 && !m_chunks[phrase - 1].headline_end) --phrase;
  for (std::size_t k = t; k-- > phrase;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != 0 || c.absorbed || c.metonym_only || c.case_ != Case::topic || c.actors.empty() ||
        shares_actor(c.actors, frame.source.actors)) {
      continue;
    }
    if (reaction && c.actors.size() != 1) return;
    fill(frame.target, c.actors, &rule, 1.0);
    return;
  }
  for (std::size_t k = 0; k <= first_end; ++k) {
    const Chunk& c = m_chunks[k];
    if (c.predicate || c.quote != 0) return;
    const bool opening = c.case_ == Case::topic || c.case_ == Case::nom || c.comma || c.headline_end;
    if (!opening || c.absorbed) continue;
    // 中国海警局の船、…: the owner of a subject naming no actor.
    const auto& doer = !c.actors.empty() ? c.actors
                       : !c.possessor.empty() || k == 0 || m_chunks[k - 1].case_ != Case::gen ? c.possessor
                                                                                               : m_chunks[k - 1].actors;
    if (doer.empty() || c.metonym_only) return;
    if (reaction && doer.size() != 1) return;
    if (shares_actor(doer, frame.source.actors)) return;
    fill(frame.target, doer, &rule, 1.0);
    return;
  }
}

void SentenceReader::pronoun_act(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!relation.raise_object || !frame.target.actors.empty() || frame.source.actors.empty() || t == 0) return;
  // The object これを, right before the verb or with words of manner, or
  // the words it is called (これを「脅迫だ」と非難), between.
  std::size_t j = t;
  const auto between = [&](const Chunk& c) {
    if (c.quote != m_chunks[t].quote || c.case_ == Case::quote) return c.quote != 0 || c.case_ == Case::quote;
    return c.case_ == Case::none && !c.predicate && c.actors.empty() && c.trigger < 0 && c.content_end == c.begin + 1;
  };
  while (j > 0 && between(m_chunks[j - 1])) --j;
  if (j == 0) return;
  const Chunk& object = m_chunks[j - 1];
  const Token& word = m_tokens[object.begin];
  if (object.case_ != Case::acc || object.content_end != object.begin + 1 || word.pos1 != "代名詞" ||
      (word.surface != "これ" && word.surface != "それ") || object.quote != m_chunks[t].quote) {
    return;
  }
  // Back past the judge's own subject to the clause before, and its subject.
  bool past_clause = false;
  for (std::size_t k = j - 1; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != object.quote) continue;
    if (c.predicate && c.ending != Ending::attributive) past_clause = true;
    if (!past_clause || c.actors.empty() || c.absorbed || c.metonym_only) continue;
    if (c.case_ != Case::topic && c.case_ != Case::nom) continue;
    if (shares_actor(c.actors, frame.source.actors)) return;
    static const RoleRule rule{"verb.pronoun_act_doer", Form::verb, Voice::active, Case::acc, Role::target, 0.6};
    fill(frame.target, c.actors, &rule, 1.0);
    return;
  }
}

void SentenceReader::readout_partner(Frame& frame, std::size_t t) {
  if (!frame.target.actors.empty() || !frame.pair.empty() || frame.source.actors.size() != 1 ||
      m_chunks[t].quote != 0) {
    return;
  }
  const Chunk* speakers[2] = {nullptr, nullptr};
  std::size_t found = 0;
  // (日本側は…を求め、北朝鮮側は…を繰り返した: so are the sides of a
  // meeting set against each other as topics named with 側.)
  const auto side = [&](const Chunk& c) {
    return c.case_ == Case::topic && c.content_end > c.begin && m_tokens[c.content_end - 1].surface == "側";
  };
  for (const Chunk& c : m_chunks) {
    if (c.actors.size() != 1 || c.absorbed || c.metonym_only || c.quote != 0 || c.predicate ||
        !(((c.case_ == Case::abl || c.case_ == Case::topic) && has_particle(c, "から")) || side(c))) {
      continue;
    }
    if (found == 2) return;  // more than an exchange
    speakers[found++] = &c;
  }
  if (found != 2 || speakers[0]->actors[0].actor == speakers[1]->actors[0].actor) return;
  // The first speaker's act, said before the second speaks: the second's
  // own words (Yから支持が示された) may yet be read as the first's.
  const Chunk* other = speakers[1];
  if (frame.source.actors[0].actor != speakers[0]->actors[0].actor || &m_chunks[t] > other) return;  // (same vector)
  static const RoleRule rule{"readout.other_speaker", Form::verb, Voice::active, Case::abl, Role::target, 0.6};
  fill(frame.target, other->actors, &rule, 1.0);
}

// Xは、Yが…を放棄すれば交渉に応じる用意がある: talks one is ready to
// take up on a condition another meets are with that other. Xは、Yが協議に
// 応じるなら…と述べた: talks another takes up on the speaker's condition
// are with the speaker. Either is only a possibility.
// (米側は、レソトが…で協力すれば…: so is a joint act another does on the
// condition the topic sets.)
void SentenceReader::conditional_partner(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!frame.target.actors.empty() || !frame.pair.empty()) return;
  const Chunk& head = m_chunks[t];
  const bool joint_on_condition = head.predicate && relation.symmetric && head.conditional;
  if (!joint_on_condition &&
      (relation.name != "negotiates" || head.predicate || head.case_ != Case::dat || t + 1 >= m_chunks.size() ||
       !function_at(t + 1, Function::accept) || m_chunks[t + 1].quote != head.quote)) {
    return;
  }
  if (joint_on_condition || m_chunks[t + 1].conditional) {
    condition_setter(frame, t);
  } else {
    condition_subject(frame, t, relation);
  }
}

// The one who sets the condition the act at t is in: the topic the clause
// hangs from, outside other quotations.
void SentenceReader::condition_setter(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  if (frame.source.actors.empty()) return;
  for (std::size_t k = t; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != 0 && c.quote != head.quote) continue;
    if (c.predicate && c.ending != Ending::continuative && c.ending != Ending::conditional &&
        c.ending != Ending::attributive) {
      return;  // (a clause that does not go on into this one)
    }
    if (c.case_ != Case::topic || c.actors.empty() || c.absorbed || c.metonym_only) continue;
    if (shares_actor(c.actors, frame.source.actors)) return;
    static const RoleRule rule{"verb.condition_setter", Form::verb, Voice::active, Case::topic, Role::target, 0.6};
    fill(frame.target, c.actors, &rule, 1.0);
    frame.hypothetical = true;
    return;
  }
}

// The one whose act the condition before the talks at t is: the が-subject
// of the nearest conditional clause. When the talks were read as that
// subject's own, the one who speaks (or the topic) takes them up instead.
void SentenceReader::condition_subject(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  for (std::size_t p = t; p-- > 0;) {
    const Chunk& clause = m_chunks[p];
    if (clause.quote != head.quote || !clause.predicate) continue;
    if (!clause.conditional) return;
    for (std::size_t k = p; k-- > 0;) {
      const Chunk& c = m_chunks[k];
      if (c.quote != clause.quote || c.predicate || c.case_ == Case::topic) break;
      if (c.case_ != Case::nom || c.actors.empty() || c.absorbed || c.metonym_only) continue;
      Filler source = frame.source;
      if (shares_actor(c.actors, source.actors)) {
        source = Filler{};
        if (head.quote != 0) {
          std::size_t q = t + 1;
          while (q < m_chunks.size() && m_chunks[q].quote == head.quote) ++q;
          const Filler said_by = q < m_chunks.size() ? speaker_after(q, relation) : Filler{};
          static const RoleRule rule{"quote.speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
          if (!said_by.actors.empty()) fill(source, said_by.actors, &rule, 1.0);
        } else if (const Chunk* topic = subject_before(k, head.quote); topic && topic->case_ == Case::topic) {
          static const RoleRule rule{"verb.condition_topic", Form::verb, Voice::active, Case::topic, Role::source, 0.6};
          fill(source, topic->actors, &rule, 1.0);
        }
        if (source.actors.empty() || shares_actor(c.actors, source.actors)) return;
      }
      frame.source = source;
      static const RoleRule rule{"verb.condition_subject", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
      fill(frame.target, c.actors, &rule, 1.0);
      frame.hypothetical = true;
      return;
    }
    return;
  }
}

// 韓国は北朝鮮が境界線を越えたとして抗議した, 米国はイランが合意に違反した
// として制裁を科した: the clause given as grounds (〜として) right before a
// judgement or a penalty names what it is aimed at in its subject.
void SentenceReader::reason_clause(Frame& frame, std::size_t t, const RelationType& relation) {
  if (!relation.raise_object || !frame.target.actors.empty() || frame.source.actors.empty()) return;
  for (std::size_t p = t; p-- > 0;) {
    const Chunk& clause = m_chunks[p];
    if (clause.quote != m_chunks[t].quote || !clause.predicate) continue;
    if (!has_particle(clause, "として")) return;  // only the nearest clause can be the grounds
    for (std::size_t k = p; k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.predicate || a.case_ == Case::topic || a.quote != clause.quote) return;
      if (a.case_ == Case::nom && !a.absorbed && usable(a, Role::target, relation)) {
        static const RoleRule rule{"verb.reason_subject", Form::verb, Voice::active, Case::nom, Role::target, 0.65};
        fill(frame.target, a.actors, &rule, 1.0);
        return;
      }
    }
    return;
  }
}

// 米国は、ロシアに部品を供給したとして、中国企業を制裁した: grounds given
// (〜として) with no subject of their own before a penalty or a judgement
// tell what the one penalised did, not what the sentence's topic did.
void SentenceReader::accused_doer(Frame& frame, std::size_t t) {
  if (!frame.source.rule || frame.source.rule->case_ != Case::topic) return;
  std::size_t p = t;
  while (p < m_chunks.size() && !m_chunks[p].predicate) ++p;
  if (p + 1 >= m_chunks.size() || m_chunks[p].quote != m_chunks[t].quote || !has_particle(m_chunks[p], "として")) {
    return;
  }
  const auto penalty_at = [&](std::size_t i) {
    return m_chunks[i].trigger >= 0 &&
           (relation_of(m_chunks[i]).name == "sanctions" || relation_of(m_chunks[i]).name == "criticizes");
  };
  std::vector<ActorRef> accused;
  for (std::size_t k = p + 1; k < m_chunks.size(); ++k) {
    const Chunk& c = m_chunks[k];
    if (c.quote != m_chunks[p].quote) return;
    if (accused.empty() && c.case_ == Case::acc) {
      // (中国の|企業を: or their owner, as the target is raised.)
      accused = !c.actors.empty() ? c.actors : !c.possessor.empty() ? c.possessor : owners_before(k);
      if (accused.empty()) return;
      continue;
    }
    // (Yに|制裁を科した, Yに|抗議した: or the one named with に right before
    // the penalty; not 国連に|北朝鮮への制裁を求めた, which asks another.)
    if (accused.empty() && c.case_ == Case::dat && !c.actors.empty() && k + 1 < m_chunks.size() && penalty_at(k + 1) &&
        !(k + 2 < m_chunks.size() && m_chunks[k + 2].trigger >= 0 &&
          relation_of(m_chunks[k + 2]).name == "requests")) {
      accused = c.actors;
      continue;
    }
    if (penalty_at(k) && !accused.empty()) {
      static const RoleRule rule{"verb.accused_doer", Form::verb, Voice::active, Case::acc, Role::source, 0.65};
      frame.source = Filler{};
      fill(frame.source, accused, &rule, 1.0);
      return;
    }
    if (c.predicate) return;
  }
}

// XはYの決議案に賛成したが、Zは反対し: a second subject set against the
// first takes a stand on the same thing; the object left out is the
// first clause's, whose owner is the target.
void SentenceReader::contrasted_stand(Frame& frame, std::size_t t, const RelationType& relation) {
  const auto stand = [](const RelationType& r) {
    return r.name == "supports" || r.name == "rejects" || r.name == "criticizes";
  };
  if (!stand(relation) || !frame.target.actors.empty() || frame.source.chunk < 0 || t < 3 ||
      static_cast<std::size_t>(frame.source.chunk) + 1 != t || !m_chunks[t].predicate) {
    return;
  }
  const Chunk& subject = m_chunks[t - 1];
  if (subject.case_ != Case::topic || !has_particle(subject, "は") || subject.actors.empty()) return;
  const Chunk& first = m_chunks[t - 2];
  if (!first.predicate || first.ending != Ending::continuative || first.trigger < 0 || !stand(relation_of(first)) ||
      first.quote != subject.quote) {
    return;
  }
  // The first clause's object: right before its verb, with に or を.
  const Chunk& object = m_chunks[t - 3];
  if ((object.case_ != Case::dat && object.case_ != Case::acc) || object.predicate || object.quote != first.quote) {
    return;
  }
  const std::vector<ActorRef> side = !object.actors.empty() ? object.actors : owners_before(t - 3);
  if (side.empty() || shares_actor(side, frame.source.actors)) return;
  static const RoleRule rule{"verb.contrasted_object", Form::verb, Voice::active, Case::dat, Role::target, 0.6};
  fill(frame.target, side, &rule, 1.0);
}

}  // namespace kankei::rules::detail
