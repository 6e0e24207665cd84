/* Currency markers: symbols, prefixed dollars, ISO codes and names (with
 * their nationality), looked up in the generated tables of currencies.h,
 * and the fast pre-filter: a walk over the document's tokens that stops
 * where a marker may stand (a '$' or symbol token, or a word whose hash is
 * in the set of head words). */
#include <stdio.h>
#include <string.h>

#include "currencies.h"
#include "money_internal.h"
#include "text.h"

#define NCODES (sizeof nw_cur_codes / sizeof nw_cur_codes[0])
#define NNAMES (sizeof nw_cur_names / sizeof nw_cur_names[0])
#define NADJS (sizeof nw_cur_adjs / sizeof nw_cur_adjs[0])
#define NSYMS (sizeof nw_cur_symbols / sizeof nw_cur_symbols[0])
#define NPREF (sizeof nw_cur_dollar_prefixes / sizeof nw_cur_dollar_prefixes[0])
#define NPREW (sizeof nw_cur_prefix_words / sizeof nw_cur_prefix_words[0])

/* Longest head word looked up. */
#define NW_HEAD_MAX 12
/* Slots of the head-word hash table (a power of two). */
#define NW_HEAD_SLOTS 512
/* Slots of the "nationality head" hash table (a power of two). */
#define NW_ADJ_SLOTS 2048
/* Slots of the set of head-word hashes (a power of two). */
#define NW_HSET_SLOTS 2048

static int16_t nw_code_index[26 * 26 * 26]; /* AAA..ZZZ -> nw_cur_codes */
static int16_t nw_head_slot[NW_HEAD_SLOTS]; /* hash -> nw_cur_names + 1 */
static unsigned char nw_symbol_first[256];  /* first bytes of symbols */
static unsigned char nw_symbol_len[NSYMS];  /* strlen of each symbol */
static int16_t nw_adj_slot[NW_ADJ_SLOTS];   /* hash -> nw_cur_adjs + 1 */
static uint32_t nw_hset[NW_HSET_SLOTS];     /* hashes of possible heads */
static unsigned char nw_hset_used[NW_HSET_SLOTS];
static uint64_t nw_hset_bits[1024];       /* filter: bit h >> 16 of each hash */
static unsigned char nw_name_len[NNAMES]; /* strlen of each name head */
static unsigned char nw_name_dollar[NNAMES]; /* the head is dollar(s) */

/* Hash of the lower-cased bytes s[b..e). */
static uint32_t lower_hash(const unsigned char *s, size_t b, size_t e) {
  uint32_t h = 2166136261u;
  for (size_t i = b; i < e; i++) h = (h ^ (s[i] | 32u)) * 16777619u;
  return h;
}

/* Index of a 3-letter upper-case code in nw_code_index, or -1. */
static int code_slot(const unsigned char *c) {
  if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || c[2] < 'A' ||
      c[2] > 'Z')
    return -1;
  return (c[0] - 'A') * 676 + (c[1] - 'A') * 26 + (c[2] - 'A');
}

/* Add the letters w[0..len) (any case) to the set of head hashes. */
static void hset_add(const char *w, size_t len) {
  uint32_t h = lower_hash((const unsigned char *)w, 0, len);
  size_t k = h & (NW_HSET_SLOTS - 1);
  nw_hset_bits[h >> 22] |= 1ull << (h >> 16 & 63);
  while (nw_hset_used[k] && nw_hset[k] != h) k = (k + 1) & (NW_HSET_SLOTS - 1);
  nw_hset[k] = h;
  nw_hset_used[k] = 1;
}

/* Does the filter let the hash through (a head, or a rare false hit)? */
static inline int hset_maybe(uint32_t h) {
  return nw_hset_bits[h >> 22] >> (h >> 16 & 63) & 1;
}

/* May a letter run with this lower-case hash be a marker head? */
static inline int hset_has(uint32_t h) {
  if (!hset_maybe(h)) return 0;
  for (size_t k = h & (NW_HSET_SLOTS - 1); nw_hset_used[k];
       k = (k + 1) & (NW_HSET_SLOTS - 1))
    if (nw_hset[k] == h) return 1;
  return 0;
}

/* Fill the set with every word word_head() may accept: codes, "M" + code,
 * prefix words, names, and the "z" of "zł". */
