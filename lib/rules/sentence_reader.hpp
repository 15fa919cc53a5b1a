// Internal to rules/: SentenceReader, which reads the relations of one
// sentence for apply_rules() (engine.cpp). Its member functions live in
// sentence_reader.cpp and reader_*.cpp, one concern to a file; the small ones
// that every part calls are defined here, inline, so that splitting the
// reader over files costs no speed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rules/chunker.hpp"
#include "rules/rules.hpp"

namespace kankei::rules::detail {

using mentions::RelationType;
using tokens::Token;

// Whether any actor of `some` is among `others`.
inline bool shares_actor(const std::vector<ActorRef>& some, const std::vector<ActorRef>& others) {
  return std::any_of(some.begin(), some.end(), [&](const ActorRef& a) {
    return std::any_of(others.begin(), others.end(), [&](const ActorRef& o) { return o.actor == a.actor; });
  });
}

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
  bool pair_only = false;  // the pair are all the parties (日韓の連携): no subject joins them
  bool negated = false;
  bool hypothetical = false;
  bool unnamed_side = false;  // the act names its other side, if by no actor (他の国との協力)
  bool mediator = false;  // the source mediates: coordinated sources are no pair
  // The source is a relative clause's head listed as examples (…に協力する
  // リビアやチュニジア): each acts with someone unnamed, not with the others.
  bool source_examples = false;
  bool joint_sides = false;  // a count of the sides comes before the act (4か国による活動)
  std::vector<ActorRef> with;  // who acts together with the source (Xとともに)
  double with_confidence = 0.0;
  std::size_t with_chunk = 0;
};

// Reads one sentence. It keeps references to the tokens, mentions and
// knowledge it is given, which must outlive it, and uses the calling thread's
// chunk buffer (chunk_buffer()): one SentenceReader at a time per thread.
class SentenceReader {
 public:
  SentenceReader(const std::vector<Token>& tokens, const mentions::Mentions& mentions, const Knowledge& k);

  // The sentence's relations: each trigger's, then those of allies and
  // threats, with repeats dropped (drop_repeats).
  std::vector<RelationMention> read();
  static void drop_repeats(std::vector<RelationMention>& out);

 private:
  // Small helpers that every part calls, defined here so that they inline.
  const RelationType& relation_of(const Chunk& c) const {
    return m_k.lexicon.relations()[m_triggers[c.trigger].trigger->relation];
  }

  // The voice of trigger chunk t's act when nothing makes it passive: a word
  // that names the receiving side (輸入, 購入) reads as 支援を受ける does.
  Voice active_voice(std::size_t t) const {
    return m_triggers[m_chunks[t].trigger].trigger->inverse ? Voice::receive : Voice::active;
  }

  // The voice of trigger chunk t's act as read through the support verb
  // pred whose argument it is (at head h): 制裁を科された is passive, but
  // イランに制裁が科された, the act itself the passive's subject, leaves its
  // に where the act lands, not who did it.
  Voice support_voice(const Chunk& pred, const Chunk& head, std::size_t t) const {
    return pred.passive && head.case_ != Case::nom ? Voice::passive : active_voice(t);
  }

  // Whether phrase t, a tail noun of an act (対象) with と, is made what
  // the bare する after it makes its object: 企業を規制の|対象と|した.
  bool made_into(std::size_t t) const {
    if (t + 1 >= m_chunks.size() || !function_at(t, Function::tail)) return false;
    const Chunk& verb = m_chunks[t + 1];
    return verb.predicate && verb.content_end == verb.begin + 1 && m_tokens[verb.begin].base == "する";
  }

  // Whether phrase p is a verb that reaches or joins an act (達する, 参加,
  // 加わる: designate), so that a relative clause of it on the act names
  // the act's sides. Not ある, which only places it.
  bool joins_act(std::size_t p) const {
    const Chunk& c = m_chunks[p];
    return c.content_end > c.begin && m_tokens[c.begin].base != "ある" && function_at(p, Function::designate);
  }

  // Whether the phrase's content holds a function word, as one token (予定)
  // or spelled by its last tokens (可能+性).
  bool function_at(std::size_t chunk, Function f) const {
    const Chunk& c = m_chunks[chunk];
    const std::uint32_t counted = counted_end(c);
    return (counted != c.content_end && function_in(c.begin, counted, f)) || function_in(c.begin, c.content_end, f);
  }

