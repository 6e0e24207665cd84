/* Token tests that every quotation stage shares: word classes, punctuation,
 * word shapes, and the sentence and paragraph of a token. */
#ifndef NW_QUOTE_TOKENS_H
#define NW_QUOTE_TOKENS_H

#include <string.h>

#include "quotes_internal.h"

#define NP_MAX 10    /* tokens in a speaker phrase */
#define APPOS_MAX 24 /* tokens in an apposition ", the chief of Y," */
#define ADJUNCT_MAX 8 /* tokens between a cue and its clause or quote */
#define FRAG_REACH 12 /* tokens from a cue to the quoted fragment it holds */

/* Word-class bits of token t (0 for punctuation). */
#if defined(__GNUC__)
__attribute__((always_inline)) /* called everywhere: never a call of its own */
#endif
static inline int wc(const nw_doc *d, size_t t) {
  if (d->tok_wc) return d->tok_wc[t];
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_WORD ? nw_word_class(k->h) : 0;
}

/* Is token t a lower-case word in -ed longer than four bytes, a past form
 * or participle ("dropped", "warned")? */
static inline int ed_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_WORD && !(k->flags & NW_F_CAP) && k->b1 - k->b0 > 4 &&
         d->s[k->b1 - 2] == 'e' && d->s[k->b1 - 1] == 'd';
}

/* Is token t a word in -ing ("Visiting")? */
static inline int ing_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_WORD && k->b1 - k->b0 > 4 && memcmp(d->s + k->b1 - 3, "ing", 3) == 0;
}

/* Is token t the punctuation character c? */
static inline int is_p(const nw_doc *d, size_t t, int32_t c) {
  return t < d->tok.n && d->tok.t[t].kind == NW_K_PUNCT && d->tok.t[t].cp == c;
}

/* Is token t a dash (— – --, or a hyphen with spaces around it)? */
static inline int is_dash(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind != NW_K_PUNCT) return 0;
  return k->cp == 0x2014 || k->cp == 0x2013 || k->cp == 0x2015 ||
         (k->cp == '-' && k->b1 - k->b0 == 2) ||
         (k->cp == '-' && k->b1 - k->b0 == 1 && (k->flags & NW_F_SPACE) && t + 1 < d->tok.n &&
          (d->tok.t[t + 1].flags & NW_F_SPACE));
}

/* Sentence index of token t. */
static inline uint32_t sent_of(const nw_doc *d, size_t t) { return d->tok_sent[t]; }

/* Paragraph index of token t. */
static inline uint32_t para_of(const nw_doc *d, size_t t) {
  return d->sent[d->tok_sent[t]].para;
}

/* Is token t a lower-case word ending in "ly" (an adverb), not one of the
 * nouns and adjectives so spelt ("the family said")? */
static inline int ly_adverb(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_WORD && !(k->flags & NW_F_CAP) && k->b1 - k->b0 > 3 &&
         d->s[k->b1 - 2] == 'l' && d->s[k->b1 - 1] == 'y' &&
         !(nw_word_class(k->h) & NW_W_LYNOUN);
}

/* Is token t an age standing for a person ("46-year-old")? */
static inline int age_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_NUM && k->b1 - k->b0 > 4 && memcmp(d->s + k->b1 - 4, "-old", 4) == 0;
}

/* Is the capitalised token t a surname that is also a function word, after
 * a capitalised name word ("Theresa May", "Jim Will"), not "may" or
 * "will"? */
static inline int name_function_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return t > 0 && k->kind == NW_K_WORD && (k->flags & NW_F_CAP) && !(k->flags & NW_F_ALLCAP) &&
         (wc(d, t) & (NW_W_STOP | NW_W_AUX | NW_W_TIME)) && d->tok.t[t - 1].kind == NW_K_WORD &&
         (d->tok.t[t - 1].flags & NW_F_CAP) && !(d->tok.t[t - 1].flags & NW_F_ALLCAP) &&
         !d->tok.t[t].nl && !(wc(d, t - 1) & (NW_W_STOP | NW_W_DET | NW_W_TIME | NW_W_AUX)) &&
         !(wc(d, t) & (NW_W_CONJ | NW_W_SUBORD));
}

/* Is token t a capitalised adverb opening its sentence ("Originally",
 * "Previously"): a long word in -ally, -ously, -ively, -ently, -antly or
 * -ately, which names do not end in ("Lilly", "Italy", "McNally")? */
static inline int sentence_adverb(const nw_doc *d, size_t t) {
  static const char *const ends[] = {"ally", "ously", "ively", "ently", "antly", "ately", NULL};
  const nw_token *k = &d->tok.t[t];
  size_t n = k->b1 - k->b0;
  if (k->kind != NW_K_WORD || n < 8 || (k->flags & NW_F_ALLCAP) ||
      d->sent[d->tok_sent[t]].t0 != t)
    return 0;
  for (size_t i = 0; ends[i]; i++) {
    size_t m = strlen(ends[i]);
    if (memcmp(d->s + k->b1 - m, ends[i], m) == 0) return 1;
  }
  return 0;
}

/* Do tokens [t0, t1) hold a finite verb (an auxiliary, a past form, an
 * -ed word), as a clause does and "after an internal investigation" does
 * not? */
static inline int has_verb(const nw_doc *d, size_t t0, size_t t1) {
  for (size_t t = t0; t < t1; t++)
    if ((wc(d, t) & (NW_W_AUX | NW_W_BE | NW_W_PAST)) || ed_word(d, t)) return 1;
  return 0;
}

/* Does token t end in the -s of a plural or a verb's third person, being
 * longer than three bytes and not in -ss ("analysts", "says"; not "bus",
 * "press")? */
static inline int ends_in_s(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->b1 - k->b0 > 3 && d->s[k->b1 - 1] == 's' && d->s[k->b1 - 2] != 's';
}

/* Is the hash h one of the zero-terminated hashes hs? */
static inline int in_hashes(uint32_t h, const uint32_t *hs) {
  for (; *hs; hs++)
    if (*hs == h) return 1;
  return 0;
}

#endif
