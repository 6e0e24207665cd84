#!/usr/bin/python3
"""The offset invariant over a real corpus: for every row of every
table-valued function, substr(body, start+1, end-start) equals the row's
text (for quote_speakers: the speaker at its offsets, and the quoted words
inside the quote's span).  Uses the benchmark's database (the 2007 Reuters
corpus from ../shared/data, or the bundled samples when it is absent), then
the BBC corpus (a few of its files are not valid UTF-8) read as raw bytes.
Run with Debian's /usr/bin/python3 (make invariant)."""
import glob
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (shares the corpus database)

CHECKS = {
    "news_sentences": "substr(b, f.start + 1, f.end - f.start) IS NOT f.text",
    "money_amounts": "substr(b, f.start + 1, f.end - f.start) IS NOT f.text",
    "extract_entities": "substr(b, f.start + 1, f.end - f.start) IS NOT f.text",
    "quote_speakers": "(f.speaker IS NOT NULL AND substr(b, f.speaker_start + 1, "
                      "f.speaker_end - f.speaker_start) IS NOT f.speaker) OR "
                      "instr(substr(b, f.start + 1, f.end - f.start), f.quote) = 0",
}


def check(db, table, label):
    """Count rows and violations of every function over table(body)."""
    bad_total = 0
    for fn, cond in CHECKS.items():
        rows, bad = db.execute(
            f"SELECT count(*), coalesce(sum({cond}), 0) FROM "
            f"(SELECT CAST(body AS TEXT) AS b, body FROM {table}) a, {fn}(a.body) f").fetchone()
        print(f"{label:<22} {fn:<18} {rows:>9} rows {bad:>6} violations")
        bad_total += bad
    return bad_total


def main():
    path, label = bench.build_db()
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(bench.SO)[0])
    bad = check(db, "articles", label)
    files = sorted(glob.glob(os.path.join(bench.SHARED, "data/corpus/bbc/*/*.txt")))
    if files:
        db.execute("CREATE TEMP TABLE bbc(body BLOB)")
        db.executemany("INSERT INTO bbc VALUES (CAST(? AS TEXT))",
                       [(open(p, "rb").read(),) for p in files])
        bad += check(db, "bbc", f"bbc ({len(files)} files)")
    else:
        print("note: the BBC corpus is absent; skipped")
    print("invariant holds" if bad == 0 else f"INVARIANT BROKEN: {bad} rows")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
