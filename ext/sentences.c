/* Sentence and paragraph boundaries over tokens, for real news text:
 * abbreviations and initials, decimals, ellipses, sentence-final quotes and
 * brackets, hard-wrapped lines (a single newline is not a boundary), blank
 * lines (always a boundary), headline lines without a full stop, bullets. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "grow.h"

#define SENT_LONG 300 /* tokens after which a sentence is cut at a clause break */
#define SENT_MAX 600  /* tokens after which a sentence is cut anywhere */

/* Is token t one of . ! ? … or an ellipsis "..."? */
static int is_terminal(const nw_doc *d, const nw_token *t) {
  if (t->kind != NW_K_PUNCT) return 0;
  unsigned c = d->s[t->b0];
  if (c == '.' || c == '!' || c == '?') return 1;
  return t->cp == 0x2026 || t->cp == 0x203D; /* … ‽ */
}

/* Can token t close a sentence after its full stop (a closing quote or
 * bracket attached to what precedes it)? */
static int is_closer(const nw_doc *d, const nw_token *t) {
  if (t->flags & NW_F_SPACE) return 0;
  if (t->kind == NW_K_QUOTE) return t->cp != 0x201C && t->cp != 0x2018 &&
                                    t->cp != 0x00AB && t->cp != 0x201E;
  unsigned c = d->s[t->b0];
  return t->kind == NW_K_PUNCT && (c == ')' || c == ']' || c == '}');
}

/* Does token t start a bullet-list line ("- ", "• ", "* ", "1. ")? */
static int is_bullet(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (t + 1 >= d->tok.n || !(d->tok.t[t + 1].flags & NW_F_SPACE)) return 0;
  if (k->kind == NW_K_PUNCT)
    return k->cp == '-' || k->cp == '*' || k->cp == 0x2022 || k->cp == 0x2013 ||
           k->cp == 0x2014 || k->cp == 0x00B7 || k->cp == 0x25AA ||
           k->cp == 0x25CF;
  return 0;
}

/* Is h the hash of a word that headlines leave in lower case? */
static int headline_small_word(uint32_t h) {
  static const char *const words[] = {"a", "an", "the", "of", "and", "or",
                                      "in", "on", "at", "to", "for", "with",
                                      "by", "as", "from", "vs", "into", NULL};
  for (int i = 0; words[i]; i++)
    if (h == nw_hash_lower_cstr(words[i])) return 1;
  return 0;
}

/* Is the line that holds tokens [a, e] headline-like: no final punctuation,
 * and either very short or every word capitalised but for small function
 * words? */
static int headline_line(const nw_doc *d, size_t a, size_t e) {
  if (e < a || e - a > 14) return 0;
  size_t len = d->tok.t[e].b1 - d->tok.t[a].b0;
  const nw_token *last = &d->tok.t[e];
  if (len > 50 || (last->kind == NW_K_PUNCT && last->cp != ')' && last->cp != ']'))
    return 0;
  if (len <= 25) return 1; /* a short line of its own: "Read more" */
  int caps = 0;
  for (size_t i = a; i <= e; i++) {
    const nw_token *t = &d->tok.t[i];
    if (t->kind != NW_K_WORD) continue;
    if (t->flags & NW_F_CAP) {
      caps++;
    } else if ((t->flags & NW_F_LOWER) && !(t->flags & NW_F_POSS) &&
               !headline_small_word(t->h)) {
      return 0;
    }
  }
  return caps > 0;
}

/* Is the gap before token t a paragraph break?  A blank line is, unless it
 * falls mid-sentence: a lower-case word after a word or comma (a scraping
 * artefact: "Lehman Brothers Holdings Inc \n\n said on Wednesday"). */
static int para_break(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->nl < 2) return 0;
  if (t == 0 || k->kind != NW_K_WORD || (k->flags & (NW_F_CAP | NW_F_DIGIT)) ||
      !(k->flags & NW_F_LOWER))
    return 1;
  const nw_token *p = &d->tok.t[t - 1];
  return !(p->kind == NW_K_WORD || p->kind == NW_K_NUM ||
           (p->kind == NW_K_PUNCT && d->s[p->b0] == ','));
}

/* Decide whether a sentence ends after the terminal token at e (with the
 * closers up to c) given the next token at c+1. */