  // Where a phrase's content ends before a count after its noun (救助隊|約|
  // 200|人, 医療チーム|25|名, 無人機|402|機: the noun is what is counted), or
  // its content's end when there is none.
  std::uint32_t counted_end(const Chunk& c) const {
    std::uint32_t k = c.content_end;
    if (k < c.begin + 3 || m_tokens[k - 1].pos2 != "助数詞") return c.content_end;
    --k;
    while (k > c.begin && m_tokens[k - 1].pos1 == "数") --k;
    if (k > c.begin && m_tokens[k - 1].pos1 == "数接続") --k;  // 約
    return k > c.begin && k + 1 < c.content_end && m_tokens[k - 1].pos == "名詞" ? k : c.content_end;
  }

  // Whether tokens [begin, end) end in a function word, as one token or
  // spelled by their last tokens.
  bool function_in(std::uint32_t begin, std::uint32_t end, Function f) const {
    // The content's surfaces joined once; each tail [i, end) is then a
    // suffix of it, where prepending token by token would copy the tail
    // again for every token.
    thread_local std::string content;  // per thread, so that its buffer is allocated once
    content.clear();
    for (auto i = begin; i < end; ++i) content += m_tokens[i].surface;
    std::size_t from = content.size();
    for (auto i = end; i-- > begin;) {
      if (m_k.rules.has_function(m_tokens[i], f)) return true;
      from -= m_tokens[i].surface.size();
      if (i + 1 < end && m_k.rules.has_function(std::string_view(content).substr(from), f)) return true;
    }
    return false;
  }

  // Whether phrase j (a trigger's) is headed by a noun after its trigger: a
  // pact or body named after the act (防衛協力|協定, 相互防衛|条約).
  bool named_after_act(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    return c.trigger >= 0 && head_of(m_tokens, c) >= m_triggers[c.trigger].end;
  }

  // Whether predicate j is a relative clause on a noun: attributive, before a
  // noun that is no formal one (こと, うえ, 際: then the clause is an argument
  // or an adverbial one).
  bool modifies_noun(std::size_t j) const {
    if (j + 1 >= m_chunks.size() || !m_chunks[j].predicate || m_chunks[j].ending != Ending::attributive ||
        m_chunks[j + 1].predicate) {
      return false;
    }
    const Token& noun = m_tokens[m_chunks[j + 1].begin];
    return noun.pos1 != "非自立" && noun.pos1 != "副詞可能";
  }

  // Whether token t is a verb of passing through (Xを介した, 通じた, 通して,
  // 経た): a means named with its object, or the third party talks go through.
  static bool passes_through(const Token& t) {
    const auto& verb = t.base;
    return verb == "通じる" || verb == "通す" || verb == "介する" || verb == "介す" || verb == "経る";
  }

  // Whether chunk k is the bare の|に対し、 that sets the clause before it
  // against the one after (…を求めた|のに対し、Yは受け入れなかった).
  bool sets_against(std::size_t k) const {
    if (k >= m_chunks.size()) return false;
    const Chunk& c = m_chunks[k];
    return c.case_ == Case::against && c.comma && c.content_end == c.begin + 1 && m_tokens[c.begin].surface == "の";
  }

  // Whether the phrases absorbed into chunk j's list were joined by や:
  // examples (XやYとの訓練), not a closed list.
  bool listed_as_examples(std::size_t j) const {
    for (std::size_t k = j; k-- > 0 && m_chunks[k].absorbed;) {
      if (has_particle(m_chunks[k], "や")) return true;
    }
    return false;
  }

  // Whether a predicate stands after chunk j in its quote level: false on a
  // line that ends on a noun (体言止め) after it.
  bool predicate_after(std::size_t j) const {
    for (std::size_t k = j + 1; k < m_chunks.size(); ++k) {
      if (m_chunks[k].predicate && m_chunks[k].quote == m_chunks[j].quote) return true;
    }
    return false;
  }

