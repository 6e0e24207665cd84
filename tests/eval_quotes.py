#!/usr/bin/python3
"""Score quote_speakers() against PolNeAR dev (make eval-quotes).

Reads $SHARED/data/polnear/dev (SHARED defaults to ../shared): text/NAME.txt
and attributions/NAME_ANNOTATOR.ann in brat form, where an E line ties a
Source, a Cue and a Content.  Where several annotators did one text, the
first .ann file in sorted order is used.

A predicted quote matches a gold Content when the characters they share are
more than 30% of the gold Content's characters (also reported: more than
80%); matching is one-to-one and greedy, best overlap first.  Over matched
pairs: speaker accuracy (the predicted speaker span overlaps the gold
Source span) and verb accuracy (cue text equal, lower-cased, white space
folded, trailing punctuation such as the colon of "said:" dropped).  Figures are
given for direct quotes (gold Content holds a quotation mark; predicted
kind 'direct') and for all attributions.

PolNeAR gives a quotation split by its attribution ("A," she said, "B.")
one Content of two spans, where quote_speakers gives one row per part by
contract.  So a second row that falls inside an already matched gold
Content is reported as a "part" and counted neither right nor wrong in the
lenient precision; the strict precision counts it as wrong.

brat offsets count Python str code points; quote_speakers counts SQLite
characters, the same thing for valid UTF-8 text.

Usage: eval_quotes.py [--show N] [--split S]   (N: print up to N misses of
each kind; S: the PolNeAR split to score, dev by default; train gives a
second, larger sample: its cue counts fed cues_learned.c and its errors
were read for patterns, but no rule was tuned on its score)
Exits 0 and says so when the data is absent.
"""
import os
import re
import sqlite3
import sys

SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
SPLIT = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "dev"
DEV = os.path.join(SHARED, "data", "polnear", SPLIT)
SO = os.environ.get("NEWS_SO", os.path.join(os.path.dirname(__file__), "..", "dist", "news.so"))
DOUBLE_MARKS = set('"“”«»„‟')


def load_ann(path):
    """Attributions of one .ann file: dicts of role -> (label, spans)."""
    spans, atts = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 2:
                continue
            if p[0].startswith("T") and " " in p[1]:
                label, rest = p[1].split(" ", 1)
                try:
                    sp = [tuple(map(int, s.split())) for s in rest.split(";")]
                except ValueError:
                    continue
                spans[p[0]] = [s for s in sp if len(s) == 2]
            elif p[0].startswith("E"):
                roles = {}
                for kv in p[1].split():
                    if ":" in kv:
                        k, v = kv.split(":", 1)
                        if v in spans:
                            roles[k] = spans[v]
                if roles.get("Content"):
                    atts.append(roles)
    return atts


def load_gold(base):
    """[(name, text, attributions)] with the first annotator of each text."""
    chosen = {}
    for f in sorted(os.listdir(os.path.join(base, "attributions"))):
        m = re.match(r"(.*)_([0-9a-f]+)\.ann$", f)
        if m and m.group(1) not in chosen:
            chosen[m.group(1)] = f
    docs = []
    for name, f in sorted(chosen.items()):
        tp = os.path.join(base, "text", name + ".txt")
        if not os.path.exists(tp):
            continue
        with open(tp, encoding="utf-8") as fh:
            text = fh.read()
        docs.append((name, text, load_ann(os.path.join(base, "attributions", f))))
    return docs


def cue_key(cue):
    """A cue for comparison: lower-cased, white space folded, and trailing
    punctuation dropped (annotators mark "said:" where we give "said")."""
    return " ".join(cue.lower().split()).rstrip(":,;.—-– ")


def span_text(text, spans):
    return " ".join(text[a:b] for a, b in spans)


def is_direct(text, spans):
    """Does the gold Content hold a quotation mark (double marks anywhere,
    or a single mark opening it)?"""
    t = span_text(text, spans).strip()
    return any(c in DOUBLE_MARKS for c in t) or t[:1] in ("'", "‘")


def chars(spans):
    s = set()
    for a, b in spans:
        s.update(range(a, b))
    return s


def predict(db, text):
    rows = db.execute(
        "SELECT quote, speaker, verb, kind, start, end, speaker_start, speaker_end "
        "FROM quote_speakers(?)", (text,)).fetchall()
    return [dict(zip(("quote", "speaker", "verb", "kind", "start", "end", "ss", "se"), r))
            for r in rows]


def match(preds, golds, thr):
    """Greedy one-to-one matching: {pred index: gold index}."""
    cand = []
    for i, p in enumerate(preds):
        pc = set(range(p["start"], p["end"]))
        for j, g in enumerate(golds):
            share = len(pc & g["chars"]) / max(1, len(g["chars"]))
            if share > thr:
                cand.append((share, i, j))
    cand.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, m = set(), set(), {}
    for share, i, j in cand:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            m[i] = j
    return m


