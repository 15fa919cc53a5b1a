// The arguments of a predicate: left through its clause (verbal_arguments),
// a relative clause's head noun, and a subject named after a て-clause.
#include "rules/sentence_reader.hpp"

namespace kankei::rules::detail {

// Whether the phrase just before predicate j is a case argument of j.
bool SentenceReader::has_own_arguments(std::size_t j) const {
  if (j == 0) return false;
  // 中国から|強い|抗議を受けた: an adjective alone before its noun takes no argument.
  const Chunk& pred = m_chunks[j];
  if (pred.content_end == pred.begin + 1 && m_tokens[pred.begin].pos == "形容詞" && pred.trigger < 0) return false;
  const Case c = m_chunks[j - 1].case_;
  // 対話を|通じた|解決, 第三国を|介した|協議: a means named with its own
  // object only, no clause that could take the arguments before it.
  if (c == Case::acc && pred.trigger < 0 && pred.content_end > pred.begin && m_chunks[j - 1].actors.empty() &&
      passes_through(m_tokens[pred.content_end - 1])) {
    return false;
  }
  // 国境沿いに|ある|拠点: a place that only says where the noun is; the
  // noun is its subject, so a が-phrase before is the outer clause's.
  if (c == Case::dat && function_at(j, Function::located)) return false;
  if (c != Case::gen && c != Case::none && c != Case::loc) return true;
  if (c != Case::loc) return false;
  // 中国が台湾周辺で行った|演習: a subject before the place makes it a clause;
  // so does an argument of another case (ロシアの攻撃に|共同で|対抗する|こと).
  for (std::size_t k = j - 1; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.predicate) return false;
    if (a.case_ == Case::nom) return true;
    // (Not a partner: Xと…で協力する|覚書に署名, whose partner is the pact's too.)
    if (a.case_ == Case::dat || a.case_ == Case::acc || a.case_ == Case::against) {
      return a.quote == pred.quote && !a.comma;
    }
    if (a.case_ != Case::loc && a.case_ != Case::gen) return false;
  }
  return false;
}

// Whether phrase c lists examples of the noun after it (ラトビアといった|領土,
// 日本のような|国): it then takes that noun's case, but is no phrase of its own.
bool SentenceReader::gives_examples(const Chunk& c) const {
  for (auto i = c.content_end; i < c.end; ++i) {
    const auto& base = m_tokens[i].base;
    if (base == "といった" || base == "という" || base == "いう" || base == "のような" || base == "ような" ||
        base == "ようだ" || base == "など") {
      return true;
    }
  }
  return false;
}

