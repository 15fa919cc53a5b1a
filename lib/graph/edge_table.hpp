// Internal to graph/: edge ids by what makes two mentions one edge.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace kankei::graph {

// (source, target, relation, negated). The relation is interned (an index
// into KnowledgeGraph::Impl's relation names), so a key is four numbers.
struct EdgeKey {
  NodeId source = 0;
  NodeId target = 0;
  std::uint32_t relation = 0;
  bool negated = false;
};

// Open addressing with linear probing over one array of 16-byte slots,
// doubled when half full. A graph of a million edges then costs no
// allocation per edge, and a look-up reads one or two cache lines where a
// node-based map chases pointers. Node, edge and relation ids must fit in
// 32 bits (31 for relations); insert throws std::length_error otherwise.
class EdgeTable {
 public:
  std::optional<EdgeId> find(const EdgeKey& key) const;
  // The edge of `key`: the one already there (second = false), or `id`,
  // which is then stored for it (second = true).
  std::pair<EdgeId, bool> insert(const EdgeKey& key, EdgeId id);
  std::size_t size() const { return m_size; }
  std::size_t capacity() const { return m_slots.size(); }

 private:
  struct Slot {
    std::uint32_t source = 0;
    std::uint32_t target = 0;
    std::uint32_t relation_negated = 0;  // relation << 1 | negated
    std::uint32_t edge_plus_one = 0;     // 0 marks an empty slot
  };

  static Slot packed(const EdgeKey& key);
  static bool same_key(const Slot& a, const Slot& b);
  std::size_t home(const Slot& key) const;  // the first slot to probe
  void grow();

  std::vector<Slot> m_slots;  // a power of two in size, or empty
  std::size_t m_size = 0;
};

}  // namespace kankei::graph
