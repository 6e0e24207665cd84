/* Entities: the tagger's mentions plus a document pass.  The pass trims
 * titles and possessives, drops stock tickers, adds bylines, links every
 * mention of one entity (same name in any case, surname -> full name,
 * "Foo" -> "Foo Inc", acronym <-> expansion, explicit or by initials),
 * finds the names the tagger missed elsewhere in the text, votes one label
 * per entity, splits GPE from LOC and NORP from MISC by gazetteer, and picks
 * the canonical (fullest) name. */
#include "entities.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gazetteer.h"
#include "lexicon.h"
#include "tagger.h"

/* A mention while the pass works on it. */
typedef struct ment {
  uint32_t t0, t1;  /* tokens [t0, t1) */
  int type;         /* NW_T_* */
  float score;      /* (0, 1] */
  uint32_t parent;  /* union-find over mentions */
  uint32_t key;     /* nw_gaz_seq hash of the tokens (case-insensitive) */
  int dead;         /* dropped */
  int weight;       /* vote weight: 2 tagger, 1 propagated, 4 cue */
  int cue;          /* type fixed by a cue in the text ("X family") */
  unsigned pcats;   /* nw_gaz_phrase(key), filled by finish() for the live
                       mentions that make the entities */
} ment;

typedef struct pass {
  nw_doc *d;
  const nw_model *m;
  nw_tagdoc *td;
  const nw_lexent *lex; /* the document's lexicon (nw_doc_lexicon) */
  ment *v;
  size_t n, cap;
  uint8_t *tick;    /* ticker_at() of every token, TICK_UNKNOWN until
                       asked */
  int32_t *cov;     /* live mention holding each token, -1 for none
                       (kept from the first use of cover_all on) */
  uint32_t *caps;   /* the capitalised or all-caps words, in text order */
  size_t ncaps;
} pass;

static const char *const label_names[NW_L_COUNT] = {
    "NONE", "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"};

/* Label name as the SQL API writes it. */
const char *nw_label_name(int label) {
  return label > 0 && label < NW_L_COUNT ? label_names[label] : "MISC";
}

/* Small word classes the pass tests tokens against. */
enum {
  WC_JOIN = 1 << 0,    /* skipped by initials: of, and, the, for, &, de */
  WC_ORGEND = 1 << 1,  /* ends company and publication names only */
  WC_DESCR = 1 << 2,   /* lower-case noun before a company name */
  WC_PLACE = 1 << 3,   /* names a natural or built place */
  WC_MALE = 1 << 4,    /* title of a man */
  WC_FEMALE = 1 << 5,  /* title of a woman */
  WC_BYPREV = 1 << 6,  /* "reporting" (by), "editing" (by) ... */
  WC_BY = 1 << 7,      /* by */
  WC_AND = 1 << 8,     /* and */
  WC_LEGAL = 1 << 9,   /* legal form of a company: Inc, Corp, Ltd, Plc */
  WC_NOTNAME = 1 << 10, /* capitalised or all-caps word that names no
                           entity alone: Rs, AI, REIT, DRAM, IPO, CEO, I'm */
  WC_ORGWORD = 1 << 11, /* ends organisation names: University, Ministry */
  WC_ORGOF = 1 << 12,  /* opens "Center for", "Institute of" names */
  WC_PREP = 1 << 13,   /* for, of, on (after WC_ORGOF) */
  WC_FAMILY = 1 << 14, /* family, clan: a person's name comes before */
  WC_SAY = 1 << 15,    /* reporting verb: said, says, told */
  WC_ORGCUE = 1 << 16, /* what a company has: shares, stock, board */
  WC_HE = 1 << 17,     /* he, she, his, her, him */
  WC_INSIDE = 1 << 18, /* in, at: a place follows inside a span */
  WC_SPLIT = 1 << 19,  /* title that splits "ORG Chairman NAME" */
  WC_MEMBER = 1 << 20, /* a member of a parliament before a name: MP, MEP */
  WC_FAMFIRST = 1 << 21, /* a Chinese or Korean family name, written first
                            ("Wang Zhaoxing", "Kim Jae-woo": later "Wang") */
};

typedef struct word_class {
  const char *w;
  unsigned cls;
} word_class;

static const word_class word_classes[] = {
    {"of", WC_JOIN}, {"and", WC_JOIN | WC_AND}, {"the", WC_JOIN},
    {"for", WC_JOIN}, {"&", WC_JOIN}, {"de", WC_JOIN},
    {"inc", WC_ORGEND | WC_LEGAL}, {"inc.", WC_ORGEND | WC_LEGAL}, {"corp", WC_ORGEND | WC_LEGAL},
    {"corp.", WC_ORGEND | WC_LEGAL}, {"ltd", WC_ORGEND | WC_LEGAL}, {"ltd.", WC_ORGEND | WC_LEGAL},
    {"plc", WC_ORGEND | WC_LEGAL}, {"llc", WC_ORGEND | WC_LEGAL}, {"co.", WC_ORGEND | WC_LEGAL},
    {"co", WC_LEGAL},
    {"group", WC_ORGEND | WC_DESCR}, {"holdings", WC_ORGEND | WC_LEGAL},
    {"ag", WC_LEGAL}, {"nv", WC_LEGAL}, {"sa", WC_LEGAL}, {"gmbh", WC_LEGAL},
    {"spa", WC_LEGAL}, {"cos", WC_LEGAL}, {"cos.", WC_LEGAL},
    {"weekly", WC_ORGEND}, {"daily", WC_ORGEND}, {"times", WC_ORGEND},
    {"post", WC_ORGEND}, {"journal", WC_ORGEND}, {"herald", WC_ORGEND},
    {"tribune", WC_ORGEND}, {"gazette", WC_ORGEND}, {"magazine", WC_ORGEND},
    {"company", WC_DESCR}, {"firm", WC_DESCR}, {"startup", WC_DESCR},
    {"start-up", WC_DESCR}, {"giant", WC_DESCR}, {"rival", WC_DESCR},
    {"carrier", WC_DESCR}, {"retailer", WC_DESCR}, {"lender", WC_DESCR},
    {"insurer", WC_DESCR}, {"brokerage", WC_DESCR}, {"watcher", WC_DESCR},
    {"consultancy", WC_DESCR}, {"publisher", WC_DESCR},
    {"operator", WC_DESCR}, {"airline", WC_DESCR},
    {"conglomerate", WC_DESCR}, {"subsidiary", WC_DESCR},
    {"provider", WC_DESCR}, {"manufacturer", WC_DESCR},
    {"supplier", WC_DESCR}, {"distributor", WC_DESCR},
    {"website", WC_DESCR}, {"newspaper", WC_DESCR},
    {"broadcaster", WC_DESCR}, {"service", WC_DESCR}, {"platform", WC_DESCR}, {"outfit", WC_DESCR}, {"bank", WC_DESCR},
    {"river", WC_PLACE}, {"mountains", WC_PLACE}, {"mountain", WC_PLACE},
    {"mount", WC_PLACE}, {"mt.", WC_PLACE}, {"lake", WC_PLACE},
    {"sea", WC_PLACE}, {"ocean", WC_PLACE}, {"gulf", WC_PLACE},
    {"bay", WC_PLACE}, {"island", WC_PLACE}, {"islands", WC_PLACE},
    {"valley", WC_PLACE}, {"desert", WC_PLACE}, {"peninsula", WC_PLACE},
    {"strait", WC_PLACE}, {"coast", WC_PLACE}, {"basin", WC_PLACE},
    {"park", WC_PLACE}, {"street", WC_PLACE}, {"avenue", WC_PLACE},
    {"square", WC_PLACE}, {"bridge", WC_PLACE}, {"airport", WC_PLACE},
    {"canal", WC_PLACE}, {"hills", WC_PLACE}, {"forest", WC_PLACE},
    {"region", WC_PLACE},
    {"mr", WC_MALE}, {"mr.", WC_MALE}, {"sir", WC_MALE}, {"lord", WC_MALE},
    {"mrs", WC_FEMALE}, {"mrs.", WC_FEMALE}, {"ms", WC_FEMALE},
    {"ms.", WC_FEMALE}, {"miss", WC_FEMALE}, {"dame", WC_FEMALE},
    {"lady", WC_FEMALE},
    {"reporting", WC_BYPREV}, {"editing", WC_BYPREV}, {"writing", WC_BYPREV},
    {"rs", WC_NOTNAME}, {"rs.", WC_NOTNAME}, {"ai", WC_NOTNAME},
    {"reit", WC_NOTNAME}, {"reits", WC_NOTNAME}, {"dram", WC_NOTNAME},
    {"nand", WC_NOTNAME}, {"ipo", WC_NOTNAME}, {"ceo", WC_NOTNAME},
    {"cfo", WC_NOTNAME}, {"gdp", WC_NOTNAME}, {"eps", WC_NOTNAME},
    {"lcd", WC_NOTNAME}, {"etf", WC_NOTNAME}, {"lng", WC_NOTNAME},
    {"voip", WC_NOTNAME}, {"rep", WC_NOTNAME}, {"sen", WC_NOTNAME},
    {"gov", WC_NOTNAME}, {"i'm", WC_NOTNAME}, {"i've", WC_NOTNAME},
    {"i'd", WC_NOTNAME}, {"i'll", WC_NOTNAME}, {"i’m", WC_NOTNAME},
    {"i’ve", WC_NOTNAME}, {"i’d", WC_NOTNAME}, {"i’ll", WC_NOTNAME},
    {"university", WC_ORGWORD}, {"college", WC_ORGWORD},
    {"institute", WC_ORGWORD}, {"ministry", WC_ORGWORD},
    {"commission", WC_ORGWORD}, {"committee", WC_ORGWORD},
    {"council", WC_ORGWORD}, {"agency", WC_ORGWORD},
    {"association", WC_ORGWORD}, {"foundation", WC_ORGWORD},
    {"federation", WC_ORGWORD}, {"hospital", WC_ORGWORD},
    {"academy", WC_ORGWORD}, {"museum", WC_ORGWORD},
    {"bureau", WC_ORGWORD}, {"corporation", WC_ORGWORD},
    {"airlines", WC_ORGWORD},
    {"management", WC_ORGWORD}, {"capital", WC_ORGWORD},
    {"partners", WC_ORGWORD}, {"securities", WC_ORGWORD},
    {"holdings", WC_ORGWORD}, {"investments", WC_ORGWORD},
    {"bancorp", WC_ORGWORD}, {"pharmaceuticals", WC_ORGWORD},
    {"technologies", WC_ORGWORD}, {"communications", WC_ORGWORD}, {"airways", WC_ORGWORD},
    {"compiled", WC_BYPREV}, {"photo", WC_BYPREV},
    {"photograph", WC_BYPREV}, {"produced", WC_BYPREV}, {"by", WC_BY},
    {"dvd", WC_NOTNAME}, {"dvds", WC_NOTNAME}, {"suv", WC_NOTNAME},
    {"suvs", WC_NOTNAME}, {"hdtv", WC_NOTNAME},
    {"center", WC_ORGOF}, {"centre", WC_ORGOF}, {"institute", WC_ORGOF},
    {"council", WC_ORGOF}, {"foundation", WC_ORGOF},
    {"association", WC_ORGOF}, {"society", WC_ORGOF},
    {"committee", WC_ORGOF}, {"commission", WC_ORGOF},
    {"coalition", WC_ORGOF}, {"alliance", WC_ORGOF}, {"league", WC_ORGOF},
    {"federation", WC_ORGOF}, {"office", WC_ORGOF}, {"bureau", WC_ORGOF},
    {"department", WC_ORGOF}, {"ministry", WC_ORGOF},
    {"academy", WC_ORGOF}, {"school", WC_ORGOF}, {"college", WC_ORGOF},
    {"university", WC_ORGOF}, {"museum", WC_ORGOF},
    {"agency", WC_ORGOF}, {"authority", WC_ORGOF},
    {"chamber", WC_ORGOF}, {"organization", WC_ORGOF},
    {"organisation", WC_ORGOF}, {"institution", WC_ORGOF},
    {"for", WC_PREP}, {"of", WC_PREP}, {"on", WC_PREP},
    {"family", WC_FAMILY}, {"families", WC_FAMILY}, {"clan", WC_FAMILY},
    {"dynasty", WC_FAMILY},
    {"said", WC_SAY}, {"says", WC_SAY}, {"told", WC_SAY},
    {"added", WC_SAY}, {"wrote", WC_SAY}, {"noted", WC_SAY},
    {"warned", WC_SAY}, {"explained", WC_SAY},
    {"shares", WC_ORGCUE}, {"stock", WC_ORGCUE},
    {"shareholders", WC_ORGCUE}, {"stockholders", WC_ORGCUE},
    {"credit", WC_ORGCUE}, {"bonds", WC_ORGCUE}, {"earnings", WC_ORGCUE},
    {"revenue", WC_ORGCUE}, {"revenues", WC_ORGCUE},
    {"profit", WC_ORGCUE}, {"profits", WC_ORGCUE}, {"sales", WC_ORGCUE},
    {"board", WC_ORGCUE}, {"subsidiary", WC_ORGCUE}, {"debt", WC_ORGCUE},
    {"he", WC_HE}, {"she", WC_HE}, {"his", WC_HE}, {"her", WC_HE},
    {"him", WC_HE}, {"in", WC_INSIDE}, {"at", WC_INSIDE},
    {"chairman", WC_SPLIT}, {"chairwoman", WC_SPLIT}, {"chief", WC_SPLIT},
    {"ceo", WC_SPLIT}, {"cfo", WC_SPLIT}, {"coo", WC_SPLIT},
    {"president", WC_SPLIT}, {"vice", WC_SPLIT}, {"spokesman", WC_SPLIT},
    {"spokeswoman", WC_SPLIT}, {"analyst", WC_SPLIT},
    {"economist", WC_SPLIT}, {"strategist", WC_SPLIT}, {"managing", WC_SPLIT},
    {"commissioner", WC_SPLIT},
    {"senior", WC_SPLIT}, {"director", WC_SPLIT}, {"partner", WC_SPLIT}, {"editor", WC_SPLIT},
    {"mp", WC_SPLIT | WC_MEMBER | WC_NOTNAME}, {"mep", WC_SPLIT | WC_MEMBER | WC_NOTNAME},
    {"msp", WC_SPLIT | WC_MEMBER | WC_NOTNAME}, {"mla", WC_SPLIT | WC_MEMBER | WC_NOTNAME},
    /* the commonest Chinese and Korean family names in their usual
       romanisations */
    {"wang", WC_FAMFIRST}, {"li", WC_FAMFIRST}, {"zhang", WC_FAMFIRST},
    {"liu", WC_FAMFIRST}, {"chen", WC_FAMFIRST}, {"yang", WC_FAMFIRST},
    {"huang", WC_FAMFIRST}, {"zhao", WC_FAMFIRST}, {"wu", WC_FAMFIRST},
    {"zhou", WC_FAMFIRST}, {"xu", WC_FAMFIRST}, {"sun", WC_FAMFIRST},
    {"zhu", WC_FAMFIRST}, {"hu", WC_FAMFIRST}, {"guo", WC_FAMFIRST},
    {"lin", WC_FAMFIRST}, {"gao", WC_FAMFIRST}, {"luo", WC_FAMFIRST},
    {"zheng", WC_FAMFIRST}, {"liang", WC_FAMFIRST}, {"xie", WC_FAMFIRST},
    {"tang", WC_FAMFIRST}, {"feng", WC_FAMFIRST}, {"deng", WC_FAMFIRST},
    {"cao", WC_FAMFIRST}, {"peng", WC_FAMFIRST}, {"zeng", WC_FAMFIRST},
    {"xiao", WC_FAMFIRST}, {"tian", WC_FAMFIRST}, {"dong", WC_FAMFIRST},
    {"pan", WC_FAMFIRST}, {"yuan", WC_FAMFIRST}, {"cai", WC_FAMFIRST},
    {"jiang", WC_FAMFIRST}, {"du", WC_FAMFIRST}, {"ye", WC_FAMFIRST},
    {"cheng", WC_FAMFIRST}, {"wei", WC_FAMFIRST}, {"su", WC_FAMFIRST},
    {"ding", WC_FAMFIRST}, {"ren", WC_FAMFIRST}, {"shen", WC_FAMFIRST},
    {"yao", WC_FAMFIRST}, {"wen", WC_FAMFIRST},
    {"kim", WC_FAMFIRST}, {"lee", WC_FAMFIRST}, {"park", WC_FAMFIRST},
    {"choi", WC_FAMFIRST}, {"jung", WC_FAMFIRST}, {"chung", WC_FAMFIRST},
    {"kang", WC_FAMFIRST}, {"cho", WC_FAMFIRST}, {"yoon", WC_FAMFIRST},
    {"jang", WC_FAMFIRST}, {"lim", WC_FAMFIRST}, {"shin", WC_FAMFIRST},
    {"kwon", WC_FAMFIRST}, {"hwang", WC_FAMFIRST}, {"ahn", WC_FAMFIRST},
    {"chu", WC_FAMFIRST}, {"roh", WC_FAMFIRST}, {"ban", WC_FAMFIRST},
    {NULL, 0}};

