/* The lexicon: every word list the analyses look tokens up in (gazetteer
 * words, the entity pass's and the quotation stages' word classes,
 * reporting-cue starts) merged into one table by token hash, so that a
 * document looks each token up once and every later stage reads the
 * answer from a per-token array. */
#ifndef NW_LEXICON_H
#define NW_LEXICON_H

#include "doc.h"

/* What the lists say about one word (all zero for a word in none). */
typedef struct nw_lexent {
  int32_t wcls; /* nw_word_class(): NW_W_* bits (quotes_internal.h) */
  uint32_t ewc; /* nw_entity_word_class(): the entity pass's classes */
  uint16_t gaz; /* nw_gaz_word_all(): NW_GZ_* bits (gazetteer.h) */
  uint8_t cue;  /* some reporting-cue form starts with the word */
} nw_lexent;

/* The lexicon entries of d's tokens (of their hashes, whatever their
 * kind), looked up on first use and kept with the document; NULL when out
 * of memory. */
const nw_lexent *nw_doc_lexicon(nw_doc *d);

#endif
