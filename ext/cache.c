/* Per-connection document cache: a few slots, least recently used evicted.
 * Large texts are not kept (their analysis is big and rarely repeated). */
#include "cache.h"

#include <stdlib.h>
#include <string.h>

#define CACHE_SLOTS 4
#define CACHE_MAX_BYTES (4u << 20)

typedef struct slot {
  nw_doc *doc;
  uint64_t hash;
  uint64_t used; /* tick of last use */
} slot;

struct nw_cache {
  slot s[CACHE_SLOTS];
  uint64_t tick;
};

/* A fast 64-bit hash of the bytes (8 at a time). */
static uint64_t text_hash(const unsigned char *s, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  for (; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

/* Allocate an empty cache. */
nw_cache *nw_cache_new(void) { return calloc(1, sizeof(nw_cache)); }

/* Release every cached document and the cache. */
void nw_cache_free(nw_cache *c) {
  if (!c) return;
  for (int i = 0; i < CACHE_SLOTS; i++) nw_doc_release(c->s[i].doc);
  free(c);
}

/* Look up or analyse the text. */
nw_doc *nw_cache_get(nw_cache *c, const unsigned char *s, size_t n) {
  n = nw_text_visible_len(s, n);
  if (!c || n > CACHE_MAX_BYTES) return nw_doc_new(s, n);
  uint64_t h = text_hash(s, n);
  int victim = 0;
  for (int i = 0; i < CACHE_SLOTS; i++) {
    slot *e = &c->s[i];
    if (e->doc && e->hash == h && e->doc->n == n &&
        memcmp(e->doc->s, s, n) == 0) {
      e->used = ++c->tick;
      e->doc->refs++;
      return e->doc;
    }
    if (!e->doc || (c->s[victim].doc && e->used < c->s[victim].used))
      victim = i;
  }
  nw_doc *d = nw_doc_new(s, n);
  if (!d) return NULL;
  slot *e = &c->s[victim];
  nw_doc_release(e->doc);
  e->doc = d;
  e->hash = h;
  e->used = ++c->tick;
  d->refs++;
  return d;
}
