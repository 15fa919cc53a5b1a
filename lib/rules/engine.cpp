// The rule engine: for each trigger, find who does it to whom.
// This file's external interface is apply_rules().
//
// Arguments are read from phrase cases through the role table (roles.tsv):
// a verbal trigger looks left through its clause; a nominal trigger looks at
// its compound and at the adnominal phrases before it, and borrows the
// arguments of a support verb (攻撃を行う) or a receiving verb (支援を受ける).
#include <algorithm>
#include <set>

#include "rules/chunker.hpp"
#include "rules/rules.hpp"

namespace kankei::rules {
namespace {

using mentions::RelationType;
using tokens::Token;

struct Filler {
  std::vector<ActorRef> actors;
  const RoleRule* rule = nullptr;
  double confidence = 0.0;
  long chunk = -1;  // the phrase that named the actors, when one case argument did
  bool raised = false;  // an owner standing in for what it owns: a case argument wins over it
};

struct Frame {
  Filler source;
  Filler target;
  std::vector<ActorRef> pair;  // actors of a symmetric relation that all take part (XとYの協議)
  std::string pair_rule;
  double pair_confidence = 0.0;
  bool negated = false;
  bool hypothetical = false;
  bool mediator = false;  // the source mediates: coordinated sources are no pair
  std::vector<ActorRef> with;  // who acts together with the source (Xとともに)
  double with_confidence = 0.0;
  std::size_t with_chunk = 0;
};

// The supplier of goods named by their origin (ロシア産, 米国製) when they are
// imported or bought.
const RoleRule kOriginRule{"receive.origin", Form::verb, Voice::receive, Case::gen, Role::source, 0.8};

class SentenceReader {
 public:
  SentenceReader(const std::vector<Token>& tokens, const mentions::Mentions& mentions, const Knowledge& k)
      : m_tokens(tokens), m_mentions(mentions), m_k(k),
        m_chunks(chunk_buffer()), m_triggers(mentions.triggers) {
    make_chunks(tokens, mentions, k.actors, k.rules, m_chunks);
    find_phrases();
  }


  std::vector<RelationMention> read() {
    std::vector<RelationMention> out;
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
      if (m_chunks[i].trigger < 0) continue;
      m_used.assign(m_chunks.size(), false);
      read_trigger(i, out);
    }
    for (std::size_t i = 0; i < m_chunks.size(); ++i) read_ally(i, out);
    for (std::size_t i = 0; i < m_chunks.size(); ++i) read_allies_listed(i, out);
    // A threat is said of a conditional clause outside quotations
    // (read_threat); most sentences have none, and then no saying need be read.
    const bool conditional = std::any_of(m_chunks.begin(), m_chunks.end(), [](const Chunk& c) {
      return c.predicate && c.conditional && c.quote == 0;
    });
    if (conditional) {
      for (std::size_t i = 0; i < m_chunks.size(); ++i) read_threat(i, out);
    }
    drop_repeats(out);
    return out;
  }

  // Two rules may read the same relation in one sentence (ロシアへの制裁として
  // …を凍結: the act named and the act done). One mention per relation and
  // sentence keeps edge counts honest; the surer reading stays.
  static void drop_repeats(std::vector<RelationMention>& out) {
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
    out = std::move(kept);
  }

 private:
  const RelationType& relation_of(const Chunk& c) const {
    return m_k.lexicon.relations()[m_triggers[c.trigger].trigger->relation];
  }

  // The voice of trigger chunk t's act when nothing makes it passive: a word
  // that names the receiving side (輸入, 購入) reads as 支援を受ける does.
  Voice active_voice(std::size_t t) const {
    return m_triggers[m_chunks[t].trigger].trigger->inverse ? Voice::receive : Voice::active;
  }

  // Whether phrase j only qualifies a verb: 厳しく, 全面的に, 直ちに.
  bool is_adverb(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    if (c.predicate || !c.actors.empty() || c.trigger >= 0 || c.comma || c.content_end == c.begin) return false;
    const Token& last = m_tokens[c.content_end - 1];
    if (c.case_ == Case::none) return true;
    return c.case_ == Case::dat &&
           (last.pos == "副詞" || last.pos1 == "形容動詞語幹" || last.pos1 == "副詞可能" || last.surface == "的");
  }

