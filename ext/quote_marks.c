/* Quote-mark pairing: decides for every quotation mark whether it opens,
 * closes or is an apostrophe (from its kind and what touches it), pairs
 * marks with a bounded stack in one linear pass, lets a quotation run on
 * over a paragraph that opens with a fresh mark, and drops whatever is
 * still open when a paragraph ends otherwise. */
#include <stdlib.h>

#include "grow.h"
#include "quote_tokens.h"
#include "quotes_internal.h"

enum { R_NONE, R_OPEN_D, R_CLOSE_D, R_OPEN_S, R_CLOSE_S, R_EITHER_D,
       R_EITHER_S };

#define MAX_DEPTH 32 /* deeper openers are ignored: no text nests so far */

typedef struct mark {
  uint32_t t, l; /* first and last token of the mark */
  uint8_t single;
} mark;

typedef struct pairer {
  const nw_doc *d;
  mark st[MAX_DEPTH];
  size_t depth;
  nw_qpair *out;
  size_t n, cap;
} pairer;

/* Is token t an opening bracket or dash, after which a mark opens? */
static int opens_before(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind != NW_K_PUNCT) return 0;
  int32_t c = k->cp;
  return c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2013 ||
         c == 0x2014 || c == 0x2015 || c == '/';
}

/* Is token t punctuation that follows a closing mark (, . ; : ! ? ) …)? */
static int closes_after(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind != NW_K_PUNCT) return 0;
  int32_t c = k->cp;
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')' || c == ']' || c == 0x2026 || c == '-' ||
         c == 0x2014 || c == 0x2013 || c == 0x2015;
}

/* Can the mark made of tokens [t, l] open (space or bracket before, word
 * after)? */
static int can_open(const nw_doc *d, size_t t, size_t l) {
  const nw_token *k = d->tok.t;
  int before = t == 0 || (k[t].flags & NW_F_SPACE) || opens_before(d, t - 1) ||
               k[t - 1].kind == NW_K_QUOTE;
  if (!before || l + 1 >= d->tok.n || (k[l + 1].flags & NW_F_SPACE)) return 0;
  return !closes_after(d, l + 1) || k[l + 1].cp == 0x2026 ||
         k[l + 1].cp == '.';
}

/* Can the mark made of tokens [t, l] close (text before, space or
 * punctuation after)? */
static int can_close(const nw_doc *d, size_t t, size_t l) {
  const nw_token *k = d->tok.t;
  if (t == 0 || (k[t].flags & NW_F_SPACE) || opens_before(d, t - 1)) return 0;
  return l + 1 >= d->tok.n || (k[l + 1].flags & NW_F_SPACE) ||
         closes_after(d, l + 1) || k[l + 1].kind == NW_K_QUOTE;
}

/* Is token t the first of two straight apostrophes written for a double
 * mark ('')? */
static int twin_at(const nw_doc *d, size_t t) {
  const nw_token *k = d->tok.t;
  return k[t].cp == '\'' && t + 1 < d->tok.n && k[t + 1].cp == '\'' &&
         k[t + 1].kind == NW_K_QUOTE && k[t + 1].b0 == k[t].b1;
}

/* Do three straight apostrophes at t close a single quotation inside a
 * double one written as two apostrophes ("the word 'old-school,'''"): the
 * first closes the single, the two after it the double. */
static int single_first(const pairer *p, size_t t) {
  return p->depth >= 2 && p->st[p->depth - 1].single && !p->st[p->depth - 2].single &&
         twin_at(p->d, t + 1);
}

/* Is the mark at t an elision rather than a quote: ’90s, rock ’n’ roll? */
static int elision(const nw_doc *d, size_t t) {
  const nw_token *k = d->tok.t;
  if (t + 1 >= d->tok.n || (k[t + 1].flags & NW_F_SPACE)) return 0;
  if (k[t + 1].kind == NW_K_NUM) return 1;
  return k[t + 1].kind == NW_K_WORD && k[t + 1].b1 - k[t + 1].b0 == 1 &&
         (k[t + 1].cp == 'n' || k[t + 1].cp == 'N') && t + 2 < d->tok.n &&
         k[t + 2].kind == NW_K_QUOTE && !(k[t + 2].flags & NW_F_SPACE);
}

