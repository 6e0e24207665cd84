/* Money amounts in news text: finds currency markers with the fast
 * pre-filter of money_currency.c, reads the amount before or after each
 * (ranges, qualifiers, per-unit, dollars-and-cents), and resolves the
 * currency from the marker, the nationality or the sentence. */
#include "money.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "money_internal.h"

/* How far left of a marker its number may start, in bytes and tokens. */
#define NW_LEFT_BYTES 120
#define NW_LEFT_TOKENS 10
/* How far around a "cents" amount its sentence is searched for a dollar. */
#define NW_CENTS_REACH 300

/* One scan over a document. */
typedef struct scan {
  const nw_doc *d;
  const unsigned char *s;
  size_t n;
  const char *dollar; /* code of a bare "$" */
  void *md;           /* PCRE2 match data */
  int crown_guess;    /* 0 not yet, else 1 + index into crown_codes */
} scan;

/* One amount being read. */
typedef struct amount {
  size_t b0, b1;
  nw_qty lo, hi;
  int range, neg;
  int symbol_follows; /* another symbol right after: "10 $ 30 $" */
  nw_marker mk;
  const char *qual;
  char per[24];
} amount;

static pthread_once_t nw_money_once = PTHREAD_ONCE_INIT;
static int nw_money_init_rc = NW_NOMEM;

/* Build the tables and compile the patterns (run once). */
static void money_init_once(void) {
  nw_money_init_rc = nw_money_currency_init();
  if (nw_money_init_rc == NW_OK) nw_money_init_rc = nw_money_number_init();
}

/* Compile once per process; later calls return the first result. */
int nw_money_global_init(void) {
  pthread_once(&nw_money_once, money_init_once);
  return nw_money_init_rc;
}

/* Release what nw_money_global_init() built; only when the library is
 * unloaded (nothing may scan afterwards). */
void nw_money_global_free(void) { nw_money_number_free(); }

/* Is iso a known ISO 4217 code? */
int nw_currency_known(const char *iso) {
  if (nw_money_global_init() != NW_OK) return 0;
  return nw_currency_code_known(iso);
}

/* Release the list. */
void nw_money_list_free(nw_money_list *l) {
  free(l->m);
  l->m = NULL;
  l->n = l->cap = 0;
}

/* Does the word ending at e (after spaces) equal w?  Its start or SIZE_MAX. */
static size_t word_before_is(const unsigned char *s, size_t e, const char *w) {
  size_t len = strlen(w);
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t'))
    e--;
  if (e < len) return SIZE_MAX;
  size_t b = e - len;
  for (size_t i = 0; i < len; i++)
    if ((s[b + i] | 32) != (unsigned char)w[i]) return SIZE_MAX;
  if (b > 0 && nw_m_alpha(s[b - 1])) return SIZE_MAX;
  return b;
}

/* Words before "X to Y" that make it a change ("rose $1 to $5"), not a
 * range. */
static const char *const nw_change_words[] = {
    "from",    "by",      "up",        "down",      "off",     "rose",
    "fell",    "dropped", "gained",    "lost",      "added",   "slipped",
    "climbed", "jumped",  "declined",  "shed",      "rallied", "slid",
    "eased",   "edged",   "tumbled",   "plunged",   "soared",  "surged",
    "sank",    "dipped",  "advanced",  "fallen",    "risen",   "cut",
    "raised",  "lowered", "increased", "decreased", "reduced", "boosted",
    "trimmed", "lifted",  "rising",    "falling",   NULL};

/* Is the word before byte b one of the change words? */
static int after_change_word(const unsigned char *s, size_t b) {
  for (int i = 0; nw_change_words[i]; i++)
    if (word_before_is(s, b, nw_change_words[i]) != SIZE_MAX) return 1;
  return 0;
}

/* Length of a range connector at p ("-", en/em dash, "to", "and" after
 * "between"); *is_to tells a word connector.  0 when none. */
