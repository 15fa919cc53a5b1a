// Argument taking: a phrase's actors into a role (take), an owner raised
// from what it owns (raise), a nominal trigger's adnominal phrases, and
// the doers and owners that clauses and の-chains name.
#include <algorithm>

#include "rules/sentence_reader.hpp"

namespace kankei::rules::detail {

namespace {

// The supplier of goods named by their origin (ロシア産, 米国製) when they are
// imported or bought.
const RoleRule kOriginRule{"receive.origin", Form::verb, Voice::receive, Case::gen, Role::source, 0.8};
// X産の原油を輸出, 日本産ホタテを輸出: goods sent with no sender named are sent
// by where they come from (filled as raised, so a subject named wins).
const RoleRule kGoodsOriginRule{"verb.goods_origin", Form::verb, Voice::active, Case::gen, Role::source, 0.65};
// In the passive of a supply, where the goods go (…に輸出されている).
const RoleRule kDestinationRule{"passive.destination", Form::verb, Voice::passive, Case::dat, Role::target, 0.8};

}  // namespace

// 欧州の|域外から調達: what lies outside an actor (域外, 国外, 以外) is not
// its own, and the actor named before it no side of the act.
bool SentenceReader::outside(const Chunk& c) const {
  if (c.content_end == c.begin) return false;
  const std::string_view head = m_tokens[c.content_end - 1].base;
  return head == "域外" || head == "国外" || head == "圏外" || head == "以外";
}

void SentenceReader::take(Frame& frame, const Chunk& c, Form form, Voice voice, const RelationType& relation,
                          double weight) {
  const auto at = static_cast<std::size_t>(&c - m_chunks.data());
  if (c.case_ == Case::gen && at + 1 < m_chunks.size() && outside(m_chunks[at + 1])) return;
  // 台湾情勢について協議した: what is talked of is no party to the talks.
  if (relation.symmetric && regarding(c)) return;
  // 中国を|念頭に|連携を深める: what an act together has in mind is no
  // partner in it; it is the object of a verb left out after a bare noun with に.
  if (relation.symmetric && c.case_ == Case::acc && aside_object(c)) return;
  // ロシアがCSTOを通じて…に供与: the one an act passes through is no
  // party to it (talks through a mediator: reader_constructions.cpp).
  // (But money given through a body with no one else to receive it goes
  // to the body: 日本がUNHCRを通じて拠出した資金.)
  if (c.case_ == Case::acc && (has_particle(c, "を通じ") || has_particle(c, "を通し") || has_particle(c, "を介し")) &&
      !(relation.name == "supplies" && frame.target.actors.empty() &&
        std::all_of(c.actors.begin(), c.actors.end(), [&](const ActorRef& a) {
          return m_k.actors.kind(a.actor) == mentions::ActorKind::organisation;
        }))) {
    return;
  }
  // コンゴ軍と共同作戦を展開: one named with と is beside the forces sent,
  // never where they go.
  if (relation.place_target && c.case_ == Case::com) return;
  const RoleRule* rule = m_k.rules.role_for(form, voice, c.case_);
  // ロシア産の原油を輸入: where the goods come from is who supplies them.
  if (voice == Voice::receive && (c.case_ == Case::gen || c.case_ == Case::acc) &&
      function_at(at, Function::origin)) {
    rule = &kOriginRule;
  }
  // AUがソマリアで展開する: where forces are deployed or land is held.
  static const RoleRule kPlaceRule{"verb.loc_place", Form::verb, Voice::active, Case::loc, Role::target, 0.7};
  if (!rule && c.case_ == Case::loc && relation.place_target && voice == Voice::active && form == Form::verb) {
    rule = &kPlaceRule;
  }
  // 台湾はエスワティニで病院の建設を支援: a state where aid is given is
  // the one aided (material triggers only: 支援).
  static const RoleRule kAidedPlace{"verb.loc_aided_state", Form::verb, Voice::active, Case::loc, Role::target, 0.6};
  if (!rule && c.case_ == Case::loc && relation.name == "supplies" && voice == Voice::active && form == Form::verb &&
      !c.actors.empty() && !c.metonym_only && !c.comma && has_particle(c, "で") && !has_particle(c, "での") &&
      all_states(c.actors) && frame.target.actors.empty()) {
    const auto p = static_cast<std::size_t>(
        std::find_if(m_chunks.begin() + at, m_chunks.end(), [](const Chunk& k) { return k.predicate; }) -
        m_chunks.begin());
    if (p < m_chunks.size() && m_chunks[p].trigger >= 0 && m_triggers[m_chunks[p].trigger].trigger->material) {
      rule = &kAidedPlace;
    }
  }
  // ブルキナファソでは、武装組織が攻撃を繰り返している: a state set up as
  // the place where attacks happen is what they strike.
  static const RoleRule kAttackedPlace{"verb.loc_attacked_state", Form::verb, Voice::active, Case::loc, Role::target, 0.6};
  if (!rule && c.case_ == Case::loc && relation.name == "attacks" && voice == Voice::active && form == Form::verb &&
      !c.actors.empty() && !c.metonym_only && has_particle(c, "では") &&
      all_states(c.actors)) {
    rule = &kAttackedPlace;
  }
  // …に北朝鮮の工兵ら6000人を派遣することで合意: whose troops are sent
  // sends them, whoever agrees to it.
  static const RoleRule kTroopsRule{"verb.troops_owner", Form::verb, Voice::active, Case::acc, Role::source, 0.75};
  // So are the ships or arms of an owner named with の (ロシア海軍の艦艇を派遣).
  if (rule && rule->role == Role::target && relation.theme_passive && voice == Voice::active && form == Form::verb &&
      c.case_ == Case::acc &&
      (function_at(at, Function::troops) ||
       (at > 0 && m_chunks[at - 1].absorbed && m_chunks[at - 1].case_ == Case::gen))) {
    rule = &kTroopsRule;
  }
  // 同国産ウランは中国に輸出されている: in the passive of a supply, に is
  // where the goods go, and then a subject naming an actor is the one
  // sending (but Xは Yから…を供与された: X receives).
  static const RoleRule kSender{"passive.sender", Form::verb, Voice::passive, Case::topic, Role::source, 0.75};
  if (relation.name == "supplies" && voice == Voice::passive && form == Form::verb) {
    if (c.case_ == Case::dat) rule = &kDestinationRule;
    if ((c.case_ == Case::nom || c.case_ == Case::topic) && frame.target.rule == &kDestinationRule) rule = &kSender;
    // ロシア産の|原油が|インドに送られている: where the goods sent come from
    // sends them.
    static const RoleRule kGoodsOrigin{"passive.goods_origin", Form::verb, Voice::passive, Case::gen, Role::source, 0.7};
    if (c.case_ == Case::gen && frame.target.rule == &kDestinationRule && function_at(at, Function::origin) &&
        at + 1 < m_chunks.size() && m_chunks[at + 1].actors.empty() && m_chunks[at + 1].trigger < 0 &&
        (m_chunks[at + 1].case_ == Case::nom || m_chunks[at + 1].case_ == Case::topic)) {
      rule = &kGoodsOrigin;
    }
  }
  // ノルウェー産の|サーモンを輸出: so are goods sent out with no sender named
  // (raised, so a subject named wins; raise() reads 日本産ホタテを).
  if (!rule && relation.name == "supplies" && voice == Voice::active && form == Form::verb && c.case_ == Case::gen &&
      function_at(at, Function::origin) && at + 1 < m_chunks.size() && m_chunks[at + 1].case_ == Case::acc &&
      m_chunks[at + 1].actors.empty() && m_chunks[at + 1].trigger < 0) {
    if (usable(c, Role::source, relation)) fill(frame.source, c.actors, &kGoodsOriginRule, weight, true);
    return;
  }
  // ソマリアに展開するAUの部隊に|兵士を派遣: troops sent to a force or
  // body (no territory) go where a clause on it says it is.
  if (rule && rule->role == Role::target && relation.place_target && c.case_ == Case::dat && !c.actors.empty() &&
      !usable(c, Role::target, relation)) {
    force_site(frame, at, weight);
    return;
  }
  if (!rule || !usable(c, rule->role, relation)) return;
  if (c.aim) frame.hypothetical = true;  // 米国の目標は…: an aim, not a deed
  // Forces sent to a territory go to the state it belongs to: デンマーク領
  // グリーンランド, モルドバ東部の沿ドニエストル (eval/GUIDELINES.md: the state
  // whose territory receives them).
  if (relation.place_target && rule->role == Role::target) {
    const auto j = static_cast<std::size_t>(&c - m_chunks.data());
    std::vector<ActorRef> state = c.territory_of;
    if (state.empty() && j > 0 && m_chunks[j - 1].case_ == Case::gen && m_chunks[j - 1].actors.empty() &&
        !m_chunks[j - 1].possessor.empty() && !is_state(c.actors[0].actor) && is_state(m_chunks[j - 1].possessor[0].actor)) {
      state = m_chunks[j - 1].possessor;
    }
    if (!state.empty()) {
      Filler& slot = frame.target;
      if (fill(slot, state, rule, weight)) slot.chunk = static_cast<long>(j);
      return;
    }
  }
  // A symmetric relation's partners: XとYが協議 -> every pair; Xと協議 -> X is the other side.
  Filler& slot = rule->role == Role::source ? frame.source : frame.target;
  if (fill(slot, c.actors, rule, weight)) slot.chunk = &c - m_chunks.data();
}

// Troops sent to force j (a phrase with に) go where a relative clause on
// it says it is: ソマリアに展開する|AUの部隊に, コソボに駐留する|国際部隊に.
bool SentenceReader::force_site(Frame& frame, std::size_t j, double weight) {
  const Chunk& c = m_chunks[j];
  std::size_t k = j;
  while (k > 0 && m_chunks[k - 1].absorbed && m_chunks[k - 1].case_ == Case::gen) --k;
  if (k < 2 || !m_chunks[k - 1].predicate || m_chunks[k - 1].ending != Ending::attributive) return false;
  const Chunk& site = m_chunks[k - 2];
  if ((site.case_ != Case::dat && site.case_ != Case::loc) || site.actors.empty() || !all_states(site.actors) ||
      site.absorbed || site.quote != c.quote) {
    return false;
  }
  static const RoleRule kForceSite{"verb.force_site", Form::verb, Voice::active, Case::dat, Role::target, 0.65};
  fill(frame.target, site.actors, &kForceSite, weight);
  m_used[k - 2] = true;
  return true;
}

// Possessor raising: the owner of what an act is aimed at is its target.
// ウクライナのインフラへの攻撃 -> attacks UKR; 中国の覇権拡大を牽制 -> deters CHN;
// アフガニスタンのインフラの整備支援 -> supplies AFG.
void SentenceReader::raise(Frame& frame, std::size_t j, Form form, Voice voice, const RelationType& relation,
                           double weight, bool aid) {
  const Chunk& c = m_chunks[j];
  if (c.predicate || !c.actors.empty()) return;
  if (relation.symmetric && regarding(c)) return;
  if (outside(c)) return;
  // (米国との|同盟を|基軸に、抑止力を高める: an act made the pivot owns
  // nothing the later verb acts on.)
  // (aside_object(c) has checked that chunk j + 1 exists.)
  if (c.case_ == Case::acc && aside_object(c) && function_at(j + 1, Function::pivot)) return;
  // 北朝鮮の挑発に対して、日韓が連携: whose act a joint act faces is no partner.
  if (relation.symmetric && c.case_ == Case::against) return;
  // 北朝鮮の非核化に向けて連携: an act aimed at (に向けて) is the goal of a
  // joint act, and its owner no partner in it (but Yとの関係改善に向けて
  // names Y as the partner).
  if (relation.symmetric && c.case_ == Case::dat && has_particle(c, "に向け") &&
      !(j > 0 && m_chunks[j - 1].case_ == Case::com_adn)) {
    return;
  }
  // トルコの仲介により…が合意した: the mediator does not do what it mediates
  // (mediated_parties reads its part). But a mediation refused or
  // welcomed (Yの仲介を拒否) is the mediator's, who is refused.
  if (c.trigger >= 0 && function_at(j, Function::mediate) && (c.case_ != Case::acc || relation.symmetric)) return;
  // 対ロ制裁に加わる: an act joined is read on its own (as done by the one
  // who joins); its owner is no one joined, nor is the owner of a task
  // (AUの任務に加わる): only an actor named in に is.
  // (But Yの決定に応じない refuses Y's decision: whose it is, is refused.)
  // (…の撃退に|北朝鮮兵が|加わった: the verb past its own subject.)
  std::size_t joiner = j + 1;
  while (form == Form::verb && c.case_ == Case::dat && joiner < m_chunks.size() && !m_chunks[joiner].predicate &&
         m_chunks[joiner].quote == c.quote) {
    ++joiner;
  }
  if (form == Form::verb && c.case_ == Case::dat && joiner < m_chunks.size() && m_chunks[joiner].predicate &&
      m_chunks[joiner].trigger >= 0 && m_tokens[m_chunks[joiner].content_end - 1].pos == "動詞" &&
      function_at(joiner, Function::designate) && relation.name != "rejects") {
    return;
  }
  // ロシア産原油の輸入: goods named by where they come from.
  // ブラジル産品の対米輸出: so are goods sent out.
  if ((voice == Voice::receive || (relation.name == "supplies" && form == Form::noun)) && !c.possessor.empty() &&
      function_at(j, Function::origin)) {
    static const RoleRule sent{"noun.origin", Form::noun, Voice::active, Case::gen, Role::source, 0.8};
    fill(frame.source, c.possessor, voice == Voice::receive ? &kOriginRule : &sent, weight);
    return;
  }
  // 日本産ホタテを米国に輸出する: goods sent out with no sender named are
  // sent by where they come from (raised, so a subject named wins).
  if (relation.name == "supplies" && form == Form::verb && voice == Voice::active && c.case_ == Case::acc &&
      !c.possessor.empty() && function_at(j, Function::origin)) {
    fill(frame.source, c.possessor, &kGoodsOriginRule, weight, true);
    return;
  }
  // (同社による搬出も拒んでいる: も stands in for を, naming no one itself.)
  const bool object = c.case_ == Case::acc || c.case_ == Case::nom ||
                      (c.case_ == Case::topic && relation.raise_object && has_particle(c, "も"));
  // インド軍部隊の撤収を求めた: whose act is asked for is the one asked,
  // unless an addressee (Xに) is named; not where goods come from (ロシア産
  // ガスの輸送継続を求める).
  // (各国に|北キプロスの|国家承認を求めた: an addressee the dictionary
  // cannot name is one all the same; a time (来月までに) is none.)
  const auto unnamed_addressee = [&] {
    if (j == 0) return false;
    for (std::size_t k = j - 1; k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.predicate || a.quote != c.quote) return false;
      if (a.case_ != Case::dat || !a.actors.empty() || a.trigger >= 0 || a.content_end == a.begin) continue;
      const Token& noun = m_tokens[a.content_end - 1];
      // (Nor an aim: 問題の|早期解決に向けて.)
      if (noun.pos == "名詞" && noun.pos1 != "副詞可能" && noun.pos1 != "数" && noun.pos1 != "接尾" &&
          noun.pos1 != "サ変接続" && !has_particle(a, "までに") && !has_particle(a, "に向け")) {
        return true;
      }
    }
    return false;
  };
  if (form == Form::verb && voice == Voice::active && relation.name == "requests" && c.case_ == Case::acc &&
      j > 0 && !m_used[j - 1] && m_chunks[j - 1].case_ == Case::gen && !m_chunks[j - 1].actors.empty() &&
      !m_chunks[j - 1].metonym_only && !function_at(j - 1, Function::origin) &&
      usable(m_chunks[j - 1], Role::target, relation) && !unnamed_addressee() &&
      // (西サハラの|独立を求める: what is asked for its owner's sake is not
      // asked of its owner.)
      !function_at(j, Function::granted)) {
    static const RoleRule rule{"verb.asked_act_owner", Form::verb, Voice::active, Case::acc, Role::target, 0.7};
    fill(frame.target, m_chunks[j - 1].actors, &rule, weight, true);
    m_used[j - 1] = true;
    return;
  }
  // イスラエルの|占領の|終結を求めた, 米国の|制裁の|解除を求めた: so is the
  // doer of an act whose end is asked for (functions.tsv stop).
  if (form == Form::verb && voice == Voice::active && relation.name == "requests" && c.case_ == Case::acc &&
      c.trigger < 0 && function_at(j, Function::stop) && j > 1 && !m_used[j - 1] &&
      m_chunks[j - 1].case_ == Case::gen && m_chunks[j - 1].actors.empty() &&
      m_chunks[j - 1].trigger >= 0 && !relation_of(m_chunks[j - 1]).symmetric && !m_chunks[j - 1].predicate &&
      !unnamed_addressee()) {
    // (Not a joint act, XとYによる首脳会談の実現: asked of neither side.)
    const auto doers = owners_before(j - 1);
    if (!doers.empty()) {
      static const RoleRule rule{"verb.asked_act_doer", Form::verb, Voice::active, Case::acc, Role::target, 0.65};
      fill(frame.target, doers, &rule, weight, true);
      return;
    }
  }
  // 習近平政権との|対話を求めてきた: talks asked for with one are asked of it.
  if (form == Form::verb && voice == Voice::active && relation.name == "requests" && c.case_ == Case::acc &&
      c.trigger >= 0 && relation_of(c).symmetric && j > 0 && !m_used[j - 1] &&
      m_chunks[j - 1].case_ == Case::com_adn && !m_chunks[j - 1].actors.empty() && !m_chunks[j - 1].metonym_only &&
      usable(m_chunks[j - 1], Role::target, relation) && !unnamed_addressee()) {
    static const RoleRule rule{"verb.asked_talks_partner", Form::verb, Voice::active, Case::acc, Role::target, 0.65};
    fill(frame.target, m_chunks[j - 1].actors, &rule, weight, true);
    return;
  }
  // 米国が台湾に武器を売却したことに抗議: the doer of the fact judged.
  if (form == Form::verb && relation.raise_object && j > 0 && c.content_end == c.begin + 1 &&
      m_tokens[c.begin].base == "こと" && (object || c.case_ == Case::dat || c.case_ == Case::against)) {
    static const RoleRule rule{"verb.fact_subject", Form::verb, Voice::active, Case::nom, Role::target, 0.7};
    // (Xが…を提訴したことが、米国の反発を招いた: the fact drew the reaction
    // on its doer.)
    static const RoleRule drawn{"receive.fact_subject", Form::verb, Voice::receive, Case::nom, Role::target, 0.65};
    const auto subject = relative_subject(j - 1);
    if (!subject.empty() && voice == Voice::active) fill(frame.target, subject, &rule, weight);
    if (!subject.empty() && voice == Voice::receive && c.case_ != Case::dat && c.case_ != Case::against) {
      fill(frame.target, subject, &drawn, weight);
    }
    return;
  }
  // イスラエルが…を空爆した際、サウジアラビアはこれを非難した: これ is the
  // act of the clause before, and its doer what is judged.
  // So is a noun that repeats what a clause before claimed (…が事件に関与
  // したと非難しているが、ロシア政府は関与を否定した).
  const auto repeats_claim = [&] {
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& said = m_chunks[k];
      if (said.predicate && said.ending == Ending::quoted && said.quote == c.quote && said.content_end > said.begin &&
          m_tokens[said.begin].base == m_tokens[c.begin].base) {
        return true;
      }
    }
    return false;
  };
  // 仲裁裁判所が…判断を示したが、中国はこの判断を拒否した: この with the noun
  // of what the clause before made points back to whoever made it.
  const auto this_thing = [&] {
    if (c.content_end != c.begin + 2 || m_tokens[c.begin].pos != "連体詞" ||
        (m_tokens[c.begin].surface != "この" && m_tokens[c.begin].surface != "その")) {
      return false;
    }
    // …を求めており、トルコもこの要求を支持: an act named again points back
    // to the clause before that did it.
    if (c.trigger >= 0) return true;
    const auto& noun = m_tokens[c.begin + 1].base;
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& made = m_chunks[k];
      if (made.quote == c.quote && made.actors.empty() && made.content_end > made.begin &&
          m_tokens[made.content_end - 1].base == noun) {
        return true;
      }
    }
    return false;
  };
  // Xが…を空爆した際、Yは攻撃を「…」と非難: a bare act noun, owned by no
  // one, of the same kind as the act of a clause before names that act again.
  const auto act_again = [&] {
    if (c.trigger < 0 || c.content_end != c.begin + 1 || c.case_ != Case::acc) return false;
    if (j > 0 && m_chunks[j - 1].quote == c.quote && !m_chunks[j - 1].predicate && m_chunks[j - 1].case_ != Case::topic &&
        m_chunks[j - 1].case_ != Case::nom && m_chunks[j - 1].case_ != Case::none) {
      return false;  // (Yの攻撃を, Yへの攻撃を: an owner or aim of its own)
    }
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& done = m_chunks[k];
      if (done.quote == c.quote && done.predicate && done.trigger >= 0 && !done.passive &&
          relation_of(done).name == relation_of(c).name) {
        return true;
      }
    }
    return false;
  };
  if (form == Form::verb && relation.raise_object && voice == Voice::active && object &&
      ((c.content_end == c.begin + 1 &&
        ((m_tokens[c.begin].pos1 == "代名詞" && (m_tokens[c.begin].base == "これ" || m_tokens[c.begin].base == "それ")) ||
         (relation.name == "rejects" && m_tokens[c.begin].pos == "名詞" && repeats_claim()))) ||
       this_thing() || act_again())) {
    static const RoleRule pronoun{"verb.pronoun_act", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
    static const RoleRule claim{"verb.repeated_claim", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
    static const RoleRule act{"verb.act_named_again", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
    const auto doer = doer_before(j);
    const bool is_pronoun = m_tokens[c.begin].pos1 == "代名詞";
    const RoleRule* rule = is_pronoun ? &pronoun : c.trigger >= 0 ? &act : &claim;
    if (!doer.empty()) fill(frame.target, doer, rule, weight);
    return;
  }
  // 北朝鮮の兵士が…に派遣された: the owner of what is sent sends it.
  // ロシアの|戦術核兵器の|配備: so is the owner of what a deployment moves.
  const bool sent = relation.theme_passive && (c.case_ == Case::nom || c.case_ == Case::topic ||
                                               (form == Form::noun && c.case_ == Case::gen));
  // ワグネルの戦闘員が…を襲撃: the owner of an active verb's subject is the
  // doer; so is the owner of troops put as the topic (ルワンダ軍の兵士は…).
  const bool doer = voice == Voice::active && form == Form::verb && c.trigger < 0 && !sent &&
                    (c.case_ == Case::nom ||
                     (c.case_ == Case::topic &&
                      (function_at(j, Function::troops) || function_at(j, Function::craft))));
  // XとYの交渉を仲介: the parties of a talk one takes part in.
  const bool joins_talks = object && relation.symmetric && c.trigger >= 0 && relation_of(c).symmetric;
  // イランの核施設が…攻撃を受けた: the owner of what receives an act receives it.
  const bool received = voice == Voice::receive && c.case_ == Case::nom && form == Form::verb;
  // ウクライナの復興を支援する: what is aided is its owner's.
  const bool aided = aid && form == Form::verb && voice == Voice::active && c.case_ == Case::acc && c.trigger < 0;
  if (object && !relation.raise_object && !sent && !doer && !joins_talks && !received && !aided) return;
  // トルコの建設会社の車列を爆破: what is done to a state's companies is
  // not done to the state (中国の企業買収 is a takeover, which stays China's).
  // A sanction is: 中国の企業に制裁を科す puts China's trade under it, as one
  // on its banks or officials does.
  if (names_company(j) && relation.name != "sanctions") return;
  // An の-phrase owns the whole noun phrase, so it wins over an actor inside
  // the compound: フィンランドの|NATO加盟を非難 -> criticizes FIN.
  std::vector<ActorRef> owners;
  // 中国の|一方的な|行動を非難: adjectives stand between the owner and its noun.
  // (ロシアの|北極での|活動に対抗: so does where the act is done or aimed.)
  std::size_t n = j;
  // (EUの|防衛融資制度|「SAFE」から: or, for whence something comes, the
  // kind a bracketed name is of.)
  while (n > 1 && (adjective_only(n - 1) || place_of_owned_act(n - 1) ||
                   (c.case_ == Case::abl && kind_before_name(n - 1)))) {
    --n;
  }
  // シリア南部の|密輸拠点と|みられる|施設を空爆: what the noun is believed to
  // be (とみられる, とされる) is the noun itself, and the owner before it owns both.
  if (n > 2) {
    const Chunk& said = m_chunks[n - 1];
    const Chunk& as = m_chunks[n - 2];
    const std::string_view verb = m_tokens[said.begin].base;
    if (said.predicate && said.passive && said.ending == Ending::attributive &&
        (verb == "みる" || verb == "見る" || verb == "する") && as.case_ == Case::com && has_particle(as, "と") &&
        as.actors.empty() && as.trigger < 0 && !as.predicate && as.quote == c.quote) {
      n -= 2;
    }
  }
  // モロッコが提案する|西サハラの|自治案を支持: a proposal is whose makes it,
  // not that of what it is about.
  // (米国が提案した|北朝鮮への|制裁決議案に|拒否権を行使: past whom a
  // proposed thing is aimed at, not an act's (ロシアが主導する|ユーラシア経済
  // 連合への|加盟: the clause is on the union); a proposal reacted to in に as in を.)
  std::size_t r = n;
  while (r > 1 && r + 2 > n && !m_chunks[r - 1].predicate && m_chunks[r - 1].quote == c.quote &&
         (m_chunks[r - 1].case_ == Case::gen ||
          (m_chunks[r - 1].case_ == Case::dat_adn && !m_chunks[r - 1].actors.empty() && !m_chunks[r - 1].comma &&
           c.trigger < 0 && c.content_end > c.begin && m_tokens[c.content_end - 1].pos1 != "サ変接続"))) {
    --r;
  }
  if ((object || c.case_ == Case::dat) && relation.raise_object && r > 0 && m_chunks[r - 1].predicate &&
      m_chunks[r - 1].ending == Ending::attributive && !m_chunks[r - 1].passive && m_chunks[r - 1].quote == c.quote &&
      function_at(r - 1, Function::propose)) {
    owners = relative_subject(r - 1);
    for (std::size_t k = r; k < n && !owners.empty(); ++k) m_used[k] = true;
  }
  // A partner (Xとの) owns an act or a pact: Xとの交渉を拒否 -> rejects X;
  // Xとの和平条約に署名 -> agrees with X. The one an act is aimed at (Xへの
  // 攻撃を支持) is not its owner: only its doer is, found below.
  // Xとの国交正常化を拒否 -> rejects X: so for any act done against someone.
  // (Not a pact only talked about: 中国との|協定を巡る|米国の圧力.)
  const bool pact_about = c.trigger >= 0 && m_triggers[c.trigger].trigger->pact && c.case_ == Case::about_adn;
  const bool partner = n > 0 && m_chunks[n - 1].case_ == Case::com_adn &&
                       ((c.trigger >= 0 && !(pact_about && !relation.symmetric)) || relation.symmetric ||
                        (object && relation.raise_object));
  // 中国からの輸入品に関税を課す: goods are owned by where they come from.
  const bool origin = c.case_ == Case::dat && n > 0 && m_chunks[n - 1].case_ == Case::abl_adn;
  // キーウの|住宅街を攻撃, 首都ポルトープランスの|9割を支配: what lies in a
  // capital that is only a place is its state's.
  const bool capital_place = n > 0 && object && relation.raise_object && m_chunks[n - 1].case_ == Case::gen &&
                             m_chunks[n - 1].metonym_only;
  // ブラジル司法当局による|ボルソナロ氏の|訴追を批判: an act judged with its
  // doer named by による is the doer's; the の-phrase is whom it is done to.
  if (owners.empty() && object && relation.raise_object && n > 1 && m_chunks[n - 1].case_ == Case::gen &&
      m_chunks[n - 2].case_ == Case::agent_adn && !m_used[n - 2] && !m_chunks[n - 2].metonym_only &&
      m_chunks[n - 2].quote == c.quote && !names_company(n - 2)) {
    owners = m_chunks[n - 2].actors.empty() ? m_chunks[n - 2].possessor : m_chunks[n - 2].actors;
    if (!owners.empty()) m_used[n - 2] = m_used[n - 1] = true;
  }
  if (owners.empty() && n > 0 && !m_used[n - 1] && !m_chunks[n - 1].actors.empty() &&
      (!m_chunks[n - 1].metonym_only || capital_place) &&
      (m_chunks[n - 1].case_ == Case::gen || origin ||
       // (Not a ship bound somewhere, キューバ向け|タンカーを拿捕: where it
       // sails is not whose it is.)
       (object && (c.trigger < 0 || relation.aim_target) && m_chunks[n - 1].case_ == Case::dat_adn &&
        !(relation.name == "attacks" && c.trigger < 0 && has_particle(m_chunks[n - 1], "向け"))) ||
       // 米国の|パキスタンへの|接近に反発: what is reacted to, owned before
       // whom it is aimed at (taken below), is its owner's.
       (c.case_ == Case::dat && relation.raise_object && form == Form::verb && voice == Voice::active &&
        c.trigger < 0 && m_chunks[n - 1].case_ == Case::dat_adn && n > 1 && m_chunks[n - 2].case_ == Case::gen &&
        !m_chunks[n - 2].actors.empty()) ||
       // スーダンへの|人道支援に拠出: money given to aid for Y goes to Y.
       (c.case_ == Case::dat && relation.name == "supplies" && c.trigger >= 0 &&
        m_chunks[n - 1].case_ == Case::dat_adn) ||
       // Yからの申し出を拒否: what comes from Y is Y's (Yからの要請を拒む: a
       // request too).
       (object && relation.raise_object && (c.trigger < 0 || relation_of(c).name == "requests") &&
        m_chunks[n - 1].case_ == Case::abl_adn) ||
       partner)) {
    owners = m_chunks[n - 1].actors;
    m_used[n - 1] = true;  // 〜の is the owner here, not an argument of its own
    // 中国の|グリーンランドへの|影響力拡大を封じ込める: an の-phrase before
    // the one aimed at owns the whole.
    if (m_chunks[n - 1].case_ == Case::dat_adn && n > 1 && m_chunks[n - 2].case_ == Case::gen &&
        !m_chunks[n - 2].actors.empty() && !m_chunks[n - 2].metonym_only && !m_used[n - 2] &&
        m_chunks[n - 2].quote == c.quote) {
      owners = m_chunks[n - 2].actors;
      m_used[n - 2] = true;
    }
  }
  // カンボジアの|港の|整備を支援, ブーゲンビルの|橋や|給水施設の|整備を支援:
  // what is aided is its first owner's, through a chain of の-phrases.
  if (owners.empty() && aided) {
    owners = owners_before(j);
    for (std::size_t k = j; !owners.empty() && k-- > 0 && m_chunks[k].quote == c.quote;) {
      if (m_chunks[k].actors == owners) {
        m_used[k] = true;
        break;
      }
    }
  }
  // フィリピンの|南シナ海における|権利: a place phrase between owner and noun;
  // ロシアの|アフリカへの|影響力拡大: so is where the act is aimed.
  // (Not past the act's own doer before it: Xによる|Yの|拠点への|攻撃を非難
  // judges X, as Xによる|Yへの|攻撃 does.)
  const auto doer_named_before = [&](std::size_t k) {
    while (k-- > 0) {
      const Chunk& a = m_chunks[k];
      if (a.case_ == Case::agent_adn) return !a.actors.empty() || !a.possessor.empty();
      if (a.predicate || a.comma || (a.case_ != Case::gen && a.case_ != Case::dat_adn)) return false;
    }
    return false;
  };
  if (owners.empty() && object && n > 1 &&
      (m_chunks[n - 1].case_ == Case::loc || m_chunks[n - 1].case_ == Case::dat_adn) && m_chunks[n - 1].actors.empty() &&
      !m_chunks[n - 1].predicate && m_chunks[n - 2].case_ == Case::gen && !m_chunks[n - 2].actors.empty() &&
      !m_chunks[n - 2].metonym_only && !m_used[n - 2] &&
      !(c.trigger >= 0 && relation.raise_object && doer_named_before(n - 2))) {
    owners = m_chunks[n - 2].actors;
    m_used[n - 2] = true;
  }
  // アンカラ宣言, ワシントン条約: a capital inside a name is only a place.
  if (owners.empty() && !c.metonym_only) owners = c.possessor;
  // The doer of an act that is itself judged: 米国による台湾への武器売却に反対
  // -> criticizes USA.
  // So for any object judged: 北朝鮮による|衛星の|打ち上げを非難 -> PRK.
  // So for what a protest is addressed to: 中国による…行為に抗議.
  const bool addressed = (c.case_ == Case::dat || c.case_ == Case::against) && relation.raise_object &&
                         form == Form::verb && voice == Voice::active;
  const bool judged_object = c.trigger >= 0 || (object && relation.raise_object) || addressed;
  std::vector<ActorRef> aimed;  // whom the act judged is aimed at, when it names no doer
  for (std::size_t k = j; owners.empty() && judged_object && k-- > 0;) {
    const Chunk& a = m_chunks[k];
    const bool adnominal = a.case_ == Case::gen || a.case_ == Case::agent_adn || a.case_ == Case::dat_adn ||
                           a.case_ == Case::com_adn || a.case_ == Case::abl_adn;
    // 中国による|南シナ海での|危険な|行為: where and how the act was done.
    const bool modifier = !a.predicate && a.actors.empty() && !a.comma &&
                          (a.case_ == Case::none || (a.case_ == Case::loc && has_particle(a, "での")));
    if (modifier || adjective_only(k)) continue;  // (Xによる|度重なる|攻撃)
    if (!adnominal || a.predicate) break;
    if (a.case_ == Case::agent_adn && !a.actors.empty() && !m_used[k]) owners = a.actors;
    // (ブラジル司法当局による|前大統領の|訴追: a state's organ the
    // dictionary does not name acts for its state; not a company.)
    if (a.case_ == Case::agent_adn && a.actors.empty() && !a.possessor.empty() && !m_used[k] && !names_company(k)) {
      owners = a.possessor;
    }
    // ウクライナへの|ミサイルの|供与を拒んだ: the one refused is who it was for,
    // unless the act names its doer (中国による|パキスタンへの|武器輸出に反対).
    // トルコへの売却を支持, ウクライナへの支援を歓迎: backing a giving act
    // backs the one it goes to (but Xへの攻撃を支持 backs no X).
    const bool backed_gift = relation.name == "supports" && c.trigger >= 0 && relation_of(c).name == "supplies";
    if (a.case_ == Case::dat_adn && !a.actors.empty() && !m_used[k]) {
      if (backed_gift) {
        owners = a.actors;
      } else if (relation.aim_target && aimed.empty()) {
        aimed = a.actors;
      }
    }
    // 南ア製品への|関税の|上乗せをちらつかせた: goods of a state an act is
    // aimed at stand for the state.
    if (a.case_ == Case::dat_adn && a.actors.empty() && !a.possessor.empty() && !a.metonym_only && !m_used[k] &&
        relation.aim_target && aimed.empty() && !backed_gift) {
      aimed = a.possessor;
    }
  }
  if (owners.empty()) owners = std::move(aimed);
  // The parties of a joint act are its doers: 米韓合同軍事演習を批判 -> USA, KOR.
  // (Not a city the act is named after: ワシントン合意.)
  if (owners.empty() && c.trigger >= 0 && !c.compound.empty() && relation_of(c).symmetric && !c.metonym_only) {
    // 日米同盟の|抑止力: what an alliance or a joint act has, its parties do.
    if (form == Form::noun && c.case_ == Case::gen) {
      static const RoleRule rule{"noun.joint_owner", Form::noun, Voice::active, Case::gen, Role::source, 0.75};
      fill(frame.source, c.compound, &rule, weight);
      return;
    }
    owners = c.compound;
  }
  // Ownership passes through a chain of の-phrases: ウクライナ南部ヘルソン州の|一部を占領
  // -> occupies UKR.
  // 同国の|加盟の|承認を拒む -> rejects the state named first.
  // シリア軍の|兵器庫や|防空施設への空爆: through a list the owner comes first.
  // レバノン領内の|戦略的な|高台に: a place's adjectives stand between.
  std::size_t g = j;
  while (g > 1 && !object && m_chunks[g - 1].case_ == Case::none && !m_chunks[g - 1].predicate &&
         m_chunks[g - 1].actors.empty() && !m_chunks[g - 1].comma && m_chunks[g - 1].trigger < 0 &&
         m_chunks[g - 2].case_ == Case::gen) {
    --g;
  }
  if (owners.empty() && g < j && !m_used[g - 1] && m_chunks[g - 1].actors.empty() &&
      !m_chunks[g - 1].possessor.empty()) {
    owners = m_chunks[g - 1].possessor;
  }
  if (owners.empty() && n > 0 && !m_used[n - 1] &&
      (m_chunks[n - 1].case_ == Case::gen || m_chunks[n - 1].case_ == Case::coord) &&
      m_chunks[n - 1].actors.empty()) {
    owners = m_chunks[n - 1].possessor;
    // トルコの|建設会社の|車列: what a company owns is not its state's.
    // パキスタンの|発電所や|港湾の|整備に融資: so is what goods or money go to.
    const bool funded = c.case_ == Case::dat && relation.name == "supplies";
    // (同国南部の|5カ所の|高台に駐留: so is a place forces are sent to.)
    // (ロシア南部の|製油所や|港湾施設への|攻撃: and the place an act is aimed at.)
    const bool site = (c.case_ == Case::dat || c.case_ == Case::dat_adn) && relation.place_target;
    if (owners.empty() && !names_company(n - 1) && (object || c.case_ == Case::dat || c.case_ == Case::dat_adn) &&
        (relation.raise_object || funded || site)) {
      owners = owners_before(n - 1);
    }
    // (イラク北部の|十数カ所の|拠点に: a place of a state, past a count.)
    for (std::size_t k = n - 1; site && owners.empty() && k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.case_ != Case::gen || a.predicate || !a.actors.empty() || a.quote != c.quote) break;
      if (!a.possessor.empty() && !names_company(k)) owners = a.possessor;
    }
    // トルコ南東部の|軍の|施設を攻撃: a place of a state at the chain's start.
    if (owners.empty() && object && relation.raise_object && n > 1 && m_chunks[n - 2].case_ == Case::gen &&
        m_chunks[n - 2].actors.empty() && !m_used[n - 2]) {
      owners = m_chunks[n - 2].possessor;
    }
  }
  // 中国が…で行った軍事演習を批判: the doer of what is judged, named in a
  // relative clause on it.
  // イラン中部の|施設に|ある|核施設を攻撃: a thing placed by a clause on
  // it is the place's state's; that clause has no subject but the noun.
  // (カンボジア領内に|ある|軍の|拠点: past の-phrases naming no one.)
  std::size_t v = j;
  while (v > 2 && m_chunks[v - 1].case_ == Case::gen && m_chunks[v - 1].actors.empty() && !m_chunks[v - 1].predicate &&
         m_chunks[v - 1].quote == c.quote) {
    --v;
  }
  const bool placed = v > 1 && m_chunks[v - 1].predicate && m_chunks[v - 1].ending == Ending::attributive &&
                      function_at(v - 1, Function::located) && m_chunks[v - 2].case_ == Case::dat;
  if (owners.empty() && placed && object && relation.raise_object) {
    owners = place_state(m_chunks[v - 2]);
    if (owners.empty() && v > 2 && m_chunks[v - 3].case_ == Case::gen && m_chunks[v - 3].quote == c.quote &&
        !m_chunks[v - 3].metonym_only) {
      owners = place_state(m_chunks[v - 3]);
    }
  }
  if (owners.empty() && (object || addressed) && !doer && !sent && !placed && j > 0) owners = relative_subject(j - 1);
  // シリア北部の|一部地域は|トルコ軍が|実効支配している: a place set up as
  // the topic, with a subject of its own clause after it, is where land is
  // held or forces are.
  if (c.case_ == Case::topic && relation.place_target && form == Form::verb && voice == Voice::active &&
      c.trigger < 0) {
    // (ジョージア北部の|二つの|地域は: past a count.)
    std::vector<ActorRef> place = owners;
    for (std::size_t k = j; place.empty() && k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.case_ != Case::gen || a.predicate || !a.actors.empty() || a.quote != c.quote) break;
      place = a.possessor;
    }
    for (std::size_t k = j + 1; !place.empty() && all_states(place) && k < m_chunks.size() &&
                                !m_chunks[k].predicate && m_chunks[k].quote == c.quote;
         ++k) {
      if (m_chunks[k].case_ == Case::nom && !m_chunks[k].actors.empty()) {
        static const RoleRule place_topic{"verb.place_topic", Form::verb, Voice::active, Case::topic, Role::target, 0.65};
        fill(frame.target, place, &place_topic, weight, true);
        return;
      }
    }
  }
  if (owners.empty()) return;
  if (doer) {
    static const RoleRule rule{"verb.subject_owner", Form::verb, Voice::active, Case::nom, Role::source, 0.7};
    fill(frame.source, owners, &rule, weight);
    return;
  }
  if (sent) {
    static const RoleRule rule{"verb.sent_by_owner", Form::verb, Voice::active, Case::nom, Role::source, 0.75};
    fill(frame.source, owners, &rule, weight);
    return;
  }
  // イスラエルによる攻撃は…と非難した: an act put as the topic is what a
  // judgement is about, and its doer the target.
  const bool judged_act = (c.case_ == Case::topic || c.case_ == Case::nom) && c.trigger >= 0 &&
                          relation.raise_object && voice == Voice::active && form == Form::verb;
  // ヒズボラの拠点が…に空爆された: in the passive the subject is what is
  // acted on, so its owner is the target as the subject itself would be.
  const bool passive_subject = (voice == Voice::passive || received) && c.case_ == Case::nom;
  // カザフスタンのウランは中国に輸出されている: the owner of goods supplied,
  // put as the topic, sends them. (A が-subject never gets here: an object
  // of a relation without raise_object returned above.)
  if (voice == Voice::passive && relation.name == "supplies" && form == Form::verb && c.case_ == Case::topic &&
      frame.target.rule == &kDestinationRule) {
    static const RoleRule rule{"passive.goods_owner", Form::verb, Voice::passive, Case::nom, Role::source, 0.7};
    // (…産の銅は|ペルーの|港から…運ばれる: whose goods they are wins over
    // whose port they leave from, an owner raised from a place in から.)
    if (frame.source.raised && frame.source.rule && frame.source.rule->case_ == Case::abl) frame.source = Filler{};
    fill(frame.source, owners, &rule, weight * 0.85, true);
    return;
  }
  // Xとの国境開放をめぐる協議: the partner of what is talked of is the other side.
  if (partner && c.case_ == Case::about_adn) {
    const RoleRule* rule = m_k.rules.role_for(form, voice, Case::com_adn);
    if (rule) fill(rule->role == Role::source ? frame.source : frame.target, owners, rule, weight * 0.85, true);
    return;
  }
  const Case as = passive_subject               ? Case::nom
                  : (object || judged_act)      ? Case::against
                  : (form == Form::noun && c.case_ == Case::gen) ? Case::dat_adn
                                                                  : c.case_;
  const RoleRule* rule = m_k.rules.role_for(form, voice, as);
  // ミャンマー西部の|ラカイン州では、Xが…を掌握した: land held or forces
  // sent where a state's place is named.
  static const RoleRule kOwnedPlace{"verb.loc_owned_place", Form::verb, Voice::active, Case::loc, Role::target, 0.7};
  if (!rule && as == Case::loc && relation.place_target && voice == Voice::active && form == Form::verb &&
      all_states(owners)) {
    rule = &kOwnedPlace;
  }
  // EUの基金から融資を受ける: what something is received from is its owner's.
  if (rule && rule->role == Role::source && c.case_ == Case::abl && voice != Voice::active) {
    fill(frame.source, owners, rule, weight * 0.85, true);
    return;
  }
  // ロシアの|防空システムに|撃墜された: the owner of what an attack was done
  // with did it (not a place of deployment or a supply's destination).
  if (rule && rule->role == Role::source && c.case_ == Case::dat && voice == Voice::passive &&
      relation.name == "attacks") {
    fill(frame.source, owners, rule, weight * 0.85, true);
    return;
  }
  if (!rule || rule->role != Role::target) return;
  fill(frame.target, owners, rule, weight * 0.85, true);
}

