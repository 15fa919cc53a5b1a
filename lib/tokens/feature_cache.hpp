// Internal to tokens/: what a dictionary entry's feature string says, split
// once per entry instead of once per token.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokens/string_pool.hpp"
#include "tokens/tokens.hpp"

namespace kankei::tokens {

// The fields of one MeCab feature string that a Token keeps, as views.
// MeCab's "*" (no value) reads as empty.
struct Features {
  std::string_view pos;        // field 0
  std::string_view pos1;       // 1
  std::string_view pos2;       // 2
  std::string_view conj_type;  // 4
  std::string_view conj_form;  // 5
  std::string_view base;       // 6; empty when MeCab has none
  std::string_view actor;      // 9, only in kankei's user dictionary
  bool metonym = false;        // field 10 is "metonym"
  EntryMemo* memo = nullptr;   // the entry's, when a FeatureCache keeps it
};

// Splits MeCab's comma-separated, NUL-terminated feature string in one pass;
// ipadic features hold no quoted commas. The views point into `feature`: for
// a node's feature, into the dictionary, which lives as long as the model.
//   "名詞,固有名詞,地域,*,*,*,モスクワ,...,RUS,metonym" => {名詞, 固有名詞, 地域, ..., RUS, true}
Features split_features(const char* feature);

// Features by feature-string address, for one thread and one MeCab model.
// A node's feature pointer names a dictionary entry and never changes while
// the model lives, so the split is a pure function of the pointer. That holds
// for unknown words too: their feature is their character class's entry in
// MeCab's unknown-word dictionary, whose base form is "*" (none), so the
// cached split says nothing about the word itself.
//
// The views it returns point into a StringPool, not into the dictionary: its
// strings are few (one 名詞 for every noun) and stay in the CPU cache, where
// the dictionary's bytes miss it on every first touch. Each entry takes 64
// bytes, its labels as 16-bit numbers and its EntryMemo beside them, so that
// a look-up, and the later stages' reads of the memo, cost one cache line.
// Not thread-safe: each thread keeps its own.
class FeatureCache {
 public:
  // Interns into `pool`, which must outlive the cache.
  explicit FeatureCache(StringPool& pool);

  // The features of `feature`, split on the first request. The views stay
  // valid as long as the pool (or, past 65,535 distinct labels, where the
  // cache stops growing, as long as the dictionary holding `feature`); the
  // memo as long as the cache (nullptr once it stops growing).
  // Inline, since it runs once per token: a hit is a probe and six loads,
  // and the caller gets the views without a copy through memory.
  Features get(const char* feature) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash(feature) & mask;
    while (m_slots[i].key != feature && m_slots[i].key != nullptr) i = (i + 1) & mask;
    if (m_slots[i].key == nullptr) return add(i, feature);
    return split_of(m_slots[i]);
  }

  // Starts loading the slot where `feature` would be. Asking for every node
  // of a sentence before reading any lets the cache misses overlap.
  void prefetch(const char* feature) const {
    __builtin_prefetch(&m_slots[hash(feature) & (m_slots.size() - 1)]);
  }

  // How many entries have been split and kept.
  std::size_t size() const { return m_size; }

 private:
  // The labels of Features, in this order, as indices into m_labels.
  enum Label { pos, pos1, pos2, conj_type, conj_form, actor, labels };
  // Open addressing on the pointer, linear probing, at most half full.
  struct alignas(64) Slot {
    const char* key = nullptr;
    const char* base = nullptr;  // the pool's copy; nullptr when MeCab has none
    std::uint16_t base_size = 0;
    std::uint16_t label[labels] = {};
    bool metonym = false;
    EntryMemo memo;
  };
  static_assert(sizeof(Slot) == 64, "a slot is one cache line");
  static std::size_t hash(const char* key) {
    // Entries sit a few dozen bytes apart: drop the low bits that barely vary
    // and let the multiplication spread the rest over the high bits.
    const auto bits = reinterpret_cast<std::uintptr_t>(key) >> 3;
    return static_cast<std::size_t>((bits * 0x9E3779B97F4A7C15ull) >> 20);
  }
  // Splits `feature`, whose slot would be the empty slot `at`, and keeps it.
  Features add(std::size_t at, const char* feature);
  // Fills `slot` for `feature`; false when a label or the base form does not fit.
  bool fill(Slot& slot, const char* feature, const Features& split);
  Features split_of(Slot& slot) const {
    Features out;
    out.pos = m_labels[slot.label[pos]];
    out.pos1 = m_labels[slot.label[pos1]];
    out.pos2 = m_labels[slot.label[pos2]];
    out.conj_type = m_labels[slot.label[conj_type]];
    out.conj_form = m_labels[slot.label[conj_form]];
    out.base = std::string_view(slot.base, slot.base_size);
    out.actor = m_labels[slot.label[actor]];
    out.metonym = slot.metonym;
    out.memo = &slot.memo;
    return out;
  }
  // The number of `text`, giving it the next one when it is new; 0 is empty.
  bool label_of(std::string_view text, std::uint16_t& out);
  void grow();

  std::vector<Slot> m_slots;
  // The tables grow() replaced. Tokens point at memos in them, so they live
  // as long as the cache; their memos go stale, which costs look-ups only:
  // a memo's values depend on nothing but the entry and the owner.
  std::vector<std::vector<Slot>> m_retired;
  std::size_t m_size = 0;
  std::vector<std::string_view> m_labels;  // views into the pool
  std::unordered_map<std::string_view, std::uint16_t> m_label_ids;
  StringPool* m_pool;
};

}  // namespace kankei::tokens
