/* Reported speech (X said (that) CLAUSE / CLAUSE, X said / According to X,
 * CLAUSE / X told Y CLAUSE / "A, said X, B") and the helpers the
 * direct-quotation rules of quote_direct.c share with it.  Works on tokens
 * alone, with the cue checks of quote_cue.c and the speaker phrases of
 * quote_phrase.c; quotes.c links speakers to entities afterwards.  Every
 * scan is bounded by a sentence, a paragraph or a fixed number of tokens. */
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "quote_tokens.h"
#include "quotes_internal.h"

#define CLAUSE_MAX 150 /* tokens in a reported clause */
#define SCARE_WORDS 4  /* a quote of fewer words needs a cue to count */
#define SUBJECT_MAX 12 /* tokens from a clause's subject to its verb after an
                          adjunct ("said on Monday its profit in … slipped") */
#define FINITE_REACH 5 /* tokens from a clause's subject to its auxiliary */
#define VERBAL_REACH 10 /* tokens after "told" in which a verb must come */
#define PAREN_REACH 6  /* tokens from a content's end to the ")" that closes it */

/* Nouns for what was said, after the content ("…, a charge that"), besides
 * the noun cues below. */
static const char *const speech_nouns[] = {"charge", "acknowledgment", "acknowledgement",
                                           "remark", "comment", "view", "sentiment",
                                           "accusation", "assessment", "prediction", NULL};
static uint32_t speech_noun_h[sizeof speech_nouns / sizeof *speech_nouns];
/* Nouns that report what their possessor said: "Trump's claim that". */
static const char *const noun_cues[] = {
    "claim", "claims", "assertion", "contention", "insistence", "statement",
    "warning", "argument", "suggestion", "allegation", "admission", NULL};
static uint32_t noun_cue_h[sizeof noun_cues / sizeof *noun_cues];
/* Forms of "say" and "report" that open a second attribution. */
static const char *const said_words[] = {"say", "says", "said", "report", "reports",
                                         "reported", "told", NULL};
static uint32_t said_h[sizeof said_words / sizeof *said_words];
/* Participles after a comma that give the reporter's reading of what
 * came before, not its subject's words (", suggesting …", ", signaling …"). */
static const char *const inference_words[] = {"suggesting", "indicating", "signaling",
                                              "signalling", "implying", "underscoring",
                                              "underlining", "highlighting", "reflecting", NULL};
static uint32_t inference_h[sizeof inference_words / sizeof *inference_words];
/* Participles by which the narrator tells what a reported event caused
 * (", sending its shares down"): they end content that has no verb too. */
static const char *const effect_words[] = {"sending", "pushing", "prompting", "leading",
                                           "resulting", "sparking", "fueling", "fuelling",
                                           "triggering", "driving", "knocking", "dragging",
                                           "lifting", "taking", "putting", NULL};
static uint32_t effect_h[sizeof effect_words / sizeof *effect_words];
/* Forms of "quote" that name the speaker of "as saying". */
static const char *const quote_words[] = {"quoted", "quoting", "quotes", "quote", NULL};
static uint32_t quote_h[sizeof quote_words / sizeof *quote_words];
/* Cues of forecasting that take an object and "to" ("expects sales to rise"). */
static const char *const forecast_words[] = {
    "expect", "expects", "expected", "expecting", "forecast", "forecasts", "forecasting",
    "predict", "predicts", "predicted", "predicting", "project", "projects", "projected",
    "projecting", "estimate", "estimates", "estimated", "estimating", NULL};
static uint32_t forecast_h[sizeof forecast_words / sizeof *forecast_words];
/* Past forms of cues that also modify a noun ("expected margin calls",
 * "the proposed merger", "continued strong demand"). */
static const char *const modifier_words[] = {"expected", "projected", "estimated", "planned",
                                             "proposed", "continued", "repeated", NULL};
static uint32_t modifier_h[sizeof modifier_words / sizeof *modifier_words];
/* Verbs that voice a stance, and the stances they voice ("expressed deep
 * concern about", "voiced doubts over", "raising questions about"). */
static const char *const stance_verbs[] = {"express", "expressed", "expresses", "expressing",
                                           "voice", "voiced", "voices", "voicing", "raise",
                                           "raised", "raises", "raising", NULL};
static uint32_t stance_verb_h[sizeof stance_verbs / sizeof *stance_verbs];
static const char *const stance_words[] = {
    "concern", "concerns", "doubt", "doubts", "misgivings", "fear", "fears", "worry", "worries",
    "reservations", "skepticism", "scepticism", "frustration", "anger", "alarm", "dismay",
    "disappointment", "optimism", "confidence", "support", "opposition", "questions", "outrage",
    NULL};
static uint32_t stance_h[sizeof stance_words / sizeof *stance_words];
/* Speech verbs whose topic may follow "of" ("spoke of a new era", "warned
 * of a slowdown"). */
static const char *const of_verbs[] = {"speak", "speaks", "spoke", "talk", "talks", "talked",
                                       "warn", "warns", "warned", "complain", "complains",
                                       "complained", "boast", "boasts", "boasted", NULL};
static uint32_t of_verb_h[sizeof of_verbs / sizeof *of_verbs];
/* Speech verbs whose topic follows "on" ("commented on the shooting"); in
 * the past only, as "a brokerage comment on Baidu" is a noun. */
static const char *const on_verbs[] = {"commented", "remarked", NULL};
static uint32_t on_verb_h[sizeof on_verbs / sizeof *on_verbs];

/* Forms of "write", whose object is often a work ("wrote the score"). */
static const char *const write_words[] = {"write", "writes", "wrote", "writing", "written", NULL};
static uint32_t write_h[sizeof write_words / sizeof *write_words];

static uint32_t h_about, h_against, h_as, h_at, h_be, h_but, h_following, h_the, h_by, h_citing,
    h_contrary, h_if, h_has, h_have, h_had, h_long, h_having,
    h_length, h_not, h_of, h_on, h_out, h_over, h_to, h_while, h_with; /* set once by
                                                                   quote_words_build */
static pthread_once_t quote_words_once = PTHREAD_ONCE_INIT;

/* Hashes of the words the attribution rules compare against. */
static void quote_words_build(void) {
  static const nw_word_ref words[] = {
      {&h_about, "about"}, {&h_against, "against"}, {&h_as, "as"},   {&h_at, "at"}, {&h_be, "be"},
      {&h_following, "following"}, {&h_the, "the"},
      {&h_but, "but"},     {&h_by, "by"},       {&h_citing, "citing"}, {&h_length, "length"},
      {&h_contrary, "contrary"}, {&h_if, "if"}, {&h_not, "not"},   {&h_of, "of"},
      {&h_on, "on"},       {&h_out, "out"},     {&h_over, "over"},   {&h_to, "to"},
      {&h_while, "while"}, {&h_with, "with"}, {&h_has, "has"}, {&h_have, "have"},
      {&h_had, "had"}, {&h_long, "long"}, {&h_having, "having"}};
  static const nw_set_ref sets[] = {
      {speech_nouns, speech_noun_h}, {noun_cues, noun_cue_h}, {said_words, said_h},
      {inference_words, inference_h}, {effect_words, effect_h}, {quote_words, quote_h},
      {forecast_words, forecast_h}, {modifier_words, modifier_h}, {stance_verbs, stance_verb_h},
      {stance_words, stance_h}, {of_verbs, of_verb_h}, {on_verbs, on_verb_h},
      {write_words, write_h}};
  nw_hash_refs(words, sizeof words / sizeof *words, sets, sizeof sets / sizeof *sets);
}

/* Hash the word lists of the attribution rules (once, thread-safe). */
void nw_attrib_init(void) {
  nw_cue_rules_init();
  pthread_once(&quote_words_once, quote_words_build);
}


/* The end of content [j, ce) reported by the cue at token k: when the cue
 * opens a relative clause after a comma ("Smith, who said he was tired,
 * left early"), the content ends at the comma before the main verb. */
static size_t relative_end(const nw_doc *d, size_t k, size_t t0, size_t j, size_t ce) {
  size_t q = k;
  while (q > t0 && k - q < 4 &&
         ((wc(d, q - 1) & (NW_W_ADV | NW_W_AUX | NW_W_TIME)) || d->tok.t[q - 1].h == h_long))
    q--; /* "which last Friday said", "which has long said" */
  if (!(q > t0 + 1 && nw_relative_word(d, q - 1) && is_p(d, q - 2, ','))) return ce;
  int aside = 0; /* inside ", which he did not identify," of the content */
  for (size_t t = j; t + 1 < ce; t++) /* the comma before the main verb: ", left" */
    if (is_p(d, t, ',') && (aside || nw_relative_word(d, t + 1)))
      aside = !aside;
    else if (is_p(d, t, ',') && d->tok.t[t + 1].kind == NW_K_WORD &&
             !(d->tok.t[t + 1].flags & NW_F_CAP) &&
             (nw_verb_cue(d, t + 1) || (wc(d, t + 1) & (NW_W_AUX | NW_W_PAST)) ||
              !(wc(d, t + 1) & (NW_W_DET | NW_W_PRON | NW_W_CONJ | NW_W_PREP | NW_W_STOP))))
      return t; /* ", left", ", has held talks" */
  return ce;
}

/* Does a clause open at token t after a "that" that follows a long
 * listener: a finite verb within 8 tokens, but not at once or before "to"
 * ("told a forum in Dallas that prices would", not "that caters to")? */
static int clause_opener(const nw_doc *d, size_t t) {
  size_t e = t + 8 < d->tok.n ? t + 8 : d->tok.n;
  if (t + 1 >= d->tok.n || !has_verb(d, t, e)) return 0;
  return !has_verb(d, t, t + 1) && !(wc(d, t + 1) & NW_W_TO); /* not "that were
    allowed", "that appears to be", "that caters to" */
}

/* Is token k the comma inside a place name, between a capitalised word
 * and the state or country of one or two words after it ("Salem, New
 * Hampshire"), not in a list ("Patents, Designs and Trademark")? */
static int place_comma(const nw_doc *d, size_t k, size_t hi) {
  if (!is_p(d, k, ',') || k == 0 || d->tok.t[k - 1].kind != NW_K_WORD ||
      !(d->tok.t[k - 1].flags & NW_F_CAP) || (wc(d, k - 1) & NW_W_TIME))
    return 0;
  size_t e = k + 1;
  while (e < hi && e - k <= 2 && d->tok.t[e].kind == NW_K_WORD && (d->tok.t[e].flags & NW_F_CAP) &&
         !(wc(d, e) & (NW_W_PRON | NW_W_DET)))
    e++;
  return e > k + 1 && (e >= hi || !(wc(d, e) & NW_W_CONJ)) &&
         !(e < hi && d->tok.t[e].kind == NW_K_WORD && (d->tok.t[e].flags & NW_F_CAP));
}

/* Does an infinitive open at token t, before hi: "to" and a plain
 * lower-case word ("to form"; not "to reporters", "to the board")? */
static int infinitive_at(const nw_doc *d, size_t t, size_t hi) {
  if (!(wc(d, t) & NW_W_TO) || t + 1 >= hi) return 0;
  const nw_token *v = &d->tok.t[t + 1];
  return v->kind == NW_K_WORD && !wc(d, t + 1) && !(v->flags & NW_F_CAP) &&
         d->s[v->b1 - 1] != 's';
}

/* Skip, from token j, the adjuncts between a cue and what it introduces
 * (an object such as "Reuters" for told/asked, "in a statement", "on
 * Monday") when they lead within ADJUNCT_MAX tokens to the token that
 * stop() accepts; returns that token or j. */
static size_t skip_adjunct(const nw_doc *d, size_t j, size_t hi, int cls,
                           int (*stop)(const nw_doc *, size_t)) {
  if (j >= hi || stop(d, j)) return j;
  int c = wc(d, j);
  int obj = (cls & NW_CUE_OBJ) &&
            ((c & NW_W_OBJ) || (d->tok.t[j].flags & NW_F_CAP) || (c & NW_W_DET));
  if (!obj && !(c & (NW_W_PREP | NW_W_TIME))) return j;
  for (size_t k = j + 1; k < hi && k - j <= ADJUNCT_MAX; k++) {
    if (place_comma(d, k, hi)) continue; /* "a town hall in Salem, New Hampshire, that" */
    if (stop(d, k)) return k;
    if (!nw_np_word(d, k) || (wc(d, k) & NW_W_THAT) || (obj && infinitive_at(d, k, hi)))
      return j; /* a listener before an infinitive: "urged Congress to leave the program
                   intact, although" */
  }
  return j;
}

/* Is the pair p short enough to be a scare quote (fewer than SCARE_WORDS
 * words)? */
int nw_short_pair(const nw_doc *d, const nw_qpair *p) {
  int words = 0;
  for (size_t t = p->i0; t < p->i1 && words < SCARE_WORDS; t++)
    if (d->tok.t[t].kind == NW_K_WORD || d->tok.t[t].kind == NW_K_NUM) words++;
  return words < SCARE_WORDS;
}

/* The token after a parenthesis of at most NP_MAX tokens that opens at t
 * ("Cummings (D-Md.) said"), or t when none opens there. */
size_t nw_skip_paren(const nw_doc *d, size_t t, size_t hi) {
  if (t >= hi || !is_p(d, t, '(')) return t;
  for (size_t k = t + 1; k < hi && k - t <= NP_MAX; k++)
    if (is_p(d, k, ')')) return k + 1;
  return t;
}

/* The token after a dateline that opens a sentence at t0 ("LONDON
 * (Reuters) -", "PARIS/AMSTERDAM (Reuters) -"), or t0 when there is none. */
size_t nw_after_dateline(const nw_doc *d, size_t t0, size_t k) {
  size_t t = t0, start = t0;
  if (t0 < k && d->tok.t[t0].h == h_by && (d->tok.t[t0].flags & NW_F_CAP)) { /* a byline:
                                        "By  Toni Clarke BOSTON  Jan 5 (Reuters) -" */
    while (t < k && t - t0 < 8 && !(d->tok.t[t].flags & NW_F_ALLCAP)) t++;
    t0 = t;
  }
  if (t0 >= k || !(d->tok.t[t0].flags & NW_F_ALLCAP)) return start;
  while (t < k && t - t0 < 8 && !is_p(d, t, '(')) t++;
  while (t < k && t - t0 < 12 && !is_p(d, t, ')')) t++;
  if (t + 1 >= k || !is_p(d, t, ')')) return start;
  int32_t cp = d->tok.t[t + 1].cp;
  return (cp == '-' || cp == 0x2013 || cp == 0x2014) ? t + 2 : start;
}

/* The token after an opening phrase that starts the sentence at t0 and
 * ends with a comma before the cue at k ("In August, X granted …, saying";
 * "Chastened by the analyses, Trump revised …"): a preposition or a
 * participle opens it.  t0 when there is none. */
static size_t after_opening(const nw_doc *d, size_t t0, size_t k) {
  if (t0 + 2 < k && ((wc(d, t0) & NW_W_ADV) || ly_adverb(d, t0)) && is_p(d, t0 + 1, ','))
    t0 += 2; /* "Additionally, prior to the report, Goldman upgraded" */
  const nw_token *w = &d->tok.t[t0];
  if (t0 >= k || w->kind != NW_K_WORD) return t0;
  const unsigned char *e = d->s + w->b1;
  int participle = w->b1 - w->b0 > 5 && !memchr(d->s + w->b0, '-', w->b1 - w->b0) &&
                   t0 + 1 < k && !(d->tok.t[t0 + 1].flags & NW_F_CAP) &&
                   ((e[-3] == 'i' && e[-2] == 'n' && e[-1] == 'g') ||
                    (e[-2] == 'e' && e[-1] == 'd')); /* not "Applied Materials" */
  int prior = t0 + 1 < k && d->tok.t[t0 + 1].h == h_to && w->b1 - w->b0 == 5 &&
              strncasecmp((const char *)d->s + w->b0, "prior", 5) == 0; /* "Prior to X," */
  if (!participle && !prior && !(wc(d, t0) & (NW_W_PREP | NW_W_SUBORD))) return t0;
  for (size_t t = t0 + 1; t < k && t - t0 <= APPOS_MAX; t++)
    if (is_p(d, t, ',')) return t + 1 < k ? t + 1 : t0;
  return t0;
}

/* Does token t go on as after a verb ("hit back,", "drew a contrast",
 * "flipped his choice"), not as after a noun ("equity firms", "fund
 * Pershing"), before the cue at k? */
static int verb_continues(const nw_doc *d, size_t t, size_t k) {
  if (is_p(d, t, ',') || is_dash(d, t)) return 1;
  if (wc(d, t) & (NW_W_DET | NW_W_PRON | NW_W_OBJ | NW_W_ADV | NW_W_PREP | NW_W_PARTICLE |
                  NW_W_TO | NW_W_NEG))
    return !(wc(d, t) & (NW_W_AUX | NW_W_CONJ)) && d->tok.t[t].h != h_of; /* not "mother of" */
  return t + 1 < k && d->tok.t[t].kind == NW_K_WORD && !(d->tok.t[t].flags & NW_F_CAP) &&
         !wc(d, t) && (is_p(d, t + 1, ',') || (wc(d, t + 1) & NW_W_ADV)); /* "hit back again," */
}

/* The subject that opens the sentence at t0 (after a dateline), before the
 * cue at k: a pronoun or a name of capitalised words ("Dean, a doctor,
 * appeared on TV and said"; "Trump spoke, saying").  Sets sp; returns 1
 * when found. */
