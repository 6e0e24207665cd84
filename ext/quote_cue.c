/* Reporting cues as they stand in a sentence: whether a cue word found by
 * cues.c works as a cue at its place (a verb after its subject, not a noun:
 * "the report", "an investor note", "Oil's repeated failure"), with the
 * word tests the attribution rules of quote_attrib.c and quote_direct.c
 * share.  Works on tokens alone; every scan is bounded by a few tokens. */
#include <pthread.h>
#include <string.h>

#include "quote_tokens.h"
#include "quotes_internal.h"

/* Sources of findings: "the poll shows a close race" reports its noun
 * phrase as a finding. */
static const char *const data_nouns[] = {
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis",
    "report", "data", "figures", "video", "documents", "records", "results",
    "average", "statistics", "numbers", "research", NULL};
static uint32_t data_noun_h[sizeof data_nouns / sizeof *data_nouns];
/* Cue forms that are nouns more often than verbs ("the state attorney
 * general", "emissions rules that", "the FBI email probe"): cues only when
 * "that", a colon or a quotation follows. */
static const char *const noun_forms[] = {
    "state", "states", "rule", "rules", "email", "emails", "e-mail", "message",
    "messages", "text", "texts", NULL};
static uint32_t noun_form_h[sizeof noun_forms / sizeof *noun_forms];
/* Modals before "add": "the deal will add" is no speech. */
static const char *const modals[] = {"will", "would", "could", "may", "might",
                                     "can", "should", NULL};
static uint32_t modal_h[sizeof modals / sizeof *modals];
/* Forms of "say": a number after them opens a clause ("said 7 percent
 * revenue growth in the quarter was due to …"), unlike "added 1.4 percent". */
static const char *const say_words[] = {"say", "says", "said", NULL};
static uint32_t say_h[sizeof say_words / sizeof *say_words];
/* Words in -ing that work as prepositions inside content ("including nine
 * stations", "excluding items"). */
static const char *const prep_ing_words[] = {
    "including", "excluding", "following", "according", "regarding", "concerning",
    "beginning", "starting", "ending", "totaling", "totalling", "amounting", "ranging",
    "representing", "involving", "during", "pending", NULL};
static uint32_t prep_ing_h[sizeof prep_ing_words / sizeof *prep_ing_words];
/* -s forms of cues that are hardly ever nouns: after a singular noun they
 * are its verb ("his team believes", "the panel says"), unlike "reports"
 * or "claims". */
static const char *const verb_s_words[] = {
    "says", "believes", "thinks", "argues", "insists", "explains", "tells", "adds",
    "warns", "acknowledges", "concedes", "contends", "suggests", "predicts", "expects",
    "feels", "knows", "wonders", "admits", "denies", "confirms", "writes", "maintains",
    "agrees", "stresses", "emphasizes", "asserts", NULL};
static uint32_t verb_s_h[sizeof verb_s_words / sizeof *verb_s_words];
/* Past forms of speech cues that are never a noun's modifier, even right
 * after a possessive ("Barron's said", "Lowe's told analysts"). */
static const char *const owner_verb_words[] = {"said", "told", "added", "wrote", NULL};
static uint32_t owner_verb_h[sizeof owner_verb_words / sizeof *owner_verb_words];
/* Words that compare a figure with what a name's forecasters expect: a
 * bare cue after "above Wall Street" is their noun ("estimates"). */
static const char *const compare_words[] = {
    "above", "below", "past", "beat", "beats", "beating", "topped", "tops", "topping",
    "missed", "misses", "missing", "meet", "meets", "met", "exceeded", "exceeds", "than",
    "ahead", "short", NULL};
static uint32_t compare_h[sizeof compare_words / sizeof *compare_words];
/* Articles and possessives before a figure that a noun follows ("the 0.6%
 * forecast"). */
static const char *const figure_dets[] = {"the", "a", "an", "its", "their", "his", "her", NULL};
static uint32_t figure_det_h[sizeof figure_dets / sizeof *figure_dets];
/* What holds words and is published, posted or released ("in an interview
 * published on Sunday", "in a statement posted on its Web site"). */
static const char *const medium_words[] = {
    "interview", "statement", "report", "article", "letter", "note", "document", "filing",
    "message", "release", "email", "e-mail", "column", "editorial", "speech", "memo",
    "posting", "blog", "video", "study", "survey", NULL};
static uint32_t medium_h[sizeof medium_words / sizeof *medium_words];
/* Plurals for people that do not end in -s. */
static const char *const people_words[] = {"people", "women", "men", "children", "staff",
                                           "police", NULL};
static uint32_t people_h[sizeof people_words / sizeof *people_words];

static uint32_t h_add, h_added, h_adding, h_adds, h_as, h_but, h_by, h_close, h_down, h_for,
    h_familiar, h_having, h_including,
    h_in, h_into, h_like, h_note, h_notes, h_of, h_off, h_on, h_percent, h_put, h_puts, h_putting,
    h_speaking, h_than, h_those, h_to, h_whom; /* set once by cue_words_build */