static void hset_fill(void) {
  for (size_t i = 0; i < NCODES; i++)
    if (nw_cur_codes[i].bare_ok) {
      char mc[5] = {'m', 0, 0, 0, 0};
      memcpy(mc + 1, nw_cur_codes[i].code, 3);
      hset_add(mc + 1, 3);
      hset_add(mc, 4);
    }
  for (size_t i = 0; i < NPREW; i++) {
    const char *w = nw_cur_prefix_words[i].sym;
    size_t len = strlen(w);
    if (w[len - 1] != '.') hset_add(w, len);
  }
  for (size_t i = 0; i < NNAMES; i++)
    hset_add(nw_cur_names[i].head, nw_name_len[i]);
  hset_add("z", 1);
}

/* Fill the code index, the name and nationality tables and the head set. */
int nw_money_currency_init(void) {
  memset(nw_code_index, 0xff, sizeof nw_code_index);
  for (size_t i = 0; i < NCODES; i++)
    nw_code_index[code_slot((const unsigned char *)nw_cur_codes[i].code)] =
        (int16_t)i;
  for (size_t i = 0; i < NNAMES; i++) {
    const unsigned char *w = (const unsigned char *)nw_cur_names[i].head;
    nw_name_len[i] = (unsigned char)strlen(nw_cur_names[i].head);
    nw_name_dollar[i] = strcmp(nw_cur_names[i].head, "dollar") == 0 ||
                        strcmp(nw_cur_names[i].head, "dollars") == 0;
    uint32_t h = lower_hash(w, 0, nw_name_len[i]);
    size_t k = h & (NW_HEAD_SLOTS - 1);
    while (nw_head_slot[k]) k = (k + 1) & (NW_HEAD_SLOTS - 1);
    nw_head_slot[k] = (int16_t)(i + 1);
  }
  for (size_t i = 0; i < NADJS; i++) {
    char key[64];
    int len = snprintf(key, sizeof key, "%s %s", nw_cur_adjs[i].adj,
                       nw_cur_adjs[i].head);
    size_t k = lower_hash((const unsigned char *)key, 0, (size_t)len) &
               (NW_ADJ_SLOTS - 1);
    while (nw_adj_slot[k]) k = (k + 1) & (NW_ADJ_SLOTS - 1);
    nw_adj_slot[k] = (int16_t)(i + 1);
  }
  for (size_t i = 1; i < NSYMS; i++) {
    nw_symbol_first[(unsigned char)nw_cur_symbols[i].sym[0]] = 1;
    nw_symbol_len[i] = (unsigned char)strlen(nw_cur_symbols[i].sym);
  }
  hset_fill();
  return NW_OK;
}

/* Is iso a code of the table? */
int nw_currency_code_known(const char *iso) {
  if (!iso || strlen(iso) != 3) return 0;
  int k = code_slot((const unsigned char *)iso);
  return k >= 0 && nw_code_index[k] >= 0 &&
         strcmp(nw_cur_codes[nw_code_index[k]].code, iso) == 0 &&
         strcmp(nw_cur_codes[nw_code_index[k]].iso, iso) == 0;
}

/* Entry of nw_cur_names for the word s[b..e), or NULL. */
static const nw_cur_name *name_lookup(const unsigned char *s, size_t b,
                                      size_t e) {
  if (e - b > NW_HEAD_MAX) return NULL;
  size_t k = lower_hash(s, b, e) & (NW_HEAD_SLOTS - 1);
  while (nw_head_slot[k]) {
    const nw_cur_name *nm = &nw_cur_names[nw_head_slot[k] - 1];
    size_t len, j;
    if ((s[b] | 32) == (unsigned char)nm->head[0] &&
        (len = nw_name_len[nm - nw_cur_names]) == e - b) {
      for (j = 0; j < len && (s[b + j] | 32) == (unsigned char)nm->head[j];
           j++) {
      }
      if (j == len) return nm;
    }
    k = (k + 1) & (NW_HEAD_SLOTS - 1);
  }
  return NULL;
}

/* Code entry for the word s[b..e) as written (upper case, or lower case
 * for the common ones), or NULL. */