static size_t range_connector(const scan *sc, size_t p, size_t start,
                              int *is_to) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, e;
  *is_to = 0;
  if (p < n && s[p] == '-') return 1;
  if (p + 2 < n && s[p] == 0xE2 && s[p + 1] == 0x80 &&
      (s[p + 2] == 0x93 || s[p + 2] == 0x94))
    return 3;
  if ((e = nw_m_word_is(s, n, p, "to")) != 0) {
    if (after_change_word(s, start)) return 0;
    *is_to = 1;
    return e - p;
  }
  if ((e = nw_m_word_is(s, n, p, "and")) != 0 &&
      word_before_is(s, start, "between") != SIZE_MAX) {
    *is_to = 1;
    return e - p;
  }
  return 0;
}

/* Compare two decimals by value: <0, 0, >0. */
static int dec_cmp(const nw_dec *a, const nw_dec *b) {
  int oa, ob;
  double x = nw_dec_value(a, &oa), y = nw_dec_value(b, &ob);
  return (x > y) - (x < y);
}

/* Make a range of lo and hi when they read as one ("$3-4bn" shares the
 * multiplier; the bounds rise; "$1 to $50" is too wide for a range). */
static int make_range(amount *a, const nw_qty *hi, int is_to) {
  nw_qty lo = a->lo;
  if (lo.mult && !hi->mult) return 0;
  if (!lo.mult && hi->mult) {
    nw_dec_shift(&lo.v, hi->mult);
    lo.mult = hi->mult;
  }
  if (dec_cmp(&lo.v, &hi->v) >= 0) return 0;
  if (is_to && !hi->mult) {
    int ok;
    if (nw_dec_value(&hi->v, &ok) > 3 * nw_dec_value(&lo.v, &ok)) return 0;
  }
  a->lo = lo;
  a->hi = *hi;
  a->range = 1;
  return 1;
}

/* Read "-4bn", " to $4 billion" after the first number of a into a->hi;
 * pre lets the upper bound repeat the marker ("$3bn-$4bn"). */
static void read_range(const scan *sc, amount *a, const nw_marker *pre) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, p, len;
  int is_to;
  nw_qty q;
  p = nw_m_skip_space(s, n, a->lo.end, 1);
  if ((len = range_connector(sc, p, a->b0, &is_to)) == 0) return;
  if (!is_to && p != a->lo.end && !nw_m_space(s, n, p + len)) return;
  p = nw_m_skip_space(s, n, p + len, 1);
  if (pre) {
    nw_marker m2;
    if (nw_marker_at(s, n, p, &m2) && strcmp(m2.iso, pre->iso) == 0)
      p = nw_m_skip_space(s, n, m2.b1, 1);
  }
  if (nw_qty_parse(sc->md, s, n, p, 1, &q)) make_range(a, &q, is_to);
}

/* Read " to 75 cents" after "60 cents": the marker repeated after the
 * upper bound.  Returns the new end, or e. */
static size_t read_post_range(const scan *sc, amount *a, size_t e) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, p, len;
  int is_to;
  nw_qty q;
  nw_marker m2;
  if (a->range) return e;
  p = nw_m_skip_space(s, n, e, 1);
  if ((len = range_connector(sc, p, a->b0, &is_to)) == 0) return e;
  p = nw_m_skip_space(s, n, p + len, 1);
  if (!nw_qty_parse(sc->md, s, n, p, 1, &q)) return e;
  p = nw_m_skip_space(s, n, q.end, 1);
  if (p == q.end && !(a->mk.kind == NW_MK_MINOR && s[p] == 'p')) return e;
  if (!nw_marker_at(s, n, p, &m2) || m2.kind != a->mk.kind ||
      strcmp(m2.iso, a->mk.iso) != 0 || m2.minor != a->mk.minor)
    return e;
  return make_range(a, &q, is_to) ? m2.b1 : e;
}

/* End of the number part (the range's upper bound or the single value). */
static size_t qty_end(const amount *a) {
  return a->range ? a->hi.end : a->lo.end;
}

