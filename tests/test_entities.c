/* Unit tests of the entity layer (ext/entities.c, ext/tagger.c,
 * ext/gazetteer.c): a synthetic article written for this test in the shape
 * of the project's seed article (acronym in brackets, surnames after full
 * names, companies, headline and photo-credit lines), a Reuters-style
 * dateline with a ticker and a byline, titles and possessives, and hostile
 * inputs (all caps, capitalised words, one huge token, invalid UTF-8). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "check.h"
#include "entities.h"

/* Does mention m spell exactly z? */
static int spells(const nw_doc *d, uint32_t b0, uint32_t b1, const char *z) {
  return strlen(z) == b1 - b0 && !memcmp(d->s + b0, z, b1 - b0);
}

/* Index of the first mention written z, or -1. */
static long find(const nw_doc *d, const nw_entities *e, const char *z) {
  for (size_t i = 0; i < e->n; i++)
    if (spells(d, e->m[i].b0, e->m[i].b1, z)) return (long)i;
  return -1;
}

/* Label name of the first mention written z ("-" when absent). */
static const char *label_of(const nw_doc *d, const nw_entities *e,
                            const char *z) {
  long i = find(d, e, z);
  return i < 0 ? "-" : nw_label_name(e->m[i].label);
}

/* Is the canonical name of the first mention written z equal to c? */
static int canonical_is(const nw_doc *d, const nw_entities *e, const char *z,
                        const char *c) {
  long i = find(d, e, z);
  if (i < 0) return 0;
  const nw_entity *en = &e->e[e->m[i].entity];
  return spells(d, en->cb0, en->cb1, c);
}

/* Do the first mentions written a and b share one entity? */
static int same_entity(const nw_doc *d, const nw_entities *e, const char *a,
                       const char *b) {
  long i = find(d, e, a), j = find(d, e, b);
  return i >= 0 && j >= 0 && e->m[i].entity == e->m[j].entity;
}

/* Is any PERSON mention inside bytes [b0, b1)? */
static int person_inside(const nw_entities *e, size_t b0, size_t b1) {
  for (size_t i = 0; i < e->n; i++)
    if (e->m[i].label == NW_L_PERSON && e->m[i].b0 >= b0 && e->m[i].b1 <= b1)
      return 1;
  return 0;
}

/* Check the structural invariants every result must hold: spans inside
 * the text on token boundaries, ids, labels and scores in range. */
static int well_formed(const nw_doc *d, const nw_entities *e) {
  size_t t = 0;
  for (size_t i = 0; i < e->n; i++) {
    const nw_mention *m = &e->m[i];
    if (m->b0 >= m->b1 || m->b1 > d->n || m->t0 >= m->t1 ||
        m->t1 > d->tok.n || m->entity >= e->ne)
      return 0;
    if (d->tok.t[m->t0].b0 != m->b0 || d->tok.t[m->t1 - 1].b1 != m->b1)
      return 0;
    if (i && m->b0 < e->m[i - 1].b1) return 0;
    if (!(m->score > 0 && m->score <= 1)) return 0;
    if (m->label <= NW_L_NONE || m->label >= NW_L_COUNT) return 0;
    t = m->t1;
  }
  for (size_t k = 0; k < e->ne; k++) {
    const nw_entity *en = &e->e[k];
    if (en->cb0 >= en->cb1 || en->cb1 > d->n ||
        en->first_mention >= e->n || e->m[en->first_mention].entity != k)
      return 0;
  }
  return t <= d->tok.n;
}

static const char article[] =
    "Jane Doe -\n"
    "\n"
    "Cloud unit trims staff as customers cut spending\n"
    "\n"
    "Amazon Web Services (AWS) has cut several hundred jobs in its training "
    "and sales teams, according to a report on the GeekWire news site.\n"
    "\n"
    "Staff were told of the decision by email from AWS senior vice-president "
    "Matt Garman, the report said.\n"
    "\n"
    "\xE2\x80\x9CWe never take these steps lightly,\xE2\x80\x9D wrote Garman. "
    "\xE2\x80\x9CWe work in a fast-moving industry.\xE2\x80\x9D\n"
    "\n"
    "Read more about AWS\n"
    "\n"
    "The cuts come a year after Amazon chief executive Andy Jassy told staff "
    "that jobs would go across AWS and its streaming service Twitch.\n"
    "\n"
    "Lee Sustar, principal analyst at research firm Forrester, said the cuts "
    "were a response by Amazon to competition from Microsoft in AI.\n"
    "\n"
    "\xE2\x80\x9C" "Customers are moving AI spending to Microsoft and to "
    "challengers such as Oracle Cloud Infrastructure,\xE2\x80\x9D said Sustar. "
    "AWS has invested in the AI startup Anthropic, the trade title Computer "
    "Weekly reported.\n"
    "\n"
    "Data Center\n";

