#!/usr/bin/env python3
"""Entity evaluation through the SQL function extract_entities (make eval-ner).

Runs extract_entities from dist/news.so (NEWS_SO overrides) over
  - CoNLL-2003 (SHARED/data/conll2003/valid.txt; NER_FILES overrides, a
    comma-separated list): each -DOCSTART- document becomes natural text,
    one sentence a line, tokens joined by spaces except none before
    , . ; : ) 's n't % ? ! and none after "(" (tools/train_ner.c builds the
    training text the same way);
  - GUM news (SHARED/data/gum-news/conllu): the "# text =" lines of each
    document, one sentence a line; gold mentions are GUM entities whose
    syntactic head is a proper noun (NNP/NNPS), the span being the run of
    proper nouns around that head (inner of/the/and kept, a leading title
    such as "President" dropped, as extract_entities does); types person ->
    PER, organization -> ORG, place -> LOC, the rest -> MISC (time and
    quantity skipped).  Nested gold names count; our output is flat.
Predicted labels map PERSON -> PER, GPE/LOC -> LOC, NORP/MISC -> MISC.
Reports exact-span precision/recall/F1 per label, overall on PER/ORG/LOC and
overall with MISC.  Exits 0 (saying so) when the data is absent.
Run with /usr/bin/python3 (its sqlite3 module can load extensions).
"""
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
SO = os.environ.get("NEWS_SO", os.path.join(ROOT, "dist", "news.so"))
TYPES = ("PER", "ORG", "LOC", "MISC")
MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
       "NORP": "MISC", "MISC": "MISC"}
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "'s", "n't", "%", "?", "!"}


def detokenise(sentences):
    """Join CoNLL sentences [(token, tag)] into text; gold spans in chars."""
    text, gold = [], []
    pos = 0
    for sent in sentences:
        if text:
            text.append("\n")
            pos += 1
        start, typ, prev = None, None, None
        for i, (tok, tag) in enumerate(sent):
            if i and tok not in NO_SPACE_BEFORE and prev != "(":
                text.append(" ")
                pos += 1
            t = tag[2:] if tag != "O" else None
            if typ and (t != typ or tag.startswith("B-")):
                gold.append((start, end, typ))
                typ = None
            if t and not typ:
                start, typ = pos, t
            text.append(tok)
            pos += len(tok)
            end = pos
            prev = tok
        if typ:
            gold.append((start, end, typ))
    return "".join(text), gold


def read_conll(path):
    """Documents of a CoNLL-2003 file as (text, gold spans)."""
    docs, sents, cur = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 4:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if parts[0] == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                cur = []
                if sents:
                    docs.append(detokenise(sents))
                sents = []
                continue
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    if sents:
        docs.append(detokenise(sents))
    return docs


ENT_RE = re.compile(r"\(([^()|]+?)(\))?(?=\(|\d+\)|$|\|)|(\d+)\)")
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}


def gum_entities(misc):
    """Opening (id, fields, closes-here) and closing ids in a MISC field."""
    m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
    out = []
    if not m:
        return out
    for g in ENT_RE.finditer(m.group(1)):
        if g.group(1):
            out.append(("open", g.group(1), bool(g.group(2))))
        else:
            out.append(("close", g.group(3), False))
    return out


TITLES = {"president", "ambassador", "minister", "prime", "secretary",
          "senator", "sen.", "governor", "mayor", "general", "gen.", "king",
          "queen", "prince", "mr.", "mrs.", "ms.", "dr.", "professor",
          "chancellor", "judge", "spokesperson", "spokesman", "major",
          "captain", "chief", "director", "chairman", "pope", "rev.", "lord"}
JOIN = {"of", "the", "and", "&", "de", "for"}


def named_span(toks, a, b):
    """Gold span of a GUM entity over tokens a..b: the run of proper nouns
    around its syntactic head (inner of/the/and kept), leading titles
    dropped; None when the head is not a proper noun."""
    ids = {toks[i][3] for i in range(a, b + 1)}
    head = next((i for i in range(a, b + 1) if toks[i][4] not in ids), b)
    prop = lambda i: toks[i][2] in ("NNP", "NNPS")
    if not prop(head):
        return None
    s = e = head
    while s > a and (prop(s - 1) or (toks[s - 1][5].lower() in JOIN and
                                     s - 2 >= a and prop(s - 2))):
        s -= 1
    while e < b and (prop(e + 1) or (toks[e + 1][5].lower() in JOIN and
                                     e + 2 <= b and prop(e + 2))):
        e += 1
    for i in range(head - 1, s - 1, -1):
        if toks[i][5].lower() in TITLES:
            s = i + 1
            break
    return toks[s][0], toks[e][1]