/* Words after a dollars-and-cents tail that still end the amount. */
static const char *const nw_cents_followers[] = {"and",  "or",   "more",
                                                 "less", "each", NULL};

/* Is what follows p the end of a "15 dollars 50" amount? */
static int cents_tail_ends(const scan *sc, size_t p) {
  const unsigned char *s = sc->s;
  size_t n = sc->n;
  p = nw_m_skip_space(sc->s, sc->n, p, 2);
  if (p >= n) return 1;
  if (nw_m_alpha(s[p])) {
    for (int i = 0; nw_cents_followers[i]; i++)
      if (nw_m_word_is(s, n, p, nw_cents_followers[i])) return 1;
    return 0;
  }
  return strchr(".,;:!?)\"'", s[p]) != NULL &&
         !(s[p] == '.' && p + 1 < n && nw_m_digit(s[p + 1]));
}

/* Read "50 cents", "and forty-five cents", " 25" after a whole amount
 * ("3 dollars 50 cents" = 3.50); p is the end of the major part. */
static size_t read_cents(const scan *sc, amount *a, size_t p) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, q, e;
  nw_qty c;
  nw_marker m;
  if (a->range || !a->lo.plain || a->mk.minor || a->mk.mult ||
      !nw_m_space(s, n, p))
    return p;
  q = nw_m_skip_space(s, n, p, 1);
  if ((e = nw_m_word_is(s, n, q, "and")) != 0) q = nw_m_skip_space(s, n, e, 1);
  if (!nw_qty_parse(sc->md, s, n, q, 1, &c) || c.small == 0 || c.small > 99 ||
      (!c.spelled && c.end - q > 2))
    return p;
  e = nw_m_skip_space(s, n, c.end, 1);
  if (nw_marker_at(s, n, e, &m) && m.kind == NW_MK_MINOR && m.minor == 2) {
    if (!nw_dec_add_cents(&a->lo.v, (unsigned)c.small)) return p;
    return m.b1;
  }
  if (!cents_tail_ends(sc, c.end) ||
      !nw_dec_add_cents(&a->lo.v, (unsigned)c.small))
    return p;
  return c.end;
}

/* Is the amount followed by "%" or "percent" (then it is not money)? */
static int followed_by_percent(const scan *sc, size_t p) {
  p = nw_m_skip_space(sc->s, sc->n, p, 1);
  return (p < sc->n && sc->s[p] == '%') ||
         nw_m_word_is(sc->s, sc->n, p, "percent") ||
         nw_m_word_is(sc->s, sc->n, p, "pct");
}

/* Can the marker stand before its number? */
static int marker_pre_ok(const scan *sc, const nw_marker *m) {
  if (m->kind == NW_MK_SYMBOL || m->kind == NW_MK_CODE ||
      m->kind == NW_MK_PREWORD)
    return 1;
  if (m->kind == NW_MK_NAME)
    return nw_m_word_is(sc->s, sc->n, m->b0, "dollar") != 0;
  return m->kind == NW_MK_MINOR && sc->s[m->b0] == 's'; /* "sen 100" */
}

