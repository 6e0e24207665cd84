/* Entities: a trained sequence tagger over tokens plus a document pass that
 * links every mention of one entity (surname -> full name, acronym <->
 * expansion), picks the canonical (fullest) name and fixes labels.  Plain C
 * over a document; knows nothing of SQLite. */
#ifndef NW_ENTITIES_H
#define NW_ENTITIES_H

#include "doc.h"

enum nw_label {
  NW_L_NONE = 0,
  NW_L_PERSON,
  NW_L_ORG,
  NW_L_GPE,
  NW_L_LOC,
  NW_L_NORP,
  NW_L_MISC,
  NW_L_COUNT
};

/* Name of a label as the SQL API writes it ("PERSON" ...). */
const char *nw_label_name(int label);

typedef struct nw_mention {
  uint32_t b0, b1;  /* byte span as written, without a leading title and
                       without a trailing possessive 's */
  uint32_t t0, t1;  /* token range of that span */
  uint32_t entity;  /* 0-based index into nw_entities.e (entity_id - 1) */
  int label;        /* NW_L_* (the entity's label) */
  double score;     /* confidence in (0, 1] */
} nw_mention;

typedef struct nw_entity {
  int label;            /* NW_L_* */
  uint32_t cb0, cb1;    /* byte span of the canonical (fullest) mention */
  int gender;           /* PERSON only: 0 unknown, 1 male, 2 female (from
                           titles Mr/Ms and first names), for pronouns */
  uint32_t first_mention;
} nw_entity;

typedef struct nw_entities {
  nw_mention *m;  /* in text order */
  size_t n;
  nw_entity *e;   /* entity_id = index + 1, numbered by first mention */
  size_t ne;
} nw_entities;

/* The document's entities, computed on first call and kept in d->ents.
 * NULL when out of memory. */
const nw_entities *nw_doc_entities(nw_doc *d);

/* Load the model once per process (thread-safe).  NW_OK or NW_NOMEM. */
int nw_entities_global_init(void);
/* Classes of the entity pass's word lists of the word with hash h, and
 * every word that has some (for the lexicon, lexicon.h). */
unsigned nw_entity_word_class(uint32_t h);
void nw_entity_word_keys(void (*add)(void *ctx, uint32_t h), void *ctx);

#endif