// Arguments of the predicate at chunk p: left through its clause. After a
// clause boundary only topics (は) still apply; a clause inside 「」 is closed.
void SentenceReader::verbal_arguments(Frame& frame, std::size_t p, Voice voice, const RelationType& relation,
                                      std::size_t skip_from, std::size_t skip_to) {
  // イランの支援を受ける|武装勢力: the clause's subject is the unnamed group it
  // describes, so no topic or が-phrase of the sentence may stand in for it.
  const bool subject_gap = relative_agent(p);
  // p is a relative clause on a noun: a が-phrase with a comma before it is
  // then the outer clause's.
  const bool relative_on_noun = modifies_noun(p);
  relative_head(frame, p, voice, relation);
  bool boundary = false;
  bool hard_boundary = false;  // crossed a clause that does not simply go on (not 〜し、/〜して)
  bool nominalized_subject = false;  // j is in a clause made a noun by こと, whose が-subject is its own
  // 「…」と批判した: the words just before the predicate are a quotation.
  // 「…」と厳しく批判した: an adverb may stand between.
  std::size_t said = p;
  while (said > 1) {
    const Chunk& a = m_chunks[said - 1];
    const Token& first = m_tokens[a.begin];
    const bool adverb = first.pos == "副詞" || (first.pos == "形容詞" && first.conj_form.starts_with("連用"));
    if (!adverb || a.case_ != Case::none || a.predicate || !a.actors.empty() || a.trigger >= 0 ||
        a.ending == Ending::quoted || a.quote != m_chunks[p].quote || a.end != a.begin + 1) {
      break;
    }
    --said;
  }
  // …ものだと|批判した: words without brackets, ending in a copula and と.
  const bool bare_judgement = said > 0 && m_chunks[said - 1].case_ == Case::quote &&
                              m_chunks[said - 1].quote == m_chunks[p].quote && !m_chunks[said - 1].predicate &&
                              m_chunks[said - 1].copula;
  // (…決定は戦争をあおるだけだと|非難した: or ending in a verb and と.)
  const bool clause_judgement = said > 0 && m_chunks[said - 1].predicate &&
                                m_chunks[said - 1].ending == Ending::quoted &&
                                m_chunks[said - 1].quote == m_chunks[p].quote && !has_particle(m_chunks[said - 1], "よう");
  const bool quoted_words = said > 0 &&
                            (m_chunks[said - 1].ending == Ending::quoted || m_chunks[said - 1].case_ == Case::quote) &&
                            m_chunks[said - 1].quote != m_chunks[p].quote;
  bool complement = false;  // inside 「…」と / 〜よう, the content of a saying or a request
  bool past_complement = false;  // crossed a clause end before the complement
  // The owner raised as the target was read past that end too, in an earlier
  // complement whose own subject may still win (Yが…Zへの輸出を通じて…と批判し、…と警告).
  bool owner_past_complement = false;
  bool past_chained = false;     // crossed a continuative clause end, maybe the complement's own
  bool asked = false;            // the complement is what is asked for (〜よう)
  bool unnamed_subject = false;  // the clause's subject names no actor (暫定政権側は)
  bool owned_patient = false;    // a passive's が-subject with its own の-owner (加盟国の主権が)
  // AはBと会談し、…で合意した / …を求めた: the one met is the other side of
  // what the meeting yields, when nothing nearer names one.
  // (…に抗議した, …と警告した: so is who a protest or warning made there is
  // addressed to, when it names no one else.)
  const bool yield_of_meeting = relation.symmetric || relation.name == "requests" || relation.name == "supports" ||
                                relation.name == "supplies" || relation.name == "criticizes" ||
                                relation.name == "warns";
  bool in_meeting = false;  // j is in a clause of a meeting (会談し、) chained to this one
  // 国際社会に…を働きかける: the addressee is named, if by no actor, so the
  // one met before is not it.
  bool addressee_unnamed = false;
  bool closed = false;      // crossed a clause that does not go on into this one (the complement aside)
  bool in_condition = false;  // reading a warning's condition (Yが…を攻撃すれば): its own objects are not the warning's
  bool in_relative = false;  // reading the phrases of a relative clause on one of this clause's phrases
  std::uint32_t relative_cases = 0;  // the cases that clause has taken, a bit per Case
  bool relative_on_actor = false;  // that clause is on a phrase naming an actor
  bool relative_including = false;  // that clause only names what its noun includes (含む)
  bool relative_nested = false;      // that clause holds a clause of its own: it takes every phrase up to a break
  bool in_nominalized = false;       // j is inside a clause made a noun by こと, an argument of this one
  bool relative_on_act = false;      // that clause is on a noun that names an act (…に対して行った|攻撃)
  bool relative_aim = false;         // that clause aims the act itself (Xが…を狙った|空爆を行った)
  bool relative_pact = false;        // that clause lays down a pact's content (Xと協力を定めた|協定に署名)
  // …の軍事協力を「強く非難する」と表明した: quoted words that are only the
  // predicate (and its adverbs) take their arguments from before the quote.
  int clause_quote = m_chunks[p].quote;
  bool bare_quote = clause_quote != 0 && m_chunks[p].ending == Ending::quoted;
  for (std::size_t k = p; bare_quote && k-- > 0 && m_chunks[k].quote == clause_quote;) {
    const Chunk& a = m_chunks[k];
    bare_quote = a.case_ == Case::none && a.actors.empty() && !a.predicate && a.trigger < 0;
  }
  // A phrase naming no actor or act that quoted words judge (Xの行動は「…」と,
  // Xによる増強は「…」と): its owner is the one judged.
  const auto judged_thing = [&](const Chunk& c) {
    return quoted_words && relation.raise_object && frame.target.actors.empty() && c.actors.empty() && c.trigger < 0 &&
           !c.predicate;
  };
  const auto fill_owner = [&](std::size_t j, const RoleRule* rule) {
    const auto owners = owners_before(j);
    return !owners.empty() && fill(frame.target, owners, rule, 1.0);
  };
  // (Xを国際司法裁判所に提訴: the court is where, not whom.)
  const bool venue = m_chunks[p].trigger >= 0 && m_triggers[m_chunks[p].trigger].trigger->venue;
  bool past_headline_gap = false;
  bool in_purpose = false;  // reading a clause of purpose (〜ないよう、) before this one
  for (std::size_t j = p; j-- > 0;) {
    if (j >= skip_from && j < skip_to) continue;
    const Chunk& c = m_chunks[j];
    if (in_purpose) {
      if (!c.comma || c.predicate) continue;
      in_purpose = false;
    }
    // 北朝鮮　ロシアに…派遣か　日米韓が非難: a headline's phrase ends at its
    // space; of a phrase before, only a subject may stand over this one.
    if (c.headline_end && m_chunks[p].quote == 0 && c.quote == 0) past_headline_gap = true;
    if (past_headline_gap && c.case_ != Case::topic && c.case_ != Case::nom) continue;
    // (But Xは欧州委員会に|欧州司法裁判所へ|提訴された: with the court named
    // with へ, the passive's に names who brought the suit.)
    if (venue && c.case_ == Case::dat) {
      const bool court_apart =
          voice == Voice::passive && !has_particle(c, "へ") &&
          std::any_of(m_chunks.begin() + j + 1, m_chunks.begin() + p,
                      [&](const Chunk& k) { return k.case_ == Case::dat && has_particle(k, "へ"); });
      if (!court_apart) continue;
    }
    // カタールに|ある|米軍基地を攻撃: where the noun is, said in a clause on
    // it, is part of the noun phrase (raise reads whose the noun is).
    // (サヌアや|ホデイダ港に|ある|拠点: so is each place of a list there.)
    std::size_t located = j + 1;
    while (c.case_ == Case::dat && located < p && m_chunks[located].case_ == Case::dat && !m_chunks[located].predicate) {
      ++located;
    }
    if (c.case_ == Case::dat && !c.predicate && located + 1 < p && m_chunks[located].ending == Ending::attributive &&
        function_at(located, Function::located) && modifies_noun(located) && m_chunks[located].quote == c.quote) {
      continue;
    }
    if (bare_quote && c.quote != clause_quote) {
      clause_quote = c.quote;
      bare_quote = false;
    }
    if (c.quote != clause_quote) {
      // Xは「Yが…」と批判した: the subject of the quoted words is what they are about.
      if (quoted_words && frame.target.actors.empty() && !c.actors.empty() && usable(c, Role::target, relation) &&
          (c.case_ == Case::nom || c.case_ == Case::topic)) {
        static const RoleRule rule{"verb.quoted_subject", Form::verb, Voice::active, Case::none, Role::target, 0.6};
        fill(frame.target, c.actors, &rule, 1.0);
      }
      // 「ロシアの侵略は…挑戦だ」と批判した: an act put as the quoted words'
      // subject is what they judge, and its owner the one judged.
      if (quoted_words && relation.raise_object && frame.target.actors.empty() && c.actors.empty() &&
          c.trigger >= 0 && (c.case_ == Case::nom || c.case_ == Case::topic)) {
        const auto owners = owners_before(j);
        static const RoleRule rule{"verb.quoted_act_owner", Form::verb, Voice::active, Case::none, Role::target, 0.6};
        if (!owners.empty()) fill(frame.target, owners, &rule, 1.0);
      }
      // 「ロシアによる意図的な挑発だ」と非難した, 「米国とイスラエルの計画だ」:
      // words that name the act judged as their last noun judge its doer.
      // (An owner with の only when what is judged is not named outside them:
      // 日韓の接近を「アジア版NATOづくりの一環だ」と.)
      const auto judged_outside = [&] {
        for (std::size_t k = j; k-- > 0;) {
          const Chunk& a = m_chunks[k];
          if (a.quote == c.quote) continue;
          if (a.quote != clause_quote || (a.predicate && a.ending != Ending::attributive)) return false;
          if (a.case_ == Case::acc || a.case_ == Case::dat || a.case_ == Case::against) return true;
        }
        return false;
      };
      // (「米国の内政干渉」と批判: or words that are a noun phrase alone.)
      const auto nominal_words = [&] {
        for (const Chunk& a : m_chunks) {
          if (a.quote == c.quote && a.predicate) return false;
        }
        return true;
      };
      if (quoted_words && relation.raise_object && frame.target.actors.empty() && j + 1 == said &&
          c.case_ == Case::quote && !c.predicate && c.actors.empty() && (c.copula || nominal_words())) {
        static const RoleRule rule{"verb.quoted_act_doer", Form::verb, Voice::active, Case::none, Role::target, 0.55};
        std::size_t k = j;
        while (k > 0 && adjective_only(k - 1) && m_chunks[k - 1].quote == c.quote) --k;
        if (k > 0 && m_chunks[k - 1].quote == c.quote && m_chunks[k - 1].case_ == Case::gen &&
            !m_chunks[k - 1].actors.empty() && !m_chunks[k - 1].metonym_only && !judged_outside()) {
          fill(frame.target, m_chunks[k - 1].actors, &rule, 1.0);
        }
        // (「米国の|敵対政策の|表れだ」: through the の-phrases before it, when
        // the words have no subject of their own: 「北朝鮮は|ロシアの侵略の|
        // 共犯者だ」 judges 北朝鮮.)
        const auto own_subject = [&] {
          return std::any_of(m_chunks.begin(), m_chunks.end(), [&](const Chunk& a) {
            return a.quote == c.quote && (a.case_ == Case::topic || a.case_ == Case::nom);
          });
        };
        if (frame.target.actors.empty() && k > 1 && m_chunks[k - 1].quote == c.quote &&
            m_chunks[k - 1].case_ == Case::gen && m_chunks[k - 1].actors.empty() && !judged_outside() &&
            relation.name == "criticizes" && !own_subject()) {
          const auto owners = owners_before(k - 1);
          if (!owners.empty()) fill(frame.target, owners, &rule, 1.0);
        }
        for (std::size_t a = j; frame.target.actors.empty() && a-- > 0;) {
          const Chunk& by = m_chunks[a];
          if (by.quote != c.quote || (by.predicate && by.ending != Ending::attributive)) break;
          if (by.case_ == Case::agent_adn && !by.actors.empty() && !by.metonym_only) fill(frame.target, by.actors, &rule, 1.0);
        }
      }
      // 「ジョージア政府の行動は…後退だ」と批判した: so is the owner of any
      // thing the quoted words are about (its acts, stance, policy).
      // (「Yの機体が…を妨害した」と反論: a subject with が is a doer, which a
      // rebuttal accuses; a topic (「Yの説明は受け入れられない」) it judges.)
      // 「Yの主張には根拠がない」と反論: a claim put as what the words of a
      // refusal are about is refused, and its owner with it.
      if (judged_thing(c) && relation.name == "rejects" && function_at(j, Function::say) &&
          (c.case_ == Case::topic || (c.case_ == Case::dat && has_topic_particle(c)))) {
        static const RoleRule claim_rule{"verb.refused_claim_owner", Form::verb, Voice::active, Case::none, Role::target, 0.55};
        fill_owner(j, &claim_rule);
      }
      if (judged_thing(c) && (c.case_ == Case::nom || c.case_ == Case::topic)) {
        static const RoleRule topic_rule{"verb.quoted_topic_owner", Form::verb, Voice::active, Case::none, Role::target, 0.55};
        static const RoleRule subject_rule{"verb.quoted_subject_owner", Form::verb, Voice::active, Case::none, Role::target, 0.55};
        fill_owner(j, c.case_ == Case::nom ? &subject_rule : &topic_rule);
      }
      continue;
    }
    if (subject_gap && (c.case_ == Case::topic || c.case_ == Case::nom)) continue;
    // XとYが、[一方への攻撃を…とみなす]協定に署名した: a が-phrase set off by a
    // comma before a relative clause is the subject of the clause the noun
    // is in, not of the relative clause. But a clause stating a plan,
    // readiness or prospect (Xが、Yと国交を回復する方針を固めた, 〜する用意が
    // ある) is the subject's own, as a topic's would be.
    // (Nor a pact's concluding: Xが、Yと結んだ覚書を見直す: X concluded it.)
    // (Unless no clause follows: a line that ends on the noun, Xが、Yを非難
    // する談話, has no other clause the が-phrase could be the subject of.)
    if (relative_on_noun && c.case_ == Case::nom && c.comma && !c.absorbed &&
        !function_at(p + 1, Function::hypothetical) && relation.name != "agrees" && predicate_after(p)) {
      continue;
    }
    // 習近平国家主席とは|保護主義に反対する|立場で一致: a partner set off with は
    // stands over the sentence's verb, not a relative clause before it; a
    // clause made a noun by こと (タイとは|協力する|ことで合意) is the verb's
    // own argument, and the partner is one of both.
    if (m_chunks[p].ending == Ending::attributive && c.case_ == Case::com && has_topic_particle(c) &&
        !(p + 1 < m_chunks.size() && m_tokens[m_chunks[p + 1].begin].base == "こと")) {
      continue;
    }
    // EUは加盟国の主権が脅かされることを容認しない: a passive's subject with
    // an owner of its own is what is acted on; a topic before it is not.
    // (Not one inside grounds given before it: Xは、Yの拠点があるとして…に
    // 空爆された; there the topic is still what is acted on.)
    if (voice == Voice::passive && c.case_ == Case::nom && c.actors.empty() && j > 0 &&
        m_chunks[j - 1].case_ == Case::gen && m_chunks[j - 1].quote == c.quote &&
        std::none_of(m_chunks.begin() + j + 1, m_chunks.begin() + p, [](const Chunk& k) { return k.predicate; })) {
      owned_patient = true;
    }
    if (owned_patient && c.case_ == Case::topic) continue;
    // Xは、Yが「…」と批判した: a が-phrase right before the quoted words is
    // their subject, what the saying is about (past the words' unquoted
    // start: Yがレアアースを「…道具にしている」と批判).
    const auto words_start = [&] {
      std::size_t q = j + 1;
      while (q < p && m_chunks[q].quote == m_chunks[p].quote && !m_chunks[q].predicate && m_chunks[q].actors.empty() &&
             !m_chunks[q].comma) {
        ++q;
      }
      return q;
    };
    if (quoted_words && relation.raise_object && c.case_ == Case::nom && j + 1 < p &&
        m_chunks[words_start()].quote != m_chunks[p].quote && frame.target.actors.empty() && !c.actors.empty() &&
        usable(c, Role::target, relation) && topic_before(j)) {
      static const RoleRule rule{"verb.quoted_subject", Form::verb, Voice::active, Case::none, Role::target, 0.6};
      fill(frame.target, c.actors, &rule, 1.0);
      continue;
    }
    // NATOによる戦力の増強は「…挑発だ」と批判した: so is a thing set up as the
    // topic right before the quoted words, outside them.
    if (judged_thing(c) && c.case_ == Case::topic && j + 1 < p && m_chunks[j + 1].quote != clause_quote) {
      static const RoleRule rule{"verb.judged_topic_owner", Form::verb, Voice::active, Case::none, Role::target, 0.55};
      if (fill_owner(j, &rule)) continue;
    }
    // イランの行動は地域を不安定にするものだと批判した: so without brackets,
    // a thing put as the topic of the words that end in だと right before
    // the verb.
    // (Only relative clauses between it and the words' end: 地域を不安定にする|ものだと.)
    const auto within_words = [&] {
      for (std::size_t k = j + 1; k + 1 < said; ++k) {
        if (m_chunks[k].predicate && m_chunks[k].ending != Ending::attributive) return false;
      }
      return true;
    };
    if ((bare_judgement || clause_judgement) && relation.raise_object && frame.target.actors.empty() &&
        c.case_ == Case::topic && c.actors.empty() && c.trigger < 0 && !c.predicate && j + 1 < said &&
        within_words()) {
      static const RoleRule rule{"verb.judged_topic_owner", Form::verb, Voice::active, Case::none, Role::target, 0.55};
      if (fill_owner(j, &rule)) continue;
    }
    // …と主張してきたが、暫定政権側はこれを否定した: a subject named only
    // by an office is this clause's own; no earlier topic stands in for it.
    if (c.case_ == Case::topic || c.case_ == Case::nom) {
      if (unnamed_subject) continue;
      // Its own owner may still name the doer (オーストラリア主導の部隊が).
      // A が-phrase past a clause boundary is that clause's (民間人が死亡した
      // と主張し、…を非難した), and leaves this one's topic standing.
      // (Not a subject inside a relative clause on this clause's phrase:
      // 軍事政権が|続く|マリに…派遣.)
      // (The subject of a receiving verb is its target: Yからの購入を増やす.)
      const Filler& subject_slot = voice == Voice::receive ? frame.target : frame.source;
      unnamed_subject = subject_slot.actors.empty() && (c.case_ == Case::topic || !boundary) && !in_relative &&
                        names_unnamed_actor(j);
    }
    if (c.predicate) {
      // A predicate met inside a relative clause (below): one that modifies
      // a phrase of the relative clause (駐留させる|ことを|認める|覚書) is part
      // of it, which then runs on to a break; one chained on with a comma
      // (会談して、) is this clause's own chain; any other ends this clause,
      // as a relative clause with arguments of its own always did.
      if (in_relative) {
        if (c.ending == Ending::attributive || c.ending == Ending::quoted) {
          relative_nested = true;
          continue;
        }
        in_relative = false;
        if (c.ending != Ending::continuative || !c.comma) boundary = hard_boundary = closed = true;
      }
      // Yの補給路を狙って…で空爆を行った: a clause of aiming that goes on
      // into the act names what it is aimed at.
      if (c.ending == Ending::continuative && !boundary && relation.raise_object && frame.target.actors.empty() &&
          !c.passive && function_at(j, Function::aimed)) {
        aimed_object(frame, j);
      }
      // Xの大使を呼んで抗議した: the one summoned in the clause chained
      // before is the one addressed.
      // (…の代理大使を外務省に呼んで: past where it is called to; the envoy's
      // owner when the envoy is no actor.)
      // Yをホワイトハウスに招いて会談した: so is the one invited to a meeting.
      const bool invited = relation.name == "negotiates";
      if (c.ending == Ending::continuative && !boundary && frame.target.actors.empty() && j > 0 &&
          (relation.name == "criticizes" || relation.name == "requests" || relation.name == "warns" || invited) &&
          function_at(j, Function::summon)) {
        std::size_t k = j - 1;
        // (Xを「…」と呼んで批判: past the words it is called.)
        while (k > 0 && (((m_chunks[k].case_ == Case::dat || m_chunks[k].case_ == Case::loc) && !m_chunks[k].predicate) ||
                         m_chunks[k].quote != c.quote || m_chunks[k].case_ == Case::quote)) {
          --k;
        }
        const Chunk& envoy = m_chunks[k];
        if (envoy.case_ == Case::acc && !envoy.predicate && envoy.quote == c.quote) {
          auto summoned = envoy.actors.empty() ? owners_before(k) : envoy.actors;
          // アメリカ大使館の|代理大使: the embassy's state.
          if (summoned.empty() && k > 0 && m_chunks[k - 1].case_ == Case::gen) summoned = m_chunks[k - 1].possessor;
          static const RoleRule rule{"verb.summoned", Form::verb, Voice::active, Case::acc, Role::target, 0.75};
          static const RoleRule guest{"verb.invited", Form::verb, Voice::active, Case::acc, Role::target, 0.75};
          static const RoleRule called{"verb.called_as", Form::verb, Voice::active, Case::acc, Role::target, 0.75};
          // (Xを「…」と呼んで批判: named, not summoned.)
          const bool named = k + 1 < j && (m_chunks[k + 1].case_ == Case::quote || m_chunks[k + 1].quote != c.quote);
          if (!summoned.empty()) fill(frame.target, summoned, invited ? &guest : named ? &called : &rule, 1.0);
          // XとYを招いて会合を開いた: guests invited together meet each other too.
          if (invited && summoned.size() >= 2 && frame.pair.empty() && frame.target.actors == summoned) {
            frame.pair = summoned;
            frame.pair_rule = "verb.invited_together";
            frame.pair_confidence = 0.65;
          }
        }
      }
      in_condition = false;  // (a clause before the condition is not in it)
      // Xは、Yが…を続ければ「…」と警告した: whoever the condition of a
      // warning is about is the one warned, as in its content.
      if (relation.name == "warns" && !closed && c.ending == Ending::conditional) {
        complement = true;
        in_condition = true;
        continue;
      }
      const bool opens_complement = !boundary && c.ending == Ending::quoted;
      // Past the complement's own clause, nothing may override what it named;
      // but a clause chained on with て or the continuative form may still be
      // the complement's, whose が-subject comes first (Yが部隊を駐留させて…を
      // 図っていると).
      if (complement && !opens_complement && c.ending != Ending::none && c.ending != Ending::attributive) {
        (c.ending == Ending::continuative ? past_chained : past_complement) = true;
      }
      if (opens_complement) {
        complement = true;
        asked = has_particle(c, "よう");
        // ロシアが再び侵攻しないよう、各国が…を提供する: before a verb that
        // neither asks nor says, 〜よう is a purpose, no content; its words
        // are none of this clause's (up to a phrase set off by a comma).
        if (asked && c.comma && relation.name != "requests" && relation.name != "warns" &&
            !function_at(p, Function::say)) {
          in_purpose = true;
          continue;
        }
      }
      // A relative clause with arguments of its own (領土を奪う|能力) closes the
      // clause; an adjectival one inside a noun phrase (前例のない|方法で) does not.
      // NATOに|条約に|基づく|協議の開催を要請: a relative clause right on
      // this one's own phrases takes one phrase of each case before it; a
      // case met again is this clause's again.
      // Not a clause on a formal noun (表明した|うえで, 続けた|ことで): that
      // clause is an adverbial one, or an argument.
      // (Also one inside a clause made a noun by こと: 次期戦闘機を含む|防衛協力を
      // 強化する|ことで一致.)
      // (Or one on the noun that is itself the predicate: 中国に次ぐ|輸出先だ.)
      const bool on_predicate_noun = j + 1 == p && m_chunks[p].copula && m_chunks[p].trigger >= 0 &&
                                     c.ending == Ending::attributive;
      if ((!boundary || in_nominalized) && !in_relative && ((j + 1 < p && modifies_noun(j)) || on_predicate_noun) &&
          has_own_arguments(j)) {
        in_relative = true;
        relative_nested = false;
        relative_cases = 0;
        relative_aim = j + 1 == skip_from && relation.raise_object && function_at(j, Function::aimed);
        relative_pact = j + 1 < p && stipulates(j);
        relative_on_act = m_chunks[j + 1].trigger >= 0;
        relative_on_actor = !m_chunks[j + 1].actors.empty();
        relative_including = function_at(j, Function::including);
        continue;
      }
      if (c.ending != Ending::none && (c.ending != Ending::attributive || has_own_arguments(j))) {
        boundary = true;
        // 〜しているほか、 goes on into this clause as 〜し、 does (〜する一方、
        // sets another subject against it).
        // (…となって|以降、 is a time: its clause is closed, as one before 際 is.)
        const bool time_after = j + 1 < p && !m_chunks[j + 1].predicate && m_chunks[j + 1].actors.empty() &&
                                function_at(j + 1, Function::clause);
        const bool chained = (c.ending == Ending::continuative && !time_after) ||
                             (goes_on(j) && m_tokens[m_chunks[j + 1].begin].base != "一方");
        // …と会談し、; …と首脳会談を行い、 (a meeting under a support verb).
        const bool meeting_object = c.trigger < 0 && j > 0 && m_chunks[j - 1].case_ == Case::acc &&
                                    m_chunks[j - 1].trigger >= 0 && relation_of(m_chunks[j - 1]).name == "negotiates" &&
                                    function_at(j, Function::support);
        // (…と会談した際、…と会談した際も: a meeting as when it was done.)
        const bool when = c.ending == Ending::attributive && j + 1 < p && function_at(j + 1, Function::clause) &&
                          !m_chunks[j + 1].predicate && m_chunks[j + 1].actors.empty();
        in_meeting = !closed && (c.ending == Ending::continuative || when) &&
                     ((c.trigger >= 0 && relation_of(c).name == "negotiates") || meeting_object);
        // 協力を拡大する|ことで合意した: a clause made a noun by こと is an
        // argument of this predicate, so it does not close it.
        const bool nominalized = c.ending == Ending::attributive && j + 1 < p &&
                                 m_tokens[m_chunks[j + 1].begin].base == "こと";
        // (Its own が-subject is not this clause's, but one before it is:
        // XがYと会談し、…を再開する|ことで合意した.)
        if (!chained && !nominalized) hard_boundary = true;
        // (The clause made a noun may chain clauses of its own: Xが…を訪れて…を
        // 打ち出す|ことで; one set off by a comma is this clause's again.)
        if (nominalized) {
          nominalized_subject = true;
        } else if (c.comma) {
          nominalized_subject = false;
        }
        if (!chained && !opens_complement && !nominalized) closed = true;
        in_nominalized = nominalized;
      }
      continue;
    }
    // イスラエルがハマスの幹部を狙った空爆を行った: who aims the act is who
    // does it, so a が-phrase the aim could take is the act's doer as well.
    const bool aim_doer = in_relative && relative_aim && c.case_ == Case::nom && !c.actors.empty() && !c.comma;
    // 日本はフィリピンと防衛協力を定めた協定に署名した: the partner of the
    // pact's content is a party to the pact.
    const bool pact_party = in_relative && relative_pact && c.case_ == Case::com && !c.actors.empty();
    // Xは、Yが自国と対立する|Zに武器を供与していると批判した: in words a
    // topic says, the first が-phrase after it is the words' own subject
    // before a relative clause's.
    const bool said_doer = in_relative && c.case_ == Case::nom && !c.actors.empty() && !c.comma &&
                           m_chunks[p].ending == Ending::quoted && c.quote == m_chunks[p].quote &&
                           (relative_cases & (1u << static_cast<unsigned>(Case::nom))) == 0 && j > 0 &&
                           m_chunks[j - 1].case_ == Case::topic && m_chunks[j - 1].comma && topic_before(j);
    // カザフは米国と|タングステン開発を含む|重要鉱物の協力で合意: a partner
    // before a relative clause that has its object already is the joint
    // act's, not the clause's.
    // (Not one on an actor: 中国と領有権を争う|フィリピンは.)
    const bool act_partner = in_relative && relation.symmetric && c.case_ == Case::com && !c.actors.empty() &&
                             !c.absorbed && !relative_on_actor &&
                             (relative_cases & (1u << static_cast<unsigned>(Case::acc))) != 0;
    // ロシアに|民間人を含む|全員の解放を求めた: a clause that only names what
    // a noun includes takes no addressee; the actor is this predicate's.
    const bool past_including = in_relative && relative_including && c.case_ == Case::dat && !c.actors.empty() &&
                                !c.absorbed;
    if (in_relative && !aim_doer && !pact_party && !said_doer && !act_partner && !past_including) {
      const bool argument = c.case_ != Case::none && c.case_ != Case::gen && c.case_ != Case::topic &&
                            c.case_ != Case::loc && !c.absorbed && !c.listed &&
                            // ラトビアといった|領土を: examples that take the case of the noun after them
                            !gives_examples(c);
      // A phrase set off by a comma (Xに対し、) is no relative clause's; a
      // comma inside a list (ラトビア、リトアニア) sets off nothing.
      const std::uint32_t bit = 1u << static_cast<unsigned>(c.case_);
      // Nor is one set off with は (Xとは, Xには), which stands over the sentence,
      // nor an addressee (Xに対し|山を越える|鉄道の調査費を提供), which a
      // relative clause on a thing hardly has.
      // (A relative clause on an act has the act's: Xに対して行った|攻撃.)
      // Nor is one for whom (Xにとって), said of the clause the noun is in.
      if (c.case_ != Case::topic && c.case_ != Case::benefit && (c.case_ != Case::against || relative_on_act) &&
          (!c.comma || c.absorbed) &&
          !has_topic_particle(c) &&
          (!argument || relative_nested || (relative_cases & bit) == 0)) {
        if (argument) relative_cases |= bit;
        continue;  // the relative clause's own
      }
      in_relative = false;
    }
    // これをフィンランドによる挑発だと非難, この協定を、米国が…取り込む試み
    // だと批判: what a thing is called, a noun with だと, is whose act it names.
    if (relation.raise_object && frame.target.actors.empty() && !boundary && !c.predicate &&
        c.case_ == Case::quote && c.actors.empty() && c.quote == m_chunks[p].quote && j > 0 &&
        m_tokens[c.content_end - 1].pos == "名詞") {
      auto named = owners_before(j);
      if (named.empty()) named = relative_subject(j - 1);
      static const RoleRule rule{"verb.named_as_owner", Form::verb, Voice::active, Case::none, Role::target, 0.6};
      if (!named.empty()) {
        fill(frame.target, named, &rule, 1.0);
        continue;
      }
    }
    // 英仏独の手続きは無効だとして反対した: what is judged before だとして is
    // what the act is against, or its owner.
    if (relation.raise_object && frame.target.actors.empty() && !boundary && c.copula && j > 0 &&
        has_particle(c, "として") && m_chunks[j - 1].quote == c.quote &&
        (m_chunks[j - 1].case_ == Case::topic || m_chunks[j - 1].case_ == Case::nom)) {
      const auto judged = m_chunks[j - 1].actors.empty() ? owners_before(j - 1) : m_chunks[j - 1].actors;
      static const RoleRule rule{"verb.judged_as", Form::verb, Voice::active, Case::none, Role::target, 0.6};
      if (!judged.empty() && (m_chunks[j - 1].actors.empty() || usable(m_chunks[j - 1], Role::target, relation))) {
        fill(frame.target, judged, &rule, 1.0);
        m_used[j - 1] = true;
      }
      continue;
    }
    const double distance = (p - j) > 6 ? 0.85 : 1.0;
    // Xは米国から…を排除するよう求められた: who asks, named with から before
    // what is asked, is the passive's own.
    if (complement && asked && voice == Voice::passive && c.case_ == Case::abl && !c.actors.empty() &&
        !c.metonym_only && frame.source.actors.empty() && !past_complement && !past_chained && !m_used[j]) {
      take(frame, c, Form::verb, voice, relation, distance);
      continue;
    }
    // (Not past a clause chained before what is asked: Yの判断を支持し、
    // 加盟国に…を急ぐよう促した; that clause is the asker's own.)
    // (ポーランドの一方的な禁輸は…に反すると批判: so is an act set up as
    // the words' topic, whose owner is judged.)
    if (complement && frame.target.actors.empty() && c.actors.empty() && !c.predicate &&
        (c.case_ == Case::nom || c.case_ == Case::acc ||
         (c.case_ == Case::topic && c.trigger >= 0 && relation.raise_object && !asked)) &&
        !(asked && (past_chained || past_complement))) {
      // 日米韓の軍事協力の強化が…と批判; イランの核施設を攻撃すると警告: the owner
      // of what the saying is about.
      auto owners = owners_before(j);
      // Yへの支援を打ち切ると警告: a warning's act aimed at someone warns them.
      if (owners.empty() && relation.name == "warns" && c.trigger >= 0 && j > 0 &&
          m_chunks[j - 1].case_ == Case::dat_adn && usable(m_chunks[j - 1], Role::target, relation)) {
        owners = m_chunks[j - 1].actors;
      }
      if (!owners.empty()) {
        static const RoleRule rule{"verb.complement_owner", Form::verb, Voice::active, Case::none, Role::target, 0.6};
        // Yが…Zの関係者をかくまっていると非難: the saying's subject, further
        // left, wins over the owner of its object.
        fill(frame.target, owners, &rule, distance, c.case_ == Case::acc);
        owner_past_complement = past_complement;
      }
      continue;
    }
    // 米国がイランに…するよう求めた, Xが懸念を示し、Yに…よう求めた: what is
    // asked is asked of the addressee named in it; a が-phrase before it
    // is the one who asks.
    // (So is one right before what is asked of an addressee named after
    // it: 米国が…を認めないよう|ICJに|求めた; not one of a clause before,
    // ウクライナが…ことを理由に、…よう|Yに要請.)
    const auto clause_of_asked = [&] {
      for (std::size_t k = j + 1; k < p; ++k) {
        const Chunk& a = m_chunks[k];
        if (a.predicate) return a.ending == Ending::quoted && has_particle(a, "よう");
      }
      return false;
    };
    const bool addressee_after = frame.target.rule && !frame.target.raised && frame.target.chunk > static_cast<long>(j) &&
                                 (frame.target.rule->case_ == Case::dat || frame.target.rule->case_ == Case::against) &&
                                 clause_of_asked();
    if (complement && asked && !past_complement && c.case_ == Case::nom && !c.actors.empty() && !m_used[j] &&
        frame.source.actors.empty() &&
        ((frame.target.raised && frame.target.rule && frame.target.rule->id == "verb.complement") || addressee_after)) {
      take(frame, c, Form::verb, voice, relation, distance);
      continue;
    }
    // ICJに対し、ベネズエラに…を命じるよう求めた: an addressee set off by a
    // comma is the saying's own, outside its content (taken below).
    const bool addressee = c.case_ == Case::against && (c.comma || has_topic_particle(c));
    // (The condition ends there: Xが|Yに対し、…なければ…と警告.)
    if (addressee && c.comma) in_condition = false;
    // 米国が|供与した|ミサイルの使用をやめるよう求めた: the subject of a
    // relative clause inside the content is not what the content is about.
    const bool relative_subject_here = c.case_ == Case::nom && j + 1 < p && m_chunks[j + 1].predicate &&
                                       m_chunks[j + 1].ending == Ending::attributive;
    // (マレーシア政府に文書を送り、…ペトロナスの活動を停止するよう求めた:
    // the one addressed in a clause chained before is asked too, over the
    // owner of what is to stop.)
    const bool addressed_before = asked && c.case_ == Case::dat && frame.target.rule &&
                                  frame.target.rule->id == "verb.complement_owner";
    // オルバン首相が、…に拒否権を行使すると警告し: a が-phrase that opens the
    // sentence, set off by a comma, is the saying's subject, not its content's.
    // (So is one right before the saying's addressee set off by a comma:
    // トランプ氏が|ロシアに対し、…と警告した.)
    const bool before_addressee = c.case_ == Case::nom && !c.comma && j + 1 < p &&
                                  m_chunks[j + 1].case_ == Case::against && m_chunks[j + 1].comma &&
                                  !m_chunks[j + 1].actors.empty() && m_chunks[j + 1].quote == c.quote;
    const bool opening_subject =
        c.case_ == Case::nom && (c.comma || before_addressee) && c.quote == m_chunks[p].quote &&
        std::none_of(m_chunks.begin(), m_chunks.begin() + static_cast<std::ptrdiff_t>(j),
                     [](const Chunk& k) { return k.predicate || (!k.absorbed && !k.actors.empty()); });
    // アルメニアは、トルコは…と批判: a second topic, after the saying's own
    // subject with no clause end between, is the content's.
    const auto second_topic = [&] {
      if (c.case_ != Case::topic) return false;
      for (std::size_t k = j; k-- > 0;) {
        const Chunk& a = m_chunks[k];
        if (a.predicate || a.quote != c.quote) return false;
        if ((a.case_ == Case::topic || a.case_ == Case::nom) && !a.actors.empty() && !a.absorbed) return true;
      }
      return false;
    };
    if (complement && !opening_subject &&
        (frame.target.actors.empty() ||
         (frame.target.raised && (!past_complement || owner_past_complement) &&
          (!past_chained || c.case_ == Case::nom || addressed_before))) &&
        !c.actors.empty() && !addressee && !relative_subject_here &&
        usable(c, Role::target, relation) &&
        (c.case_ == Case::nom || c.case_ == Case::dat || c.case_ == Case::against ||
         (c.case_ == Case::acc && relation.name == "warns" && !in_condition) || second_topic())) {
      // プーチンが…を爆撃したと非難; イスラエルに…を認めるよう求めた: the one the
      // saying is about (or asked to act) is the target. (Yを攻撃すると警告:
      // a threat's is the one it would land on.)
      static const RoleRule rule{"verb.complement", Form::verb, Voice::active, Case::none, Role::target, 0.7};
      // ロシア側に|NISの株式を…売却するよう求めた: the one asked wins over
      // the owner of what it is asked to act on.
      if (asked && c.case_ == Case::dat && frame.target.rule && frame.target.rule->id == "verb.complement_owner") {
        frame.target.actors.clear();
      }
      // YがZに…を提供していると非難: the saying's subject, further left,
      // wins over the one its clause acts on.
      fill(frame.target, c.actors, &rule, distance, c.case_ != Case::nom);
      continue;
    }
    // ベネズエラがガイアナを攻撃すれば…と警告: the one the condition's act
    // lands on is not the one warned.
    if (in_condition && c.case_ == Case::acc && !c.predicate) continue;
    // (米軍が…に入れば「…」と米国に警告: nor is the condition's subject the
    // one who warns, when the one warned is named apart.)
    if (in_condition && c.case_ == Case::nom && !c.predicate) continue;
    // モルドバへの緊急支援として…を拠出: the act the verb's act is given as
    // names its target.
    if (c.case_ == Case::topic && c.trigger >= 0 && c.actors.empty() && !boundary && j > 0 &&
        frame.target.actors.empty() && relation_of(c).name == relation.name && has_particle(c, "として") &&
        m_chunks[j - 1].case_ == Case::dat_adn && usable(m_chunks[j - 1], Role::target, relation)) {
      static const RoleRule rule{"verb.as_act", Form::verb, Voice::active, Case::dat_adn, Role::target, 0.8};
      fill(frame.target, m_chunks[j - 1].actors, &rule, distance);
      continue;
    }
    // 米国は日本とともに…に対抗: a second doer beside the subject.
    if (c.case_ == Case::with && !boundary && frame.with.empty() && !c.actors.empty() && !c.metonym_only) {
      frame.with = c.actors;
      frame.with_confidence = 0.8 * distance;
      frame.with_chunk = j;
      continue;
    }
    // XとYの間では…協議が行われた: the pair of a symmetric act. (Not XとYの
    // 間の|海で: a place between them, where someone else acts.)
    const bool place_between = j + 2 < m_chunks.size() && m_chunks[j + 1].case_ == Case::gen &&
                               m_chunks[j + 1].actors.empty() && m_chunks[j + 2].case_ == Case::loc;
    if (c.case_ == Case::coord_pair && relation.symmetric && c.actors.size() >= 2 && frame.pair.empty() &&
        !c.absorbed && !place_between) {
      frame.pair = c.actors;
      frame.pair_rule = "verb.between";
      frame.pair_confidence = 0.8;
      continue;
    }
    // 日米韓3カ国で連携する: the states named as the place of a joint act do it together.
    // (Not inside a relative clause on a noun: 4カ国で|つくる|機関.)
    const auto in_clause_on_noun = [&] {
      for (std::size_t k = j + 1; k < p; ++k) {
        if (m_chunks[k].predicate && m_chunks[k].ending == Ending::attributive) return true;
      }
      return false;
    };
    if (c.case_ == Case::loc && relation.symmetric && c.actors.size() >= 2 && frame.pair.empty() && !c.absorbed &&
        !c.metonym_only && !boundary && !in_clause_on_noun()) {
      frame.pair = c.actors;
      frame.pair_rule = "verb.together";
      frame.pair_confidence = 0.8;
      continue;
    }
    // 日NATO首脳会談で…一致した, 日米の会談で合意 (a meeting the act comes
    // out of), 日ロ漁業交渉が妥結, XとYの協議が決裂 (talks as the act's
    // subject): the sides the talks name are the joint act's, when the clause
    // names no other. (Not a mediation, Xの仲介で合意, whose mediators are no
    // party; nor a meeting with a subject before it.)
    const auto subject_before = [&] {
      for (std::size_t k = j; k-- > 0;) {
        if (m_chunks[k].quote == c.quote && !m_chunks[k].actors.empty() &&
            (m_chunks[k].case_ == Case::topic || m_chunks[k].case_ == Case::nom)) {
          return true;
        }
      }
      return false;
    };
    const bool meeting_place = c.case_ == Case::loc && !boundary && !subject_before();
    const bool talks_subject = c.case_ == Case::nom && c.quote == m_chunks[p].quote;
    if ((meeting_place || talks_subject) && relation.symmetric && c.trigger >= 0 && !c.predicate &&
        frame.pair.empty() && frame.source.actors.empty() && frame.target.actors.empty() &&
        relation_of(c).name == "negotiates" && !function_at(j, Function::mediate)) {
      const auto& sides = c.compound.size() >= 2 ? c.compound
                          : (j > 0 && m_chunks[j - 1].case_ == Case::gen && m_chunks[j - 1].actors.size() >= 2 &&
                             !m_chunks[j - 1].metonym_only)
                              ? m_chunks[j - 1].actors
                              : c.compound;
      if (sides.size() >= 2) {
        frame.pair = sides;
        frame.pair_rule = meeting_place ? "verb.meeting_sides" : "verb.talks_sides";
        frame.pair_confidence = 0.75;
        continue;
      }
    }
    // Xとの会談で…を求めた: the one met is the other side of what the meeting yields.
    // Not when the act names its parties itself (日韓の連携を強化することで一致).
    if (yield_of_meeting && c.case_ == Case::loc && c.trigger >= 0 && !c.predicate && j > 0 &&
        frame.target.actors.empty() && (frame.pair.empty() || !relation.symmetric) &&
        relation_of(c).name == "negotiates" &&
        m_chunks[j - 1].case_ == Case::com_adn && usable(m_chunks[j - 1], Role::target, relation)) {
      static const RoleRule rule{"verb.met_partner", Form::verb, Voice::active, Case::com, Role::target, 0.75};
      fill(frame.target, m_chunks[j - 1].actors, &rule, distance);
      continue;
    }
    if (!relation.symmetric && !in_meeting && c.case_ == Case::dat && c.actors.empty() && c.possessor.empty() &&
        !c.predicate && c.trigger < 0 && c.content_end > c.begin && c.end == c.content_end + 1 &&
        m_tokens[c.content_end].surface == "に" && m_tokens[c.content_end - 1].pos1 == "一般") {
      addressee_unnamed = true;
    }
    // (…と協議を重ね、スペインとモロッコは…で合意: not when the clause names
    // both sides of a joint act itself.)
    const bool own_pair = relation.symmetric && frame.source.actors.size() >= 2;
    if (in_meeting && yield_of_meeting && c.case_ == Case::com && frame.target.actors.empty() && !addressee_unnamed &&
        (frame.pair.empty() || !relation.symmetric) && !own_pair && !frame.unnamed_side &&
        usable(c, Role::target, relation)) {
      static const RoleRule rule{"verb.met_partner", Form::verb, Voice::active, Case::com, Role::target, 0.75};
      fill(frame.target, c.actors, &rule, distance);
      continue;
    }
    if (boundary) {
      // インドネシアは中国との間で、…を急ぐことで一致した: a partner set off
      // by a comma, or by 間で, stands over the clauses the predicate takes
      // as its content.
      if (relation.symmetric && !closed && c.case_ == Case::com && !m_used[j] &&
          (c.comma || (j + 1 < p && m_chunks[j + 1].case_ == Case::loc && m_chunks[j + 1].actors.empty() &&
                       m_chunks[j + 1].content_end == m_chunks[j + 1].begin + 1 &&
                       m_tokens[m_chunks[j + 1].begin].surface == "間"))) {
        take(frame, c, Form::verb, voice, relation, 0.85 * distance);
        continue;
      }
      // ボスニアにはEUの部隊が駐留しているが、ドイツは部隊を派遣した: a place
      // set off with には stands over the sentence's clauses as a topic does.
      if (relation.place_target && c.case_ == Case::dat && has_topic_particle(c) && frame.target.actors.empty() &&
          !c.actors.empty() && !m_used[j]) {
        take(frame, c, Form::verb, voice, relation, 0.85 * distance);
        continue;
      }
      // セルビアに対し、…よう求め、「…」と警告した: an addressee set off by a
      // comma or は stands over the sentence's clauses as a topic does.
      // (ロシアのウクライナ侵略に対し、…制裁を科してきた: so does an act
      // set off so, whose doer is the one addressed.)
      if (c.case_ == Case::against && (c.comma || has_topic_particle(c))) {
        if (!c.actors.empty()) {
          take(frame, c, Form::verb, voice, relation, 0.85 * distance);
        } else if (!m_used[j] && frame.target.actors.empty() && !has_particle(c, "について")) {
          raise(frame, j, Form::verb, voice, relation, 0.85 * distance);
        }
        continue;
      }
      // ザンビア産の銅は…を占め、…に輸出されている: goods set up as the topic
      // over the clauses are what is sent, and whence they come sends them.
      if (c.case_ == Case::topic && c.actors.empty() && c.trigger < 0 && !c.predicate && !m_used[j] &&
          relation.name == "supplies" && voice == Voice::passive && frame.source.actors.empty() &&
          !frame.target.actors.empty() && j > 0 && m_chunks[j - 1].case_ == Case::gen &&
          !m_chunks[j - 1].actors.empty() && !m_used[j - 1] && function_at(j - 1, Function::origin)) {
        take(frame, m_chunks[j - 1], Form::verb, voice, relation, 0.85 * distance);
        continue;
      }
      // ブラジルは、BRICSは…ではないとして、…を否定した: a topic inside the
      // grounds given (〜として), after the sentence's own topic, is theirs.
      if (c.case_ == Case::topic && grounds_topic(j)) continue;
      // A が-subject also governs the clauses chained after it with 〜し、/〜して
      // (ロシア軍が…に重点を移しており、…を攻撃した), as a topic does the whole sentence.
      // (So does one that opens the sentence, set off by a comma, over the
      // words it says: Xが、「…」と警告し、…を迫っている.)
      if (c.case_ == Case::topic ||
          (c.case_ == Case::nom && (!hard_boundary || opening_subject) && !nominalized_subject && !m_used[j] &&
           !(m_chunks[p].ending == Ending::final && topic_before(j)))) {
        take(frame, c, Form::verb, voice, relation, 0.9 * distance);
      }
      continue;
    }
    if (m_used[j]) continue;
    if (!c.actors.empty()) {
      take(frame, c, Form::verb, voice, relation, distance);
    } else if (relation.place_target && c.case_ == Case::dat && voice == Voice::active &&
               m_k.rules.has_function(m_tokens[head_of(m_tokens, c)], Function::troops) &&
               force_site(frame, j, distance)) {
      // (コソボに駐留する|国際部隊に兵士を派遣: a force named by no actor.)
    } else if (!(c.case_ == Case::dat && manner_of_next(p, relation))) {
      raise(frame, j, Form::verb, voice, relation, distance,
            m_chunks[p].trigger >= 0 && m_triggers[m_chunks[p].trigger].trigger->material);
    }
  }
  if (!subject_gap) subject_after(frame, p, voice, relation);
  if (frame.source.actors.empty()) aim_holder(frame, p);
}

