#!/usr/bin/env bash
# Reliability of the kankei program on bad and odd input (issue 7), and the
# merge step that builds a graph from extract's JSON Lines (issue 6). Each
# check prints what it tests; the script fails when any check failed.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
DICT=${KANKEI_TEST_DICT:-$EXAMPLES/../dict}
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
skip() { echo "skip $1"; }
good="$work/good.txt"
printf 'ロシアはウクライナを攻撃した。\n' >"$good"

echo "# NUL bytes and binary files"
printf 'ロシアは\x00ウクライナを攻撃した。\n' >"$work/nul.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\x03\x00' >"$work/binary.txt"
"$KANKEI" extract "$work/nul.txt" >"$work/out" 2>"$work/err"; code=$?
check "a NUL byte exits 1" test $code -eq 1
check "the error names the file and the byte offset of the NUL" grep -q 'nul.txt: byte 12: NUL byte in text' "$work/err"
check "nothing is written on stdout" test ! -s "$work/out"
"$KANKEI" extract "$work/binary.txt" >/dev/null 2>"$work/err"; code=$?
check "a binary file exits 1, naming file and byte" bash -c "test $code -eq 1 && grep -q 'binary.txt: byte 7: NUL byte in text' '$work/err'"
"$KANKEI" extract -k "$work/nul.txt" "$work/binary.txt" "$good" >"$work/out" 2>"$work/err"; code=$?
check "--keep-going skips both and exits 3" test $code -eq 3
check "--keep-going logs each skip" test "$(grep -c '^kankei: warning: skipped: .*NUL byte' "$work/err")" -eq 2
check "--keep-going still reads the good document" grep -q '"doc":"good".*"relation":"attacks"' "$work/out"
timeout 20 "$KANKEI" extract /dev/zero >/dev/null 2>"$work/err"; code=$?
check "/dev/zero fails at byte 0 instead of filling memory" bash -c "test $code -eq 1 && grep -q '/dev/zero: byte 0' '$work/err'"

echo "# UTF-8 BOM, CRLF line ends and full-width spaces"
printf '\xef\xbb\xbf\xe3\x80\x80\xe3\x80\x80ロシアは\xe3\x80\x80ウクライナを攻撃した。\r\n米国は北朝鮮を非難した。\r\n' >"$work/bom.txt"
"$KANKEI" extract "$work/bom.txt" >"$work/bom.jsonl" 2>"$work/err"; code=$?
check "BOM + CRLF + U+3000 text is read normally (exit 0)" test $code -eq 0
# Offsets are code points of the document as it is on disk (DESIGN.md),
# the BOM included: begin/end slice out the sentence, trigger_begin/_end the trigger.
check "offsets slice the original file to the sentence and the trigger" python3 - "$work/bom.txt" "$work/bom.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")  # not utf-8-sig: the BOM is code point 0
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
got = [(r["source"], r["relation"], r["target"], r["begin"], r["end"], r["trigger_begin"], r["trigger_end"]) for r in records]
assert got == [("RUS", "attacks", "UKR", 3, 19, 14, 16), ("USA", "criticizes", "PRK", 21, 33, 28, 30)], got
for r in records:
    assert text[r["begin"]:r["end"]] == r["sentence"], (r["sentence"], text[r["begin"]:r["end"]])
    assert text[r["trigger_begin"]:r["trigger_end"]] == r["trigger"], r["trigger"]
    assert "\r" not in r["sentence"] and not r["sentence"].startswith("\u3000")
PY

echo "# empty and punctuation-only files"
: >"$work/empty.txt"
printf '。。、！？\n・・・\r\n　　\n' >"$work/punct.txt"
"$KANKEI" extract "$work/empty.txt" "$work/punct.txt" >"$work/out" 2>"$work/err"; code=$?
check "an empty file and a punctuation-only file exit 0" test $code -eq 0
check "... with no output" test ! -s "$work/out"
"$KANKEI" build "$work/empty.txt" -o "$work/empty.json" 2>"$work/err"; code=$?
check "build over an empty file writes an empty graph" \
  bash -c "test $code -eq 0 && python3 -c \"import json; g=json.load(open('$work/empty.json')); assert g['nodes'] == [] and g['edges'] == []\""