  // Object + verb phrases (phrases.tsv): 関係を|強化する, 基地を|置く,
  // 輸出を|禁止する. The object becomes a nominal trigger and the verb its
  // support verb, so the object's own modifiers (Xとの関係, 対中輸出) and the
  // verb's arguments (Xは, Yに) fill the roles as for 支援を|続ける. The
  // phrase wins over the object noun's own trigger: 輸出を禁止 is no export.
  void find_phrases() {
    if (m_k.rules.phrases().empty()) return;
    for (std::size_t p = 1; p < m_chunks.size(); ++p) {
      Chunk& verb = m_chunks[p];
      // An adverb may stand between them: 対中輸出を|厳しく|制限, 輸出を|全面的に|禁止.
      const bool adverb = p >= 2 && is_adverb(p - 1);
      Chunk& object = m_chunks[adverb ? p - 2 : p - 1];
      if (!verb.predicate || object.predicate || object.case_ != Case::acc || object.content_end == object.begin ||
          verb.content_end == verb.begin || object.quote != verb.quote) {
        continue;
      }
      const Token& noun = m_tokens[object.content_end - 1];
      const Token& head = m_tokens[verb.content_end - 1];
      const mentions::Trigger* trigger = m_k.rules.phrases().find(noun.base, head.base);
      // A noun with a suffix: ロケット|弾.
      if (!trigger && object.content_end >= object.begin + 2) {
        trigger = m_k.rules.phrases().find(m_tokens[object.content_end - 2].surface + noun.surface, head.base);
      }
      if (!trigger) continue;
      // 基地を設置: the verb says it already.
      if (verb.trigger >= 0 && m_triggers[verb.trigger].trigger->relation == trigger->relation) continue;
      object.trigger = static_cast<int>(m_triggers.size());
      m_triggers.push_back({trigger, object.content_end - 1, verb.content_end});
      if (object.compound.empty()) object.compound = std::move(object.possessor);  // 対中|輸出を禁止
      object.possessor.clear();
      // 米軍を受け入れる: the forces' state is the compound's actor, no argument.
      if (object.compound.empty()) object.compound = std::move(object.actors);
      object.actors.clear();
      object.phrase_object = true;
      verb.phrase_verb = true;
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

  // Whether the phrase's content holds a function word, as one token (予定)
  // or spelled by its last tokens (可能+性).
  bool function_at(std::size_t chunk, Function f) const {
    const Chunk& c = m_chunks[chunk];
    // The content's surfaces joined once; each tail [i, content_end) is then
    // a suffix of it, where prepending token by token would copy the tail
    // again for every token.
    thread_local std::string content;  // per thread, so that its buffer is allocated once
    content.clear();
    for (auto i = c.begin; i < c.content_end; ++i) content += m_tokens[i].surface;
    std::size_t from = content.size();
    for (auto i = c.content_end; i-- > c.begin;) {
      if (m_k.rules.has_function(m_tokens[i], f)) return true;
      from -= m_tokens[i].surface.size();
      if (i + 1 < c.content_end && m_k.rules.has_function(std::string_view(content).substr(from), f)) return true;
    }
    return false;
  }

  // Whether actors of this phrase can fill a role at all: metonyms (モスクワ)
  // act as subjects and agents; as other arguments they are places, except
  // where a capital is attacked or supplied (キーウへの攻撃).
  bool usable(const Chunk& c, Role role, const RelationType& relation) const {
    if (c.absorbed || c.actors.empty()) return false;
    if (!c.metonym_only) return true;
    if (role == Role::source) return c.case_ != Case::loc && c.case_ != Case::abl && c.case_ != Case::none;
    // 北京に求めた, ワシントンに警告した: a capital addressed speaks for its state.
    const bool addressed = (c.case_ == Case::dat || c.case_ == Case::against) &&
                           (relation.name == "requests" || relation.name == "warns" || relation.name == "criticizes");
    return addressed || relation.name == "attacks" || relation.name == "supplies" || relation.name == "occupies";
  }

  // Returns whether `actors` now fill the slot.
  static bool fill(Filler& slot, const std::vector<ActorRef>& actors, const RoleRule* rule, double confidence,
                   bool raised = false) {
    // The nearest argument wins, except that a plain の-phrase gives way to a
    // marked one (ロシアによるウクライナの… keeps ロシア as the source), and an
    // owner raised from what it owns to a case argument (米国への|ウクライナ
    // 向け融資の|支払い: the payment goes to USA).
    const bool weak = (slot.rule && slot.rule->case_ == Case::gen && rule && rule->case_ != Case::gen) ||
                      (slot.raised && !raised);
    if (!slot.actors.empty() && !weak) return false;
    slot.raised = raised;
    slot.chunk = -1;
    slot.actors = actors;
    slot.rule = rule;
    slot.confidence = rule ? rule->confidence * confidence : confidence;
    return true;
  }

  void take(Frame& frame, const Chunk& c, Form form, Voice voice, const RelationType& relation, double weight) {
    const RoleRule* rule = m_k.rules.role_for(form, voice, c.case_);
    // ロシア産の原油を輸入: where the goods come from is who supplies them.
    if (voice == Voice::receive && (c.case_ == Case::gen || c.case_ == Case::acc) &&
        function_at(static_cast<std::size_t>(&c - m_chunks.data()), Function::origin)) {
      rule = &kOriginRule;
    }
    // AUがソマリアで展開する: where forces are deployed or land is held.
    static const RoleRule kPlaceRule{"verb.loc_place", Form::verb, Voice::active, Case::loc, Role::target, 0.7};
    if (!rule && c.case_ == Case::loc && relation.place_target && voice == Voice::active && form == Form::verb) {
      rule = &kPlaceRule;
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

  // Possessor raising: the owner of what an act is aimed at is its target.
  // ウクライナのインフラへの攻撃 -> attacks UKR; 中国の覇権拡大を牽制 -> deters CHN;
  // アフガニスタンのインフラの整備支援 -> supplies AFG.
  void raise(Frame& frame, std::size_t j, Form form, Voice voice, const RelationType& relation, double weight) {
    const Chunk& c = m_chunks[j];
    if (c.predicate || !c.actors.empty()) return;
    // ロシア産原油の輸入: goods named by where they come from.
    if (voice == Voice::receive && !c.possessor.empty() && function_at(j, Function::origin)) {
      fill(frame.source, c.possessor, &kOriginRule, weight);
      return;
    }
    const bool object = c.case_ == Case::acc || c.case_ == Case::nom;
    // 米国が台湾に武器を売却したことに抗議: the doer of the fact judged.
    if (form == Form::verb && relation.raise_object && j > 0 && c.content_end == c.begin + 1 &&
        m_tokens[c.begin].base == "こと" && (object || c.case_ == Case::dat || c.case_ == Case::against)) {
      static const RoleRule rule{"verb.fact_subject", Form::verb, Voice::active, Case::nom, Role::target, 0.7};
      const auto subject = relative_subject(j - 1);
      if (!subject.empty() && voice == Voice::active) fill(frame.target, subject, &rule, weight);
      return;
    }
    // イスラエルが…を空爆した際、サウジアラビアはこれを非難した: これ is the
    // act of the clause before, and its doer what is judged.
    if (form == Form::verb && relation.raise_object && voice == Voice::active && object &&
        c.content_end == c.begin + 1 && m_tokens[c.begin].pos1 == "代名詞" &&
        (m_tokens[c.begin].base == "これ" || m_tokens[c.begin].base == "それ")) {
      static const RoleRule rule{"verb.pronoun_act", Form::verb, Voice::active, Case::nom, Role::target, 0.6};
      const auto doer = doer_before(j);
      if (!doer.empty()) fill(frame.target, doer, &rule, weight);
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
                       (c.case_ == Case::topic && function_at(j, Function::troops)));
    // XとYの交渉を仲介: the parties of a talk one takes part in.
    const bool joins_talks = object && relation.symmetric && c.trigger >= 0 && relation_of(c).symmetric;
    if (object && !relation.raise_object && !sent && !doer && !joins_talks) return;
    // An の-phrase owns the whole noun phrase, so it wins over an actor inside
    // the compound: フィンランドの|NATO加盟を非難 -> criticizes FIN.
    std::vector<ActorRef> owners;
    // A partner (Xとの) owns an act or a pact: Xとの交渉を拒否 -> rejects X;
    // Xとの和平条約に署名 -> agrees with X. The one an act is aimed at (Xへの
    // 攻撃を支持) is not its owner: only its doer is, found below.
    // Xとの国交正常化を拒否 -> rejects X: so for any act done against someone.
    const bool partner = j > 0 && m_chunks[j - 1].case_ == Case::com_adn &&
                         (c.trigger >= 0 || relation.symmetric || (object && relation.raise_object));
    // 中国からの輸入品に関税を課す: goods are owned by where they come from.
    const bool origin = c.case_ == Case::dat && j > 0 && m_chunks[j - 1].case_ == Case::abl_adn;
    if (j > 0 && !m_used[j - 1] && !m_chunks[j - 1].actors.empty() && !m_chunks[j - 1].metonym_only &&
        (m_chunks[j - 1].case_ == Case::gen || origin ||
         (object && (c.trigger < 0 || relation.aim_target) && m_chunks[j - 1].case_ == Case::dat_adn) ||
         // Yからの申し出を拒否: what comes from Y is Y's.
         (object && relation.raise_object && c.trigger < 0 && m_chunks[j - 1].case_ == Case::abl_adn) ||
         partner)) {
      owners = m_chunks[j - 1].actors;
      m_used[j - 1] = true;  // 〜の is the owner here, not an argument of its own
    }
    // フィリピンの|南シナ海における|権利: a place phrase between owner and noun.
    if (owners.empty() && object && j > 1 && m_chunks[j - 1].case_ == Case::loc && m_chunks[j - 1].actors.empty() &&
        !m_chunks[j - 1].predicate && m_chunks[j - 2].case_ == Case::gen && !m_chunks[j - 2].actors.empty() &&
        !m_chunks[j - 2].metonym_only && !m_used[j - 2]) {
      owners = m_chunks[j - 2].actors;
      m_used[j - 2] = true;
    }
    if (owners.empty()) owners = c.possessor;
    // The doer of an act that is itself judged: 米国による台湾への武器売却に反対
    // -> criticizes USA.
    // So for any object judged: 北朝鮮による|衛星の|打ち上げを非難 -> PRK.
    const bool judged_object = c.trigger >= 0 || (object && relation.raise_object);
    for (std::size_t k = j; owners.empty() && judged_object && k-- > 0;) {
      const Chunk& a = m_chunks[k];
      const bool adnominal = a.case_ == Case::gen || a.case_ == Case::agent_adn || a.case_ == Case::dat_adn ||
                             a.case_ == Case::com_adn || a.case_ == Case::abl_adn;
      if (!adnominal || a.predicate) break;
      if (a.case_ == Case::agent_adn && !a.actors.empty() && !m_used[k]) owners = a.actors;
      // ウクライナへの|ミサイルの|供与を拒んだ: the one refused is who it was for.
      if (relation.aim_target && a.case_ == Case::dat_adn && !a.actors.empty() && !m_used[k]) owners = a.actors;
    }
    // The parties of a joint act are its doers: 米韓合同軍事演習を批判 -> USA, KOR.
    if (owners.empty() && c.trigger >= 0 && !c.compound.empty() && relation_of(c).symmetric) owners = c.compound;
    // Ownership passes through a chain of の-phrases: ウクライナ南部ヘルソン州の|一部を占領
    // -> occupies UKR.
    // 同国の|加盟の|承認を拒む -> rejects the state named first.
    // シリア軍の|兵器庫や|防空施設への空爆: through a list the owner comes first.
    if (owners.empty() && j > 0 && !m_used[j - 1] &&
        (m_chunks[j - 1].case_ == Case::gen || m_chunks[j - 1].case_ == Case::coord) &&
        m_chunks[j - 1].actors.empty()) {
      owners = m_chunks[j - 1].possessor;
      if (owners.empty() && (object || c.case_ == Case::dat || c.case_ == Case::dat_adn) && relation.raise_object) {
        owners = owners_before(j - 1);
      }
      // トルコ南東部の|軍の|施設を攻撃: a place of a state at the chain's start.
      if (owners.empty() && object && relation.raise_object && j > 1 && m_chunks[j - 2].case_ == Case::gen &&
          m_chunks[j - 2].actors.empty() && !m_used[j - 2]) {
        owners = m_chunks[j - 2].possessor;
      }
    }
    // 中国が…で行った軍事演習を批判: the doer of what is judged, named in a
    // relative clause on it.
    if (owners.empty() && object && !doer && !sent && j > 0) owners = relative_subject(j - 1);
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
    const bool passive_subject = voice == Voice::passive && c.case_ == Case::nom;
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
    if (!rule || rule->role != Role::target) return;
    fill(frame.target, owners, rule, weight * 0.85, true);
  }

  // Whether the phrase just before predicate j is a case argument of j.
  // Whether an を-phrase stands right before the 「…」と that precedes the
  // predicate at p (Yの主張を「…」と否定した): the words then describe that
  // object, not a proposition of their own.
  bool object_before_quote(std::size_t p) const {
    const int outer = m_chunks[p].quote;
    std::size_t j = p;
    while (j > 0 && m_chunks[j - 1].quote != outer) --j;
    return j > 0 && j < p && m_chunks[j - 1].case_ == Case::acc && !m_chunks[j - 1].predicate &&
           m_chunks[j - 1].trigger < 0;  // an act denied (攻撃を「…」と否定) is negated instead
  }

  bool has_own_arguments(std::size_t j) const {
    if (j == 0) return false;
    // 中国から|強い|抗議を受けた: an adjective alone before its noun takes no argument.
    const Chunk& pred = m_chunks[j];
    if (pred.content_end == pred.begin + 1 && m_tokens[pred.begin].pos == "形容詞" && pred.trigger < 0) return false;
    const Case c = m_chunks[j - 1].case_;
    // 国境沿いに|ある|拠点: a place that only says where the noun is; the
    // noun is its subject, so a が-phrase before is the outer clause's.
    if (c == Case::dat && function_at(j, Function::located)) return false;
    if (c != Case::gen && c != Case::none && c != Case::loc) return true;
    if (c != Case::loc) return false;
    // 中国が台湾周辺で行った|演習: a subject before the place makes it a clause.
    for (std::size_t k = j - 1; k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.case_ == Case::nom && !a.predicate) return true;
      if (a.predicate || (a.case_ != Case::loc && a.case_ != Case::gen)) return false;
    }
    return false;
  }

  // Arguments of the predicate at chunk p: left through its clause. After a
  // clause boundary only topics (は) still apply; a clause inside 「」 is closed.
  void verbal_arguments(Frame& frame, std::size_t p, Voice voice, const RelationType& relation,
                        std::size_t skip_from, std::size_t skip_to) {
    // イランの支援を受ける|武装勢力: the clause's subject is the unnamed group it
    // describes, so no topic or が-phrase of the sentence may stand in for it.
    const bool subject_gap = relative_agent(p);
    relative_head(frame, p, voice, relation);
    bool boundary = false;
    bool hard_boundary = false;  // crossed a clause that does not simply go on (not 〜し、/〜して)
    // 「…」と批判した: the words just before the predicate are a quotation.
    const bool quoted_words = p > 0 &&
                              (m_chunks[p - 1].ending == Ending::quoted || m_chunks[p - 1].case_ == Case::quote) &&
                              m_chunks[p - 1].quote != m_chunks[p].quote;
    bool complement = false;  // inside 「…」と / 〜よう, the content of a saying or a request
    bool past_complement = false;  // crossed a clause end before the complement
    bool unnamed_subject = false;  // the clause's subject names no actor (暫定政権側は)
    // AはBと会談し、…で合意した / …を求めた: the one met is the other side of
    // what the meeting yields, when nothing nearer names one.
    const bool yield_of_meeting = relation.symmetric || relation.name == "requests" || relation.name == "supports" ||
                                  relation.name == "supplies";
    bool in_meeting = false;  // j is in a clause of a meeting (会談し、) chained to this one
    bool closed = false;      // crossed a clause that does not go on into this one (the complement aside)
    for (std::size_t j = p; j-- > 0;) {
      if (j >= skip_from && j < skip_to) continue;
      const Chunk& c = m_chunks[j];
      if (c.quote != m_chunks[p].quote) {
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
        continue;
      }
      if (subject_gap && (c.case_ == Case::topic || c.case_ == Case::nom)) continue;
      // Xは、Yが「…」と批判した: a が-phrase right before the quoted words is
      // their subject, what the saying is about.
      if (quoted_words && relation.raise_object && c.case_ == Case::nom && j + 1 < p &&
          m_chunks[j + 1].quote != m_chunks[p].quote && frame.target.actors.empty() && !c.actors.empty() &&
          usable(c, Role::target, relation) && topic_before(j)) {
        static const RoleRule rule{"verb.quoted_subject", Form::verb, Voice::active, Case::none, Role::target, 0.6};
        fill(frame.target, c.actors, &rule, 1.0);
        continue;
      }
      // …と主張してきたが、暫定政権側はこれを否定した: a subject named only
      // by an office is this clause's own; no earlier topic stands in for it.
      if (c.case_ == Case::topic || c.case_ == Case::nom) {
        if (unnamed_subject) continue;
        // Its own owner may still name the doer (オーストラリア主導の部隊が).
        unnamed_subject = frame.source.actors.empty() && names_unnamed_actor(j);
      }
      if (c.predicate) {
        // Yの補給路を狙って…で空爆を行った: a clause of aiming that goes on
        // into the act names what it is aimed at.
        if (c.ending == Ending::continuative && !boundary && relation.raise_object && frame.target.actors.empty() &&
            !c.passive && function_at(j, Function::aimed)) {
          aimed_object(frame, j);
        }
        // Xは、Yが…を続ければ「…」と警告した: whoever the condition of a
        // warning is about is the one warned, as in its content.
        if (relation.name == "warns" && !closed && c.ending == Ending::conditional) {
          complement = true;
          continue;
        }
        const bool opens_complement = !boundary && c.ending == Ending::quoted;
        // Past the complement's own clause, nothing may override what it named.
        if (complement && !opens_complement && c.ending != Ending::none && c.ending != Ending::attributive) {
          past_complement = true;
        }
        if (opens_complement) complement = true;
        // A relative clause with arguments of its own (領土を奪う|能力) closes the
        // clause; an adjectival one inside a noun phrase (前例のない|方法で) does not.
        if (c.ending != Ending::none && (c.ending != Ending::attributive || has_own_arguments(j))) {
          boundary = true;
          if (c.ending != Ending::continuative) hard_boundary = true;
          // …と会談し、; …と首脳会談を行い、 (a meeting under a support verb).
          const bool meeting_object = c.trigger < 0 && j > 0 && m_chunks[j - 1].case_ == Case::acc &&
                                      m_chunks[j - 1].trigger >= 0 && relation_of(m_chunks[j - 1]).name == "negotiates" &&
                                      function_at(j, Function::support);
          in_meeting = !closed && c.ending == Ending::continuative &&
                       ((c.trigger >= 0 && relation_of(c).name == "negotiates") || meeting_object);
          // 協力を拡大する|ことで合意した: a clause made a noun by こと is an
          // argument of this predicate, so it does not close it.
          const bool nominalized = c.ending == Ending::attributive && j + 1 < p &&
                                   m_tokens[m_chunks[j + 1].begin].base == "こと";
          if (c.ending != Ending::continuative && !opens_complement && !nominalized) closed = true;
        }
        continue;
      }
      const double distance = (p - j) > 6 ? 0.85 : 1.0;
      if (complement && frame.target.actors.empty() && c.actors.empty() && !c.predicate &&
          (c.case_ == Case::nom || c.case_ == Case::acc)) {
        // 日米韓の軍事協力の強化が…と批判; イランの核施設を攻撃すると警告: the owner
        // of what the saying is about.
        const auto owners = owners_before(j);
        if (!owners.empty()) {
          static const RoleRule rule{"verb.complement_owner", Form::verb, Voice::active, Case::none, Role::target, 0.6};
          // Yが…Zの関係者をかくまっていると非難: the saying's subject, further
          // left, wins over the owner of its object.
          fill(frame.target, owners, &rule, distance, c.case_ == Case::acc);
        }
        continue;
      }
      if (complement && (frame.target.actors.empty() || (frame.target.raised && !past_complement)) &&
          !c.actors.empty() &&
          usable(c, Role::target, relation) &&
          (c.case_ == Case::nom || c.case_ == Case::dat || c.case_ == Case::against)) {
        // プーチンが…を爆撃したと非難; イスラエルに…を認めるよう求めた: the one the
        // saying is about (or asked to act) is the target.
        static const RoleRule rule{"verb.complement", Form::verb, Voice::active, Case::none, Role::target, 0.7};
        // YがZに…を提供していると非難: the saying's subject, further left,
        // wins over the one its clause acts on.
        fill(frame.target, c.actors, &rule, distance, c.case_ != Case::nom);
        continue;
      }
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
      // XとYの間では…協議が行われた: the pair of a symmetric act.
      if (c.case_ == Case::coord_pair && relation.symmetric && c.actors.size() >= 2 && frame.pair.empty() &&
          !c.absorbed) {
        frame.pair = c.actors;
        frame.pair_rule = "verb.between";
        frame.pair_confidence = 0.8;
        continue;
      }
      // 日米韓3カ国で連携する: the states named as the place of a joint act do it together.
      if (c.case_ == Case::loc && relation.symmetric && c.actors.size() >= 2 && frame.pair.empty() && !c.absorbed &&
          !c.metonym_only && !boundary) {
        frame.pair = c.actors;
        frame.pair_rule = "verb.together";
        frame.pair_confidence = 0.8;
        continue;
      }
      // Xとの会談で…を求めた: the one met is the other side of what the meeting yields.
      if (yield_of_meeting && c.case_ == Case::loc && c.trigger >= 0 && !c.predicate && j > 0 &&
          frame.target.actors.empty() && relation_of(c).name == "negotiates" &&
          m_chunks[j - 1].case_ == Case::com_adn && usable(m_chunks[j - 1], Role::target, relation)) {
        static const RoleRule rule{"verb.met_partner", Form::verb, Voice::active, Case::com, Role::target, 0.75};
        fill(frame.target, m_chunks[j - 1].actors, &rule, distance);
        continue;
      }
      if (in_meeting && yield_of_meeting && c.case_ == Case::com && frame.target.actors.empty() &&
          usable(c, Role::target, relation)) {
        static const RoleRule rule{"verb.met_partner", Form::verb, Voice::active, Case::com, Role::target, 0.75};
        fill(frame.target, c.actors, &rule, distance);
        continue;
      }
      if (boundary) {
        // セルビアに対し、…よう求め、「…」と警告した: an addressee set off by a
        // comma or は stands over the sentence's clauses as a topic does.
        if (c.case_ == Case::against && (c.comma || has_topic_particle(c))) {
          take(frame, c, Form::verb, voice, relation, 0.85 * distance);
          continue;
        }
        // A が-subject also governs the clauses chained after it with 〜し、/〜して
        // (ロシア軍が…に重点を移しており、…を攻撃した), as a topic does the whole sentence.
        if (c.case_ == Case::topic || (c.case_ == Case::nom && !hard_boundary && !m_used[j] &&
                                         !(m_chunks[p].ending == Ending::final && topic_before(j)))) {
          take(frame, c, Form::verb, voice, relation, 0.9 * distance);
        }
        continue;
      }
      if (m_used[j]) continue;
      if (!c.actors.empty()) {
        take(frame, c, Form::verb, voice, relation, distance);
      } else {
        raise(frame, j, Form::verb, voice, relation, distance);
      }
    }
    if (!subject_gap) subject_after(frame, p, voice, relation);
  }

  // Whether phrase j names an actor only by an office or body the dictionary
  // cannot resolve (暫定政権側, 同政府): a subject all the same.
  bool names_unnamed_actor(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    if (!c.actors.empty() || c.predicate || c.absorbed || c.trigger >= 0 || c.content_end == c.begin ||
        c.end == c.content_end) {
      return false;
    }
    // は or が right after the noun: not 政府として.
    const auto& particle = m_tokens[c.content_end].surface;
    if (particle != "は" && particle != "が") return false;
    return m_k.rules.head_kind(m_tokens[c.content_end - 1]) != nullptr;
  }

  // Whether the particles after phrase c's content spell `particle`.
  bool has_particle(const Chunk& c, std::string_view particle) const {
    thread_local std::string tail;  // per thread, so that its buffer is allocated once
    tail.clear();
    for (auto i = c.content_end; i < c.end; ++i) tail += m_tokens[i].surface;
    return tail.find(particle) != std::string::npos;
  }

  // Whether phrase c's particles end with は or も: デンマークに対しては.
  bool has_topic_particle(const Chunk& c) const {
    for (auto i = c.content_end; i < c.end; ++i) {
      if (m_tokens[i].pos == "助詞" && (m_tokens[i].surface == "は" || m_tokens[i].surface == "も")) return true;
    }
    return false;
  }

  // Whether a topic naming actors comes before phrase j in its segment:
  // 日米両国は、米国が…を設置して以後、緊密な関係にある: the が-subject is
  // then its own clause's, and the topic governs the sentence's last
  // predicate (not one inside a complement: Xは、Yが…し、…したことを確認した).
  bool topic_before(std::size_t j) const {
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& c = m_chunks[k];
      if (c.quote != m_chunks[j].quote) continue;
      if (c.case_ == Case::topic && !c.actors.empty() && !c.absorbed) return true;
    }
    return false;
  }

  // ウクライナの要請を受けて、ドイツは…: a て-clause that opens the sentence
  // without a subject of its own shares the topic named after it.
  void subject_after(Frame& frame, std::size_t p, Voice voice, const RelationType& relation) {
    const Chunk& pred = m_chunks[p];
    if (!pred.predicate || pred.ending != Ending::continuative || pred.end == pred.content_end) return;
    const Token& last = m_tokens[pred.end - 1];
    const Token& before = m_tokens[pred.end >= 2 ? pred.end - 2 : pred.end - 1];
    const bool te = last.pos1 == "接続助詞" || (last.pos == "記号" && before.pos1 == "接続助詞");
    if (!te || (before.surface != "て" && before.surface != "で" && last.surface != "て" && last.surface != "で")) return;
    const RoleRule* rule = m_k.rules.role_for(Form::verb, voice, Case::topic);
    if (!rule || !(rule->role == Role::source ? frame.source : frame.target).actors.empty()) return;
    // The first clause of the sentence, or one after clauses that end in a
    // comma (…公表されていないが、Yの要請に応じて…): no subject of its own.
    for (std::size_t j = 0; j < p; ++j) {
      const Chunk& c = m_chunks[j];
      if (c.quote != pred.quote) continue;
      // (A relative clause is inside a noun phrase; …によれば、 frames the sentence.)
      if (c.predicate && !c.comma && c.ending != Ending::attributive) return;
      if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty()) return;
    }
    for (std::size_t k = p + 1; k < m_chunks.size(); ++k) {
      const Chunk& c = m_chunks[k];
      if (c.predicate || c.quote != pred.quote) return;
      // A て-clause shares its subject with the main clause, topic or が.
      if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed) {
        take(frame, c, Form::verb, voice, relation, 0.8);
        return;
      }
    }
  }

