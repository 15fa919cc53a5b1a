#!/usr/bin/env python3
"""Generate dict/actors/states.tsv from Debian's iso-codes and dict/sources/states_curated.tsv.

Every ISO 3166-1 entry becomes one actor line (five TAB-separated columns):

    id        alpha_3
    kind      state
    name_en   common_name, else name
    forms     the curated forms of that id first (the first form is the
              display name), then the Japanese translations of `common_name`,
              `name` and `official_name` from the iso_3166-1 gettext catalogue
              (a translation equal to its English msgid is skipped);
              duplicates removed
    attrs     abbrev=..., metonyms=... and short=... from the curated line, or `-`

Curated lines whose id is not in ISO 3166-1 (XKX, Kosovo) are written as they
are.  A curated form ending in `*` takes that form away from the generated
(ISO) forms of every other state, so the output never gives one form to two
states (`コンゴ*` on COD removes `コンゴ` from COG).  Any other clash between
two states -- forms, metonyms or abbreviations, compared after NFKC as the
loader does -- is an error.

The curated file has the same five columns (id, kind=state, name_en, forms,
attrs); `#` lines and blank lines are ignored.  Its name_en is used only for
ids that ISO 3166-1 lacks.  Attributes allowed: abbrev (one character each),
metonyms and short (names of the state's bodies used alone once the state has
been named: 外務省 for Japan), values `|`-separated.  Malformed lines stop the script with
`file:line: message`.

Output is sorted by id and contains no date, so it is reproducible.
Standard library only.
"""

import argparse
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DEFAULT_MO = Path("/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo")
DEFAULT_CURATED = REPO / "dict" / "sources" / "states_curated.tsv"
DEFAULT_OUTPUT = REPO / "dict" / "actors" / "states.tsv"

ID_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
ATTR_KEYS = ("abbrev", "metonyms", "short")  # output order


class DataError(Exception):
    """A problem in an input file, already formatted as `where: message`."""


def nfkc(text):
    return unicodedata.normalize("NFKC", text)


def split_list(text, sep):
    """Split like the C++ loader: trim spaces, drop empty items."""
    return [item.strip(" ") for item in text.split(sep) if item.strip(" ")]


def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


class Curated:
    def __init__(self, ident, name_en, forms, attrs, where):
        self.id = ident
        self.name_en = name_en
        self.forms = forms  # may end in '*'
        self.attrs = attrs  # key -> list of values
        self.where = where