// Adnominal phrases before a nominal trigger: Xの, Xによる, Xへの, Xとの ...
void SentenceReader::nominal_arguments(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  const Voice voice = active_voice(t);
  if (relation.raise_object) aimed_at(frame, t);
  // XとYの|国交正常化をめぐる|協議: the pair owns the talks past what they
  // are about (which would take the の-phrase as its own owner below).
  if (relation.symmetric && t >= 2 && m_chunks[t - 1].case_ == Case::about_adn && m_chunks[t - 1].actors.empty() &&
      m_chunks[t - 2].case_ == Case::gen && m_chunks[t - 2].actors.size() >= 2 && !m_chunks[t - 2].metonym_only &&
      !m_chunks[t - 2].absorbed && m_chunks[t - 2].quote == head.quote && !function_at(t, Function::mediate)) {
    frame.pair = m_chunks[t - 2].actors;
    frame.pair_rule = "noun.gen_pair_about";
    frame.pair_confidence = 0.75;
    frame.pair_only = true;
  }
  // (掃討作戦: a word of the head's that is acted_on, though another ends it.)
  const bool acted_on = std::any_of(m_triggers.begin(), m_triggers.end(), [&](const auto& m) {
    return m.begin >= head.begin && m.begin < head.content_end && m.trigger->acted_on;
  });
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != head.quote) break;
    // 中国の|仲介による|協議: the mediation and its owner are read as such
    // (mediated_parties), no party to the talks.
    if (relation.symmetric && c.trigger >= 0 && c.case_ == Case::agent_adn && function_at(j, Function::mediate)) break;
    const bool adnominal = c.case_ == Case::gen || c.case_ == Case::agent_adn || c.case_ == Case::dat_adn ||
                           c.case_ == Case::com_adn || c.case_ == Case::abl_adn || c.case_ == Case::coord_pair ||
                           c.case_ == Case::about_adn;
    // 燃料や|電力の|輸出: goods listed before the act's object; 中国との|
    // 軍事面での|協力: the field of the act. (Xへの|訓練や|装備の|提供: acts
    // listed with や share the phrases before them.)
    const bool modifier = (!c.predicate && c.actors.empty() && !c.comma &&
                           (c.case_ == Case::none || c.case_ == Case::coord ||
                            (c.case_ == Case::loc && c.possessor.empty() && has_particle(c, "での")))) ||
                          adjective_only(j);  // アメリカの|揺るぎない|支持
    // ロシアの|基地建設の|要請: a request named by what it asks for is the
    // owner's, who asks (not the one asked, as the owner of a thing
    // attacked is the one attacked); also when the act asked for took the
    // owner as its doer (ロシアの|基地設置の|打診).
    if (relation.name == "requests" && j + 1 == t && j > 0 && c.case_ == Case::gen && c.actors.empty() &&
        !c.predicate && !c.comma && frame.source.actors.empty()) {
      const Chunk& owner = m_chunks[j - 1];
      if (owner.case_ == Case::gen && !owner.actors.empty() && !owner.absorbed && !owner.metonym_only &&
          owner.quote == head.quote) {
        take(frame, owner, Form::noun, voice, relation, 1.0);
        m_used[j - 1] = true;
        --j;
        continue;
      }
    }
    if (c.absorbed || m_used[j]) continue;
    if (c.case_ == Case::gen && adjective_only(j)) continue;  // (ロシアの|核の|脅し)
    // (Yからの|輸入の|全面禁止など|対Y制裁: an example named before the act
    // with など keeps the phrases before it as its own.)
    if (j + 1 == t && c.case_ == Case::none && c.actors.empty() && !c.predicate && has_particle(c, "など")) break;
    // イエメンの|反政府勢力フーシ派への|武器の供与: a state before a group
    // based in it says where the group is, no side of the act.
    if (c.case_ == Case::gen && c.actors.size() == 1 && j + 1 < t && m_chunks[j + 1].actors.size() == 1 &&
        m_chunks[j + 1].quote == c.quote) {
      const auto& group = m_k.actors.actors()[m_chunks[j + 1].actors.front().actor];
      if (group.kind != mentions::ActorKind::state && group.kind != mentions::ActorKind::person &&
          !group.state.empty() && group.state == m_k.actors.actors()[c.actors.front().actor].id) {
        continue;
      }
    }
    // チリとの|国境への|増派: a partner right before a noun with a case of
    // its own is that noun's (the border with Chile), not the act's.
    // (So is one before what a one-sided act is about: 中国との|協定を巡る|
    // 米国の圧力; talks about it are still talks with X. And so is one
    // aimed at before such a noun: 国軍への|統合に向けた|合意.)
    if ((c.case_ == Case::com_adn || c.case_ == Case::dat_adn) && j + 1 < t && m_chunks[j + 1].actors.empty() &&
        m_chunks[j + 1].possessor.empty() &&
        (m_chunks[j + 1].trigger < 0 || m_triggers[m_chunks[j + 1].trigger].trigger->pact) &&
        (m_chunks[j + 1].case_ == Case::dat_adn || m_chunks[j + 1].case_ == Case::abl_adn ||
         (m_chunks[j + 1].case_ == Case::about_adn && !relation.symmetric))) {
      continue;
    }
    // エクアドルを相手取った|ICJでの|訴訟: the court a suit is brought
    // before is no side of it; its sides come before.
    if (c.case_ == Case::loc && head.trigger >= 0 && m_triggers[head.trigger].trigger->venue &&
        has_particle(c, "での")) {
      continue;
    }
    // ロシアの|ウクライナでの|攻撃: where an attack or a deployment takes place
    // is its target, as with a verb (verb.loc_place).
    if (c.case_ == Case::loc && !c.actors.empty() && !c.comma && relation.place_target && frame.target.actors.empty() &&
        has_particle(c, "での") && usable(c, Role::target, relation)) {
      static const RoleRule place{"noun.loc_place", Form::noun, Voice::active, Case::loc, Role::target, 0.7};
      fill(frame.target, c.actors, &place, 1.0);
      continue;
    }
    // 米軍の|シリア東部への|駐留: where forces go, a place of a state, is
    // that state.
    // (シリア国内の|駐留規模: so is a place named with の, a state's place
    // and not its forces, when the act has a doer apart.)
    const bool place_of_state = c.case_ == Case::gen && !function_at(j, Function::troops) && j + 1 == t &&
                                !head.phrase_object && head.case_ == Case::acc;
    if ((c.case_ == Case::dat_adn || (c.case_ == Case::loc && has_particle(c, "での")) || place_of_state) &&
        c.actors.empty() && !c.possessor.empty() && !c.comma && !c.metonym_only && relation.place_target &&
        frame.target.actors.empty() && !names_company(j) && all_states(c.possessor)) {
      static const RoleRule place{"noun.owned_place", Form::noun, Voice::active, Case::dat_adn, Role::target, 0.7};
      fill(frame.target, c.possessor, &place, 1.0);
      continue;
    }
    // 日米豪との|4か国による|活動: the count of the sides is no agent; the
    // act is all of them together, as a 4か国活動 would be.
    if (c.case_ == Case::agent_adn && c.actors.empty() && relation.symmetric && function_at(j, Function::joint)) {
      frame.joint_sides = true;
      continue;
    }
    if (!adnominal && !modifier) {
      // XとYの間で協議: the pair.
      break;
    }
    if (c.case_ == Case::coord_pair && c.actors.size() >= 2 && relation.symmetric) {
      if (frame.pair.empty()) {
        frame.pair = c.actors;
        frame.pair_rule = "noun.between";
        frame.pair_confidence = 0.85;
      }
      continue;
    }
    // 日韓の連携を強化することで一致した: a joint act owned by two sides or
    // more is theirs; a subject that takes it up does not replace them.
    // (Not the parties of a mediation: ロシアとウクライナの仲介役.)
    // (Past a word that only qualifies the act: 中国とマレーシアの|戦略的な|協力.)
    const auto qualifiers_only = [&] {
      for (std::size_t k = j + 1; k < t; ++k) {
        const Chunk& q = m_chunks[k];
        if (q.predicate || !q.actors.empty() || q.trigger >= 0 || q.case_ != Case::none || q.comma) return false;
      }
      return true;
    };
    if (c.case_ == Case::gen && c.actors.size() >= 2 && relation.symmetric && frame.pair.empty() &&
        !c.metonym_only && (j + 1 == t || (j + 3 >= t && qualifiers_only())) && !function_at(t, Function::mediate)) {
      frame.pair = c.actors;
      frame.pair_rule = "noun.gen_pair";
      frame.pair_confidence = 0.8;
      frame.pair_only = true;
      continue;
    }
    if (c.case_ == Case::gen && !c.actors.empty() && acted_on && usable(c, Role::target, relation)) {
      // アッシャバーブの掃討(作戦): the owner of an act done to it (acted_on).
      static const RoleRule acted_on{"noun.gen_acted_on", Form::noun, Voice::active, Case::gen, Role::target, 0.8};
      fill(frame.target, c.actors, &acted_on, 1.0);
    } else if (!c.actors.empty() && head.phrase_object && relation.raise_object &&
        (c.case_ == Case::gen || c.case_ == Case::abl_adn) && usable(c, Role::target, relation)) {
      // 中国の輸出を規制, ロシアの資産を凍結: the object of a phrase is a
      // thing, not an act, and its owner is what the phrase acts against;
      // so is where it comes from (タイからの輸入を禁止).
      // Read as the object itself (Case::acc), so that a phrase aimed elsewhere
      // (西サハラに対する|モロッコの|主権を承認) does not take its place.
      static const RoleRule owner{"phrase.owner", Form::noun, Voice::active, Case::acc, Role::target, 0.8};
      fill(frame.target, c.actors, &owner, 1.0);
    } else if (!c.actors.empty()) {
      take(frame, c, Form::noun, voice, relation, 1.0);
    } else if (relation.symmetric && c.case_ == Case::gen && c.possessor.empty() && c.trigger < 0 && j > 0 &&
               m_chunks[j - 1].case_ == Case::gen && !m_chunks[j - 1].actors.empty()) {
      // 両国の|閣僚級の|会合: a level or kind of the act; the parties come before it.
      continue;
    } else if (adnominal) {
      raise(frame, j, Form::noun, voice, relation, 1.0);
      // 米国以外の国との協力: the other side is named, if by no actor.
      if ((c.case_ == Case::com_adn || c.case_ == Case::dat_adn) && c.possessor.empty() && !c.predicate) {
        frame.unnamed_side = true;
      }
    }
  }
}

