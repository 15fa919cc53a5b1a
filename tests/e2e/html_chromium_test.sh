#!/usr/bin/env bash
# The exported HTML page works in a real browser: headless Chromium loads it
# from disk with no network, "#click-edge=N" clicks edge N, and the dumped
# DOM shows that edge's evidence sentence in the #evidence panel and one
# drawn node per actor. Skips (77) when chromium or python3 is absent.
set -u
: "${KANKEI:?}" "${EXAMPLES:?}"
browser=""
for b in chromium chromium-browser google-chrome; do
  command -v "$b" >/dev/null && { browser=$b; break; }
done
[ -n "$browser" ] || { echo "skip: no chromium (apt-get install chromium)"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3 to read the DOM"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: the command must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

"$KANKEI" build "$EXAMPLES/corpus" -o "$work/g.json" -j 2 2>/dev/null || { echo "FAIL build"; exit 1; }
"$KANKEI" export "$work/g.json" --format html -o "$work/g.html"
check "export html exits 0" test $? -eq 0

# The edge to click: PRK supplies RUS (北朝鮮はロシアに砲弾を供給したとみられる。),
# found by index so the test does not depend on the order edges were added.
index=$(python3 -c "
import json, sys
g = json.load(open('$work/g.json', encoding='utf-8'))
print(next(i for i, e in enumerate(g['edges']) if (e['source'], e['relation'], e['target']) == ('PRK', 'supplies', 'RUS')))
") || { echo "FAIL the graph has no PRK supplies RUS edge"; exit 1; }

dump() {  # dump FRAGMENT OUT: the DOM after the page's script ran
  timeout 120 "$browser" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$work/profile" \
    --virtual-time-budget=3000 --dump-dom "file://$work/g.html#$1" >"$2" 2>"$work/chromium.err"
}
dump "click-edge=$index" "$work/dom.html"
check "chromium dumps the DOM" test -s "$work/dom.html"

check "the evidence panel shows the clicked edge's sentence, the nodes are drawn" \
  python3 - "$work/g.json" "$work/dom.html" "$index" <<'PY'
import json, re, sys
from html.parser import HTMLParser

g = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
edge = g["edges"][int(sys.argv[3])]

class Collect(HTMLParser):
    """Text inside #evidence, and the labels of <g class="node"> in #nodes."""
    def __init__(self):
        super().__init__()
        self.stack = []          # (tag, role) of open elements
        self.evidence = []
        self.node_labels = []
        self.nodes = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        role = None
        if a.get("id") == "evidence":
            role = "evidence"
        elif a.get("id") == "nodes":
            role = "nodes"
        elif tag == "g" and "node" in (a.get("class") or "").split() and self.inside("nodes"):
            self.nodes += 1
            role = "node"
        elif tag == "text" and self.inside("node"):
            role = "label"
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self.stack.append((tag, role))
    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
    def inside(self, role):
        return any(r == role for _, r in self.stack)
    def handle_data(self, data):
        if self.inside("evidence"):
            self.evidence.append(data)
        if self.inside("label"):
            self.node_labels.append(data)

p = Collect()
p.feed(dom)
panel = "".join(p.evidence)
sentence = edge["evidence"][0]["sentence"]
assert sentence in panel, f"#evidence holds {panel!r}, not {sentence!r}"
assert p.nodes == len(g["nodes"]), (p.nodes, len(g["nodes"]))
labels = set(p.node_labels)
assert {"北朝鮮", "ロシア", "ウクライナ"} <= labels, labels
print(f"edge {sys.argv[3]}: {sentence}; {p.nodes} nodes drawn")
PY

# Without a fragment nothing is selected yet: the panel has no sentence.
dump "" "$work/plain.html"
check "without #click-edge the evidence panel holds no sentence yet" python3 - "$work/plain.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
start = dom.find('id="evidence"')
assert start >= 0, "no #evidence panel"
panel = dom[start:dom.find("</aside>", start)]
text = re.sub(r"<[^>]*>", "", panel)  # the trigger is wrapped in <mark>
assert "砲弾を供給" not in text and "<blockquote>" not in panel, panel
PY

echo "$failures failure(s)"
test "$failures" -eq 0
