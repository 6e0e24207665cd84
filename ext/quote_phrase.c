/* Speaker phrases: the noun phrase that names who speaks next to a cue
 * ("Jim Svinth, chief economist at X, said", "said Chief Financial Officer
 * Tom Horton on a call", "UBS' Truelove"), the subject of a cue over its
 * adverbs, auxiliaries and appositions, and the speaker and verb spans of
 * a record.  Used by quote_attrib.c and quote_direct.c; works on tokens
 * alone. */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "quote_tokens.h"
#include "quotes_internal.h"
#include "tagger.h"

static uint32_t h_of, h_at, h_for, h_from, h_close, h_one, h_by, h_those, h_familiar, h_with, h_to,
    h_ago, h_long, h_into, h_which, h_or, h_whose, h_whom, h_then, h_again, h_later,
    h_only, h_after, h_around, h_across; /* set once by phrase_words_build */
static const char *const quantifiers[] = {"many", "some", "others", "most", "several", "few",
                                          "both", "all", NULL};
static uint32_t quantifier_h[sizeof quantifiers / sizeof *quantifiers];
static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november",
                                     "december", NULL};
static uint32_t month_h[sizeof months / sizeof *months];
/* What one issues, sends or releases "saying" something: the sender speaks. */
static const char *const sent_words[] = {"statement", "letter", "email", "e-mail", "release",
                                         "memo", "message", "note", "tweet", "video", NULL};
static uint32_t sent_h[sizeof sent_words / sizeof *sent_words];
/* Verbs of getting what another sent ("received an e-mail saying"). */
static const char *const got_words[] = {"received", "got", "obtained", "saw", "seen", "read",
                                        "reviewed", NULL};
static uint32_t got_h[sizeof got_words / sizeof *got_words];
/* Units of an amount ("1.2 percent", "$1 billion"), never a speaker. */
static const char *const amount_words[] = {"percent", "billion", "million", "trillion", "cents",
                                           "points", NULL};
static uint32_t amount_h[sizeof amount_words / sizeof *amount_words];
/* Forms of "go", which "after" joins as a cue ("went after Trump"). */
static const char *const go_words[] = {"go", "goes", "going", "went", "gone", NULL};
static uint32_t go_h[sizeof go_words / sizeof *go_words];
static pthread_once_t phrase_words_once = PTHREAD_ONCE_INIT;

/* Hashes of the few words the phrase rules compare against. */
static void phrase_words_build(void) {
  static const nw_word_ref words[] = {
      {&h_of, "of"}, {&h_at, "at"}, {&h_for, "for"}, {&h_from, "from"}, {&h_close, "close"},
      {&h_one, "one"}, {&h_by, "by"}, {&h_those, "those"}, {&h_familiar, "familiar"},
      {&h_with, "with"}, {&h_to, "to"}, {&h_ago, "ago"}, {&h_long, "long"}, {&h_into, "into"},
      {&h_which, "which"}, {&h_or, "or"}, {&h_whose, "whose"}, {&h_whom, "whom"},
      {&h_then, "then"}, {&h_again, "again"}, {&h_later, "later"}, {&h_only, "only"},
      {&h_after, "after"}, {&h_around, "around"}, {&h_across, "across"}};
  static const nw_set_ref sets[] = {
      {quantifiers, quantifier_h}, {months, month_h}, {sent_words, sent_h}, {got_words, got_h},
      {amount_words, amount_h}, {go_words, go_h}};
  nw_hash_refs(words, sizeof words / sizeof *words, sets, sizeof sets / sizeof *sets);
}

/* Is token t the name of a month ("last July")? */
int nw_month_at(const nw_doc *d, size_t t) {
  for (size_t i = 0; months[i]; i++)
    if (d->tok.t[t].h == month_h[i]) return 1;
  return 0;
}

/* Hash the phrase rules' words (once per process). */
void nw_phrase_init(void) { pthread_once(&phrase_words_once, phrase_words_build); }

/* Is token t a cue that cannot be a noun (said, told, according, "point
 * out")? */
int nw_verb_cue(const nw_doc *d, size_t t) {
  size_t e;
  int c = nw_cue_at(d, t, &e);
  return c && (!(c & NW_CUE_BARE) || e == t + 2); /* or with its particle */
}

/* Is the time word t, first of the phrase that starts at j, the end of a
 * cue's date with a plain noun after it ("said on Tuesday | pivotal-stage
 * trials found"), not a possessor ("Friday's report")? */
static int after_dated(const nw_doc *d, size_t j, size_t t) {
  const nw_token *n = &d->tok.t[t + 1];
  return t == j && t > 0 && (wc(d, t - 1) & NW_W_PREP) && n->kind == NW_K_WORD &&
         !(n->flags & NW_F_POSS) &&
         !(wc(d, t + 1) & (NW_W_LINK | NW_W_PREP | NW_W_STOP | NW_W_DET | NW_W_TIME));
}

/* Is token t, inside the phrase before token e, a bare cue form in lower
 * case that stands as a verb after a pronoun or a lower-case plural, with
 * words of its own clause after it ("prosecutors say | phone records …
 * showed")?  Not a noun: "the jobs report showed", "a Commerce
 * Department report showed", "an analyst report from Deutsche Bank". */
static int bare_verb(const nw_doc *d, size_t t, size_t e) {
  size_t x;
  if (t == 0 || t + 1 >= e || (d->tok.t[t].flags & NW_F_CAP) ||
      (wc(d, t + 1) & (NW_W_PREP | NW_W_LINK)) || !(nw_cue_at(d, t, &x) & NW_CUE_BARE))
    return 0;
  const nw_token *p = &d->tok.t[t - 1];
  int ics = p->b1 - p->b0 > 3 && memcmp(d->s + p->b1 - 3, "ics", 3) == 0; /* "economics think tank" */
  return p->kind == NW_K_WORD &&
         ((wc(d, t - 1) & NW_W_PRON) || (!(p->flags & NW_F_CAP) && ends_in_s(d, t - 1) && !ics)) &&
         (nw_cue_here(d, t, &x) & NW_CUE_BARE);
}

/* Can token t be inside a speaker phrase (a word, a number, "&", an
 * abbreviation's period, the apostrophe of "UBS' Truelove")? */
int nw_np_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind == NW_K_WORD || k->kind == NW_K_NUM) return 1;
  if (k->kind == NW_K_QUOTE && (k->cp == '\'' || k->cp == 0x2019) && t > 0 &&
      !(k->flags & NW_F_SPACE) && t + 1 < d->tok.n && (d->tok.t[t + 1].flags & NW_F_SPACE) &&
      d->tok.t[t + 1].kind == NW_K_WORD) { /* the possessive of "UBS' Truelove" */
    const nw_token *p = &d->tok.t[t - 1];
    return p->kind == NW_K_WORD && (p->flags & NW_F_CAP) && (d->s[p->b1 - 1] | 0x20) == 's';
  }
  if (k->kind == NW_K_PUNCT && k->cp == '%') /* "70% said" */
    return t > 0 && d->tok.t[t - 1].kind == NW_K_NUM && !(k->flags & NW_F_SPACE);
  if (k->kind == NW_K_PUNCT && k->cp == '/') /* "9/11 widow Terry Strada" */
    return t > 0 && t + 1 < d->tok.n && d->tok.t[t - 1].kind == NW_K_NUM &&
           d->tok.t[t + 1].kind == NW_K_NUM && !(k->flags & NW_F_SPACE) &&
           !(d->tok.t[t + 1].flags & NW_F_SPACE);
  return k->kind == NW_K_PUNCT &&
         (k->cp == '&' || (k->cp == '.' && !(k->flags & NW_F_SPACE)));
}

/* Is token t a connector inside a speaker phrase ("chief of Y")? */
int nw_np_link(const nw_doc *d, size_t t) { return wc(d, t) & NW_W_LINK; }