/* Entities of text, or NULL (the document is returned in *dp). */
static const nw_entities *ents_of(const char *text, nw_doc **dp) {
  *dp = nw_doc_new((const unsigned char *)text, strlen(text));
  return *dp ? nw_doc_entities(*dp) : NULL;
}

/* The synthetic seed-style article: people, links, companies. */
static void test_article(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(article, &d);
  check(d != NULL, "article: document", NULL);
  check(e != NULL, "article: entities", NULL);
  if (!e) {
    nw_doc_free(d);
    return;
  }
  check(well_formed(d, e), "article: well formed", NULL);
  check(!strcmp(label_of(d, e, "Matt Garman"), "PERSON"), "Matt Garman PERSON", NULL);
  check(!strcmp(label_of(d, e, "Andy Jassy"), "PERSON"), "Andy Jassy PERSON", NULL);
  check(!strcmp(label_of(d, e, "Lee Sustar"), "PERSON"), "Lee Sustar PERSON", NULL);
  check(!strcmp(label_of(d, e, "Jane Doe"), "PERSON"), "photo credit PERSON", NULL);
  check(same_entity(d, e, "Garman", "Matt Garman"), "Garman -> Matt Garman", NULL);
  check(canonical_is(d, e, "Garman", "Matt Garman"), "Garman canonical", NULL);
  check(same_entity(d, e, "Sustar", "Lee Sustar"), "Sustar -> Lee Sustar", NULL);
  check(canonical_is(d, e, "Sustar", "Lee Sustar"), "Sustar canonical", NULL);
  check(same_entity(d, e, "AWS", "Amazon Web Services"), "AWS = Amazon Web Services", NULL);
  check(canonical_is(d, e, "AWS", "Amazon Web Services"), "AWS canonical", NULL);
  check(!strcmp(label_of(d, e, "Amazon Web Services"), "ORG"), "AWS ORG", NULL);
  check(!same_entity(d, e, "Amazon", "AWS"), "Amazon is not AWS", NULL);
  static const char *const orgs[] = {
      "Microsoft", "GeekWire", "Forrester", "Anthropic", "Twitch",
      "Oracle Cloud Infrastructure", "Computer Weekly", "Amazon", NULL};
  for (int i = 0; orgs[i]; i++) {
    char what[96];
    snprintf(what, sizeof what, "%s ORG (got %s)", orgs[i],
             label_of(d, e, orgs[i]));
    check(!strcmp(label_of(d, e, orgs[i]), "ORG"), what, NULL);
  }
  const char *dc = strstr(article, "Data Center");
  const char *rm = strstr(article, "Read more");
  check(!person_inside(e, (size_t)(dc - article), (size_t)(dc - article) + 11),
        "Data Center not PERSON", NULL);
  check(!person_inside(e, (size_t)(rm - article), (size_t)(rm - article) + 9),
        "Read more not PERSON", NULL);
  for (size_t i = 0; i < e->n; i++)
    if (spells(d, e->m[i].b0, e->m[i].b1, "AI"))
      check(e->m[i].label != NW_L_PERSON, "AI not PERSON", NULL);
  const nw_entity *g = &e->e[e->m[find(d, e, "Matt Garman")].entity];
  check(g->gender == 1, "Matt Garman male (first name)", NULL);
  check(nw_doc_entities(d) == e, "entities kept in the document", NULL);
  nw_doc_free(d);
}

static const char wire[] =
    "LONDON (Reuters) - Gazprom ( GAZP.MM ) said on Monday that Mr. Alexei "
    "Miller's team would meet officials in Berlin. Miller declined to comment. "
    "German and French officials welcomed the talks.\n"
    "(Reporting by Jane Smith; Editing by John Brown)\n";

