// Relation types and the Japanese words that trigger them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "mentions/string_map.hpp"
#include "tokens/tokens.hpp"

namespace kankei::mentions {

struct RelationType {
  std::string name;      // negotiates, supplies, ...
  bool symmetric = false;
  std::string cameo;     // CAMEO root code(s): "03-04"
  std::string colour;    // for diagrams: "#1f77b4"
  std::string label_ja;  // 交渉, 供与, ...
  // The possessor of a non-actor object may stand for the target
  // (中国の覇権拡大を牽制 -> deters CHN); true for relations against someone.
  bool raise_object = false;
  // The target is a territory or a body one sends forces to, never a person:
  // 特使として派遣された is no deployment against the envoy.
  bool place_target = false;
  // In the passive, the subject is what is moved and its owner the source,
  // and に is still the destination: 北朝鮮の兵士がロシアに派遣された.
  bool theme_passive = false;
  // Whoever an act in the object is aimed at is the target: イランへの武力行使を
  // 脅かす -> warns IRN (while Xへの攻撃を支持 backs no X).
  bool aim_target = false;
};

struct Trigger {
  std::uint16_t relation = 0;  // index into Lexicon::relations()
  std::string lemma;
  bool verb_only = false;      // 求める, not a noun
  bool suru_only = false;      // 加盟する, not the noun on its own (加盟手続き, EU加盟を目指す)
  bool material = false;       // 支援: supplies when material, supports otherwise
  // The word names the receiving side of the act: Xから輸入する, Xから購入する
  // is X supplies the subject; its subject and owner are the target.
  bool inverse = false;
  // 反発: a reaction, with no object of its own. Only a side named with
  // に, への or に対して (Yの決定に反発) is its target, or the doer of a fact
  // so named (Yが…したことに反発), or the subject of the words it quotes
  // (「Yは…」と反発); never one read from a clause around it. One
  // compounded with it (イラン反発) is who reacts.
  bool named_target = false;
  // 反論: as named_target, but the words it quotes are the rebuttal's own
  // claim, about anyone; only the side named with に is rebutted.
  bool addressed_only = false;
  // 衝突, 交戦: a clash, which each side does to the other. It states a
  // relation only between two sides named (XとYが衝突, Xは Yと交戦), and
  // then in both directions.
  bool mutual = false;
  // 内戦: a war within one state, so two states are never its two sides
  // (イエメンやシリアの内戦 names where, not who).
  bool internal = false;
  // 提訴: an act brought before a court or body, which に names (Xを国際
  // 司法裁判所に提訴); the one it is brought against is never that one.
  bool venue = false;
  // 掃討: an act whose の-owner is what it is done to (アッシャバーブの掃討
  // mops up al-Shabaab), never its doer.
  bool acted_on = false;
  // パートナー, 輸出先: a role its subject plays, named as a copula's
  // predicate (Xは…の重要なパートナーだ): X's relation with whom it is so for.
  bool role = false;
  // 協定, 条約: a pact, agreed between its parties (XとYの協定); after an
  // act in a compound (防衛協力協定) the act is the compound's head.
  bool pact = false;
  // 加盟: joining a body; those named together as its subject join the
  // body (named with に), not each other.
  bool joins = false;
  // A word that holds a trigger but states no relation (全会+一致: a vote,
  // not an agreement between parties), written with '-' for its relation:
  // it wins the longest match, and no trigger is found there.
  bool none = false;
};

// What one look-up says about a key of base forms joined with '+' that grows
// a token at a time: the trigger it spells, if any, and whether a longer
// trigger continues it with another part ("輸出" for "輸出+禁止").
struct TriggerProbe {
  const Trigger* trigger = nullptr;
  bool longer = false;
};

// Loaded from dict/relations/relations.tsv and triggers.tsv.
class Lexicon {
 public:
  Result<void> load_relations(std::string_view content, std::string_view name);
  // Must come after load_relations: triggers name their relation.
  Result<void> load_triggers(std::string_view content, std::string_view name);

  const std::vector<RelationType>& relations() const { return m_relations; }
  int find_relation(std::string_view name) const;  // -1 when unknown
  const Trigger* find_trigger(std::string_view lemma) const;
  // find_trigger and the test for longer triggers in one hash look-up.
  TriggerProbe probe_trigger(std::string_view key) const;
  // probe_trigger(token.base), remembered in the token's EntryMemo (when it
  // has one) after the first look-up for its entry.
  TriggerProbe probe_trigger(const tokens::Token& token) const;
  // Longest trigger, in tokens, that any entry spans; bounds the matcher.
  std::size_t max_trigger_parts() const { return m_max_parts; }

 private:
  // A trigger, or the first parts of a longer one, or both. Slots never
  // move (unordered_map nodes), so Trigger pointers stay valid.
  struct TriggerSlot {
    Trigger trigger;
    bool is_trigger = false;
    bool longer = false;
    std::uint32_t memo_index = 0;  // in m_memo_triggers, when a trigger
  };
  const TriggerSlot* find_slot(std::string_view key) const;
  std::vector<RelationType> m_relations;
  StringMap<TriggerSlot> m_triggers;
  KeyFilter m_trigger_keys;  // every key of m_triggers
  // The tag of this lexicon's EntryMemo values, and the triggers they name.
  std::uint32_t m_memo_owner = 0;
  std::vector<const Trigger*> m_memo_triggers;
  std::size_t m_max_parts = 1;
};

}  // namespace kankei::mentions