// Whether joint act p, in 〜して right before another verb, only says how
// that verb is done (中国の威圧に|日米が|連携して|対処する): the に-phrase
// before it is then the verb's, and its owner no partner.
bool SentenceReader::manner_of_next(std::size_t p, const RelationType& relation) const {
  const Chunk& act = m_chunks[p];
  if (!relation.symmetric || act.ending != Ending::continuative || act.comma || p + 1 >= m_chunks.size() ||
      act.end == act.content_end || m_tokens[act.end - 1].surface != "て") {
    return false;
  }
  const Chunk& next = m_chunks[p + 1];
  return next.predicate && next.trigger < 0 && next.quote == act.quote;
}

// Whether topic j stands inside grounds given with として after a topic
// of the sentence set off by a comma (Xは、Yは…ではないとして、).
bool SentenceReader::grounds_topic(std::size_t j) const {
  const Chunk& topic = m_chunks[j];
  if (topic.comma || j == 0) return false;
  std::size_t q = j + 1;
  // (Past clauses on its nouns: 特定の国に対抗する|枠組みではないとして.)
  while (q < m_chunks.size() && (!m_chunks[q].predicate || m_chunks[q].ending == Ending::attributive)) ++q;
  if (q == m_chunks.size() || m_chunks[q].quote != topic.quote || !has_particle(m_chunks[q], "として")) return false;
  for (std::size_t k = j; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != topic.quote || c.predicate) return false;
    if (c.case_ == Case::topic && c.comma && !c.actors.empty()) return true;
  }
  return false;
}

