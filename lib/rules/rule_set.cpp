// Parsing of dict/rules/*.tsv into lookup tables.
#include "rules/rule_set.hpp"

#include <cstdlib>
#include <iterator>
#include <utility>

#include "core/tsv.hpp"
#include "mentions/actor_table.hpp"
#include "normalize/normalize.hpp"

namespace kankei::rules {
namespace {

constexpr std::pair<Case, std::string_view> kCases[] = {
    {Case::none, "none"},       {Case::nom, "nom"},         {Case::topic, "topic"},
    {Case::acc, "acc"},         {Case::dat, "dat"},         {Case::against, "against"},
    {Case::com, "com"},         {Case::abl, "abl"},         {Case::agent, "agent"},
    {Case::gen, "gen"},         {Case::dat_adn, "dat_adn"}, {Case::com_adn, "com_adn"},
    {Case::abl_adn, "abl_adn"}, {Case::agent_adn, "agent_adn"}, {Case::loc, "loc"},
    {Case::coord, "coord"},     {Case::coord_pair, "coord_pair"}, {Case::quote, "quote"},
    {Case::compound, "compound"}, {Case::with, "with"},
    {Case::about, "about"},       {Case::about_adn, "about_adn"}, {Case::benefit, "benefit"},
};

constexpr std::pair<Function, std::string_view> kFunctions[] = {
    {Function::support, "support"},         {Function::name_as, "name_as"}, {Function::located, "located"}, {Function::threat, "threat"},         {Function::receive, "receive"},
    {Function::stop, "stop"},               {Function::hypothetical, "hypothetical"},
    {Function::tail, "tail"},               {Function::protect, "protect"},
    {Function::clause, "clause"},           {Function::aim, "aim"},
    {Function::agent, "agent"},             {Function::deny, "deny"},
    {Function::designate, "designate"},     {Function::mediate, "mediate"},
    {Function::ally, "ally"},               {Function::troops, "troops"},
    {Function::propose, "propose"},         {Function::interest, "interest"},
    {Function::origin, "origin"},           {Function::aimed, "aimed"},
    {Function::joint, "joint"},             {Function::manner, "manner"},
    {Function::accept, "accept"},           {Function::say, "say"},
    {Function::summon, "summon"},           {Function::company, "company"},
    {Function::envoy, "envoy"},             {Function::site, "site"},             {Function::granted, "granted"},
    {Function::including, "including"},     {Function::any_kind, "any_kind"},
    {Function::approximate, "approximate"}, {Function::act_kind, "act_kind"},
    {Function::places, "places"},           {Function::occasion, "occasion"},
    {Function::craft, "craft"},             {Function::pivot, "pivot"},
    {Function::dues, "dues"},               {Function::compare, "compare"},
};

template <typename E, std::size_t N>
bool parse_enum(const std::pair<E, std::string_view> (&table)[N], std::string_view text, E& out) {
  for (const auto& [value, name] : table) {
    if (name == text) {
      out = value;
      return true;
    }
  }
  return false;
}

static_assert(std::size(kFunctions) <= 64, "a word's functions are the bits of a std::uint64_t");

// What a head kind turns into in a memo value (bits 30-31), and back.
constexpr HeadKind kHeadKinds[] = {HeadKind::body, HeadKind::title};
constexpr unsigned kHeadShift = 30;
std::uint32_t head_bits(const HeadKind* kind) { return kind ? (*kind == HeadKind::body ? 1u : 2u) << kHeadShift : 0u; }

std::uint64_t function_bit(Function f) { return std::uint64_t{1} << static_cast<unsigned>(f); }

std::string where_of(std::string_view name, std::size_t line) { return std::string(name) + ":" + std::to_string(line); }

}  // namespace

std::string_view to_string(Case c) {
  for (const auto& [value, name] : kCases) {
    if (value == c) return name;
  }
  return "none";
}

Result<void> RuleSet::load_cases(std::string_view content, std::string_view name) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const auto& r : records) {
    Case c;
    if (!parse_enum(kCases, r.cells[1], c)) {
      return unexpected(make_error(ErrorCode::parse, "unknown case", where_of(name, r.line), r.cells[1]));
    }
    m_cases[normalize::normalize_utf8(r.cells[0])] = c;
  }
  return {};
}

