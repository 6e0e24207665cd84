/* Shared internals of the quotation module: the reporting-cue table, the
 * small word classes attribution needs, quote-mark pairing and the
 * attribution records that quotes.c turns into nw_quote rows. */
#ifndef NW_QUOTES_INTERNAL_H
#define NW_QUOTES_INTERNAL_H

#include "quotes.h"

/* ---- cues (cues.c, cues_data.c) ---- */

typedef struct nw_cue_lemma {
  const char *lemma; /* "say", or "point out" for a verb with a particle */
  const char *cls;   /* class letters, see cues_data.c */
} nw_cue_lemma;

extern const nw_cue_lemma nw_cue_lemmas[];
extern const char *const nw_cue_irregular[];
extern const char *const nw_cue_learned[]; /* cues_learned.c */

enum {
  NW_CUE_SPEECH = 1 << 0,    /* attributes direct quotes */
  NW_CUE_CLAUSE = 1 << 1,    /* takes a reported clause */
  NW_CUE_OBJ = 1 << 2,       /* may take a listener object first */
  NW_CUE_ACCORDING = 1 << 3, /* "according to" */
  NW_CUE_BARE = 1 << 4,      /* the form is the lemma or its -s form, which
                                may be a noun ("a report", "claims") */
  NW_CUE_ING = 1 << 5,       /* an -ing form: "..., adding that" */
  NW_CUE_ANY = 1 << 6,       /* learned from annotated news: reports a
                                that-clause or a finite clause only */
  NW_CUE_NP = 1 << 7,        /* an evaluative speech act whose object is
                                the content: "called Clinton a “champion”",
                                "criticized the plan" */
  NW_CUE_NOUNOBJ = 1 << 8,   /* usually takes a noun phrase that is no
                                speech ("reported a loss", "confirmed the
                                appointment"): a clause needs "that" or a
                                subject and a finite verb */
  NW_CUE_ASK = 1 << 9,       /* a question or request: reports a wh- or
                                "whether" clause, or a listener and "to"
                                ("asked the judge to block it"), never a
                                bare "to" ("asked not to be named") */
};

/* Build the cue and word tables once per process (thread-safe). */
void nw_cues_init(void);
/* Class bits (NW_CUE_*) of the cue that starts at token t, 0 when none;
 * *end is set to the token after the cue (a particle included). */
int nw_cue_at(const nw_doc *d, size_t t, size_t *end);
/* nw_cue_at() and the word class of token t (into *wcls), from the
 * document's lexicon (nw_doc_lexicon, already made), for the per-document
 * tables the quotation stages read. */
int nw_token_lexicon(const nw_doc *d, size_t t, size_t *end, int *wcls);
/* Does some cue form start with the word of hash h? */
int nw_word_cue_start(uint32_t h);
/* Call add(ctx, h) for every word with a class or starting a cue (after
 * nw_cues_init). */
void nw_cue_word_keys(void (*add)(void *ctx, uint32_t h), void *ctx);

