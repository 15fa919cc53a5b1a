#!/usr/bin/env bash
# End-to-end tests of the graph subcommands (path, neighbors, export, render)
# and of incremental builds, over the graph of examples/corpus. The expected
# values come from the corpus: 北朝鮮はロシアに砲弾を供給した (PRK supplies RUS)
# and ロシア軍は…ウクライナ東部を砲撃した (RUS attacks UKR) make PRK -> RUS -> UKR
# the one two-hop path from North Korea to Ukraine.
# A group of checks that needs a missing tool (python3, networkx, graphviz)
# is skipped with the reason; the script then exits 77 unless a check failed.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
skipped=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
skip() {  # skip WHY: a group of checks cannot run here
  echo "skip $1"; skipped=$((skipped + 1))
}
have_python=0; command -v python3 >/dev/null && have_python=1
# Debian's networkx is the one the contract names (DESIGN.md).
have_networkx=0; /usr/bin/python3 -c 'import networkx' 2>/dev/null && have_networkx=1
corpus=$EXAMPLES/corpus

"$KANKEI" build "$corpus" -o "$work/g.json" -j 2 2>"$work/build.err"
check "build exits 0" test $? -eq 0
[ -s "$work/g.json" ] || { echo "FAIL no graph to query"; exit 1; }

# --- path: text output, names in any form, evidence ---
"$KANKEI" path "$work/g.json" PRK UKR >"$work/path.txt" 2>"$work/err"
check "path exits 0" test $? -eq 0
check "path heading says 2 hops" grep -qx 'path 1: 北朝鮮 (PRK) → ウクライナ (UKR), 2 hops' "$work/path.txt"
check "first hop: PRK supplies RUS" grep -qF '北朝鮮 (PRK) -[supplies 供与]-> ロシア (RUS)' "$work/path.txt"
check "second hop: RUS attacks UKR" grep -qF 'ロシア (RUS) -[attacks 攻撃]-> ウクライナ (UKR)' "$work/path.txt"
check "the evidence sentence is printed with doc and offsets" \
  grep -qF '03-europe-security [160-181]: 北朝鮮はロシアに砲弾を供給したとみられる。' "$work/path.txt"
check "path prints nothing on stderr" test ! -s "$work/err"
"$KANKEI" path "$work/g.json" 北朝鮮 ukraine >"$work/path-names.txt" 2>/dev/null
check "actors may be named in Japanese and English (any case)" cmp -s "$work/path.txt" "$work/path-names.txt"

if [ $have_python -eq 1 ]; then
  "$KANKEI" path "$work/g.json" PRK UKR --json >"$work/path.json"
  check "path --json has the hops, relations and evidence" python3 - "$work/path.json" <<'PY'
import json, sys
paths = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(paths) == 1, paths
hops = paths[0]["hops"]
assert [(h["from"], h["relation"], h["to"]) for h in hops] == [("PRK", "supplies", "RUS"), ("RUS", "attacks", "UKR")], hops
assert paths[0]["cost"] == 2
ev = hops[1]["evidence"]
assert ev["doc"] == "03-europe-security" and "ウクライナ" in ev["sentence"], ev
PY
  "$KANKEI" path "$work/g.json" PRK UKR --json -k 2 >"$work/k2.json"
  check "-k 2 gives at most 2 paths in nondecreasing cost, the shortest first" python3 - "$work/k2.json" <<'PY'
import json, sys
paths = json.load(open(sys.argv[1], encoding="utf-8"))
assert 1 <= len(paths) <= 2, len(paths)
costs = [p["cost"] for p in paths]
assert costs == sorted(costs), costs
assert len(paths[0]["hops"]) == 2
assert len({tuple(h["edge"] for h in p["hops"]) for p in paths}) == len(paths), "duplicate paths"
PY
  "$KANKEI" path "$work/g.json" PRK UKR --json --all --max-hops 5 >"$work/all.json"
  check "--all lists distinct simple paths within --max-hops, shortest first" python3 - "$work/all.json" <<'PY'