static const nw_cur_code *code_lookup(const unsigned char *s, size_t b,
                                      size_t e) {
  unsigned char up[3];
  int lower = 1, upper = 1;
  if (e - b != 3) return NULL;
  for (int i = 0; i < 3; i++) {
    unsigned c = s[b + i];
    if (c >= 'a' && c <= 'z')
      upper = 0;
    else
      lower = 0;
    up[i] = (unsigned char)(c & ~32u);
  }
  int k = code_slot(up);
  if (k < 0 || nw_code_index[k] < 0) return NULL;
  const nw_cur_code *c = &nw_cur_codes[nw_code_index[k]];
  if (!c->bare_ok || !(upper || (lower && c->lower_ok))) return NULL;
  return c;
}

/* Is the prefix word s[b..e) (e.g. "Rs") in the table?  Its code or NULL. */
static const char *prefix_word_lookup(const unsigned char *s, size_t b,
                                      size_t e) {
  unsigned c = s[b] | 32u;
  if (e - b > 3 || !(c == 'r' || c == 's' || c == 'd')) return NULL;
  for (size_t i = 0; i < NPREW; i++) {
    const char *w = nw_cur_prefix_words[i].sym;
    size_t len = strlen(w), j;
    if (len != e - b ||
        !(s[b] == (unsigned char)(w[0] & ~32) || s[b] == (unsigned char)w[0]))
      continue;
    for (j = 1; j < len && (s[b + j] | 32) == (unsigned char)w[j]; j++) {
    }
    if (j == len) return nw_cur_prefix_words[i].iso;
  }
  return NULL;
}

/* Length of the currency symbol at p (not "$"), its code in *iso; 0 when
 * none. */
static size_t symbol_at(const unsigned char *s, size_t n, size_t p,
                        const char **iso) {
  if (!nw_symbol_first[s[p]]) return 0;
  for (size_t i = 1; i < NSYMS; i++) {
    size_t len = nw_symbol_len[i];
    if (p + len <= n && memcmp(s + p, nw_cur_symbols[i].sym, len) == 0) {
      *iso = nw_cur_symbols[i].iso;
      return len;
    }
  }
  return 0;
}

/* Copy a code into the marker. */
static void set_iso(nw_marker *m, const char *iso) {
  size_t len = strlen(iso);
  if (len >= sizeof m->iso) len = sizeof m->iso - 1;
  memcpy(m->iso, iso, len);
  m->iso[len] = 0;
}

/* Is the letter run [b, e) a marker head?  Fills m (head span only). */
static int word_head(const unsigned char *s, size_t n, size_t b, size_t e,
                     nw_marker *m) {
  const nw_cur_code *c;
  const nw_cur_name *nm;
  const char *iso;
  memset(m, 0, sizeof *m);
  m->b0 = b;
  m->b1 = e;
  if ((c = code_lookup(s, b, e)) != NULL) {
    m->kind = NW_MK_CODE;
    set_iso(m, c->iso);
    return 1;
  }
  if (e - b == 4 && s[b] == 'M' && (c = code_lookup(s, b + 1, e)) != NULL &&
      s[b + 1] >= 'A' && s[b + 1] <= 'Z') {
    m->kind = NW_MK_CODE;
    m->mult = 6;
    set_iso(m, c->iso);
    return 1;
  }
  if ((iso = prefix_word_lookup(s, b, e)) != NULL) {
    m->kind = NW_MK_PREWORD;
    if (e < n && s[e] == '.') m->b1 = e + 1;
    set_iso(m, iso);
    return 1;
  }
  if (e - b == 1 && s[b] == 'z' && e + 1 < n && s[e] == 0xC5 &&
      s[e + 1] == 0x82) {
    m->kind = NW_MK_SYMBOL;
    m->b1 = e + 2;
    set_iso(m, "PLN");
    return 1;
  }
  if ((nm = name_lookup(s, b, e)) == NULL) return 0;
  if (e - b == 1 && !(b > 0 && nw_m_digit(s[b - 1]))) return 0; /* "20p" only */
  m->kind = nm->minor ? NW_MK_MINOR : NW_MK_NAME;
  m->minor = nm->minor;
  m->head_dollar = nw_name_dollar[nm - nw_cur_names];
  m->cap_cent = s[b] == 'C' && e - b >= 4 && s[b + 1] == 'e';
  set_iso(m, nm->iso);
  return 1;
}

/* Is the letter run [b, e) a marker head?  Its end (after a "Rs." period
 * or the "ł" of "zł") or 0. */