enum {
  NW_W_PRON = 1 << 0,    /* subject pronoun: he she they I we it */
  NW_W_DET = 1 << 1,     /* determiner or possessive that opens a noun
                            phrase: a the his their several */
  NW_W_ADV = 1 << 2,     /* adverb between a subject and its verb */
  NW_W_AUX = 1 << 3,     /* auxiliary: has had was will would */
  NW_W_STOP = 1 << 4,    /* a word no speaker phrase holds: that which
                            and but when because */
  NW_W_PREP = 1 << 5,    /* preposition opening an adjunct: in on at */
  NW_W_TIME = 1 << 6,    /* a day or time word: Monday today */
  NW_W_OBJ = 1 << 7,     /* object pronoun or listener: him reporters */
  NW_W_NEG = 1 << 8,     /* not never n't */
  NW_W_THAT = 1 << 9,    /* "that" */
  NW_W_MALE = 1 << 10,   /* he him his Mr */
  NW_W_FEMALE = 1 << 11, /* she her Ms Mrs */
  NW_W_PLURAL = 1 << 12, /* they them we */
  NW_W_NEUTER = 1 << 13, /* it */
  NW_W_FIRST = 1 << 14,  /* I we */
  NW_W_ORGNOUN = 1 << 15, /* company firm bank group: "the company" */
  NW_W_LINK = 1 << 16,    /* of for at on: links words in a speaker phrase */
  NW_W_BE = 1 << 17,      /* is was were been: a passive before a cue */
  NW_W_PARTICLE = 1 << 18, /* for on to about as: "called for", "pointed to" */
  NW_W_LYNOUN = 1 << 19,    /* a word in -ly that is no adverb: family */
  NW_W_CONJ = 1 << 20,      /* and but although: joins a second verb to a
                               subject, or after a comma a contrast */
  NW_W_REL = 1 << 21,       /* who: "X, who said" */
  NW_W_SUBORD = 1 << 22,    /* as after while because: an adjunct clause,
                               not reported speech, after "said" */
  NW_W_PERSON = 1 << 23,    /* a noun for people: spokesman analysts */
  NW_W_THING = 1 << 24,     /* a market noun that "adds" and "posts" without
                               speaking: sales shares prices */
  NW_W_INDEF = 1 << 25,     /* a an: "a company called X" is no speaker */
  NW_W_PAST = 1 << 26,      /* an irregular finite verb: rose fell was */
  NW_W_PARTICIPLE = 1 << 27, /* a form that is only a participle: written */
  NW_W_WH = 1 << 28,         /* how what why whether where: a clause */
  NW_W_TO = 1 << 29,         /* "to" */
  NW_W_NAMING = 1 << 30      /* called named dubbed: "a firm called X" */
};

/* NW_W_* bits of the lower-cased word with hash h. */
int nw_word_class(uint32_t h);

/* ---- quote marks (quote_marks.c) ---- */

typedef struct nw_qpair {
  uint32_t t0, t1; /* first token of the opening mark, last of the closing
                      one (a mark may be two tokens: '') */
  uint32_t i0, i1; /* the tokens inside the marks: [i0, i1) */
  uint8_t single;  /* single marks (‘ ’ ' ‹ ›) rather than double */
} nw_qpair;

/* The outermost quote-mark pairs of the document in text order.  Returns
 * NW_OK or NW_NOMEM; *out is malloc'd (NULL when none). */
int nw_quote_pairs(const nw_doc *d, nw_qpair **out, size_t *n);

/* ---- attribution records (quote_attrib.c -> quotes.c) ---- */

typedef struct nw_qrec {
  nw_quote q;        /* the row as it will be output */
  uint32_t st0, st1; /* speaker tokens [st0, st1) when q.has_speaker */
  uint32_t anchor;   /* byte that orders records: the quote's or cue's */
  uint32_t para;     /* paragraph of the quote (or cue) */
  uint8_t hidden;    /* a cue's subject without content: only resolves
                        later pronouns, never output */
  uint8_t floating;  /* no speaker found: takes the speaker (and, when it
                        has no cue, the verb) of the record before */
  uint8_t linked;    /* the speaker phrase names an entity (link_name) */
} nw_qrec;

typedef struct nw_qbuild {
  nw_doc *d;
  nw_qpair *pairs;     /* outermost quote-mark pairs */
  size_t npairs;
  uint8_t *is_row;     /* per pair: 1 when it is a direct quotation row */
  uint32_t *in_pair;   /* per token: 1 + index of the pair holding it */
  nw_qrec *r;
  size_t n, cap;
  int *wcls;           /* per token: its word class (NW_W_*), for d->tok_wc,
                          then its cue (d->tok_cue); the block holds
                          in_pair and is_row too */
} nw_qbuild;

/* Append a zeroed record; NULL when out of memory. */
nw_qrec *nw_qrec_add(nw_qbuild *b);
/* Attribute every quote-mark pair: direct rows and their speakers. */
int nw_attribute_direct(nw_qbuild *b);
/* Find reported speech and cue subjects without content. */
int nw_attribute_reported(nw_qbuild *b);
/* Add a reported record: content tokens [c0, c1), cue [v0, v1) (none when
 * v1 == v0), speaker tokens sp when has_sp. */
int nw_add_reported(nw_qbuild *b, size_t c0, size_t c1, size_t v0, size_t v1,
                    const uint32_t sp[2], int has_sp);