// オーストラリアには、中国の影響力を抑え込む狙いがある; NATOの増派には、…を
// 牽制する狙いがある: the one an aim is held by, set up with には before the
// clause on the aim (or the owner of the act or step so set up), does the
// aimed act.
void SentenceReader::aim_holder(Frame& frame, std::size_t p) {
  const Chunk& verb = m_chunks[p];
  if (verb.ending != Ending::attributive || verb.passive || p + 1 >= m_chunks.size() ||
      !function_at(p + 1, Function::aim)) {
    return;
  }
  for (std::size_t j = p; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != verb.quote) break;
    if (c.predicate && c.ending != Ending::attributive && c.ending != Ending::continuative) break;
    // (中国にとっては、…を抑止する狙いもある: or the one it is for.)
    if ((c.case_ != Case::dat || !has_particle(c, "には")) && !has_particle(c, "にとって")) continue;
    static const RoleRule holder{"verb.aim_holder", Form::verb, Voice::active, Case::dat, Role::source, 0.6};
    static const RoleRule owner{"verb.aim_holder_act_owner", Form::verb, Voice::active, Case::gen, Role::source, 0.55};
    if (!c.actors.empty() && !c.metonym_only) {
      fill(frame.source, c.actors, &holder, 1.0);
      // (日比両政府には|中国の|威圧を|抑止する|狙い: the holder is no one the
      // act is aimed at, as its に would say; the owner of its object is.)
      if (frame.target.actors == c.actors) {
        frame.target = Filler{};
        static const RoleRule aimed{"verb.aim_object_owner", Form::verb, Voice::active, Case::gen, Role::target, 0.55};
        // (中国の|インド洋への|進出を: past where the act goes.)
        if (p >= j + 3 && m_chunks[p - 1].case_ == Case::acc && m_chunks[p - 1].actors.empty()) {
          const auto owners = owners_before(p - 1);
          if (!owners.empty() && owners != c.actors) fill(frame.target, owners, &aimed, 1.0);
        }
      }
    } else if (c.actors.empty() && !c.predicate && c.content_end > c.begin && !function_at(j, Function::agent) &&
               !m_tokens[c.content_end - 1].surface.ends_with("国") && j > 0 && m_chunks[j - 1].case_ == Case::gen &&
               !m_chunks[j - 1].actors.empty() && !m_chunks[j - 1].metonym_only) {
      // (米国の|規制強化には, イスラエルの|動きには: or the owner of any act or
      // step so set up; not of another state or doer, ロシアの|隣国には.)
      fill(frame.source, m_chunks[j - 1].actors, &owner, 1.0);
    }
    return;
  }
}