int nw_sentence_subject(const nw_doc *d, size_t t0, size_t k, uint32_t sp[2]) {
  t0 = after_opening(d, nw_after_dateline(d, t0, k), k);
  if (t0 >= k) return 0;
  if (wc(d, t0) & NW_W_PRON) {
    sp[0] = (uint32_t)t0;
    sp[1] = (uint32_t)t0 + 1;
    return 1;
  }
  size_t e = t0; /* a name: capitalised words, links between them */
  while (e < k && e - t0 < NP_MAX &&
         ((d->tok.t[e].kind == NW_K_WORD && (d->tok.t[e].flags & NW_F_CAP) &&
           !(wc(d, e) & NW_W_DET)) ||
          (e > t0 && (wc(d, e) & NW_W_PERSON) && e + 1 < k &&
           (d->tok.t[e + 1].flags & NW_F_CAP)) || /* "Manchester United manager Sir Alex" */
          (e > t0 && nw_np_link(d, e) && e + 1 < k && (d->tok.t[e + 1].flags & NW_F_CAP) &&
           !(wc(d, e + 1) & NW_W_TIME)) ||
          (e > t0 && is_p(d, e, '.') && !(d->tok.t[e].flags & NW_F_SPACE)) ||
          (e > t0 && e + 1 < k && is_p(d, e, '&') && (d->tok.t[e + 1].flags & NW_F_CAP)) ||
          (e > t0 && (d->tok.t[e].flags & NW_F_POSS) && (d->tok.t[e - 1].flags & NW_F_CAP))))
    e++; /* "Standard & Poor's" */
  if (e == t0 + 1 && ((wc(d, t0) & NW_W_ADV) || ly_adverb(d, t0) || sentence_adverb(d, t0)))
    return 0; /* "Specifically,", "Originally announced" */
  if (e > t0 && !(e == t0 + 1 && nw_is_sentence_starter(d->tok.t[t0].h) &&
                  !(wc(d, t0) & NW_W_PERSON))) { /* "Analysts …, saying" */
    const nw_token *v = &d->tok.t[e];
    int verb = e == k || (wc(d, e) & (NW_W_AUX | NW_W_PAST | NW_W_ADV | NW_W_TIME)) ||
               is_p(d, e, ',') || is_p(d, e, '(') || /* "Airbus ( AIR.PA ) on Monday cut" */
               ((wc(d, e) & (NW_W_LINK | NW_W_PREP)) && e + 1 < k && (wc(d, e + 1) & NW_W_TIME)) ||
               (v->kind == NW_K_WORD && v->b1 - v->b0 > 3 && d->s[v->b1 - 2] == 'e' &&
                d->s[v->b1 - 1] == 'd') ||
               (v->kind == NW_K_WORD && !(v->flags & NW_F_CAP) && !wc(d, e) && e + 1 < k &&
                !ends_in_s(d, e) && !ing_word(d, e) && !ly_adverb(d, e) &&
                !(d->tok.t[e - 1].flags & (NW_F_ALLCAP | NW_F_POSS)) &&
                (e > t0 + 1 || !nw_common_word(d->tok.t[t0].h)) &&
                ing_word(d, k) && verb_continues(d, e + 1, k)); /* "Rubio hit back, saying";
                                                                  not "Major hotel chains" */
    if (verb) { /* "Trump walked onto the stage, chanting": the name */
      sp[0] = (uint32_t)t0;
      sp[1] = (uint32_t)e;
      return 1;
    }
  }
  /* "The Sanders campaign … doubled down, saying": a phrase headed by a
     word for people or an organisation */
  for (size_t t = t0; t + 2 < k && t - t0 < NP_MAX; t++) { /* "Oxfam senior policy adviser
                                                Max Lawson welcomed …": the name */
    if (!(wc(d, t) & NW_W_PERSON) || d->tok.t[t].flags & NW_F_CAP ||
        !(d->tok.t[t + 1].flags & NW_F_CAP) || d->tok.t[t + 1].kind != NW_K_WORD)
      continue;
    size_t n = t + 1;
    while (n < k && n - t <= 3 && d->tok.t[n].kind == NW_K_WORD && (d->tok.t[n].flags & NW_F_CAP))
      n++;
    if (n < k && has_verb(d, n, n + 1)) {
      sp[0] = (uint32_t)(t + 1);
      sp[1] = (uint32_t)n;
      return 1;
    }
    break;
  }
  size_t v = t0 + 1; /* the phrase ends at its verb: "The Teamsters filed a petition" */
  while (v < k && !has_verb(d, v, v + 1)) v++;
  if (!(wc(d, t0) & NW_W_DET) || !nw_np_fwd(d, t0, v, &sp[0], &sp[1])) return 0;
  if (has_verb(d, sp[0] + 1, sp[1])) return 0; /* not "Some analysts took the data" */
  for (uint32_t t = sp[0] + 1; t + 1 < sp[1]; t++)
    if ((wc(d, t) & (NW_W_PERSON | NW_W_ORGNOUN)) && !(d->tok.t[t + 1].flags & NW_F_CAP) &&
        !nw_np_link(d, t + 1) && !(wc(d, t + 1) & (NW_W_PERSON | NW_W_ORGNOUN))) {
      sp[1] = t + 1; /* "The struggling retailer cut its outlook, and said" */
      return 1;
    }
  return (wc(d, sp[1] - 1) & (NW_W_PERSON | NW_W_ORGNOUN)) ||
         (sp[1] == v && v < k && (d->tok.t[sp[1] - 1].flags & NW_F_CAP));
}

/* Is token t inside a pair that became a direct row? */
int nw_in_row(const nw_qbuild *b, size_t t) {
  return b->in_pair[t] && b->is_row[b->in_pair[t] - 1];
}

static int apposition_to(const nw_doc *d, size_t c, size_t send);

/* Is token t the start of a clause ("that", or a word) rather than more
 * adjunct? Used to stop skip_adjunct. */
static int clause_mark(const nw_doc *d, size_t t) {
  return (wc(d, t) & NW_W_THAT) || is_p(d, t, ',') || is_p(d, t, ':');
}

static int finite_clause(const nw_doc *d, size_t j, size_t send);
static int noun_subject(const nw_doc *d, size_t j, size_t send, int ed);
static int closing_adjunct(const nw_doc *d, size_t j, size_t e);
static int long_closing_adjunct(const nw_doc *d, size_t j, size_t e, size_t max);

/* clause_mark, or he, she or they after a word ("said after the
 * convention he would"): the subject of a clause after a speech cue. */
static int speech_clause_mark(const nw_doc *d, size_t t) {
  int c = wc(d, t);
  if (clause_mark(d, t)) return 1;
  if (t == 0 || d->tok.t[t - 1].kind != NW_K_WORD) return 0;
  int p = wc(d, t - 1);
  int it_verb = (c & NW_W_NEUTER) && t + 1 < d->tok.n &&
                (wc(d, t + 1) & (NW_W_AUX | NW_W_BE | NW_W_PAST)); /* "told the court it had" */
  return (c & NW_W_PRON) && ((c & (NW_W_MALE | NW_W_FEMALE | NW_W_PLURAL)) || it_verb) &&
         !(c & NW_W_FIRST) && !(p & (NW_W_STOP | NW_W_SUBORD));
}

/* Does a clause whose subject is a longer noun phrase start at t ("its
 * operating profit in the first half likely slipped", "the Donald J. Trump
 * Foundation's donation had made"): a finite verb within SUBJECT_MAX
 * tokens, before any punctuation or clause word? */
static int long_subject_clause(const nw_doc *d, size_t t, size_t send) {
  for (size_t k = t + 1; k < send && k - t <= SUBJECT_MAX; k++) {
    const nw_token *w = &d->tok.t[k];
    if ((wc(d, k) & (NW_W_AUX | NW_W_PAST)) && !(w->flags & NW_F_POSS)) return 1;
    if (ed_word(d, k)) return 1;
    if ((w->kind == NW_K_PUNCT && w->cp != '.') ||
        (wc(d, k) & (NW_W_THAT | NW_W_WH | NW_W_SUBORD)))
      return 0;
  }
  return 0;
}

/* speech_clause_mark, or after an adjunct any clause with its own subject
 * and finite verb ("said on Friday it plans", "said in a statement the
 * company would"). */
static int adjunct_clause_mark(const nw_doc *d, size_t t) {
  int c = wc(d, t);
  if (speech_clause_mark(d, t)) return 1;
  if (t == 0 || d->tok.t[t - 1].kind != NW_K_WORD) return 0;
  int p = nw_month_at(d, t - 1) && (d->tok.t[t - 1].flags & NW_F_CAP)
              ? NW_W_TIME : wc(d, t - 1); /* "said in May it was" */
  if ((p & (NW_W_STOP | NW_W_SUBORD | NW_W_DET | NW_W_LINK)) ||
      ((p & NW_W_PREP) && !(p & NW_W_TIME)) || (c & NW_W_TIME))
    return 0; /* still inside the adjunct: "in a statement", "on Friday" */
  size_t send = d->sent[sent_of(d, t)].t1;
  if (!(c & (NW_W_PRON | NW_W_DET | NW_W_THING)) && !(d->tok.t[t].flags & NW_F_CAP))
    return ((d->tok.t[t - 1].flags & NW_F_CAP) || (p & NW_W_TIME)) &&
           noun_subject(d, t, send, 1); /* "said on Sunday operations were" */
  if (finite_clause(d, t, send)) return 1;
  return (c & NW_W_DET) && long_subject_clause(d, t, send);
}

/* Last token of sentence s that belongs to its content: the end without
 * the final stop and closing marks. */
static size_t content_end(const nw_doc *d, size_t s) {
  size_t e = d->sent[s].t1;
  while (e > d->sent[s].t0 &&
         (d->tok.t[e - 1].kind == NW_K_QUOTE || is_p(d, e - 1, '.') ||
          is_p(d, e - 1, '!') || is_p(d, e - 1, '?') || is_p(d, e - 1, ')')))
    e--;
  return e;
}

/* Does "to be" (or "not to be") follow a cue that ends at token e, which
 * then names no speech a later quotation could take ("declined to be
 * named", "asked not to be identified")? */
static int to_be_after(const nw_doc *d, size_t e) {
  size_t a = e + (e < d->tok.n && (wc(d, e) & NW_W_NEG));
  if (a < d->tok.n && (wc(d, a) & NW_W_TO) && !(wc(d, e - 1) & NW_W_TO)) a++;
  return a < d->tok.n && (wc(d, a - 1) & NW_W_TO) && d->tok.t[a].h == h_be;
}

/* Add a hidden record: a cue's subject that had no content of its own,
 * kept so that a later "they said" or floating quote can refer to it. */
static int add_hidden(nw_qbuild *b, size_t v0, size_t v1, const uint32_t sp[2]) {
  if (to_be_after(b->d, v1)) return NW_OK; /* "who declined to be named": no speech */
  nw_qrec *r = nw_qrec_add(b);
  if (!r) return NW_NOMEM;
  r->hidden = 1;
  r->q.b0 = r->q.b1 = r->anchor = b->d->tok.t[v0].b0;
  r->para = para_of(b->d, v0);
  nw_set_verb(b->d, r, v0, v1);
  nw_set_speaker(b->d, r, sp[0], sp[1]);
  return NW_OK;
}

/* The end of content [c0, c1) taken past the parentheses it leaves open
 * when they close within PAREN_REACH tokens in its sentence ("spinoff from
 * Duke Energy Corp. ( DUK.N )"); before a parenthesis that never closes
 * and opened within its last PAREN_REACH tokens ("Corp. (DUK"); else c1. */
static size_t close_parens(const nw_doc *d, size_t c0, size_t c1) {
  int open = 0;
  size_t last = c1; /* the last "(" left open */
  for (size_t t = c0; t < c1; t++) {
    if (is_p(d, t, '(')) open++, last = t;
    else if (open > 0 && is_p(d, t, ')')) open--;
  }
  for (size_t t = c1; open > 0 && t < d->tok.n && t - c1 < PAREN_REACH &&
                      sent_of(d, t) == sent_of(d, c1 - 1) && !is_p(d, t, '('); t++)
    if (is_p(d, t, ')') && --open == 0) return t + 1;
  return open > 0 && c1 - last <= PAREN_REACH && last > c0 + 3 ? last : c1;
}

/* Add a reported-speech record for content tokens [c0, c1) with cue
 * [v0, v1) (none when empty) and speaker [s0, s1) (has_sp 0: none). */
/* Is the quote mark at token t a double one (" “ ” « » „ or '')? */
static int double_mark(const nw_doc *d, size_t t) {
  int32_t c = d->tok.t[t].cp;
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB ||
         c == 0xBB || (c == '\'' && ((t + 1 < d->tok.n && d->tok.t[t + 1].cp == '\'' &&
                                       d->tok.t[t + 1].b0 == d->tok.t[t].b1) ||
                                      (t > 0 && d->tok.t[t - 1].cp == '\'' &&
                                       d->tok.t[t - 1].b1 == d->tok.t[t].b0)));
}

/* Tokens a mixed row reaches past its clause to close a quotation opened
 * inside it (a quotation of several sentences). */
#define QUOTE_REST_MAX 150

/* Does a cue end right before the colon at token c, or a cue that takes a
 * listener stand within four tokens of it ("the man shouted:", "Mr Brown
 * told Mr Blair:"), so that the quotation after the colon is its own? */
static int cue_before_colon(const nw_doc *d, size_t c0, size_t c) {
  size_t x;
  for (size_t t = c > c0 + 4 ? c - 4 : c0; t < c; t++) {
    int cls = nw_cue_at(d, t, &x);
    if (cls && (x == c || (cls & NW_CUE_OBJ))) return 1;
  }
  return 0;
}

/* nw_add_reported for content of at least min tokens. */
static int add_reported_min(nw_qbuild *b, size_t c0, size_t c1, size_t v0, size_t v1,
                            const uint32_t sp[2], int has_sp, size_t min) {
  const nw_doc *d = b->d;
  c0 = nw_after_dateline(d, c0, c1); /* "LONDON (Reuters) - CLAUSE, X said" */
  c0 = nw_after_subheading(d, c0, c1, 1); /* "PRESERVING STRUCTURE Blackstone will …" */
  while (c1 > c0 && (is_p(d, c1 - 1, ',') || is_p(d, c1 - 1, ';'))) c1--;
  if (c1 < c0 + min || (c1 < d->tok.n && is_p(d, c1 - 1, ':') && d->tok.t[c1].kind == NW_K_QUOTE &&
                        cue_before_colon(d, c0, c1 - 1)))
    return has_sp && v1 > v0 ? add_hidden(b, v0, v1, sp) : NW_OK; /* too short, or "said the
                                     man shouted: “…”", whose quotation has its own cue */
  c1 = close_parens(d, c0, c1);
  nw_qrec *r = nw_qrec_add(b);
  if (!r) return NW_NOMEM;
  int mixed = 0;
  for (size_t t = c0; t < c1 && !mixed; t++)
    mixed = d->tok.t[t].kind == NW_K_QUOTE && b->in_pair[t];
  if (mixed && b->in_pair[c1 - 1]) { /* keep the closing mark: 'it "absolute chaos."', and
                                         the rest of a quotation opened inside the content */
    const nw_qpair *p = &b->pairs[b->in_pair[c1 - 1] - 1];
    if (p->t1 >= c1 && ((p->t1 - c1 < 3 && sent_of(d, p->t1) == sent_of(d, c1 - 1)) ||
                        (p->t0 >= c0 && p->t1 - c1 <= QUOTE_REST_MAX &&
                         para_of(d, p->t1) == para_of(d, c1 - 1) &&
                         double_mark(d, p->t0) == double_mark(d, p->t1))))
      c1 = p->t1 + 1; /* not to a mark of the other kind: “copyright infringers' … */
  }
  r->q.kind = mixed ? NW_Q_MIXED : NW_Q_INDIRECT;
  r->q.b0 = r->q.qb0 = d->tok.t[c0].b0;
  r->q.b1 = r->q.qb1 = d->tok.t[c1 - 1].b1;
  r->anchor = r->q.b0;
  r->para = para_of(d, c0);
  if (v1 > v0) nw_set_verb(d, r, v0, v1);
  if (has_sp) nw_set_speaker(d, r, sp[0], sp[1]);
  return NW_OK;
}

/* Add a reported record of three tokens at least (see quotes_internal.h). */
int nw_add_reported(nw_qbuild *b, size_t c0, size_t c1, size_t v0, size_t v1,
                    const uint32_t sp[2], int has_sp) {
  return add_reported_min(b, c0, c1, v0, v1, sp, has_sp, 3);
}

/* Is there a "to" among the n tokens from t ("expected margins to improve")? */
static int to_within(const nw_doc *d, size_t t, size_t n) {
  for (size_t i = t; i < d->tok.n && i < t + n; i++)
    if (d->tok.t[i].h == h_to) return 1;
  return 0;
}

/* Is token t "has", "have" or "had" (the perfect's auxiliary)? */
static int have_form(const nw_doc *d, size_t t) {
  uint32_t h = d->tok.t[t].h;
  return h == h_has || h == h_have || h == h_had;
}

/* May "has" stand between "and" and the cue of classes cls at token k
 * ending at e, the cue sharing the subject before: a speech or learned cue
 * or one before "that" ("and has called for", "and has said that"), not "and
 * has promised a hunt", "and already have held talks"? */
static int have_cue(const nw_doc *d, int cls, size_t e) {
  return (cls & (NW_CUE_SPEECH | NW_CUE_ANY)) || (e < d->tok.n && (wc(d, e) & NW_W_THAT));
}

/* Does token t join a second reporting verb to the subject of the first
 * ("and encouraged", "and says", "but added", "and has called for")? */
static int coordinated_cue(const nw_doc *d, size_t t) {
  size_t x;
  if (!(wc(d, t) & NW_W_CONJ) || t + 1 >= d->tok.n) return 0;
  size_t v = t + 1;
  int have = 0; /* "and has also called for"; not "and is expected to", "and would continue" */
  while (v < d->tok.n && v - t < 3 && ((wc(d, v) & NW_W_ADV) || ly_adverb(d, v) || have_form(d, v)))
    have |= have_form(d, v++);
  int cls = v < d->tok.n ? nw_cue_here(d, v, &x) : 0;
  if (have && !have_cue(d, cls, x)) return 0;
  return (cls & (NW_CUE_CLAUSE | NW_CUE_SPEECH | NW_CUE_NP)) &&
         !(in_hashes(d->tok.t[v].h, modifier_h) && nw_noun_after(d, x) && !to_within(d, x, 4) &&
           (x + 1 >= d->tok.n || nw_noun_after(d, x + 1) || d->tok.t[x + 1].kind == NW_K_PUNCT));
  /* not "redemptions and expected margin calls"; "and expected margins to", "and expected
     completion in March" are verbs */
}


