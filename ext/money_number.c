/* Numbers in money amounts: digits with separators and decimals, spelled-out
 * numbers ("one and a half billion"), multipliers ("bn", "million",
 * "crore"), and exact decimal arithmetic on them. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "money_internal.h"
#include "text.h"

/* Longest stretch of text one number match may look at. */
#define NW_NUM_WINDOW 200

/* Digits (1,234,567.89 / 12,34,567.89 / 1234 / .5), then an attached
 * multiplier ("4bn", "$10K") or a spaced multiplier word ("4 billion"). */
static const char nw_num_pattern[] =
    "(?:(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,2},(?:\\d{2},)*\\d{3}(?!\\d)|\\d+)"
    "(\\.\\d+)?|(\\.\\d+))"
    "(?:(k|K|mn|mln|Mn|Mln|MN|MLN|m|M|bn|bln|Bn|Bln|BN|BLN|b|B|tn|trn|trln|"
    "Tn|TN|TRN|TRLN)(?![A-Za-z0-9])"
    "|(?:[ \\t\\r\\n]|\\xC2\\xA0){1,2}((?i:thousand|million|billion|trillion|"
    "mn|mln|bn|bln|tn|trn|trln|lakhs?|lacs?|crores?))(?![A-Za-z]))?";

static pcre2_code *nw_num_re;
static pcre2_match_context *nw_num_mctx;

/* Compile the number pattern, JIT it where possible, set match limits. */
int nw_money_number_init(void) {
  int err;
  PCRE2_SIZE off;
  nw_num_re =
      pcre2_compile((PCRE2_SPTR)nw_num_pattern, PCRE2_ZERO_TERMINATED,
                    PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, &err, &off, NULL);
  if (!nw_num_re) return NW_NOMEM;
  (void)pcre2_jit_compile(nw_num_re, PCRE2_JIT_COMPLETE); /* optional */
  nw_num_mctx = pcre2_match_context_create(NULL);
  if (!nw_num_mctx) return NW_NOMEM;
  pcre2_set_match_limit(nw_num_mctx, 20000);
  pcre2_set_depth_limit(nw_num_mctx, 200);
  return NW_OK;
}

/* Release the compiled pattern and its match context (at unload). */
void nw_money_number_free(void) {
  pcre2_match_context_free(nw_num_mctx);
  pcre2_code_free(nw_num_re);
  nw_num_mctx = NULL;
  nw_num_re = NULL;
}

/* Per-scan matching state: PCRE2 match data and an out-of-memory flag. */
typedef struct nw_num_md {
  pcre2_match_data *md;
  int oom;
} nw_num_md;

/* Match data sized for the number pattern. */
void *nw_number_md_new(void) {
  nw_num_md *m = calloc(1, sizeof *m);
  if (!m) return NULL;
  m->md = pcre2_match_data_create_from_pattern(nw_num_re, NULL);
  if (!m->md) {
    free(m);
    return NULL;
  }
  return m;
}

/* Did a match run out of memory during this scan? */
int nw_number_md_oom(const void *md) {
  return ((const nw_num_md *)md)->oom;
}

/* Free match data. */
void nw_number_md_free(void *md) {
  if (!md) return;
  pcre2_match_data_free(((nw_num_md *)md)->md);
  free(md);
}

/* Skip up to max white-space characters. */
size_t nw_m_skip_space(const unsigned char *s, size_t n, size_t p, int max) {
  size_t k;
  while (max-- > 0 && (k = nw_m_space(s, n, p)) > 0) p += k;
  return p;
}

/* End of the ASCII letters from p. */
size_t nw_m_word_end(const unsigned char *s, size_t n, size_t p) {
  while (p < n && nw_m_alpha(s[p])) p++;
  return p;
}

/* Is the word at p exactly w (case-insensitive)? */
size_t nw_m_word_is(const unsigned char *s, size_t n, size_t p, const char *w) {
  if (p >= n || (s[p] | 32) != (unsigned char)w[0]) return 0; /* the usual */
  size_t e = nw_m_word_end(s, n, p), len = strlen(w);
  if (e - p != len) return 0;
  for (size_t i = 0; i < len; i++)
    if ((s[p + i] | 32) != (unsigned char)w[i]) return 0;
  return e;
}