// パレスチナ自治区ガザでは、イスラエル軍の攻撃による犠牲者が…: an attack
// named as a noun in a sentence set in a state's place strikes that state
// (as a verb does: verb.loc_attacked_state).
void SentenceReader::attack_set_in(Frame& frame, std::size_t t, const RelationType& relation) {
  if (relation.name != "attacks" || !frame.target.actors.empty() || frame.source.actors.empty()) return;
  const bool armed_group = std::all_of(frame.source.actors.begin(), frame.source.actors.end(), [&](const ActorRef& a) {
    return m_k.actors.kind(a.actor) == mentions::ActorKind::armed_group;
  });
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    if (c.quote != m_chunks[t].quote || (c.predicate && c.ending != Ending::attributive)) return;
    // (JNIMは|マリや|ブルキナファソで|…攻撃を繰り返す: an armed group's
    // attacks in a state named whole, not in a region of it, hit that state.)
    // (Or in its capital: 首都モガディシオでも自爆攻撃を繰り返す.)
    const bool group_in_state = armed_group && has_particle(c, "で") && !c.actors.empty();
    if (c.case_ != Case::loc || !(has_particle(c, "では") || group_in_state)) continue;
    const auto& place = !c.actors.empty() && (!c.metonym_only || group_in_state) ? c.actors : c.possessor;
    if (place.empty() || !all_states(place)) {
      return;
    }
    static const RoleRule rule{"noun.set_in_place", Form::noun, Voice::active, Case::loc, Role::target, 0.6};
    fill(frame.target, place, &rule, 1.0);
    return;
  }
}