  // The subject (が) of the relative clause whose predicate is chunk p, when p
  // modifies the noun after it: 中国が台湾周辺で行った|演習 -> CHN.
  std::vector<ActorRef> relative_subject(std::size_t p) const {
    // ハマスが示した|段階的な|停戦案: past adjectives of the same noun.
    while (p > 0 && !m_chunks[p].predicate && m_chunks[p].case_ == Case::none && m_chunks[p].actors.empty() &&
           m_chunks[p].trigger < 0 && !m_chunks[p].comma) {
      --p;
    }
    const Chunk& pred = m_chunks[p];
    if (!pred.predicate || pred.ending != Ending::attributive || pred.passive) return {};
    for (std::size_t k = p; k-- > 0;) {
      const Chunk& a = m_chunks[k];
      if (a.predicate || a.quote != pred.quote || a.case_ == Case::topic) return {};
      if (a.case_ == Case::nom && !a.actors.empty() && !a.absorbed) return a.metonym_only ? std::vector<ActorRef>{} : a.actors;
    }
    return {};
  }

  // The subject of the clauses before phrase j, past at least one clause
  // end in j's segment: who did what これ points back to.
  std::vector<ActorRef> doer_before(std::size_t j) const {
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

  // The state a clause of place (Yに位置し、 / Yにある) chained into the
  // relative clause ending at p puts its noun in: Y's actors, or the state
  // of a place of Y (ウクライナ南東部).
  std::vector<ActorRef> located_in(std::size_t p) const {
    for (std::size_t k = p; k-- > 1;) {
      const Chunk& c = m_chunks[k];
      if (c.quote != m_chunks[p].quote) return {};
      if (!c.predicate) continue;
      if (c.ending != Ending::continuative && c.ending != Ending::attributive) return {};
      if (!function_at(k, Function::located) || m_chunks[k - 1].case_ != Case::dat) continue;
      return place_state(m_chunks[k - 1]);
    }
    return {};
  }

  // What a phrase naming a place puts things in: its actors (not a capital
  // standing only for a place), or the state of a place of it (ウクライナ南東部).
  static std::vector<ActorRef> place_state(const Chunk& place) {
    if (!place.actors.empty()) return place.metonym_only ? std::vector<ActorRef>{} : place.actors;
    return place.possessor;
  }

  // The actors that own noun phrase j through a chain of の-phrases or a
  // による-phrase: 日米韓の|軍事協力の|強化が -> JPN, USA, KOR.
  std::vector<ActorRef> owners_before(std::size_t j) const {
    for (std::size_t k = j; k-- > 0;) {
      const Chunk& a = m_chunks[k];
      // Yからの|対話の|申し出: what comes from Y is Y's too; シリア軍の|兵器庫や|
      // 防空施設: an owner before a list owns all of it.
      const bool unnamed_item = a.case_ == Case::coord && a.actors.empty();
      if (a.predicate || a.absorbed ||
          (a.case_ != Case::gen && a.case_ != Case::agent_adn && a.case_ != Case::abl_adn && !unnamed_item)) {
        break;
      }
      if (!a.actors.empty()) return a.metonym_only ? std::vector<ActorRef>{} : a.actors;
    }
    return {};
  }

  // A relative clause's head noun is its missing subject (the receiver, when
  // passive or received), before any topic of the sentence: カラガノフは…
  // ウクライナを支持する|ヨーロッパ諸国への攻撃を… -> EUROPE supports UKR;
  // ロシアの攻撃を受けた|ウクライナ東部 -> RUS attacks UKR.
  void relative_head(Frame& frame, std::size_t p, Voice voice, const RelationType& relation) {
    const Chunk& pred = m_chunks[p];
    if (!pred.predicate || pred.ending != Ending::attributive) return;
    std::size_t h = p + 1;  // the head noun phrase, after any の-phrase merged into it
    while (h < m_chunks.size() && m_chunks[h].absorbed) ++h;
    if (h >= m_chunks.size() || m_chunks[h].predicate) return;
    const Chunk& noun = m_chunks[h];
    const Role role = voice == Voice::active ? Role::source : Role::target;
    static const RoleRule relative{"verb.relative", Form::verb, Voice::active, Case::none, Role::source, 0.8};
    if (!noun.actors.empty() && usable(noun, role, relation)) {
      fill(role == Role::source ? frame.source : frame.target, noun.actors, &relative, 1.0);
    } else if (noun.actors.empty() && role == Role::target && !noun.possessor.empty()) {
      // A place of a state (ウクライナ東部) stands for the state that receives the act.
      fill(frame.target, noun.possessor, &relative, 0.85);
    } else if (noun.actors.empty() && role == Role::target && relation.raise_object) {
      // ウクライナ南東部に位置し、…に占領された|発電所: a site in a state that
      // another clause on the same noun places there.
      const auto place = located_in(p);
      static const RoleRule located{"verb.relative_site", Form::verb, Voice::active, Case::none, Role::target, 0.7};
      if (!place.empty()) fill(frame.target, place, &located, 1.0);
    }
  }

  // 同盟国ベラルーシ, 米国の同盟国日本: an ally named in apposition cooperates
  // with the owner of the word, or else with the sentence's topic
  // (ロシアは…同盟国ベラルーシの領土に…).
  void read_ally(std::size_t j, std::vector<RelationMention>& out) {
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
      for (std::size_t k = j; k-- > 0;) {
        const Chunk& t = m_chunks[k];
        if (t.case_ == Case::topic && !t.actors.empty() && t.quote == c.quote) {
          fill(frame.source, t.actors, &topic, 1.0);
          break;
        }
      }
    }
    if (frame.source.actors.empty()) return;
    fill(frame.target, c.actors, &ally, 1.0);
    emit(frame, *trigger, relation, out);
  }