/* An amount with its marker first ("$4bn", "USD 5,000", "-$5m"). */
static int parse_pre(const scan *sc, size_t p, amount *a) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, q;
  nw_marker post;
  memset(a, 0, sizeof *a);
  a->b0 = p;
  if (!nw_marker_at(s, n, p, &a->mk) || !marker_pre_ok(sc, &a->mk)) return 0;
  q = a->mk.b1;
  if (a->mk.kind == NW_MK_SYMBOL)
    q = nw_m_skip_space(s, n, q, 1);
  else if (!(q < n && nw_m_digit(s[q]) && a->mk.kind == NW_MK_CODE)) {
    if (!nw_m_space(s, n, q)) return 0;
    q = nw_m_skip_space(s, n, q, 2);
  }
  if (q < n && nw_m_alpha(s[q]) && a->mk.kind != NW_MK_SYMBOL) return 0;
  if (!nw_qty_parse(sc->md, s, n, q, 1, &a->lo)) return 0;
  read_range(sc, a, &a->mk);
  size_t e = qty_end(a);
  if (e < n && nw_m_alnum(s[e])) return 0;
  size_t k = nw_m_skip_space(s, n, e, 1);
  if (k > e && nw_marker_at(s, n, k, &post)) {
    if (post.kind == NW_MK_MINOR) return 0;
    a->symbol_follows = post.kind == NW_MK_SYMBOL;
    if (post.kind == NW_MK_NAME && post.head_dollar && a->mk.head_dollar &&
        nw_m_space(s, n, a->mk.b1))
      e = post.b1; /* "$ 10 dollars" */
  }
  if (!a->range && !a->lo.mult && a->mk.kind == NW_MK_CODE && k > e &&
      nw_mult_word(s, n, k, &q) >= 0) {
    a->lo.mult = nw_mult_word(s, n, k, &q);
    nw_dec_shift(&a->lo.v, a->lo.mult);
    e = q;
  }
  if (k > e && strcmp(a->mk.iso, "$") == 0 &&
      (q = nw_dollar_nationality(s, n, k, a->mk.iso)) > 0)
    e = q; /* "$1.17 Canadian" */
  a->b1 = read_cents(sc, a, e);
  return 1;
}

/* Is this number before this marker a year or a weight, not money? */
static int post_form_refused(const scan *sc, const amount *a) {
  const unsigned char *s = sc->s;
  size_t n = sc->n;
  const nw_marker *m = &a->mk;
  int year_like = a->lo.plain && !a->lo.grouped && !a->range &&
                  a->lo.end - a->lo.b0 == 4 &&
                  (s[a->lo.b0] == '1' || s[a->lo.b0] == '2');
  if (m->cap_cent) return 1;
  if (year_like && (nw_m_word_is(s, n, m->b0, "won") ||
                    word_before_is(s, a->lo.b0, "in") != SIZE_MAX))
    return 1;
  if (m->kind == NW_MK_NAME && (nw_m_word_is(s, n, m->b0, "pound") ||
                                nw_m_word_is(s, n, m->b0, "pounds"))) {
    size_t k = nw_m_skip_space(s, n, m->b1, 1);
    if (nw_m_word_is(s, n, k, "of")) return 1; /* "5 million pounds of beef" */
    if (!a->lo.mult && !nw_m_word_is(s, n, k, "sterling"))
      return 1; /* weight */
  }
  if (m->kind == NW_MK_CODE && m->b1 < n && nw_m_digit(s[m->b1])) return 1;
  return 0;
}

/* An amount with its marker after the number ("5 million euros", "20p"),
 * the marker being the one that starts at target. */
static int parse_post(const scan *sc, size_t p, size_t target, amount *a) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, k, q;
  memset(a, 0, sizeof *a);
  a->b0 = p;
  if (p > 0 && s[p - 1] == '/') return 0; /* "576-1/2p" */
  if (!nw_qty_parse(sc->md, s, n, p, 0, &a->lo)) return 0;
  read_range(sc, a, NULL);
  size_t e = qty_end(a);
  if (e < n && s[e] == '-' && e + 1 < n && nw_m_alpha(s[e + 1]))
    k = e + 1;
  else
    k = nw_m_skip_space(s, n, e, 2);
  if (k != target || !nw_marker_at(s, n, k, &a->mk) || a->mk.b0 != target ||
      a->mk.kind == NW_MK_PREWORD)
    return 0;
  if (a->mk.kind == NW_MK_MINOR && k == e && s[k] != 'p' && nw_m_alpha(s[k]))
    return 0;
  if (post_form_refused(sc, a)) return 0;
  e = a->mk.b1;
  if (a->mk.b1 < n && nw_m_alnum(s[a->mk.b1])) return 0;
  if (nw_m_word_is(s, n, a->mk.b0, "pounds") ||
      nw_m_word_is(s, n, a->mk.b0, "pound")) {
    size_t st = nw_m_skip_space(s, n, e, 1),
           se = nw_m_word_is(s, n, st, "sterling");
    if (st > e && se) e = se; /* "pounds sterling" */
  }
  e = read_post_range(sc, a, e);
  size_t m2 = nw_m_skip_space(s, n, e, 1);
  if (!a->range && !a->lo.mult && a->mk.kind == NW_MK_CODE && m2 > e &&
      nw_mult_word(s, n, m2, &q) >= 0) {
    a->lo.mult = nw_mult_word(s, n, m2, &q);
    nw_dec_shift(&a->lo.v, a->lo.mult);
    e = q;
  }
  a->b1 = read_cents(sc, a, e);
  return 1;
}