/* Is token t, before send, a speech cue or a form of "say" ("would not
 * say", "did not comment")? */
static int speech_act_at(const nw_doc *d, size_t t, size_t send) {
  return t < send && (nw_verb_cue(d, t) || nw_say_word(d->tok.t[t].h));
}

/* Is "that" at token j a determiner ("acknowledged that weakness on
 * Tuesday, he delivered"): a lower-case noun after it, then before any
 * verb a comma and a new clause with a pronoun subject (not "that sales,
 * while favorable, will")? */
static int demonstrative_that(const nw_doc *d, size_t j, size_t send) {
  size_t t = j + 1;
  if (t >= send || d->tok.t[t].kind != NW_K_WORD || (d->tok.t[t].flags & NW_F_CAP) || wc(d, t) ||
      ed_word(d, t) || nw_verb_cue(d, t))
    return 0;
  for (t++; t < send && t - j <= 8; t++) {
    if (is_p(d, t, ','))
      return t + 2 < send && (wc(d, t + 1) & NW_W_PRON) && finite_clause(d, t + 1, send);
    if (has_verb(d, t, t + 1) || nw_verb_cue(d, t) || d->tok.t[t].kind == NW_K_QUOTE) return 0;
  }
  return 0;
}

/* Records scanned back for the quotation a speaker already has. */
#define QUOTE_RECS 16

/* Is the phrase at token s the speaker of a direct quotation row that opens
 * its sentence (“Q,” he said)?  Looks back over the last QUOTE_RECS
 * records. */
static int speaks_quote(const nw_qbuild *b, size_t s) {
  const nw_doc *d = b->d;
  uint32_t sb = d->tok.t[s].b0;
  for (size_t i = b->n; i > 0 && b->n - i < QUOTE_RECS; i--) {
    const nw_qrec *r = &b->r[i - 1];
    if (r->q.kind == NW_Q_DIRECT && r->q.has_speaker && r->q.sb0 == sb)
      return d->sent[nw_doc_sentence_at(d, r->q.b0)].b0 == r->q.b0;
  }
  return 0;
}

/* Does a contrasting clause start at token t (", but", ", although")?
 * What follows it is the writer's, not the speaker's. */
static int contrast_at(const nw_doc *d, size_t t) {
  if (!is_p(d, t, ',') || t + 1 >= d->tok.n) return 0;
  size_t n = t + 1;
  if (d->tok.t[n].kind == NW_K_QUOTE && n + 1 < d->tok.n &&
      (d->tok.t[n + 1].flags & NW_F_SPACE))
    n++; /* “… a gun,” but he said */
  int c = wc(d, n);
  return (c & NW_W_CONJ) && !(c & NW_W_LINK) ? (int)(n - t) : 0;
}

/* The token after the phrase that starts at t and its adverbs and
 * auxiliaries ("Blackstone has", "some analysts have long"), where its
 * verb stands; send when no phrase starts at t.  Sets [*s0, *s1). */
static size_t verb_after_phrase(const nw_doc *d, size_t t, size_t send, uint32_t *s0,
                                uint32_t *s1) {
  if (t >= send || !nw_source_fwd(d, t, send, s0, s1)) return send; /* "a person familiar
                                                                   with the matter said" */
  size_t k = *s1;
  while (k < send && k - *s1 < 3 && (wc(d, k) & (NW_W_ADV | NW_W_AUX)) && !(wc(d, k) & NW_W_BE))
    k++;
  return k;
}

/* Does a new attribution with its own subject start at token t (", the
 * Journal reported", "but Blackstone has said", "and KB Home's CEO
 * said")?  Reported content ends before it. */
static int new_attribution(const nw_doc *d, size_t t, size_t send) {
  uint32_t s0, s1;
  size_t x;
  int conj = t < send && (d->tok.t[t].h == h_while ||
                          ((wc(d, t) & NW_W_CONJ) && !(wc(d, t) & NW_W_LINK)));
  if (conj) t++; /* ", while 73 percent said", ", but Blackstone has said" */
  else conj = t > 0 && (wc(d, t - 1) & NW_W_CONJ); /* after "and" */
  conj = conj && t > 1 && is_p(d, t - 2, ','); /* ", and": not "public and private employers" */
  size_t k = verb_after_phrase(d, t, send, &s0, &s1);
  if (k >= send) return 0;
  int plural = 0; /* a bare plural after "and": ", and human rights groups warned" */
  if (!(wc(d, s0) & (NW_W_DET | NW_W_PRON)) && !(d->tok.t[s0].flags & NW_F_CAP) &&
      d->tok.t[s0].kind != NW_K_NUM && !(wc(d, s1 - 1) & NW_W_PERSON)) {
    plural = conj && !(d->tok.t[s1 - 1].flags & NW_F_CAP) && ends_in_s(d, s1 - 1);
    if (!plural) return 0; /* "after press reports said" */
  }
  int c = nw_cue_here(d, k, &x);
  if (plural && !((c & NW_CUE_SPEECH) && (c & NW_CUE_CLAUSE) && !(c & NW_CUE_NOUNOBJ) &&
                  x < send && !(wc(d, x) & (NW_W_PREP | NW_W_TO))))
    return 0; /* not "and food prices continued to rise", "and prices reported in" */
  return (c & (NW_CUE_SPEECH | NW_CUE_CLAUSE)) && !(c & (NW_CUE_ING | NW_CUE_BARE));
}

/* Does the sentence's own attribution, a cue and then a named source or
 * a person described, close it from token t ("…, said Mr Trainor.", "…,
 * said Mr Trainor, an analyst", "…, said an SEC official")? */
static int closing_attribution(const nw_doc *d, size_t t, size_t send) {
  uint32_t s0, s1;
  size_t x;
  int v = t < send ? nw_cue_here(d, t, &x) : 0;
  if (!(v & NW_CUE_SPEECH) || (v & (NW_CUE_ING | NW_CUE_BARE | NW_CUE_OBJ)) ||
      !nw_source_fwd(d, x, send, &s0, &s1) || !(s1 >= send || apposition_to(d, s1, send)))
    return 0;
  if (d->tok.t[s0].flags & NW_F_CAP) return 1;
  int person = 0; /* "…, said an SEC official in San Francisco." */
  for (uint32_t k = s0 + 1; k < s1 && !person; k++) person = (wc(d, k) & NW_W_PERSON) != 0;
  return (wc(d, s0) & NW_W_DET) && !(wc(d, s0) & NW_W_PRON) && person;
}

/* Does a subject followed by a form of "say" or "report" start at token t
 * ("Iran says", "press reports said", "some analysts have said")? */
static int said_after(const nw_doc *d, size_t t, size_t send) {
  uint32_t s0, s1;
  size_t k = verb_after_phrase(d, t, send, &s0, &s1);
  return k < send && in_hashes(d->tok.t[k].h, said_h);
}

/* Does "while" or "as" and a speaker with a speech cue start at token t,
 * where another attribution closes the content ("…, while an investor
 * advocate warned", "…, as some traders had speculated")? */
static int other_view(const nw_doc *d, size_t t, size_t send) {
  uint32_t s0, s1;
  size_t x;
  if (t + 2 >= send || (d->tok.t[t].h != h_while && d->tok.t[t].h != h_as)) return 0;
  size_t k = verb_after_phrase(d, t + 1, send, &s0, &s1);
  int c = k < send ? nw_cue_here(d, k, &x) : 0;
  return (c & NW_CUE_SPEECH) && !(c & (NW_CUE_ING | NW_CUE_BARE)) &&
         !infinitive_at(d, x, send); /* not "as it continued to steal market share" */
}

/* Is token t a participle in -ing that no cue is, opening the narrator's
 * comment on what was reported ("stoking concerns", "sending shares
 * lower")? */
static int narrator_ing(const nw_doc *d, size_t t) {
  size_t x;
  return ing_word(d, t) && !(d->tok.t[t].flags & NW_F_CAP) &&
         (!nw_cue_at(d, t, &x) || (nw_add_form(d, t) && x < d->tok.n && d->tok.t[x].h == h_to)) &&
         !nw_prep_ing_word(d->tok.t[t].h); /* "…, adding to Friday's data" */
}

/* Does "with", a noun phrase and a cue in -ing start at token t ("with
 * one analyst saying")? */
static int with_saying(const nw_doc *d, size_t t, size_t send) {
  uint32_t s0, s1;
  size_t x;
  return t + 2 < send && d->tok.t[t].h == h_with && nw_np_fwd(d, t + 1, send, &s0, &s1) &&
         s1 < send && (nw_cue_here(d, s1, &x) & NW_CUE_ING);
}

/* Does the narrator's name for what was said open at token t, after the
 * content and a comma ("…, a charge that Colorado Republicans denied",
 * "…, an acknowledgment that advisers trumpeted")? */
static int speech_apposition(const nw_doc *d, size_t t, size_t send) {
  if (t + 2 >= send || !(wc(d, t) & NW_W_INDEF) ||
      !(wc(d, t + 2) & (NW_W_THAT | NW_W_REL)))
    return 0;
  return in_hashes(d->tok.t[t + 1].h, noun_cue_h) || in_hashes(d->tok.t[t + 1].h, speech_noun_h);
}

/* Is there a dash in tokens [a, e)? */
static int dash_after(const nw_doc *d, size_t a, size_t e) {
  for (; a < e; a++)
    if (is_dash(d, a)) return 1;
  return 0;
}

/* Clause end from c0: the sentence's content end, cut before a direct row,
 * a semicolon, the narrator's comment after a dash ("-- a reminder that"),
 * a second cue ("and said") or attribution (", the Journal reported"), ",
 * according to" and at CLAUSE_MAX tokens. */
static size_t clause_end(const nw_qbuild *b, size_t c0, size_t send) {
  const nw_doc *d = b->d;
  size_t e = c0;
  while (e < send && e - c0 < CLAUSE_MAX) {
    size_t x;
    if (nw_in_row(b, e) || is_p(d, e, ';')) break;
    if (e > c0 && is_dash(d, e) && e + 2 < send && (wc(d, e + 1) & NW_W_INDEF) && !b->in_pair[e] &&
        !dash_after(d, e + 1, send))
      break; /* “… a "stern political task" -- a reminder that …”: the narrator's comment;
                not an aside between two dashes ("two holdings -- a builder and a leasing
                firm -- for sale") */
    if (e > c0 && is_p(d, e, ',') && e + 2 < send && d->tok.t[e + 1].h == h_having &&
        (nw_cue_here(d, e + 2, &x) & (NW_CUE_SPEECH | NW_CUE_CLAUSE)) && e - c0 >= 5)
      break; /* "…, having said in July it would cut": an earlier statement of its own;
                not the aside of "said New Century, having pledged its assets, has little left" */
    if (e > c0 && coordinated_cue(d, e) &&
        !(e + 3 < send && !has_verb(d, c0, e) && ed_word(d, e + 1) && d->tok.t[e + 2].kind == NW_K_WORD &&
          !(d->tok.t[e + 2].flags & NW_F_CAP) &&
          !(wc(d, e + 2) & (NW_W_STOP | NW_W_DET | NW_W_PRON | NW_W_PREP)) &&
          long_subject_clause(d, e + 2, send)))
      break; /* not "said the probe and expected profit shortfall caused" */
    if (e > c0 && !b->in_pair[e] && (is_p(d, e, ',') || (wc(d, e) & NW_W_CONJ)) &&
        new_attribution(d, e + 1, send) &&
        (has_verb(d, c0, e) || ((wc(d, e) & NW_W_CONJ) && is_p(d, e - 1, ','))))
      break; /* not inside a quotation: “…, and I'm hopeful …”; after a noun phrase only at
                ", and": "described him as a consensus builder, and staffers said" */
    if (e > c0 && !b->in_pair[e] && is_p(d, e, ',') && closing_attribution(d, e + 1, send))
      break; /* "promise to cram more power into the same space, said Mr Trainor" */
    if (e > c0 && !b->in_pair[e] &&
        ((wc(d, e) & NW_W_SUBORD) || nw_relative_word(d, e)) &&
        said_after(d, e + 1, send) && has_verb(d, c0, e))
      break; /* "…, which Iran says it needs", "after press reports said" */
    if (e > c0 && !b->in_pair[e] && is_p(d, e - 1, ',') && other_view(d, e, send))
      break;
    if (e > c0 && is_p(d, e, ',') && e + 1 < send && narrator_ing(d, e + 1) && !b->in_pair[e] &&
        (has_verb(d, c0, e) || in_hashes(d->tok.t[e + 1].h, effect_h)))
      break; /* "…, stoking concerns that", "…, driving down shares", "blamed
                pressure from the housing market, sending its shares down" */
    if (e > c0 && is_p(d, e, ',') && e + 2 < send && d->tok.t[e + 1].h == h_contrary &&
        d->tok.t[e + 2].h == h_to)
      break; /* "…, contrary to the belief among some that": the narrator's */
    int contrast = e > c0 ? contrast_at(d, e) : 0;
    if (contrast == 1 && e + 2 < send && d->tok.t[e + 1].h == h_but &&
        ((wc(d, e + 2) & NW_W_BE) || d->tok.t[e + 2].h == h_not ||
         nw_modal_word(d->tok.t[e + 2].h)) &&
        !speech_act_at(d, e + 3, send) && !speech_act_at(d, e + 4, send))
      contrast = 0; /* "…, but would be available", "…, but not dramatically": the
                       content's subject goes on; not "…, but declined to give details",
                       "…, but would not say" */
    if (contrast && e + (size_t)contrast + 1 < send && d->tok.t[e + contrast].h == h_but &&
        (wc(d, e + contrast + 1) & NW_W_THAT))
      contrast = 0; /* "said the decline was “not encouraging,” but that it may not merit
                       a cut": a second clause of the same cue */
    if (contrast == 2) e += 2; /* keep the closing mark: “… a gun,” */
    if (contrast) break;
    int mark = e > c0 && d->tok.t[e].kind == NW_K_QUOTE && is_p(d, e - 1, ',') &&
               b->in_pair[e] && b->pairs[b->in_pair[e] - 1].t1 == e; /* “…,” adding */
    if ((is_p(d, e, ',') || mark) && e + 1 < send &&
        ((nw_cue_at(d, e + 1, &x) & NW_CUE_ACCORDING) ||
         (nw_cue_here(d, e + 1, &x) & NW_CUE_ING) || with_saying(d, e + 1, send) ||
         (speech_apposition(d, e + 1, send) && has_verb(d, c0, e)))) {
      if (mark) e++; /* keep the closing mark */
      break;
    }
    e++;
  }
  return e;
}

/* Is token t the currency "won" after an amount ("a 174 billion won
 * loss"), not the verb? */
static int korean_won(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t], *p = &d->tok.t[t - 1];
  if (k->b1 - k->b0 != 3 || memcmp(d->s + k->b0, "won", 3) != 0) return 0;
  return p->kind == NW_K_NUM || (p->b1 - p->b0 >= 7 && memcmp(d->s + p->b1 - 6, "illion", 6) == 0);
}

/* Is token t "more" before "than" ("profit more than doubled")? */
static int more_than(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  return t + 1 < d->tok.n && k->kind == NW_K_WORD && k->b1 - k->b0 == 4 &&
         strncasecmp((const char *)d->s + k->b0, "more", 4) == 0 && d->tok.t[t + 1].b1 - d->tok.t[t + 1].b0 == 4 &&
         strncasecmp((const char *)d->s + d->tok.t[t + 1].b0, "than", 4) == 0;
}

/* Does a plain noun phrase of lower-case words open a clause at token j,
 * its auxiliary or past verb within three words ("operations were back",
 * "bigotry and xenophobia are",
 * "additional rate increases could", "no decision has been made",
 * "quarterly profit halved"; a past verb only when ed is set)? */
static int noun_subject(const nw_doc *d, size_t j, size_t send, int ed) {
  const int no = NW_W_STOP | NW_W_PREP | NW_W_PRON | NW_W_TIME | NW_W_PARTICLE;
  if (d->tok.t[j].kind != NW_K_WORD || (d->tok.t[j].flags & NW_F_POSS) ||
      ((wc(d, j) & (no | NW_W_ADV)) && !(wc(d, j) & NW_W_NEG)) || ly_adverb(d, j) ||
      nw_verb_cue(d, j) || ed_word(d, j) || ing_word(d, j))
    return 0;
  for (size_t t = j + 1, words = 0; t < send && words < 3; t++) {
    int w = wc(d, t);
    if (is_p(d, t, '-')) continue; /* "fourth- quarter profit", a broken line */
    if (words > 0 && ((w & NW_W_ADV) || ly_adverb(d, t) || more_than(d, t))) {
      if (more_than(d, t)) t++;
      continue; /* "profit more than doubled", "sales nearly tripled" */
    }
    if (words == 0 && (w & NW_W_CONJ) && (w & NW_W_LINK) && t + 1 < send &&
        d->tok.t[t + 1].kind == NW_K_WORD && !wc(d, t + 1) && !ed_word(d, t + 1) &&
        !(d->tok.t[t + 1].flags & NW_F_CAP))
      continue; /* "and" between two nouns: "bigotry and xenophobia are"; not "declined
                   comment and has said" */
    words++;
    if (d->tok.t[t].flags & NW_F_POSS) return 0; /* "bank's", not "bank is" */
    if ((w & (NW_W_AUX | NW_W_BE)) || (ed && ((w & NW_W_PAST) || ed_word(d, t))))
      return !(t + 1 < send && d->tok.t[t + 1].h == h_by); /* "profit fell", "profit
                                              halved", not "concerns raised by" */
    if (d->tok.t[t].kind != NW_K_WORD || (d->tok.t[t].flags & NW_F_CAP) || (w & (no | NW_W_DET)))
      return 0;
  }
  return 0;
}

/* Does a clause with its own subject and finite verb start at token j
 * ("found it was", "posted that sales would"), unlike a noun phrase
 * ("posted a quarterly loss", "added 50 hotels")?  The subject is a
 * pronoun or a short phrase; the verb an auxiliary within FINITE_REACH. */
