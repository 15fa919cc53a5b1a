#!/usr/bin/env bash
# The JSON graph loads with Debian's networkx 2.8 and with the networkx 3.x of
# the python3 first on PATH, with the node and edge counts kankei wrote.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/graph.json" 2>/dev/null || exit 1
cat >"$work/load.py" <<'PY'
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
try:  # networkx >= 3.4 names the key "edges"; 2.8 to 3.3 call it "link"
    g = nx.node_link_graph(data, edges="edges")
except TypeError:
    g = nx.node_link_graph(data, link="edges")
assert g.is_directed() and g.is_multigraph()
assert g.number_of_nodes() == len(data["nodes"]) > 5, g.number_of_nodes()
assert g.number_of_edges() == len(data["edges"]) > 5, g.number_of_edges()
assert g.has_edge("RUS", "KAZ")
print(f"networkx {nx.__version__}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
PY
ran=0
for py in /usr/bin/python3 "$(command -v python3)"; do
  if "$py" -c 'import networkx' 2>/dev/null; then
    "$py" "$work/load.py" "$work/graph.json" || exit 1
    ran=$((ran + 1))
  else
    echo "skip: $py has no networkx"
  fi
done
[ "$ran" -gt 0 ] || exit 77