  // ウクライナ東部で獲得した|領土を保持: territory a relative clause places
  // in a state is that state's.
  void relative_place(Frame& frame, std::size_t t, const RelationType& relation) {
    if (!relation.place_target || !frame.target.actors.empty() || t == 0) return;
    const Chunk& pred = m_chunks[t - 1];
    if (!pred.predicate || pred.ending != Ending::attributive || pred.quote != m_chunks[t].quote) return;
    for (std::size_t k = t - 1; k-- > 0;) {
      const Chunk& c = m_chunks[k];
      if (c.predicate || c.quote != pred.quote || c.case_ == Case::topic || c.case_ == Case::nom) return;
      if (c.case_ != Case::loc && c.case_ != Case::dat) continue;
      static const RoleRule rule{"noun.relative_place", Form::noun, Voice::active, Case::loc, Role::target, 0.7};
      if (const auto place = place_state(c); !place.empty()) fill(frame.target, place, &rule, 1.0);
      return;
    }
  }

  // 中国へのヘッジとして、日米は…: an act the clause is done as is done by
  // the clause's subject, named after it.
  void as_act_doer(Frame& frame, std::size_t t) {
    const Chunk& head = m_chunks[t];
    if (!frame.source.actors.empty() || frame.target.actors.empty() || head.predicate || !has_particle(head, "として")) {
      return;
    }
    for (std::size_t k = t + 1; k < m_chunks.size(); ++k) {
      const Chunk& c = m_chunks[k];
      if (c.quote != head.quote) continue;
      if (c.predicate && c.ending != Ending::attributive) return;
      if ((c.case_ == Case::topic || c.case_ == Case::nom) && !c.actors.empty() && !c.absorbed) {
        static const RoleRule rule{"noun.as_act_doer", Form::noun, Voice::active, Case::topic, Role::source, 0.7};
        fill(frame.source, c.actors, &rule, 1.0);
        return;
      }
    }
  }