static int finite_clause(const nw_doc *d, size_t j, size_t send) {
  if (j + 1 < send && d->tok.t[j].kind == NW_K_QUOTE) j++; /* “Trump exaggerates” */
  int c = wc(d, j); /* "it", "sales", "prices" may open a clause */
  if (!(c & (NW_W_PRON | NW_W_DET | NW_W_THING)) && !(d->tok.t[j].flags & NW_F_CAP) &&
      d->tok.t[j].kind != NW_K_NUM)
    return noun_subject(d, j, send, 0); /* "predicted volatility is here to stay" */
  for (size_t t = j + 1; t < send && t - j <= FINITE_REACH; t++) {
    const nw_token *k = &d->tok.t[t];
    int w = wc(d, t);
    if ((w & (NW_W_AUX | NW_W_BE | NW_W_PAST)) && (k->flags & NW_F_SPACE) && !korean_won(d, t))
      return 1;
    if (ed_word(d, t) && !(wc(d, t - 1) & (NW_W_DET | NW_W_LINK)) &&
        !(t >= 2 && (wc(d, t - 2) & NW_W_DET) && ((wc(d, t - 1) & NW_W_ADV) || ly_adverb(d, t - 1))))
      return 1; /* "sales (nearly) dropped"; not "its eagerly anticipated phone",
                   "quarters of improved earnings" */
    if (k->kind == NW_K_PUNCT || ((w & NW_W_STOP) && k->h != h_of)) return 0;
  }
  return 0; /* "of" goes on: "96 percent of its members voted" */
}

/* Does the phrase from token j hold a verb within VERBAL_REACH tokens (an
 * auxiliary, a past form, "to" or a wh-word), as what follows a listener
 * does ("told his aides to act", "told reporters how"), unlike a lone
 * listener ("told the Kommersant daily in an interview")? */
static int verbal(const nw_doc *d, size_t j, size_t send) {
  for (size_t t = j; t < send && t - j < VERBAL_REACH; t++) {
    const nw_token *k = &d->tok.t[t];
    if (t > j && (wc(d, t) & NW_W_SUBORD)) return 0; /* "told his advisers as he labored" */
    if (wc(d, t) & (NW_W_AUX | NW_W_BE | NW_W_PAST | NW_W_WH | NW_W_TO)) return 1;
    if (k->kind == NW_K_WORD && k->b1 - k->b0 > 4 && d->s[k->b1 - 2] == 'e' &&
        d->s[k->b1 - 1] == 'd')
      return 1;
    if ((wc(d, t) & NW_W_PRON) && t + 1 < send && d->tok.t[t + 1].kind == NW_K_WORD &&
        !(d->tok.t[t + 1].flags & NW_F_CAP) &&
        !(wc(d, t + 1) & (NW_W_STOP | NW_W_PREP | NW_W_DET | NW_W_TIME)))
      return 1; /* a subject pronoun and a present verb: "told analysts they expect" */
  }
  return 0;
}

/* Can what follows a question or request cue at token j be its content: a
 * wh- or "whether"/"if" clause ("asked why the Fed …"), or a listener and
 * "to" or a wh-word ("asked the judge to block it", "asked him whether");
 * not "asked not to be named", "asked about the report said"? */
static int asked_content(const nw_doc *d, size_t j, size_t send) {
  if ((wc(d, j) & NW_W_WH) || d->tok.t[j].h == h_if ||
      (nw_relative_word(d, j) && !(wc(d, j) & NW_W_REL)))
    return 1; /* "asked which states he could win" */
  if (!nw_np_word(d, j) || ((wc(d, j) & NW_W_STOP) && !(wc(d, j) & NW_W_DET))) return 0;
  for (size_t t = j + 1; t < send && t - j < VERBAL_REACH; t++) {
    int c = wc(d, t);
    if ((c & (NW_W_TO | NW_W_WH)) || d->tok.t[t].h == h_if) return 1;
    if (!nw_np_word(d, t) || (c & (NW_W_AUX | NW_W_BE | NW_W_PAST)) || ed_word(d, t)) return 0;
  }
  return 0;
}

/* Does a finite clause follow the prepositional phrase that opens at token
 * j ("that in 1972, he supported"), its subject not the preposition's own
 * object ("said that in a statement released Monday" has none)? */
static int clause_after_phrase(const nw_doc *d, size_t j, size_t send) {
  for (size_t t = j + 1; t < send && t - j <= 2 * NP_MAX; t++) {
    if (is_p(d, t, '.') || is_p(d, t, ';') || is_p(d, t, ':')) return 0;
    if (is_p(d, t - 1, ',') && t - 1 > j) return 1; /* "that in France, candidates" */
    if (!(wc(d, t - 1) & (NW_W_PREP | NW_W_LINK)) && finite_clause(d, t, send)) return 1;
  }
  return 0;
}

/* Does a cue that ends the sentence (but for an adjunct) follow within a
 * few tokens of j: "…, The Wall Street Journal reported on Saturday."? */
static int closing_cue(const nw_doc *d, size_t j, size_t send) {
  for (size_t t = j; t < send && t - j <= NP_MAX; t++) {
    size_t x;
    if (nw_cue_at(d, t, &x) && (x >= send || is_p(d, x, '.') || closing_adjunct(d, x, send)))
      return 1;
  }
  return 0;
}

/* Does an adjunct opening at token j run to a comma and a finite clause
 * after it, so that both are what was said ("says despite being a Stanford
 * alumna, she plans to", "said despite all that, Obama wasn't"); not "said
 * when leaving a pawnshop", "said after a meeting that"? */
static int leading_adjunct(const nw_doc *d, size_t j, size_t send) {
  if (d->tok.t[j].h == h_as) return 0; /* "said as the market fell" hangs on either verb */
  for (size_t t = j + 1; t + 1 < send && t - j <= 2 * ADJUNCT_MAX; t++) {
    if (is_p(d, t, ',')) return finite_clause(d, t + 1, send) && !closing_cue(d, t + 1, send);
    if (d->tok.t[t].kind == NW_K_PUNCT || d->tok.t[t].kind == NW_K_QUOTE ||
        ((wc(d, t) & NW_W_THAT) && !is_p(d, t + 1, ',')))
      return 0; /* but "despite all that, …" */
  }
  return 0;
}

/* Can a reported clause start at token j after a cue of class cls
 * (that: it follows "that")?  Thought and finding verbs (believe, show)
 * need "that" or a subject; evaluative speech acts take their object;
 * verbs learned from annotated news, verbs that usually take a plain noun
 * phrase, and clauses opening with a number need "that" or a finite
 * clause; no clause starts with "to", a past verb or punctuation. */
static int clause_start(const nw_doc *d, size_t j, size_t send, int cls,
                        int that) {
  const nw_token *k = &d->tok.t[j];
  if (!that && closing_adjunct(d, j, send)) return 0; /* "experts said this week." */
  if ((cls & NW_CUE_ASK) && !that) return asked_content(d, j, send);
  if (!that && (wc(d, j) & NW_W_SUBORD))
    return (cls & NW_CUE_SPEECH) && (cls & NW_CUE_CLAUSE) && leading_adjunct(d, j, send);
  if (!that && (wc(d, j) & NW_W_PREP) &&
      !(wc(d, j) & (NW_W_LINK | NW_W_TIME | NW_W_DET | NW_W_TO | NW_W_ADV)) && !ly_adverb(d, j))
    return 0; /* "said during a conference call": an adjunct, no clause */
  if (k->kind != NW_K_WORD && k->kind != NW_K_NUM && k->kind != NW_K_QUOTE)
    return 0;
  int c = wc(d, j);
  if (!(cls & NW_CUE_CLAUSE)) {
    if (cls & NW_CUE_NP) return !(c & NW_W_LINK) || (c & NW_W_DET);
    return (cls & NW_CUE_ANY) && (that || finite_clause(d, j, send));
  }
  if (cls & NW_CUE_NOUNOBJ) return that || finite_clause(d, j, send);
  if ((cls & NW_CUE_OBJ) && !that && !verbal(d, j, send))
    return 0; /* "told a small group of reporters" */
  if (!that && k->kind == NW_K_NUM) return finite_clause(d, j, send); /* "added 1.4 percent" */
  if (!that && k->kind == NW_K_WORD && !(k->flags & NW_F_CAP) && k->b1 - k->b0 > 3 &&
      d->s[k->b1 - 2] == 'e' && d->s[k->b1 - 1] == 'd' &&
      !(j + 2 < send && d->tok.t[j + 1].kind == NW_K_WORD &&
        !(wc(d, j + 1) & (NW_W_STOP | NW_W_PREP | NW_W_PARTICLE)) &&
        (has_verb(d, j + 2, j + 4 < send ? j + 4 : send) || long_subject_clause(d, j + 1, send))))
    return 0; /* "said headed off": a second verb, not a clause; but "said
                 contaminated lettuce was", "said increased demand for consoles
                 boosted results" */
  if (that && is_p(d, j - 1, ',')) return 1; /* "added that, in Wisconsin, …" */
  if (that && (c & NW_W_LINK) && !(c & NW_W_DET) && k->kind == NW_K_WORD)
    return clause_after_phrase(d, j, send); /* "said that in 1972 he" */
  if (that || (cls & NW_CUE_SPEECH))
    return !(c & NW_W_LINK) || (c & NW_W_DET) || k->kind != NW_K_WORD;
  return (c & (NW_W_PRON | NW_W_DET)) || (k->flags & NW_F_CAP) ||
         noun_subject(d, j, send, 0); /* "hoped utilities would", "believe bigotry is" */
}

/* Can the phrase [s0, s1) speak: a person or an organisation ("he",
 * "Trump", "the company", "analysts"), not "it", "sales" or, before the
 * naming cue at token cue, "a firm called X"?  Asked of the subjects of
 * cues that are not clause verbs. */
static int human_subject(const nw_doc *d, size_t s0, size_t s1, size_t cue) {
  int first = wc(d, s0), head = wc(d, s1 - 1);
  if (s1 == s0 + 1 && (first & NW_W_PRON)) return !(first & NW_W_NEUTER);
  if (((first & NW_W_INDEF) && (wc(d, cue) & NW_W_NAMING) && nw_naming_participle(d, cue)) ||
      (head & NW_W_THING))
    return 0; /* "a firm called Acme", not "a reporter called it chaos" */
  if (head & NW_W_PERSON) return 1;
  for (size_t t = s0; t < s1; t++)
    if ((d->tok.t[t].flags & NW_F_CAP) && !nw_is_sentence_starter(d->tok.t[t].h))
      return 1;
  return 0;
}

/* Does [t0, e) hold a lower-case word, as a clause does, when its sentence
 * holds one ("Ken Okada, 32, one of 13 people charged" has none; a
 * title-case headline is let be)? */
static int lower_word_in(const nw_doc *d, size_t t0, size_t e) {
  const nw_sentence *st = &d->sent[d->tok_sent[t0]];
  int in = 0, any = 0;
  for (size_t t = st->t0; t < st->t1; t++) {
    int lower = d->tok.t[t].kind == NW_K_WORD && !(d->tok.t[t].flags & (NW_F_CAP | NW_F_DIGIT));
    any |= lower;
    in |= lower && t >= t0 && t < e;
  }
  return in || !any;
}

/* Is [t0, e) a clause rather than an opening phrase ("In a statement shared
 * with X, a spokesman said." has none): it must not be a lone
 * prepositional phrase. */
static int clause_before(const nw_doc *d, size_t t0, size_t e) {
  if (t0 + 1 < e && (wc(d, t0) & NW_W_CONJ)) t0++; /* "And Tony Blair would be …, he said" */
  if (!(wc(d, t0) & (NW_W_PREP | NW_W_LINK)) || (wc(d, t0) & NW_W_DET))
    return 1; /* "This has been a concern, X said" */
  for (size_t t = t0; t < e; t++)
    if ((wc(d, t) & (NW_W_AUX | NW_W_BE)) && !(d->tok.t[t].flags & NW_F_POSS))
      return 1; /* "Last year's growth rate can also be attributed to …, X said" */
  for (size_t t = t0; t < e; t++)
    if (is_p(d, t, ',')) return 1;
  return 0;
}

/* Are tokens [j, e) an adjunct that closes a sentence after its cue ("on
 * Wednesday", "in a statement", "in a conference call on Monday"): at most
 * ADJUNCT_MAX words opened by a preposition or time word, with no verb? */
static int closing_adjunct(const nw_doc *d, size_t j, size_t e) {
  return long_closing_adjunct(d, j, e, ADJUNCT_MAX);
}

/* closing_adjunct of at most max tokens. */
static int long_closing_adjunct(const nw_doc *d, size_t j, size_t e, size_t max) {
  if (j >= e || e - j > max || !(wc(d, j) & (NW_W_PREP | NW_W_TIME)) ||
      (wc(d, j) & NW_W_TO) || d->tok.t[j].h == h_by)
    return 0; /* not "spoke to a gathering", "reported by X" */
  for (size_t j0 = j; j < e; j++) {
    if ((!nw_np_word(d, j) && !place_comma(d, j, e)) || nw_verb_cue(d, j) ||
        (wc(d, j) & (NW_W_AUX | NW_W_BE | NW_W_PAST | NW_W_THAT)))
      return 0; /* "in Dayton, Ohio" is one place */
    if (j > j0 && (wc(d, j) & NW_W_DET) && !(wc(d, j) & NW_W_PREP) &&
        ((wc(d, j - 1) & NW_W_TIME) || (d->tok.t[j - 1].flags & NW_F_CAP)))
      return 0; /* a subject: "on Friday the United States retains" */
  }
  return 1;
}

/* Are tokens [a, e) after a cue what may close a sentence whose clause
 * came before: an adjunct, a subordinate phrase or clause, or an adjunct
 * and then one ("said on Wednesday while forecasting growth", "said as it
 * reported results"), the last two only after say, tell or report (the
 * cue at token k)? */
static int closing_tail(const nw_doc *d, size_t a, size_t e, size_t k) {
  if (closing_adjunct(d, a, e)) return 1;
  if (!in_hashes(d->tok.t[k].h, said_h)) return 0;
  if (long_closing_adjunct(d, a, e, 2 * ADJUNCT_MAX)) return 1; /* "during a presentation
                                      in this suburb about 20 miles south of Boston" */
  size_t t = a;
  while (t < e && t - a <= 2 * ADJUNCT_MAX && !(wc(d, t) & NW_W_SUBORD) &&
         !(t > a && ing_word(d, t) && !(d->tok.t[t].flags & NW_F_CAP)))
    t++; /* "said in a regulatory filing on Wednesday detailing the payout" */
  return t < e && ((wc(d, t) & NW_W_SUBORD) || ing_word(d, t)) &&
         (t == a || closing_adjunct(d, a, t));
}

/* Can tokens [c0, c1) before "X said in a statement." be its reported
 * clause: one with a finite verb, or for a speech cue any that opens with
 * neither a subordinator ("but" may), a preposition nor a capitalised
 * heading ("They hope to reach a deal, the companies said in a statement";
 * not "In March, the company said on Monday.")? */
static int clause_to_close(const nw_doc *d, size_t c0, size_t c1, int cls) {
  return has_verb(d, c0, c1) ||
         ((cls & NW_CUE_SPEECH) && c0 < c1 && d->tok.t[c0].kind == NW_K_WORD &&
          !((wc(d, c0) & NW_W_STOP) && !(wc(d, c0) & NW_W_CONJ)) && !(wc(d, c0) & NW_W_PREP) &&
          !(d->tok.t[c0].flags & NW_F_ALLCAP));
}

/* Are tokens [a, e) after a cue that takes a listener that listener and
 * nothing but an adjunct or a subordinate clause ("CLAUSE, Obama told his
 * advisers as he labored over the speech.", "told Reuters on Thursday
 * after the board met.")? */
static int listener_to_end(const nw_doc *d, size_t a, size_t e, int cls) {
  uint32_t x0, x1;
  if (!(cls & NW_CUE_OBJ) || a >= e || !nw_np_fwd(d, a, e, &x0, &x1)) return 0;
  if (x1 >= e || closing_adjunct(d, x1, e) || (wc(d, x1) & NW_W_SUBORD)) return 1;
  size_t t = x1; /* "told Reuters on Thursday after the board met" */
  while (t < e && t - x1 <= ADJUNCT_MAX && !(wc(d, t) & NW_W_SUBORD)) t++;
  return t < e && (wc(d, t) & NW_W_SUBORD) && closing_adjunct(d, x1, t);
}

/* Are tokens [j, e) only time words and adverbs ("on Monday", "then")? */
static int only_adjuncts(const nw_doc *d, size_t j, size_t e) {
  for (; j < e; j++)
    if (!(wc(d, j) & (NW_W_TIME | NW_W_PREP | NW_W_ADV)) && !ly_adverb(d, j))
      return 0;
  return 1;
}

/* The "that" after a list of listeners from token a ("told Hu, Wu and
 * other officials that"): names and words, commas and "and" up to a "that"
 * opening a clause within 2 * NP_MAX tokens; else j (the comma it stopped
 * at). */
static size_t listed_listeners(const nw_doc *d, size_t a, size_t j, size_t send) {
  for (size_t t = a; t < send && t - a <= 2 * NP_MAX; t++) {
    if ((wc(d, t) & NW_W_THAT) && t > j) return clause_opener(d, t + 1) ? t : j;
    if (!is_p(d, t, ',') && (!nw_np_word(d, t) || nw_verb_cue(d, t) || ing_word(d, t)))
      return j; /* not "told Smith, adding that" */
  }
  return j;
}

/* Skip the listener after a cue such as told or asked ("told Reuters the
 * deal", "told him that", "told a forum in Dallas that"): for a speech
 * cue (class cls) a phrase up to a "that" that opens a clause, else an
 * object pronoun or a run of capitalised words.  Returns the token after
 * it, or e when nothing but adjuncts follows (nothing is reported). */