echo "# one 10 MB line with no sentence end"
python3 - "$work/long.txt" <<'PY'
import sys
# 10 MB without 。！？ or a line break: filler clauses with a relation every ~4 KB.
unit = ("経済の状況について議論が続いており、" * 200 + "ロシアはウクライナを攻撃し、").encode()
open(sys.argv[1], "wb").write(unit * (10_000_000 // len(unit) + 1))
PY
measure=()
if [ -x /usr/bin/time ]; then measure=(/usr/bin/time -v -o "$work/time"); fi
"${measure[@]}" timeout 120 "$KANKEI" extract -j 1 "$work/long.txt" >"$work/long.jsonl" 2>"$work/err"; code=$?
check "the 10 MB line finishes within 120 s with exit 0" test $code -eq 0
check "its pieces are at most 1024 code points and it still finds relations" python3 - "$work/long.jsonl" <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert len(records) > 800, len(records)
assert max(r["end"] - r["begin"] for r in records) <= 1024
assert all(r["relation"] == "attacks" for r in records)
PY
if [ -s "$work/time" ]; then
  rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time")
  check "its peak RSS stays under 500 MB (was ${rss_kb} kB)" test "${rss_kb:-999999999}" -lt 500000
else
  prlimit --as=2000000000 timeout 120 "$KANKEI" extract -j 1 "$work/long.txt" >/dev/null 2>&1; code=$?
  check "it runs within 2 GB of address space (no /usr/bin/time here)" test $code -eq 0
fi

echo "# unreadable files, missing paths"
cp "$good" "$work/locked.txt"
chmod 000 "$work/locked.txt"
if [ "$(id -u)" -eq 0 ] || [ -r "$work/locked.txt" ]; then
  skip "unreadable file: running as root, where chmod 000 does not stop reading"
else
  "$KANKEI" extract "$work/locked.txt" >/dev/null 2>"$work/err"; code=$?
  check "an unreadable file exits 1 and is named" bash -c "test $code -eq 1 && grep -q 'locked.txt: cannot read file' '$work/err'"
  "$KANKEI" extract -k "$work/locked.txt" "$good" >"$work/out" 2>/dev/null; code=$?
  check "--keep-going skips it (exit 3) and reads the rest" bash -c "test $code -eq 3 && grep -q attacks '$work/out'"
fi
chmod 644 "$work/locked.txt"
"$KANKEI" extract -k "$good" "$work/no/such.txt" >"$work/out" 2>"$work/err"; code=$?
check "a missing path exits 1 even with --keep-going, naming it" \
  bash -c "test $code -eq 1 && grep -q 'no/such.txt: no such file or folder' '$work/err'"
check "... before anything is read" test ! -s "$work/out"

echo "# symlink loops in folders"
mkdir -p "$work/tree/sub"
cp "$good" "$work/tree/a.txt"
cp "$good" "$work/tree/sub/b.txt"
ln -s .. "$work/tree/sub/up"
ln -s . "$work/tree/self"
timeout 30 "$KANKEI" extract -j 1 "$work/tree" >"$work/out" 2>"$work/err"; code=$?
check "a folder with symlink loops is walked to the end (exit 0)" test $code -eq 0
check "each document is read once" test "$(cut -d, -f1 "$work/out" | sort | tr '\n' ' ')" = '{"doc":"a" {"doc":"b" '
check "each loop is skipped with a warning" test "$(grep -c 'folder already read' "$work/err")" -eq 2

echo "# a corrupt graph given to build --graph"
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/graph.json" 2>/dev/null
head -c 2000 "$work/graph.json" >"$work/truncated.json"
printf 'keep me\n' >"$work/out.json"
"$KANKEI" build "$good" --graph "$work/truncated.json" -o "$work/out.json" 2>"$work/err"; code=$?
check "a truncated graph exits 1" test $code -eq 1
check "the error names the file and the byte" grep -q 'truncated.json: byte 2001: not a kankei graph' "$work/err"
check "the -o file is left as it was" test "$(cat "$work/out.json")" = "keep me"
check "no temporary file is left beside it" bash -c "! ls '$work' | grep -q 'out.json.tmp'"
printf '{"nodes":[{"id":"A"}],"edges":[{"source":"A","target":"B","relation":"x"}]}' >"$work/dangling.json"
"$KANKEI" build "$good" --graph "$work/dangling.json" -o "$work/out.json" 2>"$work/err"; code=$?
check "an edge to a missing node exits 1, naming the edge" \
  bash -c "test $code -eq 1 && grep -q 'dangling.json: edges\[0\]: edge refers to an unknown node' '$work/err'"
check "... and the -o file is still unchanged" test "$(cat "$work/out.json")" = "keep me"

echo "# malformed dictionary data"
cp -r "$DICT" "$work/dict"
sed -i '5s/\t/ /g' "$work/dict/actors/states.tsv"
"$KANKEI" extract --dict "$work/dict" "$good" >/dev/null 2>"$work/err"; code=$?
check "a broken actor line exits 1 naming file:line" \
  bash -c "test $code -eq 1 && grep -q 'dict/actors/states.tsv:5: expected 5 TAB-separated columns' '$work/err'"
rm -rf "$work/dict" && cp -r "$DICT" "$work/dict"
printf '交渉\tnegotiates\tverb\textra\n' >>"$work/dict/relations/triggers.tsv"
line=$(wc -l <"$work/dict/relations/triggers.tsv")
"$KANKEI" extract --dict "$work/dict" "$good" >/dev/null 2>"$work/err"; code=$?
check "a trigger line with too many columns exits 1 naming file:line" \
  bash -c "test $code -eq 1 && grep -q 'dict/relations/triggers.tsv:$line: ' '$work/err'"

echo "# unknown actors in queries"
if "$KANKEI" path "$work/graph.json" RUS KAZ 2>/dev/null | grep -q .; then
  "$KANKEI" path "$work/graph.json" ZZZQQ RUS >"$work/out" 2>"$work/err"; code=$?
  check "path with an unknown actor exits 1 and names it" \
    bash -c "test $code -eq 1 && grep -q \"unknown actor 'ZZZQQ'\" '$work/err' && test ! -s '$work/out'"
else
  skip "kankei path is not implemented yet"
fi

echo "# merge"
# The canonical content of a graph: nodes and edges as sorted JSON, the
# evidence of an edge as a set, edge keys left out (they number parallel
# edges in file order).
canon() {
  python3 - "$@" <<'PY'
import json, sys
def canon(path):
    g = json.load(open(path, encoding="utf-8"))
    nodes = sorted(json.dumps(n, sort_keys=True, ensure_ascii=False) for n in g["nodes"])
    edges = []
    for e in g["edges"]:
        e = dict(e)
        e.pop("key", None)
        e["evidence"] = sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in e["evidence"])
        edges.append(json.dumps(e, sort_keys=True, ensure_ascii=False))
    return nodes, sorted(edges)
first = canon(sys.argv[1])
assert first[1], "no edges"
for other in sys.argv[2:]:
    assert canon(other) == first, other
PY
}
"$KANKEI" extract "$EXAMPLES/corpus" >"$work/m.jsonl" 2>/dev/null
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/built.json" --dot "$work/built.dot" 2>/dev/null
"$KANKEI" merge "$work/m.jsonl" -o "$work/merged.json" --dot "$work/merged.dot" 2>"$work/err"; code=$?
check "merge exits 0" test $code -eq 0
check "merge of extract's output is the graph build writes, byte for byte" cmp -s "$work/built.json" "$work/merged.json"
check "... and so is its DOT" cmp -s "$work/built.dot" "$work/merged.dot"
check "the graph has the corpus's edges with counts and evidence" python3 - "$work/merged.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
e = [e for e in g["edges"] if (e["source"], e["relation"], e["target"]) == ("RUS", "supplies", "KAZ")]
assert len(e) == 1 and e[0]["count"] == len(e[0]["evidence"]) >= 1, e
assert e[0]["evidence"][0]["doc"] == "01-central-asia", e[0]["evidence"][0]
assert any(x["background"] for x in g["edges"])
PY
# As the reducer of a Hadoop job: shuffled shards in a folder with _SUCCESS.
mkdir -p "$work/parts"
shuf --random-source=<(yes) "$work/m.jsonl" | split -l 5 - "$work/parts/part-"
touch "$work/parts/_SUCCESS"
"$KANKEI" merge "$work/parts" -o "$work/shards.json" 2>/dev/null; code=$?
check "merge of a folder of shards exits 0" test $code -eq 0
check "shuffled shards in a folder give the same graph content" canon "$work/built.json" "$work/shards.json"
sed 's/^/somekey\t/' "$work/m.jsonl" | "$KANKEI" merge - -o "$work/keyed.json" 2>/dev/null
check "Hadoop key<TAB>record lines on stdin are read" cmp -s "$work/built.json" "$work/keyed.json"
half=$(( $(wc -l <"$work/m.jsonl") / 2 ))
head -n "$half" "$work/m.jsonl" >"$work/m1.jsonl"
tail -n +"$((half + 1))" "$work/m.jsonl" >"$work/m2.jsonl"
"$KANKEI" merge "$work/m1.jsonl" -o "$work/g1.json" 2>/dev/null
"$KANKEI" merge "$work/m2.jsonl" --graph "$work/g1.json" -o "$work/g2.json" 2>/dev/null; code=$?
check "merge --graph exits 0" test $code -eq 0
check "merge --graph adds to an existing graph: same content as one merge" canon "$work/built.json" "$work/g2.json"
"$KANKEI" merge "$work/m.jsonl" --no-background -o "$work/nobg.json" 2>/dev/null
check "--no-background leaves out the dictionary's edges" \
  python3 -c "import json; g=json.load(open('$work/nobg.json')); assert g['edges'] and not any(e['background'] for e in g['edges'])"
# Malformed lines: an error with file:line, or skipped with --keep-going.
{ head -n 2 "$work/m.jsonl"; printf '{"doc":"x","source":"RUS"\n'; printf '{"doc":"x","source":"RUS","relation":"supplies","target":"KAZ","begin":-1}\n'; } >"$work/bad.jsonl"
"$KANKEI" merge "$work/bad.jsonl" -o "$work/bad.json" 2>"$work/err"; code=$?
check "a malformed line exits 1, naming file:line and the column" \
  bash -c "test $code -eq 1 && grep -q 'bad.jsonl:3: not a JSON record: parse error at line 1, column 26' '$work/err'"
check "... and writes no graph" test ! -e "$work/bad.json"
"$KANKEI" merge -k "$work/bad.jsonl" -o "$work/bad.json" 2>"$work/err"; code=$?
check "--keep-going skips malformed lines (exit 3) and writes the graph" bash -c "test $code -eq 3 && test -s '$work/bad.json'"
check "... logging each with its line" bash -c "grep -q 'skipped: .*bad.jsonl:3:' '$work/err' && grep -q 'skipped: .*bad.jsonl:4: \"begin\" must be' '$work/err'"
printf '{"doc":"x","source":"RUS","relation":"supplies","target":"XYZ_militia","target_affiliation":"XYZ","confidence":0.7}\n' >"$work/unknown.jsonl"
"$KANKEI" merge "$work/unknown.jsonl" "$work/unknown.jsonl" -o "$work/unknown.json" 2>"$work/err"; code=$?
check "an actor not in the dictionary is kept with its id as label" bash -c "test $code -eq 0 && python3 -c \"
import json; g=json.load(open('$work/unknown.json'))
assert {'id':'XYZ_militia','kind':'','label':'XYZ_militia','name_en':'','affiliation':'XYZ'} in g['nodes']
assert [e['count'] for e in g['edges'] if e['target']=='XYZ_militia'] == [2]\""
check "... with one warning" test "$(grep -c "actor 'XYZ_militia' is not in the dictionary" "$work/err")" -eq 1
"$KANKEI" merge "$work/none.jsonl" -o "$work/none.json" 2>"$work/err"; code=$?
check "merge of a missing file exits 1 naming it" bash -c "test $code -eq 1 && grep -q 'none.jsonl: no such file' '$work/err'"

echo "$failures failure(s)"
test "$failures" -eq 0
