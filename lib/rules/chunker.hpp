// Internal to rules/: grouping tokens into phrases (bunsetsu) with their case.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mentions/mentions.hpp"
#include "rules/rule_set.hpp"
#include "tokens/tokens.hpp"

namespace kankei::rules {

// How a predicate phrase ends, which decides what it governs.
enum class Ending {
  none,          // not a predicate
  attributive,   // modifies the next noun: 支持する|国
  continuative,  // 提供し、 / 提供して: a clause that goes on
  conditional,   // 提供すれば
  quoted,        // 提供したと (述べた)
  final,         // the sentence's last predicate
};

// An actor that a phrase stands for.
struct ActorRef {
  std::uint32_t actor = 0;  // index into ActorTable::actors()
  bool person = false;
  bool operator==(const ActorRef&) const = default;
};

struct Chunk {
  std::uint32_t begin = 0;        // tokens [begin, content_end) are content
  std::uint32_t content_end = 0;  // tokens [content_end, end) are particles etc.
  std::uint32_t end = 0;
  std::vector<ActorRef> actors;   // the actors the phrase names
  std::size_t from_list = 0;      // how many of them come from a list before the phrase (X、Yの)
  std::vector<ActorRef> compound; // actors inside a compound before a trigger (ウクライナ侵攻)
  std::vector<ActorRef> possessor; // actors modifying a non-actor head (ウクライナ|インフラ)
  std::vector<ActorRef> territory_of;  // the state whose territory the head actor is (デンマーク領|グリーンランド)
  int trigger = -1;               // index into Mentions::triggers of the phrase's head
  int pact_of = -1;               // a joint act the pact in an object + verb phrase is of (協力|協定を結ぶ)
  Case case_ = Case::none;
  bool comma = false;      // 、 follows
  bool predicate = false;  // holds a verb, adjective or サ変 noun + する
  bool passive = false;
  bool negated = false;
  bool conditional = false;
  Ending ending = Ending::none;
  bool absorbed = false;   // merged into the next phrase (coordination, affiliation)
  bool listed = false;     // ends with など/といった: an example list before its head (X、YなどZ)
  bool aim = false;        // a topic like 目標 or 狙い whose owner acts: relations under it are hypothetical
  bool metonym_only = false;  // all actors are metonyms (モスクワ): places unless they act
  bool copula = false;        // an auxiliary follows the content (加盟国であり): a clause, not a list item
  bool obligation = false;    // 求め続けねばならない, 守らなければならない: a must, neither negated nor a condition
  bool headline_end = false;  // a space follows: the end of a headline's phrase
  bool phrase_verb = false;   // the verb of an object + verb phrase (関係を|強化): it acts as a support verb
  bool phrase_object = false; // the object of such a phrase, which holds its trigger
  bool phrase_subject = false; // that noun is the verb's subject (基地が|ある): its owner is the doer
  bool phrase_noun = false;   // the verbal noun of such a phrase after 〜の (関係の|強化): the act's head in its clause
  int quote = 0;           // 「」 segment; arguments never cross segments
};

// The phrase's last content token, before a closing gloss in brackets:
// ピツフィク宇宙基地(旧チューレ空軍基地)を置く is a 基地 set up, and
// 軍事侵攻(特別軍事作戦) an 侵攻. A phrase that is all gloss is its own head.
std::uint32_t head_of(const std::vector<tokens::Token>& tokens, const Chunk& chunk);

// Whether the word is 我が国/わが国, "our country": the speaker's own state.
inline bool names_own_country(std::string_view word) { return word == "我が国" || word == "わが国"; }

// が, ものの, けれど: a conjunction that sets its clause against the next.
inline bool contrastive(const tokens::Token& t) {
  return t.pos == "助詞" && t.pos1 == "接続助詞" &&
         (t.surface == "が" || t.surface == "ものの" || t.surface == "けれど" || t.surface == "けれども");
}

std::vector<Chunk> make_chunks(const std::vector<tokens::Token>& tokens, const mentions::Mentions& mentions,
                               const mentions::ActorTable& actors, const RuleSet& rules);
// The same into `chunks`, replacing its contents: a buffer kept from sentence
// to sentence saves allocating one (of a kilobyte or more, which makes
// glibc's malloc sweep its free lists) per sentence.
void make_chunks(const std::vector<tokens::Token>& tokens, const mentions::Mentions& mentions,
                 const mentions::ActorTable& actors, const RuleSet& rules, std::vector<Chunk>& chunks);

}  // namespace kankei::rules
