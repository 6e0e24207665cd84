/* The reporting-cue table (every inflected form of the lemmas in
 * cues_data.c, built once per process) and the small word classes that
 * attribution uses, both looked up by the tokens' lower-case hashes. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "quotes_internal.h"

typedef struct cue_slot {
  uint32_t h;        /* hash of the form */
  uint32_t particle; /* hash of the required next word, 0 when none */
  uint16_t cls;      /* NW_CUE_* */
  uint8_t used;
} cue_slot;

#define CUE_SLOTS 4096 /* power of two, several times the forms */
static cue_slot cue_tab[CUE_SLOTS];

/* A word of the class lists or the first word of a cue: one look-up
 * gives a token both. */
typedef struct word_slot {
  uint32_t h;
  int cls;          /* NW_W_* */
  uint8_t used, cue; /* cue: some cue form starts with this word */
} word_slot;

#define WORD_SLOTS 4096 /* power of two, twice the words and cue forms */
static word_slot word_tab[WORD_SLOTS];

/* One bit per hash prefix of every word of word_tab: most tokens are
 * none, and one bit test tells them so. */
#define FILTER_BITS 65536
static uint64_t word_filter[FILTER_BITS / 64];

/* Set h's bit in filter f. */
static void filter_add(uint64_t *f, uint32_t h) {
  uint32_t b = (h >> 13) & (FILTER_BITS - 1);
  f[b / 64] |= 1ull << (b % 64);
}

/* May h be in filter f? */
static inline int filter_has(const uint64_t *f, uint32_t h) {
  uint32_t b = (h >> 13) & (FILTER_BITS - 1);
  return (f[b / 64] >> (b % 64)) & 1;
}

static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

/* Or the class bits cls and the cue mark into the slot of word h. */
static void word_put(uint32_t h, int cls, int cue) {
  size_t k = h & (WORD_SLOTS - 1);
  while (word_tab[k].used && word_tab[k].h != h) k = (k + 1) & (WORD_SLOTS - 1);
  word_tab[k].h = h;
  word_tab[k].used = 1;
  word_tab[k].cls |= cls;
  word_tab[k].cue |= (uint8_t)cue;
  filter_add(word_filter, h);
}

/* The slot of word h, NULL when h is neither listed nor a cue's start. */
static inline const word_slot *word_find(uint32_t h) {
  if (!filter_has(word_filter, h)) return NULL;
  for (size_t k = h & (WORD_SLOTS - 1); word_tab[k].used; k = (k + 1) & (WORD_SLOTS - 1))
    if (word_tab[k].h == h) return &word_tab[k];
  return NULL;
}

/* Hashes of "according" and "to". */
static uint32_t h_according, h_to, h_it;

/* Add a cue form; the same form may carry several entries (a plain cue and
 * the base of a phrasal one). */
static void cue_put(const char *form, uint32_t particle, int cls) {
  uint32_t h = nw_hash_lower_cstr(form);
  size_t k = h & (CUE_SLOTS - 1);
  word_put(h, 0, 1);
  for (size_t probes = 0; probes < CUE_SLOTS; probes++) {
    cue_slot *s = &cue_tab[k];
    if (!s->used) {
      s->h = h;
      s->particle = particle;
      s->cls = (uint16_t)cls;
      s->used = 1;
      return;
    }
    if (s->h == h && s->particle == particle) {
      s->cls |= (uint16_t)cls;
      return;
    }
    k = (k + 1) & (CUE_SLOTS - 1);
  }
}

/* Class bits from a lemma's class letters. */
static int letters_class(const char *z) {
  int c = 0;
  for (; *z; z++) {
    if (*z == 'S') c |= NW_CUE_SPEECH;
    if (*z == 'C') c |= NW_CUE_CLAUSE;
    if (*z == 'O') c |= NW_CUE_OBJ;
    if (*z == 'N') c |= NW_CUE_NP;
    if (*z == 'X') c |= NW_CUE_NOUNOBJ;
    if (*z == 'Q') c |= NW_CUE_ASK;
  }
  return c;
}

/* Is c a vowel letter? */
static int vowel(char c) { return strchr("aeiou", c) != NULL; }

/* Write the regular forms of the verb v (its -s, -ed and -ing forms) and
 * add each to the table. */
