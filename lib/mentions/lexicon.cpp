// Loading of the relation types and trigger words of dict/relations/.
#include "mentions/lexicon.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "core/tsv.hpp"
#include "normalize/normalize.hpp"

namespace kankei::mentions {

namespace {

// The flags of triggers.tsv's third column, each setting one member
// (addressed_only, which implies named_target, is read apart).
constexpr std::pair<std::string_view, bool Trigger::*> kTriggerFlags[] = {
    {"verb", &Trigger::verb_only},        {"suru", &Trigger::suru_only},   {"material", &Trigger::material},
    {"inverse", &Trigger::inverse},       {"named_target", &Trigger::named_target},
    {"mutual", &Trigger::mutual},         {"internal", &Trigger::internal}, {"venue", &Trigger::venue},
    {"acted_on", &Trigger::acted_on},     {"role", &Trigger::role},         {"pact", &Trigger::pact},
    {"joins", &Trigger::joins},
};

}  // namespace

Result<void> Lexicon::load_relations(std::string_view content, std::string_view name) {
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 6, 6, records));
  for (const auto& record : records) {
    const auto& c = record.cells;
    const std::string where = std::string(name) + ":" + std::to_string(record.line);
    if (c[1] != "sym" && c[1] != "dir") {
      return unexpected(make_error(ErrorCode::parse, "second column must be sym or dir", where, c[1]));
    }
    if (find_relation(c[0]) >= 0) return unexpected(make_error(ErrorCode::parse, "duplicate relation", where, c[0]));
    RelationType type{c[0], c[1] == "sym", c[2], c[3], c[4], false};
    for (const auto& flag : split_list(c[5], ',')) {
      if (flag == "raise_object") {
        type.raise_object = true;
      } else if (flag == "place_target") {
        type.place_target = true;
      } else if (flag == "theme_passive") {
        type.theme_passive = true;
      } else if (flag == "aim_target") {
        type.aim_target = true;
      } else if (flag != "-") {
        return unexpected(make_error(ErrorCode::parse, "unknown relation flag", where, flag));
      }
    }
    m_relations.push_back(std::move(type));
  }
  return {};
}

Result<void> Lexicon::load_triggers(std::string_view content, std::string_view name) {
  m_memo_owner = 0;  // what tokens remember may change
  std::vector<TsvRecord> records;
  KANKEI_TRY(read_tsv(content, name, 2, 3, records));
  for (const auto& record : records) {
    const auto& c = record.cells;
    const std::string where = std::string(name) + ":" + std::to_string(record.line);
    const bool none = c[1] == "-";
    const int relation = none ? 0 : find_relation(c[1]);
    if (relation < 0) return unexpected(make_error(ErrorCode::parse, "unknown relation", where, c[1]));
    Trigger trigger;
    trigger.relation = static_cast<std::uint16_t>(relation);
    trigger.none = none;
    // Multi-part triggers are written with '+' between MeCab tokens: 輸出+禁止.
    trigger.lemma = normalize::normalize_utf8(c[0]);
    std::size_t parts = 1;
    for (char ch : trigger.lemma) parts += ch == '+';
    if (parts > m_max_parts) m_max_parts = parts;
    if (c.size() > 2) {
      for (const auto& flag : split_list(c[2], ',')) {
        if (flag == "-") continue;
        if (flag == "addressed_only") {
          trigger.named_target = trigger.addressed_only = true;
          continue;
        }
        const auto known = std::find_if(std::begin(kTriggerFlags), std::end(kTriggerFlags),
                                         [&](const auto& f) { return f.first == flag; });
        if (known == std::end(kTriggerFlags)) {
          return unexpected(make_error(ErrorCode::parse, "unknown trigger flag", where, flag));
        }
        trigger.*(known->second) = true;
      }
    }
    TriggerSlot& slot = m_triggers[trigger.lemma];
    if (slot.is_trigger) return unexpected(make_error(ErrorCode::parse, "duplicate trigger", where, c[0]));
    // "輸出+禁止" tells a look-up of "輸出" to go on to the next token.
    for (std::size_t plus = trigger.lemma.find('+'); plus != std::string::npos;
         plus = trigger.lemma.find('+', plus + 1)) {
      m_triggers[trigger.lemma.substr(0, plus)].longer = true;
      m_trigger_keys.add(trigger.lemma.substr(0, plus));
    }
    m_trigger_keys.add(trigger.lemma);
    slot.trigger = std::move(trigger);
    slot.is_trigger = true;
  }
  m_memo_triggers.clear();
  for (auto& [key, slot] : m_triggers) {
    if (!slot.is_trigger) continue;
    slot.memo_index = static_cast<std::uint32_t>(m_memo_triggers.size());
    m_memo_triggers.push_back(&slot.trigger);
  }
  m_memo_owner = tokens::new_memo_owner();  // what tokens remember has changed
  return {};
}

int Lexicon::find_relation(std::string_view name) const {
  for (std::size_t i = 0; i < m_relations.size(); ++i) {
    if (m_relations[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

const Trigger* Lexicon::find_trigger(std::string_view lemma) const { return probe_trigger(lemma).trigger; }

const Lexicon::TriggerSlot* Lexicon::find_slot(std::string_view key) const {
  if (!m_trigger_keys.may_hold(key)) return nullptr;
  auto it = m_triggers.find(key);
  return it == m_triggers.end() ? nullptr : &it->second;
}

TriggerProbe Lexicon::probe_trigger(std::string_view key) const {
  const TriggerSlot* slot = find_slot(key);
  if (!slot) return {};
  return {slot->is_trigger ? &slot->trigger : nullptr, slot->longer};
}

// A trigger memo: bit 0 `longer`, bit 1 a trigger, bits 2.. its m_memo_triggers index.
TriggerProbe Lexicon::probe_trigger(const tokens::Token& token) const {
  using tokens::EntryMemo;
  if (!token.memo || m_memo_owner == 0) return probe_trigger(std::string_view(token.base));
  std::uint32_t value = 0;
  if (!token.memo->find(EntryMemo::triggers, m_memo_owner, value)) {
    const TriggerSlot* slot = find_slot(token.base);
    if (slot) value = (slot->longer ? 1u : 0u) | (slot->is_trigger ? 2u | (slot->memo_index << 2) : 0u);
    token.memo->store(EntryMemo::triggers, m_memo_owner, value);
  }
  return {(value & 2) ? m_memo_triggers[value >> 2] : nullptr, (value & 1) != 0};
}

}  // namespace kankei::mentions