// Whether phrase j names an actor only by an office or body the dictionary
// cannot resolve (暫定政権側, 同政府): a subject all the same.
bool SentenceReader::names_unnamed_actor(std::size_t j) const {
  const Chunk& c = m_chunks[j];
  if (!c.actors.empty() || c.predicate || c.absorbed || c.trigger >= 0 || c.content_end == c.begin ||
      c.end == c.content_end) {
    return false;
  }
  // は or が right after the noun: not 政府として.
  const auto& particle = m_tokens[c.content_end].surface;
  if (particle != "は" && particle != "が") return false;
  // (インドの製油各社は: firms are a subject of their own too.)
  const Token& head = m_tokens[c.content_end - 1];
  return m_k.rules.head_kind(head) != nullptr || m_k.rules.has_function(head, Function::company);
}

// Whether phrase c's particles end with は or も: デンマークに対しては.
bool SentenceReader::has_topic_particle(const Chunk& c) const {
  for (auto i = c.content_end; i < c.end; ++i) {
    if (m_tokens[i].pos == "助詞" && (m_tokens[i].surface == "は" || m_tokens[i].surface == "も")) return true;
  }
  return false;
}

// Whether a topic naming actors comes before phrase j in its segment:
// 日米両国は、米国が…を設置して以後、緊密な関係にある: the が-subject is
// then its own clause's, and the topic governs the sentence's last
// predicate (not one inside a complement: Xは、Yが…し、…したことを確認した).
bool SentenceReader::topic_before(std::size_t j) const {
  for (std::size_t k = j; k-- > 0;) {
    const Chunk& c = m_chunks[k];
    if (c.quote != m_chunks[j].quote) continue;
    if (c.case_ == Case::topic && !c.actors.empty() && !c.absorbed) return true;
  }
  return false;
}