  // Whether phrase j is the object that names what was said before it
  // (…との|見方を, …という|報道を): a plain noun, no actor, act or clause.
  bool said_thing(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    return c.case_ == Case::acc && c.actors.empty() && c.trigger < 0 && !c.predicate && c.content_end > c.begin &&
           j > 0 && m_chunks[j - 1].ending == Ending::quoted && m_chunks[j - 1].quote == c.quote;
  }

  // Whether phrase j only says where the act of the noun after it is done
  // or aimed, naming no actor, after an owner named with の: ロシアの|北極
  // での|活動, NATOの|アジア太平洋地域への|拡大 (the owner owns the act).
  bool place_of_owned_act(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    if (j == 0 || c.predicate || !c.actors.empty() || !c.possessor.empty() || c.comma || c.end == c.content_end) {
      return false;
    }
    const bool where = c.case_ == Case::loc && m_tokens[c.end - 1].surface == "の";
    const bool aimed = c.case_ == Case::dat_adn;
    const Chunk& owner = m_chunks[j - 1];
    return (where || aimed) && owner.case_ == Case::gen && !owner.actors.empty() && owner.quote == c.quote;
  }

  // Whether phrase j is a bare noun naming the kind of the bracketed name
  // after it (EUの|防衛融資制度|「SAFE」から): the owner before it owns both.
  bool kind_before_name(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    return c.case_ == Case::none && !c.predicate && c.actors.empty() && c.trigger < 0 && !c.comma &&
           c.end == c.content_end && c.content_end > c.begin && c.end < m_tokens.size() &&
           m_tokens[c.end].surface == "「";
  }

  // Whether phrase j only qualifies the noun after it: 一方的な, 新たな,
  // 大規模な (a noun and the copula's な), 激しい (an adjective alone), あらゆる.
  bool adjective_only(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    if (!c.actors.empty() || c.trigger >= 0 || c.comma || c.content_end == c.begin || c.quote != m_chunks[j + 1].quote) {
      return false;
    }
    if (c.predicate) {
      // (度重なる, 相次ぐ: a verb of one word describes as an adjective does.)
      return c.ending == Ending::attributive && c.end == c.begin + 1 &&
             (m_tokens[c.begin].pos == "形容詞" ||
              (m_tokens[c.begin].pos == "動詞" && m_tokens[c.begin].conj_form == "基本形"));
    }
    // (ロシアの|核の|脅し, 中国の|軍事的な|圧力: a noun of what kind an act is
    // qualifies it as an adjective does.)
    if (c.case_ == Case::gen && c.content_end == c.begin + 1 && c.end == c.content_end + 1 &&
        m_k.rules.has_function(m_tokens[c.begin], Function::act_kind)) {
      return true;
    }
    if (c.case_ != Case::none) return false;
    if (c.end == c.content_end) return c.content_end == c.begin + 1 && m_tokens[c.begin].pos == "連体詞";
    return c.end == c.content_end + 1 && m_tokens[c.content_end].surface == "な" &&
           m_tokens[c.content_end].pos == "助動詞";
  }

  // Whether phrase j's head noun names a firm (トルコの|建設会社の, UAEの|企業2社):
  // its last noun, past a figure and counter, or before the firm's own name
  // (石油会社NIS).
  bool names_company(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    auto k = c.content_end;
    while (k > c.begin + 1 && (m_tokens[k - 1].pos1 == "数" ||
                               (m_tokens[k - 1].pos1 == "接尾" && m_tokens[k - 1].pos2 == "助数詞"))) {
      --k;
    }
    if (k > c.begin + 1 && (m_tokens[k - 1].unknown || m_tokens[k - 1].pos1 == "固有名詞") &&
        m_k.rules.has_function(m_tokens[k - 2], Function::company)) {
      return true;
    }
    return k > c.begin && m_k.rules.has_function(m_tokens[k - 1], Function::company);
  }

  // 中国を|念頭に, 同盟を|軸に: an object followed by a bare noun with に and
  // no verb: the object of a verb left out (念頭に置いて), not of the clause.
  bool aside_object(const Chunk& c) const {
    const auto at = static_cast<std::size_t>(&c - m_chunks.data());
    if (at + 1 >= m_chunks.size()) return false;
    const Chunk& next = m_chunks[at + 1];
    return next.case_ == Case::dat && !next.predicate && next.actors.empty() && next.possessor.empty() &&
           next.trigger < 0 && next.content_end == next.begin + 1 && next.quote == c.quote;
  }

