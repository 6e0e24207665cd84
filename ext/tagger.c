/* Greedy averaged-perceptron tagger: per-document state, feature extraction
 * and the decoding loop shared by runtime and trainer, and the runtime
 * scorer over the packed int8 model. */
#include "tagger.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "lexicon.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the packed model is read in place as little-endian"
#endif

#define START_TAG NW_TAG_NCLASS /* history value before a sentence */
#define BIG_MARGIN 1e9f
#define W_BOS 0x5bd1e995u /* word hash standing for "before the sentence" */
#define W_EOS 0x1b873593u /* ... and "after the sentence" */

/* Eight uint16 lanes (GNU vector extension, in gcc and clang). */
typedef uint16_t v8h __attribute__((vector_size(16)));

/* Class sums of some features under a packed model (weights stored as
 * int8 + 128): even classes in ev, odd ones in od, the 17th in last. */
typedef struct csum {
  v8h ev, od;
  uint32_t last;
} csum;

/* Cached properties of one token. */
typedef struct tinfo {
  uint32_t h;     /* token hash with typographic apostrophes made ' */
  uint32_t shape; /* hash of the collapsed shape ("Xx", "X.X.", "dd"),
                     computed on first use */
  uint8_t ready;  /* shape is filled */
  uint8_t line;   /* 0 normal line, 1 all-caps line, 2 title-case line */
  uint8_t phr;    /* gazetteer phrase over the token: code << 1 | inside */
  uint8_t capc;   /* case class, see case_class() */
} tinfo;

struct nw_tagdoc {
  const nw_doc *d;
  const nw_lexent *lex; /* the document's lexicon (nw_doc_lexicon) */
  tinfo *ti;
  uint32_t *lower;  /* set of words seen all lower case in the document */
  uint32_t nlower;
  uint32_t *hkey;   /* label history: capitalised word -> last type + 1
                       (in the allocation of lower, as hval is) */
  uint8_t *hval;
  uint32_t nhist;
  const uint32_t *common; /* common lower-case words (model) */
  uint32_t ncommon;
  size_t phr_end;   /* tokens before this were scanned for phrases */
};

/* Mix a feature template id with two values into a 32-bit feature hash
 * (multiplications carry every input bit into the top bits, which pick
 * the model's bucket). */
static inline uint32_t fmix(uint32_t t, uint32_t a, uint32_t b) {
  uint32_t h = (a ^ (t + 1) * 0x9E3779B1u) * 0x85EBCA77u;
  h = (h ^ (h >> 16) ^ b) * 0xC2B2AE3Du;
  return h ^ (h >> 15);
}

/* Case class: 0 lower, 1 Capitalised, 2 ALL CAPS, 3 inner capital (eBay),
 * 4 number, 5 punctuation or quote; of a token of kind k whose flags give
 * the bits b (1 NW_F_CAP, 2 NW_F_ALLCAP, 4 NW_F_INNERCAP). */
#define CASE_CLASS(k, b)                                                  \
  ((k) == NW_K_PUNCT || (k) == NW_K_QUOTE ? 5                             \
   : (b) & 2                              ? 2                             \
   : (b) & 1                              ? 1                             \
   : (k) == NW_K_NUM                      ? 4                             \
   : (b) & 4                              ? 3                             \
                                          : 0)
#define CASE_ROW(k)                                                       \
  CASE_CLASS(k, 0), CASE_CLASS(k, 1), CASE_CLASS(k, 2), CASE_CLASS(k, 3), \
      CASE_CLASS(k, 4), CASE_CLASS(k, 5), CASE_CLASS(k, 6), CASE_CLASS(k, 7)

/* CASE_CLASS of every kind and bits, so that tokens are classed without
 * branches on their (unpredictable) case. */
static const uint8_t case_classes[(NW_K_QUOTE + 1) * 8] = {
    CASE_ROW(0), CASE_ROW(NW_K_WORD), CASE_ROW(NW_K_NUM),
    CASE_ROW(NW_K_PUNCT), CASE_ROW(NW_K_QUOTE)};

/* Case class of token t (CASE_CLASS). */
static inline uint8_t case_class(const nw_token *t) {
  unsigned b = (unsigned)!!(t->flags & NW_F_CAP) |
               (unsigned)!!(t->flags & NW_F_ALLCAP) << 1 |
               (unsigned)!!(t->flags & NW_F_INNERCAP) << 2;
  return case_classes[(t->kind <= NW_K_QUOTE ? t->kind : 0) * 8 + b];
}

/* Shape class of an ASCII byte: X upper, x lower, d digit, the byte
 * itself otherwise (a 0 entry: a UTF-8 lead or continuation byte). */
static const unsigned char shape_cls[128] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,
    15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,
    30,  31,  ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',',
    '-', '.', '/', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd', ':', ';',
    '<', '=', '>', '?', '@', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X', 'X',
    'X', '[', '\\', ']', '^', '_', '`', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
    'x', 'x', 'x', '{', '|', '}', '~', 127};

/* Hash of the collapsed shape of token t: X upper, x lower, d digit, u other
 * letter, punctuation as itself; runs of one class collapse to one. */
static uint32_t shape_hash(const nw_doc *d, const nw_token *t) {
  uint32_t h = 0x811C9DC5u;
  unsigned prev = 0, len = 0;
  for (uint32_t i = t->b0; i < t->b1 && len < 12; i++) {
    unsigned c = d->s[i], k;
    if (c < 128) k = shape_cls[c];
    else if ((c & 0xC0) == 0x80) continue;
    else k = (t->flags & NW_F_CAP) && i == t->b0 ? 'X' : 'u';
    if (k == prev) continue;
    prev = k;
    len++;
    h = (h ^ k) * 0x01000193u;
  }
  uint32_t n = t->b1 - t->b0;
  return h ^ (n > 4 ? 5 : n) << 28;
}