Result<void> RuleSet::load_roles(std::string_view content, std::string_view name) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 6, 6, records));
  for (const auto& r : records) {
    const auto& c = r.cells;
    const std::string where = where_of(name, r.line);
    RoleRule rule;
    rule.id = c[0];
    if (c[1] == "verb" || c[1] == "noun") {
      rule.form = c[1] == "verb" ? Form::verb : Form::noun;
    } else {
      return unexpected(make_error(ErrorCode::parse, "form must be verb or noun", where, c[1]));
    }
    if (c[2] == "active") {
      rule.voice = Voice::active;
    } else if (c[2] == "passive") {
      rule.voice = Voice::passive;
    } else if (c[2] == "receive") {
      rule.voice = Voice::receive;
    } else {
      return unexpected(make_error(ErrorCode::parse, "voice must be active, passive or receive", where, c[2]));
    }
    if (!parse_enum(kCases, c[3], rule.case_)) {
      return unexpected(make_error(ErrorCode::parse, "unknown case", where, c[3]));
    }
    if (c[4] == "source" || c[4] == "target") {
      rule.role = c[4] == "source" ? Role::source : Role::target;
    } else {
      return unexpected(make_error(ErrorCode::parse, "role must be source or target", where, c[4]));
    }
    char* end = nullptr;
    rule.confidence = std::strtod(c[5].c_str(), &end);
    if (end == c[5].c_str() || *end != '\0' || rule.confidence < 0 || rule.confidence > 1) {
      return unexpected(make_error(ErrorCode::parse, "confidence must be a number in [0,1]", where, c[5]));
    }
    if (role_for(rule.form, rule.voice, rule.case_)) {
      return unexpected(make_error(ErrorCode::parse, "a rule for this form, voice and case exists", where, c[0]));
    }
    if (static_cast<std::size_t>(rule.case_) < kCaseCount) {
      m_role_index[static_cast<int>(rule.form)][static_cast<int>(rule.voice)][static_cast<std::size_t>(rule.case_)] =
          static_cast<std::uint16_t>(m_roles.size() + 1);
    }
    m_roles.push_back(std::move(rule));
  }
  return {};
}

Result<void> RuleSet::load_functions(std::string_view content, std::string_view name) {
  m_memo_owner = 0;  // what tokens remember may change
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const auto& r : records) {
    Function f;
    if (!parse_enum(kFunctions, r.cells[1], f)) {
      return unexpected(make_error(ErrorCode::parse, "unknown function", where_of(name, r.line), r.cells[1]));
    }
    const std::string word = normalize::normalize_utf8(r.cells[0]);
    m_functions[word] |= function_bit(f);
    m_function_keys.add(word);
  }
  for (const auto& [word, functions] : m_functions) {
    if (m_function_set_ids.emplace(functions, static_cast<std::uint32_t>(m_function_sets.size())).second) {
      m_function_sets.push_back(functions);
    }
  }
  m_memo_owner = tokens::new_memo_owner();
  return {};
}

Result<void> RuleSet::load_heads(std::string_view content, std::string_view name) {
  m_memo_owner = 0;  // what tokens remember may change
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const auto& r : records) {
    if (r.cells[1] != "body" && r.cells[1] != "title") {
      return unexpected(make_error(ErrorCode::parse, "kind must be body or title", where_of(name, r.line), r.cells[1]));
    }
    const std::string noun = normalize::normalize_utf8(r.cells[0]);
    m_heads[noun] = r.cells[1] == "body" ? HeadKind::body : HeadKind::title;
    m_head_keys.add(noun);
  }
  m_memo_owner = tokens::new_memo_owner();
  return {};
}

Result<void> RuleSet::load_anaphors(std::string_view content, std::string_view name) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const auto& r : records) {
    std::uint32_t kinds = 0;
    for (const auto& k : split_list(r.cells[1], ',')) {
      const auto kind = mentions::parse_actor_kind(k);
      if (!kind) return unexpected(make_error(ErrorCode::parse, "unknown actor kind", where_of(name, r.line), k));
      kinds |= 1u << static_cast<unsigned>(*kind);
    }
    const std::string noun = normalize::normalize_utf8(r.cells[0]);
    if (m_anaphors.count(noun)) {
      return unexpected(make_error(ErrorCode::parse, "duplicate anaphor", where_of(name, r.line), r.cells[0]));
    }
    m_anaphors[noun] = kinds;
  }
  return {};
}

Result<void> RuleSet::load_places(std::string_view content, std::string_view name,
                                  const mentions::ActorTable& actors) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 2, records));
  for (const auto& r : records) {
    const auto* state = actors.find_id(r.cells[1]);
    if (!state) return unexpected(make_error(ErrorCode::parse, "unknown actor", where_of(name, r.line), r.cells[1]));
    const auto index = static_cast<std::uint32_t>(state - actors.actors().data());
    const auto kind = actors.kind(index);
    if (kind != mentions::ActorKind::state && kind != mentions::ActorKind::historical_state) {
      return unexpected(make_error(ErrorCode::parse, "not a state", where_of(name, r.line), r.cells[1]));
    }
    const std::string place = normalize::normalize_utf8(r.cells[0]);
    if (m_places.count(place)) {
      return unexpected(make_error(ErrorCode::parse, "duplicate place", where_of(name, r.line), r.cells[0]));
    }
    m_places[place] = index;
    m_place_keys.add(place);
  }
  return {};
}

