/* Currency markers: symbols, prefixed dollars, ISO codes and names (with
 * their nationality), looked up in the generated tables of currencies.h,
 * and the fast pre-filter that finds where a marker may stand. */
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

static int16_t nw_code_index[26 * 26 * 26]; /* AAA..ZZZ -> nw_cur_codes */
static int16_t nw_head_slot[NW_HEAD_SLOTS]; /* hash -> nw_cur_names + 1 */
static unsigned char nw_byte_class[256];    /* 1 letter, 2 '$', 3 lead */
static uint16_t nw_head_lengths[26 * 26];   /* first two letters -> lengths */
static unsigned char nw_symbol_first[256];  /* first bytes of symbols */
static int16_t nw_adj_slot[NW_ADJ_SLOTS];   /* hash -> nw_cur_adjs + 1 */

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

/* Index of the first two letters of w (a single letter pairs with 'a'). */
static size_t head_key(const char *w) {
  size_t c0 = (size_t)((w[0] | 32) - 'a');
  size_t c1 = nw_m_alpha((unsigned char)w[1]) ? (size_t)((w[1] | 32) - 'a') : 0;
  return c0 * 26 + c1;
}

/* Note the length of a head word under its first two letters. */
static void head_length_add(const char *w) {
  size_t len = strlen(w);
  if (len > 3 && w[len - 1] == '.') len--; /* "rs." is looked up as "rs" */
  nw_head_lengths[head_key(w)] |= (uint16_t)(1u << len);
}

/* Fill the code index, the head hash table and the byte classes. */
int nw_money_currency_init(void) {
  memset(nw_code_index, 0xff, sizeof nw_code_index);
  for (size_t i = 0; i < NCODES; i++)
    nw_code_index[code_slot((const unsigned char *)nw_cur_codes[i].code)] =
        (int16_t)i;
  for (size_t i = 0; i < NNAMES; i++) {
    const unsigned char *w = (const unsigned char *)nw_cur_names[i].head;
    uint32_t h = lower_hash(w, 0, strlen(nw_cur_names[i].head));
    size_t k = h & (NW_HEAD_SLOTS - 1);
    while (nw_head_slot[k]) k = (k + 1) & (NW_HEAD_SLOTS - 1);
    nw_head_slot[k] = (int16_t)(i + 1);
    head_length_add(nw_cur_names[i].head);
  }
  for (size_t i = 0; i < NCODES; i++)
    if (nw_cur_codes[i].lower_ok) {
      char low[4] = {(char)(nw_cur_codes[i].code[0] | 32),
                     (char)(nw_cur_codes[i].code[1] | 32), 0, 0};
      head_length_add(low); /* only the first two letters count */
      nw_head_lengths[head_key(low)] |= 1u << 3;
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
  head_length_add("z"); /* the "z" of "zł" */
  for (size_t i = 0; i < NPREW; i++)
    head_length_add(nw_cur_prefix_words[i].sym);
  for (int c = 'a'; c <= 'z'; c++) nw_byte_class[c] = nw_byte_class[c - 32] = 1;
  nw_byte_class['$'] = 2;
  for (size_t i = 1; i < NSYMS; i++)
    nw_symbol_first[(unsigned char)nw_cur_symbols[i].sym[0]] = 1;
  for (int c = 0xC2; c < 0x100; c++) nw_byte_class[c] = 3;
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
        (len = strlen(nm->head)) == e - b) {
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
    size_t len = strlen(nw_cur_symbols[i].sym);
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
  m->head_dollar =
      nw_m_word_is(s, n, b, "dollar") || nw_m_word_is(s, n, b, "dollars");
  m->cap_cent = s[b] == 'C' && e - b >= 4 && s[b + 1] == 'e';
  set_iso(m, nm->iso);
  return 1;
}

/* Cheap test before the lookups: could the letters [b, e) be a head? */
static int maybe_head(const unsigned char *s, size_t b, size_t e) {
  size_t len = e - b;
  if ((len == 3 || len == 4) && s[b] <= 'Z' && s[b + 1] <= 'Z')
    return 1; /* codes */
  char w[2] = {(char)s[b], len > 1 ? (char)s[b + 1] : 0};
  return len < 16 && (nw_head_lengths[head_key(w)] >> len & 1);
}

/* The fast pre-filter: the next '$', currency symbol or currency word. */
int nw_marker_next_head(const unsigned char *s, size_t n, size_t p, size_t *h0,
                        size_t *h1) {
  while (p < n) {
    unsigned cls = nw_byte_class[s[p]];
    if (!cls) {
      p++;
      continue;
    }
    if (cls == 2) {
      *h0 = p;
      *h1 = p + 1;
      return 1;
    }
    if (cls == 3) {
      const char *iso;
      size_t len = symbol_at(s, n, p, &iso);
      if (len) {
        *h0 = p;
        *h1 = p + len;
        return 1;
      }
      p++;
      continue;
    }
    size_t e = p + 1;
    while (e < n && nw_byte_class[s[e]] == 1) e++;
    nw_marker m;
    if (maybe_head(s, p, e) && word_head(s, n, p, e, &m)) {
      *h0 = p;
      *h1 = m.b1;
      return 1;
    }
    p = e;
  }
  return 0;
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
    if (strcmp(up, nw_cur_dollar_prefixes[i].sym) == 0) {
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