class Tally:
    def __init__(self):
        self.gold = self.pred = self.gold_hit = self.pred_hit = self.parts = 0
        self.sp_n = self.sp_ok = self.vb_n = self.vb_ok = 0

    def line(self, label):
        r = self.gold_hit / self.gold if self.gold else 0.0
        p = self.pred_hit / self.pred if self.pred else 0.0
        pl = self.pred_hit / (self.pred - self.parts) if self.pred > self.parts else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        fl = 2 * pl * r / (pl + r) if pl + r else 0.0
        sa = self.sp_ok / self.sp_n if self.sp_n else 0.0
        va = self.vb_ok / self.vb_n if self.vb_n else 0.0
        return (f"{label:<26} gold {self.gold:5d}  pred {self.pred:5d}  R {r:.3f}  "
                f"P {pl:.3f} (strict {p:.3f}, {self.parts} parts)  F1 {fl:.3f} (strict {f:.3f})  "
                f"speaker {sa:.3f} ({self.sp_n})  verb {va:.3f} ({self.vb_n})")


def score(docs, db, thr, show=0):
    tall = {"direct": Tally(), "all": Tally()}
    misses = {"missed": [], "spurious": [], "speaker": [], "verb": []}
    for name, text, atts in docs:
        golds = []
        for a in atts:
            g = {"chars": chars(a["Content"]), "spans": a["Content"],
                 "direct": is_direct(text, a["Content"]),
                 "src": chars(a.get("Source", [])),
                 "src_text": span_text(text, a.get("Source", [])),
                 "cue": cue_key(span_text(text, a.get("Cue", []))) if a.get("Cue") else None}
            if g["chars"]:
                golds.append(g)
        preds = predict(db, text)
        m = match(preds, golds, thr)
        matched_gold = set(m.values())
        for cls, t in tall.items():
            want = (lambda g: g["direct"]) if cls == "direct" else (lambda g: True)
            pwant = (lambda p: p["kind"] == "direct") if cls == "direct" else (lambda p: True)
            t.gold += sum(1 for g in golds if want(g))
            t.gold_hit += sum(1 for j in matched_gold if want(golds[j]))
            for i, p in enumerate(preds):
                if not pwant(p):
                    continue
                t.pred += 1
                if i in m:
                    t.pred_hit += 1
                    continue
                pc = set(range(p["start"], p["end"]))
                if any(len(pc & golds[j]["chars"]) > 0.5 * len(pc) for j in matched_gold):
                    t.parts += 1
            for i, j in m.items():
                g, p = golds[j], preds[i]
                if not want(g):
                    continue
                if g["src"]:
                    t.sp_n += 1
                    ok = p["ss"] is not None and bool(set(range(p["ss"], p["se"])) & g["src"])
                    t.sp_ok += ok
                    if not ok and cls == "all":
                        misses["speaker"].append((name, p["quote"], p["speaker"], g["src_text"]))
                if g["cue"]:
                    t.vb_n += 1
                    ok = cue_key(p["verb"] or "") == g["cue"]
                    t.vb_ok += ok
                    if not ok and cls == "all":
                        misses["verb"].append((name, p["quote"], p["verb"], g["cue"]))
        for j, g in enumerate(golds):
            if j not in matched_gold:
                misses["missed"].append((name, "D" if g["direct"] else "I",
                                         span_text(text, g["spans"]), g["cue"]))
        for i, p in enumerate(preds):
            if i not in m:
                misses["spurious"].append((name, p["kind"], p["quote"], p["verb"]))
    if show:
        for k, v in misses.items():
            print(f"--- {k} ({len(v)})")
            for x in v[:show]:
                print("  ", " | ".join(str(y)[:160].replace("\n", " ") for y in x))
    return tall


def main():
    show = 0
    if "--show" in sys.argv:
        show = int(sys.argv[sys.argv.index("--show") + 1])
    if not os.path.isdir(os.path.join(DEV, "attributions")):
        print(f"eval-quotes: PolNeAR {SPLIT} not found under {DEV}; nothing scored "
              "(set SHARED to the folder holding data/polnear).")
        return 0
    if not os.path.exists(SO):
        print(f"eval-quotes: {SO} not built; run make first.")
        return 1
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(SO))[0])
    docs = load_gold(DEV)
    print(f"PolNeAR {SPLIT}: {len(docs)} texts, "
          f"{sum(len(a) for _, _, a in docs)} gold attributions")
    for thr in (0.3, 0.8):
        tall = score(docs, db, thr, show if thr == 0.3 else 0)
        print(f"match: shared characters > {int(thr * 100)}% of the gold Content")
        print("  " + tall["direct"].line("direct quotes"))
        print("  " + tall["all"].line("all attributions"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