/* Was the mark at t the closing half of an elision ("’n’")? */
static int elision_end(const nw_doc *d, size_t t) {
  const nw_token *k = d->tok.t;
  return t >= 2 && !(k[t].flags & NW_F_SPACE) && k[t - 1].b1 - k[t - 1].b0 == 1 &&
         (k[t - 1].cp == 'n' || k[t - 1].cp == 'N') &&
         k[t - 2].kind == NW_K_QUOTE && !(k[t - 1].flags & NW_F_SPACE);
}

/* The role of the mark at tokens [t, l] (l > t for '') from its code
 * point and neighbours. */
static int role_of(const nw_doc *d, size_t t, size_t l) {
  int o = can_open(d, t, l), c = can_close(d, t, l);
  if (l > t) return (o && !c) ? R_OPEN_D : (c && !o) ? R_CLOSE_D : R_EITHER_D;
  switch (d->tok.t[t].cp) {
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x300C:
      return (c && !o) ? R_EITHER_D : R_OPEN_D;
    case 0x201D: case 0x00BB: case 0x300D:
      if (!c && (t == 0 || para_of(d, t) != para_of(d, t - 1)))
        return R_OPEN_D; /* a paragraph cannot open by closing: ” … Q,” */
      return (o && !c) ? R_EITHER_D : R_CLOSE_D;
    case '"': case 0xFF02:
      return (o && !c) ? R_OPEN_D : (c && !o) ? R_CLOSE_D : R_EITHER_D;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039:
      if (d->tok.t[t].cp == 0x2018 && c && !o && t > 0 && d->tok.t[t - 1].kind == NW_K_WORD &&
          d->tok.t[t - 1].b1 == d->tok.t[t].b0 && (d->s[d->tok.t[t - 1].b1 - 1] | 0x20) == 's')
        return R_NONE; /* an apostrophe typed the wrong way: "CBS‘ Face the Nation" */
      return elision(d, t) ? R_NONE : R_OPEN_S;
    case 0x203A:
      return R_CLOSE_S;
    default: /* ' and ’ */
      if (elision(d, t) || elision_end(d, t)) return R_NONE;
      if (o && !c) return d->tok.t[t].cp == '\'' ? R_OPEN_S : R_NONE;
      return c ? R_CLOSE_S : R_EITHER_S;
  }
}

/* Append a finished outermost pair: opening mark o, closing mark [c, l]. */
static int emit(pairer *p, const mark *o, uint32_t c, uint32_t l, int single) {
  nw_qpair *q = nw_grow(p->out, &p->cap, p->n, sizeof *q, 32);
  if (!q) return NW_NOMEM;
  p->out = q;
  q = &p->out[p->n++];
  q->t0 = o->t;
  q->i0 = o->l + 1;
  q->i1 = c;
  q->t1 = l;
  q->single = (uint8_t)single;
  return NW_OK;
}

/* Push an opening mark [t, l] (ignored beyond MAX_DEPTH). */
static void push(pairer *p, size_t t, size_t l, int single) {
  if (p->depth == MAX_DEPTH) return;
  p->st[p->depth].t = (uint32_t)t;
  p->st[p->depth].l = (uint32_t)l;
  p->st[p->depth].single = (uint8_t)single;
  p->depth++;
}

/* Close the innermost open mark of the given kind with the mark [t, l];
 * emit when it was the outermost.  Returns 1 when a mark was closed, -1
 * when out of memory. */
static int close_kind(pairer *p, size_t t, size_t l, int single) {
  size_t k = p->depth;
  while (k > 0 && p->st[k - 1].single != single) k--;
  if (k == 0) return 0;
  if (single && k != p->depth) return 0; /* a ’ inside an inner “…” */
  p->depth = k - 1;
  if (p->depth == 0 && emit(p, &p->st[0], (uint32_t)t, (uint32_t)l, single))
    return -1;
  return 1;
}

/* Is any double mark open? */
static int double_open(const pairer *p) {
  for (size_t k = 0; k < p->depth; k++)
    if (!p->st[k].single) return 1;
  return 0;
}

/* Is the mark at token t written in the same style (straight or curly) as
 * the opening mark o?  A quotation runs on only in its own style. */
static int same_style(const nw_doc *d, const mark *o, size_t t) {
  int32_t a = d->tok.t[o->t].cp, b = d->tok.t[t].cp;
  return (a == '"' || a == '\'') == (b == '"' || b == '\'');
}