static pthread_once_t cue_words_once = PTHREAD_ONCE_INIT;

/* Hashes of the words the cue checks compare against. */
static void cue_words_build(void) {
  static const nw_word_ref words[] = {
      {&h_add, "add"}, {&h_added, "added"}, {&h_adding, "adding"}, {&h_adds, "adds"}, {&h_as, "as"},
      {&h_but, "but"}, {&h_by, "by"}, {&h_close, "close"}, {&h_down, "down"}, {&h_for, "for"},
      {&h_familiar, "familiar"}, {&h_having, "having"}, {&h_including, "including"},
      {&h_in, "in"}, {&h_into, "into"}, {&h_like, "like"}, {&h_note, "note"},
      {&h_notes, "notes"}, {&h_of, "of"}, {&h_off, "off"}, {&h_on, "on"}, {&h_percent, "percent"},
      {&h_put, "put"}, {&h_puts, "puts"}, {&h_putting, "putting"}, {&h_speaking, "speaking"},
      {&h_than, "than"}, {&h_those, "those"}, {&h_to, "to"}, {&h_whom, "whom"}};
  static const nw_set_ref sets[] = {
      {data_nouns, data_noun_h}, {noun_forms, noun_form_h}, {modals, modal_h}, {say_words, say_h},
      {prep_ing_words, prep_ing_h}, {verb_s_words, verb_s_h}, {owner_verb_words, owner_verb_h},
      {compare_words, compare_h}, {medium_words, medium_h}, {figure_dets, figure_det_h},
      {people_words, people_h}};
  nw_hash_refs(words, sizeof words / sizeof *words, sets, sizeof sets / sizeof *sets);
}

/* Hash words[0..n) and every list of sets[0..m) into their places. */
void nw_hash_refs(const nw_word_ref *words, size_t n, const nw_set_ref *sets, size_t m) {
  for (size_t i = 0; i < n; i++) *words[i].h = nw_hash_lower_cstr(words[i].w);
  for (size_t l = 0; l < m; l++)
    for (size_t i = 0; sets[l].w[i]; i++) sets[l].h[i] = nw_hash_lower_cstr(sets[l].w[i]);
}

/* Hash the cue checks' word lists (once, thread-safe). */
void nw_cue_rules_init(void) { pthread_once(&cue_words_once, cue_words_build); }

/* Is the hash h a form of "say" ("said 7 percent revenue growth")? */
int nw_say_word(uint32_t h) { return in_hashes(h, say_h); }

/* Is the hash h a modal ("would", "could")? */
int nw_modal_word(uint32_t h) { return in_hashes(h, modal_h); }

/* Is the hash h an -ing word that works as a preposition ("including")? */
int nw_prep_ing_word(uint32_t h) { return in_hashes(h, prep_ing_h); }

/* Can the word at t stand right before a bare verb form ("they say",
 * "Smith says", "analysts say", "will say"), unlike an adjective or a
 * determiner before a noun ("troubling questions", "the report")? */
static int bare_subject(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  int c = wc(d, t);
  if (k->kind != NW_K_WORD || (k->flags & NW_F_POSS) ||
      ((c & (NW_W_DET | NW_W_PREP)) && !nw_quantifier(d, t) &&
       !((c & NW_W_ADV) && !(c & NW_W_DET))))
    return 0; /* but an adverb that also opens adjuncts: "The report also points out" */
  if (c & (NW_W_PRON | NW_W_AUX | NW_W_ADV)) return 1;
  if (k->flags & NW_F_CAP) return 1;
  if (nw_quantifier(d, t)) return 1; /* "Some say" */
  static const char *const adj[] = {"ing", "ed", "al", "ful", "ive", "ous",
                                    "ble", "ic", "ent", "ant", "ary", NULL};
  for (int i = 0; adj[i]; i++) { /* "troubling questions" */
    size_t n = strlen(adj[i]);
    if (k->b1 - k->b0 > n + 2 && memcmp(d->s + k->b1 - n, adj[i], n) == 0)
      return 0;
  }
  return 1;
}

/* Can the word at t (or before a second adverb at t) be the subject of a
 * bare verb form after an adverb ("The report also points out", "It also
 * expects", "Analysts currently expect"): a pronoun, an auxiliary, a
 * name, a plural, a word for people or a noun after a definite
 * determiner, not a possessor or an indefinite phrase's noun? */
static int subject_before_adverb(const nw_doc *d, size_t t) {
  if (t > 0 && ((wc(d, t) & NW_W_ADV) || ly_adverb(d, t)) && !(wc(d, t) & NW_W_DET))
    t--; /* a second adverb: "had previously only forecast" */
  const nw_token *k = &d->tok.t[t];
  if (!bare_subject(d, t)) return 0;
  if ((wc(d, t) & (NW_W_PRON | NW_W_AUX | NW_W_PERSON)) || (k->flags & NW_F_CAP) ||
      nw_quantifier(d, t))
    return 1;
  if (ends_in_s(d, t)) return 1;
  return t > 0 && (wc(d, t - 1) & NW_W_DET) && !(wc(d, t - 1) & NW_W_INDEF);
}

