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

KANKEI_DICT=/nonexistent "$KANKEI" extract --dict "$DICT" "$good" >"$work/out" 2>"$work/err"; code=$?
check "--dict wins over KANKEI_DICT" bash -c "test $code -eq 0 && grep -q attacks '$work/out'"

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

echo "# unknown -j N"
# Twelve documents that name people the dictionary lacks; each says which
# document it is, so the example sentence shows which one was read first.
mkdir -p "$work/names"
python3 - "$work/names" <<'PY'
import sys
filler = "経済の状況について議論が続いている。" * 4000
for i in range(12):
    with open(f"{sys.argv[1]}/d{i:02}.txt", "w", encoding="utf-8") as f:
        f.write(f"第{i}報によれば、アルベルク氏はモスクワで述べた。{filler}\n")
PY
max_threads() {  # max_threads PID: the most threads PID ran at once, sampled until it ends
  local max=0 n
  while kill -0 "$1" 2>/dev/null; do
    n=$(awk '/^Threads:/ {print $2}' "/proc/$1/status" 2>/dev/null)
    if [ "${n:-0}" -gt "$max" ]; then max=$n; fi
    sleep 0.01
  done
  echo "$max"
}
"$KANKEI" unknown -j 1 "$work/names" >"$work/unknown1" 2>/dev/null
"$KANKEI" unknown -j 4 "$work/names" >"$work/unknown4" 2>/dev/null & pid=$!
threads=$(max_threads $pid)
wait $pid; code=$?
check "unknown -j 4 exits 0" test $code -eq 0
if [ -r /proc/self/status ]; then
  check "unknown -j 4 runs 4 threads (saw $threads)" test "$threads" -ge 4
else
  skip "no /proc: cannot count threads"
fi
check "unknown finds the name, counted in every document, first seen in the first" \
  grep -q $'^12\tアルベルク\t.*\td00\t第0報' "$work/unknown1"
check "unknown prints the same bytes with 1 and 4 threads" cmp -s "$work/unknown1" "$work/unknown4"

echo "# size caps on JSON Lines lines (extract and merge)"
timeout 20 "$KANKEI" extract --format jsonl /dev/zero >/dev/null 2>"$work/err"; code=$?
check "/dev/zero as JSON Lines fails at once, naming file:line" \
  bash -c "test $code -eq 1 && grep -q '/dev/zero:1: NUL byte at byte 0 of the line' '$work/err'"
timeout 20 "$KANKEI" merge /dev/zero -o "$work/zero.json" 2>"$work/err"; code=$?
check "... and so does merge, writing no graph" \
  bash -c "test $code -eq 1 && grep -q '/dev/zero:1: NUL byte' '$work/err' && test ! -e '$work/zero.json'"
# The cap is 1 GiB; KANKEI_MAX_DOCUMENT_BYTES lowers it so the test stays small.
python3 - "$work/longline.jsonl" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write('{"id":"huge","text":"' + "あ" * 2000 + '"}\n')
    f.write('{"id":"after","text":"ロシアはウクライナを攻撃した。"}\n')
PY
KANKEI_MAX_DOCUMENT_BYTES=4096 "$KANKEI" extract "$work/longline.jsonl" >"$work/out" 2>"$work/err"; code=$?
check "a JSON Lines line over the cap exits 1 naming file:line" \
  bash -c "test $code -eq 1 && grep -q 'longline.jsonl:1: line longer than 4096 bytes' '$work/err'"
KANKEI_MAX_DOCUMENT_BYTES=4096 "$KANKEI" extract -k "$work/longline.jsonl" >"$work/out" 2>"$work/err"; code=$?
check "--keep-going skips it (exit 3) and reads the next line" \
  bash -c "test $code -eq 3 && grep -q '\"doc\":\"after\"' '$work/out'"
head -c 5000 /dev/zero | tr '\0' x >"$work/big.txt"
KANKEI_MAX_DOCUMENT_BYTES=4096 "$KANKEI" extract "$work/big.txt" >/dev/null 2>"$work/err"; code=$?
check "the lowered cap holds for text files too" \
  bash -c "test $code -eq 1 && grep -q 'big.txt: document larger than 4096 bytes' '$work/err'"
