// Mood and the predicate over a nominal act: which verb governs it
// (攻撃を|行った), what carries it (支援の|継続を), and negation and
// hypothesis from the words around it.
#include "rules/sentence_reader.hpp"

namespace kankei::rules::detail {

// 防衛協力の強化で合意した, 連携強化で一致した: the act agreed on is done
// together by those who agree. Returns the agreeing predicate or -1.
long SentenceReader::agreed_on(std::size_t t) const {
  std::size_t j = t;
  if (m_chunks[j].case_ == Case::gen && j + 1 < m_chunks.size() && m_chunks[j + 1].trigger < 0 &&
      m_chunks[j + 1].actors.empty() && !m_chunks[j + 1].predicate) {
    ++j;  // 協力の|強化で
  }
  if (m_chunks[j].case_ != Case::loc || j + 1 >= m_chunks.size()) return -1;
  const Chunk& p = m_chunks[j + 1];
  if (!p.predicate || p.trigger < 0 || relation_of(p).name != "agrees") return -1;
  return static_cast<long>(j + 1);
}

// The phrase that stands for nominal trigger chunk t in its clause: t
// itself, or a verbal noun after 〜の that carries the act on
// (協力の|強化に取り組む, 支援の|継続を表明, 関係の|強化), whose case and
// governing verb are then the act's.
std::size_t SentenceReader::act_head(std::size_t t) const {
  const Chunk& c = m_chunks[t];
  if (c.case_ != Case::gen || c.predicate || t + 1 >= m_chunks.size()) return t;
  const Chunk& next = m_chunks[t + 1];
  if (next.predicate || !next.actors.empty() || next.trigger >= 0 || next.quote != c.quote) return t;
  // 抗議の|(外交)文書を送った: the message carries the act to whom it is sent.
  const bool message = c.trigger >= 0 && relation_of(c).raise_object && function_at(t + 1, Function::envoy);
  if (next.content_end != next.begin + 1) return message ? t + 1 : t;
  const Token& noun = m_tokens[next.begin];
  // 東欧配備の|部隊を増強: the troops a deployment moves carry it too.
  const bool troops = c.trigger >= 0 && relation_of(c).name == "deploys" && function_at(t + 1, Function::troops);
  // 資産凍結の|対象を拡大: a tail noun of the act (対象, 措置) stands for it.
  const bool carries = next.phrase_noun || troops || message || function_at(t + 1, Function::tail) ||
                       (noun.pos1 == "サ変接続" && function_at(t + 1, Function::support));
  return carries ? t + 1 : t;
}

// The predicate governing nominal trigger chunk t, when t is its object or
// subject: 攻撃を行った, 支援を受けて, 空爆を停止した. Returns its index or -1.
long SentenceReader::governing_predicate(std::size_t t) const {
  const Chunk& head = m_chunks[t];
  // 〜を制裁対象に指定する: the act named in に is what the verb designates.
  // 緊密な関係に|ある: a qualified noun's own predicate.
  // Yを…パートナーと位置づける: the noun the object is named as.
  // (Yの要請に|当面|応じない, Yとの協議に|一切|応じない: an adverb may stand
  // before a verb taking a request or talks up, or designating.)
  const std::size_t answer = t + 2 < m_chunks.size() && is_adverb(t + 1) ? t + 2 : t + 1;
  const bool designated = t + 1 < m_chunks.size() &&
                          ((head.case_ == Case::dat && (function_at(answer, Function::designate) ||
                                                        // Yの要請に応じて: a request taken up.
                                                        (head.trigger >= 0 && relation_of(head).name == "requests" &&
                                                         function_at(answer, Function::accept)) ||
                                                        (head.phrase_object && m_chunks[t + 1].phrase_verb) ||
                                                        // Yからの供給に頼る: what is depended on is received.
                                                        (head.trigger >= 0 && function_at(t + 1, Function::receive) &&
                                                         m_chunks[t + 1].predicate))) ||
                           ((head.case_ == Case::com || head.case_ == Case::quote) &&
                            function_at(t + 1, Function::name_as)) ||
                           // …を輸出規制の|対象と|する: a tail of the act named
                           // with と before a bare する, as 対象に指定する.
                           ((head.case_ == Case::com || head.case_ == Case::dat) && made_into(t)) ||
                           // 防衛協力協定に署名: a joint pact signed, as 協定を締結 (a pact
                           // named after the act; not 協議に合意, talks agreed to).
                           // (So is a contract, itself an agreement: 融資契約に署名;
                           // and talks opposed, トルコとの交渉に|反対: read_trigger.)
                           (head.case_ == Case::dat && head.trigger >= 0 && relation_of(head).symmetric &&
                            m_chunks[t + 1].predicate && m_chunks[t + 1].trigger >= 0 &&
                            ((relation_of(m_chunks[t + 1]).name == "agrees" &&
                              (named_after_act(t) || relation_of(head).name == "agrees")) ||
                             relation_of(m_chunks[t + 1]).name == "rejects")));
  if (head.case_ != Case::acc && head.case_ != Case::nom && head.case_ != Case::topic && head.case_ != Case::abl &&
      !designated) {
    return -1;
  }
  std::size_t reach = t + 3;
  bool embedded = false;  // a が-subject of a clause inside the object's own
  for (std::size_t j = t + 1; j < m_chunks.size() && j <= reach; ++j) {
    const Chunk& c = m_chunks[j];
    // 協議をオマーンの仲介で再開した: the mediation stands between the act
    // and its verb (its mediator is read by mediated_parties).
    if (c.case_ == Case::loc && function_at(j, Function::mediate) && !c.predicate) {
      reach += 1;
      continue;
    }
    if (c.case_ == Case::gen && j + 1 < m_chunks.size() && m_chunks[j + 1].case_ == Case::loc &&
        function_at(j + 1, Function::mediate) && !m_chunks[j + 1].predicate) {
      reach += 2;
      ++j;
      continue;
    }
    // 禁輸を|和平が|定着するまで|続ける: a clause with a subject of its own,
    // set in between, goes on into the object's predicate.
    if (c.predicate && embedded && c.ending == Ending::continuative && c.trigger < 0) {
      embedded = false;
      reach += 1;
      continue;
    }
    if (c.predicate || c.trigger >= 0) return static_cast<long>(j);
    if (head.case_ == Case::acc && c.case_ == Case::nom && c.actors.empty() && !c.comma) embedded = true;
    // 会談はトランプ氏が主導した: a topicalised act keeps the predicate's own subject.
    const bool own_subject = head.case_ == Case::topic && c.case_ == Case::nom;
    // (協定を|インドと|結んだ: the partner may stand between too, or a list
    // of them, 協定を|パラグアイや|ホンジュラスと; 会議を|カザフスタンで|開き:
    // so may where it is done.)
    if (!c.actors.empty() && c.case_ != Case::against && c.case_ != Case::dat && c.case_ != Case::com &&
        c.case_ != Case::loc && !(c.case_ == Case::coord && c.absorbed) && !own_subject) {
      return -1;
    }
  }
  return -1;
}

// Yへの支援を否定した: an act denied (its noun the denial's object) is an
// act not done, read with the act; no rejection of the one it would have
// been aimed at. (Yの非難を否定: an accusation denied still rejects the
// accuser.)
bool SentenceReader::denies_an_act(std::size_t t) const {
  if (!function_at(t, Function::deny)) return false;
  for (std::size_t k = t; k-- > 0 && !m_chunks[k].predicate && m_chunks[k].quote == m_chunks[t].quote;) {
    const Chunk& c = m_chunks[k];
    if (c.case_ == Case::none && c.actors.empty()) continue;  // (一貫して)
    return c.case_ == Case::acc && c.trigger >= 0 && c.actors.empty() && !relation_of(c).raise_object;
  }
  return false;
}

// Yと交渉することはない, 協議しない: a negation of the time to come (talks
// so denied are refused: eval/GUIDELINES.md, 協議を拒否 is rejects), not of
// the past or the present (協議していない, しなかった: only not held).
bool SentenceReader::denied_ahead(std::size_t t) const {
  // (The act's own tail, and a こと|は|ない after it, or the noun whose
  // denial denies it, as 会談する|機会は|なかった, and an adverb.)
  for (std::size_t k = t; k < m_chunks.size() && k <= t + 3; ++k) {
    const auto& first = m_tokens[m_chunks[k].begin].base;
    const bool denied_noun = k == t + 1 && m_chunks[k].case_ == Case::topic && !m_chunks[k].predicate;
    if (k > t && first != "こと" && first != "ない" && !denied_noun && !is_adverb(k) && first != "なくなる") break;
    for (auto i = k == t ? m_chunks[k].content_end : m_chunks[k].begin; i < m_chunks[k].end; ++i) {
      const auto& base = m_tokens[i].base;
      if (base == "いる" || base == "た" || base == "おる") return false;
    }
  }
  return true;
}

void SentenceReader::read_mood(Frame& frame, std::size_t p) {
  const Chunk& c = m_chunks[p];
  if (c.negated) frame.negated = true;
  if (c.conditional || c.obligation) frame.hypothetical = true;  // (a must, as べき: eval/DECISIONS.md)
  // "しなければならない": an obligation, not a denial.
  for (auto i = c.content_end; i + 1 < c.end; ++i) {
    if (m_tokens[i].base == "ない" && m_tokens[i].conj_form.find("仮定") != std::string::npos) {
      if (p + 1 < m_chunks.size()) {
        const Token& next = m_tokens[m_chunks[p + 1].begin];
        if (next.base == "なる" || next.base == "いける") frame.negated = false;
      }
    }
  }
  // (批判するようになった: よう before なる says what came to be, no wish.)
  const bool became = p + 1 < m_chunks.size() && m_chunks[p + 1].content_end > m_chunks[p + 1].begin &&
                      m_tokens[m_chunks[p + 1].begin].base == "なる";
  // 圧力をかけて|破棄させようと|している: a volitional before とする is an
  // attempt, its own act's aim (read with that act), not a mood of the
  // clauses around it. (But 深めようとするなら: one on a condition is.)
  const auto attempt = [&](std::size_t i) {
    return m_tokens[i].pos == "助動詞" && (m_tokens[i].base == "う" || m_tokens[i].base == "よう") &&
           i + 2 < m_tokens.size() && m_tokens[i + 1].surface == "と" && m_tokens[i + 2].base == "する" &&
           !m_tokens[i + 2].conj_form.starts_with("仮定") &&
           !(i + 3 < m_tokens.size() && m_tokens[i + 3].surface == "なら");
  };
  for (auto i = c.content_end; i < c.end; ++i) {
    if (became && m_tokens[i].base == "よう") continue;
    // 署名したように: after a past act, よう is a likeness, no wish.
    if (m_tokens[i].base == "よう" && i > 0 && m_tokens[i - 1].base == "た") continue;
    if (m_k.rules.has_function(m_tokens[i], Function::hypothetical)) frame.hypothetical = true;
    // 融資を受けるかどうか: whether it will be done is open.
    if (m_tokens[i].surface == "か" && i + 1 < m_tokens.size() && m_tokens[i + 1].surface == "どう") {
      frame.hypothetical = true;
    }
  }
  // 協力強化へ, 関係回復へ: a noun predicate heading somewhere is a plan, not
  // yet done; 打診か, one reported as likely, not confirmed.
  const bool stop_after = c.end == c.content_end + 2 && m_tokens[c.end - 1].pos1 == "句点";
  const std::string_view mark = c.content_end < c.end ? std::string_view(m_tokens[c.content_end].surface) : "";
  if (c.predicate && c.content_end > c.begin && (c.end == c.content_end + 1 || stop_after) &&
      m_tokens[c.content_end - 1].pos == "名詞" && (mark == "へ" || mark == "か")) {
    frame.hypothetical = true;
  }
  // 輸出していることを否定した, 攻撃したと否定した: the act is denied;
  // 批判することを控えた, 避けた: it is held back (but not in 展開することも
  // 辞さない, where the holding back is denied).
  // (Not a cause: 攻撃したことで|中断した stops something else.)
  const auto fact_is_object = [&] {
    const Case fact = m_chunks[p + 1].case_;
    return fact == Case::acc || fact == Case::topic || fact == Case::nom || fact == Case::none;
  };
  // (同調することは|拒んでいる: or refused, the refusal a relation of its own.)
  const auto refused = [&] {
    const Chunk& r = m_chunks[p + 2];
    return r.trigger >= 0 && !r.negated && relation_of(r).name == "rejects";
  };
  if (p + 2 < m_chunks.size() && m_tokens[m_chunks[p + 1].begin].base == "こと" && fact_is_object() &&
      (function_at(p + 2, Function::deny) || (function_at(p + 2, Function::stop) && !m_chunks[p + 2].negated) ||
       refused())) {
    frame.negated = true;
  }
  if (c.ending == Ending::quoted && p + 1 < m_chunks.size() && function_at(p + 1, Function::deny)) {
    frame.negated = true;
  }
  // 武器を提供したこともない, 供与したことがない: never done (MeCab reads
  // that ない as an adjective, a phrase of its own; ことはない is read above).
  if (c.ending == Ending::attributive && p + 2 < m_chunks.size() && m_tokens[m_chunks[p + 1].begin].base == "こと" &&
      m_chunks[p + 1].content_end == m_chunks[p + 1].begin + 1 &&
      (has_particle(m_chunks[p + 1], "が") || has_particle(m_chunks[p + 1], "も")) &&
      m_chunks[p + 2].content_end > m_chunks[p + 2].begin && m_tokens[m_chunks[p + 2].begin].base == "ない" &&
      m_tokens[m_chunks[p + 2].begin].pos == "形容詞") {
    frame.negated = true;
  }
  // 協議する|つもりは|ない, 対話する|考えは|ない, 協力する|理由は|ない: an
  // intention, plan or reason to act denied is the act not done; so is
  // the occasion for it (言葉を交わす|場面も|なかった, 会談する|機会は|なかった),
  // or the deed or fact itself (放水する|行為は|なかった, 攻撃した|事実は|ない)
  // or a need that is gone (買う|必要は|ほぼ|なくなった).
  if (c.ending == Ending::attributive && p + 1 < m_chunks.size()) {
    const Chunk& noun = m_chunks[p + 1];
    std::size_t after = p + 2;
    while (after < m_chunks.size() && is_adverb(after)) ++after;
    const bool denied_after =
        after < m_chunks.size() && m_chunks[after].content_end == m_chunks[after].begin + 1 &&
        ((m_tokens[m_chunks[after].begin].base == "ない" && m_tokens[m_chunks[after].begin].pos == "形容詞") ||
         m_tokens[m_chunks[after].begin].base == "なくなる");
    if (!noun.predicate && noun.content_end == noun.begin + 1 && noun.case_ == Case::topic &&
        (noun.negated || denied_after) &&
        (m_k.rules.has_function(m_tokens[noun.begin], Function::hypothetical) ||
         m_k.rules.has_function(m_tokens[noun.begin], Function::occasion))) {
      frame.negated = true;
    }
  }
  // 原油を送ることはできない: what cannot be done is not done.
  if (c.ending == Ending::attributive && p + 2 < m_chunks.size() && m_tokens[m_chunks[p + 1].begin].base == "こと" &&
      m_chunks[p + 1].content_end == m_chunks[p + 1].begin + 1 && m_chunks[p + 2].negated &&
      m_chunks[p + 2].content_end > m_chunks[p + 2].begin && m_tokens[m_chunks[p + 2].begin].base == "できる") {
    frame.negated = true;
    frame.hypothetical = true;
  }
  // 基地を提供しているとの見方を否定した: so when what is denied is a view
  // or a report of it.
  // (…と|の|昨年の|報道を|改めて|否定: past when the report was, and an
  // adverb before the verb.)
  if (c.ending == Ending::quoted) {
    std::size_t n = p + 1;
    while (n + 1 < m_chunks.size() && n < p + 3 && !said_thing(n) && m_chunks[n].case_ == Case::gen &&
           m_chunks[n].actors.empty() && m_chunks[n].trigger < 0 && !m_chunks[n].predicate) {
      ++n;
    }
    std::size_t v = n + 1;
    while (v + 1 < m_chunks.size() && v < n + 3 && m_chunks[v].case_ == Case::none && !m_chunks[v].predicate &&
           m_chunks[v].actors.empty() && m_chunks[v].trigger < 0) {
      ++v;
    }
    const Chunk& report = m_chunks[n];
    const bool reported = n == p + 1 ? said_thing(n)
                                     : report.case_ == Case::acc && report.actors.empty() && report.trigger < 0 &&
                                           !report.predicate && report.quote == c.quote;
    if (v < m_chunks.size() && reported && function_at(v, Function::deny)) frame.negated = true;
  }
  // 提供することはない: the act is ruled out (but 展開することも辞さない is
  // a readiness to do it).
  if (c.ending == Ending::attributive && p + 1 < m_chunks.size()) {
    const Chunk& fact = m_chunks[p + 1];
    // (…ことは|一度も|ない: an adverb of never may stand before ない.)
    std::size_t v = p + 2 < m_chunks.size() ? p + 2 : p + 1;
    if (v > p + 1 && v + 1 < m_chunks.size() && !m_chunks[v].predicate && m_chunks[v].actors.empty() &&
        m_chunks[v].trigger < 0 && has_particle(m_chunks[v], "も")) {
      ++v;
    }
    const Chunk& verdict = m_chunks[v];
    const bool fact_wa = m_tokens[fact.begin].base == "こと" && fact.content_end == fact.begin + 1 &&
                         fact.end > fact.content_end && m_tokens[fact.content_end].surface == "は";
    // ことは|ない as two phrases, or ことはない as one.
    if (fact_wa && (fact.negated || (fact.end == fact.content_end + 1 && verdict.content_end == verdict.begin + 1 &&
                                     m_tokens[verdict.begin].base == "ない"))) {
      frame.negated = true;
    }
  }
  // 批判したわけではない, 対抗しようと|している|わけでは|ありません: "it is
  // not that…" denies the act.
  {
    std::size_t q = p;
    if (c.ending != Ending::attributive && q + 1 < m_chunks.size() && m_chunks[q + 1].predicate &&
        m_chunks[q + 1].ending == Ending::attributive && m_chunks[q + 1].content_end > m_chunks[q + 1].begin &&
        m_tokens[m_chunks[q + 1].begin].base == "する") {
      ++q;  // (対抗しようと|している)
    }
    if (m_chunks[q].ending == Ending::attributive && q + 1 < m_chunks.size()) {
      const Chunk& wake = m_chunks[q + 1];
      const bool is_wake = wake.content_end == wake.begin + 1 &&
                           (m_tokens[wake.begin].base == "わけ" || m_tokens[wake.begin].base == "訳") &&
                           has_particle(wake, "で");
      const bool denied = is_wake && (wake.negated || (q + 2 < m_chunks.size() && m_chunks[q + 2].negated &&
                                                       m_chunks[q + 2].content_end == m_chunks[q + 2].begin + 1));
      if (denied) frame.negated = true;
    }
  }
  // これらの国と連携して…を主導すべきだ: a て-clause with no comma after it
  // says how the verb it leads to is done, and shares that verb's mood.
  bool te = false;
  for (auto i = c.content_end; i < c.end; ++i) {
    te = te || (m_tokens[i].pos1 == "接続助詞" && (m_tokens[i].surface == "て" || m_tokens[i].surface == "で"));
  }
  if (c.predicate && c.ending == Ending::continuative && !c.comma && te) {
    for (std::size_t j = p + 1; j < m_chunks.size() && m_chunks[j].quote == c.quote; ++j) {
      // (Past further て-clauses and attempts, 破棄させようと|している, to the
      // verb that ends the chain.)
      const Chunk& verb = m_chunks[j];
      if (!verb.predicate || verb.ending == Ending::attributive ||
          (verb.ending == Ending::continuative && !verb.comma)) {
        continue;
      }
      if (verb.conditional) frame.hypothetical = true;
      // (Not よう, which there is as often a likeness: 会談して…署名したように.)
      for (auto i = verb.content_end; i < verb.end; ++i) {
        if (m_tokens[i].base != "よう" && m_tokens[i].base != "う" &&
            m_k.rules.has_function(m_tokens[i], Function::hypothetical)) {
          frame.hypothetical = true;
        }
      }
      break;
    }
  }
  // Mood words in the next few phrases of the same clause: 可能性, 予定, かもしれない.
  // (A clause ended with 〜し、 has none: 会談し、停戦案に合意した.)
  const bool clause_ended = c.predicate && c.comma && c.ending == Ending::continuative;
  for (std::size_t j = p + 1; !clause_ended && j < m_chunks.size() && j <= p + 3; ++j) {
    // 武器売却に反対する考え: the intention is the next act's, not this one's.
    if (m_chunks[j].trigger >= 0 && m_chunks[j].predicate) break;
    if (function_at(j, Function::hypothetical)) frame.hypothetical = true;
    for (auto i = m_chunks[j].content_end; i < m_chunks[j].end; ++i) {
      if (!attempt(i) && m_k.rules.has_function(m_tokens[i], Function::hypothetical)) frame.hypothetical = true;
    }
    if (m_chunks[j].trigger >= 0 || m_chunks[j].comma || m_chunks[j].ending == Ending::final) break;
  }
}

}  // namespace kankei::rules::detail