/* Is the token after a cue (end) "that", a colon or a quotation mark? */
static int clause_mark_at(const nw_doc *d, size_t end) {
  return end < d->tok.n && ((wc(d, end) & NW_W_THAT) || is_p(d, end, ':') ||
                            d->tok.t[end].kind == NW_K_QUOTE);
}

/* Is token t a form of "add", which reports a clause but also takes a
 * plain object ("added a fourth year to its plan")? */
int nw_add_form(const nw_doc *d, size_t t) {
  uint32_t h = d->tok.t[t].h;
  return h == h_add || h == h_adds || h == h_added || h == h_adding;
}

/* Does the phrase at token j read as the object of "add" rather than a
 * clause: "to" or "into" opening it ("added to the gloom"), or a noun
 * phrase with no verb before "to", "into" or "as" and a noun phrase
 * ("added a fourth year to its plan", "adding Morgan Stanley as a
 * backer") or holding a number ("added a net 508,000 customers")? */
int nw_add_object(const nw_doc *d, size_t j, size_t send) {
  int num = 0;
  for (size_t t = j; t < send && t - j < ADJUNCT_MAX; t++) {
    const nw_token *k = &d->tok.t[t];
    if (((wc(d, t) & (NW_W_AUX | NW_W_BE | NW_W_PAST)) && !(k->flags & NW_F_POSS)) ||
        ed_word(d, t))
      return 0; /* a clause: "his lack of experience was a drawback" */
    if (k->h == h_to || k->h == h_into || k->h == h_as) {
      if (t == j) return 1;
      if (t + 1 < send && ((wc(d, t + 1) & NW_W_DET) || d->tok.t[t + 1].kind == NW_K_NUM ||
                           (d->tok.t[t + 1].flags & NW_F_CAP)))
        return 1;
    }
    if (k->kind == NW_K_PUNCT && k->cp != '.' && k->cp != '$' && k->cp != '%') break;
    num |= k->kind == NW_K_NUM;
  }
  return num;
}

/* Is token t "add" ("the deal will add to earnings", "help it add
 * users") or "adding" after a form of "be" ("Toyota is adding capacity"),
 * which report only before "that", a colon or a quotation? */
static int modal_add(const nw_doc *d, size_t t, size_t end) {
  if (t == 0 || clause_mark_at(d, end)) return 0;
  uint32_t h = d->tok.t[t].h;
  if (h == h_add) return 1; /* "help it add new users" */
  if (h != h_adding) return 0;
  if (wc(d, t - 1) & NW_W_BE) return 1;
  for (size_t i = 0; modals[i]; i++)
    if (d->tok.t[t - 1].h == modal_h[i]) return 1;
  return 0;
}

/* Is token t a cue form that reads as a noun here: one of noun_forms not
 * followed by "that", a colon or a quotation mark? */
static int noun_form(const nw_doc *d, size_t t, size_t end) {
  int found = 0;
  for (size_t i = 0; noun_forms[i] && !found; i++) found = d->tok.t[t].h == noun_form_h[i];
  if (!found) return 0;
  return !clause_mark_at(d, end);
}

/* Is token t a source of findings ("poll", "study", "data")? */
int nw_data_noun(const nw_doc *d, size_t t) {
  for (size_t i = 0; data_nouns[i]; i++)
    if (d->tok.t[t].h == data_noun_h[i]) return 1;
  return 0;
}

/* Is there an "as" at most APPOS_MAX tokens before token t in its
 * sentence, with no quotation or stop between ("as a Homeland Security
 * memo put it", "As X, a tax lawyer, put it")? */
static int as_before(const nw_doc *d, size_t t) {
  size_t t0 = d->sent[d->tok_sent[t]].t0;
  for (size_t k = t; k > t0 && t - k <= APPOS_MAX; k--) {
    const nw_token *w = &d->tok.t[k - 1];
    if (w->kind == NW_K_QUOTE || (w->kind == NW_K_PUNCT && w->cp != ',' && w->cp != '.'))
      return 0;
    if (w->h == h_as) return 1;
  }
  return 0;
}

/* Is the naming verb at t a participle after an indefinite noun phrase,
 * followed by the name it gives ("a firm called Acme", "a group called
 * the “X Foundation”"), rather than a speaker calling something a name? */