static size_t skip_listener(const nw_doc *d, size_t j, size_t e, int cls) {
  for (size_t t = j; t < e && t - j <= 2 * NP_MAX && (cls & NW_CUE_SPEECH); t++) { /* "told
    one of his young protégés on a regular basis that": a longer listener, then "that" */
    if ((wc(d, t) & NW_W_THAT) && t > j && clause_opener(d, t + 1))
      return t; /* not "warned of losses at its unit that caters to" */
    if (d->tok.t[t].kind == NW_K_QUOTE || is_p(d, t, '.') || is_p(d, t, ';') ||
        (has_verb(d, t, t + 1) && !(d->tok.t[t].flags & NW_F_POSS)) || nw_verb_cue(d, t))
      break; /* but not at the possessive of "BBC Radio 4's Today programme that" */
  }
  size_t k = j;
  if (k < e && (wc(d, k) & NW_W_OBJ)) {
    k++;
  } else {
    while (k < e && k - j < NP_MAX && d->tok.t[k].kind == NW_K_WORD &&
           (d->tok.t[k].flags & NW_F_CAP))
      k++;
  }
  size_t x1 = j; /* "told clients it wants": a plain noun phrase, then a pronoun and
                    its verb */
  while (k == j && x1 < e && x1 - j < NP_MAX && nw_np_word(d, x1) && !(wc(d, x1) & NW_W_PRON) &&
         !(wc(d, x1) & NW_W_STOP))
    x1++;
  if (k == j && x1 > j && x1 + 1 < e && (wc(d, x1) & NW_W_PRON) && !(wc(d, x1) & NW_W_FIRST) &&
      d->tok.t[x1 + 1].kind == NW_K_WORD && !(d->tok.t[x1 + 1].flags & NW_F_CAP) &&
      !(wc(d, x1 + 1) & (NW_W_STOP | NW_W_PREP | NW_W_DET | NW_W_TIME)))
    return x1;
  if (k == j && (wc(d, j) & NW_W_DET) && !(wc(d, j) & NW_W_PRON)) { /* "told the newspaper
                                                    the dollar was a problem" */
    size_t x = j + 1; /* "told his party's spring conference the Tories must" */
    while (x < e && x - j <= 4 && d->tok.t[x].kind == NW_K_WORD &&
           (!(wc(d, x) & (NW_W_STOP | NW_W_AUX | NW_W_BE | NW_W_PAST | NW_W_DET | NW_W_PRON)) ||
            (d->tok.t[x].flags & NW_F_POSS)) &&
           !nw_verb_cue(d, x))
      x++;
    if (x > j + 1 && x < e && (wc(d, x) & (NW_W_DET | NW_W_PRON)) && finite_clause(d, x, e))
      return x;
  }
  if (k == j && (wc(d, j) & NW_W_DET) && x1 > j + 1 && x1 < e &&
      (wc(d, x1) & (NW_W_PREP | NW_W_TIME)) && !(wc(d, x1) & NW_W_TO)) {
    size_t x = skip_adjunct(d, x1, e, 0, adjunct_clause_mark); /* "told a conference
                                                  call on Friday the price would" */
    if (x > x1 && x < e && (wc(d, x - 1) & NW_W_TIME) && (wc(d, x) & NW_W_DET) &&
        (finite_clause(d, x, e) || long_subject_clause(d, x, e)))
      return x;
  }
  if (k == j) return j;
  if (only_adjuncts(d, k, e)) return e;
  if (k < e && (wc(d, k) & (NW_W_PREP | NW_W_TIME)) && !(wc(d, k) & NW_W_TO)) {
    size_t x = skip_adjunct(d, k, e, 0, adjunct_clause_mark);
    int after_day = x > k && (wc(d, x - 1) & NW_W_TIME); /* "on Wednesday YouTube was" */
    int plain = x > k && x < e &&
                (((wc(d, x) & (NW_W_PRON | NW_W_DET)) && !(d->tok.t[x - 1].flags & NW_F_CAP)) ||
                 after_day);
    for (size_t t = k; t < x && plain; t++)
      plain = !(wc(d, t) & (NW_W_CONJ | NW_W_SUBORD | NW_W_THAT));
    if (plain && (finite_clause(d, x, e) || speech_clause_mark(d, x) ||
                  ((wc(d, x) & NW_W_DET) && long_subject_clause(d, x, e))))
      return x; /* "told reporters on Monday the company had not", "told analysts
                   in a conference call they expect"; not "on the sale and X
                   provided", "on Thursday after the Board discussed" */
  }
  return k;
}

/* Does the cue of classes cls at token k (ending at e) follow "and" or
 * "but" (over adverbs, and "has" as have_cue allows), so that it shares the
 * subject of the verb before ("X announced ... and said")? */
static int shares_subject(const nw_doc *d, size_t k, size_t e, size_t t0, int cls) {
  int have = have_cue(d, cls, e);
  size_t j = k;
  while (j > t0 && k - j < 3 &&
         ((wc(d, j - 1) & NW_W_ADV) || ly_adverb(d, j - 1) || (have && have_form(d, j - 1))))
    j--;
  return j > t0 && (wc(d, j - 1) & NW_W_CONJ);
}

/* A reported clause that the attribution interrupts ("Lenox was a
 * juggernaut, Mr. Clarke said, until it went bankrupt"): one row for the
 * part before the subject (at most CLAUSE_MAX tokens), one for the part
 * from token j; only the latter when an opening phrase rather than a
 * clause comes before and a finite clause follows; else a hidden record. */
static int interrupted(nw_qbuild *b, size_t t0, size_t send, size_t k,
                       size_t e, const uint32_t sp[2], size_t j) {
  const nw_doc *d = b->d;
  size_t x;
  int ing = j < send && (nw_cue_here(d, j, &x) & NW_CUE_ING); /* ", adding that" has a
                                                             row of its own */
  if (nw_in_row(b, j) || j >= send || (ing && sp[0] <= t0)) return add_hidden(b, k, e, sp);
  if (!(sp[0] > t0 && sp[0] - t0 <= CLAUSE_MAX && is_p(d, sp[0] - 1, ',') &&
        !nw_in_row(b, t0) && clause_before(d, t0, sp[0] - 1))) {
    int lower = d->tok.t[j].kind == NW_K_WORD && !(d->tok.t[j].flags & NW_F_CAP) &&
                !(wc(d, j) & (NW_W_STOP | NW_W_PREP | NW_W_PRON)); /* "digging up roads … can" */
    if (!(finite_clause(d, j, send) ||
          (((wc(d, j) & NW_W_DET) || lower) && long_subject_clause(d, j, send))) ||
        sp[0] <= t0 || !is_p(d, sp[0] - 1, ','))
      return add_hidden(b, k, e, sp);
    /* "And perhaps, he said, it could help": only the part after */
    return nw_add_reported(b, j, clause_end(b, j, send), k, e, sp, 1);
  }
  if (nw_add_reported(b, t0, sp[0] - 1, k, e, sp, 1)) return NW_NOMEM;
  if (ing || nw_relative_word(d, j)) return NW_OK; /* "…, the department said, which also revised":
                                                 the narrator's */
  if (j + 1 < send && (wc(d, j) & NW_W_CONJ)) { /* "…, the companies said, and together
                                                    with …": not the "and" */
    size_t v = j + 1;
    while (v + 1 < send && ly_adverb(d, v)) v++;
    const nw_token *w = &d->tok.t[v];
    int s_verb = w->kind == NW_K_WORD && !(w->flags & NW_F_CAP) && !wc(d, v) && ends_in_s(d, v);
    int quoted = 0;
    for (size_t t = v; t < send && t - v < FRAG_REACH && !quoted; t++)
      quoted = d->tok.t[t].kind == NW_K_QUOTE;
    if (!quoted && (has_verb(d, v, v + 1) || ed_word(d, v) || (wc(d, v) & NW_W_NEG) ||
                    nw_verb_cue(d, v) || s_verb))
      return NW_OK; /* "…, it said, but did not disclose …", "but competes with": the
                       speaker's next act; not '…, X said, and was "based on …"' */
    j++;
  }
  return nw_add_reported(b, j, clause_end(b, j, send), k, e, sp, 1);
}

/* Do tokens [c, send) hold only an apposition that closes the sentence
 * (", an analyst at Y", ", the lawyer who ...", ", who asked not to be
 * named"): a comma, then a noun phrase or relative clause of at most
 * 2 * APPOS_MAX tokens with no cue (but one after "who") or quote mark? */
static int apposition_to(const nw_doc *d, size_t c, size_t send) {
  if (!is_p(d, c, ',') || c + 1 >= send || send - c > 2 * APPOS_MAX) return 0;
  int w = wc(d, c + 1), person = 0;
  for (size_t t = c + 1; t < send && t <= c + 3 && !person; t++) person = wc(d, t) & NW_W_PERSON;
  if (!(w & NW_W_DET) && !nw_relative_word(d, c + 1) && !person &&
      !(d->tok.t[c + 1].flags & NW_F_CAP))
    return 0; /* ", battalion chief for the fire department" */
  if (nw_relative_word(d, c + 1) && !(w & NW_W_REL)) { /* which, whose: not "said his firm,
                                                          which he did not identify, was" */
    size_t x = c + 2;
    while (x < send && !is_p(d, x, ',')) x++;
    if (has_verb(d, x, send)) return 0;
  }
  for (size_t t = c + 1; t < send; t++) {
    if (d->tok.t[t].kind == NW_K_QUOTE && nw_relative_word(d, c + 1)) {
      size_t q = t + 1; /* "who has a “buy” rating": a term in marks */
      while (q < send && q <= t + 3 && d->tok.t[q].kind == NW_K_WORD) q++;
      if (q < send && q > t + 1 && d->tok.t[q].kind == NW_K_QUOTE) {
        t = q;
        continue;
      }
    }
    if ((nw_verb_cue(d, t) && !(wc(d, t - 1) & NW_W_BE) && !nw_relative_word(d, t - 1)) ||
        d->tok.t[t].kind == NW_K_QUOTE)
      return 0; /* a cue, but not "who asked not to be named" */
  }
  return 1;
}

/* Does speaker phrase sp hold a word for people before "of" ("the
 * automaker's head of North American sales")? */
static int person_of(const nw_doc *d, const uint32_t sp[2]) {
  for (uint32_t t = sp[0]; t + 1 < sp[1]; t++)
    if ((wc(d, t) & NW_W_PERSON) && d->tok.t[t + 1].h == h_of) return 1;
  return 0;
}

/* An inverted attribution inside a sentence ("By contrast, said Mr
 * Hogan, the code was …"; "The answer, says Prof Brewer, is wi-fi"; "The
 * problem, said X, head of Y, is …"): the cue [k, e) after a comma, its
 * speaker sp, a comma and maybe an apposition without a verb up to a
 * comma, then the rest of the sentence.  The part before is a row when it
 * holds a verb, the part after when it is a clause, both when the part
 * before is the subject whose verb comes after.  Returns -1 when the
 * sentence does not go on so after the speaker, else NW_OK or NW_NOMEM. */
static int inverted_inside(nw_qbuild *b, size_t t0, size_t send, size_t k, size_t e,
                           const uint32_t sp[2]) {
  const nw_doc *d = b->d;
  if (sp[1] >= send || !is_p(d, sp[1], ',')) return -1;
  size_t x = sp[1] + 1, y = x;
  while (y < send && y - x <= APPOS_MAX && !is_p(d, y, ',') && !nw_verb_cue(d, y) &&
         !has_verb(d, y, y + 1) && d->tok.t[y].kind != NW_K_QUOTE)
    y++;
  if (y > x && y < send && is_p(d, y, ',')) x = y + 1; /* ", head of MMS firm Adamind," */
  if (x + 1 >= send || nw_in_row(b, x)) return -1;
  int aux = 0; /* an auxiliary or past verb before any punctuation: not the second
                  apposition "a discount brokerage based in New York" */
  for (size_t t = x; t < send && t - x <= SUBJECT_MAX && !aux; t++) {
    if (d->tok.t[t].kind == NW_K_PUNCT && d->tok.t[t].cp != '.') break;
    aux = (wc(d, t) & (NW_W_AUX | NW_W_BE | NW_W_PAST)) && !(d->tok.t[t].flags & NW_F_POSS);
  }
  int after_clause = aux && (finite_clause(d, x, send) || speech_clause_mark(d, x) ||
                             ((wc(d, x) & NW_W_DET) && long_subject_clause(d, x, send)));
  int after_verb = (wc(d, x) & (NW_W_AUX | NW_W_BE | NW_W_PAST)) != 0;
  size_t ce = clause_end(b, x, send);
  if (has_verb(d, nw_after_dateline(d, t0, k), k - 1) && clause_before(d, t0, k - 1)) {
    if (nw_add_reported(b, t0, k - 1, k, e, sp, 1)) return NW_NOMEM;
    return after_clause ? nw_add_reported(b, x, ce, k, e, sp, 1) : NW_OK;
  }
  if (after_verb && !(wc(d, t0) & (NW_W_PREP | NW_W_STOP)))
    return nw_add_reported(b, t0, ce, k, e, sp, 1); /* "The problem, says X, is …": one row
                                                      over both parts, as for "X said" */
  return after_clause ? nw_add_reported(b, x, ce, k, e, sp, 1) : -1;
}

/* Is the phrase sp after a cue a name or headed by a word for people, with no verb
 * in it, and followed by nothing, an apposition or an adjunct that closes
 * the sentence at send ("said one GOP source in the room", "said a
 * spokesman at Honda"; not "said the deal price made sense")? */
static int person_to_end(const nw_doc *d, const uint32_t sp[2], size_t send) {
  size_t head = sp[0];
  while (head + 1 < sp[1] && !nw_np_link(d, head + 1)) head++;
  int name = 1; /* "Chief Financial Officer Tom Horton" */
  for (size_t t = sp[0]; t <= head && name; t++) name = d->tok.t[t].flags & NW_F_CAP;
  if (!name && !(wc(d, head) & NW_W_PERSON)) return 0;
  for (size_t t = sp[0]; t < sp[1]; t++)
    if (ed_word(d, t) || (wc(d, t) & (NW_W_PAST | NW_W_AUX | NW_W_BE))) return 0;
  return sp[1] >= send || apposition_to(d, sp[1], send) || closing_adjunct(d, sp[1], send);
}

/* The end of a long source from token t up to token hi, at its comma or
 * the sentence end ("early results of the exit poll conducted by Edison
 * Research for the AP,"): the first token of neither kind, or t where the
 * run holds a verb of a clause, a quote mark or other punctuation. */
static size_t source_run(const nw_doc *d, size_t t, size_t hi) {
  size_t j = t;
  for (; j < hi && j - t <= APPOS_MAX; j++) {
    if (is_p(d, j, ',') || (is_p(d, j, '.') && j + 1 >= hi)) return j;
    if (!nw_np_word(d, j) || (wc(d, j) & (NW_W_AUX | NW_W_BE | NW_W_PRON | NW_W_THAT)) ||
        ((wc(d, j) & NW_W_PAST) && !ed_word(d, j)))
      return t;
  }
  return j == hi ? j : t;
}

/* The start of the content after "According to X," at token c: past a
 * relative clause or an apposition that describes X ("According to X,
 * which covered …, CLAUSE"; "a report in the Los Angeles Times, a Tribune
 * paper, CLAUSE"). */
static size_t source_aside(const nw_doc *d, size_t c, size_t send) {
  uint32_t n0, n1;
  if (!nw_relative_word(d, c) && !((wc(d, c) & NW_W_DET) && nw_np_fwd(d, c, send, &n0, &n1) && is_p(d, n1, ',')))
    return c;
  for (size_t t = c + 1; t + 1 < send && t - c <= APPOS_MAX; t++) {
    if (d->tok.t[t].kind == NW_K_QUOTE || is_p(d, t, ';')) break;
    if (is_p(d, t, ',')) return t + 1;
  }
  return c;
}

/* The source after "according to" at token e, up to token hi: a speaker
 * phrase, widened over "by X" ("a new report by Politico").  Sets sp. */
int nw_according_source(const nw_doc *d, size_t e, size_t hi, uint32_t sp[2]) {
  uint32_t x0, x1;
  if (!nw_source_fwd(d, e, hi, &sp[0], &sp[1])) { /* "a source familiar with the matter" */
    size_t t = source_run(d, e, hi); /* "a publishing executive familiar with it" */
    if (t == e) return 0;
    sp[0] = (uint32_t)e;
    sp[1] = (uint32_t)t;
    return 1;
  }
  if (sp[1] + 1 < hi && (wc(d, sp[1]) & NW_W_PREP) &&
      (!(wc(d, sp[1]) & (NW_W_LINK | NW_W_TIME | NW_W_TO)) || d->tok.t[sp[1]].h == h_by) &&
      nw_np_fwd(d, sp[1] + 1, hi, &x0, &x1) &&
      (x1 >= hi || is_p(d, x1, ',') || is_p(d, x1, '.') || is_p(d, x1, ';')))
    sp[1] = x1;
  return 1;
}

/* The "that" after an aside set off by commas right after a cue ("warned,
 * as did the campaign, that"; "said, however, that"), or the clause after
 * an adjunct so set off ("said, despite the delays, some were"), or a when
 * none. */
static size_t skip_aside(const nw_doc *d, size_t a, size_t send) {
  if (a >= send || !is_p(d, a, ',')) return a;
  for (size_t c = a + 1; c + 1 < send && c - a <= 2 * ADJUNCT_MAX; c++) {
    if (d->tok.t[c].kind == NW_K_QUOTE || is_p(d, c, ';')) return a;
    if (!is_p(d, c, ',')) continue;
    if (wc(d, c + 1) & NW_W_THAT) return c + 1; /* "insists, most recently in a Labor Day
                                                   interview with ABC News, that" */
    if (c - a > ADJUNCT_MAX) return a;
    return (wc(d, a + 1) & (NW_W_PREP | NW_W_SUBORD)) && !has_verb(d, a + 1, c) &&
                   (speech_clause_mark(d, c + 1) ||
                    ((wc(d, c + 1) & (NW_W_DET | NW_W_PRON)) && long_subject_clause(d, c + 1, send)))
               ? c + 1 /* "said, despite four years of preparations, some authorities were" */
               : a;
  }
  return a;
}