/* Headlines "Name: content" and interview transcript lines "NAME: …"
 * (quote_lines.c). */
int nw_attribute_lines(nw_qbuild *b);
/* Is token t in a first line written in title case, where cues are
 * capitalised ("Obama Says Museum Will Tell")? */
int nw_title_case_at(const nw_doc *d, size_t t);
/* The colon of the transcript speaker ("WALLACE:") that opens a line at
 * token t, after a quote mark if any; 0 when none. */
size_t nw_transcript_colon(const nw_doc *d, size_t t);
/* Attribute quoted fragments no row or clause holds to the cue before. */
int nw_attribute_fragments(nw_qbuild *b);

/* ---- speaker phrases (quote_phrase.c) ---- */

/* Hash the words the phrase rules compare against (once per process). */
void nw_phrase_init(void);

/* ---- cues in their sentence (quote_cue.c) ---- */

/* A word and where its hash goes; a zero-terminated word list and the array
 * its hashes go to. */
typedef struct nw_word_ref {
  uint32_t *h;
  const char *w;
} nw_word_ref;
typedef struct nw_set_ref {
  const char *const *w;
  uint32_t *h;
} nw_set_ref;
/* Hash words[0..n) and every list of sets[0..m) into their places (the
 * word tables of the attribution rules, built once). */
void nw_hash_refs(const nw_word_ref *words, size_t n, const nw_set_ref *sets, size_t m);

/* Hash the cue checks' word lists (once per process). */
void nw_cue_rules_init(void);
/* Cue classes (NW_CUE_*) of the reporting cue at token t after the checks
 * for names, negation and noun uses; *end is the token after it. */
int nw_cue_here(const nw_doc *d, size_t t, size_t *end);
/* Is the hash h a form of "say" ("says", "said")? */
int nw_say_word(uint32_t h);
/* Is the hash h an -ing word that works as a preposition ("including")? */
int nw_prep_ing_word(uint32_t h);
/* Is the hash h a modal ("would", "could")? */
int nw_modal_word(uint32_t h);
/* Is token t a form of "agree" ("agreed", "agrees")? */
int nw_agree_form(const nw_doc *d, size_t t);
/* Is token t a form of "add", which also takes a plain object? */
int nw_add_form(const nw_doc *d, size_t t);
/* Does "added" at j take a plain object ("added a fourth year to")? */
int nw_add_object(const nw_doc *d, size_t j, size_t send);
/* Is token t a noun that names a source of findings ("poll", "survey")? */
int nw_data_noun(const nw_doc *d, size_t t);
/* Is token t a participle that names ("a firm called Acme Corp")? */
int nw_naming_participle(const nw_doc *d, size_t t);
/* Tokens of the verb chain before the cue at t whose subject is the cue's
 * ("went on to say": 3, "continues to insist": 2), else 0. */
size_t nw_chain_before(const nw_doc *d, size_t t);
/* Does a noun (or an amount) follow at token end, as after a modifier? */
int nw_noun_after(const nw_doc *d, size_t end);

/* ---- shared by the attribution stages (quote_attrib.c, quote_direct.c) ---- */

