#!/usr/bin/env bash
# Scores kankei on the seed articles of ../shared when they are there
# (skipped otherwise: the project passes its tests alone). No threshold yet
# beyond producing a score; the figures go in the README.
set -u
: "${KANKEI:?}" "${SHARED:?}"
if [ ! -f "$SHARED/eval/seeds-gold.jsonl" ]; then
  echo "skip: $SHARED/eval not found"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$KANKEI" extract "$SHARED/corpus/seeds" >"$out" || exit 1
strict=$(python3 "$SHARED/eval/score.py" "$SHARED/eval/seeds-gold.jsonl" "$out" | tail -1)
state=$(python3 "$SHARED/eval/score.py" "$SHARED/eval/seeds-gold.jsonl" "$out" --state-level --actors "$SHARED/eval/seeds-actors.tsv" | tail -1)
echo "strict: $strict"
echo "state level: $state"
case "$strict" in F1=*) ;; *) exit 1 ;; esac