// トルコ軍はイラク北部のPKK拠点を空爆した, …カタールの首都ドーハでハマスの
// 幹部を狙った空爆: a strike on an armed group where a state's place is
// named strikes that state too (the annotators of dev3, dev8, dev10 and
// dev13 all read it so). The place must stand in the act's own clause.
std::vector<ActorRef> SentenceReader::host_state(const Frame& frame, std::size_t t) const {
  if (frame.target.actors.empty() || frame.source.actors.empty()) return {};
  for (const auto& a : frame.target.actors) {
    const auto kind = m_k.actors.kind(a.actor);
    if (kind != mentions::ActorKind::armed_group && kind != mentions::ActorKind::group) return {};
  }
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    // (米軍主導の|有志連合は: what describes the doer is no place of the act.)
    if (frame.source.chunk >= 0 && static_cast<long>(j) <= frame.source.chunk) return {};
    if (c.absorbed) continue;
    if (c.quote != m_chunks[t].quote || (c.predicate && c.ending != Ending::attributive)) return {};
    // Where the group's base lies (イラク北部の, …州にある) or the capital the
    // strike hits (ドーハで); not a region where strikes go on (ガザ南部で,
    // ソマリア中部で), which the annotators leave to the group alone.
    if (c.case_ != Case::gen && c.case_ != Case::loc && c.case_ != Case::dat) continue;
    if (c.case_ == Case::loc && !c.metonym_only) continue;
    // (イラクとシリアに|ある|拠点: or the states themselves, said to hold it.)
    const bool holds = c.case_ == Case::dat && !c.actors.empty() && j + 1 < t && m_chunks[j + 1].predicate &&
                       m_chunks[j + 1].ending == Ending::attributive && function_at(j + 1, Function::located);
    const auto& place = c.actors.empty()                ? c.possessor
                        : (c.metonym_only || holds) ? c.actors
                                                    : std::vector<ActorRef>{};
    if (place.empty()) continue;
    if (!all_states(place)) return {};
    for (const auto& a : place) {
      for (const auto& s : frame.source.actors) {
        if (s.actor == a.actor) return {};
      }
    }
    return place;
  }
  return {};
}

