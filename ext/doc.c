/* The analysed document: owns a copy of the text, its tokens, sentences and
 * offset map, and the lazily computed analyses. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>


/* Analyse s[0..n). */
nw_doc *nw_doc_new(const unsigned char *s, size_t n) {
  n = nw_text_visible_len(s, n);
  if (n >= 0xFFFFFFFFu) return NULL; /* offsets are 32-bit inside */
  nw_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->s = malloc(n + 1);
  if (!d->s) goto fail;
  if (n) memcpy(d->s, s, n);
  d->s[n] = 0;
  d->n = n;
  d->refs = 1;
  if (nw_tokenize(d->s, n, &d->tok)) goto fail;
  if (nw_split_sentences(d)) goto fail;
  return d;
fail:
  nw_doc_free(d);
  return NULL;
}

/* Free the document and its analyses. */
void nw_doc_free(nw_doc *d) {
  if (!d) return;
  if (d->ents.free) d->ents.free(d->ents.data);
  if (d->quotes.free) d->quotes.free(d->quotes.data);
  if (d->money.free) d->money.free(d->money.data);
  nw_offmap_free(&d->map);
  nw_tokens_free(&d->tok);
  free(d->sent);
  free(d->tok_sent);
  free(d->lex);
  free(d->s);
  free(d);
}

/* Drop a reference. */
void nw_doc_release(nw_doc *d) {
  if (d && --d->refs <= 0) nw_doc_free(d);
}

/* Character offset of byte b, building the map on first use. */
int64_t nw_doc_char(nw_doc *d, size_t b) {
  if (!d->map_ready) {
    if (nw_offmap_init(&d->map, d->s, d->n)) return -1;
    d->map_ready = 1;
  }
  return nw_offmap_char(&d->map, b);
}

/* Sentence holding byte b, by binary search over sentence starts. */
size_t nw_doc_sentence_at(const nw_doc *d, size_t b) {
  size_t lo = 0, hi = d->nsent;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (d->sent[mid].b0 <= b) lo = mid; else hi = mid;
  }
  return lo;
}
