#!/usr/bin/env bash
# End-to-end tests of the kankei program over examples/. Each check prints
# what it tests and fails the script on the first mismatch.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

# build writes JSON, DOT (and dot accepts it) with the expected content.
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/graph.json" --dot "$work/graph.dot" -j 2 2>"$work/build.err"
check "build exits 0" test $? -eq 0
check "build writes node-link JSON" grep -q '"multigraph": true' "$work/graph.json"
check "the graph holds an edge of the corpus (RUS supplies KAZ)" \
  python3 -c "import json,sys; g=json.load(open('$work/graph.json')); sys.exit(0 if any(e['source']=='RUS' and e['target']=='KAZ' and e['relation']=='supplies' for e in g['edges']) else 1)"
check "DOT has Japanese labels" grep -q 'label="カザフスタン"' "$work/graph.dot"
if command -v dot >/dev/null; then
  check "graphviz accepts the DOT" dot -Tsvg "$work/graph.dot" -o "$work/graph.svg"
  check "the SVG shows Japanese text" grep -q 'カザフスタン' "$work/graph.svg"
fi

# extract prints the contract fields, one JSON object per line, logs on stderr only.
"$KANKEI" extract "$EXAMPLES/corpus" >"$work/out.jsonl" 2>"$work/extract.err"
check "extract exits 0" test $? -eq 0
check "extract output has the contract fields" python3 - "$work/out.jsonl" <<'PY'
import json, sys
need = {"doc","sentence","sentence_index","begin","end","source","relation","target","negated","hypothetical","trigger","rule","confidence"}
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no output"
for line in lines:
    r = json.loads(line)
    assert need <= r.keys(), need - r.keys()
    assert 0 < r["confidence"] <= 1
sys.exit(0)
PY
check "same output with 1 and 2 jobs" bash -c "'$KANKEI' extract '$EXAMPLES/corpus' -j 1 | cmp -s - '$work/out.jsonl'"

# JSON Lines input from stdin carries the record id.
printf '{"id":"n1","text":"米国は北朝鮮を非難した。","date":"2026-01-01"}\n' | "$KANKEI" extract - >"$work/stdin.jsonl"
check "JSONL stdin record id is the doc" grep -q '"doc":"n1"' "$work/stdin.jsonl"

# Errors: missing path, invalid UTF-8, usage.
"$KANKEI" extract "$work/missing.txt" >/dev/null 2>"$work/err"; code=$?
check "a missing path exits 1" test $code -eq 1
check "the error names the path" grep -q 'missing.txt' "$work/err"
printf 'ロシア\xffは\n' >"$work/bad.txt"
printf 'ロシアはウクライナを攻撃した。\n' >"$work/good.txt"
"$KANKEI" extract "$work/bad.txt" >/dev/null 2>"$work/err"; code=$?
check "invalid UTF-8 exits 1" test $code -eq 1
check "the error names file and byte" grep -q 'bad.txt: byte 9' "$work/err"
"$KANKEI" extract -k "$work/bad.txt" "$work/good.txt" >"$work/kg.jsonl" 2>"$work/err"; code=$?
check "--keep-going skips the bad document and exits 3" test $code -eq 3
check "--keep-going still reads the good document" grep -q '"relation":"attacks"' "$work/kg.jsonl"
"$KANKEI" extract >/dev/null 2>&1; code=$?
check "a usage error exits 2" test $code -eq 2
"$KANKEI" --help >"$work/help" 2>&1
check "--help documents the exit codes" grep -q 'Exit codes' "$work/help"

# A failed build leaves an existing graph untouched.
cp "$work/graph.json" "$work/keep.json"
"$KANKEI" build "$work/bad.txt" -o "$work/keep.json" >/dev/null 2>&1
check "a failed build keeps the old graph" cmp -s "$work/graph.json" "$work/keep.json"

# actors searches the dictionary by id, Japanese form (any width) and English name.
check "actors finds a state by a short form" bash -c "'$KANKEI' actors カザフ | grep -q '^KAZ	state	カザフスタン	Kazakhstan'"
check "actors finds NATO written in full width" bash -c "'$KANKEI' actors ＮＡＴＯ | head -1 | grep -q '^NATO	'"
check "actors ranks an exact one-kanji abbreviation first" bash -c "'$KANKEI' actors 露 | head -1 | grep -q '^RUS	'"
check "actors finds a person by English name, with the state" bash -c "'$KANKEI' actors 'vladimir putin' | grep -q '^vladimir_putin	person	.*	RUS	'"
check "actors --kind filters" bash -c "'$KANKEI' actors --kind organisation | cut -f2 | sort -u | grep -qx organisation"
check "actors --json gives members" bash -c "'$KANKEI' actors --json CSTO | python3 -c 'import json,sys; a=json.loads(sys.stdin.readline()); sys.exit(0 if \"KAZ\" in a[\"members\"] else 1)'"
"$KANKEI" actors zzzzqq >/dev/null 2>"$work/err"; code=$?
check "actors with no match exits 1 and says so" bash -c "test $code -eq 1 && grep -q 'no actor matches' '$work/err'"

echo "$failures failure(s)"
test "$failures" -eq 0
