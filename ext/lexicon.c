/* The merged lexicon (lexicon.h): one table holding, for every word of the
 * gazetteer, the entity pass's and the quotation stages' word lists, the
 * answers of nw_gaz_word_all(), nw_entity_word_class(), nw_word_class()
 * and the cue-start mark, built once per process from those lookups
 * themselves, so that it agrees with them on every hash.
 *
 * The table is a cuckoo hash of buckets of four keys: a word sits in one of
 * the two buckets its hash names, beside the number of its entry in a short
 * array of the distinct entries (the number 0: the empty entry).  A look-up
 * compares both buckets at once and ORs the numbers of the matching keys,
 * without a branch: most words of a text are in no list, a test that no
 * predictor foresees. */
#include "lexicon.h"

#include <pthread.h>
#include <stdlib.h>

#include "entities.h"
#include "gazetteer.h"
#include "quotes_internal.h"

_Static_assert(NW_GZ_PRODUCT <= UINT16_MAX, "gazetteer bits fit nw_lexent.gaz");

/* Four lanes of 32 bits (GNU vector extension, in gcc and clang). */
typedef uint32_t lex_v4 __attribute__((vector_size(16)));

/* A bucket: four keys (0 for a free lane) and their entry numbers. */
typedef struct lex_bucket {
  lex_v4 key, ent;
} lex_bucket;

/* Moves of words between their buckets before an insertion gives up. */
#define LEX_MAX_KICKS 500
/* The table: 1 << LEX_BITS buckets, room for about 12,000 words (three
 * quarters full; the lists hold about 9,600), and room for the distinct
 * entries (about 260).  Lists that outgrow them make the build fail (every
 * analysis then reports NW_NOMEM, which the tests catch). */
#define LEX_BITS 12
#define LEX_MAX_ENTS 1024

static lex_bucket lex_tab[1u << LEX_BITS];
static nw_lexent lex_ents[LEX_MAX_ENTS]; /* the distinct entries, the empty
                                            one first */
static uint32_t lex_nents = 1;
static nw_lexent lex_zero; /* the entry of hash 0 (no key of the table) */

static pthread_once_t lex_once = PTHREAD_ONCE_INIT;
static int lex_rc = NW_NOMEM;

/* The two buckets of hash h (top bits of two products). */
static inline size_t lex_pos1(uint32_t h) {
  return (h * 0x9E3779B1u) >> (32 - LEX_BITS);
}
static inline size_t lex_pos2(uint32_t h) {
  return (h * 0xC2B2AE3Du) >> (32 - LEX_BITS);
}

/* The entry of hash h (the empty one for a word in no list). */
static inline const nw_lexent *lex_get(uint32_t h) {
  const lex_bucket *a = &lex_tab[lex_pos1(h)], *b = &lex_tab[lex_pos2(h)];
  lex_v4 k = (lex_v4){0, 0, 0, 0} + h;
  lex_v4 m = ((lex_v4)(a->key == k) & a->ent) | ((lex_v4)(b->key == k) & b->ent);
  return h ? &lex_ents[m[0] | m[1] | m[2] | m[3]] : &lex_zero;
}

/* Ask every list about hash h. */
static nw_lexent lex_ask(uint32_t h) {
  nw_lexent e = {0};
  e.wcls = nw_word_class(h);
  e.ewc = nw_entity_word_class(h);
  e.gaz = (uint16_t)nw_gaz_word_all(h);
  e.cue = (uint8_t)nw_word_cue_start(h);
  return e;
}

#define LEX_FULL UINT32_MAX /* lex_number(): no room for a new entry */

/* Number of entry e among the distinct entries, added when new (LEX_FULL
 * when there is no room). */
static uint32_t lex_number(nw_lexent e) {
  for (uint32_t i = 0; i < lex_nents; i++) {
    const nw_lexent *x = &lex_ents[i];
    if (x->wcls == e.wcls && x->ewc == e.ewc && x->gaz == e.gaz && x->cue == e.cue)
      return i;
  }
  if (lex_nents == LEX_MAX_ENTS) return LEX_FULL;
  lex_ents[lex_nents] = e;
  return lex_nents++;
}

/* Put hash h (not 0, not yet in the table) with entry number e in a free
 * lane of one of its buckets, moving the words in the way to their other
 * buckets; 0 when that takes too many moves. */
static int lex_place(uint32_t h, uint32_t e) {
  size_t p = lex_pos1(h);
  for (int n = 0; n < LEX_MAX_KICKS; n++) {
    size_t q = p == lex_pos1(h) ? lex_pos2(h) : lex_pos1(h);
    for (int l = 0; l < 4; l++)
      for (int side = 0; side < 2; side++) {
        lex_bucket *b = &lex_tab[side ? q : p];
        if (!b->key[l]) {
          b->key[l] = h;
          b->ent[l] = e;
          return 1;
        }
      }
    lex_bucket *b = &lex_tab[p]; /* evict a lane of p, in turn */
    uint32_t kh = b->key[n % 4], ke = b->ent[n % 4];
    b->key[n % 4] = h;
    b->ent[n % 4] = e;
    h = kh;
    e = ke;
    p = p == lex_pos1(h) ? lex_pos2(h) : lex_pos1(h); /* its other bucket */
  }
  return 0;
}

/* Add word h to the table; *ctx turns 0 when it does not fit. */
static void lex_insert(void *ctx, uint32_t h) {
  int *ok = ctx;
  if (!h || !*ok || lex_get(h) != &lex_ents[0]) return;
  uint32_t k = lex_number(lex_ask(h));
  if (k == LEX_FULL) *ok = 0;
  else if (k) *ok = lex_place(h, k); /* the empty entry needs no key */
}

/* Build the table (run once). */
static void lex_build(void) {
  if (nw_gaz_init() || nw_entities_global_init()) return;
  nw_cues_init();
  int ok = 1;
  nw_gaz_word_keys(lex_insert, &ok);
  nw_entity_word_keys(lex_insert, &ok);
  nw_cue_word_keys(lex_insert, &ok);
  if (!ok) return;
  lex_zero = lex_ask(0);
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