import json, sys
paths = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(paths) >= 2, len(paths)
for p in paths:
    nodes = [p["hops"][0]["from"]] + [h["to"] for h in p["hops"]]
    assert len(p["hops"]) <= 5 and len(set(nodes)) == len(nodes), nodes
    assert nodes[0] == "PRK" and nodes[-1] == "UKR", nodes
assert len(paths[0]["hops"]) == 2
# 北朝鮮 -> ロシア -批判-> NATO <-加盟- ドイツ -供与-> ウクライナ is one of them.
assert any([h["relation"] for h in p["hops"]] == ["supplies", "criticizes", "member_of", "supplies"] for p in paths)
PY
else
  skip "path --json checks: no python3"
fi
"$KANKEI" path "$work/g.json" PRK UKR --all --max-hops 2 >"$work/all2.txt"
check "--all --max-hops 2 finds only the two-hop path" test "$(grep -c '^path ' "$work/all2.txt")" -eq 1

# --- path: filters and errors ---
"$KANKEI" path "$work/g.json" PRK UKR --relation supplies >"$work/out" 2>"$work/err"; code=$?
check "a filter that removes the path exits 1" test $code -eq 1
check "... and says there is no path" grep -q 'no path from PRK to UKR' "$work/err"
check "... and prints nothing on stdout" test ! -s "$work/out"
"$KANKEI" path "$work/g.json" PRK UKR --relation supplies,attacks >/dev/null 2>&1
check "--relation takes a comma list" test $? -eq 0
"$KANKEI" path "$work/g.json" PRK UKR --relation supplies --relation attacks >/dev/null 2>&1
check "--relation may be repeated" test $? -eq 0
"$KANKEI" path "$work/g.json" PRK UKR --direction forward >/dev/null 2>&1
check "--direction forward follows supplies then attacks" test $? -eq 0
"$KANKEI" path "$work/g.json" UKR PRK --direction forward --json >"$work/out" 2>/dev/null; code=$?
check "--direction forward cannot walk back from UKR to PRK (exit 1, [])" \
  bash -c "test $code -eq 1 && test \"\$(tr -d '[:space:]' <'$work/out')\" = '[]'"
"$KANKEI" path "$work/g.json" PRK UKR --min-count 2 >/dev/null 2>&1
check "--min-count 2 removes the single-mention hops" test $? -eq 1
"$KANKEI" path "$work/g.json" PRK UKR --relation supply >/dev/null 2>"$work/err"; code=$?
check "an unknown relation is a usage error (exit 2)" test $code -eq 2
check "... that lists the valid relations" grep -q 'valid relations: .*supplies' "$work/err"
"$KANKEI" path "$work/g.json" Rusia UKR >/dev/null 2>"$work/err"; code=$?
check "an unknown actor exits 1" test $code -eq 1
check "... naming the graph and the closest actor" grep -qF "unknown actor 'Rusia' in $work/g.json; closest: RUS (ロシア)" "$work/err"
printf '{"nodes": 3}\n' >"$work/not-graph.json"
"$KANKEI" path "$work/not-graph.json" RUS UKR >/dev/null 2>"$work/err"; code=$?
check "a JSON file that is no graph exits 1 and is named" bash -c "test $code -eq 1 && grep -q 'not-graph.json' '$work/err'"
"$KANKEI" path "$work/missing.json" RUS UKR >/dev/null 2>"$work/err"; code=$?
check "a missing graph exits 1 and is named" bash -c "test $code -eq 1 && grep -q 'missing.json' '$work/err'"
"$KANKEI" path "$work/g.json" RUS UKR --since 2026-13-xx >/dev/null 2>&1
check "a malformed --since is a usage error" test $? -eq 2
"$KANKEI" path --help >"$work/help"
check "path --help documents the exit code of 'no path'" grep -q '1 no path' "$work/help"

# --- date windows: dated JSON Lines records ---
printf '%s\n' '{"id":"a","text":"北朝鮮はロシアに砲弾を供給した。","date":"2026-01-05"}' \
  '{"id":"b","text":"ロシアはウクライナを攻撃した。","date":"2026-02-10"}' \
  '{"id":"c","text":"ロシアはウクライナを攻撃した。","date":"2026-03-01"}' >"$work/dated.jsonl"