/* Fill the cached shape of token i. */
static void fill_info(nw_tagdoc *td, size_t i) {
  tinfo *x = &td->ti[i];
  x->shape = shape_hash(td->d, &td->d->tok.t[i]);
  x->ready = 1;
}

/* The cached properties of token i, its shape filled on first use. */
static inline const tinfo *info(nw_tagdoc *td, size_t i) {
  tinfo *x = &td->ti[i];
  if (!x->ready) fill_info(td, i);
  return x;
}

/* The gazetteer categories the tagger sees of token i: its word's, 0 for
 * another kind of token. */
static inline uint32_t tok_gaz(const nw_tagdoc *td, size_t i) {
  return td->d->tok.t[i].kind == NW_K_WORD ? td->lex[i].gaz & NW_GZ_TAGGER_MASK
                                           : 0;
}

/* Every gazetteer category of token i's hash (nw_gaz_word_all), from the
 * document's lexicon. */
unsigned nw_tagdoc_gaz(nw_tagdoc *td, size_t i) { return td->lex[i].gaz; }

/* Insert h into an open-addressing set of slots (power of two). */
static void hset_put(uint32_t *set, uint32_t slots, uint32_t h) {
  if (!h) h = 1;
  uint32_t i = (h * 0x9E3779B1u) & (slots - 1);
  for (;;) { /* one branch a probe: the product is 0 for a free slot and
                for h's own alike */
    uint32_t v = set[i];
    if ((uint64_t)v * (v ^ h) == 0) break;
    i = (i + 1) & (slots - 1);
  }
  set[i] = h;
}

/* Smallest power of two >= 2n (at least 16). */
static uint32_t slots_for(size_t n) {
  uint32_t s = 16;
  while (s < 2 * n) s <<= 1;
  return s;
}

/* Token hash with U+2018/U+2019 read as an ASCII apostrophe, so "We’ve"
 * is the word "we've" the model knows. */
static uint32_t norm_hash(const nw_doc *d, const nw_token *t) {
  if (!(t->flags & NW_F_NONASCII) || t->kind != NW_K_WORD) return t->h;
  uint32_t h = 0x811C9DC5u;
  for (uint32_t i = t->b0; i < t->b1; i++) {
    unsigned c = d->s[i];
    if (c == 0xE2 && i + 2 < t->b1 && d->s[i + 1] == 0x80 &&
        (d->s[i + 2] == 0x98 || d->s[i + 2] == 0x99)) {
      c = '\'';
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      c += 32;
    }
    h = (h ^ c) * 0x01000193u;
  }
  return h;
}

/* Is token t a word seen all lower case (it enters the lower-case set)? */
static int lower_word(const nw_token *t) {
  return t->kind == NW_K_WORD && (t->flags & (NW_F_LOWER | NW_F_CAP)) ==
                                     NW_F_LOWER;
}

/* Word counts of the line being scanned (see line_kind). */
typedef struct lcount {
  size_t words, lower, longlower;
} lcount;

/* Fill the cached properties of token i, list its hash in low (advanced)
 * when it is a lower-case word, else count a word in *nc, and count it in
 * its line's lc. */
static void scan_token(nw_tagdoc *td, size_t i, uint32_t **low, size_t *nc,
                       lcount *lc) {
  const nw_token *t = &td->d->tok.t[i];
  tinfo *x = &td->ti[i];
  x->capc = case_class(t);
  x->h = norm_hash(td->d, t);
  x->ready = x->phr = x->line = 0;
  if (t->kind != NW_K_WORD) return;
  /* without branches on the case: the hash is written in any event (the
     list has a slot for every token), and kept when the word is lower */
  int lw = lower_word(t);
  **low = x->h;
  *low += lw;
  *nc += (size_t)!lw;
  if (t->flags & NW_F_POSS) return;
  unsigned lower = !!(t->flags & NW_F_LOWER);
  lc->words++;
  lc->lower += lower;
  lc->longlower += lower & !(t->flags & NW_F_CAP) & (t->b1 - t->b0 > 3);
}

/* Kind of a line of len tokens with counts lc (1 all caps, 2 title case,
 * 0 normal). */
static uint8_t line_kind(const lcount *lc, size_t len) {
  if (lc->words >= 2 && !lc->lower) return 1;
  return lc->words >= 3 && !lc->longlower && len <= 20 ? 2 : 0;
}

/* Fill every token's cached properties and line kind in one pass, listing
 * the hashes of lower-case words in low; returns the end of the list and
 * counts the other words in *nc. */
static uint32_t *mark_lines(nw_tagdoc *td, uint32_t *low, size_t *nc) {
  const nw_token *tk = td->d->tok.t;
  size_t n = td->d->tok.n, a = 0;
  lcount lc = {0, 0, 0};
  for (size_t i = 0; i < n; i++) {
    scan_token(td, i, &low, nc, &lc);
    if (i + 1 < n && tk[i + 1].nl == 0) continue;
    uint8_t k = line_kind(&lc, i + 1 - a);
    for (size_t j = a; k && j <= i; j++) td->ti[j].line = k;
    a = i + 1;
    lc = (lcount){0, 0, 0};
  }
  return low;
}

/* Prepare the per-document state: one pass over the tokens fills their
 * properties and lists the lower-case words (in the tail of the token
 * array), then the two sets are sized and the list is put in its set. */