#define WC_SLOTS 1024
static uint32_t wc_key[WC_SLOTS];
/* Suffixes that make a place an adjective, and their hashes. */
static const char *const based_sfx[] = {"-based", "-born", "-owned", "-led",
                                        "-listed", "-headquartered", "-made",
                                        "-backed"};
#define N_BASED (sizeof based_sfx / sizeof *based_sfx)
static uint32_t based_h[N_BASED];
static uint32_t by_h; /* hash of "by" (the one word of class WC_BY) */
static uint32_t wc_val[WC_SLOTS];
/* One bit per hash bucket, set when a listed word falls in it: most words
 * have no class, and one well-predicted test rejects them. */
#define WC_FILTER_BITS 14
static uint64_t wc_filter[(1u << WC_FILTER_BITS) / 64];

/* Filter bit of hash h (top bits of a product other than the slot's). */
static inline uint32_t wc_bit(uint32_t h) {
  return (h * 0x85EBCA77u) >> (32 - WC_FILTER_BITS);
}

/* Classes (WC_*) of the word with hash h, for the lexicon (a token's are
 * in its entry: tok_wc). */
unsigned nw_entity_word_class(uint32_t h) {
  if (!(wc_filter[wc_bit(h) / 64] >> (wc_bit(h) % 64) & 1)) return 0;
  uint32_t i = (h * 0x9E3779B1u) & (WC_SLOTS - 1);
  while (wc_val[i]) {
    if (wc_key[i] == h) return wc_val[i];
    i = (i + 1) & (WC_SLOTS - 1);
  }
  return 0;
}

/* Call add(ctx, h) for every word with a class (after
 * nw_entities_global_init). */
void nw_entity_word_keys(void (*add)(void *ctx, uint32_t h), void *ctx) {
  for (size_t i = 0; i < WC_SLOTS; i++)
    if (wc_val[i]) add(ctx, wc_key[i]);
}

/* Fill the word-class table and the "-based" hashes (run once). */
static void wc_build(void) {
  for (size_t k = 0; k < N_BASED; k++)
    based_h[k] = nw_hash_lower_cstr(based_sfx[k]);
  by_h = nw_hash_lower_cstr("by");
  for (const word_class *c = word_classes; c->w; c++) {
    uint32_t h = nw_hash_lower_cstr(c->w);
    uint32_t i = (h * 0x9E3779B1u) & (WC_SLOTS - 1);
    while (wc_val[i] && wc_key[i] != h) i = (i + 1) & (WC_SLOTS - 1);
    wc_filter[wc_bit(h) / 64] |= 1ull << (wc_bit(h) % 64);
    wc_key[i] = h;
    wc_val[i] |= c->cls;
  }
}

static pthread_once_t ents_once = PTHREAD_ONCE_INIT;
static int ents_rc = NW_NOMEM;

/* Build the gazetteers and word classes and parse the model (run once). */
static void ents_init(void) {
  if (nw_gaz_init()) return;
  wc_build();
  ents_rc = nw_model_builtin() ? NW_OK : NW_NOMEM;
}

/* Load everything once per process. */
int nw_entities_global_init(void) {
  pthread_once(&ents_once, ents_init);
  return ents_rc;
}

/* ---- helpers over tokens ------------------------------------------------ */

/* Token i of the document. */
static const nw_token *tok(const pass *p, size_t i) { return &p->d->tok.t[i]; }

/* Classes (WC_*) of token i's hash, from the document's lexicon. */
static unsigned tok_wc(const pass *p, size_t i) { return p->lex[i].ewc; }

/* Is token i a word of class c (WC_*)? */
static int tok_is(const pass *p, size_t i, unsigned c) {
  return i < p->d->tok.n && (tok_wc(p, i) & c);
}

/* Is token i the single punctuation character c? */
static int tok_punct(const pass *p, size_t i, char c) {
  const nw_token *t = tok(p, i);
  return t->kind == NW_K_PUNCT && t->b1 - t->b0 == 1 && p->d->s[t->b0] == c;
}

/* Is token i a capitalised or all-caps word? */
static int tok_capital(const pass *p, size_t i) {
  const nw_token *t = tok(p, i); /* & rather than &&: no branch */
  return (t->kind == NW_K_WORD) & !!(t->flags & (NW_F_CAP | NW_F_ALLCAP));
}

/* Case-insensitive sequence hash of tokens [t0, t1). */
static uint32_t span_key(const pass *p, uint32_t t0, uint32_t t1) {
  uint32_t q = 0;
  for (uint32_t i = t0; i < t1; i++) q = nw_gaz_seq(q, tok(p, i)->h);
  return q;
}

/* Every gazetteer category of token i (nw_gaz_word_all). */
static unsigned gaz_all(const pass *p, size_t i) {
  return nw_tagdoc_gaz(p->td, i);
}

/* The categories of token i the tagger sees (nw_gaz_word). */
static unsigned gaz_word(const pass *p, size_t i) {
  return gaz_all(p, i) & NW_GZ_TAGGER_MASK;
}

/* Is token i a title before a name (Mr, Dr., President, Sen.)? */
static int is_title(const pass *p, size_t i) {
  const nw_token *t = tok(p, i);
  if (t->flags & NW_F_TITLEABBR) return 1;
  if (t->kind != NW_K_WORD) return 0;
  unsigned g = gaz_word(p, i);
  return (g & NW_GZ_TITLE) && !(g & (NW_GZ_MALE | NW_GZ_FEMALE));
}

/* Is PERSON mention m made of common lower-case words only, with no
 * first name and no title before it, on a headline-like line or two words
 * long ("Data Management", "Read More")? */
static int common_name(const pass *p, const ment *m) {
  if (m->t0 > 0 && is_title(p, m->t0 - 1)) return 0;
  if (gaz_word(p, m->t0) & (NW_GZ_MALE | NW_GZ_FEMALE)) return 0;
  if (m->t1 - m->t0 < 2 && nw_tagdoc_line(p->td, m->t0) == 0) return 0;
  for (uint32_t i = m->t0; i < m->t1; i++)
    if (!nw_hset_has(p->m->common, p->m->ncommon, tok(p, i)->h)) return 0;
  return 1;
}

/* ---- the mention list ---------------------------------------------------- */

/* Append a mention; NW_NOMEM when out of memory. */
static int add_ment(pass *p, uint32_t t0, uint32_t t1, int type, float score,
                    int weight) {
  if (p->n == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 64;
    ment *v = realloc(p->v, cap * sizeof *v);
    if (!v) return NW_NOMEM;
    p->v = v;
    p->cap = cap;
  }
  ment *m = &p->v[p->n];
  memset(m, 0, sizeof *m);
  m->t0 = t0;
  m->t1 = t1;
  m->type = type;
  m->score = score;
  m->parent = (uint32_t)p->n;
  m->weight = weight;
  p->n++;
  return NW_OK;
}

/* Map a tagger margin (weight units) to a score in (0.5, 1]. */
static float margin_score(float m) {
  if (m > 40) return 1;
  return (float)(1 / (1 + exp(-(double)m)));
}