def read_gum_doc(path):
    """One GUM conllu document as (text, gold spans)."""
    lines, toks = [], []  # (char start, char end, xpos, id, head, form)
    gold, open_ = [], {}
    pos = 0
    sent_text, sent_toks = None, []
    sent_no = 0

    def close(eid, idx):
        if not open_.get(eid):
            return
        start, etype = open_[eid].pop()
        if etype in ("time", "quantity"):
            return
        span = named_span(toks, start, idx)
        if span:
            gold.append((span[0], span[1], GUM_TYPES.get(etype, "MISC")))

    def flush():
        nonlocal pos, sent_no
        if sent_text is None:
            return
        if lines:
            pos += 1
        base = pos
        lines.append(sent_text)
        sent_no += 1
        k = 0
        for form, xpos, misc, tid, head in sent_toks:
            j = sent_text.find(form, k)
            if j < 0:
                j = k
            toks.append((base + j, base + j + len(form), xpos,
                         (sent_no, tid), (sent_no, head), form))
            k = j + len(form)
            idx = len(toks) - 1
            for kind, val, closes in gum_entities(misc):
                if kind == "open":
                    f = val.split("-", 7)
                    etype = f[1] if len(f) > 1 else ""
                    open_.setdefault(f[0], []).append((idx, etype))
                    if closes:
                        close(f[0], idx)
                else:
                    close(val, idx)
        pos += len(sent_text)

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                sent_text, sent_toks = line[9:], []
            elif line and line[0].isdigit():
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent_toks.append((cols[1], cols[4], cols[9], cols[0], cols[6]))
            elif not line and sent_text is not None:
                flush()
                sent_text = None
    flush()
    return "\n".join(lines), sorted(set(gold))


def predict(db, text):
    """Predicted (start, end, type) spans for text."""
    rows = db.execute("SELECT start, end, label FROM extract_entities(?)",
                      (text,)).fetchall()
    return {(s, e, MAP.get(l, "MISC")) for s, e, l in rows}


def prf(tp, fp, fn):
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(db, name, docs):
    """Score every document and print the table."""
    tp = {t: 0 for t in TYPES}
    fp, fn = dict(tp), dict(tp)
    for text, gold in docs:
        g = set(gold)
        p = predict(db, text)
        for t in TYPES:
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            tp[t] += len(gt & pt)
            fp[t] += len(pt - gt)
            fn[t] += len(gt - pt)
    print("== %s (%d documents)" % (name, len(docs)))
    for t in TYPES:
        p, r, f = prf(tp[t], fp[t], fn[t])
        print("%-12s P %.4f  R %.4f  F1 %.4f  (gold %d)" %
              (t, p, r, f, tp[t] + fn[t]))
    for label, ts in (("PER/ORG/LOC", TYPES[:3]), ("all four", TYPES)):
        p, r, f = prf(sum(tp[t] for t in ts), sum(fp[t] for t in ts),
                      sum(fn[t] for t in ts))
        print("%-12s P %.4f  R %.4f  F1 %.4f" % (label, p, r, f))


def main():
    """Evaluate on CoNLL valid and GUM news where present."""
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(SO)
    files = os.environ.get("NER_FILES")
    files = files.split(",") if files else [
        os.path.join(SHARED, "data", "conll2003", "valid.txt")]
    ran = False
    for path in files:
        if os.path.exists(path):
            evaluate(db, os.path.relpath(path, ROOT), read_conll(path))
            ran = True
        else:
            print("eval-ner: %s is absent; skipped" % path)
    gum = os.path.join(SHARED, "data", "gum-news", "conllu")
    if os.path.isdir(gum):
        docs = [read_gum_doc(os.path.join(gum, f))
                for f in sorted(os.listdir(gum)) if f.endswith(".conllu")]
        evaluate(db, "gum-news", docs)
        ran = True
    else:
        print("eval-ner: %s is absent; skipped" % gum)
    if not ran:
        print("eval-ner: no evaluation data found (set SHARED); nothing to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
