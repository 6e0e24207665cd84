/* Tokens: words, numbers, punctuation and quote marks with byte offsets and
 * the shape and case flags every extractor needs, computed once. */
#ifndef NW_TOKENS_H
#define NW_TOKENS_H

#include "text.h"

enum nw_kind {
  NW_K_WORD = 1,  /* letters (maybe with digits, hyphens, inner apostrophes) */
  NW_K_NUM,       /* starts with a digit: 2020, 1,234.5, 4bn, Covid-19 is WORD */
  NW_K_PUNCT,     /* one punctuation or symbol character, or an ellipsis */
  NW_K_QUOTE,     /* a quotation mark or apostrophe standing alone */
};

enum nw_tflag {
  NW_F_SPACE = 1 << 0,   /* white space before the token */
  NW_F_CAP = 1 << 1,     /* first character is upper case */
  NW_F_ALLCAP = 1 << 2,  /* has letters, none lower case */
  NW_F_LOWER = 1 << 3,   /* has a lower-case letter */
  NW_F_DIGIT = 1 << 4,   /* has a digit */
  NW_F_ABBR = 1 << 5,    /* ends with an attached abbreviation period */
  NW_F_INITIAL = 1 << 6, /* one capital letter and a period: "W." */
  NW_F_HYPHEN = 1 << 7,  /* has an inner hyphen */
  NW_F_PERIODS = 1 << 8, /* has inner periods between letters: "U.S." */
  NW_F_TITLEABBR = 1 << 9, /* an abbreviation that precedes a name: Mr. Dr. */
  NW_F_POSS = 1 << 10,   /* the possessive 's / ’s / s' split off a word */
  NW_F_NONASCII = 1 << 11, /* has a byte >= 0x80 */
  NW_F_WIDE = 1 << 12,   /* two or more spaces before, on one line */
  NW_F_INNERCAP = 1 << 13, /* a word or number whose first character is not
                              a capital, with an ASCII capital after it
                              (eBay, iPhone, the possessive 'S) */
};

typedef struct nw_token {
  uint32_t b0, b1;  /* byte span [b0, b1) */
  uint32_t h;       /* nw_hash_lower() of the span, without the period of
                       an abbreviation ("Mr." hashes as "mr"); an index
                       ticker ".FTSE" hashes without its dot */
  uint16_t flags;   /* NW_F_* */
  uint8_t kind;     /* NW_K_* */
  uint8_t nl;       /* newlines in the white space before (capped at 255) */
  int32_t cp;       /* first code point */
} nw_token;

typedef struct nw_tokens {
  nw_token *t;
  size_t n, cap;
} nw_tokens;

/* Tokenize s[0..n) into *out (appending); s[n] must be a NUL byte (the
 * document's copy of the text is).  Returns NW_OK or NW_NOMEM. */
int nw_tokenize(const unsigned char *s, size_t n, nw_tokens *out);
/* Release the token array. */
void nw_tokens_free(nw_tokens *tk);

/* Is the lower-cased word (hash) a common English function word that often
 * starts a sentence ("the", "he", "but" ...)? */
int nw_is_sentence_starter(uint32_t h);

#endif