/* Is token t a form of "quote" ("quoted a manager as saying")? */
static int quote_verb(const nw_doc *d, size_t t) {
  return in_hashes(d->tok.t[t].h, quote_h);
}

/* Is the cue at token k "citing" and what follows from token j a source
 * for people with no verb ("citing people familiar with the matter"), the
 * source of the sentence's report rather than reported content? */
static int cited_source(const nw_doc *d, size_t k, size_t j, size_t send) {
  if (d->tok.t[k].h != h_citing) return 0;
  size_t t = j;
  int person = 0;
  for (; t < send && t - j < 2 * NP_MAX && !is_p(d, t, ','); t++) {
    if (has_verb(d, t, t + 1) && !ed_word(d, t)) return 0;
    person |= t - j < 4 && (wc(d, t) & NW_W_PERSON); /* its head: "people", "sources" */
  }
  return person;
}

/* After a cue of forecasting at token k (expect, forecast, predict,
 * project, estimate), does a noun phrase and "to" with a verb follow from
 * token j ("expects sales to rise", "forecast revenue to fall")? */
static int forecast_object(const nw_doc *d, size_t k, size_t j, size_t send) {
  if (!in_hashes(d->tok.t[k].h, forecast_h)) return 0;
  size_t t = j;
  while (t < send && t - j < NP_MAX && nw_np_word(d, t) && !(wc(d, t) & (NW_W_TO | NW_W_STOP)) &&
         !has_verb(d, t, t + 1))
    t++;
  return t > j && t + 1 < send && (wc(d, t) & NW_W_TO) && d->tok.t[t + 1].kind == NW_K_WORD &&
         !(d->tok.t[t + 1].flags & NW_F_CAP) && !(wc(d, t + 1) & (NW_W_DET | NW_W_PRON));
}

/* The question a sentence opens with ("Asked why he had not endorsed her,
 * Sanders said …", "When asked about the report, she said", "Asked by
 * Stephanopoulos to respond, …"): the words from the cue at token k ([k,
 * e)) to the comma, past "by X" (the asker, the row's speaker) and any
 * adjunct before a wh-word ("Asked on Fox News who leads the party").
 * Returns 0 when the sentence does not open so, else 1 with *rc set. */
static int asked_opening(nw_qbuild *b, size_t s, size_t k, size_t e, size_t send, int *rc) {
  const nw_doc *d = b->d;
  size_t t0 = d->sent[s].t0, j = e, c;
  uint32_t sp[2] = {0, 0};
  int has = 0;
  *rc = NW_OK;
  const nw_token *v = &d->tok.t[k];
  if (v->b1 - v->b0 < 4 || d->s[v->b1 - 2] != 'e' || d->s[v->b1 - 1] != 'd' ||
      !(k == t0 || (k == t0 + 1 && ((wc(d, t0) & NW_W_SUBORD) || d->tok.t[t0].h == h_if))))
    return 0;
  if (j < send && d->tok.t[j].h == h_by && nw_np_fwd(d, j + 1, send, &sp[0], &sp[1])) {
    has = 1; /* the asker */
    j = sp[1];
  }
  int about = !has && j + 1 < send && d->tok.t[j].h == h_about;
  if (about) e = ++j; /* "Asked about the merger,": the cue as annotators mark it */
  for (c = j; c < send && c - j <= 2 * APPOS_MAX && !is_p(d, c, ','); c++)
    if (d->tok.t[c].kind == NW_K_QUOTE || is_p(d, c, ';') || is_p(d, c, ':')) return 1;
  if (c >= send || !is_p(d, c, ',') || c + 2 >= send || c < j + 2 || nw_in_row(b, j)) return 1;
  for (size_t w = j; w < c && w - j <= ADJUNCT_MAX; w++)
    if ((wc(d, w) & NW_W_WH) || d->tok.t[w].h == h_if) {
      j = w; /* "Asked on Monday whether" */
      break;
    }
  *rc = add_reported_min(b, j, c, k, e, sp, has, about ? 2 : 3); /* a topic of two words */
  return 1;
}

/* Is [t0, t1) a clause with no negation and no reporting cue of its own,
 * whose content an "as X reported" after it can vouch for? */
static int plain_clause(const nw_doc *d, size_t t0, size_t t1) {
  size_t x;
  for (size_t t = t0; t < t1; t++)
    if ((wc(d, t) & NW_W_NEG) || nw_cue_at(d, t, &x)) return 0;
  return 1;
}

/* Is there an "as" in tokens [t0, k) (where an "as X said" phrase must
 * start)?  Checked before the subject, which costs more to find. */
static int as_within(const nw_doc *d, size_t t0, size_t k) {
  for (size_t t = t0; t < k; t++)
    if (d->tok.t[t].h == h_as) return 1;
  return 0;
}

/* The clause that an "as" phrase around the cue at token k ([k, e)) sets
 * off: "As The Hill reported, CLAUSE", "Weeks ago, as X reported, CLAUSE",
 * "CLAUSE, as the paper reported on Monday.", "As reported by X, CLAUSE",
 * "As Smith put it, CLAUSE".  A closing "as X suggested" after a denial or
 * a negated clause reports the opposite ("said it does not add nicotine,
 * as studies suggested"), so a clause before must hold neither.  Returns 0
 * when the cue is in no such phrase, else 1 with *rc set. */
static int as_report(nw_qbuild *b, size_t s, size_t k, size_t e, int cls, size_t send,
                     int *rc) {
  const nw_doc *d = b->d;
  size_t t0 = d->sent[s].t0, a, c, x = e;
  uint32_t sp[2];
  *rc = NW_OK;
  if (k > t0 && d->tok.t[k - 1].h == h_as && e + 1 < send && d->tok.t[e].h == h_by &&
      nw_np_fwd(d, e + 1, send, &sp[0], &sp[1])) {
    a = k - 1; /* "As reported by X" */
    x = sp[1];
  } else if (as_within(d, t0, k) && nw_subject_of(d, k, t0, &sp[0], &sp[1]) && sp[0] > t0 &&
             d->tok.t[sp[0] - 1].h == h_as) {
    a = sp[0] - 1;
  } else {
    return 0;
  }
  if (a > t0 && !is_p(d, a - 1, ',')) return 0;
  for (c = x; c < send && !is_p(d, c, ',') && c - x <= ADJUNCT_MAX; c++) {
  }
  if (c > x && (!closing_adjunct(d, x, c < send ? c : send) ||
                !((wc(d, c - 1) & NW_W_TIME) || (d->tok.t[c - 1].flags & NW_F_CAP) ||
                  (wc(d, x + 1) & NW_W_DET))))
    return 0; /* "on Monday", "in a statement", "on CNN"; not "demanded on future business grow" */
  int lead = a == t0 || (plain_clause(d, t0, a - 1) && !has_verb(d, t0, a - 1)); /* "Weeks ago," */
  if (c + 2 < send && is_p(d, c, ',') && !nw_in_row(b, c + 1) && lead &&
      ((wc(d, c + 1) & (NW_W_DET | NW_W_PRON | NW_W_TIME | NW_W_PREP)) ||
       (d->tok.t[c + 1].flags & NW_F_CAP) ||
       finite_clause(d, c + 1, send)))
    *rc = nw_add_reported(b, c + 1, clause_end(b, c + 1, send), k, e, sp, 1);
  else if (c >= send && a > t0 + 2 && (cls & NW_CUE_SPEECH) && !nw_in_row(b, t0) &&
           plain_clause(d, t0, a - 1))
    *rc = nw_add_reported(b, t0, a - 1, k, e, sp, 1);
  else
    return 0;
  return 1;
}

/* Is the cue at token k a form of threaten or promise, which things do
 * as well as people ("the strike threatened to disrupt", "promises to be
 * close")? */
static int bodeful(const nw_doc *d, size_t k) {
  const nw_token *w = &d->tok.t[k];
  size_t n = w->b1 - w->b0;
  return (n >= 8 && strncasecmp((const char *)d->s + w->b0, "threaten", 8) == 0) ||
         (n >= 6 && strncasecmp((const char *)d->s + w->b0, "promis", 6) == 0);
}

/* Does "about" or "against" and its topic follow the speech cue at k, at
 * token a ("spoke about the need for reform", "complained about the
 * noise", "warned against hackers"), or "of" after of_verbs ("warned of a
 * slowdown"), "on" after on_verbs ("commented on the shooting") or "over"
 * after a stance ("voiced doubts over"): not after say or tell, whose
 * "about" is a number's ("said about 500 people"), nor before a number, a
 * clause or a quotation? */
static int topic_after(const nw_doc *d, size_t k, size_t a, size_t send, int cls) {
  if (a + 2 >= send) return 0;
  int over = d->tok.t[a].h == h_over && a > 0 && in_hashes(d->tok.t[a - 1].h, stance_h);
  int of = d->tok.t[a].h == h_of && in_hashes(d->tok.t[k].h, of_verb_h) &&
           (a == k + 1 || ly_adverb(d, a - 1)); /* "spoke of", "spoke emotionally of" */
  of |= d->tok.t[a].h == h_on && a == k + 1 && in_hashes(d->tok.t[k].h, on_verb_h);
  if ((d->tok.t[a].h != h_about && d->tok.t[a].h != h_against && !over && !of) ||
      !(cls & NW_CUE_SPEECH) ||
      (cls & (NW_CUE_ING | NW_CUE_ASK | NW_CUE_NOUNOBJ)) || nw_say_word(d->tok.t[k].h) ||
      nw_add_form(d, k))
    return 0; /* not "Asked about X, she said", "the Reuters report about" */
  for (size_t t = k; t > 0 && k - t < 8 && d->tok.t[t - 1].kind == NW_K_WORD; t--) {
    const nw_token *w = &d->tok.t[t - 1];
    size_t n = w->b1 - w->b0;
    if ((wc(d, t - 1) & NW_W_NEG) ||
        (n == 3 && strncasecmp((const char *)d->s + w->b0, "nor", 3) == 0) ||
        (n == 7 && strncasecmp((const char *)d->s + w->b0, "neither", 7) == 0))
      return 0; /* "Nor did the chairman talk about", "Neither X nor Y would comment about" */
  }
  static const char *const parts[] = {"third", "quarter", "half", "dozen", "fifth", "tenth",
                                      "hundred", "thousand", "million", "billion", NULL};
  const nw_token *n = &d->tok.t[a + 1], *p = &d->tok.t[a + 2];
  for (size_t i = 0; parts[i] && (wc(d, a + 1) & NW_W_INDEF); i++)
    if (p->b1 - p->b0 == strlen(parts[i]) &&
        strncasecmp((const char *)d->s + p->b0, parts[i], strlen(parts[i])) == 0)
      return 0; /* "questioned about a third of potential jurors" */
  return n->kind == NW_K_WORD && !(n->flags & NW_F_DIGIT) && nw_np_word(d, a + 1) &&
         !(wc(d, a + 1) & (NW_W_STOP | NW_W_TIME)) && !finite_clause(d, a + 1, send);
}

/* The paragraph after sentence s, when s ends its paragraph with the colon
 * of the cue at [k, e): a quotation set off as a block, its marks lost
 * ("The governor added:" then "It's typical of Hillary Clinton. …"); a
 * paragraph that opens with a quote mark is a direct quotation's, one that
 * opens with a dash or a number a list. */
static int block_quote(nw_qbuild *b, size_t s, size_t k, size_t e, const uint32_t sp[2]) {
  const nw_doc *d = b->d;
  if (s + 1 >= d->nsent || d->sent[s + 1].para != d->sent[s].para + 1) return NW_OK;
  size_t c0 = d->sent[s + 1].t0, x = s + 1;
  while (x + 1 < d->nsent && d->sent[x + 1].para == d->sent[s + 1].para &&
         d->sent[x].t1 - c0 <= QUOTE_REST_MAX)
    x++;
  size_t c1 = d->sent[x].t1;
  if (d->tok.t[c0].kind != NW_K_WORD || nw_in_row(b, c0) || c1 - c0 > QUOTE_REST_MAX)
    return NW_OK; /* at most QUOTE_REST_MAX tokens; not a list ("announced:" then "- Duty
                     cuts") */
  return nw_add_reported(b, c0, c1, k, e, sp, 1);
}

/* Where the topic after the speech cue at k may open, from token a: past
 * "at length" ("spoke at length about"), an adverb ("spoke emotionally
 * of"), "out" and a time ("spoke out Tuesday about"), the listener of a
 * question ("asked Clinton about", "asks him about", which then counts as
 * speech: *cls loses NW_CUE_ASK) or the stance a verb voices ("expressed
 * deep concern about", "voiced doubts over", which then counts as speech);
 * else a. */
static size_t topic_start(const nw_doc *d, size_t k, size_t a, size_t send, int *cls) {
  size_t t = a;
  if (t + 2 < send && d->tok.t[t].h == h_at && d->tok.t[t + 1].h == h_length) return t + 2;
  if (in_hashes(d->tok.t[k].h, stance_verb_h)) { /* "expressed deep concern about" */
    while (t < send && t - a < 2 && d->tok.t[t].kind == NW_K_WORD && !wc(d, t) &&
           !(d->tok.t[t].flags & NW_F_CAP) && !in_hashes(d->tok.t[t].h, stance_h))
      t++;
    if (t + 1 < send && in_hashes(d->tok.t[t].h, stance_h) &&
        (d->tok.t[t + 1].h == h_about || d->tok.t[t + 1].h == h_over)) {
      *cls = (*cls | NW_CUE_SPEECH) & ~(NW_CUE_ING | NW_CUE_NOUNOBJ | NW_CUE_ASK);
      return t + 1;
    }
    return a;
  }
  if ((*cls & NW_CUE_SPEECH) && t + 1 < send && ly_adverb(d, t) &&
      (d->tok.t[t + 1].h == h_about || d->tok.t[t + 1].h == h_of))
    return t + 1; /* "spoke emotionally of", "spoke passionately about" */
  if ((*cls & NW_CUE_SPEECH) && t < send && d->tok.t[t].h == h_out) {
    for (t++; t < send && (wc(d, t) & NW_W_TIME) && !(wc(d, t) & NW_W_DET); t++) {
    }
    return t;
  }
  if ((*cls & NW_CUE_ASK) && t < send &&
      ((wc(d, t) & NW_W_OBJ) || (d->tok.t[t].flags & NW_F_CAP))) {
    while (t < send && t - a < 3 && (d->tok.t[t].flags & NW_F_CAP) && !(wc(d, t) & NW_W_OBJ))
      t++;
    if (t == a) t++; /* "him" */
    if (t < send && d->tok.t[t].h == h_about) {
      *cls &= ~NW_CUE_ASK;
      return t;
    }
  }
  return a;
}

/* The clause that a sentence-opening "After saying" (cue [k, e) of class
 * cls) reports, up to the comma or the closing quotation mark before the
 * main clause, and the main clause's subject, who said it ("After saying
 * her right foot was “so swollen I could barely get my shoe on,” she was
 * whisked off"). */
static int opening_participle(nw_qbuild *b, size_t k, size_t e, size_t send, int cls) {
  const nw_doc *d = b->d;
  size_t j = e < send && (wc(d, e) & NW_W_THAT) ? e + 1 : e, c = j, z = j;
  if (j == e && !(cls & NW_CUE_NP) && !finite_clause(d, j, send))
    return NW_OK; /* a clause, or the object of "touting"; not "Since going on sale" */
  for (; c < send && c - j <= CLAUSE_MAX; c++) {
    if (is_p(d, c, ',') && !b->in_pair[c]) {
      z = c + 1;
      break;
    }
    if (d->tok.t[c].kind == NW_K_QUOTE && b->in_pair[c] && b->pairs[b->in_pair[c] - 1].t1 == c &&
        c > j && is_p(d, c - 1, ',')) { /* “…,” she */
      z = ++c;
      break;
    }
  }
  uint32_t sp[2];
  if (z == j || z >= send || !nw_np_fwd(d, z, send, &sp[0], &sp[1]) || sp[0] != z ||
      sp[1] >= send || !has_verb(d, sp[1], sp[1] + 1) || !human_subject(d, sp[0], sp[1], k))
    return NW_OK;
  return nw_add_reported(b, j, c, k, e, sp, 1);
}

/* Is the cue at [k, e) with its subject a parenthesis between the subject
 * of what was said and its verb: "Nickel prices, he said, could remain
 * supported", "One of those issues, Mendelsohn said, is an unwinding"?  The
 * phrase before holds no verb and opens the sentence (after "But"); a
 * finite verb follows the second comma.  Sets sp to the speaker. */
static int parenthetical_cue(const nw_qbuild *b, size_t t0, size_t k, size_t e, size_t send,
                             int cls, uint32_t sp[2]) {
  const nw_doc *d = b->d;
  if (!(cls & NW_CUE_SPEECH) || (cls & (NW_CUE_ING | NW_CUE_ACCORDING)) || e + 1 >= send ||
      !is_p(d, e, ',') || !(wc(d, e + 1) & (NW_W_AUX | NW_W_BE | NW_W_PAST)) || k < t0 + 3 ||
      nw_in_row(b, t0) || nw_subject_of(d, k, t0, &sp[0], &sp[1]) != 1 || sp[0] < t0 + 2 ||
      !is_p(d, sp[0] - 1, ','))
    return 0;
  size_t c0 = (wc(d, t0) & NW_W_CONJ) ? t0 + 1 : t0;
  if (sp[0] - 1 <= c0 || sp[0] - 1 - c0 > 2 * NP_MAX ||
      (wc(d, c0) & (NW_W_SUBORD | NW_W_PRON | NW_W_WH)) ||
      ((wc(d, c0) & (NW_W_PREP | NW_W_TIME)) && !(wc(d, c0) & NW_W_DET)))
    return 0; /* not "In fact, he said, it was", "Still, he said" */
  for (size_t t = c0; t + 1 < sp[0]; t++)
    if ((d->tok.t[t].kind != NW_K_WORD && d->tok.t[t].kind != NW_K_NUM) || has_verb(d, t, t + 1) ||
        (wc(d, t) & NW_W_ADV))
      return 0;
  return 1;
}