// ウクライナの要請を受けて、ドイツは…: a て-clause (or 〜し、) that opens the
// sentence without a subject of its own shares the topic named after it.
void SentenceReader::subject_after(Frame& frame, std::size_t p, Voice voice, const RelationType& relation) {
  const Chunk& pred = m_chunks[p];
  if (!pred.predicate || pred.end == pred.content_end) return;
  // (Or a clause of when, a bare dependent noun and a comma after it: Yの
  // 攻撃を受けた|後、Xは….)
  const bool when = pred.ending == Ending::attributive && p + 2 < m_chunks.size() && [&] {
    const Chunk& noun = m_chunks[p + 1];
    if (noun.predicate || !noun.comma || !noun.actors.empty() || noun.trigger >= 0 || noun.case_ != Case::none ||
        noun.content_end != noun.begin + 1 || noun.quote != pred.quote) {
      return false;
    }
    const Token& t = m_tokens[noun.begin];
    return t.pos == "名詞" && (t.pos1 == "非自立" || t.pos1 == "副詞可能");
  }();
  if (!when) {
    if (pred.ending != Ending::continuative) return;
    const Token& last = m_tokens[pred.end - 1];
    const Token& before = m_tokens[pred.end >= 2 ? pred.end - 2 : pred.end - 1];
    const bool te = last.pos1 == "接続助詞" || (last.pos == "記号" && before.pos1 == "接続助詞");
    // (Or one that stops on the verb's 連用形 and a comma: Yの要請を受け、Xは….)
    const bool stem_comma = last.pos == "記号" && before.pos == "動詞" && before.conj_form == "連用形";
    if (!stem_comma &&
        (!te || (before.surface != "て" && before.surface != "で" && last.surface != "て" && last.surface != "で"))) {
      return;
    }
  }
  const RoleRule* rule = m_k.rules.role_for(Form::verb, voice, Case::topic);
  if (!rule || !(rule->role == Role::source ? frame.source : frame.target).actors.empty()) return;
  // The first clause of the sentence, or one after clauses that end in a
  // comma (…公表されていないが、Yの要請に応じて…): no subject of its own.
  for (std::size_t j = 0; j < p; ++j) {
    const Chunk& c = m_chunks[j];
    if (c.quote != pred.quote) continue;
    // (A relative clause is inside a noun phrase; …によれば、 frames the sentence.)
    if (c.predicate && !c.comma && c.ending != Ending::attributive) return;
    // (両国は, イ大統領は: nor one the dictionary cannot resolve.)
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && (!c.actors.empty() || names_unnamed_actor(j))) return;
  }
  for (std::size_t k = when ? p + 2 : p + 1; k < m_chunks.size(); ++k) {
    const Chunk& c = m_chunks[k];
    if (c.predicate || c.quote != pred.quote) return;
    // A て-clause shares its subject with the main clause, topic or が.
    if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed) {
      take(frame, c, Form::verb, voice, relation, 0.8);
      return;
    }
    // (Yの要請を受け、国連安保理の|制裁が|復活: what was asked of the owner
    // of a subject that names no one is the owner's doing.)
    if (voice == Voice::receive && c.case_ == Case::nom && c.actors.empty() && k > p + 1 &&
        m_chunks[k - 1].case_ == Case::gen && !m_chunks[k - 1].actors.empty() && !m_chunks[k - 1].metonym_only &&
        usable(m_chunks[k - 1], Role::target, relation)) {
      static const RoleRule owner{"receive.subject_owner_after", Form::verb, Voice::receive, Case::nom, Role::target, 0.6};
      fill(frame.target, m_chunks[k - 1].actors, &owner, 0.8);
      return;
    }
  }
}