/* Does the opening double mark at token t start a new sentence while only
 * a double quotation of the same style is open ('said: "A. "B."', where
 * the text lost the paragraph break between the two)?  Then the open
 * quotation ended with the sentence before t. */
static int restarts(const pairer *p, size_t t) {
  const nw_doc *d = p->d;
  if (p->depth != 1 || p->st[0].single || !same_style(d, &p->st[0], t) || t < 2 ||
      t <= p->st[0].l + 2)
    return 0;
  const nw_token *k = &d->tok.t[t - 1];
  return k->kind == NW_K_PUNCT && (k->cp == '.' || k->cp == '?' || k->cp == '!' ||
                                   k->cp == 0x2026);
}

/* Handle the mark at tokens [t, l]. */
static int mark_at(pairer *p, size_t t, size_t l) {
  int r = role_of(p->d, t, l);
  if (r == R_EITHER_D) r = double_open(p) ? R_CLOSE_D : R_OPEN_D;
  if (r == R_EITHER_S)
    r = (p->depth && p->st[p->depth - 1].single) ? R_CLOSE_S : R_NONE;
  if (r == R_OPEN_D && restarts(p, t)) { /* “A. “B.”: A ended where B opens */
    p->depth = 0;
    if (emit(p, &p->st[0], (uint32_t)t, (uint32_t)t - 1, 0)) return NW_NOMEM;
  }
  if (r == R_OPEN_D || r == R_OPEN_S) {
    push(p, t, l, r == R_OPEN_S);
  } else if (r == R_CLOSE_D || r == R_CLOSE_S) {
    if (close_kind(p, t, l, r == R_CLOSE_S) < 0) return NW_NOMEM;
  }
  return NW_OK;
}

/* Does the double mark at token t, opening a paragraph or a line, continue
 * the outermost quotation still open (a long quotation's next paragraph)? */
static int runs_on(const pairer *p, size_t t) {
  const nw_doc *d = p->d;
  if (!p->depth || p->st[0].single || d->tok.t[t].kind != NW_K_QUOTE ||
      !same_style(d, &p->st[0], t))
    return 0;
  size_t l = twin_at(d, t) ? t + 1 : t;
  int r = role_of(d, t, l);
  return r == R_OPEN_D || (r == R_EITHER_D && can_open(d, t, l));
}

/* At the first token t of a new paragraph: keep an open quotation going
 * when the paragraph opens with a double mark of its style (returns 1: the
 * mark is consumed) or when only a wide gap on one line makes the break;
 * otherwise drop everything still open. */
static int new_paragraph(pairer *p, size_t t) {
  if (p->depth == 0) return 0;
  if (runs_on(p, t)) {
    p->depth = 1;
    return 1;
  }
  if (!p->d->tok.t[t].nl) return 0;
  p->depth = 0;
  return 0;
}

/* Does token t open a line after a sentence's end ("…country.\n“I have"),
 * where a long quotation's next paragraph may start? */
static int line_after_stop(const nw_doc *d, size_t t) {
  if (t == 0 || !d->tok.t[t].nl) return 0;
  const nw_token *k = &d->tok.t[t - 1];
  return k->kind == NW_K_PUNCT &&
         (k->cp == '.' || k->cp == '?' || k->cp == '!' || k->cp == 0x2026);
}

/* Pair the document's quote marks. */
int nw_quote_pairs(const nw_doc *d, nw_qpair **out, size_t *n) {
  pairer p = {.d = d};
  for (size_t t = 0; t < d->tok.n; t++) {
    int para = t > 0 && para_of(d, t) != para_of(d, t - 1);
    if ((para && new_paragraph(&p, t)) ||
        (!para && line_after_stop(d, t) && runs_on(&p, t))) {
      p.depth = 1;
      if (twin_at(d, t)) t++;
      continue;
    }
    if (d->tok.t[t].kind != NW_K_QUOTE) continue;
    size_t l = twin_at(d, t) && !single_first(&p, t) ? t + 1 : t;
    if (mark_at(&p, t, l)) {
      free(p.out);
      return NW_NOMEM;
    }
    t = l;
  }
  *out = p.out;
  *n = p.n;
  return NW_OK;
}