/* Turn the tagger's BILOU classes into mentions. */
static int collect(pass *p, const uint8_t *tags, const float *mg) {
  size_t n = p->d->tok.n;
  for (size_t i = 0; i < n; i++) {
    int c = tags[i];
    if (c == NW_TAG_O || NW_TAG_PART(c) == 1 || NW_TAG_PART(c) == 2) continue;
    size_t e = i;
    float m = mg[i];
    if (NW_TAG_PART(c) == 0)
      while (e + 1 < n && NW_TAG_PART(tags[e]) != 2 && tags[e + 1] != NW_TAG_O) {
        e++;
        if (mg[e] < m) m = mg[e];
      }
    if (add_ment(p, (uint32_t)i, (uint32_t)e + 1, NW_TAG_TYPE(c),
                 margin_score(m), 2))
      return NW_NOMEM;
    i = e;
  }
  return NW_OK;
}

/* Does mention m hold an opening bracket (so its ")" stays)? */
static int has_open_bracket(const pass *p, const ment *m) {
  for (uint32_t i = m->t0; i < m->t1; i++)
    if (tok_punct(p, i, '(')) return 1;
  return 0;
}

/* Is token i a capitalised title of a member of a parliament ("MP")? */
static int member_title(const pass *p, size_t i) {
  return tok_capital(p, i) && tok_is(p, i, WC_MEMBER);
}

/* Drop leading quotes and punctuation, a leading title of a PERSON
 * ("President", "Mr.", "MP"), and a trailing possessive or punctuation. */
static void trim(pass *p, ment *m) {
  for (;;) {
    const nw_token *t = tok(p, m->t1 - 1);
    int bracket = tok_punct(p, m->t1 - 1, ')') && has_open_bracket(p, m);
    if (m->t1 > m->t0 && !bracket &&
        ((t->flags & NW_F_POSS) || t->kind == NW_K_PUNCT ||
         t->kind == NW_K_QUOTE))
      m->t1--;
    else
      break;
    if (m->t1 == m->t0) break;
  }
  while (m->t1 > m->t0 + 1 &&
         ((m->type == NW_T_PER && is_title(p, m->t0)) ||
          tok(p, m->t0)->kind == NW_K_PUNCT ||
          tok(p, m->t0)->kind == NW_K_QUOTE))
    m->t0++;
  if (m->t1 > m->t0 + 1 && member_title(p, m->t0) && tok_capital(p, m->t0 + 1)) {
    m->t0++; /* "MP Boris Johnson": the title of a person */
    m->type = NW_T_PER;
  }
  if (m->t1 <= m->t0) m->dead = 1;
}

/* Is token i a lower-case word of class c? */
static int lower_is(const pass *p, size_t i, unsigned c) {
  return i < p->d->tok.n && tok(p, i)->kind == NW_K_WORD &&
         !(tok(p, i)->flags & (NW_F_CAP | NW_F_ALLCAP)) && tok_is(p, i, c);
}

/* Type of a name cut off before a title: a place or a group by
 * gazetteer, else an ORG ("Fidelity National" of "... Chairman X"). */
static int head_type(const pass *p, uint32_t t0, uint32_t t1) {
  unsigned g = nw_gaz_phrase(span_key(p, t0, t1));
  if (!g && t1 - t0 == 1) g = gaz_word(p, t0);
  if (g & (NW_GZ_GPE | NW_GZ_LOCNAME)) return NW_T_LOC;
  return g & NW_GZ_NORP ? NW_T_MISC : NW_T_ORG;
}

/* A cut of one mention into a head [t0, h1) and a tail [b0, t1). */
typedef struct cut {
  uint32_t h1, b0;
  int htype, btype;
} cut;

/* "Fidelity National Chairman William Foley": a capitalised title inside
 * m after a name, then a short name: ORG (or place) | PERSON. */
static int title_cut(const pass *p, const ment *m, cut *c) {
  for (uint32_t i = m->t0 + 1; i + 1 < m->t1; i++) {
    if (!tok_capital(p, i) || !tok_is(p, i, WC_SPLIT) ||
        tok_is(p, i - 1, WC_SPLIT) || is_title(p, i - 1) ||
        !tok_capital(p, i - 1))
      continue;
    uint32_t j = i;
    while (j < m->t1 && (tok_is(p, j, WC_SPLIT) || is_title(p, j) ||
                         (j + 2 < m->t1 && tok_capital(p, j) && is_title(p, j + 1) &&
                          tok_capital(p, j + 2) && !is_title(p, j + 2))))
      j++; /* "Chief Operating Officer" */
    if (j == m->t1 || m->t1 - j > 4 || !tok_capital(p, j) ||
        ((gaz_word(p, m->t1 - 1) & NW_GZ_ORGSUF) &&
         !(gaz_word(p, j) & (NW_GZ_MALE | NW_GZ_FEMALE))))
      return 0; /* not "Air Partner Plc"; but "President Jim Press" */
    *c = (cut){i, j, head_type(p, m->t0, i), NW_T_PER};
    return 1;
  }
  return 0;
}

/* "Channel Capital Research in Shrewsbury": a lower-case "in" or "at"
 * after two or more capitalised words, before a word that is not a common
 * one: the name | a place; not before a country or continent, which names
 * end in ("Human Rights in China"), nor in "Research in Motion". */
static int place_cut(const pass *p, const ment *m, cut *c) {
  if (m->type == NW_T_MISC) return 0;
  for (uint32_t i = m->t0 + 2; i + 1 < m->t1; i++)
    if (lower_is(p, i, WC_INSIDE) && tok_capital(p, i - 1) &&
        tok_capital(p, i + 1) &&
        !nw_hset_has(p->m->common, p->m->ncommon, tok(p, i + 1)->h) &&
        !(nw_gaz_phrase(span_key(p, i + 1, m->t1)) & NW_GZ_COUNTRY)) {
      *c = (cut){i, i + 1, m->type, NW_T_LOC};
      return 1;
    }
  return 0;
}

/* "Dresdner's Ghazi said": a possessive before the last word of m and a
 * reporting verb after it: the name | PERSON. */
static int speaker_cut(const pass *p, const ment *m, cut *c) {
  uint32_t i = m->t1 - 2;
  if (m->t1 - m->t0 < 3 || !(tok(p, i)->flags & NW_F_POSS) ||
      !tok_capital(p, m->t1 - 1) || (tok(p, m->t1 - 1)->flags & NW_F_ALLCAP) ||
      !lower_is(p, m->t1, WC_SAY))
    return 0;
  *c = (cut){i, m->t1 - 1, m->type == NW_T_PER ? NW_T_ORG : m->type, NW_T_PER};
  return 1;
}

/* Cut mention k where one of the cuts above applies, the tail becoming a
 * new mention; 1 when cut, 0 when not, -1 when out of memory. */
static int cut_one(pass *p, size_t k) {
  cut c;
  const ment *m = &p->v[k];
  if (m->dead || m->t1 - m->t0 < 3 ||
      !(title_cut(p, m, &c) || place_cut(p, m, &c) || speaker_cut(p, m, &c)))
    return 0;
  uint32_t t1 = m->t1;
  if (add_ment(p, c.b0, t1, c.btype, p->v[k].score, 2)) return -1;
  p->v[k].t1 = c.h1;
  p->v[k].type = c.htype;
  trim(p, &p->v[k]);
  trim(p, &p->v[p->n - 1]);
  return 1;
}

/* Cut every mention that joins two names (see cut_one); linear: each cut
 * shortens a mention. */
static int cut_spans(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    int r;
    while ((r = cut_one(p, k)) > 0) continue;
    if (r < 0) return NW_NOMEM;
  }
  return NW_OK;
}

/* Is token i a whole Reuters instrument code: "BARC.L", "7203.T", "BRKa.N",
 * "RIM.TO", ".DJI", "CLc1" (capitals or digits, at most one lower-case letter,
 * then "." and 1-3 capitals, or "c" and a digit at the end)? */
