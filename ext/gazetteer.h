/* Gazetteers: word lists (places, groups, titles, organisation words, first
 * names) looked up by the token hashes of the tokenizer.  Built once per
 * process from the generated table in gazetteer_data.c. */
#ifndef NW_GAZETTEER_H
#define NW_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum nw_gaz_cat {
  NW_GZ_COUNTRY = 1 << 0, /* country (ISO 3166-1 or alias) */
  NW_GZ_CITY = 1 << 1,    /* major city */
  NW_GZ_SUBDIV = 1 << 2,  /* state, province, region (ISO 3166-2) */
  NW_GZ_LOCNAME = 1 << 3, /* other place: region, sea, mountains */
  NW_GZ_NORP = 1 << 4,    /* nationality, religious or political group */
  NW_GZ_TITLE = 1 << 5,   /* person title: Mr, President, CEO */
  NW_GZ_ORGSUF = 1 << 6,  /* word that ends organisation names: Inc, Bank */
  NW_GZ_ORGHEAD = 1 << 7, /* word that opens organisation names: University */
  NW_GZ_MALE = 1 << 8,    /* male first name */
  NW_GZ_FEMALE = 1 << 9,  /* female first name */
  NW_GZ_TIME = 1 << 10,   /* month or weekday */
  NW_GZ_PART = 1 << 11,   /* (word lookups) part of a multi-word place */
  NW_GZ_ORGNAME = 1 << 12, /* well-known company or organisation */
  NW_GZ_ORGSTART = 1 << 13, /* (word lookups) opens a multi-word ORGNAME */
  NW_GZ_PRODUCT = 1 << 14, /* product or brand name: drug, console, model
                              (the document pass only; not a tagger feature) */
};
/* The categories the tagger's features see (those it was trained with). */
#define NW_GZ_TAGGER_MASK 0x3FFFu
#define NW_GZ_GPE (NW_GZ_COUNTRY | NW_GZ_CITY | NW_GZ_SUBDIV)

typedef struct nw_gaz_entry {
  const char *name; /* lower case, words as the tokenizer splits them */
  unsigned cats;    /* NW_GZ_* */
} nw_gaz_entry;

/* The generated table, ending with {0, 0}. */
extern const nw_gaz_entry nw_gaz_entries[];

/* Longest entry in tokens. */
#define NW_GAZ_MAXTOK 8

/* Build the lookup tables once (thread-safe).  NW_OK or NW_NOMEM. */
int nw_gaz_init(void);
/* Categories of the single word with token hash h (with NW_GZ_PART when it
 * is part of a multi-word place name), as the tagger sees them (masked by
 * NW_GZ_TAGGER_MASK).  0 when unknown. */
unsigned nw_gaz_word(uint32_t h);
/* All categories of the word with token hash h, pass-only ones included. */
unsigned nw_gaz_word_all(uint32_t h);
/* Call add(ctx, key) for every word key that has categories (after
 * nw_gaz_init). */
void nw_gaz_word_keys(void (*add)(void *ctx, uint32_t key), void *ctx);
/* Extend a token-sequence hash by one token hash (start from 0). */
static inline uint32_t nw_gaz_seq(uint32_t acc, uint32_t h) {
  return (acc ^ h) * 0x01000193u + 0x9E3779B9u;
}
/* Categories of the whole phrase whose nw_gaz_seq hash is q; 0 if none. */
unsigned nw_gaz_phrase(uint32_t q);

#endif