/* The head of phrase [s0, s1): its last word before a linking word or
 * "by" ("analysis" of "an analysis of PACs", "study" of "A study by the
 * group"). */
size_t nw_phrase_head(const nw_doc *d, size_t s0, size_t s1) {
  size_t h = s0;
  while (h + 1 < s1 && !nw_np_link(d, h + 1) && d->tok.t[h + 1].h != h_by) h++;
  return h;
}

/* Is token t a quantifier that stands for people on its own ("Many said",
 * "Some say", "Others argue")? */
int nw_quantifier(const nw_doc *d, size_t t) {
  uint32_t h = d->tok.t[t].h;
  for (size_t i = 0; quantifiers[i]; i++)
    if (quantifier_h[i] == h) return 1;
  return 0;
}

/* Is token t a first name spelt as a modal ("Will Doyle", "May Chen"): a
 * capitalised modal before a capitalised word of no class? */
static int modal_name(const nw_doc *d, size_t t) {
  const nw_token *f = &d->tok.t[t];
  return (wc(d, t) & NW_W_AUX) && (f->flags & NW_F_CAP) && !(f->flags & NW_F_ALLCAP) &&
         t + 1 < d->tok.n && (d->tok.t[t + 1].flags & NW_F_CAP) && !wc(d, t + 1) &&
         d->tok.t[t + 1].kind == NW_K_WORD;
}

/* Does the phrase [s0, s1) look like a speaker: a pronoun, a name, or a
 * noun phrase (no clause words at its edges, no lone adverb, not a
 * participle and its object)? */
static int np_ok(const nw_doc *d, size_t s0, size_t s1) {
  if (s1 <= s0) return 0;
  int first = wc(d, s0), last = wc(d, s1 - 1);
  if (s1 - s0 == 1 && (first & NW_W_PRON)) return 1;
  int name_end = s1 > s0 + 1 && (d->tok.t[s1 - 2].flags & NW_F_CAP) &&
                 ((d->tok.t[s1 - 1].h == h_one && (d->tok.t[s1 - 1].flags & NW_F_CAP)) ||
                  (d->tok.t[s1 - 1].flags & NW_F_POSS)); /* "Capital One", "Barron's" */
  name_end |= s1 > s0 + 1 && (wc(d, s1 - 2) & NW_W_DET) && (d->tok.t[s1 - 1].flags & NW_F_ALLCAP) &&
              d->tok.t[s1 - 1].b1 - d->tok.t[s1 - 1].b0 >= 3; /* "the WHO" */
  name_end |= s1 > s0 + 1 && name_function_word(d, s1 - 1); /* "Theresa May" */
  if (s1 == s0 + 1 && nw_quantifier(d, s0)) return 1; /* "Many said", "Others say" */
  if (s1 == s0 + 1 && sentence_adverb(d, s0)) return 0; /* "Originally announced" */
  const nw_token *before = s0 > 0 ? &d->tok.t[s0 - 1] : NULL;
  if (d->tok.t[s0].kind == NW_K_NUM && in_hashes(d->tok.t[s1 - 1].h, amount_h) && before &&
      ((before->kind == NW_K_PUNCT && !is_p(d, s0 - 1, ',')) || (wc(d, s0 - 1) & NW_W_PREP) ||
       before->h == h_or))
    return 0; /* "shares fell $1.13, or 1.2 percent, to $91.43, said", "for $1 billion
                 charging": an amount; not ", 86 percent said" */
  if (s1 > s0 + 1 && ing_word(d, s0) && !(d->tok.t[s0].flags & NW_F_CAP) &&
      (d->tok.t[s0 + 1].flags & NW_F_CAP) && !nw_prep_ing_word(d->tok.t[s0].h)) {
    /* "…, missing Wall Street estimates": a participle and its object, not
       "presiding Judge Allan Gropper" */
    int person = 0;
    for (size_t t = s0 + 1; t < s1 && !person; t++) person = (wc(d, t) & NW_W_PERSON) != 0;
    if (!person) return 0;
  }
  if (s1 >= s0 + 2 && ed_word(d, s1 - 1) && d->tok.t[s1 - 2].h == h_those)
    return 1; /* "half of those questioned" */
  if (((last & (NW_W_STOP | NW_W_DET | NW_W_AUX)) && !name_end) || nw_np_link(d, s1 - 1))
    return 0;
  if ((first & NW_W_STOP) && !(first & NW_W_DET) && !(s1 > s0 + 1 && modal_name(d, s0)))
    return 0;
  const nw_token *z = &d->tok.t[s1 - 1];
  int numbered = s1 > s0 + 1 && ((z->kind == NW_K_NUM && (d->tok.t[s1 - 2].flags & NW_F_CAP) &&
                                  d->tok.t[s1 - 2].kind == NW_K_WORD && !nw_month_at(d, s1 - 2) &&
                                  z->b1 - z->b0 <= 2 && (s1 == s0 + 2 || !(wc(d, s1 - 3) & NW_W_LINK))) ||
                                 (is_p(d, s1 - 1, '%') && d->tok.t[s1 - 2].kind == NW_K_NUM));
  int aged = s1 == s0 + 2 && (first & NW_W_DET) && age_word(d, s0 + 1); /* "the 46-year-old" */
  if (z->kind != NW_K_WORD && !numbered && !aged) return 0; /* "Radio 1", "70%" */
  int named = 0;
  for (size_t t = s0; t < s1 && !named; t++)
    named = (d->tok.t[t].flags & (NW_F_CAP | NW_F_DIGIT)) || (wc(d, t) & NW_W_DET);
  if (s1 == s0 + 1 && ((first & (NW_W_TIME | NW_W_ADV)) || ly_adverb(d, s0)))
    return 0; /* "Tuesday", "Meanwhile", "Specifically" */
  if (!named) { /* "analysts", "police officials", "police"; not "give" */
    if ((last & NW_W_PERSON) && (last & NW_W_OBJ)) return 1; /* people nouns without -s */
    return ends_in_s(d, s1 - 1);
  }
  return 1;
}

/* Is token t a plural noun written in lower case ("analysts", "officials")? */
static int plural_noun(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return k->kind == NW_K_WORD && !(k->flags & (NW_F_CAP | NW_F_POSS)) && ends_in_s(d, t) &&
         !(wc(d, t) & ~(NW_W_PERSON | NW_W_PLURAL | NW_W_OBJ));
}

/* Does the phrase [t0, t1) hold a time word or open with an adverb or a
 * preposition ("Last month", "Later in the call"): no speaker? */
static int adverbial(const nw_doc *d, size_t t0, size_t t1) {
  if ((wc(d, t0) & (NW_W_ADV | NW_W_PREP)) || ly_adverb(d, t0)) return 1;
  for (size_t t = t0; t < t1; t++)
    if (wc(d, t) & NW_W_TIME) return 1;
  return 0;
}

/* Does the phrase [t0, t1) hold a word such as "Texas-based", the state
 * that finishes a city ("The Fort Worth, Texas-based company"), not an
 * apposition? */
int nw_place_based(const nw_doc *d, size_t t0, size_t t1) {
  for (size_t t = t0; t < t1; t++) {
    const nw_token *k = &d->tok.t[t];
    if (k->b1 - k->b0 > 6 && memcmp(d->s + k->b1 - 6, "-based", 6) == 0) return 1;
  }
  return 0;
}

/* Does [t0, t1) hold an auxiliary ("is", "has", "will"), not a possessive
 * 's, before any relative or subordinating word ("an economist who has advocated" has none)? */
