/* Gazetteer lookups: two open-addressing tables (single words, whole
 * phrases) filled once from the generated entries, each entry split into
 * tokens by the project's own tokenizer so lookups see the runtime tokens. */
#include "gazetteer.h"

#include <pthread.h>
#include <string.h>

#include "tokens.h"

#define GAZ_SLOTS 16384 /* power of two, more than twice the entries */

/* One slot: key and categories side by side (one cache line a probe). */
typedef struct gaz_slot {
  uint32_t key;
  uint32_t val;
} gaz_slot;

#define GAZ_FILTER_BITS 17 /* 16 KB of filter a table */

/* A table and its filter: one bit per key hash bucket, set when some key
 * falls in it, so that most unknown words are rejected from a small array
 * that stays in cache, without probing the large one. */
typedef struct gaz_table {
  gaz_slot s[GAZ_SLOTS];
  uint64_t filter[(1u << GAZ_FILTER_BITS) / 64];
} gaz_table;

static gaz_table words, phrases;
static pthread_once_t gaz_once = PTHREAD_ONCE_INIT;
static int gaz_rc = NW_OK;

/* Filter bit of key k (from the top bits of a product, independent of the
 * slot, which the low bits pick). */
static inline uint32_t gaz_bit(uint32_t k) {
  return (k * 0x9E3779B1u) >> (32 - GAZ_FILTER_BITS);
}

/* Merge cats into the slot of key k (key 0 is stored as 1). */
static void gaz_put(gaz_table *t, uint32_t k, unsigned cats) {
  if (!k) k = 1;
  t->filter[gaz_bit(k) / 64] |= 1ull << (gaz_bit(k) % 64);
  size_t i = k & (GAZ_SLOTS - 1);
  while (t->s[i].val && t->s[i].key != k) i = (i + 1) & (GAZ_SLOTS - 1);
  t->s[i].key = k;
  t->s[i].val |= cats;
}

/* Categories stored for key k. */
static unsigned gaz_get(const gaz_table *t, uint32_t k) {
  if (!k) k = 1;
  if (!(t->filter[gaz_bit(k) / 64] >> (gaz_bit(k) % 64) & 1)) return 0;
  size_t i = k & (GAZ_SLOTS - 1);
  while (t->s[i].val) {
    if (t->s[i].key == k) return t->s[i].val;
    i = (i + 1) & (GAZ_SLOTS - 1);
  }
  return 0;
}

/* Is h a small joining word inside place names ("of", "de", "the")? */
static int small_word(uint32_t h) {
  static const char *const w[] = {"of", "the", "de", "la", "el", "and", "du",
                                  "des", "al", "da", "do", "le", "del", "es",
                                  "van", "von", "am", "an", "y", "e", NULL};
  for (int i = 0; w[i]; i++)
    if (h == nw_hash_lower_cstr(w[i])) return 1;
  return 0;
}

/* Tokenize one entry and add it to both tables. */
static int gaz_add(const nw_gaz_entry *e, nw_tokens *tk) {
  tk->n = 0;
  if (nw_tokenize((const unsigned char *)e->name, strlen(e->name), tk))
    return NW_NOMEM;
  if (tk->n == 0 || tk->n > NW_GAZ_MAXTOK) return NW_OK;
  uint32_t q = 0;
  for (size_t i = 0; i < tk->n; i++) q = nw_gaz_seq(q, tk->t[i].h);
  gaz_put(&phrases, q, e->cats);
  if (tk->n == 1) {
    gaz_put(&words, tk->t[0].h, e->cats);
  } else if (e->cats & NW_GZ_ORGNAME) {
    gaz_put(&words, tk->t[0].h, NW_GZ_ORGSTART);
  } else if (e->cats & (NW_GZ_GPE | NW_GZ_LOCNAME)) {
    for (size_t i = 0; i < tk->n; i++)
      if (tk->t[i].kind == NW_K_WORD && !small_word(tk->t[i].h))
        gaz_put(&words, tk->t[i].h, NW_GZ_PART);
  }
  return NW_OK;
}

/* Fill the tables (run once). */
static void gaz_build(void) {
  nw_tokens tk = {0};
  for (const nw_gaz_entry *e = nw_gaz_entries; e->name; e++)
    if (gaz_add(e, &tk)) {
      gaz_rc = NW_NOMEM;
      break;
    }
  nw_tokens_free(&tk);
}

/* Build the tables once. */
int nw_gaz_init(void) {
  pthread_once(&gaz_once, gaz_build);
  return gaz_rc;
}

/* Word categories the tagger sees. */
unsigned nw_gaz_word(uint32_t h) { return gaz_get(&words, h) & NW_GZ_TAGGER_MASK; }

/* Every word category. */
unsigned nw_gaz_word_all(uint32_t h) { return gaz_get(&words, h); }

/* Call add(ctx, key) for every key of the word table (a key 0 is stored,
 * and offered, as 1). */
void nw_gaz_word_keys(void (*add)(void *ctx, uint32_t key), void *ctx) {
  for (size_t i = 0; i < GAZ_SLOTS; i++)
    if (words.s[i].val) add(ctx, words.s[i].key);
}

/* Phrase categories. */
unsigned nw_gaz_phrase(uint32_t q) { return gaz_get(&phrases, q); }
