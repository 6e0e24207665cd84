/* Quotations of a document: pairs quote marks, attributes them
 * (quote_direct.c) and finds reported speech (quote_attrib.c), then links
 * each speaker to the document's entities: names to their entity and
 * canonical name, pronouns to the most recent compatible speaker or
 * person, "the company" to the organisation, and floating quotes to the
 * speaker before them. */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities.h"
#include "grow.h"
#include "lexicon.h"
#include "quote_tokens.h"
#include "quotes_internal.h"

#define LOOKBACK_PARAS 3 /* how far back a pronoun or floating quote looks */
#define LOOKBACK_RECS 40 /* records scanned back for an antecedent */
#define LOOKBACK_MENTIONS 60 /* entity mentions scanned back */
#define LEAD_PARAS 1 /* paragraphs after the first that count as the lead */

/* Word lists the resolution steps compare against, hashed once. */
enum { W_AUTHORED, W_PAPER, W_TITLE, W_VOICE, W_TOP, W_LAW, W_LEGAL, W_PAIR, W_RANK, W_ROLE,
       W_HER, W_HIM, W_MARKET, W_ONE, W_LISTS };
static const char *const word_lists[W_LISTS][40] = {
    /* what a person writes or says: "Clark's letter" is Clark's */
    {"letter", "remarks", "comments", "statement", "speech", "report", "memo", "note",
     "testimony", "book", "article", "interview", "message", "email", "blog", "column", "tweet",
     "tweets", "words", "study", "analysis", "paper", "complaint", "filing", "lawsuit", "suit",
     "release", "prospectus", NULL},
    /* a newspaper's title word: "the paper" is the Financial Times */
    {"times", "journal", "post", "news", "herald", "tribune", "daily", "gazette", "telegraph",
     "guardian", "mail", "express", "chronicle", "observer", "nikkei", "globe", "standard", NULL},
    /* titles a person's name carries: "the mayor" is Mayor Michael Bloomberg */
    {"mayor", "judge", "governor", "president", "chairman", "chairwoman", "ceo", "executive",
     "minister", "secretary", "senator", "spokesman", "spokeswoman", "spokesperson", "lawyer",
     "attorney", "analyst", "economist", "director", "founder", "officer", "ambassador",
     "prosecutor", "commissioner", "premier", "chancellor", "coach", "manager", "congressman",
     "congresswoman", "head", "chief", "boss", "leader", NULL},
    /* titles of those who speak for an organisation: "a spokeswoman for X" is X's voice */
    {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "analyst", "economist",
     NULL},
    /* words for the one who runs an organisation, any of which names the post */
    {"ceo", "executive", "chief", "head", "boss", NULL},
    /* words for a public prosecutor, any of which names the post */
    {"prosecutor", "attorney", NULL},
    /* legal forms that end a company's name, never open another */
    {"co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv", "cos", NULL},
    /* plural heads that take back two organisations named together */
    {"companies", "firms", "banks", "groups", "carriers", "airlines", "automakers", NULL},
    /* words before a title that make it another post: "shadow chancellor" */
    {"shadow", "former", "deputy", "vice", "acting", "assistant", "ex", "outgoing", "interim",
     "lord", NULL},
    /* people who act for someone: "lawyers for Conrad Black" are not Black */
    {"adviser", "advisers", "advisor", "advisors", "aide", "aides", "lawyers", "attorneys",
     "ally", "allies", "associate", "associates", "friend", "friends", "supporters",
     "representatives", "critics", "people", NULL},
    /* words for a woman, which "she" may take back: "A spokeswoman for Oxford said" */
    {"spokeswoman", "chairwoman", "woman", "congresswoman", "businesswoman", "actress",
     "mother", "wife", "daughter", "sister", "grandmother", "queen", "princess", NULL},
    /* words for a man, which "he" may take back */
    {"spokesman", "chairman", "man", "congressman", "businessman", "father", "husband", "son",
     "brother", "grandfather", "king", "prince", NULL},
    /* words for a market, before "leader": "the industry leader" is a company */
    {"industry", "market", "search", "sector", "segment", "category", NULL},
    /* single words, in the order of the H_* names below */
    {"and", "the", "bank", "group", "paper", "newspaper", "by", "magazine", "member", "one",
     "judge", "officer", "executive", "leader", "its", "their", NULL}};
enum { H_AND, H_THE, H_BANK, H_GROUP, H_PAPER, H_NEWSPAPER, H_BY, H_MAGAZINE, H_MEMBER, H_ONE,
       H_JUDGE, H_OFFICER, H_EXECUTIVE, H_LEADER, H_ITS, H_THEIR };
static uint32_t word_h[W_LISTS][40];
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

/* Hash the word lists (once, under pthread_once). */
static void words_build(void) {
  for (size_t l = 0; l < W_LISTS; l++)
    for (size_t i = 0; word_lists[l][i]; i++) word_h[l][i] = nw_hash_lower_cstr(word_lists[l][i]);
}

/* Is the word with hash h in word list l? */
static int in_words(uint32_t h, int l) {
  for (size_t i = 0; word_lists[l][i]; i++)
    if (word_h[l][i] == h) return 1;
  return 0;
}

/* Append a zeroed record. */
nw_qrec *nw_qrec_add(nw_qbuild *b) {
  nw_qrec *r = nw_grow(b->r, &b->cap, b->n, sizeof *r, 32);
  if (!r) return NULL;
  b->r = r;
  r = &b->r[b->n++];
  memset(r, 0, sizeof *r);
  return r;
}

/* Order records by anchor, then direct before reported. */
static int rec_cmp(const void *a, const void *b) {
  const nw_qrec *x = a, *y = b;
  if (x->anchor != y->anchor) return x->anchor < y->anchor ? -1 : 1;
  if (x->hidden != y->hidden) return x->hidden - y->hidden;
  return x->q.kind - y->q.kind;
}

/* Mark which pair holds each token. */
static void fill_in_pair(nw_qbuild *b) {
  for (size_t i = 0; i < b->npairs; i++)
    for (uint32_t t = b->pairs[i].t0; t <= b->pairs[i].t1; t++)
      b->in_pair[t] = (uint32_t)(i + 1);
}

/* Word-class bits of the first speaker token of r. */
static int speaker_class(const nw_doc *d, const nw_qrec *r) {
  if (d->tok_wc) return d->tok_wc[r->st0];
  const nw_token *k = &d->tok.t[r->st0];
  return k->kind == NW_K_WORD ? nw_word_class(k->h) : 0;
}

/* Is r's speaker a lone pronoun: he, they, or a possessor his, their
 * ("his claim that")? */
static int pronoun_speaker(const nw_doc *d, const nw_qrec *r) {
  int pc = speaker_class(d, r);
  return r->st1 == r->st0 + 1 &&
         ((pc & NW_W_PRON) ||
          ((pc & NW_W_DET) && (pc & (NW_W_MALE | NW_W_FEMALE | NW_W_PLURAL))));
}

/* Is r's speaker a person described by age alone ("the 36-year-old"),
 * who stands for a person named before as a pronoun would? */
static int aged_speaker(const nw_doc *d, const nw_qrec *r) {
  return r->st1 == r->st0 + 2 && (speaker_class(d, r) & NW_W_DET) && age_word(d, r->st0 + 1);
}