/* Reported speech around the cue at token k ([k, e)) in sentence s; *last
 * holds the speaker of the sentence's previous cue for "..., adding". */
static int reported_at(nw_qbuild *b, size_t s, size_t k, size_t e, int cls,
                       uint32_t last[2], int *has_last) {
  const nw_doc *d = b->d;
  size_t t0 = d->sent[s].t0, send = content_end(d, s);
  uint32_t sp[2];
  int rc;
  if ((cls & NW_CUE_ASK) && asked_opening(b, s, k, e, send, &rc)) return rc;
  if ((cls & NW_CUE_ING) && (cls & NW_CUE_SPEECH) && k == t0 + 1 && (wc(d, t0) & NW_W_SUBORD) &&
      d->tok.t[t0].h != h_as)
    return opening_participle(b, k, e, send, cls); /* "After saying X, she" */
  if (parenthetical_cue(b, t0, k, e, send, cls, sp)) /* "Nickel prices, he said, could remain" */
    return nw_add_reported(b, (wc(d, t0) & NW_W_CONJ) ? t0 + 1 : t0, clause_end(b, e + 1, send), k,
                           e, sp, 1);
  if (cls & NW_CUE_ACCORDING) {
    if (!nw_according_source(d, e, d->sent[s].t1, sp)) return NW_OK;
    size_t qm = k > t0 + 1 && is_p(d, k - 1, ',') ? k - 2 : k - 1; /* a closing mark? */
    if (k > t0 + 1 && d->tok.t[qm].kind == NW_K_QUOTE && b->in_pair[qm] &&
        (qm == k - 2 || is_p(d, k - 2, ',')) &&
        nw_stands_alone(d, &b->pairs[b->in_pair[qm] - 1]))
      return NW_OK; /* “Q,” according to X: the quotation's own source */
    int before = k > t0 && (is_p(d, k - 1, ',') || is_dash(d, k - 1));
    if (!before && sp[1] < send && !is_p(d, sp[1], ',')) {
      size_t c = source_run(d, sp[1], send); /* "According to results of polls conducted by X, …" */
      if (c > sp[1] && c < send) sp[1] = (uint32_t)c;
    }
    int whole = k > t0 + 5 && has_verb(d, t0, k - 1) && /* a clause, not "This is because," */
                !(wc(d, k - 2) & (NW_W_SUBORD | NW_W_STOP | NW_W_THAT));
    if (sp[1] < send && is_p(d, sp[1], ',') &&
        ((k - t0 < send - sp[1] && !whole) || !is_p(d, k - 1, ','))) {
      size_t c = source_aside(d, sp[1] + 1, send);
      return nw_add_reported(b, c, clause_end(b, c, send), k, e, sp, 1);
    }
    if (before && !nw_in_row(b, t0)) return nw_add_reported(b, t0, k - 1, k, e, sp, 1);
    return NW_OK;
  }
  if ((cls & (NW_CUE_SPEECH | NW_CUE_CLAUSE)) && !(cls & NW_CUE_ING) &&
      as_report(b, s, k, e, cls, send, &rc))
    return rc;
  uint32_t w[2]; /* "…, with one analyst saying its forecast may not measure up" */
  int with = (cls & NW_CUE_ING) && nw_np_back(d, k, t0, &w[0], &w[1]) && w[0] > t0 + 1 &&
             d->tok.t[w[0] - 1].h == h_with && is_p(d, w[0] - 2, ',') &&
             human_subject(d, w[0], w[1], k); /* not "with the future promising" */
  uint32_t qs[2] = {0, 0}; /* "Sonntag quoted a Nestle manager as saying": the manager */
  int quoted = 0;
  if ((cls & NW_CUE_ING) && k > t0 + 2 && d->tok.t[k - 1].h == h_as) {
    for (size_t x = k - 1; x > t0 + 1 && k - x <= 2 * NP_MAX && nw_np_word(d, x - 1); x--)
      if (quote_verb(d, x - 2) && x - 1 < k - 1 && !(x > 2 && (wc(d, x - 3) & NW_W_BE))) {
        /* "quoted an adviser to the government", not "was quoted by X" */
        quoted = 1;
        qs[0] = (uint32_t)(x - 1);
        qs[1] = (uint32_t)(k - 1);
        break;
      }
    if (!quoted && k > t0 + 3 && quote_verb(d, k - 2) && (wc(d, k - 3) & NW_W_BE) &&
        nw_np_back(d, k - 3, t0, &qs[0], &qs[1]))
      quoted = 1; /* "Naimi was quoted as saying" */
  }
  size_t kc = k - nw_chain_before(d, k);
  if (kc < k && ing_word(d, kc)) cls |= NW_CUE_ING; /* "…, going on to say that" */
  int comma = kc > t0 && (is_p(d, kc - 1, ',') || is_dash(d, kc - 1) || /* “…,” adding, "– saying" */
                          (kc > t0 + 1 && d->tok.t[kc - 1].kind == NW_K_QUOTE && is_p(d, kc - 2, ',')));
  if ((cls & NW_CUE_ING) && !with && !quoted && !comma &&
      !(k > t0 && (wc(d, k - 1) & (NW_W_BE | NW_W_PREP))) && !nw_sent_saying(d, k, t0) &&
      !(k > t0 + 1 && (wc(d, k - 1) & NW_W_CONJ) && is_p(d, k - 2, ',') == 0 &&
        ing_word(d, k) && (cls & NW_CUE_NP)))
    return NW_OK; /* "Additional reporting by", not a finite verb; but "… and
                     calling McConnell a liar" */
  if ((cls & NW_CUE_ING) && !with && !quoted && comma &&
      in_hashes(d->tok.t[k].h, inference_h))
    return NW_OK; /* ", suggesting it could be as late as March": the reporter's reading */
  if ((cls & NW_CUE_ING) && k > t0 && (wc(d, k - 1) & NW_W_SUBORD))
    cls |= NW_CUE_NOUNOBJ; /* "after adding liquidity": a clause needs "that" */
  int shared = !with && !quoted && k > t0 && (((cls & NW_CUE_ING) && (comma ||
                                                   (wc(d, k - 1) & NW_W_PREP))) ||
                          shares_subject(d, k, e, t0, cls));
  uint32_t inv[2]; /* "CLAUSE, forcing her to …, said Brad Bannon, a strategist." */
  int inverted = k > t0 && is_p(d, k - 1, ',') && (cls & NW_CUE_SPEECH) && !(cls & NW_CUE_OBJ) &&
                 !(cls & NW_CUE_ING) && nw_source_fwd(d, e, send, &inv[0], &inv[1]) &&
                 (((d->tok.t[inv[0]].flags & NW_F_CAP) &&
                   (inv[1] >= send || apposition_to(d, inv[1], send))) ||
                  person_to_end(d, inv, send)); /* "said one source in the room" */
  if (k > t0 && is_p(d, k - 1, ',') && (cls & NW_CUE_SPEECH) && !(cls & NW_CUE_OBJ) &&
      !(cls & NW_CUE_ING) && !nw_in_row(b, t0) && nw_np_fwd(d, e, send, &inv[0], &inv[1]) &&
      (d->tok.t[inv[0]].flags & NW_F_CAP) && !(wc(d, inv[0]) & NW_W_DET) &&
      !has_verb(d, inv[0], inv[1]) && inv[1] - inv[0] <= 4) {
    int rc = inverted_inside(b, t0, send, k, e, inv); /* "By contrast, said Mr Hogan, the" */
    if (rc != -1) return rc;
  }
  int has = !((cls & NW_CUE_ING) && shared) && !inverted
                ? nw_subject_of(d, k - nw_chain_before(d, k), t0, &sp[0], &sp[1])
                : 0;
  if (quoted) {
    sp[0] = qs[0];
    sp[1] = qs[1];
    has = 1;
  }
  if (!has && shared && *has_last) {
    sp[0] = last[0];
    sp[1] = last[1];
    has = 1;
  } else if (!has && shared) {
    has = nw_sentence_subject(d, t0, k, sp);
  }
  if (!has) { /* CLAUSE, said X. / CLAUSE, said X, the chief of Y. */
    if (k > t0 && is_p(d, k - 1, ',') && (cls & NW_CUE_SPEECH) && !(cls & NW_CUE_ING) &&
        nw_source_fwd(d, e, send, &sp[0], &sp[1]) &&
        ((d->tok.t[sp[0]].flags & NW_F_CAP) || (wc(d, sp[0]) & (NW_W_DET | NW_W_PERSON)) ||
         nw_quantifier(d, sp[0]) || d->tok.t[sp[0]].kind != NW_K_WORD ||
         (!(wc(d, sp[0]) & (NW_W_PREP | NW_W_TIME | NW_W_ADV)) &&
          !(sp[0] + 1 < sp[1] && (wc(d, sp[0] + 1) & NW_W_PREP)) &&
          (((d->tok.t[sp[1] - 1].flags & NW_F_CAP) && !(wc(d, sp[1] - 1) & NW_W_TIME)) ||
           (wc(d, sp[1] - 1) & NW_W_PERSON)))) && /* "said toy analyst Christopher Byrne"; not
                                         "…, announced back in February.", "confirmed higher
                                         sales and profit this year" */
        (sp[1] >= send || apposition_to(d, sp[1], send) || person_to_end(d, sp, send)) &&
        !nw_in_row(b, t0)) {
      nw_apposed_name(d, &sp[0], &sp[1], send); /* "said Ericsson's chief executive, Carl-Henric
                                                   Svanberg." */
      return nw_add_reported(b, t0, k - 1, k, e, sp, 1);
    }
    return NW_OK;
  }
  if (!(k > t0 && (wc(d, k - 1) & NW_W_REL) && sp[1] + 1 == k)) { /* not "critics who argue":
                                                                      a later ", saying" hangs
                                                                      on the sentence's subject */
    *has_last = 1;
    last[0] = sp[0];
    last[1] = sp[1];
  }
  int particle = 0; /* "called for", "called Friday for": its object may be two words */
  if (!(cls & (NW_CUE_SPEECH | NW_CUE_CLAUSE))) {
    size_t p = e + 1 < send && (wc(d, e) & NW_W_TIME) && !(wc(d, e) & NW_W_DET) ? e + 1 : e;
    if (nw_cue_particle(d, p)) {
      e = p + 1;
      particle = d->tok.t[p].h != h_to; /* not "were alerted and called to the premises" */
    }
  } else if (e + 1 < send && nw_go_after(d, k, e)) {
    e++; /* "went after": the object follows */
    particle = 1;
  }
  size_t a = e;
  while (a < send && (wc(d, a) & NW_W_TIME) && !(wc(d, a) & NW_W_DET))
    a++; /* "said Friday" */
  if (a == e && a + 1 < send && (wc(d, a + 1) & NW_W_THAT) && nw_manner_after(d, a))
    a++; /* the verb's: "complain bitterly that" */
  a = skip_aside(d, a, send);
  if (a + 2 < send && (wc(d, a) & NW_W_ADV) && !(wc(d, a) & NW_W_PREP) && is_p(d, a + 1, ','))
    a += 2; /* "said however, the actual price" */
  int now = (cls & NW_CUE_NOUNOBJ) && (wc(d, sp[1] - 1) & NW_W_PERSON) &&
            finite_clause(d, a, send); /* "the report showed Clinton was" */
  int (*mark)(const nw_doc *, size_t) =
      !(cls & NW_CUE_SPEECH)                 ? clause_mark
      : a < send && (wc(d, a) & NW_W_PREP) && !(wc(d, a) & NW_W_TO) ? adjunct_clause_mark
                                             : speech_clause_mark;
  size_t j = now || (infinitive_at(d, a, send) && !nw_say_word(d->tok.t[k].h))
                 ? a /* no adjunct: "vowed to form a task force, which …"; but "said to
                        media representatives:" */
                 : skip_adjunct(d, a, send, cls, mark);
  if (j > a && j < send && is_p(d, j, ',')) { /* "said on Sunday, the last day for bids, that" */
    size_t x = skip_aside(d, j, send);
    if (x > j && (wc(d, x) & NW_W_THAT)) j = x;
    else if (j + 2 < send && (wc(d, j + 1) & NW_W_THAT) && !has_verb(d, j + 2, j + 3))
      j++; /* "says at a campaign stop in Toledo, Ohio, that it means"; not "said on
              Monday, that was" */
  }
  int tcls = cls;
  size_t ta = topic_start(d, k, a, send, &tcls);
  if ((j == a || ta > a) && topic_after(d, k, ta, send, tcls) &&
      human_subject(d, sp[0], sp[1], k) && !nw_in_row(b, ta + 1)) {
    size_t te = clause_end(b, ta + 1, send);
    if (te >= ta + 3) /* "spoke about her deep ties to black churches", "expressed deep
                         concern about | the policy": a topic of two words at least */
      return add_reported_min(b, ta + 1, te, k, ta + 1, sp, 1, 2);
  }
  size_t j_adj = j; /* before a listener: "the poll showed Clinton ahead" */
  if ((cls & NW_CUE_OBJ) && j == a && !now) j = skip_listener(d, j, send, cls);
  if ((cls & NW_CUE_OBJ) && j > a && is_p(d, j, ',') && !now) j = listed_listeners(d, a, j, send);
  if ((cls & NW_CUE_SPEECH) && j > a && j + 1 < send && is_p(d, j, ',') && !now &&
      (wc(d, a) & NW_W_PREP) && !(wc(d, a) & NW_W_TO) && closing_adjunct(d, a, j) &&
      (wc(d, j + 1) & NW_W_PRON) && (finite_clause(d, j + 1, send) || speech_clause_mark(d, j + 1)) &&
      !(sp[0] > 0 && (wc(d, sp[0] - 1) & NW_W_PREP)))
    j++; /* "said on an adjusted basis, it expected" */
  int that = j < send && (wc(d, j) & NW_W_THAT);
  int that_subject = that && j + 2 < send && (wc(d, j + 1) & (NW_W_AUX | NW_W_BE)) &&
                     !(d->tok.t[j + 1].flags & NW_F_POSS) && d->tok.t[j + 2].kind == NW_K_WORD &&
                     !(!(wc(d, j + 1) & NW_W_BE) && (wc(d, j + 2) & (NW_W_DET | NW_W_PRON)));
                     /* not "that should the deal fail, …" */
  if (that_subject && j > a) { /* "said in a letter that was released on Friday that …": the
                                  adjunct's relative clause, then the content's "that" */
    size_t x = j + 2;
    while (x < send && x - j <= ADJUNCT_MAX && !(wc(d, x) & NW_W_THAT) &&
           d->tok.t[x].kind != NW_K_PUNCT && d->tok.t[x].kind != NW_K_QUOTE)
      x++;
    if (x < send && x - j <= ADJUNCT_MAX && (wc(d, x) & NW_W_THAT)) {
      j = x;
      that_subject = j + 2 < send && (wc(d, j + 1) & (NW_W_AUX | NW_W_BE));
    } else if (!(d->tok.t[j - 1].flags & NW_F_CAP) &&
               !(wc(d, j - 1) & (NW_W_OBJ | NW_W_PRON | NW_W_TIME))) {
      return NW_OK; /* "urged a limit on the number of quangos that could be set up": the
                       object's relative clause, no reported one; but "told Reuters that
                       was still the case" */
    }
  }
  if (that_subject) that = 0; /* the clause's subject: "few experts believe that is likely" */
  if (that && demonstrative_that(d, j, send))
    return NW_OK; /* "acknowledged that weakness on Tuesday, he delivered": no clause */
  size_t qb = sp[0] > t0 && is_p(d, sp[0] - 1, ',') ? sp[0] - 1 : sp[0]; /* “Q,” X said … */
  if (!that && (j > a || (cls & NW_CUE_OBJ)) && !(cls & NW_CUE_ING) && qb > t0 &&
      d->tok.t[qb - 1].kind == NW_K_QUOTE && nw_in_row(b, qb - 1) &&
      nw_stands_alone(d, &b->pairs[b->in_pair[qb - 1] - 1]) && !(j < send && is_p(d, j, ':')))
    return NW_OK; /* the quotation's own cue: “Q,” X said in an interview with daily Il
                     Messaggero published on Monday; “Q,” X told the newspaper in a preview */
  if (j + 1 == d->sent[s].t1 && is_p(d, j, ':') && (cls & NW_CUE_SPEECH) && !(cls & NW_CUE_ING))
    return block_quote(b, s, k, e, sp); /* "Limbaugh added:" at a paragraph's end */
  if (that || (j < send && is_p(d, j, ':'))) j++;
  if (that && j < send && is_p(d, j, ',')) j++; /* "said that, “Q” …" */
  if (!(cls & NW_CUE_CLAUSE) && !human_subject(d, sp[0], sp[1], k)) return NW_OK;
  if (sp[1] > sp[0] + 1 && (wc(d, sp[1] - 1) & NW_W_THING) && !person_of(d, sp))
    return NW_OK; /* "its revenue forecast", "shares added"; not "the head of sales" */
  size_t head = nw_phrase_head(d, sp[0], sp[1]); /* "study" of "A study by the group" */
  if (j_adj > a && j_adj < send && is_p(d, j_adj, ',') &&
      !(wc(d, a) & (NW_W_PREP | NW_W_TIME)))
    j_adj = a; /* what a finding shows, not a listener: "Polls show a close contest in the
                  state, where", "show Clinton ahead by 3.7 points, using" */
  if ((cls & NW_CUE_NOUNOBJ) && (cls & NW_CUE_CLAUSE) && nw_data_noun(d, head) && !that &&
      j_adj < send && !nw_in_row(b, j_adj) && d->tok.t[j_adj].kind != NW_K_PUNCT &&
      !(wc(d, j_adj) & (NW_W_LINK | NW_W_TO)))
    return nw_add_reported(b, j_adj, clause_end(b, j_adj, send), k, e, sp, 1); /* a
                                        finding: "Polls show a close contest" */
  int said_num = !that && j < send && d->tok.t[j].kind == NW_K_NUM && nw_say_word(d->tok.t[k].h);
  if (!that && j + 1 < send && d->tok.t[j].h == h_while && nw_say_word(d->tok.t[k].h) &&
      (finite_clause(d, j + 1, send) || speech_clause_mark(d, j + 1)))
    said_num = 1; /* "said while everyone had the right …, they also had" */
  int after_row = !(cls & NW_CUE_ING) && sp[0] > t0 && nw_in_row(b, sp[0] - 1) && sp[1] <= k &&
                  k - sp[1] <= 1 && speaks_quote(b, sp[0]); /* “Q,” he said on Fox News
                     Channel's “Your World”: that cue has its quotation; not "he said, but
                     added it", nor 'Bemoaning the “phony system,” Trump accused' */
  if (infinitive_at(d, j, send) && bodeful(d, k) && !(wc(d, sp[0]) & NW_W_PRON) &&
      !human_subject(d, sp[0], sp[1], k) &&
      (ing_word(d, sp[0]) || d->s[d->tok.t[sp[1] - 1].b1 - 1] != 's'))
    return NW_OK; /* "The halt threatened to disrupt production", "selling off holdings
                     threatens to erode growth": no speaker; but "the ex-Soviet states" */
  if (j + 2 < send && d->tok.t[j].h == h_the && d->tok.t[j + 1].h == h_following &&
      is_p(d, j + 2, ':'))
    return NW_OK; /* "tweeted the following:": the quotation after it is the content */
  if (j < send && !nw_in_row(b, j) &&
      clause_start(d, j, send, cls, that || said_num || that_subject) &&
      (that || that_subject || !in_hashes(d->tok.t[k].h, write_h) || finite_clause(d, j, send) ||
       long_subject_clause(d, j, send) || (wc(d, j) & (NW_W_TO | NW_W_WH)) ||
       d->tok.t[j].h == h_about) && /* "wrote the musical Spend Spend Spend": a work, not
                                        words; but "Lucy wrote she believed", "wrote to
                                        Mrs. Clinton about a visit" */
      (that || !after_row) &&
      (that || !nw_add_form(d, k) || !nw_add_object(d, j, send))) /* not "added a year to" */
    return cited_source(d, k, j, send)
               ? NW_OK /* "citing people familiar with the matter": a source, no content */
               : add_reported_min(b, j, relative_end(d, k, t0, j, clause_end(b, j, send)), k, e,
                                  sp, 1, particle ? 2 : 3); /* "called for | his dismissal" */
  if (j < send && !that && !nw_in_row(b, j) && forecast_object(d, k, j, send))
    return nw_add_reported(b, j, clause_end(b, j, send), k, e, sp, 1); /* "expects
                                                         sales to rise 5 percent" */
  if (a < send && is_p(d, a, ',') && (cls & NW_CUE_SPEECH))
    return interrupted(b, t0, send, k, e, sp, a + 1);
  if (j + 1 < send && is_p(d, j, ',') && (cls & NW_CUE_SPEECH) && sp[0] > t0 &&
      is_p(d, sp[0] - 1, ',') && (wc(d, j + 1) & (NW_W_AUX | NW_W_BE | NW_W_PAST)))
    return interrupted(b, t0, send, k, e, sp, j + 1); /* "X, she said in May, were" */
  /* CLAUSE, X said. / CLAUSE, X said on Wednesday. */
  size_t aend = j < send && is_p(d, j, ',') ? j : send; /* "…, the agency said in a
                                                             June report, and" */
  for (size_t t = a; t < aend; t++)
    if (is_p(d, t, ';') || is_dash(d, t)) aend = t; /* "…, his aides argued in interviews;
                                                       rather", "…, Mr Chidambaram said -
                                                       falling short of" */
  if ((j >= send || (a == aend && (is_p(d, a, ';') || is_dash(d, a))) || /* "CLAUSE, his aides
                                                                 said; rather" */
       (closing_tail(d, a, aend, k) &&
        clause_to_close(d, nw_after_dateline(d, t0, sp[0]), sp[0], cls)) ||
       (listener_to_end(d, a, aend, cls) && has_verb(d, nw_after_dateline(d, t0, sp[0]), sp[0]))) &&
      sp[0] > t0 && is_p(d, sp[0] - 1, ',') && !nw_in_row(b, t0) &&
      clause_before(d, nw_after_dateline(d, t0, sp[0]), sp[0] - 1) &&
      lower_word_in(d, t0, sp[0] - 1))
    return nw_add_reported(b, t0, sp[0] - 1, k, e, sp, 1);
  if (has != NW_SUBJ_RELATIVE &&
      (j >= send || nw_in_row(b, j) || is_p(d, j, ',') || human_subject(d, sp[0], sp[1], k)))
    return add_hidden(b, k, e, sp);
  return NW_OK; /* "an analyst who declined to be named" gives no cue to a quotation */
}