long RuleSet::place_state_at(const std::vector<tokens::Token>& tokens, std::size_t i, std::size_t end) const {
  if (tokens[i].pos != "名詞") return -1;
  long state = place_state(tokens[i].surface);
  if (state < 0 && i + 1 < end && tokens[i + 1].pos == "名詞") {  // most nouns have a particle next: no string built
    thread_local std::string joined;  // per thread, so that its buffer is allocated once
    joined.assign(tokens[i].surface);
    joined += tokens[i + 1].surface;
    state = place_state(joined);
    // (ヨルダン|川|西岸: or three.)
    if (state < 0 && i + 2 < end && tokens[i + 2].pos == "名詞") {
      joined += tokens[i + 2].surface;
      state = place_state(joined);
    }
  }
  return state;
}

Case RuleSet::case_of(std::string_view particles) const {
  // Longest known prefix, cutting at UTF-8 character boundaries.
  for (std::size_t len = particles.size(); len > 0; --len) {
    if (len < particles.size() && (static_cast<unsigned char>(particles[len]) & 0xC0) == 0x80) continue;
    auto it = m_cases.find(particles.substr(0, len));
    if (it != m_cases.end()) return it->second;
  }
  return Case::none;
}

const RoleRule* RuleSet::role_for(Form form, Voice voice, Case c) const {
  if (static_cast<std::size_t>(c) >= kCaseCount) {
    // A case added after kCaseCount's last one: the rules in full.
    for (const auto& rule : m_roles) {
      if (rule.form == form && rule.voice == voice && rule.case_ == c) return &rule;
    }
    return nullptr;
  }
  const std::uint16_t index = m_role_index[static_cast<int>(form)][static_cast<int>(voice)][static_cast<std::size_t>(c)];
  return index == 0 ? nullptr : &m_roles[index - 1];
}

bool RuleSet::has_function(std::string_view lemma, Function f) const {
  if (!m_function_keys.may_hold(lemma)) return false;
  auto it = m_functions.find(lemma);
  return it != m_functions.end() && (it->second & function_bit(f)) != 0;
}

std::uint32_t RuleSet::anaphor_kinds(std::string_view noun) const {
  auto it = m_anaphors.find(noun);
  return it == m_anaphors.end() ? 0 : it->second;
}

const HeadKind* RuleSet::head_kind(std::string_view noun) const {
  if (!m_head_keys.may_hold(noun)) return nullptr;
  auto it = m_heads.find(noun);
  return it == m_heads.end() ? nullptr : &it->second;
}

// Bits 0-29: the index in m_function_sets of the functions of token.base;
// bits 30-31: the head kind of token.surface (1 body, 2 title); `token` has
// a memo. (A memo cell holds 32 bits, fewer than the functions: words share a
// few dozen sets of them, so the memo names the set.)
std::uint32_t RuleSet::token_facts(const tokens::Token& token) const {
  using tokens::EntryMemo;
  std::uint32_t value = 0;
  if (token.memo->find(EntryMemo::rules, m_memo_owner, value)) return value;
  if (m_function_keys.may_hold(token.base)) {
    if (auto it = m_functions.find(std::string_view(token.base)); it != m_functions.end()) {
      value = m_function_set_ids.at(it->second);
    }
  }
  value |= head_bits(head_kind(std::string_view(token.surface)));
  token.memo->store(EntryMemo::rules, m_memo_owner, value);
  return value;
}

bool RuleSet::has_function(const tokens::Token& token, Function f) const {
  if (!token.memo || m_memo_owner == 0) return has_function(std::string_view(token.base), f);
  constexpr std::uint32_t kSetMask = (1u << kHeadShift) - 1;
  return (m_function_sets[token_facts(token) & kSetMask] & function_bit(f)) != 0;
}

const HeadKind* RuleSet::head_kind(const tokens::Token& token) const {
  if (!token.memo || m_memo_owner == 0) return head_kind(std::string_view(token.surface));
  const auto kind = static_cast<unsigned>(token_facts(token) >> kHeadShift);
  return kind ? &kHeadKinds[kind - 1] : nullptr;
}

}  // namespace kankei::rules
