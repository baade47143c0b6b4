#!/usr/bin/env python3
"""Scores `dossier extract --json` against labelled text (docs/extraction.md).

  scripts/score-extract.py [--bin DOSSIER] [--cqe DIR] [--verbose]

Sets: the built-in article (gold: the built-in story file, converted here), the hand-labelled
development texts of Tests/ExtractTests/DevSet (gold: one `.gold` file per text, format in its
README), and CQE's public currency and dimension test sets when their folder is found (--cqe, or
$CQE_DIR, or ../shared/extraction/cqe). Prints, per set: span recall and precision, value accuracy,
value+unit+period accuracy, qualifier accuracy, hedge-cue recall and source accuracy (each over all
gold quantities: a missed quantity counts as wrong); for CQE, its own value and value+unit P/R/F1.
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVSET = os.path.join(ROOT, "Tests/ExtractTests/DevSet")
STORY = os.path.join(ROOT, "Sources/BuiltinData/north-korea-russia-war.dossier")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def run_extract(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([binary, "extract", "--json", path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def parse_number(text):
    """`2,000`, `4 million`, `200000000` -> float."""
    words = text.replace(",", "").split()
    value = float(words[0])
    for w in words[1:]:
        value *= SCALES[w]
    return value


def parse_value(text):
    """A gold value: `2000`, `600000 to 700000`, `over 5`, `vague thousands` -> a comparable tuple."""
    text = text.strip()
    if text.startswith("vague "):
        return ("vague", text[6:].strip().lower())
    if " to " in text:
        low, high = text.split(" to ")
        return ("range", parse_number(low), parse_number(high))
    for bound, words in [("over", ["over ", "more than "]), ("at-least", ["at-least ", "at least "]),
                         ("under", ["under ", "less than "]), ("at-most", ["at-most ", "at most "]), ("up-to", ["up-to "])]:
        for w in words:
            if text.startswith(w):
                return ("bound", bound, parse_number(text[len(w):]))
    return ("point", parse_number(text))


def extracted_value(q):
    if q["vague"] is not None:
        return ("vague", q["vague"].lower())
    if q["low"] is not None:
        return ("range", float(q["low"]), float(q["high"]))
    if q["bound"] is not None:
        return ("bound", q["bound"], float(q["value"]))
    return ("point", float(q["value"]))


def same_value(a, b):
    if a[0] != b[0] or len(a) != len(b):
        return False
    for x, y in zip(a[1:], b[1:]):
        if isinstance(x, float):
            if abs(x - y) > 1e-9 * max(abs(x), abs(y), 1):
                return False
        elif x != y:
            return False
    return True


def story_gold(path):
    """The built-in story's article text and its facts as gold quantities."""
    records, current = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("dossier-story"):
            continue
        if not line[0].isspace():
            kind, _, ident = line.partition(" ")
            current = {"kind": kind, "id": ident, "fields": []}
            records.append(current)
        else:
            name, _, value = line.strip().partition(": ")
            current["fields"].append((name.rstrip(":"), value))
    story = next(r for r in records if r["kind"] == "story")
    article = next(r for r in records if r["kind"] == "article")
    lines, paragraph, byline = [dict(story["fields"])["title"]], None, None
    for name, value in article["fields"]:
        if name == "paragraph":
            lines.append(value)
        elif name == "sentence":
            lines[-1] += " " + value
        elif name == "byline":
            byline = value
    text = "\n".join(lines) + ("\n" + byline if byline else "")
    sources = {r["id"]: dict(r["fields"])["name"] for r in records if r["kind"] == "source"}
    gold = []
    for r in records:
        if r["kind"] != "fact":
            continue
        f = dict(r["fields"])
        start, end = (int(x) for x in f["at"].split("..<"))
        unit, _, per = f["unit"].partition("/")
        source = None if f.get("attribution") == "unattributed" else sources[f["source"]]
        gold.append({"start": start, "end": end, "value": parse_value(f["value"]), "unit": unit, "per": per or None,
                     "qualifier": f.get("qualifier"), "hedges": [h.strip() for h in f.get("hedges", "").split(",") if h.strip()],
                     "source": source, "label": r["id"], "exact": False})
    return text, gold


def file_gold(text, path):
    gold = []
    for n, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [x.strip() for x in line.split(" | ")]
        if len(fields) != 7:
            sys.exit(f"{path}:{n}: expected 7 fields, found {len(fields)}")
        span, value, unit, per, qualifier, hedges, source = fields
        occurrence = 1
        m = re.match(r"^(.*) #(\d+)$", span)
        if m:
            span, occurrence = m.group(1), int(m.group(2))
        start = -1
        for _ in range(occurrence):
            start = text.find(span, start + 1)
        if start < 0:
            sys.exit(f"{path}:{n}: `{span}` is not in the text")
        gold.append({"start": start, "end": start + len(span), "value": parse_value(value), "unit": unit,
                     "per": None if per == "-" else per, "qualifier": None if qualifier == "-" else qualifier,
                     "hedges": [] if hedges == "-" else [h.strip() for h in hedges.split(",")],
                     "source": None if source == "-" else source, "label": span, "exact": True})
    return gold