  // A headline has no full stop.
  bool headline() const {
    return !m_tokens.empty() && !(m_tokens.back().pos == "記号" && m_tokens.back().pos1 == "句点");
  }

  // Whether actors of this phrase can fill a role at all: metonyms (モスクワ)
  // act as subjects and agents; as other arguments they are places, except
  // where a capital is attacked, supplied, garrisoned, addressed or talked
  // with (キーウへの攻撃, モガディシオに基地を置く, 北京と協議).
  bool usable(const Chunk& c, Role role, const RelationType& relation) const {
    if (c.absorbed || c.actors.empty()) return false;
    // ハイチで活動するGSFに部隊を派遣: a force or body that troops join is no
    // territory; where it acts is.
    if (role == Role::target && relation.place_target &&
        std::all_of(c.actors.begin(), c.actors.end(), [&](const ActorRef& a) {
          return m_k.actors.kind(a.actor) == mentions::ActorKind::organisation;
        })) {
      return false;
    }
    if (!c.metonym_only) return true;
    if (role == Role::source) return c.case_ != Case::loc && c.case_ != Case::abl && c.case_ != Case::none;
    // 北京に求めた, ワシントンに警告した: a capital addressed speaks for its state.
    const bool addressed = (c.case_ == Case::dat || c.case_ == Case::against) &&
                           (relation.name == "requests" || relation.name == "warns" || relation.name == "criticizes");
    // 北京とモスクワの双方と首脳外交を重ねる: a capital talked with too.
    // (モスクワとの対話を重視: so is one an act is with.)
    const bool partner = (c.case_ == Case::com || c.case_ == Case::com_adn) && relation.symmetric;
    return addressed || partner || relation.name == "attacks" || relation.name == "supplies" ||
           relation.name == "occupies" || relation.name == "deploys";
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

  // Whether the particles after phrase c's content spell `particle`.
  bool has_particle(const Chunk& c, std::string_view particle) const {
    thread_local std::string tail;  // per thread, so that its buffer is allocated once
    tail.clear();
    for (auto i = c.content_end; i < c.end; ++i) tail += m_tokens[i].surface;
    return tail.find(particle) != std::string::npos;
  }

  // について marks what a judgement is about (Case::against, like に対して),
  // which is no party to talks or a deal: 台湾情勢について協議した.
  bool regarding(const Chunk& c) const {
    return c.case_ == Case::against && c.content_end < c.end && m_tokens[c.content_end].surface == "について";
  }

  bool is_state(std::uint32_t actor) const {
    const auto kind = m_k.actors.kind(actor);
    return kind == mentions::ActorKind::state || kind == mentions::ActorKind::historical_state;
  }
  bool all_states(const std::vector<ActorRef>& actors) const {
    return std::all_of(actors.begin(), actors.end(), [&](const ActorRef& a) { return is_state(a.actor); });
  }

  bool is_person(std::uint32_t actor) const {
    return m_k.actors.kind(actor) == mentions::ActorKind::person;
  }

  // sentence_reader.cpp: the phrases made triggers, and each trigger's reading.
  static std::vector<Chunk>& chunk_buffer();
  bool is_adverb(std::size_t j) const;
  std::size_t object_before_place(std::size_t p) const;
  void find_phrases();
  void find_urged();
  void find_pact_contents();
  void destination_predicate(Frame& frame, std::size_t t);
  // Whether predicate j states what a pact lays down (…を定めた|条約).
  bool stipulates(std::size_t j) const {
    const Chunk& c = m_chunks[j];
    if (!c.predicate || c.content_end == c.begin) return false;
    const std::string_view verb = m_tokens[c.content_end - 1].base;
    return verb == "定める" || verb == "盛り込む" || verb == "規定" || verb == "明記";
  }
  bool object_before_quote(std::size_t p) const;
  bool embeds_content(std::size_t p) const;
  // Whether the verb at p modifies a noun inside what a request asks for.
  bool inside_asked(std::size_t p) const;
  void read_trigger(std::size_t t, std::vector<RelationMention>& out);
  // 軍事支援や|情報共有を|続けた: an act listed (と, や) right before another
  // shares that one's place: read at it, with its case.
  void read_listed_act(std::size_t t, std::vector<RelationMention>& out);

  // reader_emit.cpp: relation mentions from a frame.
  void emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
            std::vector<RelationMention>& out) const;
  void emit(const Frame& frame, const mentions::TriggerMention& trigger, const RelationType& relation,
            std::vector<RelationMention>& out, std::uint16_t relation_index) const;
  bool own_state(std::uint32_t person, std::uint32_t state) const;
  bool reciprocal(const mentions::TriggerMention& trigger) const;
  void joint_doers(const Frame& frame, const mentions::TriggerMention& act, std::vector<RelationMention>& out);