static void add_regular(const char *v, int dbl, uint32_t particle, int cls) {
  char b[64];
  size_t n = strlen(v);
  if (n == 0 || n + 5 > sizeof b) return;
  char last = v[n - 1], prev = n > 1 ? v[n - 2] : 0;
  cue_put(v, particle, cls | NW_CUE_BARE);
  /* -s */
  if (last == 'y' && !vowel(prev))
    snprintf(b, sizeof b, "%.*sies", (int)(n - 1), v);
  else if (last == 's' || last == 'x' || last == 'z' ||
           (last == 'h' && (prev == 'c' || prev == 's')))
    snprintf(b, sizeof b, "%ses", v);
  else
    snprintf(b, sizeof b, "%ss", v);
  cue_put(b, particle, cls | NW_CUE_BARE);
  /* -ed */
  if (dbl)
    snprintf(b, sizeof b, "%s%ced", v, last);
  else if (last == 'e')
    snprintf(b, sizeof b, "%sd", v);
  else if (last == 'y' && !vowel(prev))
    snprintf(b, sizeof b, "%.*sied", (int)(n - 1), v);
  else
    snprintf(b, sizeof b, "%sed", v);
  cue_put(b, particle, cls);
  /* -ing */
  if (dbl)
    snprintf(b, sizeof b, "%s%cing", v, last);
  else if (last == 'e' && prev != 'e' && prev != 'i')
    snprintf(b, sizeof b, "%.*sing", (int)(n - 1), v);
  else if (last == 'e' && prev == 'i')
    snprintf(b, sizeof b, "%.*sying", (int)(n - 2), v);
  else
    snprintf(b, sizeof b, "%sing", v);
  cue_put(b, particle, cls | NW_CUE_ING);
}

/* The irregular entry for verb v ("say says said saying"), or NULL. */
static const char *irregular_of(const char *v, size_t n) {
  for (int i = 0; nw_cue_irregular[i]; i++) {
    const char *e = nw_cue_irregular[i];
    if (strncmp(e, v, n) == 0 && e[n] == ' ') return e;
  }
  return NULL;
}

/* Add every form of one irregular entry. */
static void add_irregular(const char *e, uint32_t particle, int cls) {
  char b[64];
  int first = 1;
  while (*e) {
    size_t k = strcspn(e, " ");
    if (k && k < sizeof b) {
      memcpy(b, e, k);
      b[k] = 0;
      int extra = first ? NW_CUE_BARE : 0;
      if (k > 3 && strcmp(b + k - 3, "ing") == 0) extra |= NW_CUE_ING;
      cue_put(b, particle, cls | extra);
    }
    first = 0;
    e += k;
    while (*e == ' ') e++;
  }
}

/* Add one lemma of cues_data.c with all its forms. */
static void add_lemma(const nw_cue_lemma *l) {
  int cls = letters_class(l->cls);
  const char *sp = strchr(l->lemma, ' ');
  size_t vn = sp ? (size_t)(sp - l->lemma) : strlen(l->lemma);
  uint32_t particle = sp ? nw_hash_lower_cstr(sp + 1) : 0;
  char v[48];
  if (vn >= sizeof v) return;
  memcpy(v, l->lemma, vn);
  v[vn] = 0;
  const char *irr = irregular_of(v, vn);
  if (irr)
    add_irregular(irr, particle, cls);
  else
    add_regular(v, strchr(l->cls, 'D') != NULL, particle, cls);
}

/* Word lists for nw_word_class(), one class per list. */
static const char *const w_pron[] = {"he", "she", "they", "i", "we", "it",
                                     NULL};
static const char *const w_det[] = {
    "a", "an", "the", "this", "these", "those", "his", "her", "its", "their",
    "our", "my", "your", "another", "some", "many", "most", "several", "other",
    "both", "all", "two", "three", "four", "one", "few", "various", "each",
    "every", "numerous", "senior", "top", "such", NULL};
static const char *const w_adv[] = {
    "also", "later", "further", "then", "previously", "again", "once", "almost",
    "earlier", "recently", "repeatedly", "reportedly", "simply", "publicly",
    "privately", "separately", "often", "frequently", "already", "still",
    "even", "just", "now", "first", "initially", "subsequently", "only",
    "himself", "herself", "themselves", "itself", "too", "similarly",
    "immediately", "quickly", "flatly", "bluntly", "openly", "explicitly",
    "specifically", "meanwhile", "elsewhere", "both", "however", "instead", "moreover",
    "furthermore", "nonetheless", "nevertheless", "indeed", "thus",
    "therefore", "conversely", "additionally", "ultimately", "finally",
    "unfortunately", "fortunately", "importantly", "notably", "likewise",
    "interestingly", "consequently", "accordingly", "alternatively",
    "apparently", "presumably", "surprisingly", "certainly", "clearly",
    "obviously", NULL};