KANKEI_MAX_DOCUMENT_BYTES=12x "$KANKEI" extract "$good" >/dev/null 2>"$work/err"; code=$?
check "a bad KANKEI_MAX_DOCUMENT_BYTES is an error naming it" \
  bash -c "test $code -eq 1 && grep -q 'KANKEI_MAX_DOCUMENT_BYTES: expected a number' '$work/err'"
{ printf '{"doc":"%s"}\n' "$(head -c 5000 /dev/zero | tr '\0' x)"; cat "$work/m.jsonl"; } >"$work/mlong.jsonl"
KANKEI_MAX_DOCUMENT_BYTES=4096 "$KANKEI" merge "$work/mlong.jsonl" -o "$work/mlong.json" 2>"$work/err"; code=$?
check "merge: a line over the cap exits 1 naming file:line" \
  bash -c "test $code -eq 1 && grep -q 'mlong.jsonl:1: line longer than 4096 bytes' '$work/err'"
KANKEI_MAX_DOCUMENT_BYTES=4096 "$KANKEI" merge -k "$work/mlong.jsonl" -o "$work/mlong.json" 2>/dev/null; code=$?
check "merge --keep-going skips it (exit 3) and merges the rest" \
  bash -c "test $code -eq 3 && python3 -c \"import json; assert json.load(open('$work/mlong.json'))['edges']\""
# 300 MB with no line break, read with a 1 MiB cap: memory stays small.
if [ -x /usr/bin/time ]; then
  head -c 300000000 /dev/zero | tr '\0' a | KANKEI_MAX_DOCUMENT_BYTES=1048576 /usr/bin/time -v -o "$work/time" \
    "$KANKEI" extract -k --format jsonl - >/dev/null 2>"$work/err"; code=$?
  rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time")
  check "an endless line is dropped, not held: exit 3, peak RSS under 250 MB, below the 300 MB line (was ${rss_kb} kB; ASan alone costs ~150 MB)" \
    bash -c "test $code -eq 3 && test '${rss_kb:-999999999}' -lt 250000 && grep -q -- '-:1: line longer than 1 MiB' '$work/err'"
else
  skip "no /usr/bin/time: endless line"
fi

echo "# JSON Lines records: ids, dates, line numbers"
printf '{"id":[1],"text":"ロシアはウクライナを攻撃した。"}\n{"id":18446744073709551615,"text":"ロシアはウクライナを攻撃した。"}\n\n{"id":"d","date":5,"text":"ロシアはウクライナを攻撃した。"}\n{"id":-3,"date":null,"text":"ロシアはウクライナを攻撃した。"}\n' >"$work/ids.jsonl"
"$KANKEI" extract "$work/ids.jsonl" >"$work/out" 2>"$work/err"; code=$?
check "an id that is neither string nor integer exits 1, naming file:line" \
  bash -c "test $code -eq 1 && grep -q 'ids.jsonl:1: \"id\" must be a string or an integer' '$work/err'"
"$KANKEI" extract -k "$work/ids.jsonl" >"$work/out" 2>"$work/err"; code=$?
check "--keep-going skips it and a date that is not a string (exit 3)" \
  bash -c "test $code -eq 3 && grep -q 'ids.jsonl:4: \"date\" must be a string' '$work/err'"
check "integer ids are kept as written, however large" \
  test "$(cut -d, -f1 "$work/out" | tr '\n' ' ')" = '{"doc":"18446744073709551615" {"doc":"-3" '
printf '\n\n{"text":"ロシアはウクライナを攻撃した。"}\n{oops\n' | "$KANKEI" extract - >/dev/null 2>"$work/err"; code=$?
check "stdin line numbers count the blank lines before the first record" \
  bash -c "test $code -eq 1 && grep -q '^kankei: error: -:4: not a JSON record' '$work/err'"
mkdir -p "$work/afolder"
"$KANKEI" build "$good" --graph "$work/afolder" -o "$work/out.json" 2>"$work/err"; code=$?
check "build --graph with a folder exits 1, naming it" \
  bash -c "test $code -eq 1 && grep -q 'afolder: is a folder, not a graph file' '$work/err'"
"$KANKEI" merge "$work/m.jsonl" --graph "$work/afolder" -o "$work/out.json" 2>"$work/err"; code=$?
check "merge --graph with a folder exits 1, naming it" \
  bash -c "test $code -eq 1 && grep -q 'afolder: is a folder, not a graph file' '$work/err'"

echo "# output files"
"$KANKEI" build "$good" -o "$work/no/such/dir/g.json" 2>"$work/err"; code=$?
check "a missing output folder exits 1, naming the file asked for and why" \
  bash -c "test $code -eq 1 && grep -q 'no/such/dir/g.json: cannot write: folder .*no/such/dir does not exist' '$work/err'"