  // Xは、Yが…すれば、「…結果を招く」と述べた: a saying that sets a condition
  // on Y's act and promises a threat (結果, 代償, 報復) warns Y, whatever
  // the verb of saying.
  void read_threat(std::size_t p, std::vector<RelationMention>& out) {
    const Chunk& say = m_chunks[p];
    if (!say.predicate || say.quote != 0 || say.trigger >= 0 || !function_at(p, Function::say)) return;
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
    std::size_t condition = p;
    for (std::size_t k = speaker + 1; k < p && condition == p; ++k) {
      if (m_chunks[k].predicate && m_chunks[k].conditional && m_chunks[k].quote == say.quote) condition = k;
    }
    if (condition == p) return;
    bool threat = false;
    for (std::size_t k = condition + 1; k < p && !threat; ++k) threat = function_at(k, Function::threat);
    if (!threat) return;
    const Chunk* subject = nullptr;
    for (std::size_t k = condition; k-- > speaker + 1;) {
      const Chunk& c = m_chunks[k];
      if (c.quote == say.quote && c.case_ == Case::nom && !c.actors.empty() && !c.absorbed) {
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
      // Said already by a trigger of warning (警告した).
      if (r.relation == warns && r.source == frame.source.actors[0].actor && r.target == frame.target.actors[0].actor) return;
    }
    mentions::TriggerMention verb{word, say.begin, say.content_end};
    emit(frame, verb, relation, out, static_cast<std::uint16_t>(warns));
  }

  // ウクライナ側と西側同盟国は: allies (a name ending in 同盟国) listed
  // beside another actor are that actor's allies (eval/DECISIONS.md).
  void read_allies_listed(std::size_t j, std::vector<RelationMention>& out) {
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

  // Xが提案し、Yが同意した: consent to a proposal is an agreement with the
  // proposer, the subject of the clause that goes on into this one.
  void proposer(Frame& frame, std::size_t t, const RelationType& relation) {
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
  void mediated_parties(Frame& frame, std::size_t t) {
    const Chunk& head = m_chunks[t];
    if (!frame.target.actors.empty() || !frame.pair.empty() || !function_at(t, Function::mediate)) return;
    std::size_t from = t + 1;
    if (head.predicate && head.ending != Ending::continuative && !frame.source.actors.empty()) {
      // XとY、…で合意 米が仲介; XとYは…合意し、Zが仲介した: the sides of the
      // deal or talks the clause before states.
      static const RoleRule rule{"verb.mediated", Form::verb, Voice::active, Case::none, Role::target, 0.7};
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
    } else if (head.case_ != Case::loc && head.case_ != Case::agent) {
      return;
    } else if (frame.source.actors.empty()) {
      return;
    }
    for (std::size_t j = from; j < m_chunks.size(); ++j) {
      const Chunk& c = m_chunks[j];
      if (c.predicate) return;
      // …の仲介でYとZによる協議が行われた: the parties that own the meeting.
      const bool owns_meeting = (c.case_ == Case::agent_adn || c.case_ == Case::gen) && j + 1 < m_chunks.size() &&
                                m_chunks[j + 1].trigger >= 0 && relation_of(m_chunks[j + 1]).symmetric;
      if (c.absorbed || c.actors.empty() || (c.case_ != Case::nom && c.case_ != Case::topic && !owns_meeting)) continue;
      // Only a meeting or a deal has parties to mediate between: a symmetric
      // trigger up to the clause's predicate (合意した, 交渉に臨んだ).
      bool meeting = false;
      for (std::size_t p = j + 1; p < m_chunks.size() && !meeting; ++p) {
        meeting = m_chunks[p].trigger >= 0 && relation_of(m_chunks[p]).symmetric;
        if (m_chunks[p].predicate) break;
      }
      if (!meeting) return;
      static const RoleRule rule{"noun.mediated", Form::noun, Voice::active, Case::none, Role::target, 0.75};
      fill(frame.target, c.actors, &rule, 1.0);
      return;
    }
  }

  // Whether predicate p is a relative clause on a noun that names an unnamed
  // doer (勢力, 組織, 部隊): that noun is the clause's subject.
  bool relative_agent(std::size_t p) const {
    if (!m_chunks[p].predicate) return false;
    // 供給したと|される|第三国の企業: an evidential wraps the clause.
    if (m_chunks[p].ending == Ending::quoted && p + 1 < m_chunks.size() && m_chunks[p + 1].predicate &&
        m_chunks[p + 1].trigger < 0 && m_chunks[p + 1].ending == Ending::attributive) {
      ++p;
    }
    if (m_chunks[p].ending != Ending::attributive) return false;
    std::size_t h = p + 1;
    // 第三国の|企業, UAEの|企業: an の-phrase is part of the head noun phrase.
    while (h < m_chunks.size() &&
           (m_chunks[h].absorbed ||
            (m_chunks[h].case_ == Case::gen && m_chunks[h].trigger < 0 && !m_chunks[h].predicate))) {
      ++h;
    }
    return h < m_chunks.size() && m_chunks[h].actors.empty() && m_chunks[h].trigger < 0 &&
           function_at(h, Function::agent);
  }

  // ハマスの拠点を狙った|空爆: what an act is aimed at, in a relative clause
  // of aiming on it, names the target.
  void aimed_at(Frame& frame, std::size_t t) {
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
  void aimed_object(Frame& frame, std::size_t aim) {
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

  // Adnominal phrases before a nominal trigger: Xの, Xによる, Xへの, Xとの ...
  void nominal_arguments(Frame& frame, std::size_t t, const RelationType& relation) {
    const Chunk& head = m_chunks[t];
    const Voice voice = active_voice(t);
    if (relation.raise_object) aimed_at(frame, t);
    for (std::size_t j = t; j-- > 0;) {
      const Chunk& c = m_chunks[j];
      if (c.quote != head.quote) break;
      const bool adnominal = c.case_ == Case::gen || c.case_ == Case::agent_adn || c.case_ == Case::dat_adn ||
                             c.case_ == Case::com_adn || c.case_ == Case::abl_adn || c.case_ == Case::coord_pair ||
                             c.case_ == Case::about_adn;
      const bool modifier = !c.predicate && c.case_ == Case::none && c.actors.empty() && !c.comma;
      if (c.absorbed || m_used[j]) continue;
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
      if (!c.actors.empty() && head.phrase_object && relation.raise_object && c.case_ == Case::gen &&
          usable(c, Role::target, relation)) {
        // 中国の輸出を規制, ロシアの資産を凍結: the object of a phrase is a
        // thing, not an act, and its owner is what the phrase acts against.
        static const RoleRule owner{"phrase.owner", Form::noun, Voice::active, Case::gen, Role::target, 0.8};
        fill(frame.target, c.actors, &owner, 1.0);
      } else if (!c.actors.empty()) {
        take(frame, c, Form::noun, voice, relation, 1.0);
      } else if (adnominal) {
        raise(frame, j, Form::noun, voice, relation, 1.0);
      }
    }
  }

  // 防衛協力の強化で合意した, 連携強化で一致した: the act agreed on is done
  // together by those who agree. Returns the agreeing predicate or -1.
  long agreed_on(std::size_t t) const {
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

  // Whether chunk p is a request or a warning, whose quoted content (〜と,
  // 〜よう) states no act of its own (eval/DECISIONS.md, embedded content).
  bool embeds_content(std::size_t p) const {
    if (p >= m_chunks.size() || !m_chunks[p].predicate || m_chunks[p].trigger < 0) return false;
    const auto& name = relation_of(m_chunks[p]).name;
    return name == "requests" || name == "warns";
  }

  // The phrase that stands for nominal trigger chunk t in its clause: t
  // itself, or a verbal noun after 〜の that carries the act on
  // (協力の|強化に取り組む, 支援の|継続を表明, 関係の|強化), whose case and
  // governing verb are then the act's.
  std::size_t act_head(std::size_t t) const {
    const Chunk& c = m_chunks[t];
    if (c.case_ != Case::gen || c.predicate || t + 1 >= m_chunks.size()) return t;
    const Chunk& next = m_chunks[t + 1];
    if (next.predicate || !next.actors.empty() || next.trigger >= 0 || next.quote != c.quote ||
        next.content_end != next.begin + 1) {
      return t;
    }
    const Token& noun = m_tokens[next.begin];
    // 東欧配備の|部隊を増強: the troops a deployment moves carry it too.
    const bool troops = c.trigger >= 0 && relation_of(c).name == "deploys" && function_at(t + 1, Function::troops);
    // 資産凍結の|対象を拡大: a tail noun of the act (対象, 措置) stands for it.
    const bool carries = next.phrase_noun || troops || function_at(t + 1, Function::tail) ||
                         (noun.pos1 == "サ変接続" && function_at(t + 1, Function::support));
    return carries ? t + 1 : t;
  }

  // The predicate governing nominal trigger chunk t, when t is its object or
  // subject: 攻撃を行った, 支援を受けて, 空爆を停止した. Returns its index or -1.
  long governing_predicate(std::size_t t) const {
    const Chunk& head = m_chunks[t];
    // 〜を制裁対象に指定する: the act named in に is what the verb designates.
    // 緊密な関係に|ある: a qualified noun's own predicate.
    // Yを…パートナーと位置づける: the noun the object is named as.
    const bool designated = t + 1 < m_chunks.size() &&
                            ((head.case_ == Case::dat && (function_at(t + 1, Function::designate) ||
                                                          // Yの要請に応じて: a request taken up.
                                                          (head.trigger >= 0 && relation_of(head).name == "requests" &&
                                                           function_at(t + 1, Function::accept)) ||
                                                          (head.phrase_object && m_chunks[t + 1].phrase_verb))) ||
                             ((head.case_ == Case::com || head.case_ == Case::quote) &&
                              function_at(t + 1, Function::name_as)));
    if (head.case_ != Case::acc && head.case_ != Case::nom && head.case_ != Case::topic && head.case_ != Case::abl &&
        !designated) {
      return -1;
    }
    for (std::size_t j = t + 1; j < m_chunks.size() && j <= t + 3; ++j) {
      const Chunk& c = m_chunks[j];
      if (c.predicate || c.trigger >= 0) return static_cast<long>(j);
      // 会談はトランプ氏が主導した: a topicalised act keeps the predicate's own subject.
      const bool own_subject = head.case_ == Case::topic && c.case_ == Case::nom;
      if (!c.actors.empty() && c.case_ != Case::against && c.case_ != Case::dat && !own_subject) return -1;
    }
    return -1;
  }

  void read_mood(Frame& frame, std::size_t p) {
    const Chunk& c = m_chunks[p];
    if (c.negated) frame.negated = true;
    if (c.conditional) frame.hypothetical = true;
    // "しなければならない": an obligation, not a denial.
    for (auto i = c.content_end; i + 1 < c.end; ++i) {
      if (m_tokens[i].base == "ない" && m_tokens[i].conj_form.find("仮定") != std::string::npos) {
        if (p + 1 < m_chunks.size()) {
          const Token& next = m_tokens[m_chunks[p + 1].begin];
          if (next.base == "なる" || next.base == "いける") frame.negated = false;
        }
      }
    }
    for (auto i = c.content_end; i < c.end; ++i) {
      if (m_k.rules.has_function(m_tokens[i], Function::hypothetical)) frame.hypothetical = true;
    }
    // 輸出していることを否定した, 攻撃したと否定した: the act is denied.
    if (p + 2 < m_chunks.size() && m_tokens[m_chunks[p + 1].begin].base == "こと" &&
        function_at(p + 2, Function::deny)) {
      frame.negated = true;
    }
    if (c.ending == Ending::quoted && p + 1 < m_chunks.size() && function_at(p + 1, Function::deny)) {
      frame.negated = true;
    }
    // Mood words in the next few phrases of the same clause: 可能性, 予定, かもしれない.
    for (std::size_t j = p + 1; j < m_chunks.size() && j <= p + 3; ++j) {
      // 武器売却に反対する考え: the intention is the next act's, not this one's.
      if (m_chunks[j].trigger >= 0 && m_chunks[j].predicate) break;
      if (function_at(j, Function::hypothetical)) frame.hypothetical = true;
      for (auto i = m_chunks[j].content_end; i < m_chunks[j].end; ++i) {
        if (m_k.rules.has_function(m_tokens[i], Function::hypothetical)) frame.hypothetical = true;
      }
      if (m_chunks[j].trigger >= 0 || m_chunks[j].comma || m_chunks[j].ending == Ending::final) break;
    }
  }

  void read_trigger(std::size_t t, std::vector<RelationMention>& out) {
    const Chunk& head = m_chunks[t];
    const auto& trigger_mention = m_triggers[head.trigger];
    const RelationType& relation = relation_of(head);
    Frame frame;
    bool refused = false;  // talks not taken up: the refuser rejects the other side
    if (head.predicate) {
      // 攻撃すると警告した, 停止するよう求めた: what is threatened or asked for is
      // the warning's or the request's content, no act of its own.
      if (head.ending == Ending::quoted && embeds_content(t + 1)) return;
      // 派遣していないと否定した: denying a proposition negates it (read_mood);
      // it rejects no one.
      // But Yの主張を「…」と否定した denies Y's words, so it rejects Y.
      if (relation.name == "rejects" && function_at(t, Function::deny) && t > 0 &&
          (((m_chunks[t - 1].ending == Ending::quoted || m_chunks[t - 1].case_ == Case::quote) && !object_before_quote(t)) ||
           m_tokens[m_chunks[t - 1].begin].base == "こと" ||
           (m_chunks[t - 1].case_ == Case::acc && m_chunks[t - 1].trigger >= 0))) {
        return;
      }
      // 利害が一致する: interests that coincide are no agreement.
      if (relation.name == "agrees" && t > 0 && m_chunks[t - 1].case_ == Case::nom && m_chunks[t - 1].actors.empty() &&
          function_at(t - 1, Function::interest)) {
        return;
      }
      // What is deployed may be the passive's subject; に stays the destination.
      const bool flip = head.passive && !relation.theme_passive;
      verbal_arguments(frame, t, flip ? Voice::passive : active_voice(t), relation, t, t);
      proposer(frame, t, relation);
      if (function_at(t, Function::mediate)) frame.mediator = true;
      mediated_parties(frame, t);
      read_mood(frame, t);
    } else {
      // Compound: ウクライナ侵攻 (target), ロシア・ウクライナ・米国三者協議 (all parties).
      if (!head.compound.empty()) {
        if (relation.symmetric && head.compound.size() >= 2) {
          frame.pair = head.compound;
          frame.pair_rule = "noun.compound_pair";
          frame.pair_confidence = 0.85;
        } else {
          const RoleRule* rule = m_k.rules.role_for(Form::noun, active_voice(t), Case::compound);
          if (rule) fill(rule->role == Role::source ? frame.source : frame.target, head.compound, rule, 1.0);
        }
      }
      nominal_arguments(frame, t, relation);
      as_act_doer(frame, t);
      relative_place(frame, t, relation);
      // ロシアがウクライナに行った|攻撃, 米国が主導する|対中包囲網: a relative
      // clause of a support verb on the act holds the act's arguments.
      if (t > 0 && m_chunks[t - 1].predicate && m_chunks[t - 1].ending == Ending::attributive &&
          m_chunks[t - 1].trigger < 0 && m_chunks[t - 1].quote == head.quote &&
          function_at(t - 1, Function::support)) {
        verbal_arguments(frame, t - 1, m_chunks[t - 1].passive ? Voice::passive : active_voice(t), relation, t, t + 1);
      }
      // 北京仲介のイラン・サウジ合意: the mediator named in the compound, the
      // parties in the compound of the act it qualifies.
      if (function_at(t, Function::mediate) && head.case_ == Case::gen && !head.compound.empty() &&
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
      // The parties talk with each other too, through the mediator.
      if (function_at(t, Function::mediate) && frame.source.actors.size() >= 2 && frame.target.actors.empty()) {
        static const RoleRule parties{"noun.mediated_pair", Form::noun, Voice::active, Case::gen, Role::target, 0.8};
        fill(frame.target, frame.source.actors, &parties, 1.0);
        frame.pair = frame.source.actors;
        frame.pair_rule = "noun.mediated_pair";
        frame.pair_confidence = 0.7;
        frame.source = Filler{};
      }
      // エジプトとカタールが仲介役を務め: mediators side by side do not talk to each other.
      if (function_at(t, Function::mediate)) frame.mediator = true;
      mediated_parties(frame, t);
      // トランプ大統領との会談で、…; …との首脳会談に前向き: whoever the clause
      // is about takes part.
      const std::size_t h = act_head(t);
      const Chunk& outer_head = m_chunks[h];
      if ((outer_head.case_ == Case::loc || outer_head.case_ == Case::dat) && relation.symmetric &&
          frame.source.actors.empty() && !frame.target.actors.empty()) {
        for (std::size_t p = h + 1; p < m_chunks.size(); ++p) {
          if (!m_chunks[p].predicate) continue;
          if (m_chunks[p].quote == head.quote) {
            Frame clause;
            verbal_arguments(clause, p, Voice::active, relation, t, h + 1);
            if (clause.source.rule && (clause.source.rule->case_ == Case::topic || clause.source.rule->case_ == Case::nom)) {
              frame.source = clause.source;
            }
            // 連携には慎重な姿勢を崩していない: held back, not done.
            for (std::size_t k = h + 1; k <= p; ++k) {
              // …で、攻撃停止を求めた: a stop named as the object (or inside
              // another act) is what the clause asks for, not this act's.
              if (k != p && (m_chunks[k].trigger >= 0 || m_chunks[k].case_ == Case::acc)) continue;
              if (function_at(k, Function::stop)) frame.negated = true;
            }
          }
          break;
        }
      }
      // 協議の上, 会談の後: a nominal clause that reads like a verb's.
      if (head.case_ == Case::gen && t + 1 < m_chunks.size() && function_at(t + 1, Function::clause)) {
        verbal_arguments(frame, t, active_voice(t), relation, t, t);
      }
      const long p = governing_predicate(h);
      if (p >= 0) {
        const auto pi = static_cast<std::size_t>(p);
        const Chunk& pred = m_chunks[pi];
        // 攻撃を停止するよう求めた: the act belongs to what is asked for.
        if (pred.ending == Ending::quoted && embeds_content(pi + 1)) return;
        // ロシアによる…併合も承認していない: an act with its own doer (による)
        // is only judged by the verb, whose subject and mood are not the act's.
        const bool own_doer = frame.source.rule && frame.source.rule->case_ == Case::agent_adn &&
                              !function_at(pi, Function::stop) && !function_at(pi, Function::receive);
        // ロシアは米国の提案を受け入れた: the owner of a joint act that another
        // takes up is its other side.
        const bool taken_up = pred.phrase_verb || function_at(pi, Function::support);
        if (taken_up && relation.symmetric && frame.target.actors.empty() && frame.source.actors.size() == 1 &&
            frame.source.rule && frame.source.rule->case_ == Case::gen) {
          frame.target = std::move(frame.source);
          frame.source = Filler{};
        }
        if (pred.phrase_verb && head.phrase_object) {
          // 米軍を受け入れる (an inverse phrase): the subject receives.
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : active_voice(t), relation, t, h + 1);
        } else if (pred.trigger >= 0 && function_at(pi, Function::deny) && outer_head.case_ == Case::acc) {
          // ウクライナへの攻撃を否定した: the denier denies having done it.
          frame.negated = true;
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : active_voice(t), relation, t, h + 1);
        } else if (pred.trigger >= 0) {
          // What is requested or threatened is no relation of its own; what is
          // advocated (支持) is, as a possibility.
          const auto& outer = relation_of(pred);
          if (outer.name == "requests" || outer.name == "warns") return;
          if (outer.name == "supports") {
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
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : Voice::active, relation, t, h + 1);
        } else if (function_at(pi, Function::receive) ||
                   (relation.name == "requests" && outer_head.case_ == Case::dat && function_at(pi, Function::accept))) {
          // Yの要請に応じてXが…: the one who answers a request is the one asked.
          verbal_arguments(frame, pi, Voice::receive, relation, t, h + 1);
        } else if ((function_at(pi, Function::support) || function_at(pi, Function::designate) ||
                    function_at(pi, Function::name_as)) &&
                   !own_doer) {
          const Filler owner = frame.source;
          verbal_arguments(frame, pi, pred.passive ? Voice::passive : active_voice(t), relation, t, h + 1);
          // 日本はウクライナの復興支援に取り組む: when the clause names the doer,
          // the act's の-owner is whom it is for.
          if (!relation.symmetric && owner.rule && owner.rule->case_ == Case::gen && frame.target.actors.empty() &&
              frame.source.rule != owner.rule && !frame.source.actors.empty() &&
              frame.source.actors[0].actor != owner.actors[0].actor) {
            static const RoleRule rule{"noun.gen_for", Form::noun, Voice::active, Case::gen, Role::target, 0.7};
            fill(frame.target, owner.actors, &rule, 1.0);
          }
        }
        // An act judged by another (侵攻を非難する考え) keeps its own mood.
        read_mood(frame, pred.trigger >= 0 || own_doer ? t : pi);
        refused = relation.name == "negotiates" && frame.negated && pred.trigger < 0 && function_at(pi, Function::accept);
        // Yの要請に応じなかった: the request was made all the same, and the
        // one asked rejects the one who asked.
        if (relation.name == "requests" && frame.negated && pred.trigger < 0 && outer_head.case_ == Case::dat &&
            function_at(pi, Function::accept)) {
          frame.negated = false;
          if (const int rejects = m_k.lexicon.find_relation("rejects"); rejects >= 0) {
            Frame refusal = frame;
            std::swap(refusal.source, refusal.target);
            emit(refusal, trigger_mention, m_k.lexicon.relations()[rejects], out, static_cast<std::uint16_t>(rejects));
          }
        }
        // 攻撃を検討, 派遣を示唆: a support verb that only weighs the act.
        if (pred.trigger < 0 && !own_doer && function_at(pi, Function::hypothetical)) frame.hypothetical = true;
      } else if (const long a = relation.symmetric ? agreed_on(t) : -1; a >= 0) {
        const auto ai = static_cast<std::size_t>(a);
        verbal_arguments(frame, ai, Voice::active, relation, t, ai);
        read_mood(frame, ai);
      } else {
        read_mood(frame, t);
      }
    }
    // 英国、イタリアとの共同開発: partners of a joint act share it with each other.
    if (relation.symmetric && frame.pair.empty() && frame.target.actors.size() >= 2 && function_at(t, Function::joint)) {
      frame.pair = frame.target.actors;
      frame.pair_rule = "noun.joint_partners";
      frame.pair_confidence = frame.target.confidence * 0.9;
    }
    if (frame.source.actors.empty() && head.quote != 0) speaker(frame, t);
    parallel_target(frame, relation);
    carried_target(frame, t, relation);
    judged_clause(frame, relation);
    if (!head.predicate && relation.name == "negotiates") attended(t, frame, trigger_mention, relation, out);
    // (Relations are looked up by name only where they may apply: a look-up
    // hashes the name, and this runs for every trigger.)
    if (const int rejects = refused ? m_k.lexicon.find_relation("rejects") : -1;
        rejects >= 0 && frame.pair.empty()) {
      frame.negated = false;
      emit(frame, trigger_mention, m_k.lexicon.relations()[rejects], out, static_cast<std::uint16_t>(rejects));
      return;
    }
    // 部隊を送る, 兵士を供与する: what is sent is troops, so it is a deployment.
    const int deploys = relation.name == "supplies" ? m_k.lexicon.find_relation("deploys") : -1;
    if (deploys >= 0 && sends_troops(t)) {
      emit(frame, trigger_mention, m_k.lexicon.relations()[deploys], out, static_cast<std::uint16_t>(deploys));
      return;
    }
    emit(frame, trigger_mention, relation, out);
    joint_doers(frame, trigger_mention, out);
  }

  // Whether predicate j ends a clause that goes on into the next: 〜し、,
  // 〜して, and 〜したほか、/〜する一方、 (a connective noun after it).
  bool goes_on(std::size_t j) const {
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
  std::vector<std::size_t> chained_before(std::size_t s) const {
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
  void parallel_target(Frame& frame, const RelationType& relation) {
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
  void carried_target(Frame& frame, std::size_t t, const RelationType& relation) {
    if (!frame.target.actors.empty() || !frame.pair.empty() || frame.source.chunk < 0 || !frame.source.rule ||
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
      // …がマリに派遣され、: what a passive clause's subject undergoes is no act of its own.
      if (c.ending != Ending::continuative || c.trigger < 0 || c.passive) return;
      break;
    }
    if (q <= s) return;
    for (std::size_t j = q; j-- > s + 1;) {
      const Chunk& c = m_chunks[j];
      if (c.quote != m_chunks[q].quote) continue;
      if (c.predicate || c.case_ == Case::topic || c.case_ == Case::nom) return;
      const bool aimed = c.case_ == Case::dat || c.case_ == Case::against || c.case_ == Case::dat_adn ||
                         c.case_ == Case::acc;
      if (aimed && usable(c, Role::target, relation)) {
        static const RoleRule rule{"verb.carried_target", Form::verb, Voice::active, Case::dat, Role::target, 0.55};
        fill(frame.target, c.actors, &rule, 1.0);
        return;
      }
    }
  }

  // 北朝鮮は…ミサイルを発射し、日米韓は強く非難した: a judgement with no one
  // named is about the doer of the clause that goes on into it.
  void judged_clause(Frame& frame, const RelationType& relation) {
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

  // ワグネルの戦闘員がマリ軍とともに…を襲撃: those who act together cooperate
  // (eval/DECISIONS.md); the particle とともに is the trigger. Once per phrase,
  // however many acts it joins.
  void joint_doers(const Frame& frame, const mentions::TriggerMention& act, std::vector<RelationMention>& out) {
    if (frame.with.empty() || frame.source.actors.empty() || frame.negated) return;
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
    mentions::TriggerMention particle = act;
    particle.begin = with.content_end;
    particle.end = with.end;
    emit(joint, particle, m_k.lexicon.relations()[cooperates], out, static_cast<std::uint16_t>(cooperates));
  }

  // 米ロ会合では、米国側から…ヴィトコフ氏、…クシュナー氏が出席した: whoever
  // attends a meeting of named sides talks with each side they do not
  // belong to (eval/DECISIONS.md).
  void attended(std::size_t t, const Frame& meeting, const mentions::TriggerMention& trigger,
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

  // 報道官は「パキスタンの主権を断固支持する」と述べた: quoted words with no
  // subject of their own are the speaker's, the subject of the verb of saying
  // after 「…」と.
  void speaker(Frame& frame, std::size_t t) {
    const int quote = m_chunks[t].quote;
    std::size_t q = t + 1;
    while (q < m_chunks.size() && m_chunks[q].quote == quote) ++q;
    if (q == m_chunks.size() || m_chunks[q - 1].case_ != Case::quote) return;
    for (std::size_t s = q; s < m_chunks.size() && s <= q + 1; ++s) {
      if (!m_chunks[s].predicate) continue;
      Frame outer;
      verbal_arguments(outer, s, Voice::active, relation_of(m_chunks[t]), s, s);
      if (outer.source.actors.empty()) return;
      static const RoleRule rule{"quote.speaker", Form::verb, Voice::active, Case::topic, Role::source, 0.7};
      fill(frame.source, outer.source.actors, &rule, outer.source.confidence);
      return;
    }
  }


  // Whether the object of trigger t (its を-phrase in the same clause) names troops.
  bool sends_troops(std::size_t t) const {
    for (std::size_t j = t; j-- > 0;) {
      const Chunk& c = m_chunks[j];
      if (c.predicate) return false;
      if (c.case_ != Case::acc) continue;
      if (!function_at(j, Function::troops)) return false;
      // 武器や軍事顧問を提供: arms go with the advisers, so it is a supply.
      for (std::size_t k = j; k-- > 0 && m_chunks[k].case_ == Case::coord && m_chunks[k].actors.empty();) {
        if (!function_at(k, Function::troops)) return false;
      }
      return true;
    }
    return false;
  }

  // XをYの攻撃から守る: Y attacks X, and whoever protects X deters Y
  // (eval/DECISIONS.md). The attack's source came from its own の-phrase.
  void protect(Frame& frame, std::size_t t, std::size_t p, const RelationType& relation,
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

  void emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
            std::vector<RelationMention>& out) const {
    emit(frame, trigger, relation, out, trigger.trigger->relation);
  }

  void emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
            std::vector<RelationMention>& out, std::uint16_t relation_index) const {
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
    const bool has_source = !frame.source.actors.empty();
    const bool has_target = !frame.target.actors.empty();
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
    if (has_source && !has_target && frame.source.actors.size() >= 2 && !frame.mediator) {
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

  // Whether `state` is the state of person `person`: no relation joins them.
  bool own_state(std::uint32_t person, std::uint32_t state) const {
    if (!is_person(person)) return false;
    const auto& actors = m_k.actors.actors();
    return m_k.actors.affiliation(actors[person]) == actors[state].id;
  }

  bool is_state(std::uint32_t actor) const {
    const auto kind = m_k.actors.kind(actor);
    return kind == mentions::ActorKind::state || kind == mentions::ActorKind::historical_state;
  }

  bool is_person(std::uint32_t actor) const {
    return m_k.actors.kind(actor) == mentions::ActorKind::person;
  }

  // The calling thread's chunks, kept from sentence to sentence (make_chunks
  // says why); one SentenceReader at a time uses them.
  static std::vector<Chunk>& chunk_buffer() {
    thread_local std::vector<Chunk> chunks;
    return chunks;
  }

  const std::vector<Token>& m_tokens;
  const mentions::Mentions& m_mentions;
  const Knowledge& m_k;
  std::vector<Chunk>& m_chunks;
  // The sentence's trigger mentions, then those of object + verb phrases;
  // Chunk::trigger indexes this.
  std::vector<mentions::TriggerMention> m_triggers;
  std::vector<bool> m_used;  // phrases already read as owners for the current trigger
  std::vector<std::size_t> m_joined;  // とともに phrases whose doers have been said to cooperate
};

}  // namespace

std::vector<RelationMention> apply_rules(const std::vector<Token>& tokens, const mentions::Mentions& mentions,
                                         const Knowledge& knowledge) {
  if (mentions.actors.empty()) return {};
  // Every relation joins two different actors (emit() drops s == o), and
  // every actor a phrase holds comes from a mention: a sentence that names
  // fewer than two actors states none, and making its phrases is the
  // engine's dearest step. (Anaphors such as 同国 and 両国 refer back to
  // mentions; a leader standing for their state in emit() still needs a
  // second actor as the source.) Keep this in step with any rule that finds
  // actors elsewhere.
  bool two_actors = false;
  const std::uint32_t* first = nullptr;
  for (const auto& m : mentions.actors) {
    for (const std::uint32_t& a : m.actors) {
      if (!first) first = &a;
      two_actors = two_actors || a != *first;
    }
  }
  if (!two_actors) return {};
  // Without a trigger word only an object + verb phrase, a threat
  // (read_threat) or allies named as such (read_allies_listed) can state a
  // relation.
  if (mentions.triggers.empty()) {
    const auto& phrases = knowledge.rules.phrases();
    bool object = false;
    thread_local std::string compound;  // a noun and its suffix; per thread, so that its buffer is allocated once
    const auto has_compound_object = [&](std::size_t i) {
      compound.assign(tokens[i - 1].surface);
      compound += tokens[i].surface;
      return phrases.has_object(compound);
    };
    for (std::size_t i = 0; i < tokens.size() && !object; ++i) {
      object = phrases.has_object(tokens[i].base) ||
               (i > 0 && tokens[i].pos1 == "接尾" && has_compound_object(i)) ||
               (tokens[i].pos == "名詞" && knowledge.rules.has_function(tokens[i], Function::threat)) ||
               (!tokens[i].actor.empty() && tokens[i].surface.ends_with("同盟国"));
    }
    if (!object) return {};
  }
  return SentenceReader(tokens, mentions, knowledge).read();
}

}  // namespace kankei::rules