/* A Reuters-style story: dateline, ticker, title, possessive, byline. */
static void test_wire(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(wire, &d);
  check(e != NULL, "wire: entities", NULL);
  if (!e) {
    nw_doc_free(d);
    return;
  }
  check(well_formed(d, e), "wire: well formed", NULL);
  check(!strcmp(label_of(d, e, "LONDON"), "GPE"), "dateline LONDON GPE", NULL);
  check(!strcmp(label_of(d, e, "Reuters"), "ORG"), "Reuters ORG", NULL);
  check(!strcmp(label_of(d, e, "Gazprom"), "ORG"), "Gazprom ORG", NULL);
  check(find(d, e, "GAZP") < 0 && find(d, e, "MM") < 0, "ticker dropped", NULL);
  check(!strcmp(label_of(d, e, "Alexei Miller"), "PERSON"),
        "title and possessive stripped", NULL);
  check(same_entity(d, e, "Miller", "Alexei Miller"), "Miller linked", NULL);
  check(!strcmp(label_of(d, e, "Berlin"), "GPE"), "Berlin GPE", NULL);
  check(!strcmp(label_of(d, e, "German"), "NORP"), "German NORP", NULL);
  check(!strcmp(label_of(d, e, "Jane Smith"), "PERSON"), "byline Jane Smith", NULL);
  check(!strcmp(label_of(d, e, "John Brown"), "PERSON"), "byline John Brown", NULL);
  long m = find(d, e, "Alexei Miller");
  check(m >= 0 && e->e[e->m[m].entity].gender == 1, "Mr. gives male", NULL);
  check(!strcmp(nw_label_name(NW_L_NORP), "NORP"), "label name", NULL);
  nw_doc_free(d);
}

/* Words that name no entity: a title alone, a currency prefix, an
 * acronym of a technology; and names that end in a company word. */
static void test_not_names(void) {
  const char *text = "It bought Asia Securities for US$88 million, said Ohio "
                     "Republican Rep. Paul Gillmor, a VOIP fan.";
  nw_doc *d;
  const nw_entities *e = ents_of(text, &d);
  check(e != NULL, "not names: entities", NULL);
  if (e) {
    check(find(d, e, "Rep.") < 0 && find(d, e, "Rep") < 0, "title alone is no entity", NULL);
    check(find(d, e, "US") < 0, "US of US$ is no entity", NULL);
    check(find(d, e, "VOIP") < 0, "VOIP is no entity", NULL);
    check(!strcmp(label_of(d, e, "Paul Gillmor"), "PERSON"), "Paul Gillmor PERSON", NULL);
  }
  nw_doc_free(d);
  text = "Shares of Bain Capital rose after Ares Management bought a stake.";
  e = ents_of(text, &d);
  check(e != NULL, "company words: entities", NULL);
  if (e) {
    check(!strcmp(label_of(d, e, "Bain Capital"), "ORG"), "Bain Capital ORG", NULL);
    check(!strcmp(label_of(d, e, "Ares Management"), "ORG"), "Ares Management ORG", NULL);
  }
  nw_doc_free(d);
}

/* Check that the first mention written z has label l. */
static void check_label(const nw_doc *d, const nw_entities *e, const char *z,
                        const char *l) {
  char what[128];
  snprintf(what, sizeof what, "%s %s (got %s)", z, l, label_of(d, e, z));
  check(!strcmp(label_of(d, e, z), l), what, NULL);
}

/* Products are MISC; "Center for ..." names are ORG; a name before
 * "family" and after "ORG's" with a reporting verb is a PERSON; a lone
 * name with a company word after it is an ORG. */
static void test_cues(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Roche said sales of Avastin and Herceptin rose. Sony said the Sony "
      "PlayStation 3 sold well, and PlayStation sales doubled. The Center for "
      "Food Safety sued. Sterling may fall, Dresdner's Ghazi said in a note. "
      "The Bancroft family holds a stake in Dow Jones.", &d);
  check(e != NULL, "cues: entities", NULL);
  if (e) {
    check(well_formed(d, e), "cues: well formed", NULL);
    check_label(d, e, "Avastin", "MISC");
    check_label(d, e, "Herceptin", "MISC");
    check_label(d, e, "Sony PlayStation", "MISC");
    check_label(d, e, "PlayStation", "MISC");
    check_label(d, e, "Sony", "ORG");
    check_label(d, e, "Roche", "ORG");
    check_label(d, e, "Center for Food Safety", "ORG");
    check_label(d, e, "Dresdner", "ORG");
    check_label(d, e, "Ghazi", "PERSON");
    check_label(d, e, "Bancroft", "PERSON");
    check_label(d, e, "Dow Jones", "ORG");
  }
  nw_doc_free(d);
  e = ents_of("Xstrata agreed to buy 17.5 percent of Jubilee's shares from "
              "holders.", &d);
  check(e != NULL, "company cue: entities", NULL);
  if (e) check_label(d, e, "Jubilee", "ORG");
  nw_doc_free(d);
}