"$KANKEI" build "$work/dated.jsonl" -o "$work/dated.json" 2>/dev/null
"$KANKEI" path "$work/dated.json" PRK UKR >"$work/dated.txt" 2>/dev/null
check "dated graph: PRK reaches UKR without a window" grep -qF 'a 2026-01-05 [0-16]: 北朝鮮はロシアに砲弾を供給した。' "$work/dated.txt"
"$KANKEI" path "$work/dated.json" PRK UKR --since 2026-02 >/dev/null 2>&1
check "--since 2026-02 drops the January supply, so no path" test $? -eq 1
"$KANKEI" path "$work/dated.json" PRK UKR --until 2026-02 >"$work/dated.txt" 2>/dev/null
check "--until 2026-02 keeps 2026-02-10 and shows it as the evidence" \
  grep -qF 'b 2026-02-10 [0-15]: ロシアはウクライナを攻撃した。' "$work/dated.txt"
"$KANKEI" neighbors "$work/dated.json" RUS --since 2026-03 --no-background >"$work/dated.txt"
check "neighbors --since counts only the mentions inside the window" \
  bash -c "grep -qF 'ロシア (RUS) -[attacks 攻撃]-> ウクライナ (UKR)  ×1' '$work/dated.txt' && ! grep -q PRK '$work/dated.txt'"

# --- neighbors ---
"$KANKEI" neighbors "$work/g.json" ロシア >"$work/nb.txt"
check "neighbors exits 0" test $? -eq 0
check "neighbors lists RUS attacks UKR" grep -qF 'ロシア (RUS) -[attacks 攻撃]-> ウクライナ (UKR)' "$work/nb.txt"
check "neighbors lists edges into the actor (PRK supplies RUS)" grep -qF '北朝鮮 (PRK) -[supplies 供与]-> ロシア (RUS)' "$work/nb.txt"
check "neighbors prints the evidence" grep -qF 'ロシアはNATOの東方拡大を批判している。' "$work/nb.txt"
"$KANKEI" neighbors "$work/g.json" PRK --no-background >"$work/nb1.txt"
check "PRK at depth 1 has one neighbour" grep -qx '北朝鮮 (PRK): 1 actor within 1 hop, 1 edge' "$work/nb1.txt"
check "... and does not reach Ukraine" bash -c "! grep -q 'UKR' '$work/nb1.txt'"
"$KANKEI" neighbors "$work/g.json" PRK --no-background --depth 2 >"$work/nb2.txt"
check "--depth 2 reaches Ukraine through Russia" grep -qF 'ロシア (RUS) -[attacks 攻撃]-> ウクライナ (UKR)' "$work/nb2.txt"
if [ $have_python -eq 1 ]; then
  "$KANKEI" neighbors "$work/g.json" PRK --no-background --json >"$work/nb.json"
  check "neighbors --json is the node-link subgraph" python3 - "$work/nb.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert sorted(n["id"] for n in g["nodes"]) == ["PRK", "RUS"], g["nodes"]
assert [(e["source"], e["relation"], e["target"]) for e in g["edges"]] == [("PRK", "supplies", "RUS")]
PY
else
  skip "neighbors --json check: no python3"
fi
"$KANKEI" neighbors "$work/g.json" RUS --dot "$work/nb.dot" >/dev/null
check "neighbors --dot writes a diagram of the neighbourhood" \
  bash -c "grep -q 'label=\"ウクライナ\"' '$work/nb.dot' && ! grep -q 'label=\"ポーランド\"' '$work/nb.dot'"
"$KANKEI" neighbors "$work/g.json" RUS -o "$work/nb.graphml" >/dev/null
check "neighbors -o infers graphml from the extension" grep -q '<graphml' "$work/nb.graphml"
"$KANKEI" neighbors "$work/g.json" Rusia >/dev/null 2>"$work/err"
check "neighbors of an unknown actor exits 1 with suggestions" bash -c "test $? -eq 1 && grep -q 'closest: RUS' '$work/err'"