/* Is token t a noun cue ("claim") after a possessor ("Trump's claim",
 * "his claim") and before "that"?  Sets sp to the possessor. */
static int noun_cue_at(const nw_doc *d, size_t t, size_t lo, uint32_t sp[2]) {
  if (t < lo + 1 || t + 1 >= d->tok.n || !(wc(d, t + 1) & NW_W_THAT)) return 0;
  int found = 0;
  for (size_t i = 0; noun_cues[i] && !found; i++) found = d->tok.t[t].h == noun_cue_h[i];
  if (!found) return 0;
  const nw_token *p = &d->tok.t[t - 1];
  size_t a = t - 1; /* the possessor: a name before 's, or his/her/their */
  if (p->flags & NW_F_POSS) {
    while (a > lo && t - a <= NP_MAX &&
           (d->tok.t[a - 1].flags & NW_F_CAP || is_p(d, a - 1, '.')))
      a--;
    if (a == t - 1) return 0;
  } else if (!(wc(d, a) & (NW_W_MALE | NW_W_FEMALE | NW_W_PLURAL)) || !(wc(d, a) & NW_W_DET)) {
    return 0;
  }
  if (a <= lo) return 0; /* the subject: "His claim that X was false" */
  sp[0] = (uint32_t)a;
  sp[1] = (uint32_t)((p->flags & NW_F_POSS) ? t - 1 : t);
  return 1;
}

/* Find reported speech in every sentence. */
int nw_attribute_reported(nw_qbuild *b) {
  const nw_doc *d = b->d;
  for (size_t s = 0; s < d->nsent; s++) {
    uint32_t last[2] = {0, 0};
    int has_last = 0;
    for (size_t k = d->sent[s].t0; k < d->sent[s].t1; k++) {
      size_t e;
      uint32_t np[2];
      if (!d->tok_cue[k] && !(k + 1 < d->tok.n && (wc(d, k + 1) & NW_W_THAT)))
        continue; /* neither a cue nor a noun cue before "that": the common case */
      if (b->in_pair[k] || d->tok.t[k].kind != NW_K_WORD) continue;
      if (noun_cue_at(d, k, d->sent[s].t0, np)) { /* "Trump's claim that …" */
        size_t send = content_end(d, s);
        if (nw_add_reported(b, k + 2, clause_end(b, k + 2, send), k, k + 1, np, 1))
          return NW_NOMEM;
        continue;
      }
      int cls = nw_cue_here(d, k, &e);
      if (!(cls & (NW_CUE_CLAUSE | NW_CUE_ACCORDING | NW_CUE_SPEECH |
                   NW_CUE_ANY | NW_CUE_NP)))
        continue;
      uint32_t keep[2] = {last[0], last[1]};
      int kept = has_last;
      size_t n0 = b->n;
      const nw_qrec *prev = n0 ? &b->r[n0 - 1] : NULL;
      int inside = prev && !prev->hidden && prev->q.kind != NW_Q_DIRECT &&
                   d->tok.t[k].b0 >= prev->q.qb0 && d->tok.t[k].b0 < prev->q.qb1;
      if (reported_at(b, s, k, e, cls, last, &has_last)) return NW_NOMEM;
      if (b->n == n0 && inside) { /* a verb inside reported content, with no
        record of its own ("said the directors held talks, but said"), leaves
        the next "and said" the subject of the cue before */
        last[0] = keep[0];
        last[1] = keep[1];
        has_last = kept;
      }
      k = e - 1;
    }
  }
  return NW_OK;
}

/* First pair opening at or after byte x. */
static size_t pair_from(const nw_qbuild *b, uint32_t x) {
  const nw_token *k = b->d->tok.t;
  size_t lo = 0, hi = b->npairs;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (k[b->pairs[mid].t0].b0 < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Mark the pairs that start inside the content of a reported record, and
 * give the first pair after a content that stops short of it in its
 * sentence that record (after[pair] = record + 1): a fragment the cue
 * reaches extends it. */
static void mark_covered(const nw_qbuild *b, uint8_t *cov, uint32_t *after) {
  const nw_doc *d = b->d;
  const nw_token *k = d->tok.t;
  for (size_t i = 0; i < b->n; i++) {
    const nw_qrec *r = &b->r[i];
    if (r->hidden || r->q.kind == NW_Q_DIRECT) continue;
    size_t lo = pair_from(b, r->q.qb0);
    for (; lo < b->npairs && k[b->pairs[lo].t0].b0 < r->q.qb1; lo++) cov[lo] = 1;
    if (lo < b->npairs && r->q.kind == NW_Q_INDIRECT && r->q.has_verb &&
        nw_doc_sentence_at(d, k[b->pairs[lo].t0].b0) == nw_doc_sentence_at(d, r->q.qb1 - 1))
      after[lo] = (uint32_t)i + 1;
  }
}

/* The cue before pair p in its sentence, at most FRAG_REACH tokens back
 * and not across another quotation: sets *v0, *v1 and returns its class,
 * 0 when none. */
static int cue_before_pair(const nw_qbuild *b, const nw_qpair *p, size_t *v0,
                           size_t *v1) {
  const nw_doc *d = b->d;
  size_t t0 = d->sent[sent_of(d, p->t0)].t0;
  for (size_t t = p->t0; t > t0 && p->t0 - t < FRAG_REACH; t--) {
    size_t e;
    if (nw_in_row(b, t - 1) || is_p(d, t - 1, ';')) return 0;
    int cls = d->tok.t[t - 1].kind == NW_K_WORD ? nw_cue_here(d, t - 1, &e) : 0;
    if ((cls & NW_CUE_BARE) && !(t > 1 && (wc(d, t - 2) & (NW_W_PRON | NW_W_AUX))))
      continue; /* "Democratic claims as “true”" */
    if (cls & (NW_CUE_CLAUSE | NW_CUE_SPEECH | NW_CUE_NP)) {
      *v0 = t - 1;
      *v1 = e;
      return cls;
    }
  }
  return 0;
}

/* Does the word at t look like a verb: a participle after an auxiliary
 * ("has gone"), an -ed form ("pounded") or an -s form after an adverb
 * ("openly admires"), not a word of a closed class or a name? */
static int verb_shape(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  int c = wc(d, t);
  if (k->kind != NW_K_WORD || (k->flags & (NW_F_CAP | NW_F_DIGIT)) || k->b1 - k->b0 < 3 ||
      (c & (NW_W_DET | NW_W_PREP | NW_W_STOP | NW_W_LINK | NW_W_TIME | NW_W_OBJ |
            NW_W_PRON | NW_W_ADV | NW_W_PERSON | NW_W_THING)) ||
      ly_adverb(d, t))
    return 0;
  const unsigned char *e = d->s + k->b1;
  size_t a = t;
  while (a > 0 && t - a < 3 && ((wc(d, a - 1) & NW_W_ADV) || ly_adverb(d, a - 1))) a--;
  if (a > 0 && (wc(d, a - 1) & NW_W_AUX) && (d->tok.t[a - 1].flags & NW_F_SPACE))
    return e[-1] != 's'; /* "has gone", not "had guns" */
  if (e[-1] == 's') /* "openly admires", not "bond underwriters" */
    return a < t && e[-2] != 's';
  return e[-1] == 'd' && e[-2] == 'e';
}

/* Does pair p hold at least SCARE_WORDS words, not a title's, where only
 * small words are in lower case ("War On Drugs", "Contract with America")? */
static int phrase_pair(const nw_doc *d, const nw_qpair *p) {
  int words = 0, lower = 0;
  for (size_t t = p->i0; t < p->i1; t++) {
    const nw_token *k = &d->tok.t[t];
    if (k->kind != NW_K_WORD && k->kind != NW_K_NUM) continue;
    words++;
    lower += k->kind == NW_K_WORD && !(k->flags & NW_F_CAP) &&
             !(wc(d, t) & (NW_W_STOP | NW_W_LINK | NW_W_DET));
  }
  return words >= SCARE_WORDS && lower > 0;
}

/* For a quoted phrase no cue reaches, the nearest verb before pair p in
 * its sentence whose subject can speak ("Trump openly admires Putin as a
 * “strong leader”", "Reid has gone after Trump as a “spoiled brat”"):
 * reached over words only (no punctuation, "that" or wh-word), at most
 * FRAG_REACH tokens back.  Sets *v0, *v1 and sp; returns 1 when found. */
static int verb_before_pair(const nw_qbuild *b, const nw_qpair *p, size_t *v0,
                            size_t *v1, uint32_t sp[2]) {
  const nw_doc *d = b->d;
  size_t t0 = d->sent[sent_of(d, p->t0)].t0;
  if (!phrase_pair(d, p)) return 0;
  for (size_t t = p->t0; t > t0 && p->t0 - t < FRAG_REACH; t--) {
    size_t v = t - 1;
    if (!nw_np_word(d, v) || nw_in_row(b, v) || (wc(d, v) & (NW_W_THAT | NW_W_WH)))
      return 0;
    if (!verb_shape(d, v) || !nw_subject_of(d, v, t0, &sp[0], &sp[1])) continue;
    if (!human_subject(d, sp[0], sp[1], v) ||
        !((d->tok.t[sp[1] - 1].flags & NW_F_CAP) || (wc(d, sp[1] - 1) & (NW_W_PRON | NW_W_PERSON))))
      return 0; /* a name, a pronoun or a word for people heads it */
    *v0 = v;
    *v1 = v + 1;
    return 1;
  }
  return 0;
}

/* Attribute a quoted fragment that no row holds to the cue before it in
 * its sentence ("called Trump a “con artist”", "exhorted Republicans to
 * “vote your conscience”"): a mixed row from after the cue to the
 * closing mark, or a direct row when the quotation follows the cue. */
static int fragment_at(nw_qbuild *b, size_t i, const uint32_t *after) {
  const nw_doc *d = b->d;
  const nw_qpair *p = &b->pairs[i];
  size_t v0, v1;
  uint32_t sp[2];
  int cls = cue_before_pair(b, p, &v0, &v1);
  size_t t0 = d->sent[sent_of(d, p->t0)].t0;
  if (!cls && !verb_before_pair(b, p, &v0, &v1, sp)) return NW_OK;
  if (cls && !nw_subject_of(d, v0, t0, &sp[0], &sp[1]) && !nw_sentence_subject(d, t0, v0, sp))
    return NW_OK;
  if (!(cls & NW_CUE_CLAUSE) && !human_subject(d, sp[0], sp[1], v0)) return NW_OK;
  for (size_t t = v1; t + 1 < p->t0; t++)
    if (is_p(d, t, ',') && nw_relative_word(d, t + 1))
      return NW_OK; /* "…, said analyst Yasuo Nakane, who kept his “buy” rating": the
                       source's own clause */
  size_t c0 = v1;
  if ((nw_cue_particle(d, c0) || nw_go_after(d, v1 - 1, c0)) && c0 < p->t0) c0++;
  if (c0 < p->t0 && (wc(d, c0) & NW_W_THAT)) c0++;
  if (c0 == p->t0 && (!cls || nw_short_pair(d, p) || (cls & NW_CUE_ING)))
    return NW_OK; /* said “Face the Nation”, threatening “massive harm” */
  if (sp[1] <= v0 && v0 - sp[1] <= 1 && sp[0] > t0 && nw_in_row(b, sp[0] - 1) &&
      speaks_quote(b, sp[0]))
    return NW_OK; /* “Q,” he said on Fox News Channel's “Your World”: a title */
  if (nw_short_pair(d, p) && c0 + 1 == p->t0 && (wc(d, c0) & NW_W_DET))
    return NW_OK; /* reiterated his “buy” rating */
  if (c0 == p->t0) { /* the cue introduces the whole quotation */
    nw_qrec *r = nw_direct_rec(b, i);
    if (!r) return NW_NOMEM;
    b->is_row[i] = 1;
    nw_set_verb(d, r, v0, v1);
    nw_set_speaker(d, r, sp[0], sp[1]);
    return NW_OK;
  }
  if (after[i]) { /* "said Wells Fargo won more business, offsetting “…”": the record of
                     the same cue and content start takes the fragment in */
    nw_qrec *r = &b->r[after[i] - 1];
    if (r->q.vb0 == d->tok.t[v0].b0 && r->q.qb0 == d->tok.t[c0].b0) {
      r->q.kind = NW_Q_MIXED;
      r->q.b1 = r->q.qb1 = d->tok.t[p->t1].b1;
      return NW_OK;
    }
  }
  if (nw_add_reported(b, c0, p->t1 + 1, v0, v1, sp, 1)) return NW_NOMEM;
  return NW_OK;
}

/* Attribute the quoted fragments that neither a direct row nor a
 * reported clause holds. */
int nw_attribute_fragments(nw_qbuild *b) {
  if (!b->npairs) return NW_OK;
  /* one block: after[npairs], then cov[npairs] */
  uint32_t *after = calloc(b->npairs, sizeof *after + 1);
  if (!after) return NW_NOMEM;
  uint8_t *cov = (uint8_t *)(after + b->npairs);
  mark_covered(b, cov, after);
  int rc = NW_OK;
  for (size_t i = 0; i < b->npairs && rc == NW_OK; i++)
    if (!b->is_row[i] && !cov[i] && b->pairs[i].i1 > b->pairs[i].i0)
      rc = fragment_at(b, i, after);
  free(after);
  return rc;
}