int nw_naming_participle(const nw_doc *d, size_t t) {
  size_t s = t;
  while (s > 0 && t - s < 6 && d->tok.t[s - 1].kind == NW_K_WORD &&
         !(d->tok.t[s - 1].flags & NW_F_CAP) &&
         (!(wc(d, s - 1) & (NW_W_INDEF | NW_W_STOP)) || d->tok.t[s - 1].h == h_of))
    s--; /* "a firm called", "a cheaper line of laptops called" */
  if (s == 0 || s == t || !(wc(d, s - 1) & NW_W_INDEF)) return 0;
  size_t nx = t + 1 < d->tok.n && (wc(d, t + 1) & NW_W_DET) ? t + 2 : t + 1;
  return nx < d->tok.n &&
         ((d->tok.t[nx].flags & NW_F_CAP) || d->tok.t[nx].kind == NW_K_QUOTE);
}

/* Does a description of a person open the sentence and end at the comma
 * at token a ("The minister of the economy,", "Her policy aide,")? */
static int described_before(const nw_doc *d, size_t a) {
  size_t t0 = d->sent[d->tok_sent[a]].t0;
  if (a <= t0 || a - t0 > APPOS_MAX || !(wc(d, t0) & NW_W_DET)) return 0;
  for (size_t t = t0; t < a; t++) {
    if (d->tok.t[t].kind != NW_K_WORD) return 0;
    if (wc(d, t) & NW_W_PERSON) return 1;
  }
  return 0;
}

/* The token after the subject of a bare verb form at token t: t itself,
 * or the start of an aside between them ("Others, however, say",
 * "hawks, like Rubio and Bush, say", "Murphy (a Connecticut Democrat)
 * says"); 0 where nothing comes before. */
static size_t bare_subject_end(const nw_doc *d, size_t t) {
  if (t < 3) return t;
  int paren = is_p(d, t - 1, ')');
  if (!paren && !is_p(d, t - 1, ',')) return t;
  for (size_t a = t - 2; a > 0 && t - a <= APPOS_MAX; a--) {
    if (paren ? is_p(d, a, '(') : is_p(d, a, ',')) {
      int apposed = (wc(d, a + 1) & NW_W_DET) && !(wc(d, a + 1) & NW_W_PRON) &&
                    d->tok.t[a - 1].kind == NW_K_WORD && (d->tok.t[a - 1].flags & NW_F_CAP);
      if (!paren && (d->tok.t[a + 1].flags & NW_F_CAP) && nw_short_name(d, a + 1, t - 1) &&
          described_before(d, a))
        return t - 1; /* the name in apposition is the subject: "The minister of the
                         economy, Mr. Guajardo Villarreal, argues" */
      if (!paren && !(wc(d, a + 1) & NW_W_ADV) && d->tok.t[a + 1].h != h_like &&
          d->tok.t[a + 1].h != h_including && !apposed)
        return t; /* "Sales rose, analysts say": no aside; but "Jorge Castaneda, a former
                     foreign minister, argues" */
      return a;
    }
    if (d->tok.t[a].kind == NW_K_QUOTE || is_p(d, a, '.') || is_p(d, a, ';') ||
        (!paren && has_verb(d, a, a + 1) && !nw_relative_word(d, a - 1)))
      return t; /* a clause, but "a former minister who is a critic of X" */
  }
  return t;
}

/* Is token t "percent" or "%" ("61 percent say")? */
static int percent_word(const nw_doc *d, size_t t) {
  return d->tok.t[t].h == h_percent || is_p(d, t, '%');
}

/* Does an article or possessive, or a comparison word, stand before the
 * number of the percent word t ("the 0.6% forecast", "above 3 percent
 * forecasts"; not "Some 47% believe", "less than 45 percent believe")? */
static int determined_figure(const nw_doc *d, size_t t) {
  if (t < 2 || d->tok.t[t - 1].kind != NW_K_NUM) return 0; /* the number before it */
  size_t n = t - 1;
  return in_hashes(d->tok.t[n - 1].h, figure_det_h) ||
         (in_hashes(d->tok.t[n - 1].h, compare_h) && d->tok.t[n - 1].h != h_than);
}

/* Is the bare cue at t (ending at end) inverted after a comma with a
 * plural subject that ends its sentence ("…, say the Tories.", "…, say
 * industry experts."), or an -s form with a name ("…, notes John Smith.",
 * "…, suggests Schwab analyst Jeff Ryan")? */
static int inverted_bare(const nw_doc *d, size_t t, size_t end) {
  uint32_t s0, s1;
  size_t send = d->sent[sent_of(d, t)].t1;
  if (t == 0 || !is_p(d, t - 1, ',') || !nw_np_fwd(d, end, send, &s0, &s1) || s0 != end)
    return 0;
  const nw_token *h = &d->tok.t[s1 - 1];
  int plural = h->kind == NW_K_WORD && h->b1 - h->b0 >= 3 && d->s[h->b1 - 1] == 's';
  int named = (h->flags & NW_F_CAP) && (in_hashes(d->tok.t[t].h, verb_s_h) ||
                                        d->tok.t[t].h == h_notes); /* "…, notes John Smith." */
  return (plural || named) && (s1 >= send || is_p(d, s1, '.') || is_p(d, s1, ','));
}

