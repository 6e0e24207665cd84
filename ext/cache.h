/* A small per-connection cache of analysed documents, keyed by the text, so
 * that news_sentences, money_amounts, extract_entities and quote_speakers
 * called on the same body share one analysis. */
#ifndef NW_CACHE_H
#define NW_CACHE_H

#include "doc.h"

typedef struct nw_cache nw_cache;

/* A new empty cache, or NULL when out of memory. */
nw_cache *nw_cache_new(void);
/* Free the cache, releasing its documents (open cursors keep theirs). */
void nw_cache_free(nw_cache *c);
/* The document for s[0..n), from the cache or newly analysed; the caller
 * owns one reference (nw_doc_release).  NULL when out of memory. */
nw_doc *nw_cache_get(nw_cache *c, const unsigned char *s, size_t n);

#endif