static int finite_word(const nw_doc *d, size_t t0, size_t t1) {
  for (size_t t = t0; t < t1; t++) {
    if ((wc(d, t) & NW_W_BE) && t > t0 && !(d->tok.t[t].flags & NW_F_POSS) &&
        (d->tok.t[t - 1].flags & NW_F_CAP) && !(wc(d, t - 1) & (NW_W_PRON | NW_W_STOP)))
      return 1; /* a name and its verb: "…, Sony is still attractive, said" */
    if ((wc(d, t) & (NW_W_REL | NW_W_STOP | NW_W_WH)) && !(wc(d, t) & NW_W_CONJ)) return 0;
  }
  return 0;
}

/* Is token t a capitalised word inside a name, after another capitalised
 * word at or after token lo ("Turner Broadcasting"), not a cue? */
static int name_word(const nw_doc *d, size_t t, size_t lo) {
  const nw_token *k = d->tok.t;
  return t > lo && (k[t].flags & NW_F_CAP) && (k[t - 1].flags & NW_F_CAP) &&
         k[t - 1].kind == NW_K_WORD && !nw_title_case_at(d, t);
}

/* The name that an apposition [a, b) follows ("Jim Svinth" before ",
 * chief economist at X", "Volvo" before ", which makes trucks"): a phrase
 * opening with a capital, at the sentence start or after a comma, with no
 * verb, time word or "Texas-based".  Sets [*p0, *p1) and returns the
 * apposition's first token, or 0. */
static size_t name_before(const nw_doc *d, size_t a, size_t b, size_t lo, uint32_t *p0,
                          uint32_t *p1) {
  size_t c = a; /* the comma that opens the apposition */
  while (c > lo && a - c < APPOS_MAX && !is_p(d, c - 1, ',') && d->tok.t[c - 1].kind != NW_K_QUOTE)
    c--;
  if (!(c > lo + 1 && is_p(d, c - 1, ',') && nw_np_back(d, c - 1, lo, p0, p1) &&
        (d->tok.t[*p0].flags & NW_F_CAP) &&
        (*p0 == lo || is_p(d, *p0 - 1, ',')) && !has_verb(d, *p0, *p1) &&
        !adverbial(d, *p0, *p1) && !nw_place_based(d, c, b)))
    return 0;
  if (d->tok.t[c].flags & NW_F_CAP && !(wc(d, c) & NW_W_DET))
    return 0; /* a list of names ("Opel, Vauxhall and Saab"), not a description */
  for (size_t t = *p0; t < b; t++)
    if (is_dash(d, t) || wc(d, t) & NW_W_CONJ || d->tok.t[t].kind == NW_K_QUOTE ||
        (t < *p1 && ing_word(d, t)))
      return 0; /* a dateline, a list, a participle clause ("Visiting Detroit") */
  return c;
}

/* Is token t a "by" inside a speaker phrase ("analysts polled by Reuters",
 * "a report by the finance watchdog")? */
static int by_link(const nw_doc *d, size_t t, size_t lo) {
  return d->tok.t[t].h == h_by && t > lo + 1 &&
         ((ed_word(d, t - 1) && (wc(d, t - 2) & NW_W_PERSON)) ||
          ((wc(d, t - 1) & NW_W_PERSON) && !(d->tok.t[t - 1].flags & NW_F_CAP)));
}

/* Is the cue word at t a participle after a word for people and before a
 * preposition inside the phrase [lo, e) ("people briefed on the talks",
 * "officials involved in the deal"), or after "those" ("those questioned")? */
static int briefed(const nw_doc *d, size_t t, size_t lo, size_t e) {
  if (t > lo && ed_word(d, t) && d->tok.t[t - 1].h == h_those) return 1; /* "those questioned" */
  if (t > lo && t + 1 < e && ly_adverb(d, t - 1) && d->tok.t[t + 1].kind == NW_K_WORD &&
      !(wc(d, t + 1) & NW_W_STOP))
    return 1; /* an adjective: "the privately held jeans maker" */
  return t > lo && t + 1 < e && ed_word(d, t) && (wc(d, t - 1) & NW_W_PERSON) &&
         (wc(d, t + 1) & (NW_W_LINK | NW_W_PREP));
}

/* Is the cue's -ing form at t a noun that ends the phrase after a
 * determiner ("said the ruling", "the ruling said", "familiar with the
 * briefing"), not "a warning from", "its promising drugs"?  After the
 * cue, only a form of "say" takes it ("criticized the ruling" does not). */
static int det_gerund(const nw_doc *d, size_t t, size_t lo) {
  size_t e;
  return t > lo && (wc(d, t - 1) & NW_W_DET) && !(d->tok.t[t].flags & NW_F_CAP) &&
         (t + 1 >= d->tok.n || d->tok.t[t + 1].kind != NW_K_WORD || nw_verb_cue(d, t + 1)) &&
         (nw_cue_at(d, t, &e) & NW_CUE_ING);
}

/* Is token t "around" or "across" after "and" (not before token lo),
 * opening a second place of a phrase ("observers in Virginia and around
 * the country")? */
int nw_second_place(const nw_doc *d, size_t t, size_t lo) {
  uint32_t h = d->tok.t[t].h;
  return t > lo && (h == h_around || h == h_across) && (wc(d, t - 1) & NW_W_CONJ);
}

/* Is token t a word for people that "close to" may follow ("a source
 * close to", "those close to him")? */
static int people_word(const nw_doc *d, size_t t) {
  return (wc(d, t) & NW_W_PERSON) || d->tok.t[t].h == h_those;
}

/* The speaker phrase that ends just before token e (exclusive), walking
 * back at most NP_MAX tokens, not before token lo.  Sets [*s0, *s1). */