def score(gold, found):
    """Pairs gold and extracted quantities by overlapping spans (a matching value first)."""
    used, pairs = set(), []
    for g in gold:
        candidates = [i for i, q in enumerate(found) if i not in used and q["start"] < g["end"] and g["start"] < q["end"]]
        best = next((i for i in candidates if same_value(g["value"], extracted_value(found[i]))), candidates[0] if candidates else None)
        if best is not None:
            used.add(best)
        pairs.append((g, found[best] if best is not None else None))
    return pairs, [q for i, q in enumerate(found) if i not in used]


def norm(s):
    return None if s is None else re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


def tally(pairs, extra, totals, verbose, name):
    for g, q in pairs:
        totals["gold"] += 1
        totals["hedges"] += len(g["hedges"])
        if q is None:
            if verbose:
                print(f"  MISSED  {name}: {g['label']}")
            continue
        totals["found"] += 1
        totals["exact"] += g["exact"] and q["start"] == g["start"] and q["end"] == g["end"]
        totals["exact_gold"] += g["exact"]
        value = same_value(g["value"], extracted_value(q))
        vup = value and g["unit"] == q["unit"] and g["per"] == q["per"]
        qual = norm(g["qualifier"]) == norm(q["qualifier"])
        hedges = {norm(h) for h in q["hedges"]}
        got = sum(norm(h) in hedges for h in g["hedges"])
        source = norm(g["source"]) == norm(q["source"])
        totals["value"] += value
        totals["vup"] += vup
        totals["qualifier"] += qual
        totals["hedges_found"] += got
        totals["source"] += source
        if verbose and not (vup and qual and got == len(g["hedges"]) and source):
            print(f"  WRONG   {name}: {g['label']!r}: "
                  + ("" if value else f"value {extracted_value(q)} != {g['value']}; ")
                  + ("" if vup or not value else f"unit {q['unit']}/{q['per']} != {g['unit']}/{g['per']}; ")
                  + ("" if qual else f"qualifier {q['qualifier']!r} != {g['qualifier']!r}; ")
                  + ("" if got == len(g['hedges']) else f"hedges {q['hedges']} lack some of {g['hedges']}; ")
                  + ("" if source else f"source {q['source']!r} != {g['source']!r}"))
    totals["extracted"] += sum(1 for _, q in pairs if q is not None) + len(extra)
    if verbose:
        for q in extra:
            print(f"  EXTRA   {name}: {q['text']!r} ({q['sentence']})")


def pct(n, d):
    return f"{100.0 * n / d:5.1f}" if d else "  n/a"


def report(name, t):
    print(f"{name:<22} {t['gold']:>4} {pct(t['found'], t['gold'])} {pct(t['found'], t['extracted'])} "
          f"{pct(t['value'], t['gold'])} {pct(t['vup'], t['gold'])} {pct(t['qualifier'], t['gold'])} "
          f"{pct(t['hedges_found'], t['hedges'])} {pct(t['source'], t['gold'])}"
          + (f"   exact spans {pct(t['exact'], t['exact_gold'])}" if t["exact_gold"] else ""))


CQE_UNITS = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
             "CAD": "canadian dollar", "AUD": "australian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
             "CHF": "swiss franc", "INR": "rupee", "TRY": "turkish lira", "MXN": "mexican peso", "BTC": "bitcoin",
             "cent": "cent", "%": "percentage", "t": "metric ton", "kg": "kilogram", "g": "gram", "lb": "pound-mass",
             "oz": "ounce", "ug": "microgram", "m": "metre", "km": "kilometre", "cm": "centimetre", "mm": "millimetre",
             "mi": "mile", "ft": "foot", "inch": "inch", "yd": "yard", "km/h": "kilometre per hour", "mph": "mile per hour",
             "gal": "gallon", "L": "litre", "mL": "millilitre", "barrel": "barrel", "m2": "square metre",
             "km2": "square kilometre", "mi2": "square mile", "ft3": "cubic foot", "acre": "acre", "ha": "hectare",
             "s": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
             "year": "year", "degC": "celsius", "degF": "fahrenheit", "deg": "degree", "x": "count", "MB": "megabyte",
             "Mbit": "megabit", "penny": "penny", "FIM": "finnish markka", "NLG": "netherlands guilde",
             "ESP": "peseta", "DEM": "mark", "CRC": "costa rican colón", "GEL": "georgian lari", "LAK": "lao kip",
             "LKR": "sri lankan rupee", "satoshi": "satoshi", "dm": "decimetre", "pm": "picometre", "um": "micrometre",
             "mg": "milligram", "rad": "radian", "cup": "cup", "tbsp": "tablespoon", "tsp": "teaspoon"}


