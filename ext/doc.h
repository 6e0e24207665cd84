/* One analysed article: the text, its tokens and sentences, the byte ->
 * character map, and whichever analyses were asked for, computed lazily and
 * kept for the next function called on the same text. */
#ifndef NW_DOC_H
#define NW_DOC_H

#include "tokens.h"

typedef struct nw_sentence {
  uint32_t t0, t1; /* token range [t0, t1) */
  uint32_t b0, b1; /* byte span from the first token's start to the last's end */
  uint32_t para;   /* 0-based paragraph index */
} nw_sentence;

/* A lazily computed analysis that the document owns and frees. */
typedef struct nw_analysis {
  void *data;
  void (*free)(void *data);
} nw_analysis;

typedef struct nw_doc {
  unsigned char *s; /* own copy of the visible text, NUL-terminated */
  size_t n;         /* its length in bytes */
  nw_tokens tok;
  nw_sentence *sent;
  size_t nsent;
  uint32_t *tok_sent; /* sentence index of every token */
  nw_offmap map;
  int map_ready;
  nw_analysis ents;   /* entities, filled on first use (entities.h) */
  nw_analysis quotes; /* quotations, filled on first use (quotes.h) */
  nw_analysis money;  /* amounts per dollar option (functions.c) */
  int refs;           /* owners: the creator, a cache slot, open cursors */
  const int *tok_wc;  /* word class of every token while quotations are
                         built (quotes.c), else NULL */
  const int *tok_cue; /* the same for reporting cues: class bits, and in
                         the top byte the cue's length in tokens */
  struct nw_lexent *lex; /* lexicon entry of every token, made on first
                            use (lexicon.h), else NULL */
} nw_doc;

/* Analyse bytes s[0..n) (read up to the first NUL, as SQLite's character
 * functions do).  Returns NULL when out of memory. */
nw_doc *nw_doc_new(const unsigned char *s, size_t n);
/* Release a document and every analysis it holds (regardless of refs). */
void nw_doc_free(nw_doc *d);
/* Drop one reference; the last one frees the document. */
void nw_doc_release(nw_doc *d);
/* Character offset (SQLite's count) of byte b; -1 when out of memory. */
int64_t nw_doc_char(nw_doc *d, size_t b);
/* Index of the sentence holding byte b (the last sentence starting at or
 * before b; 0 when b precedes every sentence). */
size_t nw_doc_sentence_at(const nw_doc *d, size_t b);

/* Split the document's tokens into sentences (sentences.c). */
int nw_split_sentences(nw_doc *d);

#endif
