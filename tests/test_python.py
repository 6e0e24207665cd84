#!/usr/bin/python3
"""Load dist/news from Python's sqlite3 module and check the SQL contract:
results, lateral joins, and clear errors for wrong arguments.

Run with Debian's /usr/bin/python3: a Python built without
enable_load_extension (pyenv's default build) cannot load extensions."""
import os
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SO = os.path.join(ROOT, os.environ.get("NEWS_SO", "dist/news.so"))
passed = failed = 0


def check(ok, what):
    """Count one check, printing it when it fails."""
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def error_of(db, sql, *args):
    """The error message of a statement, or None when it succeeds."""
    try:
        db.execute(sql, args).fetchall()
    except sqlite3.Error as e:
        return str(e)
    return None


def analyse(texts):
    """Every function's JSON over texts, on a connection of this thread."""
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(SO)[0])
    return [db.execute("SELECT entities_json(?), quotes_json(?), money_json(?)",
                       (t, t, t)).fetchone() for t in texts]


def check_threads():
    """Connections in several threads at once (which also race to build the
    process-wide tables) give the same results as one thread alone."""
    import glob
    import threading
    texts = [open(p, encoding="utf-8").read()
             for p in sorted(glob.glob(os.path.join(ROOT, "samples/articles/*.txt")))]
    got = [None] * 4

    def work(i):
        got[i] = analyse(texts[i:] + texts[:i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    want = analyse(texts)  # after the threads, which built the tables
    for i in range(4):
        check(got[i] == want[i:] + want[:i], f"thread {i} gives the single-thread results")


def main():
    db = sqlite3.connect(":memory:")
    if not hasattr(db, "enable_load_extension"):
        sys.exit("this python3 cannot load extensions; use Debian's /usr/bin/python3")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(SO)[0])
    db.enable_load_extension(False)

    rows = db.execute("SELECT sentence, text, start, end FROM news_sentences(?)",
                      ("Mr. Smith paid $1.5 bln. He left.",)).fetchall()
    check(rows == [(0, "Mr. Smith paid $1.5 bln.", 0, 24), (1, "He left.", 25, 33)],
          f"two sentences, got {rows}")
    body = "Zoë’s café opened. “Great,” she said."
    for s, text, start, end in db.execute("SELECT * FROM news_sentences(?)", (body,)):
        check(body[start:end] == text, f"python slice matches offsets for {text!r}")
    check(db.execute("SELECT count(*) FROM news_sentences(NULL)").fetchone() == (0,),
          "NULL gives no rows")
    check(db.execute("SELECT count(*) FROM news_sentences(?)", (b"One. Two.",)).fetchone() == (2,),
          "BLOB read as UTF-8")
    db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
    db.executemany("INSERT INTO articles(body) VALUES (?)",
                   [("A one. A two.",), ("B one.",), (None,)])
    got = db.execute("SELECT a.id, count(s.sentence) FROM articles a, news_sentences(a.body) s"
                     " GROUP BY a.id ORDER BY a.id").fetchall()
    check(got == [(1, 2), (2, 1)], f"lateral join, got {got}")
    check(db.execute("SELECT news_version()").fetchone()[0].count(".") == 2, "version")

    e = error_of(db, "SELECT * FROM news_sentences('a', 'b')")
    check(e is not None and "argument" in e, f"too many arguments is an error: {e}")
    e = error_of(db, "SELECT * FROM news_sentences")
    check(e is not None and "needs the text" in e, f"missing argument is a clear error: {e}")
    e = error_of(db, "SELECT money_value('a', 'USD', 3)")
    check(e is not None and "money_value" in e, f"scalar with 3 arguments: {e}")
    e = error_of(db, "SELECT * FROM money_amounts('$5', 'XYZ')")
    check(e is not None and "currency" in e, f"unknown dollar code: {e}")
    e = error_of(db, "SELECT money_json('$5', 'dollars')")
    check(e is not None and "ISO 4217" in e, f"bad dollar argument: {e}")
    check_threads()
    print(f"python: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