nw_tagdoc *nw_tagdoc_new(nw_doc *d, const uint32_t *common,
                         uint32_t ncommon) {
  const nw_lexent *lex = nw_doc_lexicon(d);
  if (!lex) return NULL;
  size_t n = d->tok.n ? d->tok.n : 1, nc = 0;
  /* the state, then its token properties and the list of lower-case words
     in one block (sizeof *td is a multiple of tinfo's alignment) */
  nw_tagdoc *td = malloc(sizeof *td + n * (sizeof *td->ti + sizeof(uint32_t)));
  if (!td) return NULL;
  memset(td, 0, sizeof *td);
  td->d = d;
  td->lex = lex;
  td->common = common;
  td->ncommon = ncommon;
  td->ti = (tinfo *)(void *)(td + 1);
  uint32_t *low = (uint32_t *)(void *)(td->ti + n);
  uint32_t *end = mark_lines(td, low, &nc);
  td->nlower = slots_for((size_t)(end - low));
  td->nhist = slots_for(nc);
  /* the lower-case set, the history keys and their values in one block */
  td->lower = calloc(1, ((size_t)td->nlower + td->nhist) * sizeof *td->lower +
                            td->nhist);
  if (!td->lower) {
    nw_tagdoc_free(td);
    return NULL;
  }
  td->hkey = td->lower + td->nlower;
  td->hval = (uint8_t *)(td->hkey + td->nhist);
  for (const uint32_t *h = low; h < end; h++)
    hset_put(td->lower, td->nlower, *h);
  return td;
}

/* Release the state. */
void nw_tagdoc_free(nw_tagdoc *td) {
  if (!td) return;
  free(td->lower); /* holds hkey and hval too */
  free(td);        /* holds ti too */
}

/* Was word h seen all lower case in the document? */
int nw_tagdoc_lower(const nw_tagdoc *td, uint32_t h) {
  return nw_hset_has(td->lower, td->nlower, h);
}

/* Line kind of token i. */
int nw_tagdoc_line(const nw_tagdoc *td, size_t i) { return td->ti[i].line; }

/* Slot of word h in the history table. */
static uint32_t hist_slot(const nw_tagdoc *td, uint32_t h) {
  if (!h) h = 1;
  uint32_t i = (h * 0x9E3779B1u) & (td->nhist - 1);
  while (td->hkey[i] && td->hkey[i] != h) i = (i + 1) & (td->nhist - 1);
  return i;
}

/* Last label (type + 1, or 5 for "capitalised but no entity") of word h. */
static uint8_t hist_get(const nw_tagdoc *td, uint32_t h) {
  return td->hval[hist_slot(td, h)];
}

/* Record the class c given to capitalised token i. */
static void hist_set(nw_tagdoc *td, size_t i, int c) {
  uint32_t h = td->ti[i].h ? td->ti[i].h : 1;
  if (td->ti[i].capc != 1 && td->ti[i].capc != 2) return;
  uint32_t s = hist_slot(td, h);
  td->hkey[s] = h;
  if (c != NW_TAG_O) td->hval[s] = (uint8_t)(NW_TAG_TYPE(c) + 1);
  else if (!td->hval[s]) td->hval[s] = 5;
}

/* Code of the gazetteer category of a phrase (1..6; 6: organisation). */
static uint8_t phrase_code(unsigned cats) {
  if (cats & NW_GZ_COUNTRY) return 1;
  if (cats & NW_GZ_CITY) return 2;
  if (cats & NW_GZ_SUBDIV) return 3;
  if (cats & NW_GZ_LOCNAME) return 4;
  if (cats & NW_GZ_NORP) return 5;
  return 6; /* NW_GZ_ORGNAME */
}

/* Find the longest gazetteer phrase starting at the capitalised token i
 * (within sentence end e) and mark its tokens. */
static void scan_phrase(nw_tagdoc *td, size_t i, size_t e) {
  const nw_token *tk = td->d->tok.t;
  uint32_t q = 0;
  size_t best = 0;
  unsigned cats = 0;
  for (size_t k = i; k < e && k - i < NW_GAZ_MAXTOK; k++) {
    if (tk[k].kind != NW_K_WORD || (k > i && td->ti[k].capc == 0 &&
                                    tk[k].b1 - tk[k].b0 > 3))
      break;
    q = nw_gaz_seq(q, tk[k].h);
    unsigned c = nw_gaz_phrase(q);
    if (c & (NW_GZ_GPE | NW_GZ_LOCNAME | NW_GZ_NORP | NW_GZ_ORGNAME)) {
      best = k + 1 - i;
      cats = c;
    }
  }
  if (!best) return;
  uint8_t code = (uint8_t)(phrase_code(cats) << 1);
  for (size_t k = i; k < i + best; k++)
    td->ti[k].phr = (uint8_t)(code | (k > i));
  td->phr_end = i + best;
}

/* Is the token one the model must look at when no entity is open (a word
 * with a capital letter that is not a function word like "The", "But")? */
static int candidate(const nw_tagdoc *td, size_t i) {
  uint8_t c = td->ti[i].capc;
  return c >= 1 && c <= 3 && !nw_is_sentence_starter(td->ti[i].h);
}