/* A company the tagger missed before its legal form after a dateline is an
 * organisation with it ("AT&T Inc.", "B/E Aerospace Inc."), without a common
 * word opening the sentence ("Grocer"). */
static void test_legal_names(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "NEW YORK (Reuters) - AT&T Inc. said on Tuesday it will spend more. B/E Aerospace Inc. "
      "raised its outlook. Grocer Supervalu Inc. said sales fell. The Inc. magazine agreed.", &d);
  check(e != NULL, "legal names: entities", NULL);
  if (e) {
    check_label(d, e, "AT&T Inc.", "ORG");
    check_label(d, e, "B/E Aerospace Inc.", "ORG");
    check_label(d, e, "Supervalu Inc.", "ORG");
    check(find(d, e, "The Inc.") < 0, "no 'The Inc.'", NULL);
  }
  nw_doc_free(d);
}

/* A city before a State-based description ("The Cherry Hill, New
 * Jersey-based company"), even when tagged as a person, lends its last word
 * to no later surname: "Hill" is Vernon Hill. */
static void test_city_surname(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "The Cherry Hill, New Jersey-based company said it would grow. Vernon Hill founded it. "
      "Hill said he was pleased.", &d);
  check(e != NULL, "city surname: entities", NULL);
  if (e) {
    long h = -1;
    for (size_t i = 0; i < e->n; i++)
      if (spells(d, e->m[i].b0, e->m[i].b1, "Hill")) h = (long)i;
    check(h < 0 || e->m[h].entity == e->m[find(d, e, "Vernon Hill")].entity,
          "Hill -> Vernon Hill, not Cherry Hill", NULL);
    check(h >= 0, "Hill is a mention", NULL);
  }
  nw_doc_free(d);
}

/* A lone surname goes to the company that ends in it unless a person
 * cue (Mr, he, his) ties it to the person. */
static void test_lone_surname(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "J Sainsbury Plc said on Monday sales rose. Sainsbury's credit default "
      "swaps widened. Former chairman John Sainsbury declined to comment. "
      "Mr Sainsbury said he would sell.", &d);
  check(e != NULL, "lone surname: entities", NULL);
  if (e) {
    check_label(d, e, "Sainsbury", "ORG");
    check(same_entity(d, e, "Sainsbury", "J Sainsbury Plc"),
          "Sainsbury -> J Sainsbury Plc", NULL);
    check(canonical_is(d, e, "Sainsbury", "J Sainsbury Plc"),
          "Sainsbury canonical J Sainsbury Plc", NULL);
    check_label(d, e, "John Sainsbury", "PERSON");
    long mr = -1;
    for (size_t i = 0; i < e->n; i++)
      if (spells(d, e->m[i].b0, e->m[i].b1, "Sainsbury") &&
          e->m[i].b0 > (uint32_t)(strstr((const char *)d->s, "Mr ") - (const char *)d->s))
        mr = (long)i;
    check(mr >= 0 && e->m[mr].label == NW_L_PERSON &&
              e->m[mr].entity == e->m[find(d, e, "John Sainsbury")].entity,
          "Mr Sainsbury -> John Sainsbury", NULL);
  }
  nw_doc_free(d);
}

/* A company's first words name it: "Hertz" is Hertz Global Holdings Inc.;
 * not when two companies share the words ("Yahoo" of Yahoo Inc. and of
 * Yahoo Japan Corp.) or a person has them as a surname (Bill Ford). */
