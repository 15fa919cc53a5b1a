#!/usr/bin/env bash
# examples/notebook.ipynb runs as written: its code cells, in order, under
# Debian's /usr/bin/python3 (python3-networkx, python3-pandas) next to a graph
# built from examples/corpus, and print one table row per edge of the graph.
# Skips (77) when networkx or pandas is missing; the drawing is checked only
# when matplotlib is installed.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
py=/usr/bin/python3
[ -x "$py" ] || { echo "skip: no $py"; exit 77; }
for module in networkx pandas; do
  "$py" -c "import $module" 2>/dev/null || { echo "skip: $py has no $module (apt-get install python3-$module)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

# The notebook reads "graph.json" from the folder it runs in.
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/graph.json" -j 2 2>/dev/null || { echo "FAIL build"; exit 1; }
"$py" - "$EXAMPLES/notebook.ipynb" >"$work/notebook.py" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
assert nb["nbformat"] == 4
cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
assert cells and 'GRAPH = "graph.json"' in cells[0], "the first code cell names the graph"
print("\n\n".join(cells))
PY
check "the notebook has code cells, the first naming graph.json" test $? -eq 0
(cd "$work" && MPLBACKEND=Agg "$py" notebook.py >"$work/out.txt" 2>"$work/err.txt")
code=$?
check "the notebook's code runs without error" test $code -eq 0
[ $code -eq 0 ] || cat "$work/err.txt"

check "it prints one edge-table row per edge of the graph" "$py" - "$work/graph.json" "$work/out.txt" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
out = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert out[0] == f"graph.json: {len(g['nodes'])} actors, {len(g['edges'])} edges" + out[0][out[0].index(" (networkx"):], out[0]
assert f"{len(g['edges'])} edges" in out, "no edge count line"
start = out.index(f"{len(g['edges'])} edges") + 1
header = out[start].split()
assert header == ["source", "relation", "target", "count", "evidence"], header
rows = [line.split(None, 4) for line in out[start + 1:start + 1 + len(g["edges"])]]
printed = sorted(tuple(r[:3]) for r in rows)
expected = sorted((e["source"], e["relation"], e["target"]) for e in g["edges"])
assert printed == expected, set(printed) ^ set(expected)
# A row of the corpus, with its count and first evidence sentence.
assert ["PRK", "supplies", "RUS", "1", "北朝鮮はロシアに砲弾を供給したとみられる。"] in rows, rows
print(f"{len(rows)} rows = {len(g['edges'])} edges")
PY
check "it sums mentions per relation (5 supplies in the corpus)" grep -Eq '^supplies +5$' "$work/out.txt"
if "$py" -c 'import matplotlib' 2>/dev/null; then
  check "it draws graph.png" bash -c "grep -q '^drew graph.png' '$work/out.txt' && head -c 8 '$work/graph.png' | od -An -c | grep -q 'P   N   G'"
else
  echo "skip: no matplotlib, so no drawing to check"
fi

echo "$failures failure(s)"
test "$failures" -eq 0