static const char *const w_aux[] = {
    "has", "have", "had", "was", "were", "is", "are", "will", "would",
    "could", "might", "may", "did", "does", "do", "be", "been", "being",
    "can", "should", "shall", "must", "'s", "'ve", "'d", "'ll", NULL};
static const char *const w_stop[] = {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "when",
    "while", "because", "if", "as", "than", "after", "before", "since",
    "although", "though", "where", "whether", "so", "what", "how", "why",
    "not", "to", "by", "with", "from", "into", "about", "over", "against",
    "under", "during", "without", "through", "until", "unless", "despite",
    "is", "are", "was", "were", "has", "have", "had", "be", "been", "will",
    "would", "could", "should", "can", "may", "might", "must", "also",
    "says", "said", "told", "there", "here", "then", "yet", "however",
    "in", "on", "at", "for", "of", "like", NULL};
static const char *const w_prep[] = {
    "in", "on", "at", "during", "via", "through", "from", "after", "before",
    "to", "with", "for", "by", "over", "outside", "inside", "late", "early",
    "last", "this", "earlier", "later", "yesterday", "today", "tonight",
    "recently", "separately", "previously", "privately", "publicly", "again",
    "repeatedly", "also", "then", "once", "too", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
static const char *const w_time[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "yesterday", "tonight", "tomorrow", "earlier",
    "later", "recently", "last", "this", "week", "month", "year", "morning",
    "afternoon", "evening", "night", "weekend", NULL};
static const char *const w_obj[] = {
    "him", "her", "them", "me", "us", "you", "reporters", "journalists",
    "analysts", "investors", "lawmakers", "supporters", "listeners",
    "viewers", "readers", "employees", "staff", "shareholders", "members",
    "delegates", "congress", "parliament", "police", "officials", "voters",
    "it", "everyone", "anyone", "people", NULL};
static const char *const w_neg[] = {
    "not", "never", "n't", "declined", "refused", "cannot", "didn't",
    "won't", "wouldn't", "doesn't", "don't", "isn't", "aren't", "wasn't",
    "weren't", "haven't", "hasn't", "hadn't", "couldn't", "shouldn't",
    "can't", NULL};
static const char *const w_male[] = {"he", "him", "his", "mr", "mr.",
                                     "himself", NULL};
static const char *const w_female[] = {"she", "her", "hers", "ms", "ms.",
                                       "mrs", "mrs.", "herself", "miss",
                                       NULL};
static const char *const w_plural[] = {"they", "them", "their", "we",
                                       NULL};
static const char *const w_first[] = {"i", "we", NULL};
static const char *const w_orgnoun[] = { /* a business: "the company" */
    "company", "firm", "bank", "group", "lender", "insurer", "carrier",
    "airline", "maker", "retailer", "utility", "conglomerate", "giant",
    "automaker", "carmaker", "chipmaker", "drugmaker", "producer",
    "operator", "supplier", "chain", "brewer", "miner", "manufacturer",
    "provider", "publisher", "brokerage", "refiner", "distributor",
    "grocer", "homebuilder", "builder", "bottler", NULL};
static const char *const w_that[] = {"that", NULL};
static const char *const w_particle[] = {"for", "on", "to", "about", "as",
                                         "against", "at", "with", "of",
                                         "over", "out", NULL};
static const char *const w_lynoun[] = {
    "family", "ally", "rally", "supply", "assembly", "monopoly", "anomaly",
    "bully", "daily", "weekly", "monthly", "quarterly", "yearly", "elderly",
    "early", "holy", "fly", "belly", "jelly", "italy", "july", NULL};
static const char *const w_person[] = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "analyst", "analysts", "executive", "executives", "lawmaker",
    "lawmakers", "critic", "critics", "supporter", "supporters", "leader",
    "leaders", "president", "minister", "chairman", "chairwoman", "chief",
    "director", "economist", "economists", "investor", "investors",
    "trader", "traders", "source", "sources", "person", "expert", "experts",
    "observer", "observers", "people", "residents", "voters", "democrats",
    "republicans", "candidate", "candidates", "senator", "senators",
    "governor", "secretary", "lawyer", "lawyers", "attorney", "judge",
    "prosecutors", "police", "workers", "employees", "activists",
    "opponents", "advocates", "members", "researchers", "scientists",
    "ceo", "founder", "spokespeople", "representative", "congressman",
    "congresswoman", "mayor", "report", "reports", "memo", "statement",
    "study", "survey", "letter", "filing", "papers", "documents", "poll",
    "polls", "website", "article", "analysis", "release", "data",
    "figures", "results", "reporter", "reporters", "journalist", "writer",
    "author", "columnist", "editor", "commentator", "strategist", "adviser",
    "advisor", "advisers", "advisors", "aide", "aides", "consultant", "professor", "historian",
    "manager", "negotiator", "diplomat", "envoy", "ambassador", "banker",
    "regulator", "protesters", "nominee", "insider", "insiders", "campaign",
    "administration", "government", "ministry", "agency", "committee",
    "court", "party", "union", "council", "commission", "department",
    "board", "officer", "officers", "managers", "partner", "partners",
    "dealers", "bankers", "counsel", "owner", "owners", "head", "boss",
    "deputy", "coach", "captain", "chancellor", "mp", "mps", "player",
    "actor", "actress", "singer", "producer", NULL};