def parse_curated(path):
    """Read states_curated.tsv; return {id: Curated}."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(f"{path}: curated file not found (use --curated)")
    except UnicodeDecodeError as e:
        raise DataError(f"{path}: invalid UTF-8 ({e})")
    curated = {}
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        where = f"{path}:{line_no}"
        stripped = line.strip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        cells = [c.strip(" ") for c in line.split("\t")]
        if len(cells) != 5:
            raise DataError(f"{where}: expected 5 TAB-separated columns (id, kind, name_en, forms, attrs), "
                            f"found {len(cells)}")
        ident, kind, name_en, forms_cell, attrs_cell = cells
        if not ID_RE.match(ident):
            raise DataError(f"{where}: state id must be upper-case letters/digits (ISO 3166-1 alpha-3): {ident!r}")
        if kind != "state":
            raise DataError(f"{where}: kind must be 'state', found {kind!r}")
        if not name_en:
            raise DataError(f"{where}: empty name_en")
        if ident in curated:
            raise DataError(f"{where}: duplicate id {ident}, first defined at {curated[ident].where}")
        if forms_cell in ("", "-"):
            forms = []
        else:
            if any(not item.strip(" ") for item in forms_cell.split("|")):
                raise DataError(f"{where}: empty form in {forms_cell!r}")
            forms = split_list(forms_cell, "|")
            for form in forms:
                if form == "*" or "*" in form[:-1]:
                    raise DataError(f"{where}: '*' may only end a form: {form!r}")
        attrs = {}
        if attrs_cell != "-":
            if not attrs_cell:
                raise DataError(f"{where}: empty attrs column (write '-' for none)")
            for pair in split_list(attrs_cell, ";"):
                key, eq, value = pair.partition("=")
                if not eq or not key:
                    raise DataError(f"{where}: attribute is not key=value: {pair!r}")
                if key not in ATTR_KEYS:
                    raise DataError(f"{where}: unknown state attribute {key!r} (allowed: {', '.join(ATTR_KEYS)})")
                if key in attrs:
                    raise DataError(f"{where}: attribute {key} given twice")
                values = split_list(value, "|")
                if not values or any(not v.strip(" ") for v in value.split("|")):
                    raise DataError(f"{where}: empty value in {pair!r}")
                if key == "abbrev":
                    for v in values:
                        if len(nfkc(v)) != 1:
                            raise DataError(f"{where}: abbreviation must be one character: {v!r}")
                if any("*" in v for v in values):
                    raise DataError(f"{where}: '*' is not allowed in {key}: {value!r}")
                attrs[key] = dedupe(values)
        if not forms and not attrs:
            raise DataError(f"{where}: line adds neither forms nor attributes")
        curated[ident] = Curated(ident, name_en, forms, attrs, where)
    return curated


def load_iso(json_path, mo_path):
    """Return [(alpha_3, name_en, [Japanese forms])] from iso-codes."""
    try:
        with open(json_path, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except FileNotFoundError:
        raise DataError(f"{json_path}: not found (install iso-codes or use --iso-json)")
    except (ValueError, KeyError) as e:
        raise DataError(f"{json_path}: not an iso-codes 3166-1 JSON file ({e})")
    try:
        with open(mo_path, "rb") as f:
            catalogue = gettext.GNUTranslations(f)
    except FileNotFoundError:
        raise DataError(f"{mo_path}: not found (install iso-codes' Japanese locale or use --mo)")
    except OSError as e:
        raise DataError(f"{mo_path}: cannot read gettext catalogue ({e})")
    out = []
    for entry in entries:
        forms = []
        for key in ("common_name", "name", "official_name"):
            msgid = entry.get(key)
            if not msgid:
                continue
            translated = catalogue.gettext(msgid).strip()
            if translated and translated != msgid:
                forms.append(translated)
        name_en = entry.get("common_name") or entry["name"]
        out.append((entry["alpha_3"], name_en, dedupe(forms)))
    return out


def clean(text, where):
    if "\t" in text or "\n" in text or "|" in text or ";" in text:
        raise DataError(f"{where}: form contains TAB, newline, '|' or ';': {text!r}")
    return text


def build(iso, curated):
    """Merge; return the output records [(id, name_en, forms, attrs_text)]."""
    # Forms that curated lines claim with '*', keyed by normalised form.
    starred = {}
    for c in curated.values():
        for form in c.forms:
            if form.endswith("*"):
                key = nfkc(form[:-1])
                if key in starred and starred[key].id != c.id:
                    raise DataError(f"{c.where}: form {form[:-1]!r} is starred by {starred[key].id} "
                                    f"({starred[key].where}) too")
                starred[key] = c

    records = []
    iso_ids = set()
    for ident, name_en, iso_forms in iso:
        iso_ids.add(ident)
        c = curated.get(ident)
        forms = list(c.forms) if c else []
        plain = {nfkc(f.rstrip("*")) for f in forms}
        for form in iso_forms:
            key = nfkc(form)
            if key in plain:
                continue
            owner = starred.get(key)
            if owner and owner.id != ident:
                continue  # taken by the starred curated form
            forms.append(form)
            plain.add(key)
        records.append((ident, name_en, forms, c))
    for ident, c in curated.items():
        if ident not in iso_ids:
            records.append((ident, c.name_en, list(c.forms), c))
    records.sort(key=lambda r: r[0])

    # One owner per surface (forms and metonyms share the loader's form table;
    # abbreviations have their own).
    owners = {}
    abbrev_owners = {}
    out = []
    for ident, name_en, forms, c in records:
        where = c.where if c else f"iso-codes {ident}"
        forms = dedupe(clean(f, where) for f in forms)
        attrs = c.attrs if c else {}
        surfaces = [f.rstrip("*") for f in forms] + attrs.get("metonyms", [])
        for surface in dedupe(nfkc(s) for s in surfaces):
            prev = owners.setdefault(surface, (ident, where))
            if prev[0] != ident:
                raise DataError(f"{where}: {surface!r} given to {ident} and to {prev[0]} ({prev[1]})")
        for a in attrs.get("abbrev", []):
            prev = abbrev_owners.setdefault(nfkc(a), (ident, where))
            if prev[0] != ident:
                raise DataError(f"{where}: abbreviation {a!r} given to {ident} and to {prev[0]} ({prev[1]})")
        if not forms:
            raise DataError(f"{where}: {ident} has no Japanese form; add one in the curated file")
        for values in attrs.values():
            for v in values:
                clean(v, where)
        attrs_text = ";".join(f"{k}={'|'.join(attrs[k])}" for k in ATTR_KEYS if k in attrs) or "-"
        out.append((ident, name_en, forms, attrs_text))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Write dict/actors/states.tsv: every ISO 3166-1 state with its Japanese names "
                    "from iso-codes, merged with the hand-kept dict/actors/states_curated.tsv.")
    parser.add_argument("--iso-json", type=Path, default=DEFAULT_ISO_JSON,
                        help=f"iso-codes ISO 3166-1 JSON (default: {DEFAULT_ISO_JSON})")
    parser.add_argument("--mo", type=Path, default=DEFAULT_MO,
                        help=f"Japanese gettext catalogue for iso_3166-1 (default: {DEFAULT_MO})")
    parser.add_argument("--curated", type=Path, default=DEFAULT_CURATED,
                        help="curated forms and attributes (default: dict/actors/states_curated.tsv in the repo)")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                        help="output file, '-' for stdout (default: dict/actors/states.tsv in the repo)")
    args = parser.parse_args(argv)

    try:
        curated = parse_curated(args.curated)
        records = build(load_iso(args.iso_json, args.mo), curated)
    except DataError as e:
        print(f"gen_states.py: error: {e}", file=sys.stderr)
        return 1

    lines = [
        "# generated by tools/gen_states.py; edit states_curated.tsv",
        "# sources: iso-codes iso_3166-1.json and the Japanese iso_3166-1 catalogue, merged with states_curated.tsv",
        "# id\tkind\tname_en\tforms\tattrs",
    ]
    for ident, name_en, forms, attrs_text in records:
        lines.append("\t".join((ident, "state", name_en, "|".join(forms), attrs_text)))
    text = "\n".join(lines) + "\n"
    if str(args.output) == "-":
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"gen_states.py: wrote {len(records)} states to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