  // reader_arguments.cpp: argument taking, owners and doers.
  void take(Frame& frame, const Chunk& c, Form form, Voice voice, const RelationType& relation, double weight);
  // `aid`: the verb aids what its object names (支援する, triggers.tsv flag
  // material), so the object's owner is the one aided.
  void raise(Frame& frame, std::size_t j, Form form, Voice voice, const RelationType& relation, double weight,
             bool aid = false);
  void nominal_arguments(Frame& frame, std::size_t t, const RelationType& relation);
  void predicate_noun_owner(Frame& frame, std::size_t t, const RelationType& relation);
  // A headline's noun predicate (日本、中国との関係強化へ): the phrase right
  // before it naming the act's other side (との, への) is its target.
  void predicate_noun_side(Frame& frame, std::size_t t, const RelationType& relation);
  // Xは中国からの支援を求めた: a request for what is given names the giver
  // (からの) as the one asked, when nothing else does.
  void asked_giver(Frame& frame, std::size_t t, const RelationType& relation);
  // ヒズボラの後ろ盾はイランだ: a role noun (a role trigger, or one made with
  // 国 or 盾) put as the topic with its owner is played by the copula's
  // predicate.
  void role_named_by_predicate(Frame& frame, std::size_t t);
  // The phrase before noun t past phrases of rank that name no one (最大の).
  std::size_t past_rank(std::size_t t) const;
  void appositive_role(Frame& frame, std::size_t t);
  // イランは米国の制裁で…制限され: a one-sided act named as the cause (で)
  // of what befalls the clause's subject strikes that subject.
  void cause_sufferer(Frame& frame, std::size_t t, const RelationType& relation);
  // フーシ派に拘束されている|職員の|解放を求めた: who holds what is asked for
  // (the agent of a passive clause on it) is the one asked.
  void holder_asked(Frame& frame, std::size_t t);
  void request_as_cause(Frame& frame, std::size_t t, const RelationType& relation);
  std::vector<ActorRef> relative_subject(std::size_t p) const;
  std::vector<ActorRef> doer_before(std::size_t j) const;
  std::vector<ActorRef> owners_before(std::size_t j) const;

  // reader_verbal.cpp: the arguments of a predicate.
  // Whether topic j stands inside grounds given with として after the
  // sentence's own topic (Xは、Yは…ではないとして、): the grounds' own.
  bool grounds_topic(std::size_t j) const;
  bool has_own_arguments(std::size_t j) const;
  bool gives_examples(const Chunk& c) const;
  bool owner_is_for(Frame& frame, const Filler& owner, const RelationType& relation);
  bool manner_of_next(std::size_t p, const RelationType& relation) const;
  void asked_about(Frame& frame, std::size_t t, const RelationType& relation);
  void funds_for(Frame& frame, std::size_t t, const RelationType& relation);
  void seller_of_purchase(Frame& frame, std::size_t t, const RelationType& relation);
  // 国連への分担金を支払った, 国連分担金を払う: what is supplied, named as the
  // object with where it goes (への) or as dues compounded with whom they
  // are for, goes there.
  void object_destination(Frame& frame, std::size_t t, const RelationType& relation);
  void territory_owner(Frame& frame, std::size_t t, const RelationType& relation);
  bool separately() const;
  bool past_tense(const Chunk& c) const;
  bool split_compound(std::size_t t, std::vector<ActorRef>& aimed, std::vector<ActorRef>& doers) const;
  void purpose_of_owned_act(Frame& frame, std::size_t t);
  void headline_meeting_parties(Frame& frame, std::size_t t, const RelationType& relation);
  // Everyone a clause names as attending a meeting set up with には.
  bool attendees_of_meeting_set_up(std::size_t p, std::vector<RelationMention>& out);
  // A headline's later phrase with no subject: the first phrase's.
  void headline_subject(Frame& frame, std::size_t t, const RelationType& relation);
  // A role named as what its subject is (Xは…パートナーだ, 輸出先だ): towards whom.
  void role_predicate(Frame& frame, std::size_t t);
  // The holder of an aim (Xには…する狙いがある) as the doer of the act aimed at.
  void aim_holder(Frame& frame, std::size_t p);
  void verbal_arguments(Frame& frame, std::size_t p, Voice voice, const RelationType& relation,
                        std::size_t skip_from, std::size_t skip_to);
  bool names_unnamed_actor(std::size_t j) const;
  bool has_topic_particle(const Chunk& c) const;
  bool topic_before(std::size_t j) const;
  void subject_after(Frame& frame, std::size_t p, Voice voice, const RelationType& relation);
  void relative_head(Frame& frame, std::size_t p, Voice voice, const RelationType& relation);
  bool relative_agent(std::size_t p) const;
  std::vector<ActorRef> cleft_focus(std::size_t j) const;
  std::size_t relative_chain_end(std::size_t p) const;
  bool clause_subject(std::size_t p) const;
  bool clause_names_target(std::size_t p, bool place) const;