// A relative clause's head noun is its missing subject (the receiver, when
// passive or received), before any topic of the sentence: カラガノフは…
// ウクライナを支持する|ヨーロッパ諸国への攻撃を… -> EUROPE supports UKR;
// ロシアの攻撃を受けた|ウクライナ東部 -> RUS attacks UKR.
void SentenceReader::relative_head(Frame& frame, std::size_t p, Voice voice, const RelationType& relation) {
  // イランが支援する|フーシ派: a clause with a subject of its own has the
  // noun in another role, the one its act lands on, unless the clause
  // names that one itself (北朝鮮がロシアに派遣した|部隊).
  const bool has_subject = clause_subject(p);
  const bool own_subject = voice == Voice::active && has_subject;
  if (own_subject && clause_names_target(p, relation.place_target)) return;
  // Xが資金を提供していると|される|武装組織: an evidential wraps a clause
  // with its own subject (without one, the noun is the doer: the company
  // said to have exported parts, which relative_agent reads).
  if (has_subject && m_chunks[p].predicate && m_chunks[p].ending == Ending::quoted && p + 1 < m_chunks.size() &&
      m_chunks[p + 1].predicate && m_chunks[p + 1].trigger < 0 && m_chunks[p + 1].ending == Ending::attributive &&
      m_chunks[p + 1].quote == m_chunks[p].quote) {
    ++p;
  }
  // ロシアに兵士を派遣し|弾薬も供与している|北朝鮮: a clause that goes on
  // (〜し, no comma) into a relative clause shares its head noun.
  if (!has_subject) p = relative_chain_end(p);
  const Chunk& pred = m_chunks[p];
  if (!pred.predicate || pred.ending != Ending::attributive) return;
  const Role role = voice == Voice::active ? Role::source : Role::target;
  // 停戦を仲介してきたのは、米国など4か国だ: a clause closed by の|は (a
  // cleft) has the role it lacks in the noun the sentence ends on; with a
  // subject of its own (中国が支援したのは、ロシアだ), the one its act lands on.
  if (const auto focus = cleft_focus(p + 1); !focus.empty()) {
    static const RoleRule cleft{"verb.cleft_focus", Form::verb, Voice::active, Case::none, Role::source, 0.75};
    static const RoleRule cleft_object{"verb.cleft_object", Form::verb, Voice::active, Case::none, Role::target, 0.7};
    if (own_subject) {
      fill(frame.target, focus, &cleft_object, 1.0);
    } else if (!has_subject) {
      fill(role == Role::source ? frame.source : frame.target, focus, &cleft, 1.0);
    }
    return;
  }
  std::size_t h = p + 1;  // the head noun phrase, after any の-phrase merged into it
  while (h < m_chunks.size() && m_chunks[h].absorbed) ++h;
  // 制裁を科した|ロシアの|水産大手ノルボ: a state named as the owner of the
  // actor after it (its firm, its group) is not what the clause is on.
  if (h + 1 < m_chunks.size() && m_chunks[h].case_ == Case::gen && !m_chunks[h].predicate &&
      !m_chunks[h].actors.empty() && m_chunks[h].trigger < 0 && !m_chunks[h + 1].actors.empty() &&
      !m_chunks[h + 1].predicate && m_chunks[h + 1].quote == m_chunks[h].quote &&
      std::all_of(m_chunks[h].actors.begin(), m_chunks[h].actors.end(),
                  [&](const ActorRef& a) { return m_k.actors.kind(a.actor) == mentions::ActorKind::state; }) &&
      std::none_of(m_chunks[h + 1].actors.begin(), m_chunks[h + 1].actors.end(),
                   [&](const ActorRef& a) { return m_k.actors.kind(a.actor) == mentions::ActorKind::state; })) {
    ++h;
  }
  // シリア北東部を支配する|クルド人主体の|「シリア民主軍」: a describing
  // の-phrase naming no one stands between the clause and its head.
  // (Not when the phrase after is another noun's adnominal case: 中国と共同
  // 開発した|JF17戦闘機の|バングラデシュへの|売却: the fighter is the head.)
  const auto other_nouns = [](Case c) {
    return c == Case::dat_adn || c == Case::com_adn || c == Case::abl_adn || c == Case::agent_adn;
  };
  // (…シーア派の|民兵組織|「カタイブ・ヒズボラ」: and a bare noun naming the
  // kind of group.)
  const auto describes = [&](std::size_t k) {
    const Chunk& d = m_chunks[k];
    if (!d.actors.empty() || !d.possessor.empty() || d.trigger >= 0 || d.predicate || d.comma) return false;
    return d.case_ == Case::gen || (d.case_ == Case::none && d.end == d.content_end && d.content_end > d.begin &&
                                    function_at(k, Function::agent));
  };
  std::size_t named = h;
  while (named + 1 < m_chunks.size() && describes(named) && m_chunks[named + 1].quote == m_chunks[named].quote) {
    ++named;
  }
  // (A name right after a bare kind-of-group noun is that noun, whatever its case.)
  const bool appositive = named > h && m_chunks[named - 1].case_ == Case::none;
  if (named > h && !m_chunks[named].actors.empty() && (appositive || !other_nouns(m_chunks[named].case_))) h = named;
  if (h >= m_chunks.size() || m_chunks[h].predicate) return;
  // 加盟を目指す|北マケドニアと、|隣国ブルガリア: a comma after the first
  // conjunct closes what the clause describes; the next has its own words.
  const Chunk& first = m_chunks[p + 1];
  const bool first_only = h > p + 1 && first.absorbed && first.comma && !first.actors.empty() &&
                          (first.case_ == Case::com || first.case_ == Case::coord);
  const Chunk& noun = m_chunks[h];
  static const RoleRule relative{"verb.relative", Form::verb, Voice::active, Case::none, Role::source, 0.8};
  static const RoleRule object_gap{"verb.relative_object", Form::verb, Voice::active, Case::none, Role::target, 0.75};
  if (own_subject && !noun.actors.empty()) {
    if (usable(noun, Role::target, relation)) fill(frame.target, noun.actors, &object_gap, 1.0);
    return;
  }
  // ロシアが占拠を続ける|ザポリージャ原発 falls through to the place reading below.
  if (first_only && !own_subject) {
    if (!first.metonym_only) fill(role == Role::source ? frame.source : frame.target, first.actors, &relative, 1.0);
    return;
  }
  // ロシアが占領した|ウクライナ東部: a place does not act, so on a place
  // an act that lands on places names where it landed.
  const bool place = noun.actors.empty() && !noun.possessor.empty() && (relation.place_target || relation.raise_object);
  // リトアニアに駐留する|ドイツ連邦軍旅団: forces the dictionary names only
  // by their state are that state's, which sends them.
  const bool forces = role == Role::source && relation.theme_passive && noun.actors.empty() &&
                      !noun.possessor.empty() && !noun.metonym_only && function_at(h, Function::troops);
  if (!noun.actors.empty() && usable(noun, role, relation)) {
    fill(role == Role::source ? frame.source : frame.target, noun.actors, &relative, 1.0);
    frame.source_examples = role == Role::source && listed_as_examples(h);
  } else if (forces) {
    fill(frame.source, noun.possessor, &relative, 0.9);
  } else if (role == Role::source && noun.actors.empty() && !noun.possessor.empty() && !noun.metonym_only &&
             names_company(h)) {
    // ロシアに部品を供給した|中国企業: a state's firms do the act for it,
    // as 中国の|企業 does, whose state is named apart.
    fill(frame.source, noun.possessor, &relative, 0.85);
  } else if (noun.actors.empty() && (role == Role::target || place) && !noun.possessor.empty()) {
    // A place of a state (ウクライナ東部) stands for the state that receives the act.
    fill(frame.target, noun.possessor, &relative, 0.85);
  } else if (noun.actors.empty() && (role == Role::target || own_subject) && relation.raise_object) {
    // ウクライナ南東部に位置し、…に占領された|発電所: a site in a state that
    // another clause on the same noun places there.
    const auto place = located_in(p);
    static const RoleRule located{"verb.relative_site", Form::verb, Voice::active, Case::none, Role::target, 0.7};
    if (!place.empty()) fill(frame.target, place, &located, 1.0);
  }
}