/* Drop leading and trailing zeros (keeping the value). */
static void dec_trim(nw_dec *v) {
  int z = 0;
  while (z < v->nd && v->d[z] == '0') z++;
  if (z) {
    memmove(v->d, v->d + z, (size_t)(v->nd - z));
    v->nd -= z;
  }
  while (v->nd > 0 && v->d[v->nd - 1] == '0') {
    v->nd--;
    v->exp++;
  }
  if (v->nd == 0) v->exp = 0;
}

/* Append one digit; past the precision limit, whole-number digits only
 * raise the exponent and decimal digits are dropped. */
static void dec_push(nw_dec *v, char c, int is_frac) {
  if (v->nd == 0 && c == '0') {
    if (is_frac) v->exp--;
    return;
  }
  if (v->nd < NW_DEC_DIGITS) {
    v->d[v->nd++] = c;
    if (is_frac) v->exp--;
  } else if (!is_frac) {
    v->exp++;
  }
}

/* Read the digits of s[b..e) (commas skipped, '.' starts the decimals). */
static void dec_from_digits(nw_dec *v, const unsigned char *s, size_t b,
                            size_t e) {
  int frac = 0;
  memset(v, 0, sizeof *v);
  for (size_t i = b; i < e; i++) {
    if (s[i] == '.')
      frac = 1;
    else if (nw_m_digit(s[i]))
      dec_push(v, (char)s[i], frac);
  }
  dec_trim(v);
}

/* Multiply by 10^k. */
void nw_dec_shift(nw_dec *v, int k) {
  if (v->nd && v->exp > -100000 && v->exp < 100000) v->exp += k;
}