/* How many tokens before the cue at t a verb chain ending in "to" takes,
 * whose subject is the cue's: 3 for "went on to say" (go, goes, going,
 * went), 2 for "continues to insist", "appeared to suggest", "seemed to
 * say"; else 0 (not "tries to counter" demand). */
size_t nw_chain_before(const nw_doc *d, size_t t) {
  static const char *const lead[] = {"continu", "appear", "seem", NULL};
  if (t < 2 || !(wc(d, t - 1) & NW_W_TO)) return 0;
  if (t >= 3 && d->tok.t[t - 2].h == h_on) {
    const nw_token *g = &d->tok.t[t - 3];
    size_t n = g->b1 - g->b0;
    const char *w = (const char *)d->s + g->b0;
    return g->kind == NW_K_WORD && ((n == 4 && strncasecmp(w, "went", 4) == 0) ||
                                    (n == 2 && strncasecmp(w, "go", 2) == 0) ||
                                    (n == 4 && strncasecmp(w, "goes", 4) == 0) ||
                                    (n == 5 && strncasecmp(w, "going", 5) == 0))
               ? 3
               : 0;
  }
  const nw_token *g = &d->tok.t[t - 2];
  if (g->kind != NW_K_WORD) return 0;
  for (size_t i = 0; lead[i]; i++) {
    size_t n = strlen(lead[i]);
    if (g->b1 - g->b0 >= n && g->b1 - g->b0 <= n + 3 &&
        strncasecmp((const char *)d->s + g->b0, lead[i], n) == 0)
      return 2;
  }
  return 0;
}

/* Is token t a form of "agree" (agree, agrees, agreed, agreeing)? */
int nw_agree_form(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  size_t n = k->b1 - k->b0;
  return k->kind == NW_K_WORD && n >= 5 && n <= 8 && strncasecmp((const char *)d->s + k->b0, "agree", 5) == 0;
}

/* Do the words before token st name a security or a paper, so that
 * "note(s)" there is its noun ("the benchmark 10-year U.S. Treasury note",
 * "its 6.25 percent notes", "Post-It notes"): "Treasury" or "Post-It"
 * right before, or an "N-year" word or "percent" within two words? */
static int security_name(const nw_doc *d, size_t st) {
  const nw_token *k = &d->tok.t[st - 1];
  size_t n = k->b1 - k->b0;
  if ((n == 8 && memcmp(d->s + k->b0, "Treasury", 8) == 0) ||
      (n == 7 && memcmp(d->s + k->b0, "Post-It", 7) == 0))
    return 1;
  for (size_t t = st; t > 0 && st - t < 2; t--) {
    const nw_token *w = &d->tok.t[t - 1];
    if (w->b1 - w->b0 > 5 && memcmp(d->s + w->b1 - 5, "-year", 5) == 0) return 1;
    if (w->h == h_percent) return 1;
  }
  return 0;
}

/* Does a noun (or an amount) follow at token end, as after a modifier
 * ("planned $4 billion", "expected margin calls"), rather than a clause,
 * an adjunct or punctuation? */
int nw_noun_after(const nw_doc *d, size_t end) {
  if (end >= d->tok.n) return 0;
  const nw_token *n = &d->tok.t[end];
  if (n->kind == NW_K_NUM || (n->kind == NW_K_PUNCT && n->cp == '$')) return 1;
  if (n->kind != NW_K_WORD || (n->flags & NW_F_CAP)) return 0;
  int c = wc(d, end);
  return !(c & (NW_W_DET | NW_W_PRON | NW_W_THAT | NW_W_PREP | NW_W_TIME | NW_W_ADV | NW_W_STOP |
                NW_W_AUX | NW_W_BE)) &&
         !ly_adverb(d, end);
}

/* Does a determiner open the noun phrase that ends with the noun at token
 * n, over at most three modifiers ("the iconic sports car maker"), with no
 * verb between ("fed investor")? */
static int determined(const nw_doc *d, size_t n) {
  for (size_t i = n; i > 0 && n - i < 4; i--) {
    const nw_token *k = &d->tok.t[i - 1];
    if ((wc(d, i - 1) & NW_W_DET) || (k->flags & NW_F_POSS)) return 1; /* "the", "campaign's" */
    if (k->kind != NW_K_WORD || ed_word(d, i - 1) || (wc(d, i - 1) & ~(NW_W_PERSON | NW_W_THING)))
      return 0;
  }
  return 0;
}

/* Is the cue at t (ending at end) a participle or noun that modifies what
 * a possessor owns ("Oil's repeated failure", "AOL's implied value",
 * "the Fed's forecast of"), not the possessor's verb ("Barron's reported
 * in", "Moody's noted that")? */
static int owned_modifier(const nw_doc *d, size_t t, size_t end) {
  if (t == 0 || !(d->tok.t[t - 1].flags & NW_F_POSS) || end >= d->tok.n) return 0;
  uint32_t h = d->tok.t[t].h;
  if (in_hashes(h, say_h) || in_hashes(h, owner_verb_h) || in_hashes(h, verb_s_h)) return 0;
  if (d->tok.t[end].h == h_of || d->tok.t[end].h == h_for) return 1; /* "ICSC's forecast for" */
  return nw_noun_after(d, end);
}