// The relative clause predicate p goes on into, through continuative
// predicates with no comma and no subject of their own between; p itself
// when it is no such clause.
std::size_t SentenceReader::relative_chain_end(std::size_t p) const {
  // (〜し, 〜して, 〜しており; not 〜するために, a purpose of the outer clause.)
  const auto goes_on = [&](const Chunk& c) {
    if (!c.predicate || c.ending != Ending::continuative || c.comma) return false;
    for (auto i = c.content_end; i < c.end; ++i) {
      const Token& t = m_tokens[i];
      const bool te = t.pos1 == "接続助詞" && (t.surface == "て" || t.surface == "で");
      if (t.pos != "動詞" && t.pos != "助動詞" && !te) return false;
    }
    return true;
  };
  std::size_t q = p;
  while (goes_on(m_chunks[q])) {
    std::size_t next = q + 1;
    while (next < m_chunks.size() && !m_chunks[next].predicate) {
      const Chunk& c = m_chunks[next];
      if (c.quote != m_chunks[p].quote || c.comma ||
          ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty())) {
        return p;
      }
      ++next;
    }
    if (next >= m_chunks.size() || m_chunks[next].quote != m_chunks[p].quote) return p;
    q = next;
  }
  return q != p && modifies_noun(q) ? q : p;
}

// When phrase j is the bare nominaliser of a cleft (…したのは), the actors of
// the copula's noun the sentence ends on (…のは、米国とサウジだ), with any
// listed before it (米国と|中国だ), or of the noun a copula's で goes on
// from (署名したのは|X外相とY外相で、…).
std::vector<ActorRef> SentenceReader::cleft_focus(std::size_t j) const {
  if (j >= m_chunks.size()) return {};
  const Chunk& nominaliser = m_chunks[j];
  if (nominaliser.case_ != Case::topic || nominaliser.predicate || nominaliser.content_end != nominaliser.begin + 1 ||
      m_tokens[nominaliser.begin].surface != "の") {
    return {};
  }
  std::vector<ActorRef> listed;
  for (std::size_t k = j + 1; k < m_chunks.size(); ++k) {
    const Chunk& c = m_chunks[k];
    if (c.quote != nominaliser.quote) return {};
    const bool continued = !c.predicate && c.case_ == Case::loc && c.comma && c.end > c.content_end &&
                           c.end <= c.content_end + 2 && m_tokens[c.content_end].surface == "で" && !c.actors.empty();
    if (!c.predicate && !continued) {
      if ((c.case_ == Case::com || c.case_ == Case::coord) && !c.absorbed && !c.comma) {
        listed.insert(listed.end(), c.actors.begin(), c.actors.end());
      } else if (!c.absorbed) {
        listed.clear();
      }
      continue;
    }
    const bool copula = continued || (c.content_end < c.end && m_tokens[c.content_end].pos == "助動詞" &&
                                      (m_tokens[c.content_end].base == "だ" || m_tokens[c.content_end].base == "です"));
    if (!copula || c.trigger >= 0 || c.metonym_only || c.actors.empty()) return {};
    for (const ActorRef& a : c.actors) {
      if (!shares_actor({a}, listed)) listed.push_back(a);
    }
    return listed;
  }
  return {};
}

// Whether the clause ending at predicate p has a が-subject naming an actor
// of its own (no comma after it, which would make it the outer clause's).
bool SentenceReader::clause_subject(std::size_t p) const {
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.predicate || a.case_ == Case::topic || a.quote != m_chunks[p].quote) return false;
    if (a.case_ == Case::nom && !a.actors.empty() && !a.absorbed) return !a.comma && !a.metonym_only;
  }
  return false;
}

// Whether the clause ending at predicate p names an actor where its act
// lands (に, を, に対して, への; for forces, also where with で: AUがソマリア
// で展開する|部隊).
bool SentenceReader::clause_names_target(std::size_t p, bool place) const {
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.predicate || a.case_ == Case::topic || a.quote != m_chunks[p].quote) return false;
    if (a.actors.empty() || a.absorbed) continue;
    if (a.case_ == Case::dat || a.case_ == Case::acc || a.case_ == Case::against) return true;
    if (place && a.case_ == Case::loc && !a.metonym_only && all_states(a.actors)) return true;
  }
  return false;
}

// Whether predicate p is a relative clause on a noun that names an unnamed
// doer (勢力, 組織, 部隊) or a site that serves (軍需産業を支える|施設):
// that noun is the clause's subject.
bool SentenceReader::relative_agent(std::size_t p) const {
  if (!m_chunks[p].predicate) return false;
  // 供給したと|される|第三国の企業: an evidential wraps the clause.
  if (m_chunks[p].ending == Ending::quoted && p + 1 < m_chunks.size() && m_chunks[p + 1].predicate &&
      m_chunks[p + 1].trigger < 0 && m_chunks[p + 1].ending == Ending::attributive) {
    ++p;
  }
  if (m_chunks[p].ending != Ending::attributive) return false;
  // 北朝鮮がロシアに派遣した|兵士: a clause with a subject of its own
  // (が, no comma after it) has the noun in another role.
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.predicate || a.case_ == Case::topic || a.quote != m_chunks[p].quote) break;
    if (a.case_ == Case::nom && !a.actors.empty() && !a.comma) return false;
  }
  // (…に同調する|国に関税を課す: a noun ending in the token 国 too (国, 第三|国),
  // but not as what the topic
  // becomes, …を承認した最初の|国と|なった, or one of, …を輸出する|国の|一つだ,
  // which describe the topic itself.)
  const auto unnamed_state = [&](const Chunk& c) {
    return c.content_end > c.begin && m_tokens[c.content_end - 1].base == "国" && !c.copula &&
           (c.case_ == Case::dat || c.case_ == Case::acc || c.case_ == Case::nom);
  };
  const auto agent = [&](std::size_t h) {
    return m_chunks[h].actors.empty() && m_chunks[h].trigger < 0 &&
           (function_at(h, Function::agent) || function_at(h, Function::site) || unnamed_state(m_chunks[h]));
  };
  std::size_t h = p + 1;
  // 第三国の|企業, UAEの|企業: an の-phrase is part of the head noun phrase.
  // (…を支援する|国々の|政府機関: the doer may be the phrase's own first noun.)
  while (h < m_chunks.size() &&
         (m_chunks[h].absorbed ||
          (m_chunks[h].case_ == Case::gen && m_chunks[h].trigger < 0 && !m_chunks[h].predicate))) {
    if (!m_chunks[h].absorbed && agent(h)) return true;
    ++h;
  }
  return h < m_chunks.size() && agent(h);
}

}  // namespace kankei::rules::detail
