/* The merged lexicon (lexicon.h): one table holding, for every word of the
 * gazetteer, the entity pass's and the quotation stages' word lists, the
 * answers of nw_gaz_word_all(), nw_entity_word_class(), nw_word_class()
 * and the cue-start mark, built once per
 * process from those lookups themselves, so that it agrees with them on
 * every hash.  The table is a cuckoo hash: a word sits in one of two slots
 * that its hash names, so a look-up reads both and picks without a branch
 * (most words of a text are in no list, a test that no predictor
 * foresees). */
#include "lexicon.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "gazetteer.h"
#include "quotes_internal.h"

_Static_assert(NW_GZ_PRODUCT <= UINT16_MAX, "gazetteer bits fit nw_lexent.gaz");

/* Moves of words between their slots before an insertion gives up (and the
 * table is built again twice as large). */
#define LEX_MAX_KICKS 500
/* Largest table tried. */
#define LEX_MAX_BITS 24

/* The table: 1 << lex_bits keys (0 for a free slot) and their entries in
 * two arrays, and one more entry, all zero, that look-ups of words in no
 * list read. */
static uint32_t *lex_key;
static nw_lexent *lex_ent;
static uint32_t lex_bits;
static nw_lexent lex_zero; /* the entry of hash 0 (no key of the table) */
static size_t lex_offers;  /* words offered while sizing (with repeats) */

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;
static int lex_rc = NW_NOMEM;

/* The two slots of hash h: one named by the top bits of a product, the
 * other among the 15 beside it in its 64-byte line of keys (another
 * product picks which), so that a look-up reads a single line. */
static inline size_t lex_pos1(uint32_t h) {
  return (h * 0x9E3779B1u) >> (32 - lex_bits);
}
static inline size_t lex_pos2(uint32_t h) {
  return lex_pos1(h) ^ ((h * 0xC2B2AE3Du) >> 28 | 1);
}

/* The entry of hash h (all zero for a word in no list): slot a, else
 * slot b, else the zero entry past the table, picked with masks rather
 * than branches. */
static inline const nw_lexent *lex_get(uint32_t h) {
  size_t a = lex_pos1(h), b = lex_pos2(h), none = (size_t)1 << lex_bits;
  size_t ma = -(size_t)(lex_key[a] == h);
  size_t mb = -(size_t)(lex_key[b] == h) & ~ma;
  size_t k = (a & ma) | (b & mb) | (none & ~(ma | mb));
  return h ? &lex_ent[k] : &lex_zero;
}

/* Ask every list about hash h into e. */
static void lex_fill(nw_lexent *e, uint32_t h) {
  e->wcls = nw_word_class(h);
  e->ewc = nw_entity_word_class(h);
  e->gaz = (uint16_t)nw_gaz_word_all(h);
  e->cue = (uint8_t)nw_word_cue_start(h);
}

/* Put hash h (not 0, not yet in the table) with entry e in one of its
 * slots, moving the words in the way to their other slots; 0 when that
 * takes too many moves. */
static int lex_place(uint32_t h, nw_lexent e) {
  size_t k = lex_pos1(h);
  for (int n = 0; n < LEX_MAX_KICKS; n++) {
    uint32_t kh = lex_key[k];
    nw_lexent ke = lex_ent[k];
    lex_key[k] = h;
    lex_ent[k] = e;
    if (!kh) return 1;
    h = kh; /* the evicted word goes to its other slot */
    e = ke;
    k = k == lex_pos1(h) ? lex_pos2(h) : lex_pos1(h);
  }
  return 0;
}

/* Count one word offered by a list (sizing pass). */
static void lex_count(void *ctx, uint32_t h) {
  (void)ctx;
  (void)h;
  lex_offers++;
}

/* Add word h to the table (filling pass); *ctx turns 0 when it does not
 * fit. */
static void lex_insert(void *ctx, uint32_t h) {
  int *ok = ctx;
  if (!h || !*ok || lex_get(h) != &lex_ent[(size_t)1 << lex_bits]) return;
  nw_lexent e;
  lex_fill(&e, h);
  *ok = lex_place(h, e);
}

/* Offer every word of every list to add. */
static void lex_words(void (*add)(void *ctx, uint32_t h), void *ctx) {
  nw_gaz_word_keys(add, ctx);
  nw_entity_word_keys(add, ctx);
  nw_cue_word_keys(add, ctx);
}

/* Fill a table of 1 << bits slots; 0 when out of memory or the words do
 * not fit. */
static int lex_try(uint32_t bits) {
  free(lex_key);
  free(lex_ent);
  lex_bits = bits;
  size_t keys = ((size_t)1 << bits) * sizeof *lex_key; /* lines of 64 bytes */
  lex_key = aligned_alloc(64, keys);
  if (lex_key) memset(lex_key, 0, keys);
  lex_ent = calloc(((size_t)1 << bits) + 1, sizeof *lex_ent);
  if (!lex_key || !lex_ent) return 0;
  int ok = 1;
  lex_words(lex_insert, &ok);
  return ok;
}

/* Build the table (run once): at least two slots a word, larger while the
 * words do not fit. */
static void lex_build(void) {
  if (nw_gaz_init() || nw_entities_global_init()) return;
  nw_cues_init();
  lex_words(lex_count, NULL);
  uint32_t bits = 4;
  while (((size_t)1 << bits) < 2 * lex_offers) bits++;
  while (bits <= LEX_MAX_BITS && !lex_try(bits)) {
    if (!lex_key || !lex_ent) return;
    bits++;
  }
  if (bits > LEX_MAX_BITS) return;
  lex_fill(&lex_zero, 0);
  lex_rc = NW_OK;
}

/* Look every token of d up once into a new array. */
const nw_lexent *nw_doc_lexicon(nw_doc *d) {
  if (d->lex) return d->lex;
  pthread_once(&lex_once, lex_build);
  if (lex_rc) return NULL;
  size_t n = d->tok.n;
  nw_lexent *e = malloc((n ? n : 1) * sizeof *e);
  if (!e) return NULL;
  for (size_t i = 0; i < n; i++) e[i] = *lex_get(d->tok.t[i].h);
  d->lex = e;
  return e;
}