/* v = u * 10^exp. */
void nw_dec_from_u64(nw_dec *v, uint64_t u, int exp) {
  char buf[20];
  int len = 0;
  do { /* the digits, last first */
    buf[len++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  memset(v, 0, sizeof *v);
  while (len > 0) dec_push(v, buf[--len], 0);
  v->exp += exp;
  dec_trim(v);
}

/* The value as an unsigned 64-bit whole number, if it is one below 1e17. */
static int dec_to_u64(const nw_dec *v, uint64_t *u) {
  if (v->exp < 0 || v->nd + v->exp > 17) return 0;
  uint64_t x = 0;
  for (int i = 0; i < v->nd; i++) x = x * 10 + (uint64_t)(v->d[i] - '0');
  for (int i = 0; i < v->exp; i++) x *= 10;
  *u = x;
  return 1;
}

/* v += c / 100 for a whole-number v. */
int nw_dec_add_cents(nw_dec *v, unsigned c) {
  uint64_t u;
  if (!dec_to_u64(v, &u)) return 0;
  nw_dec_from_u64(v, u * 100 + c, -2);
  return 1;
}

/* Powers of ten that a double holds exactly. */
static const double nw_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                  1e18, 1e19, 1e20, 1e21, 1e22};

/* The value exactly rounded when it is at most 15 digits times 10^-22 ..
 * 10^22 (one IEEE operation on two exact doubles); 0 when it is not. */
static int dec_value_fast(const nw_dec *v, double *x) {
#if FLT_EVAL_METHOD == 0
  if (v->nd > 15 || v->exp < -22 || v->exp > 22) return 0;
  uint64_t m = 0;
  for (int i = 0; i < v->nd; i++) m = m * 10 + (uint64_t)(v->d[i] - '0');
  *x = v->exp >= 0 ? (double)m * nw_pow10[v->exp]
                   : (double)m / nw_pow10[-v->exp];
  return 1;
#else
  (void)v;
  (void)x;
  return 0;
#endif
}

/* Write "DIGITSeEXP" for strtod; returns buf. */
static char *dec_string(const nw_dec *v, char *buf) {
  char *w = buf, tmp[8];
  int e = v->exp, k = 0;
  memcpy(w, v->d, (size_t)v->nd);
  w += v->nd;
  *w++ = 'e';
  if (e < 0) *w++ = '-';
  unsigned u = (unsigned)(e < 0 ? -e : e);
  do {
    tmp[k++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (k > 0) *w++ = tmp[--k];
  *w = 0;
  return buf;
}

/* The double nearest to the decimal: the fast path, else strtod once on
 * the decimal string (exactly rounded). */
double nw_dec_value(const nw_dec *v, int *ok) {
  char buf[NW_DEC_DIGITS + 24];
  double x;
  *ok = 1;
  if (v->nd == 0) return 0.0;
  if (v->exp + v->nd > 310) {
    *ok = 0;
    return 0.0;
  }
  if (dec_value_fast(v, &x)) return x;
  x = strtod(dec_string(v, buf), NULL);
  if (!isfinite(x)) {
    *ok = 0;
    return 0.0;
  }
  return x;
}

/* A word, its length and the number it stands for. */
typedef struct word_val {
  const char *w;
  size_t len;
  int v;
} word_val;
#define W(word, value)                                                         \
  { word, sizeof word - 1, value }

/* Multiplier words and their powers of ten (spaced form, any case). */
static const word_val nw_mult_words[] = {
    W("thousand", 3), W("million", 6), W("billion", 9), W("trillion", 12),
    W("mn", 6),       W("mln", 6),     W("bn", 9),      W("bln", 9),
    W("tn", 12),      W("trn", 12),    W("trln", 12),   W("lakh", 5),
    W("lakhs", 5),    W("lac", 5),     W("lacs", 5),    W("crore", 7),
    W("crores", 7),   W("k", 3),       W("m", 6),       W("b", 9),
};

/* Power of ten of the multiplier s[b..e) (case-insensitive), or -1. */
static int mult_power(const unsigned char *s, size_t b, size_t e) {
  for (size_t i = 0; i < sizeof nw_mult_words / sizeof nw_mult_words[0]; i++) {
    const char *w = nw_mult_words[i].w;
    size_t len = nw_mult_words[i].len, j;
    if (len != e - b) continue;
    for (j = 0; j < len && (s[b + j] | 32) == (unsigned char)w[j]; j++) {
    }
    if (j == len) return nw_mult_words[i].v;
  }
  return -1;
}

/* A spelled or abbreviated multiplier word at p (after a code: "75 USD
 * million"); single letters are not accepted here. */
int nw_mult_word(const unsigned char *s, size_t n, size_t p, size_t *end) {
  size_t e = nw_m_word_end(s, n, p);
  if (e - p < 2) return -1;
  int k = mult_power(s, p, e);
  if (k >= 0) *end = e;
  return k;
}

/* Numbers written as words, below one hundred. */
static const word_val nw_small_words[] = {
    W("one", 1),        W("two", 2),       W("three", 3),     W("four", 4),
    W("five", 5),       W("six", 6),       W("seven", 7),     W("eight", 8),
    W("nine", 9),       W("ten", 10),      W("eleven", 11),   W("twelve", 12),
    W("thirteen", 13),  W("fourteen", 14), W("fifteen", 15),  W("sixteen", 16),
    W("seventeen", 17), W("eighteen", 18), W("nineteen", 19), W("twenty", 20),
    W("thirty", 30),    W("forty", 40),    W("fifty", 50),    W("sixty", 60),
    W("seventy", 70),   W("eighty", 80),   W("ninety", 90),
};

/* Scale words of spelled numbers and their powers of ten. */
static const word_val nw_scale_words[] = {
    W("hundred", 2),   W("thousand", 3), W("million", 6), W("billion", 9),
    W("trillion", 12), W("lakh", 5),     W("crore", 7),
};

/* Value of the word [b, e) in a word table, or -1. */
static int word_lookup(const word_val *t, size_t nt, const unsigned char *s,
                       size_t b, size_t e) {
  for (size_t i = 0; i < nt; i++) {
    size_t len = t[i].len, j;
    if (len != e - b || (s[b] | 32) != (unsigned char)t[i].w[0]) continue;
    for (j = 0; j < len && (s[b + j] | 32) == (unsigned char)t[i].w[j]; j++) {
    }
    if (j == len) return t[i].v;
  }
  return -1;
}

/* State of a spelled number being read. */
typedef struct spell {
  uint64_t total; /* hundredths of the finished groups */
  uint64_t cur;   /* units of the group being read (below 1000) */
  uint64_t frac;  /* hundredths from "half" / "quarter" */
  int article;    /* an "a"/"an" waits for its scale word */
  int joined;     /* an "and" or "of" waits for what follows */
  int last_scale; /* power of ten of the last scale word read */
} spell;

/* Add a small number word v to the group; 0 when it does not fit. */
static int spell_small(spell *st, int v) {
  uint64_t tail = st->cur % 100;
  if (st->frac || st->article) return 0;
  if (!(tail == 0 || (tail >= 20 && tail % 10 == 0 && v < 10))) return 0;
  st->cur += (uint64_t)v;
  return 1;
}

/* Apply a scale word (hundred, million ...); 0 when it does not fit. */
static int spell_scale(spell *st, int k) {
  if (st->article && st->cur == 0 && st->frac == 0) st->cur = 1;
  if (k == 2) {
    if (st->cur == 0 || st->cur > 9 || st->frac) return 0;
    st->cur *= 100;
  } else {
    uint64_t g = st->cur * 100 + st->frac, pw = 1;
    if (g == 0) return 0;
    for (int i = 0; i < k; i++) pw *= 10;
    if (g > UINT64_MAX / pw || st->total > UINT64_MAX - g * pw) return 0;
    st->total += g * pw;
    st->cur = st->frac = 0;
  }
  st->article = 0;
  st->last_scale = k;
  return 1;
}

/* Apply "half" or "quarter(s)"; 0 when it does not fit. */
static int spell_fraction(spell *st, int quarters) {
  uint64_t parts = 1;
  if (st->frac) return 0;
  if (st->article || st->joined) {
    /* "a half", "one and a half" */
  } else if (quarters && st->cur >= 1 && st->cur <= 3) {
    parts = st->cur; /* "three quarters" */
    st->cur = 0;
  } else if (st->cur) {
    return 0;
  }
  st->frac = quarters ? 25 * parts : 50;
  st->article = 0;
  return 1;
}

/* Read a spelled-out number at p; sets the hundredths, end and trailing
 * scale.  1 when at least one number word was read. */
static int spelled_parse(const unsigned char *s, size_t n, size_t p,
                         int no_article, uint64_t *hund, size_t *end,
                         int *last_scale) {
  spell st = {0, 0, 0, 0, 0, 0}, ok = st;
  size_t q = p, ok_end = 0;
  int words = 0;
  while (q < n && words < 16) {
    size_t e = nw_m_word_end(s, n, q);
    int v, done = 1;
    if (e == q) break;
    words++;
    if ((v = word_lookup(nw_small_words, 27, s, q, e)) > 0) {
      done = spell_small(&st, v);
      st.last_scale = 0;
    } else if ((v = word_lookup(nw_scale_words, 7, s, q, e)) > 0) {
      done = spell_scale(&st, v);
    } else if (nw_m_word_is(s, n, q, "half")) {
      done = spell_fraction(&st, 0);
    } else if (nw_m_word_is(s, n, q, "quarter") ||
               nw_m_word_is(s, n, q, "quarters")) {
      done = spell_fraction(&st, 1);
    } else if (nw_m_word_is(s, n, q, "a") || nw_m_word_is(s, n, q, "an")) {
      if ((q == p && no_article) || st.article) break;
      if (!(q == p || st.joined || st.frac)) break;
      st.article = 1;
      st.joined = 0;
      done = 2;
    } else if (nw_m_word_is(s, n, q, "and") && ok_end && !st.joined &&
               !st.frac) {
      st.joined = 1;
      done = 2;
    } else if (nw_m_word_is(s, n, q, "of") && st.frac && !st.cur) {
      st.joined = 1;
      done = 2;
    } else {
      break;
    }
    if (!done) break;
    if (done == 1) {
      st.joined = 0;
      ok = st;
      ok_end = e;
    }
    if (e < n && s[e] == '-' && e + 1 < n && nw_m_alpha(s[e + 1]))
      q = e + 1;
    else if (nw_m_space(s, n, e))
      q = nw_m_skip_space(s, n, e, 2);
    else
      break;
  }
  if (!ok_end) return 0;
  if (ok.article || (ok.total == 0 && ok.cur == 0 && ok.frac == 0)) return 0;
  uint64_t g = ok.cur * 100 + ok.frac;
  if (ok.total > UINT64_MAX - g) return 0;
  *hund = ok.total + g;
  *end = ok_end;
  *last_scale = ok.last_scale > 2 ? ok.last_scale : 0;
  return 1;
}

/* Fill q from a spelled number at p. */
static int qty_spelled(const unsigned char *s, size_t n, size_t p,
                       int no_article, nw_qty *q) {
  uint64_t h;
  size_t e;
  int sc;
  if (!spelled_parse(s, n, p, no_article, &h, &e, &sc)) return 0;
  memset(q, 0, sizeof *q);
  nw_dec_from_u64(&q->v, h, -2);
  q->b0 = p;
  q->end = e;
  q->mult = sc;
  q->spelled = 1;
  q->small = (h % 100 == 0 && h < 100000) ? h / 100 : UINT64_MAX;
  q->plain = sc == 0 && h % 100 == 0;
  return 1;
}

/* Did capture group g take part in the match? */
static int group_set(const PCRE2_SIZE *ov, int g) {
  return ov[2 * g] != PCRE2_UNSET;
}

/* Fill q from digits at p, using the PCRE2 pattern. */
static int qty_digits(void *md, const unsigned char *s, size_t n, size_t p,
                      nw_qty *q) {
  nw_num_md *m = md;
  size_t len = n - p < NW_NUM_WINDOW ? n - p : NW_NUM_WINDOW;
  int rc = pcre2_match(nw_num_re, (PCRE2_SPTR)(s + p), len, 0,
                       PCRE2_NO_UTF_CHECK, m->md, nw_num_mctx);
  if (rc == PCRE2_ERROR_NOMEMORY) m->oom = 1;
  if (rc < 1) return 0;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
  size_t end = p + ov[1];
  if (end >= p + len && len == NW_NUM_WINDOW) return 0; /* runs on: refuse */
  if (end < n && nw_m_digit(s[end])) return 0;
  memset(q, 0, sizeof *q);
  size_t num_end = group_set(ov, 3) ? ov[7] : group_set(ov, 2) ? ov[5] : ov[3];
  dec_from_digits(&q->v, s, p, p + num_end);
  q->b0 = p;
  q->end = end;
  q->grouped = group_set(ov, 1) && memchr(s + p, ',', ov[3]) != NULL;
  int mb = group_set(ov, 4) ? 4 : group_set(ov, 5) ? 5 : 0;
  if (mb) {
    q->mult = mult_power(s, p + ov[2 * mb], p + ov[2 * mb + 1]);
    nw_dec_shift(&q->v, q->mult);
  }
  int has_frac = group_set(ov, 2) || group_set(ov, 3);
  q->plain = !has_frac && q->mult == 0;
  uint64_t u;
  q->small = (q->plain && !q->grouped && dec_to_u64(&q->v, &u) && u < 1000)
                 ? u
                 : UINT64_MAX;
  return 1;
}

/* A number at p: digits first, then words. */
int nw_qty_parse(void *md, const unsigned char *s, size_t n, size_t p,
                 int no_article, nw_qty *q) {
  if (p >= n) return 0;
  if (nw_m_digit(s[p]) || (s[p] == '.' && p + 1 < n && nw_m_digit(s[p + 1])))
    return qty_digits(md, s, n, p, q);
  if (nw_m_alpha(s[p])) return qty_spelled(s, n, p, no_article, q);
  return 0;
}