  // reader_places.cpp: places and territory.
  std::vector<ActorRef> located_in(std::size_t p) const;
  static std::vector<ActorRef> place_state(const Chunk& place);
  void relative_place(Frame& frame, std::size_t t, const RelationType& relation);
  // What the object of trigger t (its を-phrase in the same clause, with the
  // items listed before it) is: troops, goods, or both (兵士や砲弾を送る).
  enum class Sent { goods, troops, both };
  Sent sent_items(std::size_t t) const;

  // reader_constructions.cpp: special constructions.
  void read_ally(std::size_t j, std::vector<RelationMention>& out);
  void read_member_predicate(std::size_t j, std::vector<RelationMention>& out);
  void read_member_compound(std::size_t j, std::vector<RelationMention>& out);
  void read_member_welcomed(std::size_t j, std::vector<RelationMention>& out);
  // The topic or が-subject named before chunk k, in its quotation, with no
  // predicate between but clauses that go on into k's; nullptr when there
  // is none.
  const Chunk* subject_before(std::size_t k, int quote) const;
  void emit_membership(const std::vector<ActorRef>& member, const RoleRule& member_rule,
                       const std::vector<ActorRef>& body, const RoleRule& body_rule, const Chunk& c, bool negated,
                       std::vector<RelationMention>& out);
  // Xは、Yが求める|Nに|応じない: emits the refusal of a request a relative
  // clause names; true when it did (the caller reads no other refusal there).
  bool declined_for(std::size_t p, std::vector<RelationMention>& out);
  bool refused_relative_request(std::size_t p, std::vector<RelationMention>& out);
  // Xは、Yからの|ガスに|依存: the side depended on for goods supplies them.
  void read_dependence(std::size_t p, std::vector<RelationMention>& out);
  // Xは、Y、Zとの|3カ国で…: the subject and those named act together.
  void read_count_of_sides(std::size_t j, std::vector<RelationMention>& out);
  const Chunk* joint_subject(std::size_t before, int quote) const;
  // Yが打ち出した|構想に反対: the target of a refusal or judgement is the
  // subject of a relative clause that made what is refused.
  void maker_of_object(Frame& frame, std::size_t t, const RelationType& relation);
  // Xの関与が疑われる|攻撃: the doer of an attack a clause on it names.
  void involved_doer(Frame& frame, std::size_t t);
  void read_refused_request(std::size_t p, std::vector<RelationMention>& out);
  void emit_refusal(const std::vector<ActorRef>& refuser, const RoleRule& refuser_rule,
                    const std::vector<ActorRef>& asker, const RoleRule& asker_rule, std::size_t p,
                    std::vector<RelationMention>& out);
  void read_imperative(std::size_t p, std::vector<RelationMention>& out);
  bool ends_in_order(std::size_t p) const;  // quoted words end on an order (守れ, 撤退せよ, するな)
  void read_threat(std::size_t p, std::vector<RelationMention>& out);
  void read_allies_listed(std::size_t j, std::vector<RelationMention>& out);
  void read_stationed_forces(std::vector<RelationMention>& out);
  void read_jointly(std::size_t j, std::vector<RelationMention>& out);
  void read_attendees(std::size_t p, std::vector<RelationMention>& out);
  void read_joiner(std::size_t p, std::vector<RelationMention>& out);
  void as_act_doer(Frame& frame, std::size_t t);
  void proposer(Frame& frame, std::size_t t, const RelationType& relation);
  void mediated_parties(Frame& frame, std::size_t t);
  void talks_through(const Frame& talks, std::size_t t, const mentions::TriggerMention& trigger,
                     std::vector<RelationMention>& out);
  void aimed_at(Frame& frame, std::size_t t);
  void aimed_object(Frame& frame, std::size_t aim);
  void attended(std::size_t t, const Frame& meeting, const mentions::TriggerMention& trigger,
                const RelationType& relation, std::vector<RelationMention>& out);
  void speaker(Frame& frame, std::size_t t);
  void passive_speaker(Frame& frame, std::size_t t);
  Filler speaker_after(std::size_t q, const RelationType& relation);
  bool outside(const Chunk& c) const;
  void refused_request_target(Frame& frame, std::size_t t);
  void answered_request_target(Frame& frame, std::size_t t);
  void complement_speaker(Frame& frame, std::size_t t);
  void attack_set_in(Frame& frame, std::size_t t, const RelationType& relation);
  bool force_site(Frame& frame, std::size_t j, double weight);
  void done_at_request(Frame& frame, std::size_t p);
  std::vector<ActorRef> host_state(const Frame& frame, std::size_t t) const;
  void protect(Frame& frame, std::size_t t, std::size_t p, const RelationType& relation,
               const mentions::TriggerMention& trigger, std::vector<RelationMention>& out);

