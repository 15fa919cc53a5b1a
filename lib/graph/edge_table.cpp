// EdgeTable: a flat hash table from edge keys to edge ids.
#include "graph/edge_table.hpp"

#include <limits>
#include <stdexcept>

namespace kankei::graph {
namespace {

constexpr std::uint64_t max32 = std::numeric_limits<std::uint32_t>::max();

// splitmix64's finaliser: every input bit moves every output bit, so that
// masking the low bits gives evenly spread slots.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

EdgeTable::Slot EdgeTable::packed(const EdgeKey& key) {
  if (key.source >= max32 || key.target >= max32 || key.relation >= max32 / 2) {
    throw std::length_error("graph too large: ids must fit in 32 bits");
  }
  return Slot{static_cast<std::uint32_t>(key.source), static_cast<std::uint32_t>(key.target),
              key.relation << 1 | (key.negated ? 1u : 0u), 0};
}

bool EdgeTable::same_key(const Slot& a, const Slot& b) {
  return a.source == b.source && a.target == b.target && a.relation_negated == b.relation_negated;
}

std::size_t EdgeTable::home(const Slot& key) const {
  const std::uint64_t ends = std::uint64_t{key.source} << 32 | key.target;
  return static_cast<std::size_t>(mix(ends ^ mix(key.relation_negated))) & (m_slots.size() - 1);
}

std::optional<EdgeId> EdgeTable::find(const EdgeKey& key) const {
  if (m_slots.empty()) return std::nullopt;
  const Slot wanted = packed(key);
  for (std::size_t i = home(wanted);; i = (i + 1) & (m_slots.size() - 1)) {
    const Slot& slot = m_slots[i];
    if (slot.edge_plus_one == 0) return std::nullopt;
    if (same_key(slot, wanted)) return slot.edge_plus_one - 1;
  }
}

std::pair<EdgeId, bool> EdgeTable::insert(const EdgeKey& key, EdgeId id) {
  if (id >= max32) throw std::length_error("graph too large: ids must fit in 32 bits");
  if (2 * (m_size + 1) > m_slots.size()) grow();
  Slot wanted = packed(key);
  for (std::size_t i = home(wanted);; i = (i + 1) & (m_slots.size() - 1)) {
    Slot& slot = m_slots[i];
    if (slot.edge_plus_one == 0) {
      wanted.edge_plus_one = static_cast<std::uint32_t>(id + 1);
      slot = wanted;
      ++m_size;
      return {id, true};
    }
    if (same_key(slot, wanted)) return {slot.edge_plus_one - 1, false};
  }
}

void EdgeTable::grow() {
  std::vector<Slot> old(m_slots.empty() ? 16 : 2 * m_slots.size());
  old.swap(m_slots);
  for (const Slot& slot : old) {
    if (slot.edge_plus_one == 0) continue;
    std::size_t i = home(slot);
    while (m_slots[i].edge_plus_one != 0) i = (i + 1) & (m_slots.size() - 1);
    m_slots[i] = slot;
  }
}

}  // namespace kankei::graph