static const char *const w_thing[] = {
    "sales", "shares", "stocks", "stock", "prices", "price", "profits",
    "profit", "revenue", "revenues", "earnings", "exports", "imports",
    "output", "costs", "markets", "bonds", "futures", "volumes", "volume",
    "index", "indexes", "yields", "demand",
    "supply", "inflation", "growth", "it", NULL};
static const char *const w_past[] = {
    "rose", "fell", "grew", "was", "were", "had", "made", "took", "saw",
    "won", "lost", "came", "went", "left", "held", "gave", "got", "kept",
    "paid", "sold", "bought", "became", "ran", "led", "met", "spent",
    "needs", "wants", "remains", "plans", "expects", "faces", "has", "is",
    "are", "began", "brought", "built", "chose", "drew", "fought", "found",
    "knew", "meant", "sought", "stood", "struck", "taught",
    "thought", "caught", "broke", "threw", "flew", "wore", "felt", "spoke",
    NULL};
static const char *const w_be[] = {"is", "was", "were", "are", "be",
                                   "been", "being", "am", NULL};
static const char *const w_link[] = {"of", "for", "at", "on", "from",
                                     "with", "in", "and", NULL};

/* Or the class bits c into every word of the list. */
static void word_list(const char *const *list, int c) {
  for (int i = 0; list[i]; i++) {
    word_put(nw_hash_lower_cstr(list[i]), c, 0);
  }
}

/* Is h already a cue form of its own (no particle)? */
static int cue_known(uint32_t h) {
  for (size_t k = h & (CUE_SLOTS - 1); cue_tab[k].used; k = (k + 1) & (CUE_SLOTS - 1))
    if (cue_tab[k].h == h && !cue_tab[k].particle) return 1;
  return 0;
}

/* Add the forms learned from annotated news (cues_learned.c): they report
 * a clause only under the checks of quote_attrib.c; forms without -ed or
 * -ing may be nouns. */
static void add_learned(void) {
  for (int i = 0; nw_cue_learned[i]; i++) {
    const char *w = nw_cue_learned[i];
    size_t n = strlen(w);
    int past = (n > 2 && strcmp(w + n - 2, "ed") == 0) ||
               (n > 3 && strcmp(w + n - 3, "ing") == 0);
    int ing = n > 3 && strcmp(w + n - 3, "ing") == 0;
    int known = cue_known(nw_hash_lower_cstr(w));
    cue_put(w, 0, NW_CUE_ANY | (past || known ? 0 : NW_CUE_BARE) |
                      (ing ? NW_CUE_ING : 0));
  }
}