# --- export: every format ---
for f in dot json graphml html jsonl; do
  "$KANKEI" export "$work/g.json" --format $f -o "$work/x.$f"
  check "export --format $f exits 0" test $? -eq 0
done
check "export json without filters is the graph unchanged" cmp -s "$work/g.json" "$work/x.json"
check "export dot has Japanese labels and a CJK font" \
  bash -c "grep -q 'label=\"カザフスタン\"' '$work/x.dot' && grep -q 'fontname=\"Noto Sans CJK JP\"' '$work/x.dot'"
"$KANKEI" export "$work/g.json" -o "$work/inferred.graphml"
check "export infers the format from -o" cmp -s "$work/x.graphml" "$work/inferred.graphml"
"$KANKEI" export "$work/g.json" -o "$work/x.unknown" 2>/dev/null
check "export with an unknown extension and no --format is a usage error" test $? -eq 2
"$KANKEI" export "$work/g.json" --format dot >"$work/stdout.dot"
check "export -o - (the default) writes to stdout" cmp -s "$work/x.dot" "$work/stdout.dot"

"$KANKEI" export "$work/g.json" --format csv -o "$work/neo"
check "export csv writes NAME.nodes.csv and NAME.edges.csv" test -s "$work/neo.nodes.csv" -a -s "$work/neo.edges.csv"
check "CSV node header is Neo4j's" bash -c "head -1 '$work/neo.nodes.csv' | grep -q '^id:ID,.*:LABEL'"
check "CSV edge header is Neo4j's" bash -c "head -1 '$work/neo.edges.csv' | grep -q '^:START_ID,:END_ID,:TYPE,'"
check "CSV has the relation as :TYPE" grep -q '^PRK,RUS,SUPPLIES,1,' "$work/neo.edges.csv"
"$KANKEI" export "$work/g.json" --format csv -o "$work/neo-dir/"
check "export csv -o DIR/ writes DIR/nodes.csv and DIR/edges.csv" test -s "$work/neo-dir/nodes.csv" -a -s "$work/neo-dir/edges.csv"
"$KANKEI" export "$work/g.json" --format csv >/dev/null 2>&1
check "csv to stdout is a usage error" test $? -eq 2

check "html is one file with no external scripts, styles or fetches" bash -c "
  ! grep -Eiq '<script[^>]+src=|<link[^>]+href=|@import|url\\((https?:)?//|fetch\\(' '$work/x.html' &&
  test \"\$(grep -Eo 'https?://[^\"]+' '$work/x.html' | grep -v '^http://www.w3.org/' | wc -l)\" -eq 0"
check "html carries the graph and the evidence" grep -qF '北朝鮮はロシアに砲弾を供給したとみられる。' "$work/x.html"

if [ $have_python -eq 1 ]; then
  check "CSV rows: one per node and edge of the JSON" python3 - "$work/g.json" "$work/neo.nodes.csv" "$work/neo.edges.csv" <<'PY'
import csv, json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
nodes = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
edges = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert len(nodes) == len(g["nodes"]) and len(edges) == len(g["edges"]), (len(nodes), len(edges))
assert {r[":TYPE"] for r in edges} >= {"SUPPLIES", "ATTACKS", "MEMBER_OF"}
for r in edges:
    json.loads(r["evidence"])  # a JSON array in one field
PY
  check "jsonl: every line parses, one per evidence sentence of the JSON" python3 - "$work/g.json" "$work/x.jsonl" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(lines) == sum(len(e.get("evidence", [])) for e in g["edges"]) > 0
assert any(r["source"] == "PRK" and r["relation"] == "supplies" and r["target"] == "RUS" for r in lines)
for r in lines:
    assert {"doc", "sentence", "begin", "end", "relation", "confidence"} <= r.keys()
PY
  "$KANKEI" export "$work/g.json" --relation supplies --no-background -o "$work/supplies.json"
  check "export --relation keeps only those edges" python3 - "$work/supplies.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