/* Index of the first mention that ends after byte b. */
static size_t first_mention_after(const nw_entities *E, uint32_t b) {
  size_t lo = 0, hi = E->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (E->m[mid].b1 <= b) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Set r's canonical span and entity from entity index e (0-based). */
static void set_entity(nw_qrec *r, const nw_entities *E, uint32_t e) {
  r->q.entity = e + 1;
  r->q.has_canon = 1;
  r->q.cb0 = E->e[e].cb0;
  r->q.cb1 = E->e[e].cb1;
}

/* Is entity e's canonical a full name of more than one word ("Tony
 * Fratto", not "Tussauds")? */
static int full_name(const nw_doc *d, const nw_entity *e) {
  return memchr(d->s + e->cb0, ' ', e->cb1 - e->cb0) != NULL;
}

/* Copy the resolved speaker identity of a into r (canonical and entity). */
static void copy_identity(nw_qrec *r, const nw_qrec *a) {
  r->q.entity = a->q.entity;
  r->q.has_canon = a->q.has_canon;
  r->q.cb0 = a->q.cb0;
  r->q.cb1 = a->q.cb1;
  if (!a->q.has_canon) {
    r->q.has_canon = 1;
    r->q.cb0 = a->q.sb0;
    r->q.cb1 = a->q.sb1;
  }
}

/* Is the word with hash h a title that a person's name carries ("Mayor
 * Michael Bloomberg", "Amy St. Eve, a U.S. District Judge")? */
static int title_word(uint32_t h) { return in_words(h, W_TITLE); }

/* Is token t a word for what a person writes or says ("letter",
 * "remarks"), whose possessor is its speaker? */
static int authored(const nw_doc *d, uint32_t t) { return in_words(d->tok.t[t].h, W_AUTHORED); }

/* Link a named speaker phrase to the entity mentioned in it: the last
 * person named in the phrase (before an "of" or "at" that follows its
 * head), else an entity that ends it; a phrase that opens with a
 * determiner ("the company", "senior vice-president Matt Garman") only
 * to a person's name that ends it.  The speaker
 * span narrows to that mention ("Matt Garman" out of "AWS senior
 * vice-president Matt Garman").  Returns 1 when linked. */
static int link_name(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  int desc = speaker_class(d, r) & NW_W_DET; /* "an AWS spokesperson" */
  for (uint32_t t = r->st0 + 1; t + 1 < r->st1; t++)
    if (d->tok.t[t].h == word_h[W_ONE][H_AND] && !title_word(d->tok.t[t - 1].h))
      return 0; /* two speakers: "ISS and Glass Lewis" stays as written; not
                   "Altria Chairman and Chief Executive Louis Camilleri" */
  uint32_t head = r->q.sb1; /* "Chris King of Stifel Nicolaus": the head */
  int titled = 0; /* a head that names a person's post: "chief executive of X" is no X */
  int role = 0; /* a head that acts for someone: "lawyers for Conrad Black" and
                   "advisers to Mr. Obama" are not Black or Obama */
  for (uint32_t t = r->st0 + 1; t < r->st1 && head == r->q.sb1; t++) {
    int c = nw_word_class(d->tok.t[t].h), acts = in_words(d->tok.t[t - 1].h, W_ROLE);
    if (((c & NW_W_LINK) && d->tok.t[t].h != word_h[W_ONE][H_AND]) || ((c & NW_W_TO) && acts)) {
      head = d->tok.t[t].b0;
      titled = title_word(d->tok.t[t - 1].h) && !in_words(d->tok.t[t - 1].h, W_VOICE);
      role = acts;
    }
  }
  uint32_t agent = r->q.sb1; /* "analysts polled by Reuters" are not Reuters; "a report
                                by Goldman Sachs" is Goldman's */
  for (uint32_t t = r->st0 + 1; t < r->st1 && agent == r->q.sb1; t++) {
    if (d->tok.t[t].h != word_h[W_ONE][H_BY]) continue;
    if (ed_word(d, t - 1)) agent = d->tok.t[t].b0;
    else desc = 0; /* the author's name ends it */
  }
  /* a name that owns its 's ("McDonald's said") may end one token later */
  uint32_t end = r->st1 < d->tok.n && (d->tok.t[r->st1].flags & NW_F_POSS)
                     ? d->tok.t[r->st1].b1 : r->q.sb1;
  size_t i = first_mention_after(E, r->q.sb0);
  const nw_mention *best = NULL;
  for (; i < E->n && E->m[i].b0 < r->q.sb1; i++) {
    const nw_mention *m = &E->m[i];
    if (m->b0 < r->q.sb0 || (m->b1 > r->q.sb1 && m->b1 != end) || m->b0 >= agent) continue;
    if (m->label == NW_L_PERSON && m->t1 + 1 < r->st1 && (d->tok.t[m->t1].flags & NW_F_POSS) &&
        !authored(d, r->st1 - 1))
      continue; /* "Sarkozy's spokesman" is not Sarkozy; "Clark's letter" is Clark */
    int ends = m->b1 == r->q.sb1 || m->b1 == end ||
               (r->st1 > r->st0 + 1 && (d->tok.t[r->st1 - 1].flags & NW_F_POSS) &&
                m->t1 == r->st1 - 1); /* "Barron's said": the tagger's "Barron" */
    if (desc && !(m->label == NW_L_PERSON && ends && m->b1 <= head && m->t1 >= m->t0 + 2) &&
        !(ends && m->t0 > r->st0 && nw_place_based(d, m->t0 - 1, m->t0)))
      continue; /* a description links only to a full name that ends it, or
                   to the name after "The San Diego, California-based"; not
                   "a spokesman for Commissioner Andris Piebalgs" */
    if (best && best->label == NW_L_PERSON && best->b1 <= head && m->b1 > head)
      continue; /* keep the person before "of" */
    if (role && m->b0 > head && m->label == NW_L_PERSON) continue;
    if (m->b0 > head && m->label != NW_L_PERSON && (m->label != NW_L_ORG || titled))
      continue; /* "observers in Virginia" are not Virginia, "president of GE Healthcare"
                   is not GE Healthcare */
    const nw_token *pk = m->t1 < d->tok.n ? &d->tok.t[m->t1] : NULL; /* 's, or the ' of s' */
    int author = m->label == NW_L_ORG && m->t1 + 1 < r->st1 && authored(d, r->st1 - 1) &&
                 ((pk->flags & NW_F_POSS) ||
                  (pk->kind == NW_K_QUOTE && pk->b0 == m->b1 && (pk->cp == '\'' || pk->cp == 0x2019)));
    if (m->label == NW_L_PERSON || (!best && (ends || author)) ||
        (best && best->label != NW_L_PERSON && ends))
      best = m; /* "Barclays' complaint says": Barclays */
  }
  if (!best) return 0;
  if (best->label == NW_L_PERSON) {
    r->q.sb0 = best->b0;
    r->q.sb1 = best->b1;
  }
  if (best->b1 == end && end != r->q.sb1) {
    r->q.sb1 = end;
    r->st1++;
  }
  set_entity(r, E, best->entity);
  if (best->t1 + 1 == r->st1 && (d->tok.t[best->t1].flags & NW_F_POSS)) {
    r->q.cb0 = r->q.sb0; /* the name as written, with its own 's */
    r->q.cb1 = r->q.sb1;
  }
  return 1;
}

/* Is mention x the city before a State-based description ("The Cherry
 * Hill, New Jersey-based company"), whatever the tagger called it? */
static int place_before_based(const nw_doc *d, const nw_mention *x) {
  size_t t = x->t1;
  return t + 2 < d->tok.n && is_p(d, t, ',') && nw_place_based(d, t + 1, t + 3);
}

/* Are the bytes [b0, b1) words a name may add to a shorter one ("Lorenzo",
 * "Scripts Inc."): each capitalised, with no digit, no possessive and no
 * heading in capitals ("STAKE British Airways", "Best Buy and Circuit City",
 * "Northwest to")? */
static int name_extension(const nw_doc *d, uint32_t b0, uint32_t b1) {
  int start = 1, upper = 0;
  for (uint32_t i = b0; i < b1; i++) {
    unsigned char c = d->s[i];
    if (c == ' ') {
      if (upper > 4) return 0;
      start = 1;
      upper = 0;
      continue;
    }
    if ((start && !(c >= 'A' && c <= 'Z')) || (c >= '0' && c <= '9') || c == '\'' || c == '"' ||
        (c >= 0x80 && i + 2 < b1 && d->s[i + 1] == 0x80 && d->s[i + 2] == 0x99))
      return 0;
    upper = (c >= 'A' && c <= 'Z') ? upper + 1 : (c == '.' || c == '-' ? upper : -100);
    start = 0;
  }
  return upper <= 4;
}

/* Link a speaker that is one capitalised word the entity tagger did not
 * take for a name ("Press also said", a common word) to the person named
 * before whose full name ends in it ("Jim Press"), the nearest within
 * LOOKBACK_MENTIONS mentions.  Returns 1 when linked. */
static int link_surname(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  const nw_token *k = &d->tok.t[r->st0];
  if (r->st1 != r->st0 + 1 || k->kind != NW_K_WORD || !(k->flags & NW_F_CAP) ||
      (k->flags & NW_F_ALLCAP))
    return 0;
  uint32_t n = k->b1 - k->b0;
  size_t m = first_mention_after(E, r->q.sb0);
  for (size_t i = m; i > 0 && m - i < LOOKBACK_MENTIONS; i--) {
    const nw_mention *x = &E->m[i - 1];
    const nw_entity *e = &E->e[x->entity];
    if ((x->label != NW_L_PERSON && x->label != NW_L_ORG) || e->cb1 - e->cb0 <= n + 1 ||
        place_before_based(d, x))
      continue;
    if (x->label == NW_L_PERSON ? memcmp(d->s + e->cb1 - n, d->s + k->b0, n) == 0 &&
                                      d->s[e->cb1 - n - 1] == ' '
                                : memcmp(d->s + e->cb0, d->s + k->b0, n) == 0 &&
                                      d->s[e->cb0 + n] == ' ' &&
                                      name_extension(d, e->cb0 + n + 1, e->cb1)) { /* "Express"
                                                                  of "Express Scripts Inc." */
      set_entity(r, E, x->entity);
      return 1;
    }
  }
  return 0;
}

/* Link a speaker whose entity is a name to the entity named before whose
 * name ends in it ("Bini Smaghi" after "Lorenzo Bini Smaghi"; a one-word
 * name only to a person: "Paz" after "George Paz"), the nearest within
 * LOOKBACK_MENTIONS mentions. */
static void link_longer(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  const nw_entity *s = &E->e[r->q.entity - 1];
  uint32_t n = s->cb1 - s->cb0;
  int one = !memchr(d->s + s->cb0, ' ', n); /* a surname: only to a person ("Paz") */
  size_t m = first_mention_after(E, r->q.sb0);
  for (size_t i = m; i > 0 && m - i < LOOKBACK_MENTIONS; i--) {
    const nw_mention *x = &E->m[i - 1];
    const nw_entity *e = &E->e[x->entity];
    if (x->entity + 1 == r->q.entity || x->b1 > r->q.sb0 || e->cb1 - e->cb0 <= n + 1 ||
        (x->label != NW_L_PERSON && (one || x->label != s->label)) || place_before_based(d, x))
      continue;
    if (memcmp(d->s + e->cb1 - n, d->s + s->cb0, n) == 0 && d->s[e->cb1 - n - 1] == ' ' &&
        name_extension(d, e->cb0, e->cb1 - n - 1)) {
      set_entity(r, E, x->entity);
      return;
    }
  }
}

/* Is entity e compatible with the pronoun classes pc (gender, person)? */
static int compatible(const nw_entities *E, uint32_t e, int pc) {
  const nw_entity *x = &E->e[e];
  if (pc & NW_W_NEUTER) return x->label == NW_L_ORG;
  if (pc & NW_W_PLURAL) return x->label != NW_L_PERSON;
  if (x->label != NW_L_PERSON) return 0;
  if (pc & NW_W_MALE) return x->gender != 2;
  if (pc & NW_W_FEMALE) return x->gender != 1;
  return 1;
}

/* Is mention x a dateline's wire ("LONDON (Reuters) -") or the listener of
 * a cue ("told Reuters"), never what a later "it" refers to? */
static int wire_or_listener(const nw_doc *d, const nw_mention *x) {
  size_t e;
  if (x->b0 > 0 && x->b1 < d->n && d->s[x->b0 - 1] == '(' && d->s[x->b1] == ')') return 1;
  return x->t0 > 0 && (nw_cue_at(d, x->t0 - 1, &e) & NW_CUE_OBJ) && e == x->t0;
}

/* Is mention x the maker's name of a product with a number ("two new
 * Boeing 777 planes", "an Airbus A380"), no antecedent of "it"? */
static int maker_of_model(const nw_doc *d, const nw_mention *x) {
  if (x->label != NW_L_ORG || x->t1 >= d->tok.n) return 0;
  const nw_token *k = &d->tok.t[x->t1];
  return (k->kind == NW_K_NUM || (k->kind == NW_K_WORD && (k->flags & NW_F_DIGIT))) &&
         (k->flags & NW_F_SPACE) && !k->nl;
}

/* Does mention x open its sentence, after only capitalised words, person
 * nouns or a determiner? */
static int opens_sentence(const nw_doc *d, const nw_mention *x) {
  uint32_t t0 = d->sent[nw_doc_sentence_at(d, x->b0)].t0;
  if (x->t0 < t0 || x->t0 - t0 > 6 || x->t1 >= d->tok.n) return 0;
  for (uint32_t t = t0; t < x->t0; t++) {
    const nw_token *k = &d->tok.t[t];
    if (k->kind != NW_K_WORD ||
        !((k->flags & NW_F_CAP) || (nw_word_class(k->h) & (NW_W_PERSON | NW_W_DET))))
      return 0;
  }
  return 1;
}

/* Does mention x open its sentence as its subject: only capitalised words,
 * person nouns or a determiner before it ("White House spokesman Tony
 * Fratto opened …")? */
static int subject_mention(const nw_doc *d, const nw_mention *x) {
  return opens_sentence(d, x) && d->tok.t[x->t1].kind == NW_K_WORD; /* a verb follows, not
                                                                      ", who" or a quote */
}

/* The entity of the person compatible with pronoun class pc who opens the
 * sentence of mention k, when k stands later in it and no sentence but
 * record r's own words stands between it and r's pronoun ("Joshua Rifkin -
 * a composer and leading interpreter of Bach - has recreated the parts. He
 * said": Rifkin, not Bach; "Mirza beat Bondarenko. “…,” she said":
 * Mirza), or the sentence before when that one opens with the same
 * pronoun ("Merle Kilgore … died. He started out … Hank Williams Jr. He
 * wrote": Kilgore); else k's own.  Not a possessor ("Edwards' sister
 * Rachel"). */
static uint32_t opening_person(const nw_doc *d, const nw_entities *E, const nw_qrec *r,
                               size_t k, int pc) {
  size_t k0 = k;
  uint32_t s = nw_doc_sentence_at(d, E->m[k].b0), sp = nw_doc_sentence_at(d, r->q.sb0);
  for (uint32_t t = s + 1; t < sp; t++)
    if (d->sent[t].b0 < r->q.qb0 || d->sent[t].b1 > r->q.qb1) return E->m[k].entity;
  for (int hop = 0; hop < 3; hop++) {
    for (size_t j = k; j > 0 && d->sent[s].b0 <= E->m[j - 1].b0; j--) {
      const nw_mention *y = &E->m[j - 1];
      if (compatible(E, y->entity, pc) && opens_sentence(d, y) &&
          !(d->tok.t[y->t1].flags & NW_F_POSS) && d->tok.t[y->t1].cp != '\'' &&
          d->tok.t[y->t1].cp != 0x2019)
        return y->entity;
    }
    const nw_token *o = &d->tok.t[d->sent[s].t0]; /* "Kilgore, co-writer … He started out … He
                                                   wrote": the same pronoun opening the
                                                   sentences before leads to the name */
    if (s == 0 || !(nw_word_class(o->h) & NW_W_PRON) ||
        !(nw_word_class(o->h) & pc & (NW_W_MALE | NW_W_FEMALE)) ||
        d->sent[s - 1].para + 1 < d->sent[s].para)
      break;
    s--;
    k = first_mention_after(E, d->sent[s + 1].b0);
    if (k == 0 || E->m[k - 1].b0 < d->sent[s].b0) continue;
  }
  return E->m[k0].entity;
}

/* The entity of the last compatible person who opens a sentence as its
 * subject after byte a and before record r's speaker (outside r's own
 * words and outside any quotation: "“… Dominique Strauss-Kahn has these
 * qualities,” he said" names no new speaker), or UINT32_MAX. */
static uint32_t later_subject(const nw_qbuild *b, const nw_entities *E, const nw_qrec *r,
                              uint32_t a, int pc) {
  const nw_doc *d = b->d;
  size_t m = first_mention_after(E, r->q.sb0);
  for (size_t k = m; k > 0 && m - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *x = &E->m[k - 1];
    if (x->b0 < a) break;
    if (x->b1 > r->q.sb0 || (x->b0 >= r->q.b0 && x->b1 <= r->q.b1) || b->in_pair[x->t0])
      continue;
    const nw_entity *e = &E->e[x->entity];
    if (x->label == NW_L_PERSON && compatible(E, x->entity, pc) && subject_mention(d, x) &&
        full_name(d, e))
      return x->entity;
  }
  return UINT32_MAX;
}

/* Is a's speaker an indefinite description whose head names a woman for
 * "she" or a man for "he" (pc: the pronoun's class): "a spokeswoman for
 * Oxford University", "a woman who read about it"? */
static int gendered_description(const nw_doc *d, const nw_qrec *a, int pc) {
  int l = (pc & NW_W_FEMALE) ? W_HER : (pc & NW_W_MALE) ? W_HIM : -1;
  if (l < 0 || a->st1 <= a->st0 || a->st1 - a->st0 > 8 ||
      !(nw_word_class(d->tok.t[a->st0].h) & NW_W_INDEF) ||
      (a->st0 > 0 && d->tok.t[a->st0 - 1].kind == NW_K_PUNCT && d->s[d->tok.t[a->st0 - 1].b0] == ','))
    return 0; /* "a spokesman", someone unnamed; not "the Fed chairman", named before, nor
                 the apposition of "Jake Jang, a Hyundai spokesman said" */
  for (uint32_t t = a->st0; t < a->st1; t++) {
    if (in_words(d->tok.t[t].h, l)) return 1;
    if (nw_word_class(d->tok.t[t].h) & NW_W_LINK) return 0; /* the head comes before "for" */
  }
  return 0;
}

/* Give "it" (record r, before its content) the organisation that is the
 * subject of a verb other than a reporting cue in its own sentence before
 * it, the last such ("Shares of Apple Inc. ( AAPL.O ) fell after it said",
 * "Kawasaki Heavy Industries Ltd. is set to …, and it has said"); a
 * subject with a cue of its own ("Moody's said …, and it warned") leaves
 * "it" to the speakers before.  Returns 1 when found. */
static int name_has_word(const nw_doc *d, uint32_t n0, uint32_t n1, uint32_t w0, uint32_t w1);

/* The last organisation named before byte b (within LOOKBACK_MENTIONS
 * names) whose full name holds word w ("the bank", "The department": the
 * Labor Department), or UINT32_MAX. */
static uint32_t org_with_word(const nw_doc *d, const nw_entities *E, uint32_t b,
                              const nw_token *w) {
  size_t m = first_mention_after(E, b);
  for (size_t k = m; k > 0 && m - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *x = &E->m[k - 1];
    if (x->label == NW_L_ORG && x->b1 <= b &&
        name_has_word(d, E->e[x->entity].cb0, E->e[x->entity].cb1, w->b0, w->b1))
      return x->entity;
  }
  return UINT32_MAX;
}

/* The organisation that "The X" opening sentence s0 before a verb names
 * through its word X ("The department revised … and it said": the Labor
 * Department named before), or UINT32_MAX. */
static uint32_t described_subject(const nw_doc *d, uint32_t s0, const nw_entities *E) {
  size_t t = d->sent[s0].t0;
  if (t + 2 >= d->tok.n || d->tok.t[t].h != word_h[W_ONE][H_THE]) return UINT32_MAX;
  const nw_token *w = &d->tok.t[t + 1];
  if (w->kind != NW_K_WORD || (w->flags & (NW_F_CAP | NW_F_POSS)) ||
      !(nw_word_class(w->h) & (NW_W_ORGNOUN | NW_W_PERSON)) || /* "the company", "the department" */
      !has_verb(d, t + 2, t + 3))
    return UINT32_MAX;
  return org_with_word(d, E, d->sent[s0].b0, w);
}

static int sentence_organisation(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  if (r->q.b0 < r->q.sb1) return 0; /* "CLAUSE, it said": a speaker before */
  uint32_t s0 = d->sent[nw_doc_sentence_at(d, r->q.sb0)].b0;
  size_t m0 = first_mention_after(E, s0), m1 = first_mention_after(E, r->q.sb0), x;
  for (size_t k = m1; k > m0 && m1 - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *m = &E->m[k - 1];
    if (m->b1 > r->q.sb0 || wire_or_listener(d, m)) continue;
    size_t v0 = nw_skip_paren(d, m->t1, d->tok.n), v = v0; /* "Apple Inc. ( AAPL.O ) fell" */
    while (v + 1 < d->tok.n && (nw_word_class(d->tok.t[v].h) & (NW_W_AUX | NW_W_ADV))) v++;
    if (v < d->tok.n && nw_cue_at(d, v, &x)) return 0; /* a speaker: "Moody's said" */
    if (m->label != NW_L_ORG || v >= d->tok.n || !has_verb(d, v0, v + 1) ||
        (d->tok.t[m->t1 - 1].flags & NW_F_POSS) || (d->tok.t[v0].flags & NW_F_POSS))
      continue; /* not a possessor: "Microsoft's WMA format" */
    set_entity(r, E, m->entity);
    return 1;
  }
  size_t st = r->st0; /* "…, and it said": the subject goes on */
  if (st == 0) return 0;
  const nw_token *before = &d->tok.t[st - 1];
  if (!(before->kind == NW_K_PUNCT ? d->s[before->b0] == ','
                                   : (nw_word_class(before->h) & NW_W_CONJ) != 0))
    return 0;
  uint32_t x0 = described_subject(d, nw_doc_sentence_at(d, r->q.sb0), E);
  if (x0 == UINT32_MAX) return 0;
  set_entity(r, E, x0); /* "The department revised … and it said" */
  return 1;
}

/* Is a's speaker a finding, its head a word such as report, study or
 * survey ("The report", "a Labour Party study of NHS waiting times"), not
 * one its owner speaks for ("its own data", "their report")? */
static int finding_record(const nw_doc *d, const nw_qrec *a) {
  if (a->st1 <= a->st0 || d->tok.t[a->st0].h == word_h[W_ONE][H_ITS] ||
      d->tok.t[a->st0].h == word_h[W_ONE][H_THEIR])
    return 0;
  return nw_data_noun(d, nw_phrase_head(d, a->st0, a->st1));
}

/* Resolve a pronoun speaker (class pc; person: "he", "she" or "the
 * 36-year-old", someone of either sex) to the most recent compatible
 * speaker (records before index i within LOOKBACK_PARAS paragraphs) unless
 * a compatible person opened a sentence as its subject since, else to the
 * most recent compatible mention. */
static void resolve_pronoun(const nw_doc *d, nw_qbuild *b, size_t i, int pc, int person,
                            const nw_entities *E) {
  nw_qrec *r = &b->r[i];
  uint32_t minpara = r->para > LOOKBACK_PARAS ? r->para - LOOKBACK_PARAS : 0;
  int seen = 0; /* a speaker passed over: a description then is no longer the last one */
  if ((pc & NW_W_NEUTER) && sentence_organisation(d, r, E)) return;
  for (size_t j = i; j > 0 && i - j < LOOKBACK_RECS; j--) {
    const nw_qrec *a = &b->r[j - 1];
    if (a->para < minpara) break;
    if (a->q.has_speaker && a->q.sb0 == r->q.sb0 && a->q.sb1 == r->q.sb1) {
      copy_identity(r, a); /* the same pronoun: "…, he claimed, saying …" */
      return;
    }
    if (!a->q.has_speaker || a->q.sb0 >= r->q.sb0 ||
        (a->q.entity && wire_or_listener(d, &E->m[E->e[a->q.entity - 1].first_mention])))
      continue; /* "it" is not the wire of the dateline ("according to Reuters Estimates") */
    if (a->q.entity && compatible(E, a->q.entity - 1, pc)) {
      uint32_t later = person
                           ? later_subject(b, E, r, a->q.b1 > a->q.sb1 ? a->q.b1 : a->q.sb1, pc)
                           : UINT32_MAX;
      if (later != UINT32_MAX && later != a->q.entity - 1) {
        set_entity(r, E, later); /* "X said … Tony Fratto opened a briefing. “…,” he said" */
        return;
      }
      copy_identity(r, a);
      return;
    }
    if (!a->q.entity && (pc & NW_W_PLURAL) &&
        !(speaker_class(d, a) & (NW_W_MALE | NW_W_FEMALE | NW_W_FIRST))) {
      copy_identity(r, a);
      return;
    }
    if (!a->q.entity && !seen && (pc & NW_W_NEUTER) && finding_record(d, a)) {
      size_t x = first_mention_after(E, d->tok.t[a->st0].b0); /* its author: "a Toshiba
                                                                study", "a report by the OECD" */
      if (x < E->n && E->m[x].t1 <= a->st1 && E->m[x].label == NW_L_ORG)
        set_entity(r, E, E->m[x].entity);
      else
        copy_identity(r, a); /* "The report said: “…” It also points out that" */
      return;
    }
    if (!a->q.entity && !seen && gendered_description(d, a, pc)) {
      copy_identity(r, a); /* "A spokeswoman for Oxford University said … “…,” she said" */
      return;
    }
    seen = 1;
  }
  if (pc & NW_W_PLURAL) return;
  size_t m = first_mention_after(E, r->q.sb0);
  uint32_t inside = UINT32_MAX; /* a name in its own content, the last resort */
  for (size_t k = m; k > 0 && m - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *x = &E->m[k - 1];
    if (x->b1 > r->q.sb0 || wire_or_listener(d, x) || maker_of_model(d, x)) continue;
    if (d->sent[nw_doc_sentence_at(d, x->b0)].para < minpara) break;
    if (!compatible(E, x->entity, pc)) continue;
    if (person && x->b0 >= r->q.b0 && x->b1 <= r->q.b1) {
      if (inside == UINT32_MAX) inside = x->entity; /* "Tony Blair would lead, he said":
                                   someone named before; "The union expects …, it said"
                                   is the union */
      continue;
    }
    set_entity(r, E, person ? opening_person(d, E, r, k - 1, pc) : x->entity);
    return;
  }
  if (inside != UINT32_MAX) set_entity(r, E, inside);
}

/* Is r attributed with "according to" (a source of figures such as
 * "Reuters Estimates", not a speaker "the company" can refer to)? */
static int data_source(const nw_doc *d, const nw_qrec *r) {
  return r->q.has_verb && r->q.vb1 - r->q.vb0 >= 9 &&
         (d->s[r->q.vb0] | 0x20) == 'a' && memcmp(d->s + r->q.vb0 + 1, "ccording", 8) == 0;
}

/* Is entity e a public body ("Federal Reserve", "Justice Department"),
 * which "the company" never names? */
static int public_body(const nw_doc *d, const nw_entities *E, uint32_t e) {
  static const char *const words[] = {
      "reserve", "department", "ministry", "commission", "agency", "council",
      "court", "committee", "administration", "bureau", "authority",
      "parliament", "congress", "senate", "nations", "government", "fed",
      "police", "army", "navy", NULL};
  uint32_t c0 = E->e[e].cb0, c1 = E->e[e].cb1;
  for (size_t i = 0; words[i]; i++) {
    size_t n = strlen(words[i]);
    for (uint32_t k = c0; k + n <= c1; k++)
      if ((k == c0 || !isalnum(d->s[k - 1])) && (k + n == c1 || !isalnum(d->s[k + n])) &&
          strncasecmp((const char *)d->s + k, words[i], n) == 0)
        return 1;
  }
  return 0;
}

/* The organisation an article is about (a business, never a public body,
 * when business is set): the one that speaks most often, else the first
 * one its lead (the first LEAD_PARAS + 1 paragraphs) names;
 * UINT32_MAX when none, NW_NOMEM through *rc. */
static uint32_t main_org(const nw_doc *d, const nw_qbuild *b, const nw_entities *E,
                         int business, int *rc) {
  uint32_t best = UINT32_MAX;
  if (!E->ne) return best;
  uint32_t *count = calloc(E->ne, sizeof *count);
  if (!count) {
    *rc = NW_NOMEM;
    return best;
  }
  for (size_t i = 0; i < b->n; i++) {
    uint32_t e = b->r[i].q.entity;
    if (!b->r[i].linked || E->e[e - 1].label != NW_L_ORG || data_source(d, &b->r[i]) ||
        (business && public_body(d, E, e - 1)))
      continue;
    if (++count[e - 1] > (best == UINT32_MAX ? 0 : count[best])) best = e - 1;
  }
  for (size_t k = 0; k < E->n && best == UINT32_MAX; k++) {
    uint32_t b0 = E->m[k].b0, b1 = E->m[k].b1;
    if (d->sent[nw_doc_sentence_at(d, b0)].para > LEAD_PARAS) break;
    if (E->m[k].label == NW_L_ORG && !(business && public_body(d, E, E->m[k].entity)) &&
        !(b0 > 0 && b1 < d->n && d->s[b0 - 1] == '(' && d->s[b1] == ')'))
      best = E->m[k].entity; /* not the wire of a dateline, "LONDON (Reuters)" */
  }
  free(count);
  return best;
}

/* Does the name in bytes [n0, n1) hold the word in bytes [w0, w1) as a
 * whole word, ignoring case ("Deutsche Bank" holds "bank")? */
static int name_has_word(const nw_doc *d, uint32_t n0, uint32_t n1, uint32_t w0,
                         uint32_t w1) {
  uint32_t wn = w1 - w0;
  for (uint32_t i = n0; i + wn <= n1; i++) {
    if ((i > n0 && isalnum(d->s[i - 1])) || (i + wn < n1 && isalnum(d->s[i + wn])))
      continue;
    uint32_t k = 0;
    while (k < wn && tolower(d->s[i + k]) == tolower(d->s[w0 + k])) k++;
    if (k == wn) return 1;
  }
  return 0;
}

/* Did record a report as a news outlet does: a name (not a pronoun or a
 * description) that "reported" or "reports" ("Barron's reported")? */
static int outlet_record(const nw_doc *d, const nw_qrec *a) {
  if (!a->q.has_verb || a->st1 <= a->st0 || !(d->tok.t[a->st0].flags & NW_F_CAP) ||
      (nw_word_class(d->tok.t[a->st0].h) & (NW_W_DET | NW_W_PRON)))
    return 0;
  uint32_t n = a->q.vb1 - a->q.vb0;
  const char *v = (const char *)d->s + a->q.vb0;
  return (n >= 8 && strncasecmp(v + n - 8, "reported", 8) == 0) ||
         (n >= 7 && strncasecmp(v + n - 7, "reports", 7) == 0);
}

/* Is the word with hash h one for a publication ("paper", "newspaper",
 * "magazine")? */
static int is_paper_word(uint32_t h) {
  return h == word_h[W_ONE][H_PAPER] || h == word_h[W_ONE][H_NEWSPAPER] ||
         h == word_h[W_ONE][H_MAGAZINE];
}

/* Does token t name a newspaper's title word ("Times", "Journal")? */
static int paper_title(const nw_doc *d, uint32_t t) { return in_words(d->tok.t[t].h, W_PAPER); }

/* Does speaker phrase r hold a rank word ("the shadow chancellor")? */
static int has_rank(const nw_doc *d, const nw_qrec *r) {
  for (uint32_t t = r->st0; t < r->st1; t++)
    if (in_words(d->tok.t[t].h, W_RANK)) return 1;
  return 0;
}

/* Do title words w and h name one post ("chief executive" and "CEO", "a
 * U.S. prosecutor" and "Assistant U.S. Attorney")? */
static int title_agrees(uint32_t w, uint32_t h) {
  return w == h || (in_words(w, W_TOP) && in_words(h, W_TOP)) ||
         (in_words(w, W_LAW) && in_words(h, W_LAW));
}

/* Does the title whose head is token t (not before a) name the post h:
 * "Judge" for "judge", "Chief Executive Officer" for "CEO", but not "Chief
 * Financial Officer"? */
static int title_head_agrees(const nw_doc *d, uint32_t t, uint32_t a, uint32_t h) {
  uint32_t w = d->tok.t[t].h;
  if (w == word_h[W_ONE][H_OFFICER] && t > a && d->tok.t[t - 1].h == word_h[W_ONE][H_EXECUTIVE])
    w = d->tok.t[t - 1].h; /* "Chief Executive Officer" */
  return title_agrees(w, h);
}

/* Do the capitalised words of description r ("Barclays' president") all
 * stand among tokens [a, z)? */
static int names_within(const nw_doc *d, const nw_qrec *r, uint32_t a, uint32_t z) {
  for (uint32_t t = r->st0; t < r->st1; t++) {
    if (!(d->tok.t[t].flags & NW_F_CAP) || title_word(d->tok.t[t].h) ||
        (nw_word_class(d->tok.t[t].h) & NW_W_DET))
      continue;
    const nw_token *w = &d->tok.t[t];
    int found = 0; /* the word, or a short form of it: "Fed" of "Federal Reserve" */
    for (uint32_t u = a; u < z && !found; u++) {
      const nw_token *v = &d->tok.t[u];
      found = v->h == w->h || (w->b1 - w->b0 >= 3 && v->b1 - v->b0 > w->b1 - w->b0 &&
                               (v->flags & NW_F_CAP) &&
                               memcmp(d->s + v->b0, d->s + w->b0, w->b1 - w->b0) == 0);
    }
    if (!found) return 0;
  }
  return 1;
}

/* Is PERSON mention x given title word h right before it ("U.S. District
 * Judge Claude Hilton", "Barclays President Bob Diamond") or in apposition
 * after it (", Chrysler's chief executive,"), with the capitalised words
 * of description r in that same title, and with no rank r lacks ("shadow
 * chancellor" is no title for "the chancellor")? */
static int mention_titled(const nw_doc *d, const nw_qrec *r, const nw_mention *x, uint32_t h) {
  size_t s = d->tok_sent[x->t0];
  uint32_t a = x->t0 > d->sent[s].t0 + 6 ? x->t0 - 6 : d->sent[s].t0;
  uint32_t z = x->t1 + 8 < d->sent[s].t1 ? x->t1 + 8 : d->sent[s].t1;
  uint32_t t = x->t0; /* the title's head is the word right before the name */
  if (t > a && title_head_agrees(d, t - 1, a, h)) {
    while (t > a + 1 && title_word(d->tok.t[t - 2].h)) t--; /* "chief executive officer" */
    if (t > a + 1 && in_words(d->tok.t[t - 2].h, W_RANK) && !has_rank(d, r))
      return 0; /* "shadow chancellor Oliver Letwin" is not "the chancellor" */
    uint32_t b = t - 1; /* the title's own words before it: "U.S. District", "Barclays" */
    while (b > a && ((d->tok.t[b - 1].flags & NW_F_CAP) || (d->tok.t[b - 1].flags & NW_F_POSS)))
      b--;
    return names_within(d, r, b, x->t0);
  }
  if (x->t1 >= z || !is_p(d, x->t1, ',')) return 0;
  uint32_t c = x->t1 + 1; /* the apposition closes with a comma, holds no verb, and its
                             last word is the title's head: ", the chancellor," */
  while (c < z && !is_p(d, c, ',')) c++;
  if (c >= z || c < x->t1 + 3 || has_verb(d, x->t1 + 1, c) || !title_head_agrees(d, c - 1, x->t1, h))
    return 0;
  for (t = c - 1; t > x->t1 + 1 && title_word(d->tok.t[t - 1].h); t--) {}
  for (uint32_t k = x->t1 + 1; k < t; k++)
    if (nw_word_class(d->tok.t[k].h) & NW_W_LINK)
      return 0; /* ", a friend of the Tory leader,": someone else's title */
  return !(in_words(d->tok.t[t - 1].h, W_RANK) && !has_rank(d, r)) &&
         names_within(d, r, x->t1 + 1, c);
}

/* How the titles around named speaker a (in its phrase or the six words
 * after it) agree with description r and its title word h: 2 when one is
 * h ("chief executive" and "CEO" alike), 1 when there is none, 0 when they
 * differ or a name in r ("An LSE spokesman") is not near a. */
static int titles_agree(const nw_doc *d, const nw_qrec *r, const nw_qrec *a, uint32_t h) {
  uint32_t z = a->st1 + 6 < d->tok.n ? a->st1 + 6 : (uint32_t)d->tok.n;
  for (uint32_t t = r->st0 + 1; t < r->st1; t++) { /* "An LSE spokesman": LSE's, not Tokyo's */
    if (!(d->tok.t[t].flags & NW_F_CAP) || title_word(d->tok.t[t].h)) continue;
    int found = 0;
    for (uint32_t u = a->st0; u < z && !found; u++) found = d->tok.t[u].h == d->tok.t[t].h;
    if (!found) return 0;
  }
  int any = 0;
  for (uint32_t t = a->st0; t < z; t++) {
    uint32_t w = d->tok.t[t].h;
    if (t >= a->st1 && (is_p(d, t, '.') || d->tok.t[t].kind == NW_K_QUOTE)) break;
    if (!title_word(w) && !(nw_word_class(w) & NW_W_PERSON)) continue;
    if (title_agrees(w, h)) return 2;
    any = 1;
  }
  return !any;
}

/* Does r's own content name entity e by the last word of its canonical
 * ("“Mr Brown will have a key role,” the premier said" is not Brown)? */
static int content_names(const nw_doc *d, const nw_qrec *r, const nw_entity *e) {
  uint32_t w1 = e->cb1, w0 = w1;
  while (w0 > e->cb0 && d->s[w0 - 1] != ' ') w0--;
  uint32_t n = w1 - w0;
  if (n < 2 || r->q.qb1 < r->q.qb0 + n) return 0;
  for (uint32_t k = r->q.qb0; k + n <= r->q.qb1; k++)
    if ((k == r->q.qb0 || !isalnum(d->s[k - 1])) && (k + n == r->q.qb1 || !isalnum(d->s[k + n])) &&
        memcmp(d->s + k, d->s + w0, n) == 0)
      return 1;
  return 0;
}

/* Give "the X" (record i, title word h) near the top of the article the
 * identity of the record just before it, in its paragraph or the one
 * before, when that speaker is a person with a full name whose titles
 * nearby do not differ from X: "…, Jack Straw said. The foreign secretary
 * told MPs".  Returns 1 when resolved. */
static int last_speaker(const nw_doc *d, nw_qbuild *b, size_t i, const nw_entities *E, uint32_t h) {
  nw_qrec *r = &b->r[i];
  if (!d->nsent || r->para > d->sent[0].para + LEAD_PARAS + 1) return 0; /* the top only */
  for (size_t j = i; j > 0 && i - j < LOOKBACK_RECS; j--) {
    const nw_qrec *a = &b->r[j - 1];
    if (a->para + 1 < r->para) return 0;
    if (a->hidden || a->q.sb0 >= r->q.sb0) continue;
    if (!a->q.has_speaker || !a->q.entity) return 0;
    const nw_entity *e = &E->e[a->q.entity - 1];
    if (e->label != NW_L_PERSON || !full_name(d, e) ||
        titles_agree(d, r, a, h) == 0 || content_names(d, r, e))
      return 0;
    copy_identity(r, a);
    return 1;
  }
  size_t m = first_mention_after(E, d->sent[d->nsent > 1].b1); /* no speaker before: the
    person a first sentence opens with ("Mike Ruddock paid tribute … said the coach") */
  for (size_t k = 0; k < m && k < LOOKBACK_MENTIONS; k++) {
    const nw_mention *x = &E->m[k];
    const nw_entity *e = &E->e[x->entity];
    if (x->label != NW_L_PERSON || !subject_mention(d, x)) continue;
    if (!full_name(d, e) || content_names(d, r, e)) return 0;
    set_entity(r, E, x->entity);
    return 1;
  }
  return 0;
}

/* Is token t "leader" after a word for a market ("the Web search leader",
 * "the home improvement industry leader"), which names a company? */
static int market_leader(const nw_doc *d, uint32_t t) {
  return d->tok.t[t].h == word_h[W_ONE][H_LEADER] && t > 0 &&
         in_words(d->tok.t[t - 1].h, W_MARKET);
}

/* Resolve "the X" through the word X (token hw) to what the text named
 * before within LOOKBACK_PARAS paragraphs: a person whose title holds X
 * ("Mayor Michael Bloomberg" for "the mayor", "Amy St. Eve, a U.S.
 * District Judge" for "the judge"), an organisation written before X ("the
 * Blue Chip Economic Indicators newsletter"), a newspaper for "the paper", or an
 * earlier speaker phrase with the same head ("a report by the Manhattan
 * Institute" for "the report").  Returns 1 when resolved. */
static int head_antecedent(const nw_doc *d, nw_qbuild *b, size_t i, const nw_entities *E,
                           uint32_t hw) {
  nw_qrec *r = &b->r[i];
  uint32_t h = d->tok.t[hw].h, minpara = r->para > LOOKBACK_PARAS ? r->para - LOOKBACK_PARAS : 0;
  int paper = is_paper_word(h);
  int person = title_word(h);
  if (market_leader(d, hw)) return 0;
  size_t m = first_mention_after(E, r->q.sb0);
  for (size_t k = m; k > 0 && m - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *x = &E->m[k - 1];
    if (x->b1 > r->q.sb0) continue;
    if (d->sent[nw_doc_sentence_at(d, x->b0)].para < minpara &&
        !(person && x->label == NW_L_PERSON))
      continue; /* a title may point far back: "Tory leader Michael Howard … The Tory leader" */
    if (x->label == NW_L_ORG && x->t1 < r->st0 && d->tok.t[x->t1].h == h &&
        !(person && !in_words(h, W_VOICE))) {
      set_entity(r, E, x->entity); /* "the Blue Chip Economic Indicators newsletter", "the
                                      Vodafone spokesman"; a "Pfizer executive" is a person */
      return 1;
    }
    if (paper && x->label == NW_L_ORG &&
        (paper_title(d, x->t1 - 1) || (x->t0 > 0 && is_paper_word(d->tok.t[x->t0 - 1].h)))) {
      set_entity(r, E, x->entity);
      return 1;
    }
    if (!person || x->label != NW_L_PERSON) continue;
    if (mention_titled(d, r, x, h)) {
      set_entity(r, E, x->entity);
      return 1;
    }
  }
  if (person && !in_words(h, W_VOICE) && !has_rank(d, r) && last_speaker(d, b, i, E, h))
    return 1; /* "…, Jack Straw said. The foreign secretary told MPs" */
  for (size_t j = i; j > 0 && i - j < LOOKBACK_RECS; j--) {
    const nw_qrec *a = &b->r[j - 1];
    if (a->para < minpara) break;
    if (!a->q.has_speaker || a->q.sb0 >= r->q.sb0 || !a->q.has_canon || a->st1 <= a->st0)
      continue; /* no tokens of its own: a floating quotation's copied speaker */
    if (paper && outlet_record(d, a)) { /* "Barron's reported … the paper said" */
      copy_identity(r, a);
      return 1;
    }
    int named = a->q.cb0 != a->q.sb0 || a->q.cb1 != a->q.sb1; /* resolved, or "… by X" */
    for (uint32_t t = a->st0; t < a->st1 && !named; t++)
      named = (nw_word_class(d->tok.t[t].h) & NW_W_LINK) && t + 1 < a->st1 &&
              (d->tok.t[t + 1].flags & NW_F_CAP);
    uint32_t ah = a->st1; /* its head: the word before "by", "of", "from" */
    for (uint32_t t = a->st0 + 1; t < a->st1 && ah == a->st1; t++)
      if (nw_word_class(d->tok.t[t].h) & NW_W_LINK) ah = t;
    for (uint32_t t = a->st0; t + 1 < ah && !named && !(d->tok.t[ah - 1].flags & NW_F_CAP); t++)
      named = (d->tok.t[t].flags & NW_F_CAP) && /* "Barron's newspaper", not "First Data" */
              !(nw_word_class(d->tok.t[t].h) & (NW_W_DET | NW_W_TIME));
    if (named && d->tok.t[ah - 1].h == h && names_within(d, r, a->st0, a->st1)) {
      copy_identity(r, a); /* but "the Arsenal boss" is not "the United boss" */
      return 1;
    }
  }
  return 0;
}

/* Resolve "the companies" (r) to the last two organisations named together
 * within LOOKBACK_MENTIONS mentions before it ("TomTom and Tele Atlas"):
 * the canonical is that stretch of text, with no entity of its own. */
static void pair_antecedent(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  size_t m = first_mention_after(E, r->q.sb0);
  for (size_t k = m; k > 1 && m - k < LOOKBACK_MENTIONS; k--) {
    const nw_mention *x = &E->m[k - 1], *w = &E->m[k - 2];
    if (x->b1 > r->q.sb0 || x->label != NW_L_ORG || w->label != NW_L_ORG ||
        w->t1 + 1 != x->t0 || d->tok.t[w->t1].h != word_h[W_ONE][H_AND] ||
        in_words(d->tok.t[x->t0].h, W_LEGAL) || in_words(d->tok.t[w->t0].h, W_LEGAL))
      continue; /* not "Merrill Lynch and Co. Inc." */
    r->q.entity = 0;
    r->q.has_canon = 1;
    r->q.cb0 = w->b0;
    r->q.cb1 = x->b1;
    return;
  }
}

/* The organisations an article is about (any, and businesses only), found
 * when a description first asks. */
typedef struct org_cache {
  uint32_t org[2];
  int done;
} org_cache;

/* Resolve a description to an organisation: to the last one named before
 * whose name holds its head ("the bank" -> Deutsche Bank, "the exchange"
 * -> New York Stock Exchange); "the company" (and the like) to the
 * article's main organisation when it was named before ("Bally said …
 * The company said"), else to the one that spoke last within
 * LOOKBACK_PARAS paragraphs. */
static int resolve_description(const nw_doc *d, nw_qbuild *b, size_t i,
                               const nw_entities *E, org_cache *oc) {
  nw_qrec *r = &b->r[i];
  uint32_t h = r->st1; /* the head: the last word before "of" */
  for (uint32_t t = r->st0 + 1; t < r->st1 && h == r->st1; t++)
    if (nw_word_class(d->tok.t[t].h) & NW_W_LINK) h = t;
  if (h < r->st0 + 2 || d->tok.t[r->st0].h != word_h[W_ONE][H_THE]) return NW_OK;
  const nw_token *hw = &d->tok.t[h - 1];
  if (in_words(hw->h, W_PAIR)) { /* "the companies": the two named together before */
    pair_antecedent(d, r, E);
    return NW_OK;
  }
  int named = 0; /* "The U.S. Labor Department" is a name, not a description */
  for (uint32_t t = r->st0 + 1; t + 1 < h; t++) named |= d->tok.t[t].flags & NW_F_CAP;
  if (!named && hw->kind == NW_K_WORD && hw->b1 - hw->b0 > 2) { /* "the bank" */
    uint32_t x = org_with_word(d, E, r->q.sb0, hw);
    if (x != UINT32_MAX) {
      set_entity(r, E, x);
      return NW_OK;
    }
  }
  for (uint32_t t = h; t < r->st1; t++) named |= d->tok.t[t].flags & NW_F_CAP;
  int post = named && !(hw->flags & NW_F_CAP) && title_word(hw->h) && h <= r->st0 + 4;
  if ((!named || post) && !(nw_word_class(hw->h) & NW_W_ORGNOUN) &&
      head_antecedent(d, b, i, E, h - 1))
    return NW_OK; /* "the mayor", "the report", "the Fed chairman"; not "the report from
                     NERA" */
  if (!(nw_word_class(hw->h) & NW_W_ORGNOUN) || (hw->flags & NW_F_CAP))
    return NW_OK; /* "the company", "The world's biggest retailer", "The maker of X"; a
                     name ("The Wolfsberg Group") is no description of another */
  int business = hw->h != word_h[W_ONE][H_BANK] && hw->h != word_h[W_ONE][H_GROUP];
  if (!oc->done) { /* found once per document, and only when asked for */
    int rc = NW_OK;
    oc->org[0] = main_org(d, b, E, 0, &rc);
    oc->org[1] = main_org(d, b, E, 1, &rc);
    if (rc) return rc;
    oc->done = 1;
  }
  uint32_t org = oc->org[business]; /* "the company" is no central bank */
  if (org != UINT32_MAX && E->m[E->e[org].first_mention].b1 <= r->q.sb0) {
    set_entity(r, E, org);
    return NW_OK;
  }
  uint32_t minpara = r->para > LOOKBACK_PARAS ? r->para - LOOKBACK_PARAS : 0;
  for (size_t j = i; j > 0 && i - j < LOOKBACK_RECS; j--) {
    const nw_qrec *a = &b->r[j - 1];
    if (a->para < minpara) break;
    if (a->q.entity && a->q.sb0 < r->q.sb0 && !data_source(d, a) &&
        E->e[a->q.entity - 1].label == NW_L_ORG && !(business && public_body(d, E, a->q.entity - 1))) {
      copy_identity(r, a);
      return NW_OK;
    }
  }
  return NW_OK;
}

/* Is record a the reported tail of the direct quotation p, in "“Q,”
 * DuVernay said, emphasizing why …": a participle cue of the same
 * speaker right after p's cue?  A quotation after both takes p's verb. */
static int participle_tail(const nw_doc *d, const nw_qrec *a, const nw_qrec *p) {
  const unsigned char *v = d->s + a->q.vb0;
  uint32_t n = a->q.vb1 - a->q.vb0;
  return a->q.kind != NW_Q_DIRECT && p->q.kind == NW_Q_DIRECT && a->q.has_verb &&
         p->q.has_verb && p->q.vb1 <= a->q.vb0 && a->q.vb0 - p->q.vb1 <= 3 && n > 4 &&
         memcmp(v + n - 3, "ing", 3) == 0 && p->q.has_speaker && a->q.sb0 == p->q.sb0 &&
         a->q.sb1 == p->q.sb1;
}

/* Give a floating quote the speaker of the record before it in the same or
 * the previous paragraph (and its verb when it has none of its own). */
static void resolve_floating(nw_qbuild *b, size_t i) {
  nw_qrec *r = &b->r[i];
  for (size_t j = i; j > 0 && i - j < LOOKBACK_RECS; j--) {
    const nw_qrec *a = &b->r[j - 1];
    if (a->para + 1 < r->para) break;
    if (!a->q.has_speaker) continue;
    r->q.has_speaker = 1; /* the speaker as written there, "he" included */
    r->q.sb0 = a->q.sb0;
    r->q.sb1 = a->q.sb1;
    copy_identity(r, a);
    if (!r->q.has_verb) {
      for (size_t k = j - 1; k > 0 && j - k <= 3; k--)
        if (participle_tail(b->d, a, &b->r[k - 1])) {
          a = &b->r[k - 1];
          break;
        }
      r->q.has_verb = a->q.has_verb;
      r->q.vb0 = a->q.vb0;
      r->q.vb1 = a->q.vb1;
    }
    return;
  }
}

/* The person the paragraphs after lead description r name with its title
 * word h ("A federal judge said" … "U.S. District Judge Claude Hilton";
 * "Barclays' president said" … "Barclays President Bob Diamond"): the
 * first full name within two paragraphs so titled, or UINT32_MAX. */
static uint32_t titled_after(const nw_doc *d, const nw_qrec *r, const nw_entities *E, uint32_t h) {
  size_t m0 = first_mention_after(E, r->q.sb1);
  for (size_t k = m0; k < E->n && k - m0 < LOOKBACK_MENTIONS; k++) {
    const nw_mention *x = &E->m[k];
    if (d->sent[d->tok_sent[x->t0]].para > r->para + 2) break;
    const nw_entity *e = &E->e[x->entity];
    if (e->label == NW_L_PERSON && full_name(d, e) &&
        mention_titled(d, r, x, h))
      return x->entity;
  }
  return UINT32_MAX;
}

/* Does an organisation's mention start at token t ("Barclays' president")? */
static int org_at(const nw_doc *d, const nw_entities *E, uint32_t t) {
  size_t k = first_mention_after(E, d->tok.t[t].b0);
  return k < E->n && E->m[k].t0 == t && E->m[k].label == NW_L_ORG;
}

/* Resolve a description in the lead that names no one to the first person
 * named as a speaker in the next two paragraphs, as news leads do: a post
 * ("…, the automaker's chief executive said") to one whose title does not
 * differ ("Rick Wagoner told"), an indefinite one ("a federal judge") only
 * to one with that title ("U.S. District Judge Charles Breyer"). */
static void resolve_lead(const nw_doc *d, nw_qbuild *b, const nw_entities *E) {
  if (!d->nsent) return;
  uint32_t lead = d->sent[0].para + LEAD_PARAS; /* the first paragraphs */
  for (size_t i = 0; i < b->n; i++) {
    nw_qrec *r = &b->r[i];
    if (r->para > lead) break;
    uint32_t f = d->tok.t[r->st0].h;
    const nw_token *ap = &d->tok.t[r->st0 + (r->st1 > r->st0 + 1)];
    int owned = r->st1 > r->st0 + 2 && (d->tok.t[r->st0].flags & NW_F_CAP) &&
                ((ap->flags & NW_F_POSS) || ((ap->cp == '\'' || ap->cp == 0x2019) &&
                                             !(ap->flags & NW_F_SPACE))); /* "Barclays' president" */
    if (!r->q.has_speaker || r->q.entity || r->st1 <= r->st0 + 1 ||
        (!(speaker_class(d, r) & NW_W_DET) && !owned) || pronoun_speaker(d, r) ||
        f == word_h[W_ONE][H_ONE] ||
        (nw_word_class(f) & (NW_W_MALE | NW_W_FEMALE | NW_W_PLURAL)) ||
        (r->st1 + 1 < d->tok.n && is_p(d, r->st1, ',') && (d->tok.t[r->st1 + 1].flags & NW_F_CAP)))
      continue; /* "one executive said" stays unnamed; "his spokeswoman" is not he;
                   "the minister, Ali al-Naimi," names its own */
    uint32_t h = r->st1; /* the head: the last word before "of" */
    for (uint32_t t = r->st0 + 1; t < r->st1 && h == r->st1; t++)
      if (nw_word_class(d->tok.t[t].h) & NW_W_LINK) h = t;
    uint32_t hw = d->tok.t[h - 1].h;
    if (!title_word(hw) && h >= r->st0 + 3 && title_word(d->tok.t[h - 2].h))
      hw = d->tok.t[h - 2].h; /* "the state's attorney general": attorney */
    if (!title_word(hw) && hw != word_h[W_ONE][H_MEMBER]) continue;
    int done = 0;
    nw_qrec post = *r; /* "Barclays' president": the post without its owner, whom the
                          next speaker's words need not repeat */
    if (owned) post.st0 += 2;
    for (size_t j = i + 1; j < b->n && j - i <= LOOKBACK_RECS && b->r[j].para <= r->para + 2; j++) {
      const nw_qrec *a = &b->r[j];
      if (!a->q.entity || a->st1 <= a->st0 || pronoun_speaker(d, a)) continue;
      const nw_entity *e = &E->e[a->q.entity - 1];
      if (e->label != NW_L_PERSON || !full_name(d, e)) continue;
      if (content_names(d, r, e)) break; /* the description speaks of that person */
      int agree = titles_agree(d, r, a, hw);
      if (owned && agree != 2) /* "Barclays' president said … Bob Diamond said": a company's
        post needs no title there; "Germany's finance minister" is no such post */
        agree = org_at(d, E, r->st0) && titles_agree(d, &post, a, hw) == 1 ? 1 : 0;
      if (agree == 2 || (agree == 1 && !(nw_word_class(f) & NW_W_INDEF) && !in_words(hw, W_VOICE))) {
        copy_identity(r, a); /* a spokesman is named only with his title */
        done = 1;
      }
      break;
    }
    int judge = (nw_word_class(f) & NW_W_INDEF) &&
                (in_words(hw, W_LAW) || hw == word_h[W_ONE][H_JUDGE]); /* "a federal judge";
                   not "a spokesman", nor "the attorney", who was named before */
    uint32_t p = done || !(judge || owned) ? UINT32_MAX : titled_after(d, r, E, hw);
    if (p != UINT32_MAX) set_entity(r, E, p); /* named, not speaking: "U.S. District Judge
                                                  Claude Hilton also required" */
  }
}

/* Widen a speaker phrase that a person's nickname in quotation marks cut
 * short to the whole name: "Sanford “Sandy” Weill said" (the phrase starts
 * after the mark), "said J.C. Penney Chief Executive Myron “Mike” Ullman"
 * (it stops before it). */
static void widen_to_nickname(const nw_doc *d, nw_qrec *r, const nw_entities *E) {
  size_t i = first_mention_after(E, r->q.sb0);
  for (; i < E->n && E->m[i].b0 < r->q.sb1; i++) {
    const nw_mention *m = &E->m[i];
    if (m->label != NW_L_PERSON || m->t1 < m->t0 + 4) continue;
    if (m->b0 < r->q.sb0 && m->b1 == r->q.sb1 && d->tok.t[r->st0 - 1].kind == NW_K_QUOTE) {
      r->st0 = m->t0;
      r->q.sb0 = m->b0;
    } else if (m->b1 > r->q.sb1 && m->b0 >= r->q.sb0 && d->tok.t[r->st1].kind == NW_K_QUOTE) {
      r->st1 = m->t1;
      r->q.sb1 = m->b1;
    }
    return;
  }
}

/* Resolve every record's speaker in text order. */
static int resolve_all(nw_qbuild *b) {
  nw_doc *d = b->d;
  pthread_once(&word_once, words_build);
  int any = 0;
  for (size_t i = 0; i < b->n && !any; i++) any = b->r[i].q.has_speaker;
  if (!any) return NW_OK;
  const nw_entities *E = nw_doc_entities(d);
  if (!E) return NW_NOMEM;
  for (size_t i = 0; i < b->n; i++) { /* names first: main_org counts them */
    nw_qrec *r = &b->r[i];
    if (r->floating || !r->q.has_speaker ||
        pronoun_speaker(d, r))
      continue;
    widen_to_nickname(d, r, E);
    r->linked = (uint8_t)(link_name(d, r, E) || link_surname(d, r, E));
    if (r->q.entity) link_longer(d, r, E);
  }
  org_cache oc = {{UINT32_MAX, UINT32_MAX}, 0};
  for (size_t i = 0; i < b->n; i++) {
    nw_qrec *r = &b->r[i];
    if (r->floating) {
      resolve_floating(b, i);
      continue;
    }
    if (!r->q.has_speaker) continue;
    int pc = speaker_class(d, r);
    if (pronoun_speaker(d, r) && (pc & NW_W_FIRST) && !b->in_pair[r->st0])
      ; /* the writer's own "I think" in a column or a reader's comment: no one named */
    else if (pronoun_speaker(d, r))
      resolve_pronoun(d, b, i, pc, (pc & (NW_W_MALE | NW_W_FEMALE)) != 0, E);
    else if (aged_speaker(d, r))
      resolve_pronoun(d, b, i, 0, 1, E); /* a person of either sex, as "he" or "she" would be */
    else if (!r->linked && resolve_description(d, b, i, E, &oc))
      return NW_NOMEM;
    if (!r->q.has_canon) {
      r->q.has_canon = 1;
      r->q.cb0 = r->q.sb0;
      r->q.cb1 = r->q.sb1;
    }
  }
  resolve_lead(d, b, E);
  return NW_OK;
}

/* Free a quotation list (the analysis free function). */
static void quotes_free(void *p) {
  nw_quotes *q = p;
  if (!q) return;
  free(q->q);
  free(q);
}

/* Release the builder's memory. */
static void build_free(nw_qbuild *b) {
  b->d->tok_wc = NULL;
  b->d->tok_cue = NULL;
  free(b->wcls); /* holds in_pair and is_row too */
  free(b->pairs);
  free(b->r);
}

/* Run every stage over the document into b. */
static int build(nw_qbuild *b) {
  nw_cues_init();
  nw_phrase_init();
  nw_attrib_init();
  size_t n = b->d->tok.n, m = n ? n : 1;
  if (!nw_doc_lexicon(b->d)) return NW_NOMEM;
  /* one block for the per-token arrays: word classes, cues, pairs (4 bytes
     a token each), then the pairs' row marks (each pair opens on a token of
     its own: there are no more pairs than tokens) */
  b->wcls = malloc(m * (2 * sizeof *b->wcls + sizeof *b->in_pair + 1));
  if (!b->wcls) return NW_NOMEM;
  int *cue = b->wcls + m;
  b->in_pair = (uint32_t *)(void *)(cue + m);
  b->is_row = (uint8_t *)(b->in_pair + m);
  memset(b->in_pair, 0, m * (sizeof *b->in_pair + 1));
  for (size_t t = 0; t < n; t++) { /* looked up once: attribution asks often */
    size_t e = t;
    int c = nw_token_lexicon(b->d, t, &e, &b->wcls[t]);
    cue[t] = c ? c | (int)((e - t) << 24) : 0;
  }
  b->d->tok_wc = b->wcls;
  b->d->tok_cue = cue;
  if (nw_quote_pairs(b->d, &b->pairs, &b->npairs)) return NW_NOMEM;
  fill_in_pair(b);
  if (nw_attribute_direct(b) || nw_attribute_lines(b) ||
      nw_attribute_reported(b) || nw_attribute_fragments(b))
    return NW_NOMEM;
  if (b->n) qsort(b->r, b->n, sizeof *b->r, rec_cmp);
  return resolve_all(b);
}

/* Is quotation x the same row as y: one content span of one kind with one
 * speaker (two passes that both read 'It was an “objective”, he added')? */
static int same_row(const nw_quote *x, const nw_quote *y) {
  return x->qb0 == y->qb0 && x->qb1 == y->qb1 && x->kind == y->kind &&
         x->has_speaker == y->has_speaker && x->sb0 == y->sb0 && x->sb1 == y->sb1;
}

/* Is direct quotation y a part of the mixed row x, with its speaker and
 * cue ('… the LSE "exceeds the potential benefits", said TCI' read both as
 * a reported clause and as a quotation of its own)? */
static int part_of_row(const nw_quote *x, const nw_quote *y) {
  return x->kind == NW_Q_MIXED && y->kind == NW_Q_DIRECT && x->b0 <= y->b0 && y->b1 <= x->b1 &&
         x->has_speaker == y->has_speaker && x->sb0 == y->sb0 && x->sb1 == y->sb1 &&
         x->has_verb == y->has_verb && x->vb0 == y->vb0;
}

/* Copy the visible records into a quotation list, each row once. */
static nw_quotes *collect(const nw_qbuild *b) {
  nw_quotes *q = calloc(1, sizeof *q);
  if (!q) return NULL;
  q->q = malloc((b->n ? b->n : 1) * sizeof *q->q);
  if (!q->q) {
    free(q);
    return NULL;
  }
  for (size_t i = 0; i < b->n; i++) {
    if (b->r[i].hidden) continue;
    int seen = 0; /* records sort by anchor, so a copy is among the last few */
    for (size_t j = q->n; j > 0 && q->n - j < 4 && !seen; j--)
      seen = same_row(&q->q[j - 1], &b->r[i].q) || part_of_row(&q->q[j - 1], &b->r[i].q);
    if (!seen) q->q[q->n++] = b->r[i].q;
  }
  return q;
}

/* The document's quotations, computed once. */
const nw_quotes *nw_doc_quotes(nw_doc *d) {
  if (d->quotes.data) return d->quotes.data;
  nw_qbuild b;
  memset(&b, 0, sizeof b);
  b.d = d;
  nw_quotes *q = build(&b) == NW_OK ? collect(&b) : NULL;
  build_free(&b);
  if (!q) return NULL;
  d->quotes.data = q;
  d->quotes.free = quotes_free;
  return q;
}