/* Do capitalised words end at token st after a comparison word ("above
 * Wall Street", "topped Wall Street")? */
static int compared_name(const nw_doc *d, size_t st) {
  size_t a = st;
  while (a > 0 && st - a < 4 && d->tok.t[a - 1].kind == NW_K_WORD && (d->tok.t[a - 1].flags & NW_F_CAP))
    a--;
  return a < st && a > 0 && !(d->tok.t[a - 1].flags & NW_F_CAP) &&
         in_hashes(d->tok.t[a - 1].h, compare_h);
}

/* Is the -ed word t a participle after "in a" and a word for a medium,
 * with a time or a preposition after it ("in an interview published on
 * Sunday", "in a statement posted Friday"), not the verb of "Bass in a
 * statement called the deal a step"? */
static int in_a_noun(const nw_doc *d, size_t t) {
  return t >= 3 && t + 1 < d->tok.n && ed_word(d, t) && in_hashes(d->tok.t[t - 1].h, medium_h) &&
         (wc(d, t - 2) & NW_W_DET) && !(wc(d, t - 2) & NW_W_PRON) && d->tok.t[t - 3].h == h_in &&
         (wc(d, t + 1) & (NW_W_PREP | NW_W_TIME | NW_W_LINK));
}

/* Is token t a plural noun for people ("experts", "sources", "people",
 * "women")? */
static int people_plural(const nw_doc *d, size_t t) {
  return in_hashes(d->tok.t[t].h, people_h) ||
         ((wc(d, t) & NW_W_PERSON) && !(wc(d, t) & NW_W_PRON) && ends_in_s(d, t));
}

/* Is the subject that ends before the plural verb at st ("say", not "says")
 * a plural noun for people or a quantifier opening its sentence (or after a
 * determiner or quantifier), with a short noun phrase after a preposition:
 * "People familiar with the matter say", "Experts in the field say", "Many
 * of the women say"; not "The report on jobless claims", "a statement to
 * disclose and clarify"? */
static int headed_subject(const nw_doc *d, size_t st) {
  const nw_token *v = &d->tok.t[st];
  if (d->s[v->b1 - 1] == 's') return 0; /* a plural subject takes "say" */
  size_t s0 = d->sent[sent_of(d, st - 1)].t0;
  for (size_t k = st - 1; k > s0 && st - k <= 8; k--) {
    if (d->tok.t[k].kind != NW_K_WORD || (d->tok.t[k].flags & NW_F_POSS)) return 0;
    int prep = d->tok.t[k].h == h_of || (wc(d, k) & NW_W_PREP) ||
               nw_second_place(d, k, s0); /* "in Virginia and around the country" */
    if ((wc(d, k) & NW_W_TO) && d->tok.t[k - 1].h != h_close) prep = 0; /* not "hope to get" */
    if (prep && (wc(d, k - 1) & NW_W_CONJ) && k - 1 > s0) {
      k--; /* "in Virginia and around the country": a second phrase of the head */
      continue;
    }
    if (st - k > 5 && !prep) return 0;
    if (!prep) {
      if (wc(d, k) & ~(NW_W_DET | NW_W_PERSON | NW_W_ORGNOUN | NW_W_THING | NW_W_LINK | NW_W_OBJ |
                        NW_W_PLURAL))
        return 0; /* only a noun phrase after the preposition */
      continue;
    }
    size_t h = k - 1; /* the head, or an adjective after it: "familiar", "briefed" */
    if (!people_plural(d, h) && !nw_quantifier(d, h) && h > s0 &&
        (ed_word(d, h) || d->tok.t[h].h == h_familiar || d->tok.t[h].h == h_close))
      h--;
    int quantified = nw_quantifier(d, h) && d->tok.t[k].h == h_of &&
                     (people_plural(d, st - 1) || (wc(d, st - 1) & NW_W_OBJ));
    if (!people_plural(d, h) && !quantified) return 0;
    return h == s0 || (h == s0 + 1 && d->tok.t[s0].kind == NW_K_WORD) ||
           (wc(d, h - 1) & NW_W_DET) || nw_quantifier(d, h - 1);
  }
  return 0;
}

/* Does the plural at token a open a plain phrase, with at most three words
 * before it after a determiner, a quantifier, "are" or the sentence start
 * ("there are some economists", "Deutsche Bank analysts"), so that a "who"
 * after it opens the speaker's clause, not "criticism from economists who"? */
