/* Line-shaped attributions that have no reporting verb: a headline
 * "Name: content" ("Pence: Flowers Won't Be at Debate") and the lines of an
 * interview transcript ("WALLACE: Let's start with ..."), plus the test
 * for a first line in title case, where cues are capitalised. */
#include <string.h>

#include "quote_tokens.h"
#include "quotes_internal.h"

#define NAME_MAX_TOKENS 4 /* words before the colon of a headline or line */
#define TITLE_MAX 40      /* tokens in a title line */
#define LINE_TOKENS 400   /* tokens of a transcript line kept as content */

/* Is token t in a first line written in title case (no lower-case word
 * longer than three letters, at least three words)? */
int nw_title_case_at(const nw_doc *d, size_t t) {
  if (t >= TITLE_MAX) return 0;
  for (size_t k = 1; k <= t; k++)
    if (d->tok.t[k].nl) return 0;
  int words = 0;
  for (size_t k = 0; k < d->tok.n && k < TITLE_MAX; k++) {
    const nw_token *x = &d->tok.t[k];
    if (k > 0 && x->nl) return words >= 3;
    if (x->kind != NW_K_WORD) continue;
    if (!(x->flags & NW_F_CAP) && x->b1 - x->b0 > 3) return 0;
    words++;
  }
  return 0;
}

/* The colon that ends a speaker name of one to NAME_MAX_TOKENS words from
 * token t, all capitalised and none a determiner or clause word: in
 * capitals throughout for a transcript line (allcap), not so for a
 * headline.  Returns 0 when none. */
static size_t name_colon(const nw_doc *d, size_t t, int allcap) {
  size_t k = t, caps = 0;
  if (allcap && t + 1 < d->tok.n && is_p(d, t + 1, ':') && d->tok.t[t].b1 == d->tok.t[t].b0 + 1 &&
      (d->s[d->tok.t[t].b0] == 'Q' || d->s[d->tok.t[t].b0] == 'A'))
    return t + 1; /* "Q:" and "A:" of an interview */
  for (; k < d->tok.n && k - t < NAME_MAX_TOKENS; k++) {
    const nw_token *x = &d->tok.t[k];
    if (k > t && x->nl) return 0;
    if (is_p(d, k, ':')) break;
    if (x->kind != NW_K_WORD || !(x->flags & NW_F_CAP) || x->b1 - x->b0 < 2)
      return 0;
    if (nw_word_class(x->h) & (NW_W_STOP | NW_W_DET | NW_W_PRON)) return 0;
    caps += (x->flags & NW_F_ALLCAP) != 0;
  }
  if (k == t || !is_p(d, k, ':')) return 0;
  return (allcap ? caps == k - t : caps < k - t) ? k : 0;
}

/* The first token of the transcript line that opens at token t (after an
 * opening quote mark, if any), or t itself when t opens no name. */
static size_t line_start(const nw_doc *d, size_t t) {
  return t + 1 < d->tok.n && d->tok.t[t].kind == NW_K_QUOTE ? t + 1 : t;
}

/* Does token t open a transcript line ("WALLACE:")?  Returns its colon. */
size_t nw_transcript_colon(const nw_doc *d, size_t t) {
  return name_colon(d, line_start(d, t), 1);
}

/* End (exclusive) of the line from token c, or of its paragraph when
 * para is set, before its closing mark; at most LINE_TOKENS tokens. */
static size_t line_end(const nw_doc *d, size_t c, int para) {
  size_t e = c;
  while (e < d->tok.n && e - c < LINE_TOKENS &&
         !(e > c && (para ? para_of(d, e) != para_of(d, c) : d->tok.t[e].nl)))
    e++;
  while (e > c && d->tok.t[e - 1].kind == NW_K_QUOTE) e--;
  return e;
}

/* Add the row of a line: speaker [s0, colon), content after the colon to
 * the end of the line or (para) of the paragraph. */
static int add_line(nw_qbuild *b, size_t s0, size_t colon, int para) {
  uint32_t sp[2] = {(uint32_t)s0, (uint32_t)colon};
  size_t c0 = colon + 1, c1 = c0 < b->d->tok.n ? line_end(b->d, c0, para) : c0;
  if (c0 >= c1 || b->d->tok.t[c0].nl || (b->in_pair[c0] && b->is_row[b->in_pair[c0] - 1]))
    return NW_OK; /* "Panel:" ends its line; Name: “Q” is a direct row already */
  return nw_add_reported(b, c0, c1, 0, 0, sp, 1);
}

/* The headline "Name: content" on the first line. */
static int headline(nw_qbuild *b) {
  size_t colon = b->d->tok.n ? name_colon(b->d, 0, 0) : 0;
  return colon ? add_line(b, 0, colon, 0) : NW_OK;
}

/* Do the names before colons ca and cb end in the same word ("KATE
 * BOULDUAN:" and "BOULDUAN:")? */
static int same_name(const nw_doc *d, size_t ca, size_t cb) {
  const nw_token *x = &d->tok.t[ca - 1], *y = &d->tok.t[cb - 1];
  return x->b1 - x->b0 == y->b1 - y->b0 && memcmp(d->s + x->b0, d->s + y->b0, x->b1 - x->b0) == 0;
}

/* The colon after the speaker name of a transcript line that opens at
 * token t: in capitals ("WALLACE:") or, in a transcript of names written
 * so, in title case ("Alex Seitz-Wald:").  0 when none. */
static size_t line_colon(const nw_doc *d, size_t t) {
  size_t c = nw_transcript_colon(d, t);
  return c ? c : name_colon(d, line_start(d, t), 0);
}

/* Is the document a transcript: does a speaker name come back within two
 * lines, as in a dialogue ("WALLACE: … PENCE: … WALLACE: …"), unlike a
 * list of labels ("MARKET REACTION: … COMMENTARY: …")? */
static int transcript(const nw_doc *d) {
  size_t co[2] = {0, 0}; /* the colons of the last two names */
  for (size_t s = 0; s < d->nsent; s++) {
    if (s > 0 && d->sent[s].para == d->sent[s - 1].para) continue;
    size_t c = line_colon(d, d->sent[s].t0);
    if (!c) continue;
    for (int k = 0; k < 2; k++)
      if (co[k] && same_name(d, co[k], c)) return 1;
    co[1] = co[0];
    co[0] = c;
  }
  return 0;
}

/* Rows for the headline and, in a transcript, for every line. */
int nw_attribute_lines(nw_qbuild *b) {
  const nw_doc *d = b->d;
  if (headline(b)) return NW_NOMEM;
  if (!transcript(d)) return NW_OK;
  for (size_t s = 0; s < d->nsent; s++) {
    if (s > 0 && d->sent[s].para == d->sent[s - 1].para) continue;
    size_t colon = line_colon(d, d->sent[s].t0);
    if (colon && add_line(b, line_start(d, d->sent[s].t0), colon, 1))
      return NW_NOMEM;
  }
  return NW_OK;
}
