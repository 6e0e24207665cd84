/* Quotations: direct, indirect (reported) and mixed quotes with their
 * reporting cue and speaker, the speaker resolved to an entity where the
 * text allows.  Plain C over a document; knows nothing of SQLite. */
#ifndef NW_QUOTES_H
#define NW_QUOTES_H

#include "doc.h"

enum nw_quote_kind { NW_Q_DIRECT = 1, NW_Q_INDIRECT, NW_Q_MIXED };

typedef struct nw_quote {
  uint32_t b0, b1;    /* span of the quote: marks included for direct quotes */
  uint32_t qb0, qb1;  /* the quoted words without the enclosing marks (direct)
                         or the reported content (indirect); = b0,b1 then */
  int kind;           /* NW_Q_* */
  int has_speaker;
  uint32_t sb0, sb1;  /* the speaker as written next to the quote */
  int has_canon;
  uint32_t cb0, cb1;  /* speaker_canonical: a span of the text (the full
                         name, or the description as written) */
  uint32_t entity;    /* entity_id (1-based) of the speaker; 0 when none */
  int has_verb;
  uint32_t vb0, vb1;  /* the reporting cue as written */
} nw_quote;

typedef struct nw_quotes {
  nw_quote *q;  /* in text order of b0 */
  size_t n;
} nw_quotes;

/* The document's quotations, computed on first call and kept in d->quotes.
 * NULL when out of memory. */
const nw_quotes *nw_doc_quotes(nw_doc *d);

#endif
