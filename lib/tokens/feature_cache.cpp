// Splitting MeCab feature strings, and remembering the split per entry: the
// split walks every byte of a string that lives in MeCab's mapped dictionary,
// and the first touch of it misses the CPU cache, once per token otherwise.
#include "tokens/feature_cache.hpp"

#include <atomic>

namespace kankei::tokens {
namespace {

// MeCab's "*" means no value.
std::string_view value(const char* begin, const char* end) {
  const std::string_view text(begin, static_cast<std::size_t>(end - begin));
  return text == "*" ? std::string_view() : text;
}

}  // namespace

Features split_features(const char* feature) {
  Features out;
  std::size_t index = 0;
  const char* start = feature;
  for (const char* p = feature;; ++p) {
    if (*p != ',' && *p != '\0') continue;
    switch (index) {
      case 0: out.pos = value(start, p); break;
      case 1: out.pos1 = value(start, p); break;
      case 2: out.pos2 = value(start, p); break;
      case 4: out.conj_type = value(start, p); break;
      case 5: out.conj_form = value(start, p); break;
      case 6: out.base = value(start, p); break;
      case 9: out.actor = value(start, p); break;
      case 10: out.metonym = value(start, p) == "metonym"; break;
      default: break;
    }
    // Fields past the eleventh are never read.
    if (*p == '\0' || index == 10) return out;
    ++index;
    start = p + 1;
  }
}

FeatureCache::FeatureCache(StringPool& pool) : m_slots(1024), m_labels{std::string_view()}, m_pool(&pool) {}

Features FeatureCache::add(std::size_t at, const char* feature) {
  const Features split = split_features(feature);
  Slot slot;
  if (!fill(slot, feature, split)) return split;  // full: the dictionary's own bytes, uncached
  m_slots[at] = slot;
  if (++m_size * 2 <= m_slots.size()) return split_of(m_slots[at]);
  grow();
  return get(feature);
}

bool FeatureCache::fill(Slot& slot, const char* feature, const Features& split) {
  if (split.base.size() > UINT16_MAX) return false;
  const std::string_view fields[labels] = {split.pos, split.pos1, split.pos2, split.conj_type, split.conj_form, split.actor};
  for (int l = 0; l < labels; ++l) {
    if (!label_of(fields[l], slot.label[l])) return false;
  }
  slot.key = feature;
  slot.base = split.base.empty() ? nullptr : m_pool->intern(split.base).data();
  slot.base_size = static_cast<std::uint16_t>(split.base.size());
  slot.metonym = split.metonym;
  return true;
}

bool FeatureCache::label_of(std::string_view text, std::uint16_t& out) {
  if (text.empty()) {
    out = 0;
    return true;
  }
  if (auto it = m_label_ids.find(text); it != m_label_ids.end()) {
    out = it->second;
    return true;
  }
  if (m_labels.size() > UINT16_MAX) return false;
  const std::string_view kept = m_pool->intern(text);
  out = static_cast<std::uint16_t>(m_labels.size());
  m_labels.push_back(kept);
  m_label_ids.emplace(kept, out);
  return true;
}

void FeatureCache::grow() {
  std::vector<Slot> old(m_slots.size() * 2);
  old.swap(m_slots);
  const std::size_t mask = m_slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.key == nullptr) continue;
    std::size_t i = hash(slot.key) & mask;
    while (m_slots[i].key != nullptr) i = (i + 1) & mask;
    m_slots[i] = slot;
  }
  m_retired.push_back(std::move(old));
}

std::uint32_t new_memo_owner() {
  static std::atomic<std::uint32_t> next{1};
  std::uint32_t owner = next++;
  while (owner == 0) owner = next++;  // 0 marks an empty cell, even after wrapping
  return owner;
}

}  // namespace kankei::tokens