/* ASCII lower case of byte c (as nw_hash_lower() reads it). */
static inline unsigned lower_byte(unsigned c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* First word or number of sentence [s0, s1) (s1 when none): tokens up to
 * it are sentence-initial. */
static size_t first_word(const nw_tagdoc *td, size_t s0, size_t s1) {
  const nw_token *tk = td->d->tok.t;
  while (s0 < s1 && tk[s0].kind != NW_K_WORD && tk[s0].kind != NW_K_NUM) s0++;
  return s0;
}

/* Where a token stands: its index, its sentence [s0, s1), whether it is
 * sentence-initial, and the two previous classes. */
typedef struct tpos {
  size_t i, s0, s1, fw; /* fw: the sentence's first word (first_word) */
  int init, p1, p2;
} tpos;

/* Feature groups.  Each group's features are a function of its inputs
 * (gin) alone, so the runtime can cache a group's sum by its inputs. */
enum {
  GR_WORD,   /* the token's word, shape, case, gazetteer bits, line */
  GR_AFFIX,  /* its prefix and suffixes */
  GR_M2, GR_M1, GR_P1, GR_P2, /* its neighbours */
  GR_TRI,    /* the shapes around it */
  GR_PREV,   /* the two previous classes */
  GR_PSHAPE, /* the previous class with the token's shape */
  GR_PHR,    /* the gazetteer phrase over it */
  GR_HIST,   /* the label the text gave its word before */
  GR_N
};

/* Offset of the neighbour of the groups GR_M2 .. GR_P2. */
static const int near_off[GR_N] = {0, 0, -2, -1, 1, 2};

/* The inputs of one group: two words of values, the group number in the
 * top byte of b with GIN_USED set (an empty cache entry is all zero). */
typedef struct gin {
  uint64_t a, b;
} gin;

#define GIN_USED (1ull << 63)

/* The inputs a, b of group g, tagged with the group. */
static inline gin gin_of(int g, uint64_t a, uint64_t b) {
  return (gin){a, b | GIN_USED | (uint64_t)g << 56};
}

/* Affix inputs of token t: its length (capped at 5), its first three and
 * last four bytes lower-cased (as far as they are used). */
static uint64_t affix_bytes(const nw_doc *d, const nw_token *t) {
  uint32_t len = t->b1 - t->b0;
  uint64_t a = len > 5 ? 5 : len;
  for (uint32_t k = 0; k < 3 && len > 3; k++)
    a |= (uint64_t)lower_byte(d->s[t->b0 + k]) << (8 + 8 * k);
  for (uint32_t k = 1; k <= 4 && k <= len; k++)
    a |= (uint64_t)lower_byte(d->s[t->b1 - k]) << (24 + 8 * k);
  return a;
}

/* Word, shape and gazetteer bits of token j seen from sentence [s0, s1)
 * (boundary values outside it). */
static void near_info(nw_tagdoc *td, long j, size_t s0, size_t s1,
                      uint32_t *w, uint32_t *s, uint32_t *gaz) {
  if (j < (long)s0 || j >= (long)s1) {
    *w = *s = j < (long)s0 ? W_BOS : W_EOS;
    *gaz = 0xFFFF;
    return;
  }
  const tinfo *y = info(td, (size_t)j);
  *w = y->h;
  *s = y->shape;
  *gaz = tok_gaz(td, (size_t)j);
}

/* Number of the groups whose inputs do not depend on the classes chosen
 * so far (GR_WORD .. GR_TRI): a token's sums of them can be sought before
 * its turn. */
#define GR_STATIC (GR_TRI + 1)

/* Inputs of the groups GR_WORD .. GR_TRI for token i of sentence
 * [s0, s1), sentence-initial when init, into in[GR_STATIC]. */
static void static_inputs(nw_tagdoc *td, size_t i, size_t s0, size_t s1,
                          int init, gin *in) {
  const tinfo *x = info(td, i);
  if (td->ncommon) /* read below, after the neighbours: start the read now */
    __builtin_prefetch(&td->common[((x->h ? x->h : 1) * 0x9E3779B1u) &
                                   (td->ncommon - 1)]);
  uint32_t w[5], s[5], gz[5];
  for (int k = 0; k < 5; k++)
    if (k != 2) near_info(td, (long)i + k - 2, s0, s1, &w[k], &s[k], &gz[k]);
  in[GR_WORD] = gin_of(GR_WORD, x->h | (uint64_t)x->shape << 32,
                      tok_gaz(td, i) | (uint64_t)x->capc << 16 |
                          (uint64_t)x->line << 20 | (uint64_t)init << 22 |
                          (uint64_t)nw_hset_has(td->common, td->ncommon, x->h) << 23 |
                          (uint64_t)nw_hset_has(td->lower, td->nlower, x->h) << 24);
  in[GR_AFFIX] = gin_of(GR_AFFIX, affix_bytes(td->d, &td->d->tok.t[i]), 0);
  in[GR_M2] = gin_of(GR_M2, w[0] | (uint64_t)s[0] << 32, 0);
  in[GR_M1] = gin_of(GR_M1, w[1] | (uint64_t)s[1] << 32, gz[1] | (uint32_t)x->capc << 16);
  in[GR_P1] = gin_of(GR_P1, w[3] | (uint64_t)s[3] << 32, gz[3]);
  in[GR_P2] = gin_of(GR_P2, (uint64_t)s[4] << 32, 0);
  in[GR_TRI] = gin_of(GR_TRI, s[1] ^ (x->shape * 31), s[3]);
}

/* Inputs of the groups after GR_TRI (the classes chosen so far, the
 * phrase, the history) for the token at q, into in[GR_STATIC..GR_N). */
static void dynamic_inputs(nw_tagdoc *td, const tpos *q, gin *in) {
  const tinfo *x = info(td, q->i);
  in[GR_PREV] = gin_of(GR_PREV, (uint32_t)q->p1, (uint32_t)q->p2);
  in[GR_PSHAPE] = gin_of(GR_PSHAPE, (uint32_t)q->p1, x->shape);
  in[GR_PHR] = gin_of(GR_PHR, x->phr, 0);
  in[GR_HIST] = gin_of(GR_HIST, hist_get(td, x->h), x->capc);
}

/* Inputs of every group for the token at q, into in[GR_N]. */
static void token_inputs(nw_tagdoc *td, const tpos *q, gin *in) {
  static_inputs(td, q->i, q->s0, q->s1, q->init, in);
  dynamic_inputs(td, q, in);
}

/* Features of the token's word group from its inputs. */
static size_t word_feats(uint32_t w0, uint32_t s0h, uint32_t b, uint32_t *f) {
  uint32_t gaz = b & 0xFFFF, capc = b >> 16 & 7, line = b >> 20 & 3;
  uint32_t ctx = capc | (b >> 22 & 1) << 4 | line << 5;
  size_t n = 0;
  f[n++] = fmix(0, 0, 0);
  f[n++] = fmix(1, w0, 0);
  f[n++] = fmix(2, w0, capc);
  f[n++] = fmix(3, s0h, 0);
  f[n++] = fmix(23, gaz, 0);
  for (uint32_t g = gaz, k = 0; g; g >>= 1, k++)
    if (g & 1) f[n++] = fmix(24, k, capc);
  f[n++] = fmix(28, b >> 23 & 1, ctx);
  f[n++] = fmix(29, b >> 24 & 1, ctx);
  f[n++] = fmix(31, line, s0h);
  return n;
}

/* Features of the affix group: hashes of the lower-cased first three
 * bytes and of the last 2, 3 and 4 bytes, as far as the length allows. */
static size_t affix_feats(uint64_t a, uint32_t *f) {
  uint32_t len = a & 7, pre = 0x811C9DC5u, h = 0x811C9DC5u, sfx[3] = {0};
  for (uint32_t k = 0; k < 3; k++)
    pre = (pre ^ (uint32_t)(a >> (8 + 8 * k) & 0xFF)) * 0x01000193u;
  for (uint32_t k = 1; k <= 4 && k <= len; k++) {
    h = (h ^ (uint32_t)(a >> (24 + 8 * k) & 0xFF)) * 0x01000193u;
    if (k >= 2) sfx[k - 2] = h;
  }
  size_t n = 0;
  if (len > 3) f[n++] = fmix(4, pre, 0);
  if (len > 2) f[n++] = fmix(5, sfx[0], 0);
  if (len > 3) f[n++] = fmix(6, sfx[1], 0);
  if (len > 4) f[n++] = fmix(7, sfx[2], 0);
  return n;
}

/* Features of a neighbour group (offset off) from word w, shape s and
 * b: gazetteer bits (0xFFFF outside the sentence), case class of the
 * token at the centre. */
static size_t near_feats(int off, uint32_t w, uint32_t s, uint32_t b,
                         uint32_t *f) {
  uint32_t gaz = b & 0xFFFF;
  switch (off) {
    case -1:
      f[0] = fmix(8, w, 0);
      f[1] = fmix(12, s, 0);
      f[2] = fmix(25, gaz, 0);
      f[3] = fmix(35, w, b >> 16 & 7);
      return 4;
    case 1:
      f[0] = fmix(9, w, 0);
      f[1] = fmix(13, s, 0);
      f[2] = fmix(26, gaz, 0);
      return 3;
    case -2:
      f[0] = fmix(10, w, 0);
      f[1] = fmix(14, s, 0);
      return 2;
    default: f[0] = fmix(15, s, 0); return 1;
  }
}

/* The features of a group from its inputs; returns their number. */
static size_t group_feats(const gin *in, uint32_t *f) {
  int g = (int)(in->b >> 56 & 0x7F);
  uint32_t lo = (uint32_t)in->a, hi = (uint32_t)(in->a >> 32);
  uint32_t b = (uint32_t)in->b;
  switch (g) {
    case GR_WORD: return word_feats(lo, hi, b, f);
    case GR_AFFIX: return affix_feats(in->a, f);
    case GR_TRI: f[0] = fmix(18, lo, b); return 1;
    case GR_PREV:
      f[0] = fmix(19, lo, 0);
      f[1] = fmix(20, lo, b);
      return 2;
    case GR_PSHAPE: f[0] = fmix(22, lo, b); return 1;
    case GR_PHR: f[0] = fmix(27, lo, 0); return 1;
    case GR_HIST: f[0] = fmix(33, lo, b); return 1;
    default: return near_feats(near_off[g], lo, hi, b, f);
  }
}

/* All the features of the token at q (at most NW_TAG_MAXFEAT). */
static size_t features(nw_tagdoc *td, const tpos *q, uint32_t *f) {
  gin in[GR_N];
  token_inputs(td, q, in);
  size_t n = 0;
  for (int g = 0; g < GR_N; g++) n += group_feats(&in[g], f + n);
  return n;
}

/* Classes allowed after class p1 (START, O, B, I, L, U); last: the token
 * ends its sentence or stands before a mark no entity runs over (break_at),
 * so no entity may stay open. */
static uint32_t allowed_after(int p1, int last) {
  if (p1 != START_TAG && p1 != NW_TAG_O && NW_TAG_PART(p1) <= 1) {
    int ty = NW_TAG_TYPE(p1);
    uint32_t m = 1u << NW_TAG(ty, 2);
    if (!last) m |= 1u << NW_TAG(ty, 1);
    return m;
  }
  uint32_t m = 1u;
  for (int ty = 0; ty < NW_T_NTYPE; ty++) {
    m |= 1u << NW_TAG(ty, 3);
    if (!last) m |= 1u << NW_TAG(ty, 0);
  }
  return m;
}

/* Scores the token at q and returns its class among the allowed ones
 * (bit mask), setting *margin. */
typedef int (*tag_step)(nw_tagdoc *td, const tpos *q, uint32_t allowed,
                        float *margin, void *ctx);

/* Is token i a mark no entity runs over: a comma, semicolon or colon
 * ("the Independent, Mr Abbas", "the BBC: “This") or a dash between words
 * ("Xbox - they")?  Quotation marks may stand inside a name (J.W. “Bill”
 * Marriott). */
static int break_at(const nw_doc *d, size_t i) {
  if (i >= d->tok.n) return 0;
  const nw_token *k = &d->tok.t[i];
  int32_t c = k->cp;
  return k->kind == NW_K_PUNCT &&
         (c == ',' || c == ';' || c == ':' || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
          (c == '-' && (k->b1 - k->b0 == 2 || (k->flags & NW_F_SPACE))));
}

/* Decode every sentence left to right, scoring with step. */
static void decode(nw_tagdoc *td, tag_step step, void *ctx, uint8_t *tags,
                   float *margin) {
  const nw_doc *d = td->d;
  for (size_t s = 0; s < d->nsent; s++) {
    tpos q = {.s0 = d->sent[s].t0, .s1 = d->sent[s].t1};
    q.p1 = q.p2 = START_TAG;
    q.fw = first_word(td, q.s0, q.s1);
    for (q.i = q.s0; q.i < q.s1; q.i++) {
      int p1 = q.p1;
      int open = p1 != START_TAG && p1 != NW_TAG_O && NW_TAG_PART(p1) <= 1;
      int c = NW_TAG_O;
      float m = BIG_MARGIN;
      if (open || candidate(td, q.i)) {
        if (q.i >= td->phr_end && !open) scan_phrase(td, q.i, q.s1);
        q.init = q.i <= q.fw;
        c = step(td, &q, allowed_after(p1, q.i + 1 == q.s1 || break_at(d, q.i + 1)), &m, ctx);
        hist_set(td, q.i, c);
      }
      tags[q.i] = (uint8_t)c;
      margin[q.i] = m;
      q.p2 = p1;
      q.p1 = c;
    }
  }
}

/* A chooser and its context. */
typedef struct chooser {
  nw_tag_choose choose;
  void *ctx;
} chooser;

/* Step that lists the token's features and hands them to a chooser. */
static int step_features(nw_tagdoc *td, const tpos *q, uint32_t allowed,
                         float *margin, void *ctx) {
  const chooser *ch = ctx;
  uint32_t f[NW_TAG_MAXFEAT];
  size_t nf = features(td, q, f);
  return ch->choose(ch->ctx, q->i, f, nf, allowed, margin);
}

/* Decode every sentence left to right with a chooser. */
void nw_tag_decode(nw_tagdoc *td, nw_tag_choose choose, void *ctx,
                   uint8_t *tags, float *margin) {
  chooser ch = {choose, ctx};
  decode(td, step_features, &ch, tags, margin);
}

/* Weights of feature f, whose bucket's records start at r and end at e,
 * or NULL when the model does not have it (records are sorted by hash). */
static inline const uint8_t *find_feature(const unsigned char *r,
                                          const unsigned char *e, uint32_t f) {
  for (; r < e; r += NW_TAG_REC) {
    uint32_t k;
    memcpy(&k, r, sizeof k);
    if (k >= f) return k == f ? r + 4 : NULL;
  }
  return NULL;
}

/* Add the biased weights w to the sums: the first 16 read as eight
 * little-endian pairs, even classes summed in ev, odd ones in od; the
 * 17th in last. */
static inline void add_row(csum *s, const uint8_t *w) {
  v8h x;
  memcpy(&x, w, sizeof x);
  s->ev += x & 0xFF;
  s->od += x >> 8;
  s->last += w[16];
}

/* Candidates prepared at a time (their entries' reads overlap). */
#define BATCH 8
/* Features summed at most in one call of sum_owned: a batch of tokens'
 * (a token has at most NW_TAG_MAXFEAT). */
#define MAXSUM (BATCH * NW_TAG_MAXFEAT)

/* Add the model's rows of features f[0..nf) to s[own[k]] (to s[0] when
 * own is NULL; nf <= MAXSUM).  Three passes, so that the reads of the
 * bucket offsets, then of the records, of all the features overlap instead
 * of waiting one by one. */
static void sum_owned(const nw_model *m, const uint32_t *f,
                      const uint8_t *own, size_t nf, csum *s) {
  uint32_t shift = 32 - m->bucket_bits, lo[MAXSUM], hi[MAXSUM];
  for (size_t k = 0; k < nf; k++) __builtin_prefetch(&m->bt[f[k] >> shift]);
  for (size_t k = 0; k < nf; k++) {
    const uint32_t *b = &m->bt[f[k] >> shift];
    lo[k] = b[0];
    hi[k] = b[1];
    __builtin_prefetch(m->rec + (size_t)lo[k] * NW_TAG_REC);
  }
  for (size_t k = 0; k < nf; k++) {
    const uint8_t *w = find_feature(m->rec + (size_t)lo[k] * NW_TAG_REC,
                                    m->rec + (size_t)hi[k] * NW_TAG_REC, f[k]);
    if (w) add_row(own ? &s[own[k]] : s, w);
  }
}

/* Add the model's rows of features f[0..nf) to s (nf <= NW_TAG_MAXFEAT). */
static void sum_feats(const nw_model *m, const uint32_t *f, size_t nf,
                      csum *s) {
  sum_owned(m, f, NULL, nf, s);
}

/* Best allowed class of scores sc; *margin gets best minus runner-up. */
static int pick(const int32_t *sc, uint32_t allowed, int32_t *margin) {
  int best = -1;
  int32_t b1 = 0, b2 = 0;
  for (uint32_t a = allowed & ((1u << NW_TAG_NCLASS) - 1); a; a &= a - 1) {
    int c = __builtin_ctz(a);
    if (best < 0 || sc[c] > b1) {
      b2 = best >= 0 ? b1 : sc[c] - 1000000;
      b1 = sc[c];
      best = c;
    } else if (sc[c] > b2) {
      b2 = sc[c];
    }
  }
  *margin = b1 - b2;
  return best < 0 ? NW_TAG_O : best;
}

/* Best allowed class of the sums s; *margin in weight units (the +128
 * bias is the same for every class, so it cancels; uint16 lanes hold
 * NW_TAG_MAXFEAT * 255). */
static int choose_sum(const nw_model *m, const csum *s, uint32_t allowed,
                      float *margin) {
  int32_t sc[NW_TAG_NCLASS], mg;
  for (int c = 0; c < 8; c++) {
    sc[2 * c] = s->ev[c];
    sc[2 * c + 1] = s->od[c];
  }
  sc[16] = (int32_t)s->last;
  int best = pick(sc, allowed, &mg);
  *margin = (float)mg * m->scale;
  return best;
}

/* Runtime chooser over a listed feature set. */
int nw_model_choose(void *ctx, size_t i, const uint32_t *f, size_t nf,
                    uint32_t allowed, float *margin) {
  const nw_model *m = ctx;
  (void)i;
  csum s = {0};
  sum_feats(m, f, nf, &s);
  return choose_sum(m, &s, allowed, margin);
}

/* ---- the runtime's cache of group sums ----------------------------------- */

/* log2 of the entries of a thread's cache of group sums: 2 MB, so that
 * fewer word groups miss (the misses cost more than the larger cache's
 * slower probes). */
#define TCACHE_BITS 15

/* One cached group sum and the inputs it was summed from: one cache line,
 * aligned on one, so that a probe reads a single line. */
typedef struct tentry {
  _Alignas(64) uint64_t a;
  uint64_t b;
  csum s;
} tentry;

/* A thread's cache of group sums (direct-mapped, by inputs), for one
 * model; word groups recur across documents, so it lives as long as the
 * thread. */
typedef struct tcache {
  const unsigned char *rec; /* the model it holds sums of */
  tentry e[1u << TCACHE_BITS];
  /* the sums of the groups with few values, by their inputs: previous
     two classes (START_TAG included), phrase code, history by case */
  csum prev[NW_TAG_NCLASS + 1][NW_TAG_NCLASS + 1];
  csum phr[16];
  csum hist[6][6];
} tcache;

static _Thread_local tcache *tls_cache;
static pthread_key_t tcache_key;
static pthread_once_t tcache_once = PTHREAD_ONCE_INIT;
static int tcache_key_ok;

/* Create the key that frees a thread's cache when the thread ends. */
static void tcache_key_make(void) {
  tcache_key_ok = pthread_key_create(&tcache_key, free) == 0;
}

/* Sum of the features of group g with inputs a, b under model m. */
static csum group_sum(const nw_model *m, int g, uint32_t a, uint32_t b) {
  uint32_t f[NW_TAG_MAXFEAT];
  gin in = gin_of(g, a, b);
  csum s = {0};
  sum_feats(m, f, group_feats(&in, f), &s);
  return s;
}

/* Fill the tables of the groups with few values for model m. */
static void fill_fixed(tcache *c, const nw_model *m) {
  for (uint32_t a = 0; a <= NW_TAG_NCLASS; a++)
    for (uint32_t b = 0; b <= NW_TAG_NCLASS; b++)
      c->prev[a][b] = group_sum(m, GR_PREV, a, b);
  for (uint32_t a = 0; a < 16; a++) c->phr[a] = group_sum(m, GR_PHR, a, 0);
  for (uint32_t a = 0; a < 6; a++)
    for (uint32_t b = 0; b < 6; b++) c->hist[a][b] = group_sum(m, GR_HIST, a, b);
}

/* This thread's cache, emptied when the model changes; NULL when out of
 * memory (decoding then sums every feature). */
static tcache *tcache_get(const nw_model *m) {
  tcache *c = tls_cache;
  if (!c) {
    pthread_once(&tcache_once, tcache_key_make);
    /* sizeof is a multiple of the alignment, as aligned_alloc wants */
    if (!tcache_key_ok || !(c = aligned_alloc(_Alignof(tcache), sizeof *c)))
      return NULL;
    memset(c, 0, sizeof *c);
    if (pthread_setspecific(tcache_key, c)) {
      free(c);
      return NULL;
    }
    tls_cache = c;
  }
  if (c->rec != m->rec) {
    memset(c->e, 0, sizeof c->e);
    fill_fixed(c, m);
    c->rec = m->rec;
  }
  return c;
}

/* Add v to s. */
static inline void csum_add(csum *s, const csum *v) {
  s->ev += v->ev;
  s->od += v->od;
  s->last += v->last;
}

/* Cache entry of the group with inputs in. */
static inline tentry *entry_of(tcache *c, const gin *in) {
  uint64_t h = (in->a * 0x9E3779B97F4A7C15ull ^ in->b) * 0xC2B2AE3D27D4EB4Full;
  return &c->e[h >> (64 - TCACHE_BITS)];
}

/* Add to s the sum of the group with inputs in: from its cache entry e
 * when that holds it, else summed from its features (and stored in e
 * when there is a cache). */
static void add_group(const nw_model *m, const gin *in, tentry *e, csum *s) {
  if (e && e->a == in->a && e->b == in->b) {
    csum_add(s, &e->s);
    return;
  }
  uint32_t f[NW_TAG_MAXFEAT];
  csum g = {0};
  sum_feats(m, f, group_feats(in, f), &g);
  csum_add(s, &g);
  if (e) *e = (tentry){in->a, in->b, g};
}

/* Add to s the table sums of the groups that have one (the previous
 * classes, the phrase, the history). */
static inline void add_fixed(const tcache *c, const gin *in, csum *s) {
  csum_add(s, &c->prev[(uint32_t)in[GR_PREV].a][(uint32_t)in[GR_PREV].b]);
  csum_add(s, &c->phr[(uint32_t)in[GR_PHR].a]);
  csum_add(s, &c->hist[(uint32_t)in[GR_HIST].a][(uint32_t)in[GR_HIST].b]);
}

/* The inputs of the groups GR_WORD .. GR_TRI of token i and their cache
 * entries. */
typedef struct prepared {
  size_t i;
  gin in[GR_STATIC];
  tentry *e[GR_STATIC];
} prepared;

/* A model, the cache of its group sums, and the next candidates of the
 * sentence being decoded with their static inputs (p[next..n)). */
typedef struct runner {
  const nw_model *m;
  tcache *c;
  size_t n, next;
  prepared p[BATCH];
} runner;

/* Fill p for token i of the sentence at q, and prefetch its entries. */
static void prepare(const runner *r, nw_tagdoc *td, const tpos *q, size_t i,
                    prepared *p) {
  p->i = i;
  static_inputs(td, i, q->s0, q->s1, i <= q->fw, p->in);
  for (int g = 0; g < GR_STATIC; g++) {
    p->e[g] = entry_of(r->c, &p->in[g]);
    __builtin_prefetch(p->e[g]);
  }
}

/* Does cache entry e hold the sum of the group with inputs in? */
static inline int entry_holds(const tentry *e, const gin *in) {
  return e->a == in->a && e->b == in->b;
}

/* Sum the groups of the prepared tokens that their cache entries do not
 * hold, with the reads of all their features overlapping, and store the
 * sums in the entries. */
static void fill_misses(runner *r) {
  _Static_assert(BATCH * GR_STATIC <= 256, "own[] holds a group's index");
  uint32_t f[MAXSUM];
  uint8_t own[MAXSUM];
  csum sum[BATCH * GR_STATIC];
  const gin *in[BATCH * GR_STATIC];
  tentry *e[BATCH * GR_STATIC];
  size_t nf = 0, nm = 0;
  for (size_t k = 0; k < r->n; k++)
    for (int g = 0; g < GR_STATIC; g++) {
      prepared *p = &r->p[k];
      if (entry_holds(p->e[g], &p->in[g])) continue;
      size_t c = group_feats(&p->in[g], f + nf);
      memset(own + nf, (int)nm, c);
      nf += c;
      in[nm] = &p->in[g];
      e[nm] = p->e[g];
      sum[nm++] = (csum){0};
    }
  if (!nm) return;
  sum_owned(r->m, f, own, nf, sum);
  for (size_t k = 0; k < nm; k++) *e[k] = (tentry){in[k]->a, in[k]->b, sum[k]};
}

/* Prepare the token at q and the candidates after it in its sentence
 * (every candidate is stepped, in order), up to BATCH, and fill the cache
 * entries of their groups. */
static void prepare_batch(runner *r, nw_tagdoc *td, const tpos *q) {
  r->n = r->next = 0;
  for (size_t k = q->i; k < q->s1 && r->n < BATCH; k++)
    if (k == q->i || candidate(td, k)) prepare(r, td, q, k, &r->p[r->n++]);
  fill_misses(r);
}

/* Runtime step: the token's scores as a sum of group sums.  The static
 * inputs of the next candidates are computed a batch at a time and their
 * cache entries prefetched, so that the memory reads of several tokens
 * overlap; the groups are written out rather than looped over, so that no
 * branch picks them.  Without a cache every group is summed from its
 * features. */
static int step_model(nw_tagdoc *td, const tpos *q, uint32_t allowed,
                      float *margin, void *ctx) {
  runner *r = ctx;
  csum s = {0};
  gin in[GR_N];
  if (!r->c) {
    token_inputs(td, q, in);
    for (int g = 0; g < GR_N; g++) add_group(r->m, &in[g], NULL, &s);
    return choose_sum(r->m, &s, allowed, margin);
  }
  prepared one, *p;
  if (r->next >= r->n) prepare_batch(r, td, q);
  if (r->p[r->next].i == q->i) {
    p = &r->p[r->next++];
  } else { /* an open entity's non-candidate token between candidates */
    p = &one;
    prepare(r, td, q, q->i, p);
  }
  dynamic_inputs(td, q, in);
  tentry *ep = entry_of(r->c, &in[GR_PSHAPE]);
  __builtin_prefetch(ep);
  add_fixed(r->c, in, &s);
  add_group(r->m, &p->in[GR_WORD], p->e[GR_WORD], &s);
  add_group(r->m, &p->in[GR_AFFIX], p->e[GR_AFFIX], &s);
  add_group(r->m, &p->in[GR_M2], p->e[GR_M2], &s);
  add_group(r->m, &p->in[GR_M1], p->e[GR_M1], &s);
  add_group(r->m, &p->in[GR_P1], p->e[GR_P1], &s);
  add_group(r->m, &p->in[GR_P2], p->e[GR_P2], &s);
  add_group(r->m, &p->in[GR_TRI], p->e[GR_TRI], &s);
  add_group(r->m, &in[GR_PSHAPE], ep, &s);
  return choose_sum(r->m, &s, allowed, margin);
}

/* Decode every sentence left to right with model m, taking the sums of
 * feature groups from this thread's cache. */
void nw_tag_decode_model(nw_tagdoc *td, const nw_model *m, uint8_t *tags,
                         float *margin) {
  runner r = {.m = m, .c = tcache_get(m)};
  decode(td, step_model, &r, tags, margin);
}

/* Read a little-endian uint32 at p. */
static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* Check that the bucket offsets stay inside the record array, so that
 * lookups never read outside the image. */
static int model_check(const nw_model *m, uint64_t nb) {
  if (m->bt[0] != 0 || m->bt[nb] != m->nfeat) return 3;
  for (uint64_t b = 0; b < nb; b++)
    if (m->bt[b] > m->bt[b + 1]) return 3;
  return 0;
}

/* Parse a packed model image laid out as written by tools/train_ner.c:
 * "NWN3", bucket bits, features, common-word slots, scale; the bucket
 * offsets; the common-word set; the feature records. */
int nw_model_parse(const unsigned char *p, size_t n, nw_model *m) {
  if (n < 20 || ((uintptr_t)p & 3) || rd32(p) != 0x334E574Eu) return 3;
  m->bucket_bits = rd32(p + 4);
  m->nfeat = rd32(p + 8);
  m->ncommon = rd32(p + 12);
  uint32_t sc = rd32(p + 16);
  memcpy(&m->scale, &sc, sizeof sc);
  if (m->bucket_bits < 4 || m->bucket_bits > 24) return 3;
  uint64_t nb = 1ull << m->bucket_bits;
  uint64_t words = 5 + (nb + 1) + m->ncommon;
  if (words * 4 + (uint64_t)m->nfeat * NW_TAG_REC != n) return 3;
  const uint32_t *u = (const uint32_t *)(const void *)p;
  m->bt = u + 5;
  m->common = m->bt + nb + 1;
  m->rec = (const unsigned char *)(m->common + m->ncommon);
  return model_check(m, nb);
}
