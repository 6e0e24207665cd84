#!/usr/bin/python3
"""Benchmark: MB of article text per second and rows per MB for every
table-valued function of dist/news, over the 2007 Reuters corpus
(../shared/data/corpus/reuters2007.jsonl, loaded once into build/corpus.db).
Where the corpus is absent, the bundled sample articles repeated are used.

Each figure is the median of 3 runs (CPU time of this process, so other
load on the machine does not count), with SQLite's own cost of reading the
bodies (the same query without the function) subtracted.  One core is used.
With --hostile, also times every function on 2 MB and 8 MB of hostile
patterns (linear time shows as a ratio of about 4 in user CPU time; the
kernel's time to map the memory is shown apart, with the same machine's
cost of mapping fresh memory of those sizes for comparison).
Run with Debian's /usr/bin/python3 (its sqlite3 module can load extensions).
"""
import glob
import json
import os
import resource
import sqlite3
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SO = os.path.join(ROOT, os.environ.get("NEWS_SO", "dist/news.so"))
SHARED = os.path.join(ROOT, os.environ.get("SHARED", "../shared"))
CORPUS = os.path.join(SHARED, "data/corpus/reuters2007.jsonl")
BUILD = os.path.join(ROOT, "build")
FUNCTIONS = ["news_sentences", "money_amounts", "extract_entities", "quote_speakers"]


def build_db():
    """Create (once) the benchmark database; returns its path and a label."""
    os.makedirs(BUILD, exist_ok=True)
    if os.path.exists(CORPUS):
        path, label = os.path.join(BUILD, "corpus.db"), "reuters2007.jsonl"
        if os.path.exists(path) and os.path.getmtime(path) >= os.path.getmtime(CORPUS):
            return path, label
        rows = []
        with open(CORPUS, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                rows.append((o["id"], o.get("title"), o["body"]))
    else:
        print(f"note: {CORPUS} is absent; using the bundled samples repeated 300 times")
        path, label = os.path.join(BUILD, "samples.db"), "samples x300"
        texts = [open(p, encoding="utf-8").read()
                 for p in sorted(glob.glob(os.path.join(ROOT, "samples/articles/*.txt")))]
        rows = [(i, None, texts[i % len(texts)] + f"\n\n(copy {i})")
                for i in range(300 * len(texts))]
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    db.executemany("INSERT INTO articles VALUES (?,?,?)", rows)
    db.commit()
    db.close()
    return path, label


def timed(db, sql, runs=3):
    """Median wall time of a query over `runs` runs, and its result."""
    times, result = [], None
    for _ in range(runs):
        t0 = time.process_time()
        result = db.execute(sql).fetchall()
        times.append(time.process_time() - t0)
    return statistics.median(times), result


def main():
    if not os.path.exists(SO):
        sys.exit(f"bench: {SO} is missing; run make first")
    path, label = build_db()
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    db.load_extension(SO)
    names = {r[0] for r in db.execute("SELECT name FROM pragma_module_list")}
    nbytes = db.execute("SELECT sum(length(CAST(body AS BLOB))) FROM articles").fetchone()[0]
    narts = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    mb = nbytes / 1e6
    base, _ = timed(db, "SELECT max(length(a.body)) FROM articles a")
    print(f"corpus: {label}, {narts} articles, {mb:.1f} MB of body text; "
          f"read cost {base * 1000:.0f} ms (subtracted)")
    print(f"{'function':<18} {'MB/s':>8} {'rows/MB':>9} {'seconds':>8}")
    alone = {}
    for fn in FUNCTIONS:
        if fn not in names:
            print(f"{fn:<18} {'(not built yet)':>27}")
            continue
        t, res = timed(db, f"SELECT count(*) FROM articles a, {fn}(a.body) f")
        rows = res[0][0]
        alone[fn] = t - base
        print(f"{fn:<18} {mb / max(t - base, 1e-9):8.1f} {rows / mb:9.1f} {t:8.2f}")
    present = [fn for fn in FUNCTIONS[1:] if fn in names]
    if len(present) >= 2:
        parts = ", ".join(f"(SELECT count(*) FROM {fn}(a.body))" for fn in present)
        t, _ = timed(db, f"SELECT {parts} FROM articles a")
        print(f"all of {', '.join(present)} on each body: "
              f"{mb / max(t - base, 1e-9):.1f} MB/s with the shared per-connection analysis, "
              f"{mb / sum(alone[fn] for fn in present):.1f} MB/s if each started afresh")


HOSTILE = {
    "1 MB of $": "$", "1,1,1,...": "1,", "digits": "7", "quote marks": "\u201c",
    "alternating quotes": "\u201c\"'\u2019", "capitalised words": "Word ",
    "all caps": "ALL CAPS TEXT ", "one token": "x", "he said": "a b c, he said, d e f. ",
    "full stops": ". ", "blank lines": "A.\n\n",
    "no full stop": "an analyst who said, while they warned, said Mr Trainor, ",
}


def fresh():
    """A new connection with the extension loaded (an empty analysis cache)."""
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(SO)
    return con


def cpu():
    """User and system CPU seconds of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime


def mapping_cost():
    """System seconds this machine takes to map fresh memory: 250 MB and
    1 GB written once (what the 2 MB and 8 MB hostile runs roughly touch)."""
    out = []
    for mb in (250, 1000):
        s0 = cpu()[1]
        buf = b"\x01" * (mb << 20)
        out.append(cpu()[1] - s0)
        del buf
    return out


def hostile():
    """Linear time on hostile input: each function over 2 MB and 8 MB of
    each pattern, on a fresh connection each time; the ratio of the user
    CPU times should be about 4.  The system time (the kernel mapping the
    memory the tokens take) is shown after the user time."""
    print("hostile inputs (user CPU seconds for 2 MB and 8 MB, ratio ~4 is linear; "
          "+ system seconds):")
    names = {r[0] for r in fresh().execute("SELECT name FROM pragma_module_list")}
    worst = worst_all = 0.0
    for label, unit in HOSTILE.items():
        cells = []
        for fn in FUNCTIONS:
            if fn not in names:
                continue
            u, k = [], []
            for mb in (2, 8):
                text = (unit * (mb * 1000000 // len(unit) + 1))[:mb * 1000000]
                db = fresh()
                u0, k0 = cpu()
                db.execute(f"SELECT count(*) FROM {fn}(?)", (text,)).fetchone()
                u1, k1 = cpu()
                u.append(u1 - u0)
                k.append(k1 - k0)
                db.close()
            if u[0] >= 0.05:
                worst = max(worst, u[1] / u[0])
            if u[0] + k[0] >= 0.05:
                worst_all = max(worst_all, (u[1] + k[1]) / (u[0] + k[0]))
            cells.append(f"{fn.split('_')[0][:7]} {u[0]:.2f}/{u[1]:.2f}+{k[0]:.2f}/{k[1]:.2f}")
        print(f"  {label:<20} " + "  ".join(cells))
    m = mapping_cost()
    print(f"  worst ratio of user time (where 2 MB took at least 50 ms): {worst:.1f}; "
          f"of user + system time: {worst_all:.1f}")
    print(f"  this machine maps 250 MB of fresh memory in {m[0]:.2f} s of system time, "
          f"1 GB in {m[1]:.2f} s (ratio {m[1] / max(m[0], 1e-3):.1f})")


if __name__ == "__main__":
    main()
    if "--hostile" in sys.argv:
        hostile()