static int ticker_tok(const pass *p, size_t i) {
  const nw_token *t = tok(p, i);
  const unsigned char *s = p->d->s;
  uint32_t k = t->b0, e = t->b1, lower = 0, head = 0;
  if (e - k < 3 || s[e - 1] < '0' || s[e - 1] > 'Z' ||
      (s[e - 1] > '9' && s[e - 1] < 'A'))
    return 0; /* ends in a capital or digit */
  if (s[k] == '.' && e - k >= 3 && e - k <= 6) { /* index codes: .DJI */
    for (k++; k < e; k++)
      if (s[k] < 'A' || s[k] > 'Z') return 0;
    return 1;
  }
  if (t->kind != NW_K_WORD && t->kind != NW_K_NUM) return 0;
  for (; k < e && s[k] != '.'; k++, head++) {
    if (s[k] >= 'a' && s[k] <= 'z') lower++;
    else if (!((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
      return 0;
  }
  if (k == e)
    return head >= 3 && lower == 1 && s[e - 2] == 'c' && s[e - 1] >= '0' &&
           s[e - 1] <= '9' && s[t->b0] >= 'A' && s[t->b0] <= 'Z';
  if (head == 0 || head > 8 || lower > 1) return 0;
  while (k < e) {
    uint32_t g = ++k;
    while (k < e && s[k] >= 'A' && s[k] <= 'Z') k++;
    if (k - g < 1 || k - g > 3 || (k < e && s[k] != '.')) return 0;
  }
  return 1;
}

/* Tokens of a ticker starting at token i: 1 for "BARC.L", 3 for a code the
 * tokenizer split ("GAZP" "." "MM"), 0 for none. */
static size_t ticker_at(const pass *p, size_t i) {
  if (ticker_tok(p, i)) return 1;
  if (i + 2 >= p->d->tok.n) return 0;
  const nw_token *a = tok(p, i), *dot = tok(p, i + 1), *b = tok(p, i + 2);
  if (!(a->flags & (NW_F_ALLCAP | NW_F_DIGIT)) || (a->flags & NW_F_LOWER))
    return 0;
  if (!tok_punct(p, i + 1, '.') || (dot->flags & NW_F_SPACE) ||
      (b->flags & NW_F_SPACE))
    return 0;
  return b->kind == NW_K_WORD && (b->flags & NW_F_ALLCAP) &&
                 b->b1 - b->b0 <= 3
             ? 3
             : 0;
}

#define TICK_UNKNOWN 0xFF /* p->tick[i] not worked out yet */

/* Work out and remember ticker_at() of token i (tick()'s slow path). */
static size_t tick_fill(pass *p, size_t i) {
  p->tick[i] = (uint8_t)ticker_at(p, i);
  return p->tick[i];
}

/* ticker_at() of token i, worked out on first use: only tokens in and
 * next to mentions are ever asked. */
static inline size_t tick(pass *p, size_t i) {
  return p->tick[i] != TICK_UNKNOWN ? p->tick[i] : tick_fill(p, i);
}

/* Is a ticker right after token i, bare or in brackets ("Akzo Nobel
 * ( AKZO.AS )")? */
static int ticker_after(pass *p, size_t i) {
  size_t n = p->d->tok.n;
  if (i + 1 < n && tick(p, i + 1)) return 1;
  return i + 2 < n && tok_punct(p, i + 1, '(') && tick(p, i + 2);
}

/* Trim tickers off the ends of mentions, drop mentions with a ticker
 * inside, and make a name followed by its ticker an ORG. */
static void drop_tickers(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    size_t w;
    while (!m->dead && (w = tick(p, m->t0)) > 0)
      if (m->t0 + w >= m->t1) m->dead = 1;
      else m->t0 += (uint32_t)w;
    while (!m->dead && m->t1 > m->t0 && tick(p, m->t1 - 1) == 1) m->t1--;
    for (uint32_t i = m->t0; i < m->t1 && !m->dead; i++)
      if (tick(p, i) || (i + 3 > m->t0 && i >= 2 && tick(p, i - 2) == 3))
        m->dead = 1;
    if (m->t1 <= m->t0) m->dead = 1;
    if (!m->dead && ticker_after(p, m->t1 - 1)) m->type = NW_T_ORG;
  }
}

/* Point every token at the live mention holding it. */
static void cover_all(pass *p) {
  for (size_t i = 0; i < p->d->tok.n; i++) p->cov[i] = -1;
  for (size_t k = 0; k < p->n; k++)
    if (!p->v[k].dead)
      for (uint32_t i = p->v[k].t0; i < p->v[k].t1; i++) p->cov[i] = (int32_t)k;
}

/* Kill mention k and clear its tokens. */
static void kill(pass *p, size_t k) {
  p->v[k].dead = 1;
  for (uint32_t i = p->v[k].t0; i < p->v[k].t1; i++)
    if (p->cov[i] == (int32_t)k) p->cov[i] = -1;
}

/* Kill live mentions overlapping [t0, t1). */
static void kill_overlaps(pass *p, uint32_t t0, uint32_t t1) {
  for (uint32_t i = t0; i < t1; i++)
    if (p->cov[i] >= 0) kill(p, (size_t)p->cov[i]);
}

/* Append a mention over free tokens and cover them; NW_NOMEM when out of
 * memory. */
static int add_covered(pass *p, uint32_t t0, uint32_t t1, int type,
                       float score, int weight) {
  if (add_ment(p, t0, t1, type, score, weight)) return NW_NOMEM;
  for (uint32_t i = t0; i < t1; i++) p->cov[i] = (int32_t)(p->n - 1);
  return NW_OK;
}

/* End of a name of capitalised words and initials starting at i (at most
 * five tokens, on one line); i when none. */
static size_t name_end(const pass *p, size_t i) {
  size_t e = i, n = p->d->tok.n;
  while (e < n && e - i < 5 && tok_capital(p, e) &&
         (e == i || tok(p, e)->nl == 0) && !(tok(p, e)->flags & NW_F_DIGIT))
    e++;
  return e;
}

/* Add the person names of bylines and credits: "(Reporting by A and B;
 * Editing by C)", a "By A B" line, and a first line "A B -". */
static int bylines(pass *p) {
  size_t n = p->d->tok.n;
  for (size_t i = 0; i + 1 < n; i++) {
    const nw_token *t = tok(p, i);
    if (t->h != by_h || t->b1 - t->b0 != 2 || (p->d->s[t->b0] | 32) != 'b')
      continue;
    int by = tok_is(p, i, WC_BY) &&
             (tok(p, i)->nl || i == 0 || tok_is(p, i - 1, WC_BYPREV));
    if (!by) continue;
    for (size_t j = i + 1; j < n;) {
      size_t e = name_end(p, j);
      if (e - j < 2 || (e - j == 1 && !(tok(p, j)->flags & NW_F_CAP))) break;
      kill_overlaps(p, (uint32_t)j, (uint32_t)e);
      if (add_covered(p, (uint32_t)j, (uint32_t)e, NW_T_PER, 0.9f, 3))
        return NW_NOMEM;
      j = e;
      if (j < n && (tok_is(p, j, WC_AND) || tok_punct(p, j, ','))) j++;
      else break;
    }
  }
  size_t e = name_end(p, 0);
  if (n && e >= 2 && e <= 3 && e < n && tok_punct(p, e, '-') &&
      (e + 1 == n || tok(p, e + 1)->nl)) {
    kill_overlaps(p, 0, (uint32_t)e);
    if (add_covered(p, 0, (uint32_t)e, NW_T_PER, 0.9f, 3)) return NW_NOMEM;
  }
  return NW_OK;
}

/* ---- linking ---------------------------------------------------------------- */

/* Root of mention k. */
static uint32_t root(pass *p, uint32_t k) {
  while (p->v[k].parent != k) {
    p->v[k].parent = p->v[p->v[k].parent].parent;
    k = p->v[k].parent;
  }
  return k;
}

/* Join the entities of mentions a and b. */
static void join(pass *p, uint32_t a, uint32_t b) {
  a = root(p, a);
  b = root(p, b);
  if (a != b) p->v[a > b ? a : b].parent = a < b ? a : b;
}

/* Hash of the capital initials of mention m's words ("Amazon Web
 * Services" -> hash of "AWS"), skipping its legal forms when legal is set;
 * 0 when some word has no capital initial. */
static uint32_t initials_hash(const pass *p, const ment *m, int legal) {
  uint32_t h = 0x811C9DC5u, k = 0;
  for (uint32_t i = m->t0; i < m->t1; i++) {
    const nw_token *w = tok(p, i);
    if (w->kind != NW_K_WORD || tok_is(p, i, WC_JOIN) ||
        (legal && i > m->t0 && tok_is(p, i, WC_LEGAL)))
      continue; /* without its legal form "General Motors Corp." spells "GM" */
    unsigned c = p->d->s[w->b0];
    if (c < 'A' || c > 'Z') return 0;
    h = (h ^ c) * 0x01000193u;
    k++;
  }
  return k >= 2 ? h : 0;
}

/* Hash of the letters of an acronym token, as initials_hash() spells them. */
static uint32_t acronym_hash(const pass *p, size_t a) {
  const nw_token *t = tok(p, a);
  uint32_t h = 0x811C9DC5u;
  for (uint32_t i = t->b0; i < t->b1; i++) h = (h ^ p->d->s[i]) * 0x01000193u;
  return h;
}

/* One slot of a keymap: a key and the mention stored under it, side by
 * side, so that a probe reads one cache line. */
typedef struct kslot {
  uint32_t key, val; /* val = mention + 1, 0 empty */
} kslot;

/* A hash map from a 32-bit key to a mention index (open addressing). */
typedef struct keymap {
  kslot *s;
  uint32_t slots;
} keymap;

/* Allocate nm maps in one block, maps[k] for up to keys[k] keys (release
 * them all with keymap_free(maps[0])). */
static int keymaps_init(keymap *const *maps, const size_t *keys, size_t nm) {
  size_t total = 0;
  for (size_t k = 0; k < nm; k++) {
    maps[k]->slots = 16;
    while (maps[k]->slots < 2 * keys[k]) maps[k]->slots <<= 1;
    total += maps[k]->slots;
  }
  kslot *s = calloc(total, sizeof *s);
  if (!s) return NW_NOMEM;
  for (size_t k = 0; k < nm; k++) {
    maps[k]->s = s;
    s += maps[k]->slots;
  }
  return NW_OK;
}

/* Allocate a map for up to n keys. */
static int keymap_init(keymap *km, size_t n) { return keymaps_init(&km, &n, 1); }

/* Release the map (and the maps allocated with it). */
static void keymap_free(keymap *km) { free(km->s); }

/* Slot of key k. */
static inline uint32_t keymap_slot(const keymap *km, uint32_t k) {
  uint32_t i = (k * 0x9E3779B1u) & (km->slots - 1);
  while (km->s[i].val && km->s[i].key != k) i = (i + 1) & (km->slots - 1);
  return i;
}

/* Mention stored under k, or -1. */
static inline long keymap_get(const keymap *km, uint32_t k) {
  return (long)km->s[keymap_slot(km, k)].val - 1;
}

/* Store mention v under k unless k is present; returns the stored one. */
static long keymap_put(keymap *km, uint32_t k, size_t v) {
  kslot *e = &km->s[keymap_slot(km, k)];
  if (!e->val) *e = (kslot){k, (uint32_t)v + 1};
  return (long)e->val - 1;
}

/* Key of a mention with its length mixed in (for name lookups). */
static uint32_t len_key(const ment *m) {
  return m->key ^ ((m->t1 - m->t0) * 0x85EBCA77u);
}

/* Is token a an all-caps acronym word? */
static int is_acronym(const pass *p, size_t a) {
  const nw_token *t = tok(p, a);
  return t->kind == NW_K_WORD && (t->flags & NW_F_ALLCAP) &&
         t->b1 - t->b0 >= 2 && t->b1 - t->b0 <= 8 &&
         nw_tagdoc_line(p->td, a) != 1;
}

/* Index of the live mention covering exactly [t0, t1), or -1. */
static long find_ment(const pass *p, uint32_t t0, uint32_t t1) {
  int32_t k = p->cov[t0];
  return k >= 0 && p->v[k].t0 == t0 && p->v[k].t1 == t1 ? (long)k : -1;
}

/* Start of the name before token a whose initials spell the acronym at
 * token r ("Amazon Web Services" before "(AWS)"); a when none. */
static uint32_t expansion_start(const pass *p, uint32_t a, uint32_t r) {
  uint32_t s = a;
  while (s > 0 && a - s < 10 &&
         (tok_capital(p, s - 1) || tok_is(p, s - 1, WC_JOIN)))
    if (tok(p, --s)->nl) break;
  uint32_t ah = acronym_hash(p, r);
  for (; s + 1 < a; s++) {
    if (!tok_capital(p, s)) continue;
    ment m = {.t0 = s, .t1 = a};
    if (initials_hash(p, &m, 0) == ah || initials_hash(p, &m, 1) == ah) return s;
  }
  return a;
}

/* Does token i end with a suffix that makes a place an adjective
 * ("California-based", "Paris-born", "state-owned")? */
static int based_word(const pass *p, size_t i) {
  const nw_token *t = tok(p, i);
  if (!(t->flags & NW_F_HYPHEN)) return 0;
  for (size_t k = 0; k < N_BASED; k++) {
    size_t n = strlen(based_sfx[k]);
    if (t->b1 - t->b0 > n &&
        nw_hash_lower(p->d->s, t->b1 - n, t->b1) == based_h[k])
      return 1;
  }
  return 0;
}

/* Is token i the prefix of a dollar sign ("US$88 million", "HK$3 bln")? */
static int dollar_prefix(const pass *p, size_t i) {
  if (i + 1 >= p->d->tok.n) return 0;
  const nw_token *t = tok(p, i + 1);
  return t->cp == '$' && !(t->flags & NW_F_SPACE);
}

/* Drop what names no entity: a lone word like "Rs", "AI", "REIT", a title
 * ("Rep.") or a legal form ("Inc."), a currency prefix ("US$"), and names
 * turned adjectives ("California-based"). */
static void drop_non_names(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    if (m->dead) continue;
    if ((m->t1 - m->t0 == 1 && (tok_is(p, m->t0, WC_NOTNAME | WC_LEGAL) ||
                                dollar_prefix(p, m->t0))) ||
        based_word(p, m->t1 - 1))
      kill(p, k);
  }
}

/* Let a person's name take a particle written onto the next word
 * ("Antoine Giscard" + "d'Estaing", "d’Alema"). */
static void absorb_particles(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    uint32_t e = m->t1;
    if (m->dead || m->type != NW_T_PER || e >= p->d->tok.n || p->cov[e] >= 0 ||
        tok(p, e)->nl || tok(p, e)->kind != NW_K_WORD)
      continue;
    const unsigned char *w = p->d->s + tok(p, e)->b0;
    size_t n = tok(p, e)->b1 - tok(p, e)->b0, a = 0;
    if (n > 3 && (w[0] == 'd' || w[0] == 'D') && w[1] == '\'') a = 2;
    else if (n > 5 && (w[0] == 'd' || w[0] == 'D') && memcmp(w + 1, "\xe2\x80\x99", 3) == 0) a = 4;
    if (!a || w[a] < 'A' || w[a] > 'Z') continue;
    m->t1 = e + 1;
    p->cov[e] = (int32_t)k;
  }
}

/* Take into a mention that ends in a first name (or a titled lone name)
 * the hyphenated surname the tagger left out after it ("Commissioner
 * Benita" + "Ferrero-Waldner", "Dominique" + "Strauss-Kahn"): one person. */
static void absorb_surnames(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    uint32_t e = m->t1;
    if (m->dead || m->t1 - m->t0 > 2 || e >= p->d->tok.n || p->cov[e] >= 0 || tok(p, e)->nl ||
        !tok_capital(p, e) || (tok(p, e)->flags & NW_F_ALLCAP) ||
        !((gaz_word(p, e - 1) & (NW_GZ_MALE | NW_GZ_FEMALE)) ||
          (m->type == NW_T_PER && m->t1 - m->t0 == 1 && m->t0 > 0 && is_title(p, m->t0 - 1))))
      continue;
    const unsigned char *w = p->d->s + tok(p, e)->b0;
    const unsigned char *h = memchr(w, '-', tok(p, e)->b1 - tok(p, e)->b0);
    if (!h || h + 1 >= p->d->s + tok(p, e)->b1 || h[1] < 'A' || h[1] > 'Z')
      continue; /* "Strauss-Kahn", not "Arbor-based" */
    m->t1 = e + 1;
    m->type = NW_T_PER;
    p->cov[e] = (int32_t)k;
  }
}