static int plain_antecedent(const nw_doc *d, size_t a) {
  size_t s0 = d->sent[sent_of(d, a)].t0, b = a;
  while (b > s0 && a - b < 3 && d->tok.t[b - 1].kind == NW_K_WORD &&
         !(wc(d, b - 1) & ~(NW_W_PERSON | NW_W_THING | NW_W_ORGNOUN)) &&
         !nw_quantifier(d, b - 1) && !ed_word(d, b - 1))
    b--;
  return b == s0 || (wc(d, b - 1) & (NW_W_DET | NW_W_BE)) || nw_quantifier(d, b - 1) ||
         is_p(d, b - 1, ',') || is_p(d, b - 1, '(');
}

/* Does "that" come within six words from token t, before any cue or mark
 * ("report from over the weekend that")? */
static int that_soon(const nw_doc *d, size_t t) {
  size_t x;
  for (size_t k = t; k < d->tok.n && k - t < 6; k++) {
    if (wc(d, k) & NW_W_THAT) return 1;
    if (d->tok.t[k].kind != NW_K_WORD || nw_cue_at(d, k, &x)) return 0;
  }
  return 0;
}

/* Does a name of capitalised words (joined by "of") end before token st
 * after "a" or "an", so that a bare cue after it is a noun ("A Federal
 * Reserve Bank of New York report")? */
static int indefinite_name(const nw_doc *d, size_t st) {
  size_t j = st;
  while (j > 0 && st - j < 8 && d->tok.t[j - 1].kind == NW_K_WORD && !(wc(d, j - 1) & NW_W_INDEF) &&
         ((d->tok.t[j - 1].flags & NW_F_CAP) || (d->tok.t[j - 1].h == h_of && j < st)))
    j--;
  return j < st && j > 0 && (d->tok.t[j].flags & NW_F_CAP) && (wc(d, j - 1) & NW_W_INDEF);
}

/* Cue class at token t, applying the checks that tell a verb from a noun
 * ("the report", "his claims", "there was talk"; a bare form after a
 * lower-case word only after a plural or a word for people: "aides say",
 * not "a research note"), drop
 * negated cues ("did not say") and lone participles ("written into"). */