/* Qualifier phrases (lower case, longest first) and what they mean. */
#define Q(words, qual)                                                         \
  { words, sizeof words - 1, qual }
static const struct {
  const char *words;
  size_t len;
  const char *qual;
} nw_qualifiers[] = {
    Q("no more than", "up to"),
    Q("not more than", "up to"),
    Q("a maximum of", "up to"),
    Q("as much as", "up to"),
    Q("as high as", "up to"),
    Q("up to", "up to"),
    Q("a minimum of", "at least"),
    Q("at least", "at least"),
    Q("more than", "over"),
    Q("in excess of", "over"),
    Q("upwards of", "over"),
    Q("over", "over"),
    Q("above", "over"),
    Q("less than", "under"),
    Q("under", "under"),
    Q("below", "under"),
    Q("an estimated", "about"),
    Q("approximately", "about"),
    Q("about", "about"),
    Q("around", "about"),
    Q("roughly", "about"),
    Q("nearly", "about"),
    Q("almost", "about"),
    Q("some", "about"),
    Q("close to", "about"),
    Q("approx.", "about"),
    Q("circa", "about"),
    Q("estimated", "about"),
};

/* The qualifier just before byte b ("about", "more than" ...), or NULL. */
static const char *qualifier_before(const scan *sc, size_t b) {
  const unsigned char *s = sc->s;
  size_t e = b;
  while (e > 0 && nw_m_space(s, sc->n, e - 1)) e--;
  if (e == b) return NULL;
  for (size_t i = 0; i < sizeof nw_qualifiers / sizeof nw_qualifiers[0]; i++) {
    const char *w = nw_qualifiers[i].words;
    size_t len = nw_qualifiers[i].len, j;
    if (e < len) continue;
    size_t q = e - len;
    for (j = 0; j < len; j++) {
      unsigned c = s[q + j];
      if (w[j] == ' ' ? !(c == ' ' || c == '\n')
                      : (c | 32) != (unsigned char)w[j])
        break;
    }
    if (j == len && (q == 0 || !nw_m_alpha(s[q - 1])))
      return nw_qualifiers[i].qual;
  }
  return NULL;
}

/* Units that may follow "a"/"per" after an amount. */
static const char *const nw_per_units[] = {
    "share",     "barrel", "year",     "month",    "week",      "day",
    "hour",      "tonne",  "ton",      "ounce",    "gallon",    "litre",
    "liter",     "kilo",   "kilogram", "kg",       "head",      "person",
    "unit",      "night",  "ticket",   "bushel",   "pound",     "lb",
    "acre",      "mmbtu",  "megawatt", "kilowatt", "dozen",     "ads",
    "adr",       "seat",   "vehicle",  "car",      "passenger", "employee",
    "household", "annum",  "item",     "copy",     "game",      "metre",
    "meter",     "foot",   "tonnes",   "cwt",      "gram",      "ream",
    "bale",      "minute", "mwh",      "kwh",      "bbl",       "visit",
    "student",   "pupil",  "patient",  "resident", "citizen",   "bottle",
    "pack",      "dose",   "room",     NULL};
/* Words after "a year" that make it a time ("a year earlier"), not a rate. */
static const char *const nw_per_not[] = {"earlier", "ago",   "before",
                                         "after",   "later", "previously",
                                         "prior",   "back",  NULL};