/* Join a first name, a nickname in quotation marks and the surname the
 * tagger split them into ("Lewis" + "Scooter" + "Libby", "Sanford “Sandy”
 * Weill") into one person. */
static void join_nicknames(pass *p) {
  const nw_token *t = p->d->tok.t;
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    uint32_t e = m->t1;
    if (m->dead || m->t1 - m->t0 > 2 || e + 3 >= p->d->tok.n ||
        (m->t1 - m->t0 == 2 && m->type != NW_T_PER) || t[e].kind != NW_K_QUOTE ||
        !(t[e].flags & NW_F_SPACE) || (t[e + 1].flags & NW_F_SPACE) || !tok_capital(p, e + 1) ||
        !(t[e + 1].flags & NW_F_LOWER) || /* a nickname, not "Toys “R” Us" */
        t[e + 2].kind != NW_K_QUOTE || (t[e + 2].flags & NW_F_SPACE) ||
        !(t[e + 3].flags & NW_F_SPACE) || t[e + 1].nl || t[e + 3].nl)
      continue;
    int32_t c = p->cov[e + 3];
    if (c < 0 || p->v[c].t0 != e + 3 || p->v[c].t1 - p->v[c].t0 > 2 || !tok_capital(p, e + 3) ||
        !((gaz_word(p, e - 1) & (NW_GZ_MALE | NW_GZ_FEMALE)) ||
          (m->t1 == m->t0 + 1 && (p->v[c].type == NW_T_PER ||
                                  (p->v[c].t1 == e + 4 && p->cov[e + 1] >= 0)))))
      continue; /* a first name, or a lone word before a person's surname or
                   before a one-word nickname and surname the tagger found */
    uint32_t f = p->v[c].t1;
    kill(p, (size_t)c);
    if (p->cov[e + 1] >= 0) kill(p, (size_t)p->cov[e + 1]);
    for (uint32_t i = e; i < f; i++) p->cov[i] = (int32_t)k;
    m->t1 = f;
    m->type = NW_T_PER;
  }
}

/* Join a first name, a middle initial and the name the tagger split them
 * from ("Michael" + "R. Bloomberg", "Roxana" + "M." + "Leon") into one
 * person. */
static void join_initials(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    uint32_t e = m->t1;
    if (m->dead || m->type != NW_T_PER || m->t1 != m->t0 + 1 || e + 1 >= p->d->tok.n ||
        !(tok(p, e)->flags & NW_F_INITIAL) || tok(p, e)->nl || tok(p, e + 1)->nl)
      continue;
    uint32_t s0 = p->cov[e] >= 0 ? e : e + 1; /* where the rest starts */
    int32_t c = p->cov[s0];
    if (c < 0 || (size_t)c == k || p->v[c].t0 != s0 || !tok_capital(p, e + 1)) continue;
    uint32_t f = p->v[c].t1;
    kill(p, (size_t)c);
    for (uint32_t t = e; t < f; t++) p->cov[t] = (int32_t)k;
    m->t1 = f;
  }
}

/* Let a name take the legal form right after it ("General Electric" +
 * "Co.", "Lumenfold" + "Inc.", "J.C. Penney" + "Co Inc.") and become an
 * ORG. */
static void absorb_legal(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    uint32_t e = m->t1;
    if (m->dead || e >= p->d->tok.n || !tok_is(p, e, WC_LEGAL) ||
        tok(p, e)->nl || !tok_capital(p, e))
      continue;
    uint32_t f = e + 1; /* the legal form's end: "Co Inc." is one form */
    if (p->cov[e] >= 0) {
      const ment *c = &p->v[p->cov[e]];
      f = c->t1;
      for (uint32_t t = c->t0; t < c->t1; t++)
        if (!tok_is(p, t, WC_LEGAL) && tok(p, t)->kind == NW_K_WORD) f = 0;
      if (c->t0 != e || !f) continue; /* a name of its own follows */
      kill(p, (size_t)p->cov[e]);
    }
    for (uint32_t t = e + 1; t < f; t++) p->cov[t] = (int32_t)k;
    m->t1 = f;
    p->cov[e] = (int32_t)k;
    m->type = NW_T_ORG;
  }
}

/* End of the longest well-known organisation name starting at token i
 * ("Standard & Poor's", "Fannie Mae"); i when none. */
static uint32_t org_name_end(const pass *p, uint32_t i) {
  uint32_t q = 0, best = i, nt = (uint32_t)p->d->tok.n;
  for (uint32_t k = i; k < nt && k - i < NW_GAZ_MAXTOK; k++) {
    if (k > i && tok(p, k)->nl) break;
    q = nw_gaz_seq(q, tok(p, k)->h);
    if (nw_gaz_phrase(q) & NW_GZ_ORGNAME) best = k + 1;
    if (!tok_capital(p, k) && !tok_is(p, k, WC_JOIN) &&
        !(tok(p, k)->flags & NW_F_POSS))
      break;
  }
  return best;
}

/* Make every well-known organisation name that the tagger split or
 * missed one ORG mention, unless a longer mention holds part of it. */
static int org_names(pass *p) {
  for (size_t c = 0; c < p->ncaps; c++) {
    uint32_t i = p->caps[c];
    if (!(gaz_word(p, i) & (NW_GZ_ORGNAME | NW_GZ_ORGSTART)))
      continue;
    uint32_t e = org_name_end(p, i);
    if (e == i || find_ment(p, i, e) >= 0) continue;
    int inside = 1;
    for (uint32_t k = i; k < e && inside; k++)
      if (p->cov[k] >= 0 && (p->v[p->cov[k]].t0 < i || p->v[p->cov[k]].t1 > e))
        inside = 0;
    if (!inside || (e - i == 1 && p->cov[i] < 0)) continue;
    kill_overlaps(p, i, e);
    if (add_covered(p, i, e, NW_T_ORG, 0.9f, 3)) return NW_NOMEM;
    while (c + 1 < p->ncaps && p->caps[c + 1] < e) c++;
  }
  return NW_OK;
}

/* Type of the longest live mention inside [t0, t1), or ORG. */
static int inner_type(const pass *p, uint32_t t0, uint32_t t1) {
  int type = NW_T_ORG;
  uint32_t best = 0;
  for (uint32_t i = t0; i < t1; i++) {
    if (p->cov[i] < 0) continue;
    const ment *m = &p->v[p->cov[i]];
    if (m->t0 >= t0 && m->t1 <= t1 && m->t1 - m->t0 > best) {
      best = m->t1 - m->t0;
      type = m->type;
    }
  }
  return type;
}

/* Index of a mention over [t0, t1) of the given type: the live one there,
 * or a new one replacing whatever overlaps; -1 when out of memory. */
static long ensure_ment(pass *p, uint32_t t0, uint32_t t1, int type,
                        float score) {
  long j = find_ment(p, t0, t1);
  if (j >= 0) return j;
  kill_overlaps(p, t0, t1);
  if (add_covered(p, t0, t1, type, score, 2)) return -1;
  return (long)p->n - 1;
}

static int weak_word(const pass *p, size_t i);

/* A company's name the tagger missed before its legal form ("- AT&T Inc.
 * said" after a dateline): capitalised words (with "&" or "/" between) right before
 * an uncovered "Inc.", "Corp.", "Co." … in the same sentence become one
 * organisation with it. */
static int legal_names(pass *p) {
  for (size_t c = 0; c < p->ncaps; c++) { /* the capitalised tokens only */
    size_t e = p->caps[c];
    if (e == 0 || p->cov[e] >= 0 || p->cov[e - 1] >= 0 || tok(p, e)->nl ||
        !tok_is(p, e, WC_LEGAL))
      continue; /* the hash lookup last: most tokens fail before it */
    size_t s = e, words = 0, s0 = p->d->sent[p->d->tok_sent[e]].t0;
    while (s > s0 && e - s < 4 && p->cov[s - 1] < 0 && !tok(p, s)->nl &&
           (tok_capital(p, s - 1) ||
            ((tok_punct(p, s - 1, '&') || tok_punct(p, s - 1, '/')) && s - 1 > s0 &&
             tok_capital(p, s - 2)))) { /* "AT&T Inc.", "B/E Aerospace Inc." */
      s--;
      words += tok(p, s)->kind == NW_K_WORD && !tok_is(p, s, WC_LEGAL);
    }
    if (s == s0 && words > 1 && s + 1 < e && tok(p, s + 1)->kind == NW_K_WORD &&
        weak_word(p, s)) {
      s++; /* "Grocer Supervalu Inc. said": a common word opening the sentence */
      words--;
    }
    if (!words || (s == s0 && nw_is_sentence_starter(tok(p, s)->h)) ||
        (s > s0 && tok_capital(p, s - 1)))
      continue; /* not "The Inc." nor a longer run the tagger read its own way */
    if (ensure_ment(p, (uint32_t)s, (uint32_t)e + 1, NW_T_ORG, 0.9f) < 0) return NW_NOMEM;
  }
  return NW_OK;
}

static int based_word(const pass *p, size_t i);

/* Is token s, at the start s0 of its sentence, a common word that opens it
 * rather than a name ("Drugmaker", "Shares")? */
static int common_opening(const pass *p, size_t s, size_t s0) {
  return s == s0 && (weak_word(p, s) || nw_is_sentence_starter(tok(p, s)->h));
}

/* A capitalised name the tagger missed right before its ticker ("Children's
 * Place Retail Stores ( PLCE.O )", "Boston Scientific ( BSX.N )") is an
 * ORG mention: the run of capitalised words (with "&" and a possessive
 * between them) back to at most 6 tokens, not a common word opening the
 * sentence. */
static int ticker_names(pass *p) {
  for (size_t c = 0; c < p->ncaps; c++) {
    size_t e = p->caps[c];
    if (p->cov[e] >= 0 || e + 1 >= p->d->tok.n ||
        !(tok_punct(p, e + 1, '(') || (tok(p, e + 1)->flags & (NW_F_ALLCAP | NW_F_DIGIT))))
      continue; /* the cheap test first: most tokens have no ticker after them */
    size_t x = e + 1 + tok_punct(p, e + 1, '(');
    if (!ticker_after(p, e) || tick(p, e) || x >= p->d->tok.n ||
        p->d->s[tok(p, x)->b0] == '.' || based_word(p, e))
      continue; /* not an index before its code: "Standard & Poor's 500 Index .SPX" */
    size_t s = e, s0 = p->d->sent[p->d->tok_sent[e]].t0;
    while (s > s0 && e - s < 5 && p->cov[s - 1] < 0 && !tok(p, s)->nl &&
           (tok_capital(p, s - 1) ||
            ((tok_punct(p, s - 1, '&') || (tok(p, s - 1)->flags & NW_F_POSS)) && s - 1 > s0 &&
             tok_capital(p, s - 2) && p->cov[s - 2] < 0)))
      s--;
    if (s < e && common_opening(p, s, s0))
      s++; /* "Drugmaker Mylan Laboratories": a common word opening the sentence */
    if (tok(p, s)->kind != NW_K_WORD ||
        (s > s0 && (tok_capital(p, s - 1) || p->cov[s - 1] >= 0 || tok_punct(p, s - 1, '&'))) ||
        tok_is(p, s, WC_LEGAL | WC_ORGEND) ||
        (s == e && (weak_word(p, s) || nw_hset_has(p->m->common, p->m->ncommon, tok(p, s)->h))))
      continue; /* not the end of a name ("Eli Lilly and Co.", "Goodyear Tire & Rubber
                   Co."), nor "Crude" */
    if (ensure_ment(p, (uint32_t)s, (uint32_t)e + 1, NW_T_ORG, 0.9f) < 0) return NW_NOMEM;
  }
  return NW_OK;
}

/* Capitalised names joined by "&" are one company ("Marsh & McLennan",
 * "Simpson Thacher & Bartlett"): at most 3 capitalised words on each side,
 * not a common word opening the sentence. */