int nw_cue_here(const nw_doc *d, size_t t, size_t *end) {
  int c = nw_cue_at(d, t, end);
  if (!c || (c & NW_CUE_ACCORDING)) return c;
  if (d->tok.t[t].flags & NW_F_CAP && t > 0 &&
      d->tok.t[t - 1].kind == NW_K_WORD && !(wc(d, t - 1) & NW_W_PRON) &&
      !nw_title_case_at(d, t))
    return 0; /* a name: "Mr Speaks", "Bill Said"; not a headline's "Says" */
  if (t > 0 && (wc(d, t - 1) & NW_W_NEG)) return 0;
  if (t > 0 && d->tok.t[t - 1].h == h_having && *end + 1 < d->tok.n &&
      (wc(d, *end) & NW_W_THAT) && is_p(d, *end + 1, ','))
    return 0; /* "Having said that, …": a link, no speech */
  if (t > 0 && in_hashes(d->tok.t[t - 1].h, prep_ing_h)) return 0; /* "excluding charges" */
  if (owned_modifier(d, t, *end)) return 0;
  if (*end < d->tok.n && ((d->tok.t[t].h == h_speaking && d->tok.t[*end].h == h_of) ||
                          (nw_add_form(d, t) && d->tok.t[*end].h == h_to)))
    return 0; /* "speaking of the departure", "adding to the view that": no speech */
  if (noun_form(d, t, *end) || modal_add(d, t, *end))
    return 0; /* "the state attorney general", "the deal will add" */
  if ((wc(d, t) & NW_W_NAMING) && nw_naming_participle(d, t))
    return 0; /* "a firm called Acme Corp" */
  if (in_a_noun(d, t))
    return 0; /* "told Bloomberg in an interview published on Sunday", "in a statement posted
                 on its Web site": a participle of the noun */
  uint32_t w = d->tok.t[t].h;
  if ((w == h_note || w == h_notes) && t > 0 && security_name(d, t)) return 0;
  if (nw_agree_form(d, t) && *end < d->tok.n &&
      (d->tok.t[*end].h == h_to || d->tok.t[*end].h == h_on))
    return 0; /* a deal, not speech: "agreed to buy", "agreed on a plan" */
  if (w == h_put || w == h_puts || w == h_putting) /* only in "as Smith put it" */
    return as_before(d, t) ? c & ~NW_CUE_BARE : 0;
  if (*end < d->tok.n && (d->tok.t[*end].h == h_down || d->tok.t[*end].h == h_off))
    return 0; /* "wrote down $1 billion", "wrote off" */
  if ((c & (NW_CUE_NOUNOBJ | NW_CUE_NP)) && *end < d->tok.n && d->tok.t[*end].h == h_by &&
      !(t > 0 && ((wc(d, t - 1) & NW_W_BE) || d->tok.t[t - 1].h == h_as)))
    return 0; /* a participle: "inventories held by", "decline reported by" */

  if (t > 1 && (wc(d, t - 1) & NW_W_AUX) && (wc(d, t - 2) & NW_W_NEG)) return 0;
  if ((wc(d, t) & NW_W_PARTICIPLE) && !(t > 0 && (wc(d, t - 1) & (NW_W_AUX | NW_W_ADV))))
    return 0; /* "commitments written into a deal" */
  if ((c & NW_CUE_BARE) && inverted_bare(d, t, *end)) return c; /* "…, say the Tories." */
  if ((c & NW_CUE_BARE) && nw_chain_before(d, t))
    return c & ~NW_CUE_BARE; /* "went on to say", "continues to insist" */
  if (c & NW_CUE_BARE) { /* a verb only after its subject or an auxiliary */
    size_t st = bare_subject_end(d, t);
    if (st == 0 || (wc(d, st - 1) & NW_W_BE)) return 0;
    if ((percent_word(d, st - 1) && !determined_figure(d, st - 1)) ||
        (st > 1 && ed_word(d, st - 1) && d->tok.t[st - 2].h == h_those))
      return c; /* "61 percent say", "those surveyed say"; not "ahead of the 0.6% forecast" */
    if (!bare_subject(d, st - 1) || (st > 1 && (wc(d, st - 2) & NW_W_INDEF)) ||
        (indefinite_name(d, st) && !that_soon(d, *end)))
      return 0; /* not "an investor note", "A Federal Reserve Bank of New York report
                   showed"; but "a New York Times report that …" reports */
    if (compared_name(d, st))
      return 0; /* "profit above Wall Street estimates", "topped Wall Street forecasts" */
    if (((wc(d, st - 1) & NW_W_PREP) || ly_adverb(d, st - 1)) &&
        !(st > 1 && subject_before_adverb(d, st - 2)))
      return 0; /* "The report also points out", "Trump continually brags"; not "the NAR's
                   earlier forecast", "a 10 percent increase previously forecast" */
    const nw_token *s = &d->tok.t[st - 1];
    const nw_token *v = &d->tok.t[t];
    int s_form = v->b1 - v->b0 > 3 && d->s[v->b1 - 1] == 's';
    int plural = ends_in_s(d, st - 1) || (!s_form && in_hashes(s->h, people_h)); /* "the women
                                                                                  say" */
    if (s_form && !plural && st == t && st >= 2 && (wc(d, st - 2) & NW_W_DET) &&
        (c & NW_CUE_SPEECH) &&
        (st - 2 == d->sent[sent_of(d, t)].t0 || d->tok.t[st - 3].kind == NW_K_PUNCT) &&
        (clause_mark_at(d, *end) ||
         (is_p(d, *end, ',') && *end + 1 < d->tok.n && d->tok.t[*end + 1].kind == NW_K_QUOTE)))
      return c; /* "The ad claims, “…”", "the report states that", opening a clause */
    if (!(s->flags & NW_F_CAP) && !plural && s_form && (wc(d, st - 1) & NW_W_PERSON) &&
        !(wc(d, st - 1) & NW_W_PRON) && !determined(d, st - 1) && !in_hashes(d->tok.t[t].h, verb_s_h))
      return 0; /* "fed investor worries that": a noun, not "the sports car maker hopes" */
    int prep_subject = st >= 3 && (wc(d, st - 1) & NW_W_OBJ) && (wc(d, st - 2) & NW_W_TO) &&
                   d->tok.t[st - 3].kind == NW_K_WORD && !wc(d, st - 3); /* "Those close to
                                                                          him say" */
    prep_subject |= st >= 2 && d->tok.t[st - 1].h == h_whom && d->tok.t[st - 2].h == h_of; /* "many
                                                                          of whom say" */
    prep_subject |= st == t && headed_subject(d, st); /* "People familiar with the matter say" */
    prep_subject |= st == t && st >= 2 && !s_form && (wc(d, st - 1) & NW_W_REL) &&
                    (people_plural(d, st - 2) || (ends_in_s(d, st - 2) &&
                                                  !(d->tok.t[st - 2].flags & NW_F_CAP))) &&
                    plain_antecedent(d, st - 2);
    /* "some economists who argue" */
    if (!(s->flags & NW_F_CAP) && !plural && !prep_subject &&
        !(wc(d, st - 1) & (NW_W_PRON | NW_W_AUX | NW_W_ADV | NW_W_PERSON)) &&
        !ly_adverb(d, st - 1) && s->h != h_but &&
        !(in_hashes(d->tok.t[t].h, verb_s_h) && st == t && !(wc(d, t - 1) & NW_W_STOP)))
      return 0; /* "a research note", "the revenue forecast"; not "but insists" */
    size_t e2;
    if (*end < d->tok.n && nw_cue_at(d, *end, &e2) &&
        !(e2 < d->tok.n && (wc(d, e2) & (NW_W_AUX | NW_W_BE))))
      return 0; /* but a noun opens the clause: "Analysts say demand is weak" */
    if (*end < d->tok.n && (wc(d, *end) & NW_W_AUX)) return 0;
  }
  return c;
}