// カナダが米国の要請で…を拘束した, ウクライナの要請により、ドイツは…: a
// request named as the cause of a clause was made to the clause's subject.
void SentenceReader::request_as_cause(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  if (relation.name != "requests" || head.predicate || !frame.target.actors.empty() || frame.source.actors.empty()) {
    return;
  }
  const bool cause = (head.case_ == Case::loc && has_particle(head, "で") && !has_particle(head, "での")) ||
                     has_particle(head, "により") || has_particle(head, "によって");
  if (!cause) return;
  const auto subject_at = [&](std::size_t k) {
    const Chunk& c = m_chunks[k];
    return (c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed && !c.metonym_only &&
           c.quote == head.quote;
  };
  static const RoleRule rule{"noun.request_cause_subject", Form::noun, Voice::active, Case::nom, Role::target, 0.7};
  for (std::size_t k = t; k-- > 0;) {
    if (m_chunks[k].predicate) break;
    if (subject_at(k)) {
      fill(frame.target, m_chunks[k].actors, &rule, 1.0);
      return;
    }
  }
  for (std::size_t k = t + 1; k < m_chunks.size() && !m_chunks[k].predicate; ++k) {
    if (subject_at(k)) {
      fill(frame.target, m_chunks[k].actors, &rule, 1.0);
      return;
    }
  }
}

// フランスは、ベナン政府の求めに応じて…支援した: aid or forces given at
// another's request, with no one else named to receive them, go to the one
// who asked.
void SentenceReader::done_at_request(Frame& frame, std::size_t p) {
  if (!frame.target.actors.empty() || frame.source.actors.empty()) return;
  for (std::size_t k = p; k-- > 1;) {
    const Chunk& asked = m_chunks[k];
    if (asked.quote != m_chunks[p].quote) break;
    if (asked.predicate) {
      if (asked.content_end > asked.begin && m_tokens[asked.begin].base == "応じる") continue;
      break;
    }
    if (asked.trigger < 0 || relation_of(asked).name != "requests" || asked.case_ != Case::dat ||
        k + 1 >= m_chunks.size()) {
      continue;
    }
    // (…の求めに|応じて: the verb after the request, chained with て.)
    const Chunk& answer = m_chunks[k + 1];
    if (!answer.predicate || answer.content_end == answer.begin || m_tokens[answer.begin].base != "応じる") continue;
    const Chunk& owner = m_chunks[k - 1];
    if (owner.case_ != Case::gen || owner.actors.empty() || owner.metonym_only || owner.quote != asked.quote) return;
    static const RoleRule rule{"verb.asked_by", Form::verb, Voice::active, Case::gen, Role::target, 0.65};
    fill(frame.target, owner.actors, &rule, 1.0);
    return;
  }
}

// 中国の|最大の|供給国: the phrase before noun t past phrases of rank or
// kind that name no actor (adjectives, bare の-phrases): where its owner is.
std::size_t SentenceReader::past_rank(std::size_t t) const {
  std::size_t j = t;
  while (j > 1 && (adjective_only(j - 1) || (m_chunks[j - 1].case_ == Case::gen && m_chunks[j - 1].actors.empty() &&
                                             m_chunks[j - 1].trigger < 0 && !m_chunks[j - 1].predicate))) {
    --j;
  }
  return j;
}

// イスラエルの後ろ盾である|米国, 中国の最大の供給国である|ロシア: a noun
// naming a role, put in apposition to an actor with である, has that actor
// as its subject and the other side as its owner (past adjectives: 最大の).
void SentenceReader::appositive_role(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  if (!head.copula || head.predicate || head.comma || head.case_ != Case::none || t == 0 || t + 1 >= m_chunks.size()) {
    return;
  }
  const Chunk& subject = m_chunks[t + 1];
  if (subject.actors.empty() || subject.metonym_only || subject.quote != head.quote) return;
  // 中国の|最大の|供給国: phrases of rank or kind, with no actor, stand between.
  const std::size_t j = past_rank(t);
  // (UNHCRへの|最大の|拠出国である|米国: or the side it goes to.)
  const Chunk& owner = m_chunks[j - 1];
  if ((owner.case_ != Case::gen && owner.case_ != Case::dat_adn) || owner.actors.empty() || owner.metonym_only ||
      owner.quote != head.quote) {
    return;
  }
  static const RoleRule as_subject{"noun.appositive_subject", Form::noun, Voice::active, Case::topic, Role::source, 0.7};
  static const RoleRule as_owner{"noun.appositive_owner", Form::noun, Voice::active, Case::gen, Role::target, 0.7};
  frame = Frame{};
  fill(frame.source, subject.actors, &as_subject, 1.0);
  fill(frame.target, owner.actors, &as_owner, 1.0);
}

// ヒズボラの最大の後ろ盾はイランだ, 日本の主な輸入先はカタールだ: the
// role put as the topic, with its owner, and the one who plays it as the
// copula's predicate.
void SentenceReader::role_named_by_predicate(Frame& frame, std::size_t t) {
  const Chunk& head = m_chunks[t];
  if ((head.case_ != Case::topic && head.case_ != Case::nom) || head.predicate || !head.compound.empty() ||
      t == 0 || t + 1 >= m_chunks.size()) {
    return;
  }
  // (Only a noun naming a role, not any act: 米国の制裁対象はイランだ says
  // whom the act is aimed at.)
  const auto& trigger = *m_triggers[head.trigger].trigger;
  if (!trigger.role && !trigger.lemma.ends_with("+国") && !trigger.lemma.ends_with("+盾")) return;
  const Chunk& player = m_chunks[t + 1];
  if (!player.predicate || !player.copula || player.actors.empty() || player.metonym_only || player.trigger >= 0 ||
      player.quote != head.quote) {
    return;
  }
  const std::size_t j = past_rank(t);
  const Chunk& owner = m_chunks[j - 1];
  if (owner.case_ != Case::gen || owner.actors.empty() || owner.metonym_only || owner.quote != head.quote) return;
  static const RoleRule as_player{"noun.role_player", Form::noun, Voice::active, Case::none, Role::source, 0.7};
  static const RoleRule as_owner{"noun.role_owner", Form::noun, Voice::active, Case::gen, Role::target, 0.7};
  frame = Frame{};
  fill(frame.source, player.actors, &as_player, 1.0);
  fill(frame.target, owner.actors, &as_owner, 1.0);
  // (中国の最大の輸出先は米国だ: a role on the receiving side.)
  if (m_triggers[head.trigger].trigger->inverse) std::swap(frame.source, frame.target);
}

// ロシアはアサド政権の後ろ盾だった, 米国は日本のパートナーだ: a noun naming
// a role, put with a copula as its subject's predicate, has the other side
// as its owner (past adjectives: 最大の).
void SentenceReader::predicate_noun_owner(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  if (!head.copula || !frame.target.actors.empty() || !frame.pair.empty() || frame.source.actors.empty() ||
      !frame.source.rule || (frame.source.rule->case_ != Case::topic && frame.source.rule->case_ != Case::nom)) {
    return;
  }
  // Xは米国の制裁対象となった: named as the act's target (対象), the subject
  // undergoes the act and the owner does it.
  const bool undergoes = head.content_end > head.begin && m_tokens[head.content_end - 1].base == "対象";
  const auto take = [&](const std::vector<ActorRef>& owner, double weight) {
    static const RoleRule rule{"noun.predicate_owner", Form::noun, Voice::active, Case::gen, Role::target, 0.7};
    static const RoleRule doer{"noun.target_owner", Form::noun, Voice::active, Case::gen, Role::source, 0.7};
    static const RoleRule undergoer{"noun.target_subject", Form::noun, Voice::active, Case::topic, Role::target, 0.7};
    if (!undergoes) {
      fill(frame.target, owner, &rule, weight);
      return;
    }
    const std::vector<ActorRef> subject = frame.source.actors;
    frame.source = Filler{};
    fill(frame.source, owner, &doer, weight);
    fill(frame.target, subject, &undergoer, 1.0);
  };
  for (std::size_t j = t; j-- > 0;) {
    const Chunk& c = m_chunks[j];
    // (米国はUNHCRへの|最大の|拠出国だ: the side it goes to, past adjectives.)
    const bool towards = c.case_ == Case::dat_adn && !undergoes && !c.actors.empty();
    if (adjective_only(j)) continue;  // (主要な)
    if (c.quote != head.quote || c.predicate || (c.case_ != Case::gen && !towards)) return;
    // ブータン最大の|援助国: the actor inside the phrase right before the noun.
    // (No usable() test: that reads the phrase's own actors, which it has none of.)
    if (c.actors.empty() && j + 1 == t && !c.possessor.empty() && !c.absorbed) {
      take(c.possessor, 0.9);
      return;
    }
    if (c.actors.empty()) continue;
    if (!c.absorbed && usable(c, Role::target, relation)) take(c.actors, 1.0);
    return;
  }
}

void SentenceReader::predicate_noun_side(Frame& frame, std::size_t t, const RelationType& relation) {
  const Chunk& head = m_chunks[t];
  if (t == 0 || !frame.target.actors.empty() || !frame.pair.empty() || head.content_end == head.begin ||
      m_tokens[head.content_end - 1].pos != "名詞") {
    return;
  }
  const Chunk& c = m_chunks[t - 1];
  if (c.quote != head.quote || c.predicate || c.actors.empty() || c.absorbed ||
      (c.case_ != Case::com_adn && c.case_ != Case::dat_adn)) {
    return;
  }
  const RoleRule* rule = m_k.rules.role_for(Form::noun, Voice::active, c.case_);
  if (rule && rule->role == Role::target && usable(c, Role::target, relation)) fill(frame.target, c.actors, rule, 1.0);
}

void SentenceReader::asked_giver(Frame& frame, std::size_t t, const RelationType& relation) {
  if (relation.name != "requests" || !frame.target.actors.empty() || !frame.pair.empty() || t == 0) return;
  // The object, then back through its の-phrases (中国からの|経済支援の|拡大を,
  // 米国による|関与の|強化を).
  std::size_t j = t - 1;
  if (m_chunks[j].case_ != Case::acc || m_chunks[j].predicate || m_chunks[j].quote != m_chunks[t].quote) return;
  bool given = false;
  bool joint = false;  // a joint act asked for (首脳会談の実現) is asked of neither side
  for (;; --j) {
    const Chunk& c = m_chunks[j];
    given = given || (c.trigger >= 0 && relation_of(c).name == "supplies");
    joint = joint || (c.trigger >= 0 && relation_of(c).symmetric);
    if (j == 0 || c.predicate || c.quote != m_chunks[t].quote) return;
    const Chunk& before = m_chunks[j - 1];
    if (before.case_ == Case::abl_adn && !before.actors.empty() && !before.metonym_only && given &&
        usable(before, Role::target, relation)) {
      static const RoleRule rule{"verb.asked_giver", Form::verb, Voice::active, Case::abl_adn, Role::target, 0.7};
      fill(frame.target, before.actors, &rule, 1.0);
      return;
    }
    // 米海軍による|護衛の|強化を求めた: an act asked of the one named as
    // its doer.
    if (before.case_ == Case::agent_adn && !before.actors.empty() && !before.metonym_only && !joint &&
        usable(before, Role::target, relation)) {
      static const RoleRule rule{"verb.asked_doer", Form::verb, Voice::active, Case::agent_adn, Role::target, 0.65};
      fill(frame.target, before.actors, &rule, 1.0);
      return;
    }
    if (before.case_ != Case::gen || before.predicate || !before.actors.empty()) return;
  }
}

// The subject (が) of the relative clause whose predicate is chunk p, when p
// modifies the noun after it: 中国が台湾周辺で行った|演習 -> CHN.
std::vector<ActorRef> SentenceReader::relative_subject(std::size_t p) const {
  // ハマスが示した|段階的な|停戦案: past adjectives of the same noun;
  // トルコが結んだ|海洋境界の|覚書: past an の-phrase that names no one.
  // (…のある|協定の|締結: a pact's noun, though a trigger of its own, too.)
  while (p > 0 && !m_chunks[p].predicate &&
         (m_chunks[p].case_ == Case::none || (m_chunks[p].case_ == Case::gen && m_chunks[p].possessor.empty())) &&
         m_chunks[p].actors.empty() &&
         (m_chunks[p].trigger < 0 || m_triggers[m_chunks[p].trigger].trigger->pact) && !m_chunks[p].comma) {
    --p;
  }
  const Chunk& pred = m_chunks[p];
  if (!pred.predicate || pred.ending != Ending::attributive || pred.passive) return {};
  // 日米韓が実施した|空母を|含む|共同訓練: a clause stacked on the same noun,
  // with no subject of its own, stands between the subject and the noun.
  for (std::size_t k = p; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    const bool stacked = a.predicate && a.ending == Ending::attributive && !a.passive && !a.comma;
    if ((a.predicate && !stacked) || a.quote != pred.quote || a.case_ == Case::topic) return {};
    if (a.case_ == Case::nom && !a.actors.empty() && !a.absorbed) return a.metonym_only ? std::vector<ActorRef>{} : a.actors;
    if (a.case_ == Case::nom) return {};  // the clause's subject is no actor
  }
  return {};
}

// The subject of the clauses before phrase j, past at least one clause
// end in j's segment: who did what これ points back to.
std::vector<ActorRef> SentenceReader::doer_before(std::size_t j) const {
  bool crossed = false;
  bool said = false;  // inside what the clause before says (Xは、Yが…と主張したが): only X
  for (std::size_t k = j; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (a.quote != m_chunks[j].quote) continue;
    if (a.predicate) {
      said = said || (crossed && a.ending == Ending::quoted);
      crossed = true;
      continue;
    }
    if (!crossed || a.absorbed || a.actors.empty() || a.metonym_only) continue;
    if (a.case_ == Case::topic || (a.case_ == Case::nom && !said)) return a.actors;
  }
  return {};
}

// The actors that own noun phrase j through a chain of の-phrases or a
// による-phrase: 日米韓の|軍事協力の|強化が -> JPN, USA, KOR.
std::vector<ActorRef> SentenceReader::owners_before(std::size_t j) const {
  for (std::size_t k = j; k-- > 0;) {
    const Chunk& a = m_chunks[k];
    if (j < m_chunks.size() && a.quote != m_chunks[j].quote) break;  // (no owner across a quotation's edge)
    // Yからの|対話の|申し出: what comes from Y is Y's too; シリア軍の|兵器庫や|
    // 防空施設: an owner before a list owns all of it.
    // (港湾や|道路、|空港の|建設: and an item set off by a comma in such a list.)
    const bool comma_item = a.case_ == Case::none && a.comma && a.actors.empty() && a.possessor.empty() &&
                            !a.predicate && a.trigger < 0 && k > 0 && m_chunks[k - 1].case_ == Case::coord &&
                            m_chunks[k - 1].actors.empty();
    const bool unnamed_item = (a.case_ == Case::coord && a.actors.empty()) || comma_item;
    if (adjective_only(k)) continue;  // Xの|度重なる|挑発
    // (Xによる|エネルギー施設への|攻撃: where the act is aimed owns nothing;
    // its doer before it does.)
    if (a.case_ == Case::dat_adn && !a.predicate && k > 0 && m_chunks[k - 1].case_ == Case::agent_adn) continue;
    if (place_of_owned_act(k)) continue;  // NATOの|アジア太平洋地域への|拡大
    if (a.predicate || a.absorbed ||
        (a.case_ != Case::gen && a.case_ != Case::agent_adn && a.case_ != Case::abl_adn && !unnamed_item)) {
      break;
    }
    if (!a.actors.empty()) return a.metonym_only ? std::vector<ActorRef>{} : a.actors;
    // (ロシア南部の|製油所や|港湾施設: a place of a state is the first owner;
    // a による-phrase before it is the doer of the act, not an owner.)
    if (!a.possessor.empty() && a.case_ == Case::gen && !names_company(k)) return a.possessor;
    // トルコの|建設会社の|車列: a company owns what follows, and a company
    // is not its state.
    if (names_company(k)) break;
  }
  return {};
}

}  // namespace kankei::rules::detail