static int ampersand_names(pass *p) {
  size_t nt = p->d->tok.n;
  for (size_t c = 0; c < p->ncaps; c++) {
    size_t e = p->caps[c];
    if (e + 2 >= nt || !tok_punct(p, e + 1, '&') || !tok_capital(p, e + 2) ||
        tok(p, e + 1)->nl || tok(p, e + 2)->nl)
      continue;
    size_t s = e, z = e + 3, s0 = p->d->sent[p->d->tok_sent[e]].t0;
    while (s > s0 && e - s < 2 && tok_capital(p, s - 1) && !tok(p, s)->nl) s--;
    if (s < e && common_opening(p, s, s0)) s++;
    while (s < e && based_word(p, s)) s++; /* not "Oregon-based" */
    int legal = tok_is(p, e + 2, WC_LEGAL); /* after a legal form only more of them:
                                               "Merrill Lynch & Co. Inc.", not "& CO IN NEW" */
    while (z < nt && z - e < 5 && tok_capital(p, z) && !tok(p, z)->nl &&
           (!legal || tok_is(p, z, WC_LEGAL))) {
      legal |= tok_is(p, z, WC_LEGAL);
      z++;
    }
    long k = p->cov[e];
    if (k >= 0 && p->cov[e + 2] == k) continue; /* one mention holds it already */
    if (ensure_ment(p, (uint32_t)s, (uint32_t)z, NW_T_ORG, 0.9f) < 0) return NW_NOMEM;
  }
  return NW_OK;
}

/* "Amazon Web Services (AWS)": make the name whose initials spell the
 * acronym in brackets one mention and tie the two. */
static int explicit_acronyms(pass *p) {
  uint32_t nt = (uint32_t)p->d->tok.n;
  for (size_t c = 0; c < p->ncaps; c++) {
    uint32_t r = p->caps[c];
    if (r < 1 || r + 1 >= nt || !tok_punct(p, r - 1, '(') ||
        !tok_punct(p, r + 1, ')') || !is_acronym(p, r))
      continue;
    uint32_t a = r - 1, s = expansion_start(p, a, r);
    if (s == a) continue;
    int type = inner_type(p, s, a);
    long x = ensure_ment(p, s, a, type, 0.9f);
    if (x < 0) return NW_NOMEM;
    long y = ensure_ment(p, r, r + 1, type, 0.9f);
    if (y < 0) return NW_NOMEM;
    p->v[y].type = type;
    join(p, (uint32_t)x, (uint32_t)y);
  }
  return NW_OK;
}

/* Is token i a lower-case noun that introduces a company name ("startup
 * Anthropic", "market watcher Forrester", "chipmaker Intel")? */
static int org_descriptor(const pass *p, size_t i) {
  const nw_token *t = tok(p, i);
  if (t->kind != NW_K_WORD || (t->flags & NW_F_CAP)) return 0;
  if (tok_wc(p, i) & WC_DESCR) return 1;
  size_t n = t->b1 - t->b0;
  return n > 5 && !memcmp(p->d->s + t->b1 - 5, "maker", 5);
}


/* Add the names the tagger missed right after a company noun ("its
 * live-streaming service Twitch", "start-up Lumenfold") as ORGs. */
static int descriptor_names(pass *p) {
  for (size_t c = 0; c < p->ncaps; c++) {
    if (!p->caps[c]) continue;
    size_t i = p->caps[c] - (size_t)1;
    if (p->cov[i + 1] >= 0 || !(tok(p, i + 1)->flags & NW_F_CAP) ||
        tok(p, i + 1)->nl || !org_descriptor(p, i) || weak_word(p, i + 1))
      continue;
    size_t e = name_end(p, i + 1);
    while (e > i + 1 && p->cov[e - 1] >= 0) e--;
    if (add_covered(p, (uint32_t)i + 1, (uint32_t)e, NW_T_ORG, 0.8f, 2))
      return NW_NOMEM;
  }
  return NW_OK;
}

/* Fix tagger types the document contradicts: a name ending in a company
 * word is an ORG; a lone word that opens a longer ORG name of the text
 * ("Amazon" beside "Amazon Web Services"), ends a two-word one
 * ("Lufthansa" beside "Deutsche Lufthansa") or follows a company noun
 * ("startup Anthropic") is an ORG unless a known place or first name;
 * a PERSON made only of common words in a headline-like line is dropped. */
static int fix_types(pass *p) {
  keymap heads;
  if (keymap_init(&heads, p->n)) return NW_NOMEM;
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    if (m->dead || m->t1 - m->t0 < 2) continue;
    unsigned last = tok_wc(p, m->t1 - 1);
    if (((last & (WC_LEGAL | WC_ORGWORD)) ||
         (m->type != NW_T_PER && (last & WC_ORGEND))) &&
        !(nw_gaz_phrase(span_key(p, m->t0, m->t1)) & NW_GZ_GPE))
      m->type = NW_T_ORG;
    if (m->type != NW_T_ORG) continue;
    keymap_put(&heads, tok(p, m->t0)->h, k);
    const nw_token *t = tok(p, m->t1 - 1);
    if (m->t1 - m->t0 == 2 && !(gaz_word(p, m->t1 - 1) & NW_GZ_ORGSUF))
      keymap_put(&heads, t->h, k);
  }
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    if (m->dead) continue;
    unsigned g = gaz_word(p, m->t0);
    if (m->t1 - m->t0 == 1 && m->type != NW_T_ORG &&
        !(g & (NW_GZ_GPE | NW_GZ_NORP | NW_GZ_MALE | NW_GZ_FEMALE)) &&
        (keymap_get(&heads, tok(p, m->t0)->h) >= 0 ||
         (m->t0 > 0 && org_descriptor(p, m->t0 - 1))))
      m->type = NW_T_ORG;
    if (m->type == NW_T_PER && common_name(p, m)) kill(p, k);
  }
  keymap_free(&heads);
  return NW_OK;
}

/* Is the one-word mention m a person by its context: a title before it,
 * "family" after it, or he/his/she/her within four words after it in the
 * sentence ("Sainsbury said his ...")? */
static int person_cue(const pass *p, const ment *m) {
  if (m->t0 > 0 && (is_title(p, m->t0 - 1) ||
                    tok_is(p, m->t0 - 1, WC_MALE | WC_FEMALE)))
    return 1;
  size_t n = p->d->tok.n, s = p->d->tok_sent[m->t0];
  for (size_t i = m->t1; i < n && i < m->t1 + 4 && p->d->tok_sent[i] == s; i++)
    if (lower_is(p, i, WC_HE | WC_FAMILY)) return 1;
  return 0;
}

/* Does a company word follow mention m, after an optional possessive
 * ("Jubilee's shares", "Jubilee shares", "Sainsbury's credit")? */
static int org_cue_after(const pass *p, const ment *m) {
  size_t j = m->t1;
  if (j < p->d->tok.n && (tok(p, j)->flags & NW_F_POSS)) j++;
  return lower_is(p, j, WC_ORGCUE);
}

/* Is m a one-word name after an ORG's possessive and before a reporting
 * verb ("Dresdner's Ghazi said")? */
static int org_speaker(const pass *p, const ment *m) {
  if (m->t1 - m->t0 != 1 || m->t0 < 2 ||
      (tok(p, m->t0)->flags & NW_F_ALLCAP) ||
      !(tok(p, m->t0 - 1)->flags & NW_F_POSS) || !lower_is(p, m->t1, WC_SAY))
    return 0;
  int32_t o = p->cov[m->t0 - 2];
  return o >= 0 && p->v[o].type == NW_T_ORG;
}

/* Does m hold "Center for", "Institute of", "Council on"? */
static int org_of(const pass *p, const ment *m) {
  for (uint32_t i = m->t0; i + 2 < m->t1; i++)
    if (tok_capital(p, i) && tok_is(p, i, WC_ORGOF) && lower_is(p, i + 1, WC_PREP))
      return !(nw_gaz_phrase(span_key(p, m->t0, m->t1)) &
               (NW_GZ_GPE | NW_GZ_LOCNAME));
  return 0;
}

/* The type a cue in the text gives mention m, or -1: "X family" is a
 * PERSON, so is "ORG's X said"; a one-word PERSON with a company word
 * after it ("Jubilee's shares") is an ORG; "Center for ..." is an ORG. */
static int cue_type(const pass *p, const ment *m) {
  if (lower_is(p, m->t1, WC_FAMILY) || org_speaker(p, m)) return NW_T_PER;
  if (m->type == NW_T_PER && m->t1 - m->t0 == 1 && org_cue_after(p, m) &&
      !(gaz_word(p, m->t0) & (NW_GZ_MALE | NW_GZ_FEMALE)) &&
      !person_cue(p, m))
    return NW_T_ORG;
  return org_of(p, m) ? NW_T_ORG : -1;
}

/* Give the mentions with a cue (cue_type) its type, fixed: it outvotes
 * the tagger and does not join names of another type. */
static void cue_types(pass *p) {
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    int t = m->dead ? -1 : cue_type(p, m);
    if (t < 0) continue;
    m->type = t;
    m->cue = 1;
    m->weight = 4;
  }
}

/* Name key of mention m read as type t (names of one type link). */
static uint32_t type_key(const ment *m, int t) {
  return len_key(m) ^ ((uint32_t)(t + 1) * 0x27D4EB2Du);
}

/* End of ORG mention m before its trailing legal forms and punctuation
 * ("Microsoft Corp." -> after "Microsoft"); m->t1 when it has none. */
static uint32_t org_base_end(const pass *p, const ment *m) {
  uint32_t e = m->t1;
  while (e > m->t0 + 1) {
    const nw_token *t = tok(p, e - 1);
    if (!(t->kind == NW_K_PUNCT && t->b1 - t->b0 == 1) &&
        !(tok_wc(p, e - 1) & WC_LEGAL))
      break;
    e--;
  }
  return e;
}

/* Strip trailing legal forms and punctuation from ORG mention m
 * ("Microsoft Corp." -> "Microsoft"); returns the key of the rest, 0 when
 * nothing was stripped or nothing is left. */
static uint32_t org_base_key(const pass *p, const ment *m) {
  uint32_t e = org_base_end(p, m);
  if (e == m->t1) return 0;
  ment base = *m;
  base.t1 = e;
  base.key = span_key(p, m->t0, e);
  return type_key(&base, NW_T_ORG);
}

/* May mention m join an entity of another type (it is unsure)? */
static int unsure(const ment *m) { return m->score < 0.8f && !m->cue; }

/* Hash of the last word of company mention m before its legal form ("J
 * Sainsbury Plc" -> "Sainsbury"); 0 when m has no legal form, is one word
 * before it, or that word is itself a company word ("Capital"). */
static uint32_t org_core_word(const pass *p, const ment *m) {
  uint32_t e = m->t1;
  while (e > m->t0 + 1 && (tok(p, e - 1)->kind != NW_K_WORD ||
                           tok_is(p, e - 1, WC_LEGAL)))
    e--;
  const nw_token *t = tok(p, e - 1);
  if (e == m->t1 || e - m->t0 < 2 || !tok_capital(p, e - 1) ||
      tok_is(p, e - 1, WC_ORGWORD | WC_ORGEND | WC_JOIN) ||
      (gaz_word(p, e - 1) & (NW_GZ_ORGSUF | NW_GZ_GPE)))
    return 0;
  return t->h;
}

/* The ORG a lone name belongs to when the text names a company ending in
 * it ("Sainsbury" of "J Sainsbury Plc") and no person cue says otherwise;
 * -1 when none. */
static long lone_org(const pass *p, const keymap *core, const ment *m) {
  if (m->t1 - m->t0 != 1 || m->cue ||
      (m->type != NW_T_ORG && m->type != NW_T_PER) || person_cue(p, m))
    return -1;
  return keymap_get(core, tok(p, m->t0)->h);
}

/* Words of a company name taken as its short form ("Hertz" of "Hertz
 * Global Holdings Inc."). */
#define PREFIX_WORDS 3

/* Key, as an ORG name, of tokens [t0, t1). */
static uint32_t org_span_key(const pass *p, uint32_t t0, uint32_t t1) {
  ment x = {.t0 = t0, .t1 = t1, .key = span_key(p, t0, t1)};
  return type_key(&x, NW_T_ORG);
}

/* Does ORG mention m have a place among its words after the first
 * ("Yahoo Japan Corp.", a unit of Yahoo)? */
