// KnowledgeGraph: actors as vertices, aggregated relations as edges with
// their evidence. The only folder that knows Boost.Graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kankei::graph {

using NodeId = std::size_t;
using EdgeId = std::size_t;

struct ActorNode {
  std::string id;           // canonical id: RUS, vladimir_putin
  std::string kind;         // state, person, ...
  std::string label;        // Japanese name for diagrams
  std::string name_en;
  std::string affiliation;  // state of a person; empty when none
};

// Why an edge exists: one sentence of one document.
struct Evidence {
  std::string doc;
  std::string date;
  std::string sentence;
  std::uint32_t sentence_index = 0;
  std::uint32_t begin = 0;  // code-point span of the sentence in the document
  std::uint32_t end = 0;
  std::string trigger;
  std::string rule;
  double confidence = 0.0;
  bool hypothetical = false;
};

struct RelationEdge {
  NodeId source = 0;
  NodeId target = 0;
  std::string relation;
  bool symmetric = false;
  bool negated = false;       // every mention denies the relation
  bool hypothetical = false;  // every mention is hypothetical
  bool background = false;    // from the dictionary (member_of, leader_of), not from text
  std::size_t count = 0;      // number of mentions
  double confidence = 0.0;    // the strongest mention's
  std::vector<Evidence> evidence;
};

// A directed multigraph. Mentions of the same (source, relation, target,
// negated) aggregate into one edge; symmetric relations store their ends in
// id order. Node and edge ids are dense and stable (insertion order).
// Const member functions (and the queries of paths.hpp) may run on several
// threads at once; adding needs the graph to itself.
class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  // Returns the node of `node.id`, adding it when new (existing data is kept).
  NodeId add_actor(const ActorNode& node);
  std::optional<NodeId> find(std::string_view id) const;

  // Adds one mention; returns the edge it was aggregated into.
  EdgeId add_mention(NodeId source, std::string_view relation, NodeId target, bool symmetric, bool negated,
                     Evidence evidence);
  // Adds a background edge (no evidence) unless the same one exists.
  EdgeId add_background(NodeId source, std::string_view relation, NodeId target);
  // Adds a whole edge as read from a graph file, merging with an equal key.
  EdgeId add_edge(RelationEdge edge);

  std::size_t node_count() const;
  std::size_t edge_count() const;
  const ActorNode& node(NodeId id) const;
  const RelationEdge& edge(EdgeId id) const;
  // Edges leaving / entering a node, in insertion (= id) order.
  std::vector<EdgeId> out_edges(NodeId id) const;
  std::vector<EdgeId> in_edges(NodeId id) const;

  struct Impl;
  // For graph/'s own algorithms (paths); not part of the public API.
  const Impl& impl() const { return *m_impl; }

 private:
  std::unique_ptr<Impl> m_impl;
};

}  // namespace kankei::graph