/* Build both tables (run once through pthread_once). */
static void cues_build(void) {
  for (int i = 0; nw_cue_lemmas[i].lemma; i++) add_lemma(&nw_cue_lemmas[i]);
  add_learned();
  word_list(w_pron, NW_W_PRON);
  word_list(w_det, NW_W_DET);
  word_list(w_adv, NW_W_ADV);
  word_list(w_aux, NW_W_AUX);
  word_list(w_stop, NW_W_STOP);
  word_list(w_prep, NW_W_PREP);
  word_list(w_time, NW_W_TIME);
  word_list(w_obj, NW_W_OBJ);
  word_list(w_neg, NW_W_NEG);
  word_list(w_male, NW_W_MALE);
  word_list(w_female, NW_W_FEMALE);
  word_list(w_plural, NW_W_PLURAL);
  word_list(w_first, NW_W_FIRST);
  word_list(w_orgnoun, NW_W_ORGNOUN);
  word_list(w_that, NW_W_THAT);
  word_list(w_link, NW_W_LINK);
  word_list(w_be, NW_W_BE);
  word_list(w_particle, NW_W_PARTICLE);
  word_list(w_lynoun, NW_W_LYNOUN);
  word_list(w_person, NW_W_PERSON);
  word_list(w_orgnoun, NW_W_PERSON);
  word_list(w_thing, NW_W_THING);
  word_list((const char *const[]){"a", "an", NULL}, NW_W_INDEF);
  word_list(w_past, NW_W_PAST);
  word_list((const char *const[]){"how", "what", "why", "whether", "where",
                                  "when", "who", NULL},
            NW_W_WH);
  word_list((const char *const[]){"to", NULL}, NW_W_TO);
  word_list((const char *const[]){"called", "named", "dubbed", "titled",
                                  "labeled", "labelled", "known", "branded",
                                  NULL},
            NW_W_NAMING);
  word_list((const char *const[]){"written", "shown", "known", "spoken",
                                  "sworn", NULL},
            NW_W_PARTICIPLE);
  word_list((const char *const[]){"and", "but", "although", "though",
                                  "whereas", NULL},
            NW_W_CONJ);
  word_list((const char *const[]){"who", NULL}, NW_W_REL);
  word_list((const char *const[]){"as", "after", "before", "while", "because",
                                  "since", "until", "following", "upon",
                                  "amid", "despite", "ahead", "when", NULL},
            NW_W_SUBORD);
  word_list((const char *const[]){"it", NULL}, NW_W_NEUTER);
  h_to = nw_hash_lower_cstr("to");
  h_according = nw_hash_lower_cstr("according");
  word_put(h_according, 0, 1);
  h_it = nw_hash_lower_cstr("it");
}

/* Build the tables once per process. */
void nw_cues_init(void) { pthread_once(&cues_once, cues_build); }

/* Word class bits of hash h. */
int nw_word_class(uint32_t h) {
  const word_slot *w = word_find(h);
  return w ? w->cls : 0;
}

/* Does some cue form start with the word of hash h? */
int nw_word_cue_start(uint32_t h) {
  const word_slot *w = word_find(h);
  return w && w->cue;
}

/* Call add(ctx, h) for every word of the word table. */
void nw_cue_word_keys(void (*add)(void *ctx, uint32_t h), void *ctx) {
  for (size_t k = 0; k < WORD_SLOTS; k++)
    if (word_tab[k].used) add(ctx, word_tab[k].h);
}

/* Cue starting at the word t, whose first word may start one. */
static int cue_of_word(const nw_doc *d, size_t t, size_t *end) {
  const nw_token *tk = d->tok.t;
  uint32_t h = tk[t].h;
  if (h == h_according) {
    if (t + 1 < d->tok.n && tk[t + 1].h == h_to) {
      *end = t + 2;
      return NW_CUE_ACCORDING;
    }
    return 0;
  }
  uint32_t next = t + 1 < d->tok.n ? tk[t + 1].h : 0;
  uint32_t after_it = next == h_it && t + 2 < d->tok.n ? tk[t + 2].h : 0;
  int found = 0;
  size_t k = h & (CUE_SLOTS - 1);
  while (cue_tab[k].used) {
    const cue_slot *s = &cue_tab[k];
    if (s->h == h) {
      if (s->particle && (s->particle == next || s->particle == after_it)) {
        *end = t + (s->particle == next ? 2 : 3); /* "made clear", "made it clear" */
        return s->cls;
      }
      if (!s->particle) found = s->cls;
    }
    k = (k + 1) & (CUE_SLOTS - 1);
  }
  if (found) *end = t + 1;
  return found;
}

/* Cue starting at token t. */
int nw_cue_at(const nw_doc *d, size_t t, size_t *end) {
  if (d->tok_cue) { /* looked up once per document while quotes are built */
    int c = d->tok_cue[t];
    *end = t + ((unsigned)c >> 24);
    return c & 0xFFFFFF;
  }
  if (d->tok.t[t].kind != NW_K_WORD) return 0;
  const word_slot *w = word_find(d->tok.t[t].h);
  return w && w->cue ? cue_of_word(d, t, end) : 0;
}

/* Word class bits of token t (0 for no word) into *wcls, and the cue
 * starting at it, from the document's lexicon: for the per-document
 * tables. */
int nw_token_lexicon(const nw_doc *d, size_t t, size_t *end, int *wcls) {
  *wcls = 0;
  if (d->tok.t[t].kind != NW_K_WORD) return 0;
  *wcls = d->lex[t].wcls;
  return d->lex[t].cue ? cue_of_word(d, t, end) : 0;
}
