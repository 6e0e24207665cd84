/* Internals shared by the money extractor's files: exact decimals, number
 * parsing (money_number.c) and currency markers (money_currency.c). */
#ifndef NW_MONEY_INTERNAL_H
#define NW_MONEY_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

/* An exact decimal: the integer written by d[0..nd) times 10^exp. */
#define NW_DEC_DIGITS 40
typedef struct nw_dec {
  char d[NW_DEC_DIGITS];
  int nd;
  int exp;
} nw_dec;

/* A number as written, with its multiplier already applied. */
typedef struct nw_qty {
  nw_dec v;
  size_t b0, end; /* bytes [b0, end) */
  int mult;       /* power of ten of a trailing multiplier; 0 when none */
  int spelled;    /* written in words */
  int plain;      /* digits only, no decimals, no multiplier */
  int grouped;    /* has thousands separators */
  uint64_t
      small; /* the value when a whole number below 1000, else UINT64_MAX */
} nw_qty;

/* Bytes: helpers for ASCII classes. */
static inline int nw_m_alpha(unsigned c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}
static inline int nw_m_digit(unsigned c) {
  return c >= '0' && c <= '9';
}
static inline int nw_m_alnum(unsigned c) {
  return nw_m_alpha(c) || nw_m_digit(c);
}
/* Is s[p] white space a number and its unit may be split by (incl. NBSP)?
 * Returns its length in bytes, 0 when not. */
static inline size_t nw_m_space(const unsigned char *s, size_t n, size_t p) {
  if (p >= n) return 0;
  if (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r') return 1;
  if (s[p] == 0xC2 && p + 1 < n && s[p + 1] == 0xA0) return 2;
  return 0;
}
/* Position after at most max white-space characters from p. */
size_t nw_m_skip_space(const unsigned char *s, size_t n, size_t p, int max);
/* End of the ASCII letter run starting at p. */
size_t nw_m_word_end(const unsigned char *s, size_t n, size_t p);
/* Does s[p..) start with the word w (ASCII case-insensitive), followed by a
 * non-letter?  Returns the end, or 0. */
size_t nw_m_word_is(const unsigned char *s, size_t n, size_t p, const char *w);

/* Compile the number pattern once (PCRE2, JIT); NW_OK or NW_NOMEM. */
int nw_money_number_init(void);
void nw_money_number_free(void);
/* Match data for one scan (PCRE2's, kept opaque); NULL when out of memory. */
void *nw_number_md_new(void);
/* Did a number match run out of memory since nw_number_md_new()? */
int nw_number_md_oom(const void *md);
/* Release match data from nw_number_md_new(). */
void nw_number_md_free(void *md);
/* Parse a number at p (digits or words, with a multiplier such as "bn" or
 * "million"); no_article refuses a leading "a"/"an".  1 when found. */
int nw_qty_parse(void *md, const unsigned char *s, size_t n, size_t p,
                 int no_article, nw_qty *q);
/* A multiplier word at p ("million", "bn" ...): its power of ten and end,
 * or -1. */
int nw_mult_word(const unsigned char *s, size_t n, size_t p, size_t *end);
/* Multiply the decimal by 10^k. */
void nw_dec_shift(nw_dec *v, int k);
/* Set v to the whole number u times 10^exp. */
void nw_dec_from_u64(nw_dec *v, uint64_t u, int exp);
/* Add c hundredths to a whole-number decimal (dollars + cents); 0 when the
 * value is not a small whole number. */
int nw_dec_add_cents(nw_dec *v, unsigned c);
/* The double nearest to the decimal, or 0 with *ok = 0 on overflow. */
double nw_dec_value(const nw_dec *v, int *ok);

/* Marker kinds. */
enum {
  NW_MK_SYMBOL = 1, /* $ £ € ..., also "US$", "C$" */
  NW_MK_CODE,       /* USD, EUR, RMB; MUSD (million) */
  NW_MK_NAME,       /* dollars, Swiss francs, yen */
  NW_MK_MINOR,      /* cents, pence, p */
  NW_MK_PREWORD,    /* Rs, Rp: only before the number */
};

/* A currency marker as written. */
typedef struct nw_marker {
  size_t b0, b1;
  int kind;        /* NW_MK_* */
  char iso[8];     /* code; "$" = the context dollar; "?CROWN" ... = guess */
  int minor;       /* power of ten of a minor unit (cents: 2) */
  int mult;        /* power of ten built in ("MUSD": 6) */
  int head_dollar; /* the head is "dollar(s)" or a dollar sign */
  int cap_cent;    /* written "Cent" (the rapper, not money) */
} nw_marker;

/* Build the lookup tables once; NW_OK or NW_NOMEM. */
int nw_money_currency_init(void);
/* The fast pre-filter: a walk over the document's tokens to the places
 * where a marker's head may be ('$', a symbol, a currency word or code). */
typedef struct nw_heads {
  const unsigned char *s;
  size_t n; /* heads start before n (the text or a window of it) */
  const nw_token *t;
  size_t nt, i; /* the tokens and the next one to look at */
  size_t inner; /* tokens before this one end at or before n */
} nw_heads;
/* Start a walk at byte p of s[0..n) over the tokens of s. */
void nw_heads_start(nw_heads *hs, const unsigned char *s, size_t n,
                    const nw_tokens *tk, size_t p);
/* Next head at or after p (p never decreases along a walk): sets
 * [*h0, *h1) and returns 1, or 0 at the end. */
int nw_heads_next(nw_heads *hs, size_t p, size_t *h0, size_t *h1);
/* The marker whose head is [h0, h1), extended left (not below lo) over a
 * nationality or the letters of "US$".  1 when it is a marker. */
int nw_marker_from_head(const unsigned char *s, size_t n, size_t h0, size_t h1,
                        size_t lo, nw_marker *m);
/* A marker starting exactly at p. 1 when found. */
int nw_marker_at(const unsigned char *s, size_t n, size_t p, nw_marker *m);
/* A nationality written after a "$" amount ("$1.17 Canadian") at p: sets
 * iso and returns its end, or 0 (also when "dollars" follows). */
size_t nw_dollar_nationality(const unsigned char *s, size_t n, size_t p,
                             char iso[8]);
/* Is iso in the code table? */
int nw_currency_code_known(const char *iso);

#endif