edges = {(e["source"], e["target"]) for e in g["edges"]}
assert {e["relation"] for e in g["edges"]} == {"supplies"}
# The corpus: RUS->KAZ, CHN->KAZ, CHN->UZB, DEU->UKR, PRK->RUS.
assert edges == {("RUS", "KAZ"), ("CHN", "KAZ"), ("CHN", "UZB"), ("DEU", "UKR"), ("PRK", "RUS")}, edges
assert {n["id"] for n in g["nodes"]} == {a for e in edges for a in e}
PY
else
  skip "CSV, JSONL and filtered export checks: no python3"
fi

if [ $have_networkx -eq 1 ]; then
  check "graphml round-trips through networkx.read_graphml" /usr/bin/python3 - "$work/g.json" "$work/x.graphml" <<'PY'
import json, sys
import networkx as nx
g = json.load(open(sys.argv[1], encoding="utf-8"))
h = nx.read_graphml(sys.argv[2])
assert h.number_of_nodes() == len(g["nodes"]), h.number_of_nodes()
assert h.number_of_edges() == len(g["edges"]), h.number_of_edges()
assert h.nodes["KAZ"]["label"] == "カザフスタン"
assert any(d["relation"] == "supplies" for _, _, d in h.edges("PRK", data=True))
PY
else
  skip "graphml round trip: /usr/bin/python3 has no networkx (apt-get install python3-networkx)"
fi

# --- render ---
if command -v dot >/dev/null; then
  "$KANKEI" render "$work/g.json" -o "$work/g.png"
  check "render writes a PNG" bash -c "head -c 8 '$work/g.png' | od -An -c | grep -q 'P   N   G'"
  "$KANKEI" render "$work/g.json" -o "$work/g.svg" --around RUS
  check "render --around draws the neighbourhood in Japanese" \
    bash -c "grep -q 'ウクライナ' '$work/g.svg' && ! grep -q 'ポーランド' '$work/g.svg'"
  check "render leaves no temporary files" bash -c "! ls '$work' | grep -q '\\.tmp'"
else
  skip "render checks: graphviz 'dot' not found"
fi
"$KANKEI" render "$work/g.json" -o "$work/g.gif" 2>/dev/null
check "render of an unknown image format is a usage error" test $? -eq 2

# --- incremental build: A, then B added to it, equals A and B at once ---
"$KANKEI" build "$corpus/01-central-asia.txt" "$corpus/02-iran-talks.txt" -o "$work/a.json" 2>/dev/null &&
  "$KANKEI" build "$corpus/03-europe-security.txt" --graph "$work/a.json" -o "$work/ab.json" 2>/dev/null &&
  "$KANKEI" build "$corpus" -o "$work/ab2.json" 2>/dev/null
check "incremental builds exit 0" test $? -eq 0
if [ $have_python -eq 1 ]; then
  check "build B --graph A equals build A B (nodes, edges, counts, evidence)" python3 - "$work/ab.json" "$work/ab2.json" <<'PY'
import json, sys
def content(path):
    g = json.load(open(path, encoding="utf-8"))
    nodes = {n["id"] for n in g["nodes"]}
    edges = {}
    for e in g["edges"]:
        key = (e["source"], e["relation"], e["target"], e.get("negated", False))
        assert key not in edges, f"{path}: duplicate edge {key}"
        edges[key] = (e["count"], sorted((v["doc"], v["begin"], v["sentence"]) for v in e.get("evidence", [])))
    return nodes, edges
(n1, e1), (n2, e2) = content(sys.argv[1]), content(sys.argv[2])
assert n1 == n2, n1 ^ n2
assert e1.keys() == e2.keys(), set(e1) ^ set(e2)
assert e1 == e2, [k for k in e1 if e1[k] != e2[k]]
assert ("PRK", "supplies", "RUS", False) in e1 and len(e1) > 20
PY
else
  skip "incremental build comparison: no python3"
fi

echo "$failures failure(s), $skipped group(s) skipped"
[ "$failures" -eq 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
exit 0