/* Read " a share", " per barrel", "-a-share", "/tonne" after byte p. */
static void read_per(const scan *sc, amount *a) {
  const unsigned char *s = sc->s;
  size_t n = sc->n, p = a->b1, e;
  size_t k = nw_m_skip_space(s, n, p, 2), after_article = k;
  if (k < n && (s[k] == '/' || (s[k] == '-' && k + 1 < n &&
                                (nw_m_alpha(s[k + 1]) || s[k + 1] == ' ')))) {
    int slash = s[k] == '/';
    k = nw_m_skip_space(s, n, k + 1, 1);
    after_article = k;
    if (!slash) {
      if ((e = nw_m_word_is(s, n, k, "a")) == 0 &&
          (e = nw_m_word_is(s, n, k, "an")) == 0 &&
          (e = nw_m_word_is(s, n, k, "per")) == 0)
        return;
      k = nw_m_skip_space(s, n, e, 1);
      if (k < n && s[k] == '-') k = nw_m_skip_space(s, n, k + 1, 1);
    }
  } else {
    if (k == p) return;
    if ((e = nw_m_word_is(s, n, k, "a")) == 0 &&
        (e = nw_m_word_is(s, n, k, "an")) == 0 &&
        (e = nw_m_word_is(s, n, k, "per")) == 0)
      return;
    k = nw_m_skip_space(s, n, e, 1);
    if (k == e) return;
  }
  if ((e = nw_m_word_is(s, n, k, "diluted")) != 0)
    k = nw_m_skip_space(s, n, e, 1);
  size_t w = nw_m_word_end(s, n, k);
  if (w == k || w - k >= sizeof a->per) return;
  int ok =
      nw_m_word_is(s, n, after_article, "per") != 0; /* any unit after "per" */
  for (int i = 0; nw_per_units[i] && !ok; i++)
    ok = nw_m_word_is(s, n, k, nw_per_units[i]) != 0;
  if (!ok) return;
  size_t after = nw_m_skip_space(s, n, w, 1);
  for (int i = 0; nw_per_not[i]; i++)
    if (nw_m_word_is(s, n, after, nw_per_not[i])) return;
  for (size_t i = 0; i < w - k; i++) a->per[i] = (char)(s[k + i] | 32);
  a->per[w - k] = 0;
}

/* Codes a bare "crowns"/"krone" may mean, and the words that name them. */
static const struct {
  const char *iso, *word;
} nw_crown_hints[] = {
    {"NOK", "Norw"},      {"NOK", "Oslo"},       {"DKK", "Danish"},
    {"DKK", "Denmark"},   {"DKK", "Copenhagen"}, {"CZK", "Czech"},
    {"CZK", "Prague"},    {"ISK", "Iceland"},    {"SEK", "Swed"},
    {"SEK", "Stockholm"},
};

/* The code of a bare "crowns": the country the document names first
 * (Sweden when none; Norway for "krone"). */
static const char *crown_code(scan *sc, const char *guess) {
  if (!sc->crown_guess) {
    size_t best = SIZE_MAX;
    sc->crown_guess = -1;
    for (size_t i = 0; i < sizeof nw_crown_hints / sizeof nw_crown_hints[0];
         i++) {
      size_t len = strlen(nw_crown_hints[i].word);
      for (size_t p = 0; p + len <= sc->n && p < best; p++)
        if (sc->s[p] == (unsigned char)nw_crown_hints[i].word[0] &&
            memcmp(sc->s + p, nw_crown_hints[i].word, len) == 0) {
          best = p;
          sc->crown_guess = (int)i + 1;
        }
    }
  }
  if (sc->crown_guess > 0) return nw_crown_hints[sc->crown_guess - 1].iso;
  return strcmp(guess, "?KRONE") == 0 ? "NOK" : "SEK";
}

/* The dollar or euro a "cents" amount at [b0, b1) belongs to: the nearest
 * other dollar/euro marker of its sentence, else the context dollar. */
