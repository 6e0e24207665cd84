/* Text core: character classes, case, and the byte -> character offset map
 * (SQLite's counting rule; see text.h). */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Class bits of the ASCII code points, filled on first use. */
static int ascii_class(int32_t c) {
  if (c == '\n') return NW_CC_SPACE | NW_CC_NEWLINE;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
    return NW_CC_SPACE;
  if (c >= 'A' && c <= 'Z') return NW_CC_UPPER | NW_CC_ALPHA;
  if (c >= 'a' && c <= 'z') return NW_CC_LOWER | NW_CC_ALPHA;
  if (c >= '0' && c <= '9') return NW_CC_DIGIT;
  if (c == '"' || c == '\'') return NW_CC_PUNCT | NW_CC_QUOTE;
  if (c == '-') return NW_CC_PUNCT | NW_CC_DASH | NW_CC_HYPHEN;
  if (c > 32 && c < 127) return NW_CC_PUNCT;
  return 0; /* other control characters */
}

/* Is the code point one of the quotation marks news text uses? */
int nw_cp_is_quote(int32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2039: case 0x203A: case 0x300C: case 0x300D:
    case 0xFF02:
      return 1;
    default:
      return 0;
  }
}

/* Class bits of any code point: ASCII by rule, the rest from utf8proc's
 * general category. */
int nw_cp_class(int32_t cp) {
  if (cp < 128) return cp < 0 ? 0 : ascii_class(cp);
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
    return NW_CC_SPACE | NW_CC_NEWLINE;
  if (nw_cp_is_quote(cp)) return NW_CC_PUNCT | NW_CC_QUOTE;
  if (cp == 0x2010 || cp == 0x2011) return NW_CC_PUNCT | NW_CC_DASH | NW_CC_HYPHEN;
  if (cp == 0xFFFD) return NW_CC_PUNCT;
  if (!utf8proc_codepoint_valid(cp)) return 0;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return NW_CC_UPPER | NW_CC_ALPHA;
    case UTF8PROC_CATEGORY_LL:
      return NW_CC_LOWER | NW_CC_ALPHA;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return NW_CC_ALPHA;
    case UTF8PROC_CATEGORY_ND:
      return NW_CC_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
      return NW_CC_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return NW_CC_SPACE | NW_CC_NEWLINE;
    case UTF8PROC_CATEGORY_PD:
      return NW_CC_PUNCT | NW_CC_DASH;
    case UTF8PROC_CATEGORY_CF:
      return 0; /* soft hyphen, zero-width joiners: ignorable */
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return NW_CC_PUNCT;
    default:
      return 0;
  }
}

/* Simple lower-case mapping. */
int32_t nw_cp_lower(int32_t cp) {
  if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (!utf8proc_codepoint_valid(cp)) return cp;
  return utf8proc_tolower(cp);
}

/* Bytes before the first NUL. */
size_t nw_text_visible_len(const unsigned char *s, size_t n) {
  const void *z = n ? memchr(s, 0, n) : NULL;
  return z ? (size_t)((const unsigned char *)z - s) : n;
}

/* Count SQLite characters in s[a..b), given whether s[a] continues a run
 * swallowed by an earlier lead byte; updates *swallow for position b. */
static int64_t count_chars(const unsigned char *s, size_t a, size_t b,
                           int *swallow) {
  int64_t c = 0;
  int sw = *swallow;
  size_t i = a;
  while (i < b) {
    if (!sw && i + 8 <= b) { /* runs of ASCII, 8 bytes at a time */
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        c += 8;
        i += 8;
        continue;
      }
    }
    unsigned x = s[i++];
    if ((x & 0xC0) == 0x80) {
      if (!sw) c++;
    } else {
      c++;
      sw = x >= 0xC0;
    }
  }
  *swallow = sw;
  return c;
}

/* Are the NW_OFFMAP_STEP (64) bytes at p all ASCII?  Written out: no
 * loop branch. */
static inline int ascii_step(const unsigned char *p) {
  uint64_t w[8];
  memcpy(w, p, sizeof w);
  return !((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) &
           0x8080808080808080ull);
}
_Static_assert(NW_OFFMAP_STEP == 64, "ascii_step reads one step");

/* Build the checkpoint table (whole ASCII steps counted at once). */
int nw_offmap_init(nw_offmap *m, const unsigned char *s, size_t n) {
  memset(m, 0, sizeof *m);
  m->s = s;
  m->n = n;
  m->nck = n / NW_OFFMAP_STEP + 1;
  m->ck = malloc(m->nck * (sizeof *m->ck + 1)); /* swal in the tail */
  if (!m->ck) return NW_NOMEM;
  m->swal = (unsigned char *)(m->ck + m->nck);
  int sw = 0;
  int64_t total = 0;
  for (size_t k = 0; k < m->nck; k++) {
    m->ck[k] = (uint32_t)total;
    m->swal[k] = (unsigned char)sw;
    size_t a = k * NW_OFFMAP_STEP, b = a + NW_OFFMAP_STEP;
    if (b > n) b = n;
    if (!sw && b - a == NW_OFFMAP_STEP && ascii_step(s + a))
      total += NW_OFFMAP_STEP; /* leaves sw at 0 */
    else if (a < b)
      total += count_chars(s, a, b, &sw);
  }
  return NW_OK;
}

/* Free the checkpoint table. */
void nw_offmap_free(nw_offmap *m) {
  free(m->ck); /* holds swal too */
  m->ck = NULL;
  m->swal = NULL;
  m->nck = 0;
}

/* Characters before byte b. */
int64_t nw_offmap_char(const nw_offmap *m, size_t b) {
  if (b > m->n) b = m->n;
  size_t k = b / NW_OFFMAP_STEP;
  int sw = m->swal[k];
  return (int64_t)m->ck[k] + count_chars(m->s, k * NW_OFFMAP_STEP, b, &sw);
}

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

/* FNV-1a over ASCII-lower-cased bytes. */
uint32_t nw_hash_lower(const unsigned char *s, size_t b0, size_t b1) {
  uint32_t h = FNV_OFFSET;
  for (size_t i = b0; i < b1; i++)
    h = (h ^ (s[i] | (((unsigned)(s[i] - 'A') < 26u) << 5))) * FNV_PRIME;
  return h;
}

/* The same hash over a C string. */
uint32_t nw_hash_lower_cstr(const char *z) {
  return nw_hash_lower((const unsigned char *)z, 0, strlen(z));
}