static size_t run_head(const unsigned char *s, size_t n, size_t b, size_t e) {
  nw_marker m;
  if (e - b > NW_HEAD_MAX || !hset_has(lower_hash(s, b, e)) ||
      !word_head(s, n, b, e, &m))
    return 0;
  return m.b1;
}

/* The first head starting in [p, stop): a '$', a symbol, or a letter run
 * (looking up to n); 1 with the head in [*h0, *h1).  For tokens whose
 * letters are split by digits, hyphens, periods or other scripts. */
static int bytes_head(const unsigned char *s, size_t n, size_t p, size_t stop,
                      size_t *h0, size_t *h1) {
  const char *iso;
  size_t e, len;
  while (p < stop) {
    unsigned c = s[p];
    if (c == '$' || (c >= 0xC2 && (len = symbol_at(s, n, p, &iso)) > 0)) {
      *h0 = p;
      *h1 = p + (c == '$' ? 1 : len);
      return 1;
    }
    if (!nw_m_alpha(c)) {
      p++;
      continue;
    }
    e = nw_m_word_end(s, n, p);
    if ((*h1 = run_head(s, n, p, e)) != 0) {
      *h0 = p;
      return 1;
    }
    p = e;
  }
  return 0;
}

/* Flags of a word token whose letters are not one run. */
#define NW_SPLIT_FLAGS (NW_F_DIGIT | NW_F_HYPHEN | NW_F_PERIODS | NW_F_NONASCII)

/* Is the whole token t (at or after the scan position, before the limit
 * n) or a part of it a marker head?  1 with the head in [*h0, *h1). */
static int token_head(const unsigned char *s, size_t n, const nw_token *t,
                      size_t *h0, size_t *h1) {
  const char *iso;
  size_t len, e;
  switch (t->kind) {
    case NW_K_WORD:
      if (t->flags & NW_F_POSS) return 0;
      if ((t->flags & NW_SPLIT_FLAGS) || t->cp == '.')
        return bytes_head(s, n, t->b0, t->b1, h0, h1);
      e = t->b1 - ((t->flags & NW_F_ABBR) != 0); /* t->h leaves out the '.' */
      if (e - t->b0 > NW_HEAD_MAX || !hset_has(t->h)) return 0;
      nw_marker m;
      if (!word_head(s, n, t->b0, e, &m)) return 0;
      *h0 = t->b0;
      *h1 = m.b1;
      return 1;
    case NW_K_NUM: /* "20p", "34.6USD"; digits alone hold no head */
      if (!(t->flags & (NW_F_LOWER | NW_F_ALLCAP | NW_F_NONASCII))) return 0;
      return bytes_head(s, n, t->b0, t->b1, h0, h1);
    default: /* one punctuation character: "$", "€", or an invalid sequence */
      if (t->cp == '$') {
        *h0 = t->b0;
        *h1 = t->b0 + 1;
        return 1;
      }
      if (s[t->b0] < 0xC2 || (len = symbol_at(s, n, t->b0, &iso)) == 0)
        return 0;
      *h0 = t->b0;
      *h1 = t->b0 + len;
      return 1;
  }
}

