#!/usr/bin/python3
"""Conformance runner for money_amounts against Microsoft Recognizers-Text's
English currency spec (../shared/data/recognizers/CurrencyModel.json).

Run with Debian's /usr/bin/python3 (its sqlite3 module can load extensions):
`make conformance`, or /usr/bin/python3 tests/conformance_money.py after
`make` (NEWS_SO names the library, SHARED the shared folder).

The spec counts offsets in UTF-16 units with End inclusive; we count SQLite
characters with end exclusive, so the runner converts.  The spec gives minor
units in minor units ("197 pence" -> 197 Pence); we return major units, so
the runner converts those too.  A case passes when every expected result is
found with the same text (case-insensitive), offsets, value and ISO code
(where given; a bare "Dollar" means USD).  A case expecting no result passes
only when we return none.  Cases flagged NotSupportedByDesign for every
platform are skipped.  Exits 0 (with a note) when the data folder is absent.
"""
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED") or os.path.join(ROOT, "..", "shared")
SPEC = os.path.join(SHARED, "data", "recognizers", "CurrencyModel.json")
LIB = os.environ.get("NEWS_SO") or os.path.join(ROOT, "dist", "news.so")
PLATFORMS = {"dotnet", "javascript", "python", "java"}
# Minor units of the spec and their size in major units.
MINOR = {"cent": 0.01, "pence": 0.01, "penny": 0.01, "sen": 0.01,
         "satoshi": 1e-8}


def utf16_to_chars(text):
    """Map every UTF-16 unit index of text to its character index."""
    out = []
    for i, ch in enumerate(text):
        out.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    out.append(len(text))
    return out


def by_design_everywhere(case):
    """Is the case flagged NotSupportedByDesign for every platform?"""
    flags = case.get("NotSupportedByDesign") or ""
    return PLATFORMS <= {f.strip().lower() for f in flags.split(",")}


def close(a, b):
    """Are two amounts equal up to the rounding of a unit conversion?"""
    return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))


def expected_rows(case):
    """The spec's results as (text, start, end, value, iso or None)."""
    text = case["Input"]
    u16 = utf16_to_chars(text)
    rows = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        unit = (res.get("unit") or "").lower()
        value = res.get("value")
        if value is not None:
            value = float(value) * MINOR.get(unit, 1.0)
        iso = res.get("isoCurrency")
        if iso is None and unit == "dollar":
            iso = "USD"
        start = u16[r["Start"]]
        end = u16[r["End"]] + 1
        rows.append((r["Text"], start, end, value, iso))
    return rows


def check_case(case, got):
    """Reasons the case fails (empty when it passes)."""
    reasons = []
    want = expected_rows(case)
    if not want and got:
        reasons.append("expected no amount, got %s" %
                       ", ".join(repr(g["text"]) for g in got))
    for text, start, end, value, iso in want:
        if value is None:
            reasons.append("expects %r as a bare currency mention without an "
                           "amount (our contract gives no row)" % text)
            continue
        match = [g for g in got if g["start"] == start and g["end"] == end]
        if not match:
            near = [g["text"] for g in got]
            reasons.append("missing %r at %d..%d (got %s)" %
                           (text, start, end, near or "nothing"))
            continue
        g = match[0]
        if g["text"].lower() != text.lower():
            reasons.append("text %r != %r" % (g["text"], text))
        if g["amount"] is None or not close(g["amount"], value):
            reasons.append("%r: value %r != %r" % (text, g["amount"], value))
        if iso and g["currency"] != iso:
            reasons.append("%r: currency %s != %s" % (text, g["currency"], iso))
    return reasons


def run(extract, cases):
    """Check every case with extract(text) -> rows; print failures and the
    score; returns (passed, counted)."""
    passed = counted = 0
    for i, case in enumerate(cases):
        if by_design_everywhere(case):
            continue
        counted += 1
        reasons = check_case(case, extract(case["Input"]))
        if reasons:
            print("FAIL #%d %r" % (i, case["Input"][:100]))
            for r in reasons:
                print("     " + r)
        else:
            passed += 1
    print("%d of %d cases passed (cases not flagged NotSupportedByDesign "
          "for every platform)" % (passed, counted))
    return passed, counted


def sqlite_extractor():
    """extract(text) backed by money_json() of the built extension."""
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(LIB)

    def extract(text):
        (js,) = con.execute("SELECT money_json(?)", (text,)).fetchone()
        return json.loads(js) if js else []
    return extract


def main():
    if not os.path.exists(SPEC):
        print("conformance_money: %s is absent; nothing to check" % SPEC)
        return 0
    if not os.path.exists(LIB):
        print("conformance_money: %s is missing; run make first" % LIB)
        return 1
    with open(SPEC, encoding="utf-8") as f:
        cases = json.load(f)
    run(sqlite_extractor(), cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
