#!/usr/bin/env bash
# Output that cannot be written and runs that are interrupted: data lost on
# stdout is an error (exit 1) for every command, a signal during an atomic
# write leaves no temporary file, graphs read from a file, a pipe or stdin
# give the same answers, and `unknown` reports the same for any -j. Each
# check prints what it tests; the script fails when any check failed.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
skip() { echo "skip $1"; }
good="$work/good.txt"
printf 'ロシアはウクライナを攻撃した。\n' >"$good"
printf 'アルベルク氏はモスクワで述べた。\n' >"$work/name.txt"  # a person the dictionary lacks
"$KANKEI" build "$EXAMPLES/corpus" -o "$work/g.json" 2>/dev/null
"$KANKEI" extract "$EXAMPLES/corpus" >"$work/gold.jsonl" 2>/dev/null

echo "# data on a full or closed stdout"
# Every command that prints data: the write error is named on stderr and
# the exit code is 1, never 0 (nor 3) with the data lost.
commands=(
  "extract|$KANKEI extract $EXAMPLES/corpus"
  "extract, one small document|$KANKEI extract -j 1 $good"
  "extract -k|$KANKEI extract -k $good"
  "path|$KANKEI path $work/g.json RUS KAZ"
  "path --json|$KANKEI path --json $work/g.json RUS KAZ"
  "neighbors|$KANKEI neighbors $work/g.json RUS"
  "neighbors --json|$KANKEI neighbors --json $work/g.json RUS"
  "actors|$KANKEI actors"
  "actors --json|$KANKEI actors --json ロシア"
  "explain|$KANKEI explain ロシアはウクライナを攻撃した。"
  "eval|$KANKEI eval --gold $work/gold.jsonl $EXAMPLES/corpus"
  "unknown|$KANKEI unknown $work/name.txt"
  "export -o -|$KANKEI export $work/g.json --format dot -o -"
  "--help|$KANKEI --help"
)
if [ -c /dev/full ]; then
  for entry in "${commands[@]}"; do
    name=${entry%%|*}
    read -r -a argv <<<"${entry#*|}"
    "${argv[@]}" >/dev/null 2>&1; ok=$?
    "${argv[@]}" >/dev/full 2>"$work/err"; code=$?
    check "$name to /dev/full exits 1 (exits $ok to /dev/null), saying why" \
      bash -c "test $ok -ne 1 && test $code -eq 1 && grep -q '^kankei: error: cannot write to stdout: No space left on device' '$work/err'"
  done
else
  skip "no /dev/full"
fi
"$KANKEI" extract "$good" >&- 2>"$work/err"; code=$?
check "extract with stdout closed exits 1, naming the reason" \
  bash -c "test $code -eq 1 && grep -q 'cannot write to stdout: Bad file descriptor' '$work/err'"
"$KANKEI" path "$work/g.json" RUS KAZ >&- 2>"$work/err"; code=$?
check "path with stdout closed exits 1" bash -c "test $code -eq 1 && grep -q 'cannot write to stdout' '$work/err'"
"$KANKEI" extract "$good" >"$work/out" 2>"$work/err"; code=$?
check "a writable stdout still exits 0 with no message" bash -c "test $code -eq 0 && test ! -s '$work/err' && test -s '$work/out'"
if [ -c /dev/full ]; then
  "$KANKEI" path "$work/g.json" RUS RUS >/dev/full 2>"$work/err"; code=$?
  check "a usage error keeps exit 2 with a full stdout" test $code -eq 2
fi

echo "# SIGINT and SIGTERM during an atomic write"
# A big graph, so that the export takes many writes. The temporary file is
# made a FIFO before kankei starts (its name is PATH.tmp.PID, and the PID is
# known after fork): kankei blocks writing into it once the pipe is full, at
# a known point of the write, with no sleep or timing involved.
python3 - "$work/big.json" <<'PY'
import json, sys
nodes = [{"id": f"A{i}", "kind": "state", "label": f"国{i}", "name_en": f"State {i}", "affiliation": ""} for i in range(2000)]
evidence = [{"doc": "d", "date": "2026-01-01", "sentence": "ロシアはウクライナを攻撃した。" * 20, "sentence_index": 0,
             "begin": 0, "end": 300, "trigger": "攻撃", "rule": "r", "confidence": 0.9, "hypothetical": False}]
edges = [{"source": f"A{i % 2000}", "target": f"A{(i * 7 + 1) % 2000}", "relation": "attacks", "key": 0, "count": 1,
          "confidence": 0.9, "negated": False, "hypothetical": False, "background": False, "evidence": evidence}
         for i in range(4000)]