/* Index of the first token ending after byte p. */
static size_t token_after(const nw_tokens *tk, size_t p) {
  size_t lo = 0, hi = tk->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (tk->t[mid].b1 <= p)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Start the head scan at byte p of s[0..n) with the document's tokens. */
void nw_heads_start(nw_heads *hs, const unsigned char *s, size_t n,
                    const nw_tokens *tk, size_t p) {
  hs->s = s;
  hs->n = n;
  hs->t = tk->t;
  hs->nt = tk->n;
  hs->i = token_after(tk, p);
  hs->inner = token_after(tk, n);
}

/* Can the token hold no head (decided from its kind, flags, first
 * character and hash alone)?  The common case. */
static inline int token_plain(const nw_token *t) {
  if (t->kind == NW_K_WORD)
    return !(t->flags & NW_SPLIT_FLAGS) && !hset_maybe(t->h);
  if (t->kind == NW_K_NUM)
    return !(t->flags & (NW_F_LOWER | NW_F_ALLCAP | NW_F_NONASCII));
  return t->cp < 0x80 && t->cp != '$';
}

/* The head in the part [b, e) of a token cut by the scan position or the
 * limit, read byte by byte; 1 when found. */
static int cut_head(const nw_heads *hs, const nw_token *t, size_t p, size_t *h0,
                    size_t *h1) {
  size_t b = t->b0 < p ? p : t->b0, e = t->b1 < hs->n ? t->b1 : hs->n;
  return bytes_head(hs->s, hs->n, b, e, h0, h1);
}

/* The fast pre-filter: the next head at or after p, token by token. */
int nw_heads_next(nw_heads *hs, size_t p, size_t *h0, size_t *h1) {
  const nw_token *t = hs->t;
  size_t i = hs->i;
  int found = 0;
  while (i < hs->nt && t[i].b1 <= p) i++;
  if (i < hs->nt && t[i].b0 < p && !(found = cut_head(hs, &t[i], p, h0, h1)))
    i++; /* the token p falls in */
  for (; !found && i < hs->inner; i++)
    if (!token_plain(&t[i]) &&
        (found = token_head(hs->s, hs->n, &t[i], h0, h1)) != 0)
      break;
  if (!found && i == hs->inner && i < hs->nt && t[i].b0 < hs->n &&
      !(found = cut_head(hs, &t[i], p, h0, h1)))
    i++; /* the token the limit cuts */
  hs->i = i;
  return found;
}

/* Start of the word (letters and inner periods) ending at e, or e. */
static size_t word_start_before(const unsigned char *s, size_t lo, size_t e) {
  size_t b = e;
  while (b > lo && (nw_m_alpha(s[b - 1]) || s[b - 1] == '.')) b--;
  while (b < e && s[b] == '.') b++;
  return b;
}

/* Extend a "$" head at h0 left over "US", "C", "HK", "U.S." ... */
static void dollar_prefix(const unsigned char *s, size_t h0, size_t lo,
                          nw_marker *m) {
  size_t k = h0, spaced = 0;
  if (k > lo && s[k - 1] == ' ') {
    k--;
    spaced = 1;
  }
  size_t b = k;
  while (b > lo && k - b < 5 && (nw_m_alpha(s[b - 1]) || s[b - 1] == '.')) b--;
  if (b == k || s[b] == '.' || (b > lo && nw_m_alnum(s[b - 1]))) return;
  char up[6];
  size_t len = k - b;
  if (b > 0 && (nw_m_alpha(s[b - 1]) || s[b - 1] == '.')) return;
  for (size_t i = 0; i < len; i++)
    up[i] = (char)(s[b + i] & ~(s[b + i] == '.' ? 0 : 32));
  up[len] = 0;
  if (spaced && len == 1 && s[b] != 'c') return; /* "c $ 5", not "a $5" */
  for (size_t i = 0; i < NPREF; i++)
    if (up[0] == nw_cur_dollar_prefixes[i].sym[0] &&
        strcmp(up, nw_cur_dollar_prefixes[i].sym) == 0) {
      m->b0 = b;
      set_iso(m, nw_cur_dollar_prefixes[i].iso);
      return;
    }
}

/* The entry of nw_cur_adjs written as s[b..e) ("hong kong dollars", any
 * case, one space between words), or NULL. */
static const nw_cur_adj *adj_lookup(const unsigned char *s, size_t b,
                                    size_t e) {
  size_t k = lower_hash(s, b, e) & (NW_ADJ_SLOTS - 1);
  while (nw_adj_slot[k]) {
    const nw_cur_adj *a = &nw_cur_adjs[nw_adj_slot[k] - 1];
    size_t la = strlen(a->adj), lh = strlen(a->head), j;
    if (la + 1 + lh == e - b && s[b + la] == ' ') {
      for (j = 0; j < la && (s[b + j] | 32) == (unsigned char)a->adj[j]; j++) {
      }
      if (j == la && nw_m_word_is(s, e, b + la + 1, a->head)) return a;
    }
    k = (k + 1) & (NW_ADJ_SLOTS - 1);
  }
  return NULL;
}

/* Extend a name head left over a nationality ("Canadian", "Hong Kong"). */
static void name_adjective(const unsigned char *s, size_t lo, nw_marker *m) {
  size_t starts[3], e = m->b0;
  int nw = 0;
  while (nw < 3) {
    size_t k = e;
    if (k <= lo || s[k - 1] != ' ') break;
    k--;
    size_t b = word_start_before(s, lo, k);
    if (b == k) break;
    starts[nw++] = b;
    e = b;
  }
  for (int k = nw; k >= 1; k--) {
    const nw_cur_adj *a = adj_lookup(s, starts[k - 1], m->b1);
    if (a) {
      m->b0 = starts[k - 1];
      set_iso(m, a->iso);
      return;
    }
  }
}

/* The marker whose head is [h0, h1). */
int nw_marker_from_head(const unsigned char *s, size_t n, size_t h0, size_t h1,
                        size_t lo, nw_marker *m) {
  const char *iso;
  memset(m, 0, sizeof *m);
  m->b0 = h0;
  m->b1 = h1;
  if (s[h0] == '$') {
    m->kind = NW_MK_SYMBOL;
    m->head_dollar = 1;
    set_iso(m, "$");
    dollar_prefix(s, h0, lo, m);
    return 1;
  }
  size_t len;
  if (s[h0] >= 0xC2 && (len = symbol_at(s, n, h0, &iso)) > 0) {
    m->kind = NW_MK_SYMBOL;
    m->b1 = h0 + len;
    set_iso(m, iso);
    return 1;
  }
  if (!word_head(s, n, h0, nw_m_word_end(s, n, h0), m)) return 0;
  if (m->kind == NW_MK_NAME || m->kind == NW_MK_MINOR) name_adjective(s, lo, m);
  return m->iso[0] != 0;
}

/* A marker starting at p: a symbol, "US$", a code, or a name with its
 * nationality. */
int nw_marker_at(const unsigned char *s, size_t n, size_t p, nw_marker *m) {
  if (p >= n) return 0;
  if (s[p] == '$' || s[p] >= 0xC2)
    return nw_marker_from_head(s, n, p, p + 1, p, m) && m->b0 == p;
  if (!nw_m_alpha(s[p])) return 0;
  size_t q = p;
  nw_marker cand;
  int found = 0;
  for (int k = 0; k < 4 && q < n; k++) {
    size_t e = nw_m_word_end(s, n, q);
    size_t d = e;
    while (d < n && s[d] == '.' && d + 1 < n &&
           (nw_m_alpha(s[d + 1]) || s[d + 1] == '$' || s[d + 1] == ' ')) {
      d++;
      if (d < n && nw_m_alpha(s[d])) d = nw_m_word_end(s, n, d);
    }
    size_t dl =
        (d < n && s[d] == ' ' && d + 1 < n && s[d + 1] == '$') ? d + 1 : d;
    if (dl < n && s[dl] == '$' && dl - p <= 6 && !found)
      return nw_marker_from_head(s, n, dl, dl + 1, p, m) && m->b0 == p;
    if (e == q) break;
    if (nw_marker_from_head(s, n, q, e, p, &cand) && cand.b0 == p) {
      *m = cand; /* keep the longest: "euro cents" over "euro" */
      found = 1;
    }
    if (d >= n || s[d] != ' ') break;
    q = d + 1;
  }
  return found;
}

/* "$1.17 Canadian": a dollar nationality after the amount. */
size_t nw_dollar_nationality(const unsigned char *s, size_t n, size_t p,
                             char iso[8]) {
  if (p >= n || s[p] < 'A' || s[p] > 'Z') return 0; /* written "Canadian" */
  for (size_t i = 0; i < NADJS; i++) {
    const char *adj = nw_cur_adjs[i].adj;
    size_t len = strlen(adj), j;
    if (strcmp(nw_cur_adjs[i].head, "dollars") != 0 || p + len > n) continue;
    for (j = 0; j < len && (s[p + j] | 32) == (unsigned char)adj[j]; j++) {
    }
    if (j < len || (p + len < n && nw_m_alpha(s[p + len])) ||
        !(adj[0] >= 'a' && adj[0] <= 'z') || s[p] > 'Z' ||
        strcmp(nw_cur_adjs[i].iso, "USD") == 0)
      continue;
    size_t k = nw_m_skip_space(s, n, p + len, 1);
    if (nw_m_word_is(s, n, k, "dollars") || nw_m_word_is(s, n, k, "dollar"))
      return 0;
    memcpy(iso, nw_cur_adjs[i].iso, 4);
    return p + len;
  }
  return 0;
}