int nw_np_back(const nw_doc *d, size_t e, size_t lo, uint32_t *s0,
                   uint32_t *s1) {
  if (e <= lo) return 0;
  size_t j = e;
  if (is_p(d, j - 1, ')')) { /* "McCrory (R-N.C.) said" */
    size_t o = j - 1;
    while (o > lo && e - o < NP_MAX && !is_p(d, o, '(')) o--;
    if (!is_p(d, o, '(') || o == lo) return 0;
    if ((d->tok.t[o - 1].flags & NW_F_ALLCAP) && e < d->tok.n && is_dash(d, e))
      return 0; /* "NEW YORK (Reuters) -", not "IBM ( IBM.N ) said" */
    e = j = o;
  }
  if (wc(d, j - 1) & NW_W_PRON) {
    *s0 = (uint32_t)(j - 1);
    *s1 = (uint32_t)j;
    return 1;
  }
  while (j > lo && e - j < NP_MAX) {
    size_t t = j - 1;
    int c = wc(d, t);
    if (!nw_np_word(d, t) || (nw_verb_cue(d, t) && !name_word(d, t, lo) && !briefed(d, t, lo, e) &&
                               !det_gerund(d, t, lo)))
      break;
    if (bare_verb(d, t, e)) break; /* "prosecutors say | phone records … showed" */
    if ((d->tok.t[t].flags & NW_F_ALLCAP) && t > lo && (wc(d, t - 1) & NW_W_DET) &&
        d->tok.t[t].b1 - d->tok.t[t].b0 >= 3) {
      j = t; /* "the WHO": an acronym, not "who" */
      continue;
    }
    if (t > lo && name_function_word(d, t)) {
      j = t; /* "Theresa May": a surname, not "may" */
      continue;
    }
    if (nw_np_link(d, t)) {
      if (t == lo || !nw_np_word(d, t - 1) || (wc(d, t - 1) & NW_W_STOP)) break;
    } else if ((c & NW_W_TO) && t > lo &&
               ((wc(d, t - 1) & NW_W_PERSON) ||
                (t > lo + 1 && d->tok.t[t - 1].h == h_close && people_word(d, t - 2)))) {
      /* "advisers to bankrupt companies", "an aide to the president", "a
         source close to the matter" */
    } else if (by_link(d, t, lo)) {
      /* "analysts polled by Reuters", "economists surveyed by the agency", "a
         report by the finance watchdog" */
    } else if ((c & NW_W_STOP) && !(c & NW_W_DET)) {
      break;
    }
    j = t;
    int via_to = t > lo + 1 && (wc(d, t - 1) & NW_W_TO) &&
                 ((wc(d, t - 2) & NW_W_PERSON) ||
                  (t > lo + 2 && d->tok.t[t - 2].h == h_close && people_word(d, t - 3)));
    int in_name = d->tok.t[t].h == h_one && (d->tok.t[t].flags & NW_F_CAP) && t > lo &&
                  d->tok.t[t - 1].kind == NW_K_WORD && (d->tok.t[t - 1].flags & NW_F_CAP) &&
                  !(wc(d, t - 1) & NW_W_DET); /* "Capital One", "Formula One" */
    if ((c & NW_W_DET) && !in_name &&
        !(t > lo && (nw_np_link(d, t - 1) || via_to || by_link(d, t - 1, lo) ||
                     nw_second_place(d, t - 1, lo)))) {
      if (t > lo && (wc(d, t - 1) & NW_W_DET) && !(wc(d, t - 1) & NW_W_PRON) &&
          d->tok.t[t - 1].kind == NW_K_WORD)
        j = t - 1; /* "a top official", "the two companies" */
      else if (t > lo + 1 && (d->tok.t[t - 1].flags & NW_F_POSS) &&
               d->tok.t[t - 2].kind == NW_K_WORD && (d->tok.t[t - 2].flags & NW_F_CAP))
        for (j = t - 2; j > lo && e - j < NP_MAX && d->tok.t[j - 1].kind == NW_K_WORD &&
                        (d->tok.t[j - 1].flags & NW_F_CAP) && !(wc(d, j - 1) & NW_W_DET);)
          j--; /* "Nigeria's top oil official", "Saudi Arabia's top official" */
      else if (t > lo + 2 && (d->tok.t[t - 1].flags & NW_F_POSS) &&
               d->tok.t[t - 2].kind == NW_K_WORD && (wc(d, t - 3) & NW_W_DET) &&
               !(wc(d, t - 3) & NW_W_PRON))
        j = t - 3; /* "the president's top aide" */
      break;
    }
  }
  int object = j > lo && (nw_verb_cue(d, j - 1) || ed_word(d, j - 1) ||
                          (wc(d, j - 1) & (NW_W_PAST | NW_W_AUX | NW_W_BE)));
  size_t a = e; /* "many lenders in recent months and HSBC": common words, then a name */
  while (a > j && !(wc(d, a - 1) & NW_W_CONJ)) a--;
  if (a > j + 1 && a < e &&
      ((d->tok.t[a].flags & NW_F_CAP) || /* "the closing bell and one analyst" */
       ((wc(d, a) & NW_W_DET) && (wc(d, e - 1) & NW_W_PERSON)))) {
    int lower = 1;
    for (size_t t = j; t + 1 < a && lower; t++) lower = !(d->tok.t[t].flags & NW_F_CAP);
    object |= lower;
  }
  if ((e - j >= NP_MAX && j > lo && nw_np_word(d, j - 1)) || object) { /* cut off by the
                                                limit, or a verb's object before it */
    if (!object && (d->tok.t[j].flags & NW_F_POSS) && (d->tok.t[j - 1].flags & NW_F_CAP)) {
      j--; /* "Canada's biggest union of telephone and media workers" */
    } else {
      for (size_t t = e; t > j + 1; t--)
        if ((wc(d, t - 1) & NW_W_CONJ) && !(d->tok.t[t - 2].flags & NW_F_CAP)) {
          j = t; /* "has hit many lenders in recent months and HSBC" */
          break;
        }
    }
  }
  for (size_t t = j; t + 1 < e; t++) /* "Last month Wachovia", "on Friday Warner", "said on
                                          Tuesday | pivotal-stage trials found" */
    if ((wc(d, t) & NW_W_TIME) && ((d->tok.t[t + 1].flags & NW_F_CAP) || after_dated(d, j, t)) &&
        !(wc(d, t + 1) & NW_W_TIME) && d->tok.t[t + 1].kind == NW_K_WORD && !nw_month_at(d, t + 1) &&
        (!(d->tok.t[t].flags & NW_F_CAP) || (t > 0 && (wc(d, t - 1) & (NW_W_PREP | NW_W_TIME)))))
      j = t + 1; /* not "the Sunday Times" */
  for (size_t t = j + 1; t + 1 < e; t++) /* "a summit in California Mr Torvalds" */
    if ((d->tok.t[t].flags & NW_F_CAP) && (wc(d, t) & (NW_W_MALE | NW_W_FEMALE)) &&
        !(wc(d, t) & NW_W_PRON) && (d->tok.t[t + 1].flags & NW_F_CAP) && !nw_np_link(d, t - 1) &&
        !ing_word(d, t - 1) && !(wc(d, t - 1) & NW_W_TO)) /* not "a lawyer representing
                                                              Mr Doherty", "advisers to Mr. Obama" */
      j = t;
  while (j < e && nw_np_link(d, j)) j++;
  if (e >= j + 4 && d->tok.t[e - 1].kind == NW_K_NUM && nw_month_at(d, e - 2) &&
      (wc(d, e - 3) & (NW_W_PREP | NW_W_LINK)))
    e -= 3; /* "A jury on March 8 found" */
  else if (e >= j + 3 && (nw_month_at(d, e - 1) || (wc(d, e - 1) & NW_W_TIME)) &&
           (wc(d, e - 2) & NW_W_LINK) && !(wc(d, e - 2) & NW_W_DET) && !ed_word(d, e - 3))
    e -= 2; /* "Regulators in December cited"; not "a poll released in August found" */
  if (j > lo + 2 && is_p(d, j - 1, ',') && nw_place_based(d, j, j + 3 < e ? j + 3 : e)) {
    size_t a = j - 1; /* "The Walnut Creek, California-based company": the city too */
    while (a > lo && j - a <= 4 && d->tok.t[a - 1].kind == NW_K_WORD &&
           (d->tok.t[a - 1].flags & NW_F_CAP) && !(wc(d, a - 1) & NW_W_DET))
      a--;
    if (a < j - 1 && a > lo && (wc(d, a - 1) & NW_W_DET) && !(wc(d, a - 1) & NW_W_PRON))
      j = a - 1;
  }
  if (e == j + 3 && (wc(d, j) & NW_W_INDEF) && plural_noun(d, e - 1) &&
      d->tok.t[e - 2].kind == NW_K_WORD && !wc(d, e - 2) && !(d->tok.t[e - 2].flags & NW_F_CAP) &&
      !plural_noun(d, e - 2))
    j = e - 1; /* "a move analysts said would": the analysts */
  if (!np_ok(d, j, e)) return 0;
  *s0 = (uint32_t)j;
  *s1 = (uint32_t)e;
  return 1;
}

/* The speaker phrase that starts at token b: a determiner or title, then
 * words up to punctuation, a clause word or a cue.  At most NP_MAX tokens,
 * not past token hi.  Sets [*s0, *s1). */