json.dump({"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges},
          open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
interrupt() {  # interrupt SIGNAL OUT: exports big.json to OUT and sends SIGNAL mid-write
  timeout 120 python3 - "$KANKEI" "$work/big.json" "$2" "$1" <<'PY'
import os, signal, subprocess, sys
kankei, graph, out, name = sys.argv[1:]
number = getattr(signal, name)
def prepare():  # in the child, before exec: its PID is kankei's
    os.mkfifo(f"{out}.tmp.{os.getpid()}")
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # even if the test runs with SIGINT ignored
proc = subprocess.Popen([kankei, "export", graph, "--format", "json", "-o", out],
                        stderr=subprocess.DEVNULL, preexec_fn=prepare)
temporary = f"{out}.tmp.{proc.pid}"
with open(temporary, "rb") as fifo:  # opens once kankei opens it to write
    assert fifo.read(1)               # kankei is writing; the pipe fills and it blocks
    os.kill(proc.pid, number)
    code = proc.wait()                # the FIFO stays open: no SIGPIPE, kankei is blocked
assert code == -number, f"ended with {code}, not by signal {number}"
assert not os.path.exists(temporary), "the temporary file is still there"
PY
}
for sig in SIGINT SIGTERM; do
  printf 'old graph\n' >"$work/out-$sig.json"
  check "$sig mid-write ends kankei by the signal, with the temporary file removed" \
    interrupt $sig "$work/out-$sig.json"
  check "... and the previous file unchanged" test "$(cat "$work/out-$sig.json")" = "old graph"
  check "... and no *.tmp.* file anywhere beside it" bash -c "! ls '$work' | grep -q '\.tmp\.'"
done
"$KANKEI" export "$work/big.json" --format json -o "$work/out-SIGINT.json" 2>/dev/null; code=$?
check "an export without a signal still replaces the file" \
  bash -c "test $code -eq 0 && python3 -c \"import json; assert len(json.load(open('$work/out-SIGINT.json'))['edges']) >= 2000\""

echo "# graphs read from a file, a pipe and stdin"
"$KANKEI" neighbors "$work/g.json" RUS >"$work/from-file" 2>/dev/null
"$KANKEI" neighbors - RUS <"$work/g.json" >"$work/from-stdin" 2>/dev/null
cat "$work/g.json" | "$KANKEI" neighbors - RUS >"$work/from-pipe" 2>/dev/null
check "neighbors prints the same from a file, stdin and a pipe" \
  bash -c "test -s '$work/from-file' && cmp -s '$work/from-file' '$work/from-stdin' && cmp -s '$work/from-file' '$work/from-pipe'"
# Indented, with "links" for "edges" and keys reordered: the fast reader
# gives up and the general one reads the same text again from its start.
python3 - "$work/g.json" "$work/links.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
g = {"links": g.pop("edges"), **g}
json.dump(g, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
"$KANKEI" export "$work/g.json" --format json -o "$work/plain-out.json" 2>/dev/null
"$KANKEI" export "$work/links.json" --format json -o "$work/links-out.json" 2>"$work/err"; code=$?
check "a graph only the general reader reads gives the same export" \
  bash -c "test $code -eq 0 && cmp -s '$work/plain-out.json' '$work/links-out.json'"
cat "$work/links.json" | "$KANKEI" export - --format json -o "$work/links-pipe.json" 2>/dev/null
check "... from a pipe too" cmp -s "$work/plain-out.json" "$work/links-pipe.json"
"$KANKEI" path "$work/g.json" RUS KAZ >"$work/p1" 2>/dev/null
"$KANKEI" path - RUS KAZ <"$work/g.json" >"$work/p2" 2>/dev/null
check "path reads the graph from stdin the same" bash -c "test -s '$work/p1' && cmp -s '$work/p1' '$work/p2'"
head -c 1500 "$work/g.json" >"$work/cut.json"
"$KANKEI" path "$work/cut.json" RUS KAZ >/dev/null 2>"$work/err"; code=$?
check "a truncated graph still fails naming the file and byte" \
  bash -c "test $code -eq 1 && grep -q 'cut.json: byte 1501: not a kankei graph' '$work/err'"
: >"$work/empty.json"
"$KANKEI" path "$work/empty.json" RUS KAZ >/dev/null 2>"$work/err"; code=$?
check "an empty graph file fails naming it" bash -c "test $code -eq 1 && grep -q 'empty.json: byte 1: not a kankei graph' '$work/err'"
# The graph text is read once into memory and parsed where it lies: a graph
# of S bytes whose evidence is most of it needs about S for the text and S
# for the graph, where a second copy of the text made it 3 S.
if [ ! -x /usr/bin/time ]; then
  skip "no /usr/bin/time: memory of loading a graph"
elif ldd "$KANKEI" 2>/dev/null | grep -q 'libasan'; then
  skip "AddressSanitizer build: its quarantine keeps freed memory, so peak RSS says little"
else
  python3 - "$work/tiny.json" "$work/huge.json" <<'PY'
import json, sys
for path, count, repeat in ((sys.argv[1], 10, 1), (sys.argv[2], 4000, 150)):
    nodes = [{"id": f"A{i}", "label": f"国{i}"} for i in range(2000)]
    edges = [{"source": f"A{i % 2000}", "target": f"A{(i * 7 + 1 + i // 2000) % 2000}", "relation": "attacks",
              "count": 1, "confidence": 0.9, "evidence": [{"doc": "d", "sentence": f"{i}ロシアは攻撃した。" * repeat}]}
             for i in range(count)]
    graph = {"relations": {"attacks": {"label": "攻撃", "colour": "#ff0000"}}}
    json.dump({"directed": True, "multigraph": True, "graph": graph, "nodes": nodes, "edges": edges},
              open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
  peak() { /usr/bin/time -f %M -o "$work/time" "$KANKEI" export "$1" --format json -o /dev/null 2>/dev/null; cat "$work/time"; }
  base_kb=$(peak "$work/tiny.json")
  huge_kb=$(peak "$work/huge.json")
  size_kb=$(( $(stat -c %s "$work/huge.json") / 1024 ))
  check "loading a ${size_kb} kB graph takes under 2.5 times its size (took $((huge_kb - base_kb)) kB)" \
    test $(( (huge_kb - base_kb) * 10 )) -lt $(( size_kb * 25 ))
fi

echo "# output files: one check of the folder, naming the file asked for"
"$KANKEI" export "$work/g.json" -o "$work/no/such/x.json" 2>"$work/err"; code=$?
check "export to a missing folder exits 1 naming the file and the folder" \
  bash -c "test $code -eq 1 && grep -q 'no/such/x.json: cannot write: folder .*no/such does not exist' '$work/err'"
mkdir -p "$work/adir"
"$KANKEI" export "$work/g.json" --format json -o "$work/adir" 2>"$work/err"; code=$?
check "export -o FOLDER exits 1: is a folder" bash -c "test $code -eq 1 && grep -q 'adir: cannot write: is a folder' '$work/err'"
"$KANKEI" export "$work/g.json" --format csv -o "$work/adir" 2>"$work/err"; code=$?
check "export csv -o FOLDER (no slash) writes into it" \
  bash -c "test $code -eq 0 && test -s '$work/adir/nodes.csv' && test -s '$work/adir/edges.csv'"
"$KANKEI" export "$work/g.json" --format csv -o "$work/no/such/n" 2>"$work/err"; code=$?
check "export csv to a missing folder names the name given" \
  bash -c "test $code -eq 1 && grep -q 'no/such/n: cannot write: folder' '$work/err'"
"$KANKEI" neighbors "$work/g.json" RUS -o "$work/no/such/n.dot" >/dev/null 2>"$work/err"; code=$?
check "neighbors -o to a missing folder exits 1 naming it" \
  bash -c "test $code -eq 1 && grep -q 'no/such/n.dot: cannot write: folder' '$work/err'"

echo "# unknown: the same warnings and errors for any -j"
# Line 1 cannot be scanned (a NUL in the text), line 3 cannot be read (not
# JSON); the others name a person the dictionary lacks.
{
  printf '{"id":"bad-text","text":"ロシア\\u0000アルベルク氏"}\n'
  for i in 1 2 3 4 5 6; do printf '{"id":"d%s","text":"アルベルク氏はモスクワで述べた。"}\n' "$i"; done
} >"$work/mixed.jsonl"
sed -i '3s/.*/{oops/' "$work/mixed.jsonl"
for j in 1 2 4 8; do
  "$KANKEI" unknown -k -j $j "$work/mixed.jsonl" >"$work/u$j.out" 2>"$work/u$j.err"; echo $? >"$work/u$j.code"
  "$KANKEI" unknown -j $j "$work/mixed.jsonl" >"$work/e$j.out" 2>"$work/e$j.err"; echo $? >"$work/e$j.code"
done
check "unknown -k skips both bad lines (exit 3) and counts the rest" \
  bash -c "test \$(cat '$work/u1.code') -eq 3 && grep -q \$'^5\tアルベルク' '$work/u1.out'"
check "... warning about them in input order" \
  bash -c "grep -n 'skipped' '$work/u1.err' | tr '\n' ' ' | grep -q '^1:.*mixed.jsonl:1.* 2:.*mixed.jsonl:3'"
for j in 2 4 8; do
  check "unknown -k -j $j prints the same output, warnings and code as -j 1" \
    bash -c "cmp -s '$work/u1.out' '$work/u$j.out' && cmp -s '$work/u1.err' '$work/u$j.err' && cmp -s '$work/u1.code' '$work/u$j.code'"
  check "unknown -j $j without -k reports the same first bad line as -j 1" \
    bash -c "cmp -s '$work/e1.err' '$work/e$j.err' && cmp -s '$work/e1.code' '$work/e$j.code' && test ! -s '$work/e$j.out'"
done
check "... which is line 1, exit 1" bash -c "test \$(cat '$work/e1.code') -eq 1 && grep -q 'mixed.jsonl:1' '$work/e1.err'"

echo "$failures failure(s)"
test "$failures" -eq 0
