#!/usr/bin/env bash
# A floor under the rules' score on tests/data/heldout, the development set
# that ships with the project: a rule change that loses more than a few
# relations there (or starts inventing them) fails here. The floor sits a
# little below the README's figures, so that it trips on regressions, not on
# a single changed reading.
set -u
: "${KANKEI:?}" "${HELDOUT:?}"
min_f1=0.93
min_p=0.97
line=$("$KANKEI" eval --gold "$HELDOUT/gold.jsonl" --show 0 "$HELDOUT"/*.txt | tail -1) || exit 1
echo "heldout: $line (floor: F1 $min_f1, P $min_p)"
f1=$(sed -n 's/^F1=\([0-9.]*\) P=.*/\1/p' <<<"$line")
p=$(sed -n 's/.* P=\([0-9.]*\) R=.*/\1/p' <<<"$line")
[ -n "$f1" ] && [ -n "$p" ] || { echo "no score line"; exit 1; }
awk -v f="$f1" -v p="$p" -v mf="$min_f1" -v mp="$min_p" 'BEGIN { exit !(f >= mf && p >= mp) }' || {
  echo "below the floor"
  exit 1
}