static void test_short_forms(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Hertz Global Holdings Inc. on Friday cut some 200 jobs. Hertz said the cuts "
      "were at its headquarters. United Surgical Partners International Inc. agreed "
      "to be bought. United Surgical will be acquired by a fund.", &d);
  check(e != NULL, "short forms: entities", NULL);
  if (e) {
    check(canonical_is(d, e, "Hertz", "Hertz Global Holdings Inc."), "Hertz canonical", NULL);
    check(same_entity(d, e, "United Surgical", "United Surgical Partners International Inc."),
          "United Surgical -> its full name", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Yahoo Inc. and Yahoo Japan Corp. agreed on a deal. Yahoo said it would "
              "pay cash.", &d);
  check(e != NULL, "short forms, two companies: entities", NULL);
  if (e)
    check(!same_entity(d, e, "Yahoo", "Yahoo Japan Corp."), "Yahoo is not Yahoo Japan", NULL);
  nw_doc_free(d);
  e = ents_of("Bill Ford runs Ford Motor Co. and Ford said on Monday he would stay.", &d);
  check(e != NULL, "short forms, a surname: entities", NULL);
  if (e)
    check(!same_entity(d, e, "Bill Ford", "Ford Motor Co."), "Bill Ford is no company", NULL);
  nw_doc_free(d);
}

/* A name right before its ticker is a company ("Children's Place Retail
 * Stores ( PLCE.O )"), but an index before its code is not; an acronym
 * spells a company's name without its legal form ("GM") or with it
 * ("UMC"). */
static void test_tickers_and_acronyms(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "NEW YORK (Reuters) - Children's Place Retail Stores ( PLCE.O ) fired its chief on "
      "Wednesday. The Standard & Poor's 500 Index .SPX rose.", &d);
  check(e != NULL, "ticker names: entities", NULL);
  if (e) {
    check_label(d, e, "Children's Place Retail Stores", "ORG");
    check(find(d, e, "Index") < 0, "no ORG 'Index' before an index code", NULL);
  }
  nw_doc_free(d);
  e = ents_of("General Motors Corp. cut jobs on Monday. GM said sales fell. Taiwan's United "
              "Microelectronics Corp. rose, and UMC said it would buy back shares.", &d);
  check(e != NULL, "acronyms: entities", NULL);
  if (e) {
    check(canonical_is(d, e, "GM", "General Motors Corp."), "GM canonical", NULL);
    check(same_entity(d, e, "UMC", "United Microelectronics Corp."), "UMC -> its full name", NULL);
  }
  nw_doc_free(d);
}

/* A person before "the X-based …" lends his surname: "Mr Cescau" is
 * Patrick Cescau (unlike a city before a State-based description). */
static void test_based_apposition(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Under the plans, Patrick Cescau, the UK-based co-chairman, will become chief executive. "
      "\"We have lost some market share,\" said Mr Cescau.", &d);
  check(e != NULL, "based apposition: entities", NULL);
  if (e) check(canonical_is(d, e, "Cescau", "Patrick Cescau"), "Cescau -> Patrick Cescau", NULL);
  nw_doc_free(d);
}

/* Capitalised names joined by "&" are one company. */
static void test_ampersand(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan. Goodyear Tire & "
      "Rubber Co. and Oregon-based D.A. Davidson & Co. said otherwise.", &d);
  check(e != NULL, "ampersand: entities", NULL);
  if (e) {
    check_label(d, e, "Marsh & McLennan", "ORG");
    check_label(d, e, "Goodyear Tire & Rubber Co.", "ORG");
    check_label(d, e, "D.A. Davidson & Co.", "ORG");
  }
  nw_doc_free(d);
}

/* A knight goes by his first name: "Sir Nicholas" is Nicholas Scott. */
static void test_knights(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Former minister Sir Nicholas Scott has died. Sir Nicholas was a strong defender of the "
      "agreement, and Mr Clark praised him.", &d);
  check(e != NULL, "knights: entities", NULL);
  if (e) {
    long i = -1; /* the second "Nicholas" mention */
    for (size_t k = 0; k < e->n; k++)
      if (spells(d, e->m[k].b0, e->m[k].b1, "Nicholas")) i = (long)k;
    check(i >= 0 && spells(d, e->e[e->m[i].entity].cb0, e->e[e->m[i].entity].cb1, "Nicholas Scott"),
          "Sir Nicholas -> Nicholas Scott", NULL);
  }
  nw_doc_free(d);
}