static int regional_unit(const pass *p, const ment *m) {
  for (uint32_t i = m->t0 + 1; i < m->t1; i++)
    if (gaz_word(p, i) & NW_GZ_GPE) return 1;
  return 0;
}

/* Does mention m hold the word "and" (two names run together, "Big Board
 * and Nasdaq Stock Market Inc.")? */
static int has_and(const pass *p, const ment *m) {
  for (uint32_t i = m->t0 + 1; i < m->t1; i++)
    if (tok_is(p, i, WC_AND)) return 1;
  return 0;
}

/* File the short forms of company name k (mention k has a legal form): its
 * first one to PREFIX_WORDS words, under their ORG keys in pre, so that
 * "Hertz" and "United Surgical" link to "Hertz Global Holdings Inc." and
 * "United Surgical Partners International Inc.".  A one-word form must be
 * a distinctive word (not a place, a common word or an organisation word
 * such as "National"), and a regional unit or two names run together lend
 * none.  The name without its legal form is filed too, so that a form that
 * two different names share ("Yahoo" of "Yahoo Inc." and of "Yahoo Japan
 * Corp.") goes to amb. */
static void put_prefixes(const pass *p, keymap *pre, keymap *amb, size_t k) {
  const ment *m = &p->v[k];
  uint32_t e = org_base_end(p, m);
  if (e == m->t1 || !tok_capital(p, m->t0) || tok_is(p, m->t0, WC_JOIN)) return;
  int distinct = !tok_is(p, m->t0, WC_ORGWORD | WC_ORGEND | WC_LEGAL) &&
                 !(gaz_word(p, m->t0) & (NW_GZ_GPE | NW_GZ_ORGSUF)) &&
                 !nw_hset_has(p->m->common, p->m->ncommon, tok(p, m->t0)->h);
  uint32_t base = span_key(p, m->t0, e);
  uint32_t j0 = regional_unit(p, m) || has_and(p, m) ? e : m->t0 + 1 + !distinct;
  for (uint32_t j = j0; j <= e && j - m->t0 <= PREFIX_WORDS; j++) {
    if (!tok_capital(p, j - 1)) continue; /* "Bank of", "AT&" */
    uint32_t key = org_span_key(p, m->t0, j);
    long o = keymap_put(pre, key, k);
    if (o != (long)k && span_key(p, p->v[o].t0, org_base_end(p, &p->v[o])) != base)
      keymap_put(amb, key, k);
  }
}

/* The company name whose short form ORG mention m is, or -1; not when a
 * person's surname (in sur) or a person's name (in names) is the same
 * word ("Ford" of Bill Ford and of Ford Motor Co.). */
static long short_form_of(const pass *p, const keymap *pre, const keymap *amb,
                          const keymap *sur, const keymap *names, const ment *m) {
  if (m->type != NW_T_ORG || m->t1 - m->t0 > PREFIX_WORDS || org_base_end(p, m) != m->t1 ||
      (m->t1 - m->t0 == 1 && keymap_get(sur, tok(p, m->t0)->h) >= 0) ||
      keymap_get(names, type_key(m, NW_T_PER)) >= 0)
    return -1;
  uint32_t key = type_key(m, NW_T_ORG);
  return keymap_get(amb, key) >= 0 ? -1 : keymap_get(pre, key);
}

/* Is token t right after "Sir" or "Dame", whom a first name names? */
static int knighted(const pass *p, size_t t) {
  if (t == 0) return 0;
  const nw_token *k = tok(p, t - 1);
  const char *w = (const char *)p->d->s + k->b0;
  size_t n = k->b1 - k->b0;
  return (n == 3 && strncasecmp(w, "sir", 3) == 0) || (n == 4 && strncasecmp(w, "dame", 4) == 0);
}

/* Is mention m a city before a State-based description ("The Cherry Hill,
 * New Jersey-based company"), no person whose surname others take? */
static int city_before_based(const pass *p, const ment *m) {
  size_t t = m->t1;
  if (t + 2 >= p->d->tok.n || !tok_punct(p, t, ',') || !tok_capital(p, t + 1)) return 0;
  return based_word(p, t + 1) || based_word(p, t + 2); /* not "Patrick Cescau, the
                                                           UK-based co-chairman" */
}

/* Is the one-word PERSON mention m a Chinese or Korean family name that
 * one person of the text, named in two or three words, bears first ("Kim
 * said" after "Kim Jae-woo")? */
static int family_first(const pass *p, const keymap *first, const keymap *famb, const ment *m) {
  if (m->type != NW_T_PER || !tok_is(p, m->t0, WC_FAMFIRST)) return 0;
  uint32_t h = tok(p, m->t0)->h;
  long j = keymap_get(first, h);
  return j >= 0 && keymap_get(famb, h) < 0 && p->v[j].t1 - p->v[j].t0 <= 3;
}

/* Links: same name of the same type in any case (an unsure mention also
 * joins a name of another type); surname -> full name; "Foo" -> "Foo
 * Inc"; acronym -> expansion by initials.  Hash maps keep it linear. */
static int link_names(pass *p, keymap *names) {
  size_t legal = 0; /* the names put_prefixes files, each under up to PREFIX_WORDS + 1 keys */
  for (size_t k = 0; k < p->n; k++)
    legal += !p->v[k].dead && p->v[k].type == NW_T_ORG && org_base_end(p, &p->v[k]) != p->v[k].t1;
  keymap sur, ini, core, pre, amb, first, famb;
  keymap *const maps[] = {&sur, &ini, &core, &first, &famb, &pre, &amb};
  const size_t keys[] = {p->n, p->n, p->n, p->n, p->n, (PREFIX_WORDS + 1) * legal,
                         (PREFIX_WORDS + 1) * legal};
  if (keymaps_init(maps, keys, sizeof maps / sizeof maps[0])) return NW_NOMEM;
  for (size_t k = 0; k < p->n; k++) {
    const ment *m = &p->v[k];
    if (m->dead) continue;
    join(p, (uint32_t)keymap_put(names, type_key(m, m->type), k), (uint32_t)k);
    if (m->t1 - m->t0 < 2) continue;
    uint32_t cw = m->type == NW_T_ORG ? org_core_word(p, m) : 0;
    if (cw) keymap_put(&core, cw, k);
    if (m->type == NW_T_ORG) put_prefixes(p, &pre, &amb, k);
    if (m->type == NW_T_PER && !city_before_based(p, m)) {
      long o = keymap_put(&first, tok(p, m->t0)->h, k); /* "Sir Nicholas" of "Nicholas Scott" */
      if (o != (long)k && p->v[o].key != m->key) keymap_put(&famb, tok(p, m->t0)->h, k);
      keymap_put(&sur, tok(p, m->t1 - 1)->h, k);
      const unsigned char *w = p->d->s + tok(p, m->t1 - 1)->b0;
      if ((w[0] == 'd' || w[0] == 'D') && (w[1] == '\'' || w[1] == 0xe2))
        keymap_put(&sur, tok(p, m->t1 - 2)->h, k); /* "Giscard" of "… Giscard d'Estaing" */
    }
    for (int legal = 0; legal < 2 && m->type != NW_T_PER; legal++) {
      uint32_t ih = initials_hash(p, m, legal); /* "UMC", "GM" of "General Motors Corp." */
      if (ih) keymap_put(&ini, ih, k);
    }
  }
  for (size_t k = 0; k < p->n; k++) {
    ment *m = &p->v[k];
    if (m->dead) continue;
    long j = lone_org(p, &core, m);
    if (j >= 0) m->type = NW_T_ORG;
    for (int t = 0; t < NW_T_NTYPE && j < 0 && unsure(m); t++)
      if (t != m->type) j = keymap_get(names, type_key(m, t));
    if (j < 0 && m->t1 - m->t0 == 1 && knighted(p, m->t0))
      j = keymap_get(&first, tok(p, m->t0)->h); /* a knight goes by his first name */
    if (j < 0 && m->t1 - m->t0 == 1) {
      j = keymap_get(&sur, tok(p, m->t0)->h);
      if (j >= 0 && m->type != NW_T_PER && !unsure(m)) j = -1;
      if (j < 0 && family_first(p, &first, &famb, m)) j = keymap_get(&first, tok(p, m->t0)->h);
      if (j < 0 && is_acronym(p, m->t0))
        j = keymap_get(&ini, acronym_hash(p, m->t0));
    } else if (j < 0 && m->type == NW_T_ORG) {
      uint32_t bk = org_base_key(p, m);
      if (bk) j = keymap_get(names, bk);
    }
    if (j < 0) j = short_form_of(p, &pre, &amb, &sur, names, m);
    if (j >= 0) join(p, (uint32_t)j, (uint32_t)k);
  }
  keymap_free(maps[0]); /* holds the other maps too */
  return NW_OK;
}

/* Is the capitalised token i too weak to be taken from an alias (a common
 * word at a sentence start, not in capitals, or a word the text also
 * writes in lower case)? */
static int weak_word(const pass *p, size_t i) {
  const nw_token *t = tok(p, i);
  if (nw_tagdoc_lower(p->td, t->h)) return 1;
  size_t s0 = p->d->sent[p->d->tok_sent[i]].t0;
  int acronym = (t->flags & NW_F_ALLCAP) && t->b1 - t->b0 >= 2 && t->b1 - t->b0 <= 5 &&
                nw_tagdoc_line(p->td, i) == 0;
  return i == s0 && !acronym && nw_hset_has(p->m->common, p->m->ncommon, t->h); /* "RIM has
                                                  delayed" on a line in lower case: a name */
}

/* Find untagged occurrences of known names (any case, capitalised) and
 * add them as mentions of the same entity. */
static int propagate(pass *p, const keymap *names) {
  size_t nt = p->d->tok.n;
  for (size_t c = 0; c < p->ncaps; c++) {
    size_t i = p->caps[c];
    if (p->cov[i] >= 0) continue;
    uint32_t q = 0;
    long best = -1;
    size_t blen = 0;
    for (size_t e = i; e < nt && e - i < 6 && p->cov[e] < 0 &&
                       (tok_capital(p, e) || tok_is(p, e, WC_JOIN));
         e++) {
      q = nw_gaz_seq(q, tok(p, e)->h);
      ment probe = {.t0 = (uint32_t)i, .t1 = (uint32_t)e + 1, .key = q};
      for (int t = 0; t < NW_T_NTYPE; t++) {
        long k = keymap_get(names, type_key(&probe, t));
        if (k >= 0 && !p->v[k].dead) {
          best = k;
          blen = e + 1 - i;
          break;
        }
      }
    }
    if (best < 0 || !tok_capital(p, i + blen - 1)) continue;
    if (blen == 1 && weak_word(p, i)) continue;
    const ment *m = &p->v[best];
    if (add_covered(p, (uint32_t)i, (uint32_t)(i + blen), m->type,
                    m->score * 0.9f, 1))
      return NW_NOMEM;
    p->v[p->n - 1].key = span_key(p, (uint32_t)i, (uint32_t)(i + blen));
    join(p, (uint32_t)best, (uint32_t)p->n - 1);
    i += blen - 1;
  }
  return NW_OK;
}

/* ---- labels, canonical names, output ------------------------------------- */

/* Gazetteer categories of mention m (whole phrase, else its single word). */
static unsigned ment_gaz(const pass *p, const ment *m) {
  unsigned c = m->pcats;
  if (!c && m->t1 - m->t0 == 1) c = gaz_word(p, m->t0);
  return c;
}

/* Does mention m end with a word naming a natural or built place? */
static int place_word(const pass *p, const ment *m) {
  for (uint32_t i = m->t0; i < m->t1; i++)
    if (tok_wc(p, i) & WC_PLACE) return 1;
  return 0;
}

/* The API label of an entity from its voted tagger type and mentions. */
static int final_label(const pass *p, int type, const uint32_t *ms, size_t nm) {
  unsigned g = 0;
  int place = 0;
  for (size_t k = 0; k < nm; k++) {
    g |= ment_gaz(p, &p->v[ms[k]]);
    place |= place_word(p, &p->v[ms[k]]);
  }
  switch (type) {
    case NW_T_PER: return NW_L_PERSON;
    case NW_T_ORG: return NW_L_ORG;
    case NW_T_LOC:
      if (g & NW_GZ_GPE) return NW_L_GPE;
      return (g & NW_GZ_LOCNAME) || place ? NW_L_LOC : NW_L_GPE;
    default: return g & NW_GZ_NORP ? NW_L_NORP : NW_L_MISC;
  }
}

