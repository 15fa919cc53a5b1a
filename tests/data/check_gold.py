#!/usr/bin/env python3
"""Consistency check of an evaluation set in tests/data: run as
`python3 tests/data/check_gold.py tests/data/dev6` from any directory.

Checks that gold.jsonl parses, has exactly the seed fields, that every sentence
is a whole sentence of its article (split as DECISIONS.md says), that every id
is in actors.tsv, relations are the 14 types, and there are no duplicates or
self-relations."""
import json, pathlib, re, sys

if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py SET_DIR (a folder with *.txt, gold.jsonl and actors.tsv)")
HERE = pathlib.Path(sys.argv[1]).resolve()
FIELDS = ["doc", "sentence", "source", "relation", "target", "negated", "hypothetical"]
RELATIONS = {"negotiates", "agrees", "cooperates", "supports", "supplies", "requests", "warns",
             "deters", "criticizes", "rejects", "sanctions", "deploys", "attacks", "occupies"}


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[。！？])|\n", text) if s.strip()]


errors, warnings = [], []
docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}
actors = {}
for n, line in enumerate((HERE / "actors.tsv").read_text(encoding="utf-8").splitlines(), 1):
    cells = line.split("\t")
    if len(cells) != 5:
        errors.append(f"actors.tsv:{n}: {len(cells)} columns")
        continue
    if cells[1] not in {"state", "historical_state", "organisation", "group", "armed_group", "person"}:
        errors.append(f"actors.tsv:{n}: kind {cells[1]}")
    if cells[0] in actors:
        errors.append(f"actors.tsv:{n}: duplicate id {cells[0]}")
    actors[cells[0]] = cells

seen, used = set(), set()
records = 0
for n, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"gold.jsonl:{n}: not JSON: {e}")
        continue
    records += 1
    if list(r) != FIELDS:
        errors.append(f"gold.jsonl:{n}: fields {list(r)}")
    if r["doc"] not in docs:
        errors.append(f"gold.jsonl:{n}: no document {r['doc']}")
    elif r["sentence"] not in sentences(docs[r["doc"]]):
        errors.append(f"gold.jsonl:{n}: sentence not a sentence of {r['doc']}: {r['sentence'][:40]}")
    if r["sentence"] not in docs.get(r["doc"], ""):
        errors.append(f"gold.jsonl:{n}: sentence not verbatim in {r['doc']}")
    if r["relation"] not in RELATIONS:
        errors.append(f"gold.jsonl:{n}: relation {r['relation']}")
    for end in ("source", "target"):
        if r[end] not in actors:
            errors.append(f"gold.jsonl:{n}: {end} {r[end]} not in actors.tsv")
        used.add(r[end])
    if r["source"] == r["target"]:
        errors.append(f"gold.jsonl:{n}: self-relation")
    if not isinstance(r["negated"], bool) or not isinstance(r["hypothetical"], bool):
        errors.append(f"gold.jsonl:{n}: negated/hypothetical not boolean")
    key = (r["doc"], r["sentence"], r["source"], r["relation"], r["target"])
    if key in seen:
        warnings.append(f"gold.jsonl:{n}: duplicate record (scored once)")
    seen.add(key)

for a in sorted(set(actors) - used):
    errors.append(f"actors.tsv: {a} is not used in gold")
print(f"{records} records, {len(docs)} documents, {len(actors)} actors")
for w in warnings:
    print(f"WARNING {HERE.name}/{w}")
for e in errors:
    print(f"ERROR {HERE.name}/{e}")
sys.exit(1 if errors else 0)