/* No name runs over a comma, semicolon, colon or dash: "the Independent,
 * Mr Abbas" is a paper and a person, "the Liberal Democrats, Sir Menzies
 * Campbell" a party and a person. */
static void test_commas(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "In an email interview in the British newspaper the Independent, Mr Abbas said peace was "
      "possible. For the Liberal Democrats, Sir Menzies Campbell said the UK should act. He "
      "told the BBC: \"This is right.\" Sony unveiled the PSX - a games console; Troncon; A Lo "
      "Cicero and Nokia -- the phone maker -- agreed.", &d);
  check(e != NULL, "commas: entities", NULL);
  if (e) {
    for (size_t k = 0; k < e->n; k++)
      for (uint32_t b = e->m[k].b0; b < e->m[k].b1; b++)
        check(d->s[b] != ',' && d->s[b] != ';' && d->s[b] != ':' &&
                  !(d->s[b] == '-' && b > 0 && d->s[b - 1] == ' '),
              "commas: no mention holds a comma, semicolon, colon or dash", NULL);
    check(!strcmp(label_of(d, e, "Abbas"), "PERSON"), "commas: Abbas PERSON", NULL);
    check(!strcmp(label_of(d, e, "Menzies Campbell"), "PERSON"), "commas: Menzies Campbell PERSON",
          NULL);
  }
  nw_doc_free(d);
}

/* Long spans split: "ORG Chairman NAME" -> ORG, PERSON; "NAME in CITY"
 * -> name, place; but a name ending "in Europe" stays whole. */
