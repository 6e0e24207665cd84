/* The entity tagger: a greedy averaged-perceptron sequence tagger with BILOU
 * tags over hashed sparse features of the document's tokens.  The feature
 * extraction and the decoding loop are shared by the runtime (packed int8
 * weights compiled into the library) and the trainer (tools/train_ner.c),
 * so training sees exactly what runtime sees. */
#ifndef NW_TAGGER_H
#define NW_TAGGER_H

#include "doc.h"

/* Entity types the tagger knows (CoNLL's four). */
enum { NW_T_PER = 0, NW_T_ORG, NW_T_LOC, NW_T_MISC, NW_T_NTYPE };
/* Classes: 0 = O, then for type k: B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k. */
#define NW_TAG_NCLASS 17
#define NW_TAG_O 0
#define NW_TAG(type, part) (1 + 4 * (type) + (part)) /* part: 0 B 1 I 2 L 3 U */
#define NW_TAG_TYPE(c) (((c) - 1) / 4)
#define NW_TAG_PART(c) (((c) - 1) % 4)
#define NW_TAG_MAXFEAT 48

/* Bytes of one packed feature record: its 32-bit hash, NW_TAG_NCLASS int8
 * weights each stored plus 128 (as uint8), padding to a multiple of 4. */
#define NW_TAG_REC 24

/* Packed model: feature records sorted by hash, so that the top
 * bucket_bits bits of a hash name the run of records to scan. */
typedef struct nw_model {
  uint32_t bucket_bits;
  uint32_t nfeat, ncommon;
  float scale;             /* weight units per int8 step */
  const uint32_t *bt;      /* first record of each bucket (nbucket + 1) */
  const uint32_t *common;  /* open-addressing set of common lower-case words
                              (ncommon slots, power of two, 0 = empty) */
  const unsigned char *rec; /* nfeat records of NW_TAG_REC bytes */
} nw_model;

/* Parse a packed model image (see tools/train_ner.c); NW_OK or NW_ERROR. */
int nw_model_parse(const unsigned char *p, size_t n, nw_model *m);
/* The model compiled into the library (parsed once); NULL if unusable. */
const nw_model *nw_model_builtin(void);

/* Per-document tagging state: cached per-token properties, the document's
 * lower-case word set and the label history of capitalised words. */
typedef struct nw_tagdoc nw_tagdoc;

/* Prepare tagging of d with the common-word set common/ncommon (the
 * model's, or the trainer's), making d's lexicon (lexicon.h) when it has
 * none.  NULL when out of memory. */
nw_tagdoc *nw_tagdoc_new(nw_doc *d, const uint32_t *common,
                         uint32_t ncommon);
/* Release the state. */
void nw_tagdoc_free(nw_tagdoc *td);

/* Was word h seen all lower case in the document? */
int nw_tagdoc_lower(const nw_tagdoc *td, uint32_t h);
/* Every gazetteer category of token i's hash (nw_gaz_word_all()), looked
 * up once per document. */
unsigned nw_tagdoc_gaz(nw_tagdoc *td, size_t i);
/* Kind of the line holding token i: 0 normal, 1 all caps, 2 title case. */
int nw_tagdoc_line(const nw_tagdoc *td, size_t i);

/* Chooses a class for token i from its features among the allowed classes
 * (bit mask); sets *margin (best minus runner-up, in weight units). */
typedef int (*nw_tag_choose)(void *ctx, size_t i, const uint32_t *f,
                             size_t nf, uint32_t allowed, float *margin);

/* Greedy left-to-right decoding: tags[i] receives every token's class and
 * margin[i] its margin (tokens decided without the model get 1e9). */
void nw_tag_decode(nw_tagdoc *td, nw_tag_choose choose, void *ctx,
                   uint8_t *tags, float *margin);

/* The same decoding with model m, summing each token's features from
 * per-document caches of group sums (the same tags and margins as
 * nw_tag_decode with nw_model_choose, faster). */
void nw_tag_decode_model(nw_tagdoc *td, const nw_model *m, uint8_t *tags,
                         float *margin);

/* The runtime chooser over a packed model (ctx is the const nw_model *). */
int nw_model_choose(void *ctx, size_t i, const uint32_t *f, size_t nf,
                    uint32_t allowed, float *margin);

/* Is the set (slots: power of two, 0 = empty) holding hash h? */
static inline int nw_hset_has(const uint32_t *set, uint32_t slots,
                              uint32_t h) {
  if (!slots) return 0;
  if (!h) h = 1;
  uint32_t i = (h * 0x9E3779B1u) & (slots - 1);
  while (set[i]) {
    if (set[i] == h) return 1;
    i = (i + 1) & (slots - 1);
  }
  return 0;
}

#endif
