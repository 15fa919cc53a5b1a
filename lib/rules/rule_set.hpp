// The data that drives the rule engine: cases, roles, function words, heads.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "mentions/actor_table.hpp"
#include "mentions/string_map.hpp"
#include "rules/phrases.hpp"
#include "tokens/tokens.hpp"

namespace kankei::rules {

// Grammatical case of a phrase, from the particles after it.
enum class Case {
  none, nom, topic, acc, dat, against, com, abl, agent, gen, dat_adn, com_adn, abl_adn, agent_adn,
  loc, coord, coord_pair, quote, compound, with,
  about, about_adn,  // what is talked of (について, をめぐる): no role, never a party
  benefit,           // にとって: whom a provider serves (Xは Yにとって…の供給国だ)
};

std::string_view to_string(Case c);

enum class Form { verb, noun };
enum class Voice { active, passive, receive };
enum class Role { source, target };

enum class Function { support, receive, stop, hypothetical, tail, protect, clause, aim, agent, deny, designate, mediate, ally, troops, propose, interest, origin, aimed, joint, manner, accept, say, name_as, located, threat, summon, company, envoy, site, granted, including, any_kind, approximate, act_kind, places, occasion, craft, pivot, dues, compare };

enum class HeadKind { body, title };

struct RoleRule {
  std::string id;  // "verb.nom": reported with every relation it helps produce
  Form form = Form::verb;
  Voice voice = Voice::active;
  Case case_ = Case::none;
  Role role = Role::source;
  double confidence = 0.5;
};

// Loaded from dict/rules/*.tsv; immutable afterwards and shared by threads.
class RuleSet {
 public:
  Result<void> load_cases(std::string_view content, std::string_view name);
  Result<void> load_roles(std::string_view content, std::string_view name);
  Result<void> load_functions(std::string_view content, std::string_view name);
  Result<void> load_heads(std::string_view content, std::string_view name);
  // anaphors.tsv; actor kinds named as in the actor files.
  Result<void> load_anaphors(std::string_view content, std::string_view name);
  // places.tsv: regions named alone (ガザ, クリミア) and the state each lies
  // in; after the actors.
  Result<void> load_places(std::string_view content, std::string_view name, const mentions::ActorTable& actors);
  // phrases.tsv; after the lexicon's relations.
  Result<void> load_phrases(std::string_view content, std::string_view name, const mentions::Lexicon& lexicon) {
    return m_phrases.load(content, name, lexicon);
  }

  // The case marked by particles joined as written ("に対して"); falls back to
  // the longest known prefix ("には" -> dat when only "に" is known).
  Case case_of(std::string_view particles) const;
  const RoleRule* role_for(Form form, Voice voice, Case c) const;
  bool has_function(std::string_view lemma, Function f) const;
  const HeadKind* head_kind(std::string_view noun) const;
  // has_function(token.base, f) and head_kind(token.surface), remembered in
  // the token's EntryMemo (when it has one) after the first look-up for its
  // entry: the engine asks them of most tokens it reads.
  bool has_function(const tokens::Token& token, Function f) const;
  const HeadKind* head_kind(const tokens::Token& token) const;
  // The kinds of actor that 同 + `noun` (同国, 同政権, 同氏) may refer back
  // to, a bit per mentions::ActorKind; 0 when `noun` is no anaphor.
  std::uint32_t anaphor_kinds(std::string_view noun) const;
  const PhraseTable& phrases() const { return m_phrases; }
  // The state (an index into ActorTable::actors()) that place `name` lies
  // in, or -1.
  long place_state(std::string_view name) const {
    if (!m_place_keys.may_hold(name)) return -1;
    auto it = m_places.find(name);
    return it == m_places.end() ? -1 : static_cast<long>(it->second);
  }
  // The state of a place that starts at noun tokens[i], written as one token
  // or as two (ヨルダン川|西岸) that end before `end`; or -1.
  long place_state_at(const std::vector<tokens::Token>& tokens, std::size_t i, std::size_t end) const;

 private:
  // The engine asks these for most tokens and phrases it reads, and most
  // answers are no: the string_view look-ups build no std::string, and each
  // filter turns most misses into one bit test.
  mentions::StringMap<Case> m_cases;
  std::vector<RoleRule> m_roles;
  // role_for's answer as an index into m_roles + 1 (0: none), by form, voice
  // and case: the engine asks it for every phrase it weighs as an argument.
  // Cases past the last one counted here are looked up by a scan.
  static constexpr std::size_t kCaseCount = static_cast<std::size_t>(Case::benefit) + 1;
  std::uint16_t m_role_index[2][3][kCaseCount] = {};
  mentions::StringMap<std::uint64_t> m_functions;  // a bit per Function a word has
  // The distinct values of m_functions (the first: none), and the index of each.
  std::vector<std::uint64_t> m_function_sets{0};
  std::unordered_map<std::uint64_t, std::uint32_t> m_function_set_ids{{0, 0}};
  mentions::KeyFilter m_function_keys;
  mentions::StringMap<HeadKind> m_heads;
  mentions::KeyFilter m_head_keys;
  mentions::StringMap<std::uint32_t> m_anaphors;
  mentions::StringMap<std::uint32_t> m_places;
  mentions::KeyFilter m_place_keys{10};
  PhraseTable m_phrases;
  // The tag of this rule set's EntryMemo values (functions and heads).
  std::uint32_t m_memo_owner = 0;
  std::uint32_t token_facts(const tokens::Token& token) const;
};

}  // namespace kankei::rules