def cqe_unit(q):
    """Dossier's unit as CQE names it (see docs/extraction.md)."""
    if q["unit"] == "count":
        counted = q["counted"]
        # CQE names a count by its noun phrase (`fighter jet`): the words of `about` up to the noun.
        about = (q["about"] or "").lower()
        words = about.split()
        head = words[: words.index(counted) + 1] if counted in words else [counted] if counted else []
        counted = head[-1] if head else None
        if not counted:
            name = "-"
        elif counted in ("people", "police", "staff"):
            name = counted
        elif counted.endswith("ies"):
            name = counted[:-3] + "y"
        elif counted.endswith("s") and not counted.endswith("ss"):
            name = counted[:-1]
        else:
            name = counted
        if name != "-":
            name = " ".join(head[:-1] + [name])
    else:
        name = CQE_UNITS.get(q["unit"], q["unit"].lower())
    per = {"share": "share", "dozen": "dozen"}.get(q["per"], q["per"])
    return name + (" per " + per if per else "")


def cqe_value(text):
    if "-" in text.strip("-"):
        low, high = text.rsplit("-", 1)
        return ("range", float(low), float(high))
    return ("point", float(text))


def score_cqe(binary, path):
    data = json.load(open(path, encoding="utf-8"))
    # One sentence per line after a first line that is a sentence (so no line is read as a headline).
    text = "Sentences.\n" + "\n".join(" ".join(r["text"].split()) for r in data)
    found = run_extract(binary, text)
    by_line = {}
    for q in found:
        by_line.setdefault(int(q["sentence"].split(".")[0]) - 2, []).append(q)
    counts = {"value": 0, "unit": 0}
    extracted = sum(1 for q in found if q["vague"] is None)
    gold_total = 0
    for i, r in enumerate(data):
        qs = [q for q in by_line.get(i, []) if q["vague"] is None]
        for kind in ("value", "unit"):
            used = set()
            for g in r["quantities"]:
                gv = cqe_value(g["value"])
                for j, q in enumerate(qs):
                    v = extracted_value(q)
                    v = ("point", v[2]) if v[0] == "bound" else v
                    if j in used or not same_value(gv, v):
                        continue
                    if kind == "unit" and cqe_unit(q) != g["normalized_unit"].lower():
                        continue
                    used.add(j)
                    counts[kind] += 1
                    break
        gold_total += len(r["quantities"])
    for kind, label in (("value", "value"), ("unit", "value+unit")):
        p = counts[kind] / extracted if extracted else 0
        rc = counts[kind] / gold_total
        f1 = 2 * p * rc / (p + rc) if p + rc else 0
        print(f"  {os.path.basename(path):<22} {label:<11} P {100*p:5.1f}  R {100*rc:5.1f}  F1 {100*f1:5.1f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/debug/dossier"))
    ap.add_argument("--cqe", default=os.environ.get("CQE_DIR"))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    keys = ["gold", "found", "extracted", "value", "vup", "qualifier", "hedges", "hedges_found", "source", "exact", "exact_gold"]
    print(f"{'set':<22} {'gold':>4} {'recl':>5} {'prec':>5} {'value':>5} {'v+u+p':>5} {'qual':>5} {'hedge':>5} {'src':>5}")
    text, gold = story_gold(STORY)
    builtin = dict.fromkeys(keys, 0)
    pairs, extra = score(gold, run_extract(args.bin, text))
    tally(pairs, extra, builtin, args.verbose, "built-in")
    report("built-in article", builtin)
    dev = dict.fromkeys(keys, 0)
    for name in sorted(os.listdir(DEVSET)):
        if not name.endswith(".gold"):
            continue
        stem = name[:-5]
        textfile = next(os.path.join(DEVSET, stem + ext) for ext in (".txt", ".md") if os.path.exists(os.path.join(DEVSET, stem + ext)))
        text = open(textfile, encoding="utf-8").read()
        pairs, extra = score(file_gold(text, os.path.join(DEVSET, name)), run_extract(args.bin, text))
        tally(pairs, extra, dev, args.verbose, stem)
    report("development texts", dev)
    both = {k: builtin[k] + dev[k] for k in keys}
    report("both", both)
    cqe = args.cqe or next((d for d in (os.path.join(ROOT, "../shared/extraction/cqe"), "/work/shared/extraction/cqe") if os.path.isdir(d)), None)
    if cqe and os.path.isdir(cqe):
        print("CQE test sets (CQE's own counting; published value+unit F1: currency 79.6, dimension 79.2):")
        for name in ("currency-model.json", "dimension-model.json"):
            score_cqe(args.bin, os.path.join(cqe, name))
    else:
        print("CQE test sets: not found (give --cqe DIR or set CQE_DIR)")


if __name__ == "__main__":
    main()