  // reader_mood.cpp: the predicate over a nominal act, and mood.
  long agreed_on(std::size_t t) const;
  std::size_t act_head(std::size_t t) const;
  long governing_predicate(std::size_t t) const;
  void read_mood(Frame& frame, std::size_t p);
  bool denies_an_act(std::size_t t) const;
  bool denied_ahead(std::size_t t) const;

  // reader_carry.cpp: roles carried across predicates.
  bool goes_on(std::size_t j) const;
  std::vector<std::size_t> chained_before(std::size_t s) const;
  void parallel_target(Frame& frame, const RelationType& relation);
  void carried_target(Frame& frame, std::size_t t, const RelationType& relation);
  void drop_own_side(Frame& frame, const RelationType& relation) const;
  void judged_clause(Frame& frame, const RelationType& relation);
  void headline_judged(Frame& frame, std::size_t t, const RelationType& relation);
  void reason_clause(Frame& frame, std::size_t t, const RelationType& relation);
  // …を供給したとして、Yの企業を制裁した: grounds with no subject of their own
  // before a penalty or judgement are the act of the one penalised.
  void accused_doer(Frame& frame, std::size_t t);
  // XはYの決議案に賛成したが、Zは反対した: a second subject set against the
  // first takes its stand on the first clause's object.
  void contrasted_stand(Frame& frame, std::size_t t, const RelationType& relation);
  // イラク政府は…を禁じる組織に指定しており、トルコはこれを歓迎している: an act
  // judged as これ (or それ) is the one the clause before reports, whose
  // subject is the target.
  void pronoun_act(Frame& frame, std::size_t t, const RelationType& relation);
  // (3)高市総理から、…への協力を求め、李大統領から支持が示された: a readout
  // naming two speakers with から reports an exchange, in which what the
  // first does or says, naming no one else, is aimed at the second.
  void readout_partner(Frame& frame, std::size_t t);
  // Xは、Yが…すれば交渉に応じる: the other side of talks (or a joint act)
  // taken up on a condition, the one who meets it or the one who sets it.
  void conditional_partner(Frame& frame, std::size_t t, const RelationType& relation);
  void condition_setter(Frame& frame, std::size_t t);
  void condition_subject(Frame& frame, std::size_t t, const RelationType& relation);

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

}  // namespace kankei::rules::detail