check "... not a temporary file" bash -c "! grep -q '\.tmp\.' '$work/err'"
"$KANKEI" merge "$work/m.jsonl" -o "$work/g.json" --dot "$work/no/such/dir/g.dot" 2>"$work/err"; code=$?
check "merge checks its outputs before reading: exit 1, nothing written" \
  bash -c "test $code -eq 1 && grep -q 'no/such/dir/g.dot: cannot write: folder' '$work/err' && test ! -e '$work/g.json'"
"$KANKEI" build "$good" -o "$work/afolder" 2>"$work/err"; code=$?
check "a folder given to -o exits 1, naming it" \
  bash -c "test $code -eq 1 && grep -q 'afolder: cannot write: is a folder' '$work/err'"
"$KANKEI" build "$good" -o '' 2>"$work/err"; code=$?
check "an empty -o exits 1 and says so" bash -c "test $code -eq 1 && grep -q 'no output file name given' '$work/err'"
ln -s /dev/null "$work/null-link"
"$KANKEI" build "$good" -o "$work/null-link" 2>"$work/err"; code=$?
check "a device is written in place, not renamed over (exit 0, the link stays)" \
  bash -c "test $code -eq 0 && test -L '$work/null-link' && test -c /dev/null"
if [ -c /dev/full ]; then
  ln -s /dev/full "$work/full-link"
  "$KANKEI" build "$good" -o "$work/full-link" 2>"$work/err"; code=$?
  check "-o /dev/full exits 1, naming the file and the reason" \
    bash -c "test $code -eq 1 && grep -q 'full-link: cannot write: No space left on device' '$work/err' && test -c /dev/full"
  "$KANKEI" build "$good" -o - >/dev/full 2>"$work/err"; code=$?
  check "-o - with a full stdout exits 1 and says why" \
    bash -c "test $code -eq 1 && grep -q 'cannot write to stdout: No space left on device' '$work/err'"
  "$KANKEI" unknown "$work/names" >/dev/full 2>"$work/err"; code=$?
  check "unknown with a full stdout exits 1" bash -c "test $code -eq 1 && grep -q 'cannot write to stdout' '$work/err'"
else
  skip "no /dev/full"
fi
mkfifo "$work/out.fifo"
timeout 30 cat "$work/out.fifo" >"$work/fifo.json" & reader=$!
timeout 30 "$KANKEI" build "$good" -o "$work/out.fifo" 2>"$work/err"; code=$?
wait $reader
check "a FIFO given to -o is written to, and stays a FIFO" \
  bash -c "test $code -eq 0 && test -p '$work/out.fifo' && grep -q '\"multigraph\": true' '$work/fifo.json'"
printf 'old\n' >"$work/real.json"
ln -s real.json "$work/link.json"
"$KANKEI" build "$good" -o "$work/link.json" 2>"$work/err"; code=$?
check "a symlink given to -o stays a link; the file it points to is replaced" \
  bash -c "test $code -eq 0 && test -L '$work/link.json' && grep -q '\"multigraph\": true' '$work/real.json'"
printf 'old\n' >"$work/private.json"
chmod 600 "$work/private.json"
"$KANKEI" build "$good" -o "$work/private.json" 2>/dev/null
check "a replaced file keeps its permissions" test "$(stat -c %a "$work/private.json")" = 600

echo "# build --svg"
if command -v dot >/dev/null; then
  mkdir -p "$work/svg"
  svg="$work/svg/it's a \"graph\".svg"
  "$KANKEI" build "$good" -o "$work/svg/g.json" --svg "$svg" 2>"$work/err"; code=$?
  check "build --svg with a space and quotes in the name exits 0" test $code -eq 0
  check "... and writes the SVG" grep -q '<svg' "$svg"
  check "... leaving no DOT or temporary file behind" test "$(ls "$work/svg" | wc -l)" -eq 2
  PATH=/nonexistent "$KANKEI" build "$good" -o "$work/svg/g2.json" --svg "$work/svg/x.svg" 2>"$work/err"; code=$?
  check "without graphviz, build --svg exits 1 naming the problem and the file" \
    bash -c "test $code -eq 1 && grep -q \"x.svg: graphviz 'dot' not found (install graphviz)\" '$work/err'"
  check "... before writing anything" bash -c "test ! -e '$work/svg/g2.json' && test \$(ls '$work/svg' | wc -l) -eq 2"
else
  skip "graphviz is not installed: build --svg"
fi

echo "$failures failure(s)"
test "$failures" -eq 0