/* Hash the attribution rules' word lists, the cue checks' too (once). */
void nw_attrib_init(void);
/* The source after "according to" at token e, up to hi, into sp. */
int nw_according_source(const nw_doc *d, size_t e, size_t hi, uint32_t sp[2]);
/* The token after a parenthesis opening at t ("( IBM.N )"), or t. */
size_t nw_skip_paren(const nw_doc *d, size_t t, size_t hi);
/* Is pair p short enough to be a scare quote? */
int nw_short_pair(const nw_doc *d, const nw_qpair *p);
/* The token after a dateline (and byline) opening a sentence at t0. */
size_t nw_after_dateline(const nw_doc *d, size_t t0, size_t k);
/* The subject that opens the sentence at t0 before the cue at k, into sp. */
int nw_sentence_subject(const nw_doc *d, size_t t0, size_t k, uint32_t sp[2]);
/* Is token t inside a pair that became a direct row? */
int nw_in_row(const nw_qbuild *b, size_t t);
/* Does pair p stand as a sentence of its own? */
int nw_stands_alone(const nw_doc *d, const nw_qpair *p);
/* Make a direct-quotation record for pair i. */
nw_qrec *nw_direct_rec(nw_qbuild *b, size_t i);
/* nw_np_fwd taken over "familiar with X" / "close to X". */
int nw_source_fwd(const nw_doc *d, size_t a, size_t hi, uint32_t *s0, uint32_t *s1);
/* Is token t a cue that cannot be a noun (said, told, "point out")? */
int nw_verb_cue(const nw_doc *d, size_t t);
/* Can token t be inside a speaker phrase? */
int nw_np_word(const nw_doc *d, size_t t);
/* Is token t a connector inside a speaker phrase ("chief of Y")? */
int nw_np_link(const nw_doc *d, size_t t);
/* The head word of phrase [s0, s1), before "of", "by" and the like. */
size_t nw_phrase_head(const nw_doc *d, size_t s0, size_t s1);
/* The speaker phrase ending before token e, not before token lo. */
int nw_np_back(const nw_doc *d, size_t e, size_t lo, uint32_t *s0, uint32_t *s1);
/* Is token t a relative pronoun opening a clause (who, whose, which)? */
int nw_relative_word(const nw_doc *d, size_t t);
/* Replace a description [*s0, *s1) with the short name in apposition after
 * it ("Nasdaq's chief executive, Robert Greifeld"), up to hi. */
void nw_apposed_name(const nw_doc *d, uint32_t *s0, uint32_t *s1, size_t hi);
/* Is the -ing cue at k said by what a verb before it sent ("issued a
 * statement saying")? */
int nw_sent_saying(const nw_doc *d, size_t k, size_t lo);
/* The first token of [s0, s1) after a capitalised subheading that opens it
 * ("WEAK OUTLOOK Marriott"), s0 when there is none; strict for content. */
size_t nw_after_subheading(const nw_doc *d, size_t s0, size_t s1, int strict);
/* Does the phrase [t0, t1) hold a word such as "Texas-based"? */
int nw_place_based(const nw_doc *d, size_t t0, size_t t1);
/* Is token t the name of a month ("in May")? */
int nw_month_at(const nw_doc *d, size_t t);
/* Is token t a quantifier that stands for people ("Many said")? */
int nw_quantifier(const nw_doc *d, size_t t);

/* Is the word with hash h common in lower case (the entity model's list):
 * a capitalised "Major" or "Inflation" opening a sentence is no name. */
int nw_common_word(uint32_t h);

/* The speaker phrase starting at token b, not past token hi. */
int nw_np_fwd(const nw_doc *d, size_t b, size_t hi, uint32_t *s0, uint32_t *s1);
/* Set a record's speaker from tokens [s0, s1). */
void nw_set_speaker(const nw_doc *d, nw_qrec *r, uint32_t s0, uint32_t s1);
/* Is the word at t a particle of the cue before it ("called for")? */
int nw_cue_particle(const nw_doc *d, size_t t);
/* Set a record's verb from tokens [v0, v1), with its auxiliaries. */
void nw_set_verb(const nw_doc *d, nw_qrec *r, size_t v0, size_t v1);
/* Is token v1 "after" joining a form of "go" as a cue ("gone after")? */
int nw_go_after(const nw_doc *d, size_t v0, size_t v1);
/* Is token t "around" or "across" after "and" (not before lo), opening a
 * second place of a phrase ("in Virginia and around the country")? */
int nw_second_place(const nw_doc *d, size_t t, size_t lo);
/* Is token t an adverb that closes the cue before it and so belongs to the
 * verb ("said sarcastically.", "complain bitterly that")? */
int nw_manner_after(const nw_doc *d, size_t t);
/* Are tokens [a, b) a short capitalised name ("Jake Sullivan")? */
int nw_short_name(const nw_doc *d, size_t a, size_t b);
/* The subject of the cue at token k, not before token lo: 0 when there is
 * none, NW_SUBJ_RELATIVE for the phrase before a bare "who" ("an architect
 * who said") or before ", which" ("the European Union, which contended"),
 * else 1. */
enum { NW_SUBJ_RELATIVE = 2 };
int nw_subject_of(const nw_doc *d, size_t k, size_t lo, uint32_t *s0, uint32_t *s1);

#endif
