/* Tokenizer: one pass over the text, ASCII by table, the rest through the
 * text core's classes.  Words keep inner hyphens ("vice-president",
 * "Covid-19"), dotted initials ("U.S.", "a.m."), digit groups ("1,234.5"),
 * inner apostrophes ("O'Neill") and "AT&T"; a possessive 's is split off;
 * known abbreviations keep their period. */
#include "tokens.h"
#include "grow.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Class bits of every ASCII byte, computed once. */
static int ascii_cls[128];
static unsigned char word_cls[256];  /* class of ASCII letters and digits, 0 else */
static unsigned char ascii_lower[256]; /* ASCII lower-casing of every byte */

/* Fill the byte tables (run once, by tables_init). */
static void ascii_init(void) {
  for (int c = 0; c < 128; c++) {
    ascii_cls[c] = nw_cp_class(c);
    if (ascii_cls[c] & (NW_CC_ALPHA | NW_CC_DIGIT))
      word_cls[c] = (unsigned char)ascii_cls[c];
  }
  for (int c = 0; c < 256; c++)
    ascii_lower[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* Code point and class of the character at s[i]; returns its length. */
static inline size_t char_info(const unsigned char *s, size_t n, size_t i,
                               int32_t *cp, int *cls) {
  if (s[i] < 128) {
    *cp = s[i];
    *cls = ascii_cls[s[i]];
    return 1;
  }
  size_t l = nw_char_at(s, n, i, cp);
  *cls = nw_cp_class(*cp);
  return l;
}

/* Class of the character at s[i] (0 past the end). */
static inline int cls_at(const unsigned char *s, size_t n, size_t i) {
  if (i >= n) return 0;
  int32_t cp;
  int cls;
  char_info(s, n, i, &cp, &cls);
  return cls;
}

/* Is the character at s[i] an apostrophe (' or U+2019)?  Sets *len. */
static inline int apostrophe_at(const unsigned char *s, size_t n, size_t i,
                                size_t *len) {
  if (i < n && s[i] == '\'') { *len = 1; return 1; }
  if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
    *len = 3;
    return 1;
  }
  return 0;
}

/* Abbreviations that keep their period: titles (before a name) first. */
static const char *const title_abbrevs[] = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col",
    "capt", "maj", "sgt", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp",
    "det", "st", "messrs", "mme", "mlle", "cpl", "brig", "gens", "reps",
    "sens", "fr", "atty", "amb", "lieut", NULL};
static const char *const other_abbrevs[] = {
    "inc", "corp", "co", "cos", "ltd", "jr", "sr", "bros", "vs", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "ave", "blvd", "rd", "approx", "dept", "govt", "univ", "assn",
    "intl", "natl", "al", "cf", "no", "nos", "vol", "pp", "fig", "mfg",
    "est", NULL};

#define ABBR_SLOTS 256
static uint32_t abbr_hash[ABBR_SLOTS];
static unsigned char abbr_kind[ABBR_SLOTS]; /* 0 empty, 1 title, 2 other */

/* Insert one abbreviation into the open-addressing table. */
static void abbr_put(const char *z, unsigned char kind) {
  uint32_t h = nw_hash_lower_cstr(z);
  size_t k = h % ABBR_SLOTS;
  while (abbr_kind[k] && abbr_hash[k] != h) k = (k + 1) % ABBR_SLOTS;
  abbr_hash[k] = h;
  abbr_kind[k] = kind;
}

/* Build the abbreviation table once. */
static void abbr_init(void) {
  for (int i = 0; title_abbrevs[i]; i++) abbr_put(title_abbrevs[i], 1);
  for (int i = 0; other_abbrevs[i]; i++) abbr_put(other_abbrevs[i], 2);
}

/* 1 for a title abbreviation, 2 for another, 0 for none. */
static int abbr_lookup(uint32_t h) {
  size_t k = h % ABBR_SLOTS;
  while (abbr_kind[k]) {
    if (abbr_hash[k] == h) return abbr_kind[k];
    k = (k + 1) % ABBR_SLOTS;
  }
  return 0;
}