static void test_cuts(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Fidelity National Chairman William Foley said the deal was good, said "
      "Ann Smith, analyst at Channel Capital Research in Shrewsbury, New "
      "Jersey.", &d);
  check(e != NULL, "cuts: entities", NULL);
  if (e) {
    check(well_formed(d, e), "cuts: well formed", NULL);
    check_label(d, e, "Fidelity National", "ORG");
    check_label(d, e, "William Foley", "PERSON");
    check(find(d, e, "Fidelity National Chairman William Foley") < 0,
          "title splits the span", NULL);
    check_label(d, e, "Channel Capital Research", "ORG");
    check_label(d, e, "Shrewsbury", "GPE");
    check_label(d, e, "New Jersey", "GPE");
  }
  nw_doc_free(d);
  e = ents_of("International Monetary Fund Managing Director Rodrigo Rato said the dollar was "
              "overvalued. Carlyle Group Managing Partner David Rubenstein and Journal Managing "
              "Editor Paul Steiger agreed. Shares of Air Partner Plc rose. Time Warner Chief "
              "Operating Officer Jeff Bewkes and Citigroup Chief Executive Charles Prince spoke. "
              "EU External Relations Commissioner Benita Ferrero-Waldner and International "
              "Monetary Fund Managing Director Dominique Strauss-Kahn met Ann Arbor-based "
              "investors.", &d);
  check(e != NULL, "title cuts: entities", NULL);
  if (e) {
    check(well_formed(d, e), "title cuts: well formed", NULL);
    check_label(d, e, "International Monetary Fund", "ORG");
    check_label(d, e, "Rodrigo Rato", "PERSON");
    check_label(d, e, "Carlyle Group", "ORG");
    check_label(d, e, "David Rubenstein", "PERSON");
    check_label(d, e, "Paul Steiger", "PERSON");
    check_label(d, e, "Air Partner Plc", "ORG");
    check_label(d, e, "Time Warner", "ORG");
    check_label(d, e, "Jeff Bewkes", "PERSON");
    check_label(d, e, "Charles Prince", "PERSON");
    check_label(d, e, "Benita Ferrero-Waldner", "PERSON");
    check_label(d, e, "Dominique Strauss-Kahn", "PERSON");
    check(find(d, e, "Ann Arbor-based") < 0, "title cuts: no 'Ann Arbor-based'", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Ken Livingstone should not apologise, Tory MP Boris Johnson has insisted. "
              "MP Edward Leigh agreed, and French Green MEP Alain Lipietz did not. "
              "Mr Johnson said the MP was wrong.", &d);
  check(e != NULL, "members: entities", NULL);
  if (e) {
    check(well_formed(d, e), "members: well formed", NULL);
    check_label(d, e, "Boris Johnson", "PERSON");
    check_label(d, e, "Edward Leigh", "PERSON");
    check_label(d, e, "Alain Lipietz", "PERSON");
    check(find(d, e, "MP Edward Leigh") < 0 && find(d, e, "MP") < 0,
          "a member's title is no part of a name and no name alone", NULL);
    check(same_entity(d, e, "Johnson", "Boris Johnson"), "Johnson -> Boris Johnson", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Former aide Lewis \"Scooter\" Libby was convicted. Citigroup founder Sanford "
              "“Sandy” Weill spoke. Hong Kong \"Superman\" Li Ka-shing agreed. Libby said no. "
              "Babies \"R\" Us opened.", &d);
  check(e != NULL, "nicknames: entities", NULL);
  if (e) {
    check(well_formed(d, e), "nicknames: well formed", NULL);
    check_label(d, e, "Lewis \"Scooter\" Libby", "PERSON");
    check_label(d, e, "Sanford “Sandy” Weill", "PERSON");
    check_label(d, e, "Li Ka-shing", "PERSON");
    check(find(d, e, "Sandy") < 0, "nicknames: no 'Sandy' alone", NULL);
    check(find(d, e, "Babies \"R\" Us") < 0, "nicknames: a letter is none", NULL);
    check(same_entity(d, e, "Libby", "Lewis \"Scooter\" Libby"), "Libby -> Lewis Libby", NULL);
  }
  nw_doc_free(d);
  e = ents_of("“I'm sure it works,” said Bob Smith. I’ve seen it. I'd say so. I'll go.", &d);
  check(e != NULL, "I'm: entities", NULL);
  if (e) {
    check_label(d, e, "Bob Smith", "PERSON");
    check(find(d, e, "I'm") < 0 && find(d, e, "I’ve") < 0 && find(d, e, "I'd") < 0 &&
              find(d, e, "I'll") < 0,
          "I'm, I’ve, I'd, I'll name no one", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Central bank governor Zhou Xiaochuan spoke on Monday. Analyst Kim Jae-woo "
              "agreed. Zhou said rates would rise, and Kim said banks were ready.", &d);
  check(e != NULL, "family name first: entities", NULL);
  if (e) {
    check(same_entity(d, e, "Zhou", "Zhou Xiaochuan"), "Zhou -> Zhou Xiaochuan", NULL);
    check(same_entity(d, e, "Kim", "Kim Jae-woo"), "Kim -> Kim Jae-woo", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Wang Yi met Wang Qishan in Beijing on Monday. Wang said the talks went well.", &d);
  check(e != NULL, "two of a family name: entities", NULL);
  if (e) {
    check(canonical_is(d, e, "Wang", "Wang"),
          "two people named Wang: a lone Wang joins neither (negative)", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Research In Motion Ltd. (RIM) makes the BlackBerry. Robert Staley, a lawyer for "
              "RIM, spoke on Wednesday. RIM has delayed its filings.", &d);
  check(e != NULL, "acronym at a sentence start: entities", NULL);
  if (e) {
    const char *z = strstr((const char *)d->s, "RIM has");
    int found = 0;
    for (size_t i = 0; i < e->n; i++)
      found |= z && e->m[i].b0 == (uint32_t)(z - (const char *)d->s) &&
               canonical_is(d, e, "RIM", "Research In Motion Ltd.");
    check(found, "RIM opening a sentence is Research In Motion, though 'rim' is a word", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Officials of the Organisation for Peace and Cooperation in "
              "Europe (OPCE) met on Friday. Shares of Research in Motion "
              "rose.", &d);
  check(e != NULL, "no cut: entities", NULL);
  if (e) {
    check(find(d, e, "Europe") < 0, "no cut before a country", NULL);
    check_label(d, e, "Research in Motion", "ORG");
    check_label(d, e, "Organisation for Peace and Cooperation in Europe", "ORG");
  }
  nw_doc_free(d);
}

/* A name and the legal forms after it are one company, whatever the
 * tagger made of the name: "Hyundai Motor Co Ltd", "J.C. Penney Co Inc.";
 * a particle written onto a surname stays in the name: "d'Estaing". */
static void test_legal_forms(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "Brandtmoor Motor Co Ltd said sales fell. J.C. Penney Co Inc. said on "
      "Thursday sales rose.", &d);
  check(e != NULL, "legal forms: entities", NULL);
  if (e) {
    check(well_formed(d, e), "legal forms: well formed", NULL);
    check_label(d, e, "Brandtmoor Motor Co Ltd", "ORG");
    check_label(d, e, "J.C. Penney Co Inc.", "ORG");
    check(find(d, e, "Co Inc.") < 0, "no company of legal forms alone", NULL);
  }
  nw_doc_free(d);
  e = ents_of("Finance Director Antoine Garmont d'Estaing said so. Garmont agreed.", &d);
  check(e != NULL, "particle: entities", NULL);
  if (e) {
    check_label(d, e, "Antoine Garmont d'Estaing", "PERSON");
    check(same_entity(d, e, "Garmont", "Antoine Garmont d'Estaing"),
          "Garmont -> Antoine Garmont d'Estaing", NULL);
  }
  nw_doc_free(d);
}

/* A first name, a middle initial and a surname are one person even where
 * the tagger splits them ("Michael" + "R. Bloomberg", "Roxana" + "M. Leon"). */
static void test_middle_initials(void) {
  nw_doc *d;
  const nw_entities *e = ents_of(
      "He spoke. Roxana M. Leon voted. Michael R. Bloomberg spoke. Leon agreed.", &d);
  check(e != NULL, "initials: entities", NULL);
  if (e) {
    check(well_formed(d, e), "initials: well formed", NULL);
    check_label(d, e, "Roxana M. Leon", "PERSON");
    check_label(d, e, "Michael R. Bloomberg", "PERSON");
    check(find(d, e, "Roxana") < 0, "no first name alone before an initial", NULL);
    check(same_entity(d, e, "Leon", "Roxana M. Leon"), "Leon -> Roxana M. Leon", NULL);
  }
  nw_doc_free(d);
}

/* Run the layer over n bytes made by fill and check the invariants. */
static void hostile(const char *what, size_t n, void (*fill)(char *, size_t)) {
  char *s = malloc(n ? n : 1);
  if (!s) {
    check(0, "hostile: malloc", NULL);
    return;
  }
  fill(s, n);
  nw_doc *d = nw_doc_new((const unsigned char *)s, n);
  const nw_entities *e = d ? nw_doc_entities(d) : NULL;
  check(e != NULL && well_formed(d, e), what, NULL);
  nw_doc_free(d);
  free(s);
}

/* ALL-CAPS words and sentences. */
static void fill_caps(char *s, size_t n) {
  static const char w[] = "BANK OF ENGLAND CUTS RATES AS LONDON SHARES FALL. ";
  for (size_t i = 0; i < n; i++) s[i] = w[i % (sizeof w - 1)];
}

/* Capitalised words without end. */
static void fill_capwords(char *s, size_t n) {
  static const char w[] = "Smith Jones Acme Corp Paris Garman Inc ";
  for (size_t i = 0; i < n; i++) s[i] = w[i % (sizeof w - 1)];
}

/* One enormous token. */
static void fill_token(char *s, size_t n) { memset(s, 'A', n); }

/* Bytes that are not UTF-8, with NULs and capitals mixed in. */
static void fill_junk(char *s, size_t n) {
  uint32_t x = 12345;
  for (size_t i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    unsigned v = x >> 16;
    s[i] = (char)(v % 5 == 0 ? 'A' + v % 26 : v % 7 == 0 ? ' ' : (v & 0xFF) | 0x80);
  }
}

int main(void) {
  check(nw_entities_global_init() == NW_OK, "global init", NULL);
  test_article();
  test_wire();
  test_not_names();
  test_cues();
  test_lone_surname();
  test_short_forms();
  test_tickers_and_acronyms();
  test_knights();
  test_ampersand();
  test_based_apposition();
  test_city_surname();
  test_legal_names();
  test_cuts();
  test_commas();
  test_legal_forms();
  test_middle_initials();
  hostile("hostile: 1 MB all caps", 1 << 20, fill_caps);
  hostile("hostile: 1 MB capitalised words", 1 << 20, fill_capwords);
  hostile("hostile: one 1 MB token", 1 << 20, fill_token);
  hostile("hostile: 1 MB invalid UTF-8", 1 << 20, fill_junk);
  hostile("hostile: empty", 0, fill_token);
  return check_report();
}