static int ends_sentence(const nw_doc *d, size_t e, size_t c) {
  const nw_token *tk = d->tok.t;
  if (c + 1 >= d->tok.n) return 1;
  const nw_token *nx = &tk[c + 1];
  const nw_token *te = &tk[e];
  if (nx->kind == NW_K_WORD || nx->kind == NW_K_NUM) {
    if (nx->flags & NW_F_LOWER && !(nx->flags & NW_F_CAP) &&
        nx->kind == NW_K_WORD)
      return 0; /* “...?” he said */
  } else if (nx->kind == NW_K_PUNCT) {
    unsigned ch = d->s[nx->b0];
    if (ch == ',' || ch == ';' || ch == ':' || ch == ')' || ch == '.' ||
        ch == '%')
      return 0;
  }
  if (te->kind == NW_K_WORD) {
    /* an abbreviation's own period */
    if (te->flags & (NW_F_TITLEABBR | NW_F_INITIAL)) return 0;
    if (nx->kind == NW_K_QUOTE) /* not "the U.S. “clearly” needed" */
      return !(c + 2 < d->tok.n && tk[c + 2].kind == NW_K_WORD && !(tk[c + 2].flags & NW_F_SPACE) &&
               (tk[c + 2].flags & NW_F_LOWER) && !(tk[c + 2].flags & NW_F_CAP));
    return nx->kind == NW_K_WORD && (nx->flags & NW_F_CAP) &&
           nw_is_sentence_starter(nx->h);
  }
  return 1;
}

/* Append a sentence [t0, t1) in paragraph para. */
static int add_sentence(nw_doc *d, size_t *cap, size_t t0, size_t t1,
                        uint32_t para) {
  if (t1 <= t0) return NW_OK;
  nw_sentence *s = nw_grow(d->sent, cap, d->nsent, sizeof *s, 64);
  if (!s) return NW_NOMEM;
  d->sent = s;
  s = &d->sent[d->nsent++];
  s->t0 = (uint32_t)t0;
  s->t1 = (uint32_t)t1;
  s->b0 = d->tok.t[t0].b0;
  s->b1 = d->tok.t[t1 - 1].b1;
  s->para = para;
  return NW_OK;
}

/* Is token t a comma, semicolon, colon or dash, where an overlong
 * sentence may be cut? */
static int clause_break(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind != NW_K_PUNCT) return 0;
  unsigned ch = d->s[k->b0];
  return ch == ',' || ch == ';' || ch == ':' || ch == '-' || k->cp == 0x2014 || k->cp == 0x2013;
}

/* Split d's tokens into sentences and fill d->tok_sent.  A run of more than
 * SENT_LONG tokens without a sentence end (a list, a table, text without
 * full stops) is cut after its next comma, semicolon, colon or dash, and at
 * SENT_MAX tokens in any case, so that the rules that look across a
 * sentence stay linear in the text. */
int nw_split_sentences(nw_doc *d) {
  size_t n = d->tok.n, cap = 0, start = 0, line = 0;
  uint32_t para = 0;
  const nw_token *tk = d->tok.t;
  for (size_t i = 0; i < n; i++) {
    if (i - start >= SENT_MAX || (i - start >= SENT_LONG && clause_break(d, i - 1))) {
      if (add_sentence(d, &cap, start, i, para)) return NW_NOMEM;
      start = i; /* an overlong run: cut */
    }
    if (!((tk[i].nl != 0) | (tk[i].kind == NW_K_PUNCT) |
          ((tk[i].flags & NW_F_ABBR) != 0)))
      continue; /* most tokens: a word inside a line (one branch) */
    if (i > start) {
      int brk = 0, newpara = 0;
      if (para_break(d, i)) {
        brk = newpara = 1;
      } else if (tk[i].nl == 1 &&
                 (is_bullet(d, i) ||
                  (line == start && (tk[i].flags & (NW_F_CAP | NW_F_DIGIT)) &&
                   headline_line(d, line, i - 1)))) {
        brk = newpara = 1;
      }
      if (brk) {
        if (add_sentence(d, &cap, start, i, para)) return NW_NOMEM;
        start = i;
        para += (uint32_t)newpara;
      }
    }
    if (tk[i].nl >= 1) line = i;
    int term = is_terminal(d, &tk[i]) ||
               ((tk[i].flags & NW_F_ABBR) && tk[i].kind == NW_K_WORD);
    if (!term) continue;
    size_t c = i;
    while (c + 1 < n && is_closer(d, &tk[c + 1]) && !para_break(d, c + 1)) c++;
    if (c + 1 < n && para_break(d, c + 1)) continue; /* the break splits */
    if (!ends_sentence(d, i, c)) continue;
    if (add_sentence(d, &cap, start, c + 1, para)) return NW_NOMEM;
    if (c + 1 < n && (tk[c + 1].flags & NW_F_WIDE)) para++;
    start = c + 1;
    i = c;
  }
  if (add_sentence(d, &cap, start, n, para)) return NW_NOMEM;
  d->tok_sent = malloc((n ? n : 1) * sizeof *d->tok_sent);
  if (!d->tok_sent) return NW_NOMEM;
  for (size_t k = 0; k < d->nsent; k++)
    for (uint32_t t = d->sent[k].t0; t < d->sent[k].t1; t++)
      d->tok_sent[t] = (uint32_t)k;
  return NW_OK;
}