/* Gender of a person from titles before its mentions and first names. */
static int gender_of(const pass *p, const uint32_t *ms, size_t nm,
                     uint32_t canon) {
  for (size_t k = 0; k < nm; k++) {
    uint32_t t0 = p->v[ms[k]].t0;
    if (!t0) continue;
    unsigned c = tok_wc(p, t0 - 1);
    if (c & WC_MALE) return 1;
    if (c & WC_FEMALE) return 2;
  }
  const ment *c = &p->v[canon];
  if (c->t1 - c->t0 < 2) return 0;
  unsigned g = gaz_word(p, c->t0);
  if ((g & NW_GZ_MALE) && !(g & NW_GZ_FEMALE)) return 1;
  if ((g & NW_GZ_FEMALE) && !(g & NW_GZ_MALE)) return 2;
  return 0;
}

/* Is mention a a better canonical name than mention b? */
static int better_canon(const pass *p, const ment *a, const ment *b) {
  int ha = nw_tagdoc_line(p->td, a->t0) == 1, hb = nw_tagdoc_line(p->td, b->t0) == 1;
  if (ha != hb) return hb; /* prefer the body's casing over a caps line */
  uint32_t la = a->t1 - a->t0, lb = b->t1 - b->t0;
  if (la != lb) return la > lb;
  uint32_t ba = tok(p, a->t1 - 1)->b1 - tok(p, a->t0)->b0;
  uint32_t bb = tok(p, b->t1 - 1)->b1 - tok(p, b->t0)->b0;
  if (ba != bb) return ba > bb;
  return a->t0 < b->t0;
}

/* Is mention m an all-caps dateline place ("SAN FRANCISCO -", "LONDON
 * (Reuters)") at the start of a line? */
static int dateline(const pass *p, const ment *m) {
  uint32_t e = m->t1;
  if ((m->t0 > 0 && !tok(p, m->t0)->nl) || e >= p->d->tok.n ||
      !(tok(p, m->t0)->flags & NW_F_ALLCAP))
    return 0;
  const nw_token *t = tok(p, e);
  return t->kind == NW_K_PUNCT && (tok_punct(p, e, '-') || tok_punct(p, e, '(') ||
                                   (t->b1 - t->b0 == 3 && p->d->s[t->b0] == 0xE2));
}

/* Is m a PERSON full name with a known first name or a title before it
 * ("George W. Bush", "Mr. Alexei Miller")?  It decides its entity's type. */
static int full_person(const pass *p, const ment *m) {
  if (m->type != NW_T_PER || m->t1 - m->t0 < 2) return 0;
  if (gaz_word(p, m->t0) & (NW_GZ_MALE | NW_GZ_FEMALE)) return 1;
  return m->t0 > 0 && is_title(p, m->t0 - 1);
}

/* Does mention m name a product ("Avastin", "Sony PlayStation") rather
 * than its maker? */
static int product(const pass *p, const ment *m) {
  if (m->pcats & NW_GZ_PRODUCT) return 1;
  if (m->pcats & NW_GZ_ORGNAME) return 0;
  for (uint32_t i = m->t0; i < m->t1; i++)
    if (gaz_all(p, i) & NW_GZ_PRODUCT) return 1;
  return 0;
}

/* Free a result. */
static void ents_free(void *data) {
  nw_entities *r = data;
  if (!r) return;
  free(r->m);
  free(r->e);
  free(r);
}

/* Build one entity from its mentions ms (roots share the same index). */
static void make_entity(const pass *p, const uint32_t *ms, size_t nm,
                        nw_entity *e) {
  float vote[NW_T_NTYPE] = {0};
  uint32_t canon = ms[0];
  for (size_t k = 0; k < nm; k++) {
    const ment *m = &p->v[ms[k]];
    vote[m->type] += m->score * (float)m->weight *
                     (float)(m->t1 - m->t0 > 1 ? 2 : 1);
    if (better_canon(p, m, &p->v[canon])) canon = ms[k];
  }
  int type = 0;
  for (int t = 1; t < NW_T_NTYPE; t++)
    if (vote[t] > vote[type]) type = t;
  unsigned g = ment_gaz(p, &p->v[canon]);
  if ((g & NW_GZ_ORGNAME) && !(g & NW_GZ_GPE)) type = NW_T_ORG;
  else if ((g & NW_GZ_NORP) && !(g & NW_GZ_GPE) && p->v[canon].t1 - p->v[canon].t0 == 1)
    type = NW_T_MISC;
  for (size_t k = 0; k < nm; k++)
    if ((ment_gaz(p, &p->v[ms[k]]) & NW_GZ_GPE) && dateline(p, &p->v[ms[k]]))
      type = NW_T_LOC;
  if (p->v[canon].type == NW_T_ORG && org_base_end(p, &p->v[canon]) != p->v[canon].t1)
    type = NW_T_ORG; /* a name with its legal form ("General Motors Corp.") is a company,
                        however its short forms were tagged */
  for (size_t k = 0; k < nm; k++)
    if (full_person(p, &p->v[ms[k]])) type = NW_T_PER;
  if (product(p, &p->v[canon])) type = NW_T_MISC;
  for (size_t k = 0; k < nm; k++)
    if (p->v[ms[k]].cue) type = p->v[ms[k]].type;
  e->label = final_label(p, type, ms, nm);
  e->cb0 = tok(p, p->v[canon].t0)->b0;
  e->cb1 = tok(p, p->v[canon].t1 - 1)->b1;
  e->gender = e->label == NW_L_PERSON ? gender_of(p, ms, nm, canon) : 0;
}

/* Copy the live mentions into r in text order (live mentions do not
 * overlap, and the first token of each is covered by it). */
static void emit_in_order(pass *p, nw_entities *r) {
  for (size_t i = 0; i < p->d->tok.n; i++) {
    int32_t k = p->cov[i];
    if (k < 0 || p->v[k].dead || p->v[k].t0 != i) continue;
    const ment *m = &p->v[k];
    nw_mention *o = &r->m[r->n++];
    o->t0 = m->t0;
    o->t1 = m->t1;
    o->b0 = tok(p, m->t0)->b0;
    o->b1 = tok(p, m->t1 - 1)->b1;
    o->entity = (uint32_t)k; /* mention index, for now */
    o->score = m->score;
  }
}

/* Number the entities by first mention (eid: root -> entity) and list
 * each entity's mentions contiguously in order[], starting at first[e]. */
static void group(pass *p, nw_entities *r, uint32_t *eid, uint32_t *first,
                  uint32_t *order) {
  for (size_t k = 0; k < p->n; k++) eid[k] = UINT32_MAX;
  for (size_t i = 0; i < r->n; i++) {
    uint32_t rt = root(p, r->m[i].entity);
    if (eid[rt] == UINT32_MAX) {
      eid[rt] = (uint32_t)r->ne++;
      r->e[eid[rt]].first_mention = (uint32_t)i;
      first[eid[rt] + 1] = 0;
    }
    first[eid[rt] + 1]++;
  }
  first[0] = 0;
  for (size_t e = 0; e < r->ne; e++) first[e + 1] += first[e];
  for (size_t i = 0; i < r->n; i++) {
    uint32_t e = eid[root(p, r->m[i].entity)];
    order[first[e]++] = r->m[i].entity;
  }
  for (size_t e = r->ne; e > 0; e--) first[e] = first[e - 1];
  first[0] = 0;
}

/* Group live mentions by entity and fill the result. */
static int finish(pass *p, nw_entities *r) {
  size_t live = 0;
  for (size_t k = 0; k < p->n; k++) live += !p->v[k].dead;
  r->m = malloc((live ? live : 1) * sizeof *r->m);
  r->e = malloc((live ? live : 1) * sizeof *r->e);
  /* one block for order[live], first[live + 1] and eid[p->n] */
  uint32_t *order = malloc((2 * live + 1 + p->n) * sizeof *order);
  if (!r->m || !r->e || !order) {
    free(order);
    return NW_NOMEM;
  }
  uint32_t *first = order + live, *eid = first + live + 1;
  for (size_t k = 0; k < p->n; k++)
    if (!p->v[k].dead) p->v[k].pcats = nw_gaz_phrase(p->v[k].key);
  cover_all(p);
  emit_in_order(p, r);
  group(p, r, eid, first, order);
  for (size_t e = 0; e < r->ne; e++)
    make_entity(p, order + first[e], first[e + 1] - first[e], &r->e[e]);
  for (size_t i = 0; i < r->n; i++) {
    r->m[i].entity = eid[root(p, r->m[i].entity)];
    r->m[i].label = r->e[r->m[i].entity].label;
  }
  free(order); /* holds first and eid too */
  return NW_OK;
}

/* List the capitalised and all-caps words (tok_capital) once, for the
 * steps that look only at them. */
static void list_caps(pass *p) {
  for (size_t i = 0; i < p->d->tok.n; i++) { /* no branch on the case */
    p->caps[p->ncaps] = (uint32_t)i;
    p->ncaps += (size_t)tok_capital(p, i);
  }
}

/* Every step of the pass after tagging. */
static int run_pass(pass *p, const uint8_t *tags, const float *mg) {
  if (collect(p, tags, mg)) return NW_NOMEM;
  memset(p->tick, TICK_UNKNOWN, p->d->tok.n);
  list_caps(p);
  for (size_t k = 0; k < p->n; k++) trim(p, &p->v[k]);
  if (cut_spans(p)) return NW_NOMEM;
  drop_tickers(p);
  cover_all(p);
  drop_non_names(p);
  absorb_legal(p);
  absorb_particles(p);
  absorb_surnames(p);
  join_initials(p);
  join_nicknames(p);
  if (bylines(p) || org_names(p) || legal_names(p) || ticker_names(p) || ampersand_names(p) ||
      explicit_acronyms(p) ||
      descriptor_names(p) || fix_types(p))
    return NW_NOMEM;
  cue_types(p);
  for (size_t k = 0; k < p->n; k++)
    p->v[k].key = span_key(p, p->v[k].t0, p->v[k].t1);
  keymap names;
  if (keymap_init(&names, p->n)) return NW_NOMEM;
  int rc = link_names(p, &names);
  if (rc == NW_OK) rc = propagate(p, &names);
  keymap_free(&names);
  drop_tickers(p);
  return rc;
}

/* Tag the document and run the pass into r. */
static int compute(nw_doc *d, nw_entities *r) {
  if (nw_entities_global_init()) return NW_NOMEM;
  pass p = {0};
  p.d = d;
  p.m = nw_model_builtin();
  size_t n = d->tok.n ? d->tok.n : 1;
  /* one block for the per-token arrays: margins, cover, caps (4 bytes a
     token each), then tags and tickers (1 byte each) */
  float *mg = malloc(n * (3 * sizeof(uint32_t) + 2));
  p.lex = nw_doc_lexicon(d);
  p.td = p.lex ? nw_tagdoc_new(d, p.m->common, p.m->ncommon) : NULL;
  int rc = NW_NOMEM;
  if (mg && p.td) {
    p.cov = (int32_t *)(void *)(mg + n);
    p.caps = (uint32_t *)(void *)(p.cov + n);
    uint8_t *tags = (uint8_t *)(p.caps + n);
    p.tick = tags + n;
    nw_tag_decode_model(p.td, p.m, tags, mg);
    rc = run_pass(&p, tags, mg);
    if (rc == NW_OK) rc = finish(&p, r);
  }
  nw_tagdoc_free(p.td);
  free(mg); /* holds cov, caps, tags and tick too */
  free(p.v);
  return rc;
}

/* The document's entities, computed once and kept in d->ents. */
const nw_entities *nw_doc_entities(nw_doc *d) {
  if (d->ents.data) return d->ents.data;
  nw_entities *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  if (compute(d, r)) {
    ents_free(r);
    return NULL;
  }
  d->ents.data = r;
  d->ents.free = ents_free;
  return r;
}