/* Function words that commonly open a sentence. */
static const char *const starters[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his",
    "her", "its", "their", "our", "this", "that", "these", "those", "there",
    "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with",
    "as", "by", "if", "when", "while", "after", "before", "since", "although",
    "though", "however", "meanwhile", "still", "also", "some", "many",
    "most", "all", "other", "others", "one", "two", "three", "analysts",
    "shares", "officials", "what", "why", "how", "who", "where", "last",
    "earlier", "later", "under", "according", "asked", "more", "no", "not", "of",
    "both", "each", "such", "then", "now", "separately", "instead", NULL};
#define START_SLOTS 512
static uint32_t start_hash[START_SLOTS];
static unsigned char start_used[START_SLOTS];

/* Build the sentence-starter table once. */
static void starters_init(void) {
  for (int i = 0; starters[i]; i++) {
    uint32_t h = nw_hash_lower_cstr(starters[i]);
    size_t k = h % START_SLOTS;
    while (start_used[k] && start_hash[k] != h) k = (k + 1) % START_SLOTS;
    start_hash[k] = h;
    start_used[k] = 1;
  }
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* Build every table of this file once per process. */
static void tables_build(void) {
  ascii_init();
  abbr_init();
  starters_init();
}

/* Make sure the tables exist (thread-safe). */
static void tables_init(void) { pthread_once(&tables_once, tables_build); }

/* Is h the hash of a common sentence-opening function word? */
int nw_is_sentence_starter(uint32_t h) {
  tables_init();
  size_t k = h % START_SLOTS;
  while (start_used[k]) {
    if (start_hash[k] == h) return 1;
    k = (k + 1) % START_SLOTS;
  }
  return 0;
}

/* Append a token; returns it or NULL when out of memory.  The first
 * allocation is sized for text of n bytes (news averages over five bytes a
 * token), so that most documents need no reallocation. */
static nw_token *push(nw_tokens *tk, size_t n) {
  nw_token *t = nw_grow(tk->t, &tk->cap, tk->n, sizeof *t, 64 + n / 4);
  if (!t) return NULL;
  tk->t = t;
  t = &tk->t[tk->n++];
  memset(t, 0, sizeof *t);
  return t;
}

/* End of the word starting at i: letters, digits and the inner joiners
 * described at the top.  Sets *flags for hyphens and dotted initials and
 * *acc to the union of the classes of its letters and digits (bit 30 when
 * a byte is non-ASCII). */
static size_t scan_word(const unsigned char *s, size_t n, size_t i,
                        uint16_t *flags, int *acc, uint32_t *hash) {
  int32_t cp;
  int cls, all = 0;
  uint32_t h = 2166136261u; /* nw_hash_lower(), computed on the way */
  size_t j = i, seg = i; /* seg: start of the current dot-separated part */
  int prev = 0;          /* class of the previous character */
  for (;;) {
    size_t l;
    unsigned c, w;
    /* the hot path: ASCII letters and digits (s[n] is NUL, which stops
       it), in locals the compiler keeps in registers */
    {
      uint32_t hh = h;
      unsigned a = 0;
      while ((w = word_cls[c = s[j]]) != 0) {
        a |= w;
        hh = (hh ^ (c | 0x20)) * 16777619u; /* lower case of a letter, a
                                                digit unchanged */
        j++;
      }
      if (a) {
        all |= (int)a;
        prev = word_cls[s[j - 1]];
        h = hh;
      }
    }
    if (j >= n) break;
    if (c < 128) {
      cls = ascii_cls[c];
      if (cls & NW_CC_SPACE) break; /* the usual end of a word */
      cp = (int32_t)c;
      l = 1;
    } else {
      l = nw_char_at(s, n, j, &cp);
      cls = nw_cp_class(cp);
      all |= 1 << 30;
      if (cls & (NW_CC_ALPHA | NW_CC_DIGIT)) {
        all |= cls;
        prev = cls;
        for (size_t k = j; k < j + l; k++) h = (h ^ s[k]) * 16777619u;
        j += l;
        continue;
      }
    }
    int next = cls_at(s, n, j + l);
    size_t al;
    if ((cls & NW_CC_HYPHEN) && (next & (NW_CC_ALPHA | NW_CC_DIGIT))) {
      *flags |= NW_F_HYPHEN;
    } else if ((cp == '.' || cp == ',' || cp == ':') &&
               (prev & NW_CC_DIGIT) && (next & NW_CC_DIGIT)) {
      /* digit group or decimal: 1,234.5  10:30 */
    } else if (cp == '.' && (prev & NW_CC_ALPHA) && j - seg == 1 &&
               (next & NW_CC_ALPHA) && j + 2 < n && s[j + 2] == '.') {
      *flags |= NW_F_PERIODS; /* U.S  a.m  J.P */
      seg = j + 1;
    } else if (cp == '.' && (prev & (NW_CC_ALPHA | NW_CC_DIGIT)) &&
               (next & NW_CC_ALPHA) && !(*flags & NW_F_PERIODS)) {
      /* tickers and domains: GAZP.MM  Amazon.com */
    } else if (apostrophe_at(s, n, j, &al) && (prev & NW_CC_ALPHA) &&
               (cls_at(s, n, j + al) & NW_CC_ALPHA)) {
      /* a possessive 's ends the word; other inner apostrophes join */
      size_t k = j + al;
      if ((s[k] == 's' || s[k] == 'S') && !(cls_at(s, n, k + 1) & NW_CC_ALPHA))
        break;
      l = al;
    } else if (cp == '&' && (prev & NW_CC_UPPER) && (next & NW_CC_UPPER)) {
      /* AT&T, S&P */
    } else {
      break;
    }
    prev = cls;
    for (size_t k = j; k < j + l; k++) h = (h ^ ascii_lower[s[k]]) * 16777619u;
    j += l;
  }
  *acc = all;
  *hash = h;
  return j;
}

/* Does s[a..b) hold an ASCII capital? */
static int ascii_upper_in(const unsigned char *s, size_t a, size_t b) {
  for (; a < b; a++)
    if (s[a] >= 'A' && s[a] <= 'Z') return 1;
  return 0;
}

/* Set the case and digit flags of a word token spanning s[t->b0..e) (the
 * letters scanned from b0, or from b0 + 1 after an index ticker's dot) from
 * the union of its classes and the class of its first character, without
 * branches on the (unpredictable) case of the word. */
static void word_flags(nw_token *t, const unsigned char *s, size_t e,
                       int first_cls, int acc) {
  unsigned f = !!(first_cls & NW_CC_UPPER) * NW_F_CAP |
               !!(acc & NW_CC_DIGIT) * NW_F_DIGIT |
               !!(acc & NW_CC_LOWER) * NW_F_LOWER |
               ((acc & (NW_CC_UPPER | NW_CC_LOWER)) == NW_CC_UPPER) * NW_F_ALLCAP |
               !!(acc & (1 << 30)) * NW_F_NONASCII;
  /* a capital in acc is after the first character when that is none; a
     non-ASCII capital does not count */
  if ((acc & NW_CC_UPPER) && !(first_cls & NW_CC_UPPER) &&
      (!(acc & (1 << 30)) || ascii_upper_in(s, t->b0 + 1, e)))
    f |= NW_F_INNERCAP;
  t->flags |= (uint16_t)f;
}

/* Attach a following period to the word t when it is an abbreviation or an
 * initial; returns the new end. */
static size_t attach_period(const unsigned char *s, size_t n, nw_token *t) {
  size_t e = t->b1;
  if (e >= n || s[e] != '.' || (e + 1 < n && s[e + 1] == '.')) return e;
  size_t len = e - t->b0;
  if (len == 1 && (t->flags & NW_F_CAP)) {
    t->flags |= NW_F_ABBR | NW_F_INITIAL;
    return e + 1;
  }
  if (t->flags & NW_F_PERIODS) {
    t->flags |= NW_F_ABBR;
    return e + 1;
  }
  int kind = abbr_lookup(t->h);
  if (!kind) return e;
  if (len <= 3 && (s[t->b0] == 'N' || s[t->b0] == 'n') &&
      (s[t->b0 + 1] == 'o' || s[t->b0 + 1] == 'O')) {
    /* "No. 1" but not "said no." */
    size_t k = e + 1;
    while (k < n && s[k] == ' ') k++;
    if (!(t->flags & NW_F_CAP) || k >= n || s[k] < '0' || s[k] > '9') return e;
  }
  t->flags |= NW_F_ABBR;
  if (kind == 1) t->flags |= NW_F_TITLEABBR;
  return e + 1;
}

/* Tokenize s[0..n). */
int nw_tokenize(const unsigned char *s, size_t n, nw_tokens *tk) {
  tables_init();
  size_t i = 0;
  unsigned nl = 0, spaces = 0;
  int space = 0;
  while (i < n) {
    if (s[i] == ' ') { /* the commonest byte, first */
      spaces++;
      space = 1;
      i++;
      continue;
    }
    int32_t cp;
    int cls;
    size_t l = char_info(s, n, i, &cp, &cls);
    if ((cls & NW_CC_SPACE) || cls == 0) {
      if (cls & NW_CC_NEWLINE) nl++;
      spaces++;
      space = 1;
      i += l;
      continue;
    }
    nw_token *t = push(tk, n);
    if (!t) return NW_NOMEM;
    t->b0 = (uint32_t)i;
    t->nl = (uint8_t)(nl > 255 ? 255 : nl);
    t->cp = cp;
    t->flags |= (uint16_t)((unsigned)space * NW_F_SPACE | /* no branches */
                           (unsigned)(spaces >= 2 && !nl) * NW_F_WIDE);
    nl = spaces = 0;
    space = 0;
    size_t al;
    int index_ticker = cp == '.' && (t->flags & NW_F_SPACE) &&
                       (cls_at(s, n, i + 1) & NW_CC_UPPER);
    if ((cls & (NW_CC_ALPHA | NW_CC_DIGIT)) || index_ticker) {
      t->kind = (cls & NW_CC_DIGIT) ? NW_K_NUM : NW_K_WORD;
      int acc;
      t->b1 = (uint32_t)scan_word(s, n, i + index_ticker, &t->flags, &acc,
                                  &t->h);
      word_flags(t, s, t->b1, cls, acc);
      if (!(t->flags & NW_F_DIGIT) || t->kind == NW_K_WORD)
        t->b1 = (uint32_t)attach_period(s, n, t);
      i = t->b1;
      continue;
    }
    if (apostrophe_at(s, n, i, &al) && tk->n > 1 && !(t->flags & NW_F_SPACE) &&
        tk->t[tk->n - 2].kind == NW_K_WORD && i + al < n &&
        (s[i + al] == 's' || s[i + al] == 'S') &&
        !(cls_at(s, n, i + al + 1) & (NW_CC_ALPHA | NW_CC_DIGIT))) {
      t->kind = NW_K_WORD; /* possessive 's */
      t->flags |= NW_F_POSS | NW_F_LOWER;
      if (s[i + al] == 'S') t->flags |= NW_F_INNERCAP;
      t->b1 = (uint32_t)(i + al + 1);
      t->h = nw_hash_lower_cstr("'s");
      i = t->b1;
      continue;
    } else if (cls & NW_CC_QUOTE) {
      t->kind = NW_K_QUOTE;
      t->b1 = (uint32_t)(i + l);
    } else if (cp == '.' || cp == '-') {
      size_t j = i;
      while (j < n && s[j] == (unsigned char)cp) j++;
      t->kind = NW_K_PUNCT; /* "." "..." "-" "--" */
      t->b1 = (uint32_t)j;
    } else {
      t->kind = NW_K_PUNCT;
      t->b1 = (uint32_t)(i + l);
    }
    if (s[i] >= 0x80) t->flags |= NW_F_NONASCII;
    t->h = nw_hash_lower(s, t->b0, t->b1);
    i = t->b1;
  }
  return NW_OK;
}

/* Free the token array. */
void nw_tokens_free(nw_tokens *tk) {
  free(tk->t);
  tk->t = NULL;
  tk->n = tk->cap = 0;
}