static const char *cents_code(const scan *sc, size_t b0, size_t b1,
                              char found[8]) {
  size_t lo = 0, hi = sc->n, h0, h1, p, best_d = SIZE_MAX;
  const char *best = sc->dollar;
  nw_heads hs;
  if (sc->d->nsent) {
    const nw_sentence *st = &sc->d->sent[nw_doc_sentence_at(sc->d, b0)];
    lo = st->b0 < b0 ? st->b0 : b0;
    hi = st->b1 > b1 ? st->b1 : b1;
  }
  if (b0 > lo + NW_CENTS_REACH) lo = b0 - NW_CENTS_REACH;
  if (hi > b1 + NW_CENTS_REACH) hi = b1 + NW_CENTS_REACH;
  nw_heads_start(&hs, sc->s, hi, &sc->d->tok, lo);
  for (p = lo; nw_heads_next(&hs, p, &h0, &h1); p = h1) {
    nw_marker m;
    if (h0 >= b0 && h0 < b1) continue;
    if (!nw_marker_from_head(sc->s, hi, h0, h1, lo, &m) || m.minor) continue;
    if (strcmp(m.iso, "$") == 0 ||
        !(m.head_dollar || strcmp(m.iso, "EUR") == 0))
      continue;
    size_t dist = h0 < b0 ? b0 - h0 : h0 - b1;
    if (dist < best_d) {
      best_d = dist;
      memcpy(found, m.iso, sizeof m.iso);
      best = found;
    }
  }
  return best;
}

/* The ISO code of the amount's marker (buf holds a code found nearby). */
static const char *amount_code(scan *sc, const amount *a, char buf[8]) {
  const char *iso = a->mk.iso;
  if (strcmp(iso, "$") == 0)
    return a->mk.minor ? cents_code(sc, a->b0, a->b1, buf) : sc->dollar;
  if (iso[0] == '?') return crown_code(sc, iso);
  return iso;
}

/* Turn the amount into a row; 0 when its value is not finite. */
static int amount_row(scan *sc, amount *a, nw_money *r) {
  int ok1, ok2;
  nw_dec lo = a->lo.v, hi = a->range ? a->hi.v : a->lo.v;
  nw_dec_shift(&lo, a->mk.mult - a->mk.minor);
  nw_dec_shift(&hi, a->mk.mult - a->mk.minor);
  double x = nw_dec_value(&lo, &ok1), y = nw_dec_value(&hi, &ok2);
  if (!ok1 || !ok2 || a->b1 > UINT32_MAX) return 0;
  memset(r, 0, sizeof *r);
  r->b0 = (uint32_t)a->b0;
  r->b1 = (uint32_t)a->b1;
  r->amount = a->neg ? -y : x;
  r->amount_max = a->neg ? -x : y;
  char buf[8];
  const char *iso = amount_code(sc, a, buf);
  memcpy(r->currency, iso, 3);
  r->currency[3] = 0;
  r->qualifier = a->qual;
  memcpy(r->per, a->per, sizeof r->per);
  return 1;
}

/* Append a row to the list. */
static int list_push(nw_money_list *l, const nw_money *r) {
  nw_money *m = nw_grow(l->m, &l->cap, l->n, sizeof *m, 8);
  if (!m) return NW_NOMEM;
  l->m = m;
  l->m[l->n++] = *r;
  return NW_OK;
}

/* Starts of the tokens left of byte e (not before lo), nearest first. */
static int left_starts(const unsigned char *s, size_t lo, size_t e,
                       size_t *starts) {
  int k = 0;
  while (e > lo && k < NW_LEFT_TOKENS) {
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t'))
      e--;
    if (e <= lo) break;
    unsigned c = s[e - 1];
    if (c == '-') {
      e--;
      continue;
    }
    if (!(nw_m_alnum(c) || c == ',' || c == '.')) break;
    size_t b = e;
    while (b > lo &&
           (nw_m_alnum(s[b - 1]) || s[b - 1] == ',' || s[b - 1] == '.'))
      b--;
    size_t t = b;
    while (t < e && (s[t] == ',' ||
                     (s[t] == '.' && !(t + 1 < e && nw_m_digit(s[t + 1])))))
      t++;
    if (t < e) starts[k++] = t;
    e = b;
  }
  return k;
}