int nw_np_fwd(const nw_doc *d, size_t b, size_t hi, uint32_t *s0,
                  uint32_t *s1) {
  if (b >= hi || b >= d->tok.n) return 0;
  if (wc(d, b) & NW_W_PRON) {
    *s0 = (uint32_t)b;
    *s1 = (uint32_t)b + 1;
    return 1;
  }
  size_t j = b;
  while (j < hi && j - b < NP_MAX && nw_np_word(d, j)) {
    int c = wc(d, j);
    if (j > b && ((nw_verb_cue(d, j) && !name_word(d, j, b) &&
                   !(det_gerund(d, j, b) && b > 0 && nw_say_word(d->tok.t[b - 1].h))) ||
                  ly_adverb(d, j) ||
                  ((c & (NW_W_ADV | NW_W_NEG | NW_W_AUX | NW_W_BE)) &&
                   !(d->tok.t[j].flags & (NW_F_CAP | NW_F_POSS)))))
      break; /* "my father often said", "X's statement didn't" */
    if (nw_np_link(d, j)) {
      if (j + 1 >= hi || !nw_np_word(d, j + 1)) break;
      int n = wc(d, j + 1);
      uint32_t h = d->tok.t[j].h;
      if ((n & NW_W_TIME) || ((n & NW_W_DET) && !(d->tok.t[j + 1].flags & NW_F_CAP) &&
                              h != h_of && h != h_at && h != h_for && h != h_from))
        break; /* an adjunct follows: "X in a statement", "X on Monday"; not
                  "Morgan of the Sierra Club" */
    } else if ((c & NW_W_STOP) && !(c & NW_W_DET) && !(j == b && modal_name(d, j)) &&
               !(j > b && name_function_word(d, j))) { /* "Larry So", "Theresa May" */
      break;
    }
    if (d->tok.t[j].kind == NW_K_PUNCT && d->s[d->tok.t[j].b0] == '.') {
      if (j + 1 < hi && is_p(d, j + 1, ',')) j++; /* "Turner Broadcasting System Inc.," */
      break;
    }
    j++;
  }
  while (j > b && nw_np_link(d, j - 1)) j--;
  if (!np_ok(d, b, j)) return 0;
  *s0 = (uint32_t)b;
  *s1 = (uint32_t)j;
  return 1;
}

/* Is token t a two-letter country code that opens names ("US Airways")? */
static int country_code(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->b1 - k->b0 != 2) return 0;
  const unsigned char *w = d->s + k->b0;
  return (w[0] == 'U' && (w[1] == 'S' || w[1] == 'K' || w[1] == 'N')) ||
         (w[0] == 'E' && w[1] == 'U');
}

/* The end of speaker phrase [s0, s1) before a stock ticker that closes
 * it without parentheses ("Motorola Inc. MOT.N", "Adelphia ADELQ.PK"):
 * upper-case letters, digits or "_", a dot, one or two upper-case letters,
 * written as one chunk after a space; else s1. */
