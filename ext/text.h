/* Text core: reads untrusted UTF-8 one SQLite character at a time, classifies
 * code points, and maps byte positions to character offsets exactly as
 * SQLite's length() and substr() count them.
 *
 * SQLite's rule (SQLITE_SKIP_UTF8): a byte >= 0xC0 starts a character that
 * swallows every continuation byte (10xxxxxx) after it; any other byte,
 * including a stray continuation byte, is a character by itself.  Every
 * boundary this project reports is a boundary under that rule, so that
 * substr(body, start+1, end-start) = text holds on any input. */
#ifndef NW_TEXT_H
#define NW_TEXT_H

#include <stddef.h>
#include <stdint.h>

#define NW_OK 0
#define NW_NOMEM 1
#define NW_TOOBIG 2

/* Character classes (bit flags) returned by nw_cp_class(). */
enum {
  NW_CC_SPACE = 1 << 0,   /* any white space, including NBSP and U+2028 */
  NW_CC_NEWLINE = 1 << 1, /* \n, U+2028, U+2029 (also set NW_CC_SPACE) */
  NW_CC_UPPER = 1 << 2,   /* upper or title case letter */
  NW_CC_LOWER = 1 << 3,   /* lower case letter */
  NW_CC_ALPHA = 1 << 4,   /* any letter or combining mark */
  NW_CC_DIGIT = 1 << 5,   /* decimal digit */
  NW_CC_PUNCT = 1 << 6,   /* punctuation or symbol */
  NW_CC_QUOTE = 1 << 7,   /* a quotation mark or apostrophe of any kind */
  NW_CC_DASH = 1 << 8,    /* hyphen, en dash, em dash, minus */
  NW_CC_HYPHEN = 1 << 9,  /* a joining hyphen: - U+2010 U+2011 */
};

/* Length in bytes of the SQLite character at s[i] (1 when i >= n is not
 * allowed: callers pass i < n).  Sets *cp to its code point, or U+FFFD when
 * the bytes are not one valid, shortest-form UTF-8 sequence. */
static inline size_t nw_char_at(const unsigned char *s, size_t n, size_t i,
                                int32_t *cp) {
  unsigned c = s[i];
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  size_t j = i + 1;
  if (c >= 0xC0)
    while (j < n && (s[j] & 0xC0) == 0x80) j++;
  size_t len = j - i;
  int32_t v = 0xFFFD;
  if (len == 2 && c >= 0xC2 && c <= 0xDF) {
    v = (int32_t)(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
  } else if (len == 3 && c >= 0xE0 && c <= 0xEF) {
    int32_t w = (int32_t)(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) |
                          (s[i + 2] & 0x3F));
    if (w >= 0x800 && (w < 0xD800 || w > 0xDFFF)) v = w;
  } else if (len == 4 && c >= 0xF0 && c <= 0xF4) {
    int32_t w = (int32_t)(((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) |
                          ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F));
    if (w >= 0x10000 && w <= 0x10FFFF) v = w;
  }
  *cp = v;
  return len;
}

/* Class bits of a code point (ASCII from a table, the rest via utf8proc). */
int nw_cp_class(int32_t cp);

/* Lower-case mapping of a code point (simple case folding). */
int32_t nw_cp_lower(int32_t cp);

/* Is the Unicode code point a typographic or straight quotation mark? */
int nw_cp_is_quote(int32_t cp);

/* Length of the input that SQLite's character functions see: the bytes
 * before the first NUL. */
size_t nw_text_visible_len(const unsigned char *s, size_t n);

/* Byte -> character offset map.  Checkpoints every NW_OFFMAP_STEP bytes make
 * any lookup O(step). */
#define NW_OFFMAP_STEP 64
typedef struct nw_offmap {
  const unsigned char *s;
  size_t n;
  uint32_t *ck;         /* characters before byte k*STEP */
  unsigned char *swal;  /* 1 when byte k*STEP falls inside a swallowing run */
  size_t nck;
} nw_offmap;

/* Build the map over s[0..n); returns NW_OK or NW_NOMEM. */
int nw_offmap_init(nw_offmap *m, const unsigned char *s, size_t n);
/* Release the map's memory. */
void nw_offmap_free(nw_offmap *m);
/* Number of SQLite characters in s[0..b). */
int64_t nw_offmap_char(const nw_offmap *m, size_t b);

/* FNV-1a hash of the lower-cased form of s[b0..b1) (ASCII lower-casing;
 * other bytes as they are).  Used for word lists and model features. */
uint32_t nw_hash_lower(const unsigned char *s, size_t b0, size_t b1);
/* FNV-1a hash of a NUL-terminated string, lower-cased the same way. */
uint32_t nw_hash_lower_cstr(const char *z);

#endif