/* Try the marker m as the unit after a number that starts left of it. */
static int try_post(scan *sc, const nw_marker *m, size_t lo, amount *a) {
  size_t starts[NW_LEFT_TOKENS];
  int k = left_starts(sc->s, lo, m->b0, starts);
  for (int i = k - 1; i >= 0; i--)
    if (parse_post(sc, starts[i], m->b0, a)) return 1;
  return 0;
}

/* Try the marker m before its number, with a leading minus sign. */
static int try_pre(scan *sc, const nw_marker *m, size_t lo, amount *a) {
  const unsigned char *s = sc->s;
  if (!marker_pre_ok(sc, m) || !parse_pre(sc, m->b0, a)) return 0;
  size_t b = m->b0;
  if (b > lo && s[b - 1] == '-' && (b - 1 == 0 || !nw_m_alnum(s[b - 2]))) {
    a->b0 = b - 1;
    a->neg = 1;
  } else if (b >= lo + 3 && b >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x88 &&
             s[b - 1] == 0x92) {
    a->b0 = b - 3;
    a->neg = 1;
  }
  return 1;
}

/* Read the amount that the marker with head [h0, h1) belongs to. */
static int amount_at_head(scan *sc, size_t h0, size_t h1, size_t lo,
                          amount *a) {
  nw_marker m;
  if (!nw_marker_from_head(sc->s, sc->n, h0, h1, lo, &m)) return 0;
  if (m.kind == NW_MK_SYMBOL) {
    if (!try_pre(sc, &m, lo, a)) return try_post(sc, &m, lo, a);
    amount post;
    if (a->symbol_follows && try_post(sc, &m, lo, &post)) *a = post;
    return 1;
  } else if (try_post(sc, &m, lo, a) || try_pre(sc, &m, lo, a)) {
    return 1;
  }
  return 0;
}

/* Scan the document: each marker head found by the pre-filter. */
static int scan_all(scan *sc, nw_money_list *out) {
  size_t p = 0, h0, h1, last_end = 0, prev_head = 0;
  nw_heads hs;
  nw_heads_start(&hs, sc->s, sc->n, &sc->d->tok, 0);
  while (nw_heads_next(&hs, p, &h0, &h1)) {
    amount a;
    nw_money r;
    p = h1;
    if (h0 < last_end) continue;
    size_t lo = last_end > prev_head ? last_end : prev_head;
    if (h0 > NW_LEFT_BYTES && lo < h0 - NW_LEFT_BYTES) lo = h0 - NW_LEFT_BYTES;
    prev_head = h1;
    if (!amount_at_head(sc, h0, h1, lo, &a) || a.b0 < last_end) continue;
    if (followed_by_percent(sc, a.b1)) continue;
    a.qual = qualifier_before(sc, a.b0);
    read_per(sc, &a);
    if (!amount_row(sc, &a, &r)) continue;
    if (list_push(out, &r)) return NW_NOMEM;
    last_end = a.b1;
    if (p < a.b1) p = a.b1;
    prev_head = p;
  }
  return NW_OK;
}

/* Find every amount of d. */
int nw_money_scan(const nw_doc *d, const char *dollar, nw_money_list *out) {
  if (nw_money_global_init() != NW_OK) return NW_NOMEM;
  scan sc = {d, d->s, d->n, dollar ? dollar : "USD", NULL, 0};
  sc.md = nw_number_md_new();
  if (!sc.md) return NW_NOMEM;
  int rc = scan_all(&sc, out);
  if (rc == NW_OK && nw_number_md_oom(sc.md)) rc = NW_NOMEM;
  nw_number_md_free(sc.md);
  return rc;
}