static uint32_t before_ticker(const nw_doc *d, uint32_t s0, uint32_t s1) {
  uint32_t t = s1 - 1;
  while (t > s0 + 1 && !(d->tok.t[t].flags & NW_F_SPACE)) t--;
  if (t <= s0 || !(d->tok.t[t].flags & NW_F_SPACE)) return s1;
  const unsigned char *b = d->s + d->tok.t[t].b0, *e = d->s + d->tok.t[s1 - 1].b1;
  const unsigned char *p = b;
  while (p < e && ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')) p++;
  if (p == b || p >= e || *p != '.') return s1;
  const unsigned char *x = ++p;
  while (p < e && *p >= 'A' && *p <= 'Z') p++;
  return p == e && p - x >= 1 && p - x <= 2 ? t : s1;
}

/* Is the word with hash h common in lower case (the entity model's list),
 * so that in capitals it is a heading's word ("UP", "PAY") rather than an
 * acronym ("KB", "CEO")? */
int nw_common_word(uint32_t h) {
  const nw_model *m = nw_model_builtin();
  return m && nw_hset_has(m->common, m->ncommon, h);
}

/* The first token of [s0, s1) after the words of a capitalised subheading
 * that opens its line or runs into the sentence ("WEAK OUTLOOK Marriott",
 * "PUBLIC INTEREST Sirius"), s0 when there is none.  Strict (for content)
 * takes only two words or more, one of four letters at least, and leaves a
 * short acronym to the name it opens ("COOPERATING WITH SEC KB Home"). */
size_t nw_after_subheading(const nw_doc *d, size_t s0, size_t s1, int strict) {
  const nw_token *k = d->tok.t;
  if (s0 >= s1 || !(k[s0].flags & NW_F_ALLCAP)) return s0;
  size_t t = s0, longw = 0; /* at a line start, or two words inline */
  while (t + 1 < s1 && (k[t].flags & NW_F_ALLCAP) && k[t].kind == NW_K_WORD) t++;
  const nw_token *n = k[t].kind == NW_K_QUOTE && t + 1 < s1 ? &k[t + 1] : &k[t]; /* "PENT-UP
                                                  DEMAND “There was …”": a quotation opens */
  if (!(n->flags & NW_F_CAP) || (n->flags & NW_F_ALLCAP) || !(k[s0].nl || t >= s0 + 2))
    return s0;
  if (t > s0 && (country_code(d, t - 1) ||
                 (strict && k[t - 1].b1 - k[t - 1].b0 <= 3 && !nw_common_word(k[t - 1].h))))
    t--; /* "US Airways", "UK Coal"; in content "KB Home", "PXRE CEO Jeffrey Radke" */
  for (size_t i = s0; i < t; i++) longw += k[i].b1 - k[i].b0 >= 4;
  return !strict || (t >= s0 + 2 && longw) ? t : s0;
}

/* Where the auxiliary written onto word t starts ("I've", "they're",
 * "we'd", "you’ll": the apostrophe), else UINT32_MAX. */
static uint32_t contraction_at(const nw_doc *d, size_t t) {
  static const char *const tails[] = {"'ve", "'re", "'d", "'ll", "\xe2\x80\x99ve",
                                      "\xe2\x80\x99re", "\xe2\x80\x99" "d", "\xe2\x80\x99ll", NULL};
  const nw_token *k = &d->tok.t[t];
  for (size_t i = 0; tails[i]; i++) {
    size_t n = strlen(tails[i]);
    if (k->b1 - k->b0 > n && strncasecmp((const char *)d->s + k->b1 - n, tails[i], n) == 0)
      return k->b1 - (uint32_t)n;
  }
  return UINT32_MAX;
}

/* Set a record's speaker from tokens [s0, s1), without the words of a
 * capitalised subheading that opens its line or runs into the sentence
 * ("WEAK OUTLOOK Marriott", "PUBLIC INTEREST Sirius"). */
void nw_set_speaker(const nw_doc *d, nw_qrec *r, uint32_t s0, uint32_t s1) {
  s1 = before_ticker(d, s0, s1); /* "Motorola Inc. MOT.N" */
  s0 = (uint32_t)nw_after_subheading(d, s0, s1, 0);
  r->q.has_speaker = 1;
  r->st0 = s0;
  r->st1 = s1;
  r->q.sb0 = d->tok.t[s0].b0;
  r->q.sb1 = d->tok.t[s1 - 1].b1;
  uint32_t c = s1 == s0 + 1 ? contraction_at(d, s0) : UINT32_MAX;
  if (c != UINT32_MAX) r->q.sb1 = c; /* "They" of "They've said" */
}

/* Is the word at t a particle that belongs to the cue before it ("called
 * for", "pointed to", "described as")? */
int nw_cue_particle(const nw_doc *d, size_t t) {
  return t < d->tok.n && (wc(d, t) & NW_W_PARTICLE);
}

/* Is token v1 "after" joining a form of "go" before it as a cue ("has
 * gone after Khan's family")? */
int nw_go_after(const nw_doc *d, size_t v0, size_t v1) {
  return v1 == v0 + 1 && d->tok.t[v1].h == h_after && in_hashes(d->tok.t[v0].h, go_h);
}

/* Is token t an adverb of manner or time that closes the cue before it
 * ("she said sarcastically.", "he said then,", "said repeatedly that"):
 * an -ly word, "then", "again" or "later", before a stop, a comma, a
 * colon or "that" (not "alleged roughly $4 million", "said later that
 * month", "said repeatedly “the next president” should")? */
int nw_manner_after(const nw_doc *d, size_t t) {
  if (t + 1 >= d->tok.n || d->tok.t[t].kind != NW_K_WORD || sent_of(d, t + 1) != sent_of(d, t))
    return 0;
  uint32_t h = d->tok.t[t].h;
  const nw_token *n = &d->tok.t[t + 1];
  int closes = (n->kind == NW_K_PUNCT && n->cp > 0 && n->cp < 128 && strchr(",.;:!?", n->cp)) ||
               ((wc(d, t + 1) & NW_W_THAT) && !(t + 2 < d->tok.n && (wc(d, t + 2) & NW_W_TIME)));
  return closes && (ly_adverb(d, t) || h == h_then || h == h_again || h == h_later) && h != h_only;
}

/* Is token t "long" after an auxiliary ("has long said")? */
static int long_after_aux(const nw_doc *d, size_t t) {
  return d->tok.t[t].h == h_long && t > 0 && (wc(d, t - 1) & NW_W_AUX);
}

/* Set a record's verb from the cue at tokens [v0, v1), widened as
 * annotators of news attribution mark cues: the auxiliaries and adverbs
 * before it ("has also said", "sharply criticized", "she's said"), for cues other than
 * the plain speech verbs a particle after it ("called for", "agreed with").  A colon
 * after the cue ("said:") is punctuation, not part of it. */
void nw_set_verb(const nw_doc *d, nw_qrec *r, size_t v0, size_t v1) {
  size_t k = v0 - nw_chain_before(d, v0); /* "continues to insist", "went on to say" */
  while (k > 0 && v0 - k < 3 && d->tok.t[k - 1].kind == NW_K_WORD && !name_function_word(d, k - 1) &&
         ((wc(d, k - 1) & (NW_W_AUX | NW_W_ADV)) || ly_adverb(d, k - 1) || long_after_aux(d, k - 1)) &&
         (d->tok.t[k - 1].flags & NW_F_SPACE) && !(wc(d, k - 1) & NW_W_NEG) &&
         para_of(d, k - 1) == para_of(d, v0))
    k--;
  int cls = nw_cue_at(d, v0, &(size_t){0});
  if (k > 1 && (d->tok.t[k - 1].flags & NW_F_POSS) && !(d->tok.t[k - 1].flags & NW_F_SPACE) &&
      (wc(d, k - 2) & NW_W_PRON) && !(cls & NW_CUE_BARE))
    k--; /* "she's said", "he's claiming": the auxiliary; not "Barron's said" */
  if (v1 == v0 + 1 && !(cls & (NW_CUE_ACCORDING | NW_CUE_SPEECH | NW_CUE_CLAUSE)) &&
      (cls & (NW_CUE_ANY | NW_CUE_NP)) && nw_cue_particle(d, v1))
    v1++;
  else if (v1 == v0 + 1 && v1 < d->tok.n && d->tok.t[v1].h == h_with && nw_agree_form(d, v0))
    v1++; /* "agreed with" */
  else if (v1 < d->tok.n && nw_go_after(d, v0, v1))
    v1++;
  if (nw_manner_after(d, v1)) v1++;
  r->q.has_verb = 1;
  r->q.vb0 = k > 0 && d->tok.t[k - 1].kind == NW_K_WORD && (d->tok.t[k].flags & NW_F_SPACE)
                 ? contraction_at(d, k - 1)
                 : d->tok.t[k].b0;
  if (r->q.vb0 == UINT32_MAX) r->q.vb0 = d->tok.t[k].b0;
  r->q.vb1 = d->tok.t[v1 - 1].b1;
}

/* Are tokens [a, b) a short name: one to four capitalised words ("Jake
 * Sullivan" in "the company spokesman, Jake Sullivan, said")? */
int nw_short_name(const nw_doc *d, size_t a, size_t b) {
  if (b <= a || b - a > 4) return 0;
  for (size_t t = a; t < b; t++)
    if (d->tok.t[t].kind != NW_K_WORD || !(d->tok.t[t].flags & NW_F_CAP)) return 0;
  return 1;
}

/* Does the phrase [s0, s1) open with a possessor and name what it owns
 * ("Apple's chief executive")? */
static int possessed(const nw_doc *d, size_t s0, size_t s1) {
  for (size_t t = s0 + 1; t + 1 < s1 && t <= s0 + 4; t++)
    if (d->tok.t[t].flags & NW_F_POSS) return 1;
  return 0;
}

/* Is [s0, s1) a post written without a determiner ("shadow chief secretary
 * to the Treasury"): lower-case at its start, with a word for people? */
static int bare_post(const nw_doc *d, size_t s0, size_t s1) {
  if (d->tok.t[s0].flags & NW_F_CAP) return 0;
  for (size_t t = s0; t < s1; t++)
    if (wc(d, t) & NW_W_PERSON) return 1;
  return 0;
}

/* Replace the description [*s0, *s1) with the short name in apposition
 * after it, up to hi ("Nasdaq's chief executive, Robert Greifeld, who …",
 * "the company's spokesman, Jake Jang.", "EEF chief economist, Steve
 * Radley."). */
void nw_apposed_name(const nw_doc *d, uint32_t *s0, uint32_t *s1, size_t hi) {
  size_t c = *s1, z = c + 1;
  if (c + 2 >= hi || !is_p(d, c, ',') ||
      !((wc(d, *s0) & NW_W_DET) || possessed(d, *s0, *s1) ||
        ((d->tok.t[*s0].flags & NW_F_CAP) && *s1 - *s0 >= 2 &&
         !(d->tok.t[*s1 - 1].flags & NW_F_CAP))) || /* "EEF chief economist, Steve Radley" */
      !(wc(d, *s1 - 1) & NW_W_PERSON))
    return;
  while (z < hi && z - c <= 4 && d->tok.t[z].kind == NW_K_WORD) z++;
  if ((z == hi || is_p(d, z, ',') || is_p(d, z, '.')) && nw_short_name(d, c + 1, z)) {
    *s0 = (uint32_t)(c + 1);
    *s1 = (uint32_t)z;
  }
}

/* Is token t a relative pronoun opening a clause (who, whose, which)? */
int nw_relative_word(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if ((d->s[k->b0] | 0x20) != 'w') return 0; /* the cheap test first */
  return (wc(d, t) & NW_W_REL) || k->h == h_whose || k->h == h_which;
}

/* Is [s0, s1) a short name or word for an organisation ("the European
 * Union", "the agency"), with no linking word that could put the noun a
 * relative "which" hangs on elsewhere ("a dire week for Airbus")? */
static int named_body(const nw_doc *d, size_t s0, size_t s1) {
  if (s1 - s0 > 5) return 0;
  for (size_t t = s0; t < s1; t++)
    if ((wc(d, t) & (NW_W_LINK | NW_W_PREP | NW_W_CONJ)) || has_verb(d, t, t + 1) ||
        d->tok.t[t].kind != NW_K_WORD)
      return 0;
  return (d->tok.t[s1 - 1].flags & NW_F_CAP) || (wc(d, s1 - 1) & NW_W_ORGNOUN);
}

/* Is [s0, s1) a plain phrase for people, such as "an architect", "some
 * analysts", "many Wall Street analysts": no verb or linking word in it,
 * ending in a word for people, a plural or a name, or opening with "a"? */
static int plain_people(const nw_doc *d, size_t s0, size_t s1) {
  for (size_t t = s0; t < s1; t++)
    if ((wc(d, t) & (NW_W_LINK | NW_W_PREP | NW_W_CONJ)) || has_verb(d, t, t + 1) || ed_word(d, t) ||
        d->tok.t[t].kind != NW_K_WORD)
      return 0;
  return (wc(d, s1 - 1) & NW_W_PERSON) || plural_noun(d, s1 - 1) ||
         (d->tok.t[s1 - 1].flags & NW_F_CAP) || (wc(d, s0) & NW_W_INDEF);
}

/* Widen the phrase [*s0, *s1) found before a cue to the one it hangs on,
 * down to lo: the head before a participle ("a congressional committee
 * investigating the problems in Alaska said", "An industry executive
 * speaking on the condition of anonymity said": the committee, the
 * executive), or the whole phrase over "into" ("a government
 * investigation into the Texas City blast concluded"). */
static void hung_phrase(const nw_doc *d, size_t lo, uint32_t *s0, uint32_t *s1) {
  size_t t = *s0;
  uint32_t h0, h1;
  if (t > lo + 1 && d->tok.t[t - 1].h == h_into && nw_np_back(d, t - 1, lo, &h0, &h1) &&
      h1 == t - 1 && (wc(d, h0) & NW_W_DET) && !(wc(d, h0) & NW_W_PRON) &&
      *s1 - h0 <= APPOS_MAX && !has_verb(d, h0, *s1)) {
    *s0 = h0;
    return;
  }
  if (!((wc(d, t) & NW_W_DET) && !(wc(d, t) & NW_W_PRON)) && !(d->tok.t[t].flags & NW_F_CAP))
    return; /* an adjective before a noun: "holding company", "leading maker" */
  if (t > lo + 2 && (wc(d, t - 1) & NW_W_PREP) && !(wc(d, t - 1) & NW_W_SUBORD) &&
      ing_word(d, t - 2))
    t--; /* "speaking on"; not "in after-hours trading after the company announced" */
  const nw_token *v = &d->tok.t[t - 1];
  if (t > lo + 1 && ing_word(d, t - 1) && !(v->flags & NW_F_CAP) && !nw_prep_ing_word(v->h) &&
      nw_np_back(d, t - 1, lo, &h0, &h1) && h1 == t - 1 && !(wc(d, h0) & NW_W_PRON) &&
      ((wc(d, h1 - 1) & (NW_W_PERSON | NW_W_ORGNOUN)) || (d->tok.t[h1 - 1].flags & NW_F_CAP) ||
       plural_noun(d, h1 - 1))) {
    *s0 = h0;
    *s1 = h1;
  }
}

/* The subject of the cue at token k: the phrase before it, over adverbs and
 * auxiliaries and over an apposition ("X, the chief of Y, said"); see
 * quotes_internal.h for what it returns. */
int nw_subject_of(const nw_doc *d, size_t k, size_t lo, uint32_t *s0,
                      uint32_t *s1) {
  const nw_token *v = &d->tok.t[k];
  size_t j = k;
  int ing = v->b1 - v->b0 > 4 && memcmp(d->s + v->b1 - 3, "ing", 3) == 0;
  while (j > lo && j + 4 > k && !name_function_word(d, j - 1) &&
         (wc(d, j - 1) & (NW_W_ADV | NW_W_AUX) || ly_adverb(d, j - 1) ||
          (d->tok.t[j - 1].h == h_long && j > lo + 1 && (wc(d, j - 2) & NW_W_AUX)))) {
    /* "Analysts have long said" */
    if ((d->tok.t[j - 1].flags & NW_F_POSS) && j - 1 > lo && j == k &&
        (d->tok.t[j - 2].flags & NW_F_CAP) && !(wc(d, j - 2) & NW_W_PRON))
      break; /* a name's own 's: "Barron's said", not "Barron has said" */
    if ((wc(d, j - 1) & NW_W_BE) && !ing) return 0; /* passive: "was told" */
    j--;
  }
  if (j > lo + 2 && (wc(d, j - 1) & NW_W_TIME) &&
      (wc(d, j - 2) & (NW_W_TIME | NW_W_DET | NW_W_PREP)))
    j -= 2; /* "Wells Fargo just this month announced", "X, an analyst, on Monday said" */
  else if (j > lo + 3 && d->tok.t[j - 1].h == h_ago &&
           (d->tok.t[j - 2].kind == NW_K_WORD && !wc(d, j - 2) && !(d->tok.t[j - 2].flags & NW_F_CAP)) &&
           (d->tok.t[j - 3].kind == NW_K_NUM || (wc(d, j - 3) & NW_W_DET) ||
            (d->tok.t[j - 3].kind == NW_K_WORD && !(d->tok.t[j - 3].flags & NW_F_CAP))))
    j -= 3; /* "Buffett two months ago had said" */
  while (j > lo && j + 7 > k && (wc(d, j - 1) & NW_W_ADV) && !(wc(d, j - 1) & NW_W_BE))
    j--;
  if (j > lo + 3 && d->tok.t[j - 1].h == h_whom && d->tok.t[j - 2].h == h_of &&
      (nw_quantifier(d, j - 3) || d->tok.t[j - 3].kind == NW_K_NUM) && is_p(d, j - 4, ',')) {
    *s0 = (uint32_t)(j - 3); /* "…, many of whom say" */
    *s1 = (uint32_t)j;
    return 1;
  }
  if (j > lo + 1 && (wc(d, j - 1) & NW_W_REL) && is_p(d, j - 2, ','))
    return nw_np_back(d, j - 2, lo, s0, s1); /* X, who said */
  if (j > lo + 1 && d->tok.t[j - 1].h == h_which && is_p(d, j - 2, ','))
    return nw_np_back(d, j - 2, lo, s0, s1) && named_body(d, *s0, *s1)
               ? NW_SUBJ_RELATIVE
               : 0; /* "the European Union, which contended that" */
  if (j > lo + 1 && (wc(d, j - 1) & NW_W_REL) && d->tok.t[j - 2].kind == NW_K_WORD && !ing &&
      !(d->tok.t[j - 1].flags & NW_F_CAP)) /* not "the WHO said" */
    return nw_np_back(d, j - 1, lo, s0, s1) && *s0 > lo &&
                   d->tok.t[*s0 - 1].kind == NW_K_WORD &&
                   !(wc(d, *s0 - 1) & (NW_W_PREP | NW_W_TO | NW_W_LINK)) &&
                   plain_people(d, *s0, *s1)
               ? NW_SUBJ_RELATIVE
               : 0;
    /* "paying an architect who said he was stiffed": an object, whose clause runs to
       the end; not a subject ("A source who told the paper X was named"), nor
       "listeners to his radio program who said", where "who" may hang on the
       phrase before */
  if (j > lo && is_dash(d, j - 1)) { /* "Kall -- co-editor of X -- said" */
    size_t c = j - 1;
    while (c > lo && j - c < APPOS_MAX && !is_dash(d, c - 1) && d->tok.t[c - 1].kind != NW_K_QUOTE)
      c--;
    return c > lo && is_dash(d, c - 1) && nw_np_back(d, c - 1, lo, s0, s1);
  }
  if (j > lo && is_p(d, j - 1, ',')) {
    size_t c = j - 1;
    while (c > lo && j - c < APPOS_MAX && !is_p(d, c - 1, ',') &&
           d->tok.t[c - 1].kind != NW_K_QUOTE)
      c--;
    if (j - c >= APPOS_MAX) { /* a longer relative clause with no comma in it: "Dr.
      Connie Mariano, who as a Navy captain was the White House physician … and later
      retired from the service as a rear admiral, said" */
      size_t r = c;
      while (r > lo && j - r < 2 * APPOS_MAX && !is_p(d, r - 1, ',') &&
             d->tok.t[r - 1].kind != NW_K_QUOTE && !is_p(d, r - 1, '.'))
        r--;
      if (r > lo && is_p(d, r - 1, ',') && nw_relative_word(d, r)) c = r;
    }
    if (c > lo + 3 && is_p(d, c - 1, ',') && d->tok.t[c - 2].kind == NW_K_NUM &&
        is_p(d, c - 3, ','))
      c -= 2; /* an age between: "Jim Smith, 45, a teacher, said" */
    for (size_t r = c; r > lo + 1 && j - r < APPOS_MAX; r--)
      if (is_p(d, r - 1, ',') && nw_relative_word(d, r)) {
        size_t x = r; /* "the company, whose shares fell $1.13, or 1.2 percent, to $91.43,
                         said"; not "X, which includes Y, was $128, said Z" */
        while (x < j - 1 && !is_p(d, x, ',')) x++;
        if (!has_verb(d, x, j - 1)) c = r;
        break;
      }
    if (!(c > lo && is_p(d, c - 1, ',') && nw_np_back(d, c - 1, lo, s0, s1))) return 0;
    if (finite_word(d, c, j - 1))
      return 0; /* "X, vice president of Y, is leaving Z, said the source" */
    if ((wc(d, c) & NW_W_PREP) && !(wc(d, c) & (NW_W_DET | NW_W_ADV | NW_W_TIME)) &&
        !(d->tok.t[*s1 - 1].flags & NW_F_CAP) && !(wc(d, *s1 - 1) & NW_W_PERSON) &&
        *s0 > lo && (wc(d, *s0 - 1) & (NW_W_BE | NW_W_AUX)))
      return 0; /* "broadband is a central part of daily life, at least for some, argues
                   X": a complement and an adverbial, no subject in apposition */
    size_t a0 = c, a1 = j - 1; /* the apposition after the phrase */
    for (int hop = 0; hop < 2; hop++) { /* "Jim Svinth, chief economist at X, an
      online lender, said": the name before a chain of appositions */
      uint32_t p0, p1;
      size_t c2 = name_before(d, *s0, *s1, lo, &p0, &p1);
      if (!c2) break;
      a0 = c2;
      a1 = *s1;
      *s0 = p0;
      *s1 = p1;
    }
    if (((wc(d, *s0) & NW_W_DET) || possessed(d, *s0, *s1) || bare_post(d, *s0, *s1)) &&
        nw_short_name(d, a0, a1)) { /* "Her
      policy aide, Jake Sullivan, calls", "Apple's chief executive, Steve Jobs, said": the name */
      *s0 = (uint32_t)a0;
      *s1 = (uint32_t)a1;
      return 1;
    }
    /* ", saying" after a clause rather than an apposition ("In August, X
       granted …, saying") belongs to the sentence's subject: keep the
       phrase only when it opens the sentence or follows "said" */
    return !(ing && j == k) || *s0 == d->sent[sent_of(d, *s0)].t0 ||
           (*s0 > 0 && nw_verb_cue(d, *s0 - 1));
  }
  if (!nw_np_back(d, j, lo, s0, s1)) return 0;
  hung_phrase(d, lo, s0, s1);
  if (ing && j == k && nw_sent_saying(d, k, lo))
    return nw_subject_of(d, k - 3, lo, s0, s1); /* "The company issued a statement saying":
                                                   the sender, not the statement */
  if (ends_in_s(d, k) && d->tok.t[*s1 - 1].kind == NW_K_WORD && ends_in_s(d, *s1 - 1) &&
      !(d->tok.t[*s1 - 1].flags & NW_F_CAP)) { /* "A senior barrister who has resigned in
      protest over the government's anti-terror laws says": "laws" cannot say, the barrister
      before the relative clause does */
    for (size_t r = *s0; r > lo + 1 && *s0 - r < APPOS_MAX; r--) {
      if (d->tok.t[r - 1].kind != NW_K_WORD || nw_verb_cue(d, r - 1)) break;
      if ((wc(d, r - 1) & NW_W_REL) && d->tok.t[r - 2].kind == NW_K_WORD && !ends_in_s(d, r - 2) &&
          !(wc(d, r - 2) & (NW_W_STOP | NW_W_PREP | NW_W_DET | NW_W_PRON)))
        return nw_np_back(d, r - 1, lo, s0, s1);
    }
  }
  size_t w = *s0; /* "The host who also presents Stars In Their Eyes said": the host */
  while (w > lo && (wc(d, w - 1) & NW_W_ADV)) w--;
  if (w > lo + 1 && ((wc(d, w - 1) & NW_W_REL) ||
                     (d->tok.t[w - 1].h == h_which && w == *s0 &&
                      (ed_word(d, w) || (wc(d, w) & (NW_W_PAST | NW_W_AUX))))) &&
      !(d->tok.t[*s0].flags & NW_F_CAP) &&
      !is_p(d, w - 2, ',') && !(*s1 == *s0 + 1 && (wc(d, *s0) & NW_W_PRON)))
    return nw_np_back(d, w - 1, lo, s0, s1); /* not "critics who he said": he */
  const nw_token *f = &d->tok.t[*s0];
  uint32_t p0, p1, head = *s0; /* "Prabal Banerjee, chief finance officer for X told" */
  while (head + 1 < *s1 && !nw_np_link(d, head + 1)) head++;
  const nw_token *h = &d->tok.t[head]; /* a title, not "officials" */
  if (!(f->flags & NW_F_CAP) && !(wc(d, *s0) & (NW_W_DET | NW_W_PRON)) && head > *s0 &&
      (wc(d, head) & NW_W_PERSON) && !(h->flags & NW_F_CAP) && d->s[h->b1 - 1] != 's' &&
      name_before(d, *s0, *s1, lo, &p0, &p1) && nw_short_name(d, p0, p1)) {
    *s0 = p0;
    *s1 = p1;
  }
  return 1;
}

/* Is the -ing speech cue at k said by what a verb before it sent ("issued
 * a statement saying", "released a letter saying"; not "received an e-mail
 * saying"), not at or before lo? */
int nw_sent_saying(const nw_doc *d, size_t k, size_t lo) {
  size_t e;
  return k >= lo + 3 && in_hashes(d->tok.t[k - 1].h, sent_h) && (wc(d, k - 2) & NW_W_DET) &&
         !(wc(d, k - 2) & NW_W_PRON) && (ed_word(d, k - 3) || (wc(d, k - 3) & NW_W_PAST)) &&
         !in_hashes(d->tok.t[k - 3].h, got_h) && (nw_cue_at(d, k, &e) & NW_CUE_SPEECH);
}

/* The end of speaker phrase [s0, s1) taken over "familiar with X" or
 * "close to X" after it ("a person familiar with the matter", "a source
 * close to the talks"), up to token hi; else s1. */
static uint32_t source_tail(const nw_doc *d, uint32_t s0, uint32_t s1, size_t hi) {
  uint32_t x0, x1;
  size_t t = s1 > s0 && (d->tok.t[s1 - 1].h == h_familiar || d->tok.t[s1 - 1].h == h_close)
                 ? s1 - 1 : s1; /* the phrase may hold the adjective or end before it */
  if (t + 2 >= hi || (d->tok.t[t].h != h_familiar && d->tok.t[t].h != h_close) ||
      d->tok.t[t + 1].h != (d->tok.t[t].h == h_familiar ? h_with : h_to) ||
      !nw_np_fwd(d, t + 2, hi, &x0, &x1) || x0 != t + 2)
    return s1;
  return x1;
}

/* nw_np_fwd from token a up to hi, the phrase taken over "familiar with
 * X" or "close to X" (source_tail), also when the words before the
 * adjective are a phrase only without it ("people familiar with it"). */
int nw_source_fwd(const nw_doc *d, size_t a, size_t hi, uint32_t *s0, uint32_t *s1) {
  for (size_t t = a + 1; t < hi && t <= a + 3; t++) {
    if (d->tok.t[t].h != h_familiar && d->tok.t[t].h != h_close) continue;
    if (nw_np_fwd(d, a, t, s0, s1) && *s1 == t) {
      uint32_t x = source_tail(d, *s0, *s1, hi);
      if (x > *s1) {
        *s1 = x;
        return 1;
      }
    }
    break;
  }
  if (!nw_np_fwd(d, a, hi, s0, s1)) return 0;
  *s1 = source_tail(d, *s0, *s1, hi);
  return 1;
}

