/* Unit tests of the quotation module (nw_doc_quotes) over texts written for
 * these tests: every attribution form, split, floating and two-paragraph
 * quotes, apostrophes, scare quotes, pronouns, reported speech, and hostile
 * inputs (megabytes of quote marks).  Prints "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "quotes.h"

/* Does span [b0, b1) of d equal z? */
static int span_is(const nw_doc *d, uint32_t b0, uint32_t b1, const char *z) {
  size_t n = strlen(z);
  return b1 >= b0 && b1 - b0 == n && memcmp(d->s + b0, z, n) == 0;
}

/* The row whose quote text starts with prefix, or NULL. */
static const nw_quote *row(const nw_doc *d, const nw_quotes *q, const char *prefix) {
  size_t n = strlen(prefix);
  for (size_t i = 0; i < q->n; i++)
    if (q->q[i].qb1 - q->q[i].qb0 >= n && memcmp(d->s + q->q[i].qb0, prefix, n) == 0)
      return &q->q[i];
  return NULL;
}

/* Expected values of one row; NULL fields are expected absent, "*" means
 * "any value". */
typedef struct want {
  const char *quote, *speaker, *canonical, *verb;
  int kind;
} want;

/* Check one row of the document text against w. */
static void expect_row(const char *label, const nw_doc *d, const nw_quotes *q,
                       const want *w) {
  char msg[512];
  const nw_quote *r = row(d, q, w->quote);
  snprintf(msg, sizeof msg, "%s: no row for \"%s\"", label, w->quote);
  check(r != NULL, msg, NULL);
  if (!r) return;
  snprintf(msg, sizeof msg, "%s: quote of \"%s\" is \"%.*s\"", label, w->quote,
           (int)(r->qb1 - r->qb0), d->s + r->qb0);
  check(span_is(d, r->qb0, r->qb1, w->quote), msg, NULL);
  snprintf(msg, sizeof msg, "%s: kind %d, want %d", label, r->kind, w->kind);
  check(r->kind == w->kind, msg, NULL);
  if (!w->speaker) {
    check(!r->has_speaker, label, "expected no speaker");
  } else if (strcmp(w->speaker, "*") != 0) {
    snprintf(msg, sizeof msg, "%s: speaker \"%.*s\", want \"%s\"", label,
             r->has_speaker ? (int)(r->sb1 - r->sb0) : 0, d->s + r->sb0, w->speaker);
    check(r->has_speaker && span_is(d, r->sb0, r->sb1, w->speaker), msg, NULL);
  }
  if (w->canonical && strcmp(w->canonical, "*") != 0) {
    snprintf(msg, sizeof msg, "%s: canonical \"%.*s\", want \"%s\"", label,
             r->has_canon ? (int)(r->cb1 - r->cb0) : 0, d->s + r->cb0, w->canonical);
    check(r->has_canon && span_is(d, r->cb0, r->cb1, w->canonical), msg, NULL);
  }
  if (!w->verb) {
    check(!r->has_verb, label, "expected no verb");
  } else if (strcmp(w->verb, "*") != 0) {
    snprintf(msg, sizeof msg, "%s: verb \"%.*s\", want \"%s\"", label,
             r->has_verb ? (int)(r->vb1 - r->vb0) : 0, d->s + r->vb0, w->verb);
    check(r->has_verb && span_is(d, r->vb0, r->vb1, w->verb), msg, NULL);
  }
}

/* Check that every span of every row lies within the text and in order,
 * and that no verb straddles the edge of its quote. */
static void check_bounds(const char *label, const nw_doc *d, const nw_quotes *q) {
  int ok = 1;
  for (size_t i = 0; i < q->n && ok; i++) {
    const nw_quote *r = &q->q[i];
    ok = r->b0 <= r->qb0 && r->qb0 <= r->qb1 && r->qb1 <= r->b1 && r->b1 <= d->n;
    if (r->has_speaker) ok = ok && r->sb0 < r->sb1 && r->sb1 <= d->n;
    if (r->has_canon) ok = ok && r->cb0 < r->cb1 && r->cb1 <= d->n;
    if (r->has_verb) /* a verb never straddles an edge of what was said */
      ok = ok && r->vb0 < r->vb1 && r->vb1 <= d->n && !(r->vb0 < r->qb0 && r->qb0 < r->vb1) &&
           !(r->vb0 < r->qb1 && r->qb1 < r->vb1);
    if (i > 0) ok = ok && q->q[i - 1].b0 <= r->b0;
  }
  check(ok, label, "spans out of bounds, out of order or overlapping");
}

/* Analyse text and check the listed rows (and, when exact, the count). */
static void run(const char *label, const char *text, const want *w, size_t nw,
                int exact) {
  nw_doc *d = nw_doc_new((const unsigned char *)text, strlen(text));
  check(d != NULL, label, "nw_doc_new failed");
  if (!d) return;
  const nw_quotes *q = nw_doc_quotes(d);
  check(q != NULL, label, "nw_doc_quotes failed");
  if (q) {
    for (size_t i = 0; i < nw; i++) expect_row(label, d, q, &w[i]);
    if (exact) {
      char msg[256];
      snprintf(msg, sizeof msg, "%s: %zu rows, want %zu", label, q->n, nw);
      check(q->n == nw, msg, NULL);
      if (q->n != nw)
        for (size_t i = 0; i < q->n; i++)
          printf("   row: %.*s\n", (int)(q->q[i].qb1 - q->q[i].qb0), d->s + q->q[i].qb0);
    }
    check_bounds(label, d, q);
  }
  nw_doc_free(d);
}

#define RUN(label, text, exact, ...)                                  \
  do {                                                                \
    const want w_[] = {__VA_ARGS__};                                  \
    run(label, text, w_, sizeof w_ / sizeof w_[0], exact);            \
  } while (0)

enum { D = NW_Q_DIRECT, I = NW_Q_INDIRECT, M = NW_Q_MIXED };

/* The direct attribution forms. */
static void test_forms(void) {
  RUN("Q, X said",
      "Jane Porter runs the plant.\n\n“We will open three plants next year,” Jane Porter said.",
      1, {"We will open three plants next year", "Jane Porter", "Jane Porter", "said", D});
  RUN("Q, said X", "“Demand is strong in the north,” said Tom Ellery.", 1,
      {"Demand is strong in the north", "Tom Ellery", "Tom Ellery", "said", D});
  RUN("X said: Q", "Rita Vance said: “The deal is done and signed.”", 1,
      {"The deal is done and signed.", "Rita Vance", "Rita Vance", "said", D});
  RUN("X said Q", "Rita Vance said “we are ready”.", 1,
      {"we are ready", "Rita Vance", "Rita Vance", "said", D});
  RUN("Q, a source familiar with X said",
      "\"Everything is possible,\" one person familiar with the matter told Handelsblatt.", 1,
      {"Everything is possible", "one person familiar with the matter", "*", "told", D});
  RUN("Q, people close to X said",
      "\"The deal is off for now,\" people close to the company said on Monday.", 1,
      {"The deal is off for now", "people close to the company", "*", "said", D});
  RUN("Q, said a source familiar with X",
      "\"The deal is off for now,\" said a source familiar with the talks.", 1,
      {"The deal is off for now", "a source familiar with the talks", "*", "said", D});
  RUN("Q, a long title and a name told X",
      "\"There is clearly a race going on,\" AOL Chief Executive and former NBC television chief Randy Falco told the summit.", 1,
      {"There is clearly a race going on", "Randy Falco", "*", "told", D});
  RUN("Q, X, a title without a closing comma said",
      "\"Domestic frequencies have increased sixteen-fold,\" Randy Tinseth, Boeing Commercial Airplanes Vice President for Marketing said in a statement.", 1,
      {"Domestic frequencies have increased sixteen-fold", "Randy Tinseth", "*", "said", D});
  RUN("Q, X's title, NAME, said",
      "\"It further strengthens our oncology pipeline,\" Glaxo's research head, Moncef Slaoui, said in a statement.", 1,
      {"It further strengthens our oncology pipeline", "Moncef Slaoui", "*", "said", D});
  RUN("apposition",
      "“Prices will fall before the summer,” Omar Haddad, the chief executive of Lumen, said.",
      0, {"Prices will fall before the summer", "Omar Haddad", "Omar Haddad", "said", D});
  RUN("told Reuters",
      "Omar Haddad runs Lumen.\n\n“We have nothing to add today,” Haddad told Reuters.",
      1, {"We have nothing to add today", "Haddad", "Omar Haddad", "told", D});
  RUN("wrote in an email",
      "Omar Haddad runs Lumen.\n\n“The board agreed with the plan,” Haddad wrote in an email.",
      1, {"The board agreed with the plan", "Haddad", "Omar Haddad", "wrote", D});
  RUN("he added",
      "Peter Kent spoke first.\n\n“It was a hard year for all of us,” he added.",
      1, {"It was a hard year for all of us", "he", "Peter Kent", "added", D});
  RUN("according to", "According to Porter, “sales doubled in May.”", 1,
      {"sales doubled in May.", "Porter", "*", "According to", D});
  RUN("dash", "“We expect more cuts this year” — Nina Brandt", 1,
      {"We expect more cuts this year", "Nina Brandt", "Nina Brandt", "—", D});
  RUN("interview", "Brandt: “We expect more cuts this year.”", 1,
      {"We expect more cuts this year.", "Brandt", "*", NULL, D});
  RUN("straight quotes, wrapped line",
      "\"Our margins held up well in\nthe quarter,\" said Tom Ellery.", 1,
      {"Our margins held up well in\nthe quarter", "Tom Ellery", "*", "said", D});
  RUN("doubled apostrophes", "''Our margins held up well,'' said Tom Ellery.", 1,
      {"Our margins held up well", "Tom Ellery", "*", "said", D});
}

/* Split, floating and two-paragraph quotes. */
static void test_shapes(void) {
  RUN("split quote",
      "Maria Alvarez spoke.\n\n“The first half was weak,” she said, “but the second was strong.”",
      1, {"The first half was weak", "she", "Maria Alvarez", "said", D},
      {"but the second was strong.", "she", "Maria Alvarez", "said", D});
  RUN("floating",
      "“Sales rose by five percent,” Jane Porter said. “We are pleased with the result.”",
      1, {"Sales rose by five percent", "Jane Porter", "Jane Porter", "said", D},
      {"We are pleased with the result.", "Jane Porter", "Jane Porter", "said", D});
  RUN("two paragraphs",
      "“The first paragraph of the statement runs on.\n\n“The second one ends it,” Jane Porter said.",
      1,
      {"The first paragraph of the statement runs on.\n\n“The second one ends it",
       "Jane Porter", "Jane Porter", "said", D});
  RUN("unclosed quote stays in its paragraph",
      "Analysts were “not sure at all.\n\nJane Porter said: “We will hire 40 engineers.”",
      1, {"We will hire 40 engineers.", "Jane Porter", "Jane Porter", "said", D});
}

/* Apostrophes and scare quotes are not quotations. */
static void test_not_quotes(void) {
  RUN("apostrophes",
      "Rock ’n’ roll fans in the ’90s didn’t mind Reuters’ coverage of O’Neill’s band. "
      "The players' union met. \"We are happy with the deal,\" Jane Porter said.",
      1, {"We are happy with the deal", "Jane Porter", "*", "said", D});
  run("scare quotes",
      "Lumen cuts jobs to tackle ‘inefficiency’\n\nThe firm’s “reset” plan starts in May.",
      NULL, 0, 1);
}

/* Pronouns resolve to the compatible speaker. */
static void test_pronouns(void) {
  RUN("she after two people",
      "Ms. Maria Alvarez joined in 2019. Mr. Peter Kent left in 2020.\n\n“I will stay on,” she said.",
      1, {"I will stay on", "she", "Maria Alvarez", "said", D});
  RUN("he after two people",
      "Ms. Maria Alvarez joined in 2019. Mr. Peter Kent left in 2020.\n\n“I will go,” he said.",
      1, {"I will go", "he", "Peter Kent", "said", D});
  RUN("they after a spokesperson",
      "A company spokesperson declined to give details.\n\n“We review every plan,” they said.",
      0, {"We review every plan", "they", "A company spokesperson", "said", D});
}

/* Reported speech. */
static void test_reported(void) {
  RUN("said that", "Jane Porter said that the company would hire 200 workers.", 1,
      {"the company would hire 200 workers", "Jane Porter", "*", "said", I});
  RUN("clause, X said", "The plant will close in June, Jane Porter said.", 1,
      {"The plant will close in June", "Jane Porter", "*", "said", I});
  RUN("according to, clause", "According to analysts, the shares are undervalued.", 1,
      {"the shares are undervalued", "analysts", "analysts", "According to", I});
  RUN("clause, according to", "The shares are undervalued, according to analysts.", 1,
      {"The shares are undervalued", "analysts", "analysts", "according to", I});
  RUN("told Reuters clause", "Omar Haddad told Reuters the merger was on track.", 1,
      {"the merger was on track", "Omar Haddad", "*", "told", I});
  RUN("mixed", "Jane Porter said the plan was “a good start” for the firm.", 1,
      {"the plan was “a good start” for the firm", "Jane Porter", "*", "said", M});
  run("passive is not a cue", "Employees were told of the decision by email.", NULL, 0, 1);
  RUN("clause, said X, apposition",
      "Profits will rise next year, said John Smith, an analyst at Morgan Stanley.", 1,
      {"Profits will rise next year", "John Smith", "*", "said", I});
  RUN("clause, said X, who told",
      "Profits will rise, said John Smith, who told investors to buy.", 1,
      {"Profits will rise", "John Smith", "*", "said", I});
  RUN("police said", "The officer was not wearing a camera, police said.", 1,
      {"The officer was not wearing a camera", "police", "*", "said", I});
  RUN("according to police", "According to police, officers saw him leave the car.", 1,
      {"officers saw him leave the car", "police", "*", "According to", I});
  RUN("according to a report by X",
      "According to a new report by Politico, party insiders are trying to mobilize voters.",
      1, {"party insiders are trying to mobilize voters", "a new report by Politico", "*",
          "According to", I});
  RUN("according to a report filed by X at the sentence end",
      "Walgreen assigned employees to weaker stores, according to a lawsuit filed by the Equal "
      "Employment Opportunity Commission.",
      1, {"Walgreen assigned employees to weaker stores",
          "a lawsuit filed by the Equal Employment Opportunity Commission", "*", "according to",
          I});
  RUN("according to a source that no noun phrase reading covers",
      "HarperCollins declined to renew the offer, according to a publishing executive "
      "familiar with the talks.",
      1, {"HarperCollins declined to renew the offer",
          "a publishing executive familiar with the talks", "*", "according to", I});
  RUN("according to a long source up to its comma",
      "According to early results of exit polls conducted for the networks by a polling firm, "
      "most voters feel down on the government.",
      1, {"most voters feel down on the government",
          "early results of exit polls conducted for the networks by a polling firm", "*",
          "According to", I});
  RUN("according to X, which …, clause",
      "According to the survey, which covered lending, banks reported tighter standards.", 1,
      {"banks reported tighter standards", "the survey", "*", "According to", I});
  RUN("according to X, an apposition, clause",
      "According to a report in the Los Angeles Times, a Tribune paper, Zell is a contender.", 1,
      {"Zell is a contender", "a report in the Los Angeles Times", "*", "According to", I});
  run("according to a source with a clause of its own is no source",
      "Sales fell, according to the poll Trump leads.", NULL, 0, 1);
  RUN("asked whether: a reported question",
      "Mary Meeker asked whether Google would change course.", 1,
      {"whether Google would change course", "Mary Meeker", "*", "asked", I});
  RUN("asked a listener to: a reported request",
      "Novartis asked the FDA to consider new data about skin problems.", 1,
      {"the FDA to consider new data about skin problems", "Novartis", "*", "asked", I});
  RUN("asked a named listener if: the question",
      "Neera Tanden asked Eric Holder if he had thoughts on the committee.", 1,
      {"if he had thoughts on the committee", "Neera Tanden", "*", "asked", I});
  run("asked not to be named is no request",
      "The source, who asked not to be identified, gave no details.", NULL, 0, 1);
  run("asked about a report is no question", "A spokeswoman asked about the report declined.",
      NULL, 0, 1);
  run("asked a noun phrase is no question", "The groups asked his support for the reforms.",
      NULL, 0, 1);
  RUN("a sentence that opens with the question asked",
      "Asked why he had yet to endorse Clinton, Sanders smiled.", 1,
      {"why he had yet to endorse Clinton", NULL, NULL, "Asked", I});
  RUN("when asked, by an asker",
      "When asked by Stephanopoulos to respond to the attack, Carson smiled.", 1,
      {"to respond to the attack", "Stephanopoulos", "*", "asked", I});
  RUN("asked, an adjunct, then the wh-word",
      "Asked on Fox News who leads the party, Trump smiled.", 1,
      {"who leads the party", NULL, NULL, "Asked", I});
  RUN("say after an aside between subject and verb",
      "Others, however, say a recalibration is overdue.", 1,
      {"a recalibration is overdue", "Others", "*", "say", I});
  RUN("say after a parenthesis",
      "Sen. Chris Murphy (a Connecticut Democrat) says he was unfocused.", 1,
      {"he was unfocused", "Chris Murphy", "*", "says", I});
  RUN("percent say", "Among voters, 61 percent say the plan is wrong.", 1,
      {"the plan is wrong", "*", "*", "say", I});
  RUN("those surveyed say", "Those surveyed say the country should switch.", 1,
      {"the country should switch", "Those surveyed", "*", "say", I});
  RUN("As X reported, clause", "As The Hill reported, Trump broke the debate rules.", 1,
      {"Trump broke the debate rules", "The Hill", "*", "reported", I});
  RUN("an opening adjunct, as X reported, clause",
      "Just weeks ago, as the paper reported, Thor and Beck were discussing a plan.", 1,
      {"Thor and Beck were discussing a plan", "the paper", "*", "reported", I});
  RUN("As reported by X, clause",
      "As reported by Western Journalism, last year Seattle raised its minimum wage.", 1,
      {"last year Seattle raised its minimum wage", "Western Journalism", "*", "reported", I});
  RUN("clause, as X reported on Monday",
      "The bank will cut 500 jobs, as the paper reported on Monday.", 1,
      {"The bank will cut 500 jobs", "the paper", "*", "reported", I});
  RUN("As X put it, clause", "As Smith put it, the bank will cut jobs.", 1,
      {"the bank will cut jobs", "Smith", "*", "put it", I});
  run("a denial, as X suggested, reports the opposite",
      "The plant does not add nicotine, as some studies suggested.", NULL, 0, 1);
  run("as X demanded on business grow: no adjunct, no row",
      "As risk premiums demanded on future business grow, lenders pass on costs.", NULL, 0, 1);
  RUN("believes after a singular common noun",
      "His team believes that the few Democrats there may be ripe targets.", 1,
      {"the few Democrats there may be ripe targets", "His team", "*", "believes", I});
  RUN("and expects inside reported content stays in it",
      "Wyrsch said Spectra plans to raise money from a partnership and expects to close the deal "
      "in May.",
      1, {"Spectra plans to raise money from a partnership and expects to close the deal in May",
          "Wyrsch", "*", "said", I});
  RUN("a clause that opens with 'This', X said",
      "This has been a persistent concern for Democrats this year, Elleithee said.", 1,
      {"This has been a persistent concern for Democrats this year", "Elleithee", "*", "said", I});
  run("an opening time phrase is no clause", "This week, a spokesman said.", NULL, 0, 1);
  RUN("an age between a name and its apposition",
      "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted change.", 1,
      {"she wanted change", "Roxana M. Leon", "Roxana M. Leon", "said", I});
  RUN("… and calling X a Y: the sentence's subject",
      "Cruz dismissed them as a cartel and calling Mitch McConnell a liar.", 2,
      {"them as a cartel", "Cruz", "*", "dismissed", I},
      {"Mitch McConnell a liar", "Cruz", "*", "calling", I});
  RUN("told a listener in a place with a comma, then that",
      "Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is fine.", 1,
      {"waterboarding is fine", "Trump", "*", "told", I});
  RUN("CLAUSE, X said during a speech in a place with a comma",
      "The Fed will have to act, she said during a speech in Dayton, Ohio.", 1,
      {"The Fed will have to act", "she", "*", "said", I});
  RUN("CLAUSE, X told Reuters.",
      "Ford's sales in December exceeded its internal targets, George Pipas told Reuters.", 1,
      {"Ford's sales in December exceeded its internal targets", "George Pipas", "*", "told", I});
  RUN("CLAUSE, X told a listener as a clause",
      "This is not about me, President Obama told his closest advisers as he labored.", 1,
      {"This is not about me", "Obama", "*", "told", I});
  RUN("CLAUSE, X said; …",
      "It was never about him, his aides argued in interviews; rather, it was about them.", 1,
      {"It was never about him", "his aides", "*", "argued", I});
  RUN("said that, an opening phrase, a clause",
      "Franklin added that, in Wisconsin, the coalition consists of disaffected voters.", 1,
      {"in Wisconsin, the coalition consists of disaffected voters", "Franklin", "*", "added",
       I});
  RUN("said that in a place, a clause with a plural subject",
      "Smith noted that in France, candidates did not rise to high office.", 1,
      {"in France, candidates did not rise to high office", "Smith", "*", "noted", I});
  run("said that in a statement: no clause", "Smith said that in a statement released Monday.",
      NULL, 0, 1);
  RUN("CLAUSE, a possessor's top official said",
      "The group should wait to see the impact of supply cuts, Nigeria's top oil official said on "
      "Friday.",
      1, {"The group should wait to see the impact of supply cuts", "Nigeria's top oil official",
          "*", "said", I});
  RUN("CLAUSE, the president's top aide said",
      "The plan works well, the president's top aide said.", 1,
      {"The plan works well", "the president's top aide", "*", "said", I});
  RUN("said, then an adjective in -ed before the subject",
      "Federal health officials said contaminated lettuce was the likely cause.", 1,
      {"contaminated lettuce was the likely cause", "Federal health officials", "*", "said", I});
  run("said, then a second verb in -ed", "Smith said headed off to the office.", NULL, 0, 1);
  RUN("CLAUSE, a source close to the matter said",
      "Abbott will not sell its units, a source close to the matter said on Thursday.", 1,
      {"Abbott will not sell its units", "a source close to the matter", "*", "said", I});
  RUN("close to a figure is no source",
      "Permits came in close to the 1.5 million unit figure, economists said.", 1,
      {"Permits came in close to the 1.5 million unit figure", "economists", "*", "said", I});
  RUN("X, an apposition, on Monday said",
      "Robert Hawkins, an analyst with Stifel Nicolaus, on Monday said a higher offer could "
      "surface.",
      1, {"a higher offer could surface", "Robert Hawkins", "*", "said", I});
  RUN("a company, its ticker and an apposition, on Wednesday said",
      "NEW YORK (Reuters) - Office Depot Inc. ( ODP.N ), the world's No. 2 office-supplies "
      "retailer, on Wednesday said quarterly profit rose.",
      1, {"quarterly profit rose", "Office Depot Inc.", "*", "said", I});
  RUN("CLAUSE, X said this week.",
      "Frank Blake has a ton of repair work to do, experts said this week.", 1,
      {"Frank Blake has a ton of repair work to do", "experts", "*", "said", I});
  RUN("said, then a number opening the clause",
      "Sun said 7 percent revenue growth in the quarter was due to better sales.", 1,
      {"7 percent revenue growth in the quarter was due to better sales", "Sun", "*", "said", I});
  run("added, then a number, is no clause", "The index added 1.4 percent to 1,418.", NULL, 0, 1);
  RUN("a company name ending in One", "Capital One said net income rose to $390.7 million.", 1,
      {"net income rose to $390.7 million", "Capital One", "*", "said", I});
  RUN("a name with & and 's, then but said",
      "Standard & Poor's kept its rating on Tata but said the deal could hurt the group.", 1,
      {"the deal could hurt the group", "Standard & Poor's", "*", "said", I});
  RUN("a heading glued to the sentence is no speaker",
      "FACE The retailer said sales would rise 2 percent.", 1,
      {"sales would rise 2 percent", "The retailer", "*", "said", I});
  RUN("said on a day, then a clause with a plain noun subject",
      "Shell Oil Co. said on Sunday operations were back to normal at its refinery.", 1,
      {"operations were back to normal at its refinery", "Shell Oil Co.", "*", "said", I});
  RUN("said on a day, then a clause opening with no",
      "But Haga said on Tuesday no decision has been made.", 1,
      {"no decision has been made", "Haga", "*", "said", I});
  RUN("a listener phrase, then a pronoun clause",
      "Ramirez told a news conference it was a reasonable goal.", 1,
      {"it was a reasonable goal", "Ramirez", "*", "told", I});
  RUN("a possessive after the adjunct is no clause",
      "Sources reiterated after the U.S. bank's announcement that Mizuho did not plan a bid.", 1,
      {"Mizuho did not plan a bid", "Sources", "*", "reiterated", I});
  RUN("a listener and a day, then 'it' opening the clause",
      "Google told the studios on Friday it would implement new procedures.", 1,
      {"it would implement new procedures", "Google", "*", "told", I});
  RUN("content keeps the parenthesis it opens",
      "Spectra Energy Corp. said it completed its spinoff from Duke Energy Corp. ( DUK.N ).", 1,
      {"it completed its spinoff from Duke Energy Corp. ( DUK.N )", "Spectra Energy Corp.", "*", "said", I});
  RUN("content ending before a parenthesis that never closes",
      "Spectra Energy Corp. said it completed its spinoff from Duke Energy Corp. (DUK.", 1,
      {"it completed its spinoff from Duke Energy Corp.", "Spectra Energy Corp.", "*", "said", I});
  RUN("said on a day, then a noun subject with a past verb",
      "Yahoo Inc. said on Tuesday quarterly profit dropped 61 percent.", 1,
      {"quarterly profit dropped 61 percent", "Yahoo Inc.", "*", "said", I});
  RUN("a hyphen broken at a line end inside the subject",
      "Motorola said on Friday fourth- quarter profit halved, hurt by a fall in prices.", 1,
      {"fourth- quarter profit halved, hurt by a fall in prices", "Motorola", "*", "said", I});
  RUN("a participle before 'by' is no verb of the clause",
      "Microsoft announced this month concerns raised by security companies had been dealt with.", 1,
      {"this month concerns raised by security companies had been dealt with", "Microsoft", "*", "announced", I});
  RUN("a ticker after the name is not in the speaker",
      "Eastman Kodak Co. EK.N said on Monday it would cut 3,000 jobs.", 1,
      {"it would cut 3,000 jobs", "Eastman Kodak Co.", "Eastman Kodak Co.", "said", I});
  RUN("a name ending in initials with dots keeps them",
      "The U.S. said on Monday it would cut 3,000 jobs.", 1,
      {"it would cut 3,000 jobs", "The U.S.", "*", "said", I});
  RUN("a present-tense clause, then 'X said in a statement.'",
      "They hope to reach an agreement in the first half of this year, the companies said in a statement.", 1,
      {"They hope to reach an agreement in the first half of this year", "the companies", "*", "said", I});
  RUN("a clause opening with 'but', then 'X said in a research note.'",
      "But the modest increase in sales represents a mere stabilization, Citigroup analyst Elizabeth Osur said in a research note.", 1,
      {"But the modest increase in sales represents a mere stabilization", "Elizabeth Osur", "*", "said", I});
  RUN("an opening phrase alone is no clause before 'X said in a statement.'",
      "In the first half of this year, the companies said in a statement.", 0);
  RUN("a subordinate clause alone is no clause before 'X said in a statement.'",
      "If the deal goes ahead in the first half of this year, the companies said in a statement.", 0);
  RUN("a listener and a day, then the clause",
      "Fairfax Chief Executive David Kirk told reporters on Monday the company had not received any approaches.", 1,
      {"the company had not received any approaches", "*", "David Kirk", "told", I});
  RUN("a listener and an adjunct, then a pronoun with a present verb",
      "J&J officials told analysts in a conference call they expect 2007 earnings of $4.10 per share.", 1,
      {"they expect 2007 earnings of $4.10 per share", "J&J officials", "*", "told", I});
  RUN("a listener, then a pronoun with a present verb",
      "He told the board it needs more time to study the offer.", 1,
      {"it needs more time to study the offer", "He", "*", "told", I});
  RUN("no clause inside an adjunct with 'and'",
      "Goldman Sachs advised Kodak on the sale and Sullivan & Cromwell LLP provided legal counsel.", 0);
  RUN("no clause after a subordinator in the adjunct",
      "OPEC economists will favor keeping output steady for now, an official told Reuters on Thursday after the Economic Commission Board discussed available data.", 1,
      {"OPEC economists will favor keeping output steady for now", "an official", "*", "told", I});
  RUN("CLAUSE, X said and a long closing adjunct",
      "Reebok will open 90 stores in Russia, Harrington said during a presentation in this suburb about 20 miles south of Boston.", 1,
      {"Reebok will open 90 stores in Russia", "Harrington", "*", "said", I});
  RUN("CLAUSE, X said on a day while …",
      "BMW posted a rise in group sales in January, the company said on Wednesday while forecasting continued growth.", 1,
      {"BMW posted a rise in group sales in January", "the company", "*", "said", I});
  RUN("CLAUSE, X said as …",
      "BMW posted a rise in group sales in January, the company said as it reported results.", 1,
      {"BMW posted a rise in group sales in January", "the company", "*", "said", I});
  RUN("a subject after the day is no closing adjunct",
      "Adding to jitters in the market, Dick Cheney said on Friday the United States retains all options.", 0);
  RUN("a Treasury note is no cue",
      "The benchmark 10-year U.S. Treasury note US10YT=RR was unchanged in price at 98-1/32.", 0);
  RUN("percent notes are no cue",
      "The yield on its 6.25 percent notes maturing in 2016 narrowed to 1.07 percentage points.", 0);
  RUN("'an investor note' is no cue",
      "In an investor note Dell's high exposure to the corporate PC market should swing.", 0);
  RUN("notes after a name is a cue",
      "Douglas notes some customers already receive products at warehouses.", 1,
      {"some customers already receive products at warehouses", "Douglas", "*", "notes", I});
  RUN("CLAUSE, said X, head of Y.",
      "Fierce competition is making it difficult for firms, said Jeremy Flynn, head of third party services at Vodafone.", 1,
      {"Fierce competition is making it difficult for firms", "Jeremy Flynn", "Jeremy Flynn", "said", I});
  RUN("a surname that is a common word links to the full name",
      "Chrysler Vice Chairman Jim Press said he would cut costs. Press also said the company would grow.", 2,
      {"he would cut costs", "Jim Press", "Jim Press", "said", I},
      {"the company would grow", "Press", "Jim Press", "also said", I});
  RUN("analysts polled by X are the speaker, not X",
      "Analysts polled by Reuters were expecting a 1.5 percent rise in total orders.", 1,
      {"a 1.5 percent rise in total orders", "Analysts polled by Reuters", "Analysts polled by Reuters", "were expecting", I});
  RUN("agreed to a deal is no speech",
      "Nokia agreed to a follow-on deal that will put Yahoo services on its phones.", 0);
  RUN("agreed to buy is no speech",
      "Apollo agreed to buy that unit for $975 million in cash.", 0);
  RUN("agreed with X that CLAUSE is",
      "Judge Harmon agreed with the plaintiffs that there should be no postponement of the trial.", 1,
      {"there should be no postponement of the trial", "Harmon", "*", "agreed with", I});
  RUN("a quoted fragment in running text takes no speaker after it",
      "Craig Donohue said that shareholders are \"very strongly embracing\" improved merger terms announced on Friday.", 1,
      {"shareholders are \"very strongly embracing\" improved merger terms announced on Friday", "Craig Donohue", "*", "said", M});
  RUN("an X-class cue, then a plain noun subject and an auxiliary",
      "The group predicted volatility is here to stay.", 1,
      {"volatility is here to stay", "The group", "*", "predicted", I});
  RUN("an X-class cue, then a plain noun phrase object",
      "Endo forecast full-year adjusted earnings of about $1.68 per share.", 0);
  RUN("said, then an -ed adjective and a long subject",
      "Balter said increased demand for video game consoles and improving console supply boosted GameStop results.", 1,
      {"increased demand for video game consoles and improving console supply boosted GameStop results", "Balter", "*", "said", I});
  RUN("a list of listeners before that",
      "Paulson told Hu, Wu and other officials that he believes legislation is the wrong approach.", 1,
      {"he believes legislation is the wrong approach", "Paulson", "*", "told", I},
      {"legislation is the wrong approach", "he", "Paulson", "believes", I}); /* nested */
  RUN("a listener, then adding that: two rows",
      "It was wrong, Paulson told Smith, adding that he would go.", 2,
      {"It was wrong", "Paulson", "*", "told", I},
      {"he would go", "Paulson", "*", "adding", I});
  RUN("CLAUSE, people briefed on X said",
      "Negotiators stepped up the pace of talks, people briefed on progress in the talks said.", 1,
      {"Negotiators stepped up the pace of talks", "people briefed on progress in the talks", "*", "said", I});
  RUN("said, an adjunct and a comma, then a pronoun clause",
      "The company said on an adjusted pro-forma basis, it expected revenue of around 4.42 billion euros.", 1,
      {"it expected revenue of around 4.42 billion euros", "The company", "*", "said", I});
  RUN("'excluding charges' is no cue",
      "Excluding charges in both periods, earnings rose to 12 cents per share.", 0);
  RUN("a speaker headed by a title before 'of … sales'",
      "Sales are flat, the automaker's head of North American sales told Reuters on Wednesday.", 1,
      {"Sales are flat", "the automaker's head of North American sales", "*", "told", I});
  RUN("an adjunct, said X, then the clause",
      "By contrast, said Mr Hogan, the code for viruses was commonly held.", 1,
      {"the code for viruses was commonly held", "Hogan", "*", "said", I});
  RUN("a clause, said X, then a second clause",
      "Although teenage virus writers will still play around with malicious code, said Mr Hogan, 2004 saw a significant rise in criminal use.", 2,
      {"Although teenage virus writers will still play around with malicious code", "Hogan", "*", "said", I},
      {"2004 saw a significant rise in criminal use", "Hogan", "*", "said", I});
  RUN("a subject, said X, APPOS, then its verb: one row over both parts",
      "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people.", 1,
      {"The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people",
       "Shailendra Jain", "*", "said", I});
  RUN("CLAUSE, said X, APPOS, APPOS is no second clause",
      "Maraviroc would be the first new drug in years, said Dr. Howard Mayer, a Pfizer executive in charge of the drug's development.", 1,
      {"Maraviroc would be the first new drug in years", "*", "Howard Mayer", "said", I});
  RUN("X, APPOS, said CLAUSE is no inverted attribution",
      "Bill Coleman, senior vice president of compensation at Salary.com, a Web site about pay, said only a few high-powered institutional investors, such as Icahn, have the power to shake up boardrooms.", 1,
      {"only a few high-powered institutional investors, such as Icahn, have the power to shake up boardrooms", "Bill Coleman", "*", "said", I});
  RUN("a name ending in a number",
      "Radio 1 said the show would not try to replace Peel.", 1,
      {"the show would not try to replace Peel", "Radio 1", "*", "said", I});
  RUN("a percentage as the subject",
      "Among the over-65s, 70% said they would be certain to vote.", 1,
      {"they would be certain to vote", "70%", "*", "said", I});
  RUN("a date is no part of the speaker",
      "A jury on March 8 found Vonage had infringed three patents.", 1,
      {"Vonage had infringed three patents", "A jury", "*", "found", I});
  RUN("a club, a title and a name before a second verb",
      "Manchester United manager Sir Alex Ferguson sympathised with Tottenham and said the incident highlighted the need for video technology.", 1,
      {"the incident highlighted the need for video technology", "*", "*", "said", I});
  RUN("content without a verb ends before the narrator's 'sending …'",
      "Wal-Mart blamed pressure from the housing market for its disappointing earnings report, sending its shares down 5.1 percent.", 1,
      {"pressure from the housing market for its disappointing earnings report", "Wal-Mart", "*", "blamed", I});
  RUN("a plain listener, then a pronoun and a present verb",
      "Sentinel Management Group told clients it wants to stop investors from withdrawing their cash.", 1,
      {"it wants to stop investors from withdrawing their cash", "Sentinel Management Group", "*", "told", I});
  RUN("a quantifier as the subject",
      "Many said they were confused about the different ways to pay for phones.", 1,
      {"they were confused about the different ways to pay for phones", "Many", "*", "said", I});
  RUN("a quantifier before a bare cue",
      "Some say the plan will fail.", 1,
      {"the plan will fail", "Some", "*", "say", I});
  RUN("those questioned",
      "Half of those questioned said they could get the same information via other routes.", 1,
      {"they could get the same information via other routes", "Half of those questioned", "*", "said", I});
  RUN("said while CLAUSE",
      "He said while everyone had the right to be secure they also had the right to be protected.", 1,
      {"while everyone had the right to be secure they also had the right to be protected", "He", "*", "said", I});
  RUN("CLAUSE, say X (inverted bare cue)",
      "Tony Blair lied when he took the UK to war, say the Tories.", 1,
      {"Tony Blair lied when he took the UK to war", "the Tories", "*", "say", I});
  RUN("a named subject, a non-cue verb, then ', saying'",
      "The Teamsters filed a petition with the board, saying it hoped to conduct a vote within the next six weeks.", 1,
      {"it hoped to conduct a vote within the next six weeks", "The Teamsters", "*", "saying", I});
  RUN("', saying' is no inverted attribution",
      "Major music labels sued XM in May 2006, saying the Inno infringes copyrights on a large scale.", 0);
  RUN("CLAUSE, said a source familiar with X",
      "Warner Music is in talks with XM and expects a resolution soon, said a source familiar with the matter.", 1,
      {"Warner Music is in talks with XM and expects a resolution soon", "a source familiar with the matter", "*", "said", I});
  RUN("X was quoted as saying CLAUSE",
      "Saudi Oil Minister Ali al-Naimi was quoted as saying markets were healthier.", 1,
      {"markets were healthier", "Ali al-Naimi", "*", "saying", I});
  RUN("according to a name with a possessive",
      "Nokia's shares trade at 17.5 times 2007 earnings, according to Barron's.", 1,
      {"Nokia's shares trade at 17.5 times 2007 earnings", "Barron's", "*", "according to", I});
  RUN("'and' between noun phrases before an -ed adjective is no second cue",
      "Analysts said the probe and expected profit shortfall caused the decline.", 1,
      {"the probe and expected profit shortfall caused the decline", "Analysts", "*", "said", I});
  RUN("a description before a non-cue verb, then ', and said'",
      "The struggling retailer cut its fiscal year outlook, and said it is reviewing its brand strategies.", 1,
      {"it is reviewing its brand strategies", "The struggling retailer", "*", "said", I});
  RUN("told a listener phrase and a day, then a long subject",
      "Cho told a conference call on Friday the price of its NAND flash memory chips would likely fall.", 1,
      {"the price of its NAND flash memory chips would likely fall", "Cho", "*", "told", I});
  RUN("', underscoring …' is the reporter's reading",
      "Jobless claims fell by 8,000 last week, underscoring strength in the labor market.", 0);
  RUN("a clause opening with 'And', then ', he said'",
      "Gordon Brown spoke on Monday. And Tony Blair would be in the very front line of that campaign, he said.", 1,
      {"And Tony Blair would be in the very front line of that campaign", "he", "Gordon Brown", "said", I});
  RUN("a clause opening with a time word and an auxiliary",
      "Last year's growth rate of 6% can also be attributed to this temporary gap in violence, the report said.", 1,
      {"Last year's growth rate of 6% can also be attributed to this temporary gap in violence", "the report", "*", "said", I});
  RUN("a byline and dateline before the clause",
      "By  Karen Jacobs ATLANTA   Jan 8 (Reuters) - The U.S. economy is poised for moderate growth, Donald Kohn said.", 1,
      {"The U.S. economy is poised for moderate growth", "Donald Kohn", "*", "said", I});
  RUN("'By contrast' is no byline",
      "By contrast, Pepsi Cola's look has only changed 10 times over the last 109 years, the company said.", 1,
      {"By contrast, Pepsi Cola's look has only changed 10 times over the last 109 years", "the company", "*", "said", I});
  RUN("said, an adjunct between commas, then the clause",
      "It said, despite four years of preparations, some local authorities were still not ready.", 1,
      {"some local authorities were still not ready", "It", "*", "said", I});
  RUN("CLAUSE, a report by X says",
      "The attempt to sell the Millennium Dome failed due to a catalogue of errors, a report by the government's finance watchdog says.", 1,
      {"The attempt to sell the Millennium Dome failed due to a catalogue of errors", "a report by the government's finance watchdog", "*", "says", I});
  RUN("the WHO is a name",
      "A gap still stood in the way of hitting the 2005 target, the WHO said.", 1,
      {"A gap still stood in the way of hitting the 2005 target", "the WHO", "*", "said", I});
  RUN("a title and a name before a verb that is no cue, then 'and said'",
      "Oxfam senior policy adviser Max Lawson welcomed the statement and said G7 ministers had passed the first hurdle.", 1,
      {"G7 ministers had passed the first hurdle", "Max Lawson", "*", "said", I});
  RUN("CLAUSE, say MPs",
      "Thousands of public bodies are ill-prepared for the Act because of government failures, say MPs.", 1,
      {"Thousands of public bodies are ill-prepared for the Act because of government failures", "MPs", "*", "say", I});
  RUN("'it' after a clause may be the clause's subject",
      "The second-largest union at Delphi Corp. expects to start talks on February 12, it said on Thursday.", 1,
      {"The second-largest union at Delphi Corp. expects to start talks on February 12", "it", "*", "said", I});
  RUN("a surname that is a function word",
      "The plans are inadequate, Theresa May said.", 1,
      {"The plans are inadequate", "Theresa May", "*", "said", I});
  RUN("a name, an apposition, told a listener that",
      "Theresa May, shadow secretary for the family, told the BBC that the government's plans were inadequate.", 1,
      {"the government's plans were inadequate", "Theresa May", "*", "told", I});
  RUN("a month is no surname",
      "Prices rose sharply in May, Smith said.", 1,
      {"Prices rose sharply in May", "Smith", "*", "said", I});
  RUN("an adjunct, he said, then a gerund subject",
      "By contrast, he said, digging up roads and laying cables can take weeks or months.", 1,
      {"digging up roads and laying cables can take weeks or months", "he", "*", "said", I});
  RUN("X, he said, then the speaker's own participle is no clause",
      "Bond prices could fall further, Ricchiuto said, referring to Kohn's speech.", 1,
      {"Bond prices could fall further", "Ricchiuto", "*", "said", I});
  RUN("went on to say",
      "He went on to say that things have since changed in the light of new reports.", 1,
      {"things have since changed in the light of new reports", "He", "*", "went on to say", I});
  RUN("said on a day, then 'profit more than doubled'",
      "Boeing Co. said on Wednesday fourth-quarter profit more than doubled, easily beating Wall Street expectations.", 1,
      {"fourth-quarter profit more than doubled, easily beating Wall Street expectations", "Boeing Co.", "*", "said", I});
  RUN("CLAUSE, X said in a filing on a day detailing …",
      "Two of YouTube's founders stand to divide shares now valued at around $650 million, Google Inc. said in a regulatory filing on Wednesday detailing the payout.", 1,
      {"Two of YouTube's founders stand to divide shares now valued at around $650 million", "Google Inc.", "*", "said", I});
  RUN("an adverb and a participle inside the speaker",
      "Net profit rose to $96 million from $44 million a year earlier, the privately held jeans maker said.", 1,
      {"Net profit rose to $96 million from $44 million a year earlier", "the privately held jeans maker", "*", "said", I});
  RUN("a byline, a dateline, then CLAUSE, X said",
      "By  Eric Auchard SAN FRANCISCO  Jan 8 (Reuters) - Yahoo Inc. unveiled a slew of deals with phone makers, the company said on Monday.", 1,
      {"Yahoo Inc. unveiled a slew of deals with phone makers", "the company", "*", "said", I});
  RUN("dash, according to",
      "Half of his advice is wrong — according to a British medical journal.", 1,
      {"Half of his advice is wrong", "a British medical journal", "*", "according to", I});
  RUN("dateline is not content",
      "LONDON (Reuters) - The bank will cut 500 jobs, said Ann Lee, a spokeswoman.", 1,
      {"The bank will cut 500 jobs", "Ann Lee", "*", "said", I});
  RUN("report showed a finite clause",
      "A separate report showed U.S. home sales fell in March.", 1,
      {"U.S. home sales fell in March", "A separate report", "*", "showed", I});
  run("a name showed a noun phrase", "October showed Ford was on track.", NULL, 0, 1);
  RUN("said after an adjunct, then he",
      "Trump said after the convention he would not accept the endorsement.", 1,
      {"he would not accept the endorsement", "Trump", "*", "said", I});
  RUN("that, a phrase, then the clause",
      "Fowler noted that at one of his first meetings, in 1972, he backed Shriver.", 1,
      {"at one of his first meetings, in 1972, he backed Shriver", "Fowler", "*", "noted", I});
  run("that as an object before an adjunct", "He said that in a statement released Monday.",
      NULL, 0, 1);
  RUN("said X's noun and a verb is no inverted speaker",
      "Aparna Mathur, an economist, said Ivanka Trump's statement didn't clarify the matter.",
      1, {"Ivanka Trump's statement didn't clarify the matter", "Aparna Mathur", "*", "said", I});
  RUN("clause, said a source, then an adjunct",
      "The meeting deteriorated from there, said one GOP source in the room.", 1,
      {"The meeting deteriorated from there", "one GOP source", "*", "said", I});
  RUN("clause, said a titled name, then an adjunct",
      "AMR set a savings target of $300 million, said Chief Financial Officer Tom Horton on "
      "a call with analysts.",
      1, {"AMR set a savings target of $300 million", "Tom Horton", "*", "said", I});
  RUN("a subject with an aside, said a clause",
      "Ari Bensinger, who rates Cisco a hold, said the deal price made sense.", 1,
      {"the deal price made sense", "Ari Bensinger", "*", "said", I});
  RUN("a possessive written with a bare apostrophe",
      "“We believe private equity would be the most likely buyer,” UBS' Truelove said in his "
      "note.",
      1, {"We believe private equity would be the most likely buyer", "UBS' Truelove", "*",
          "said", D});
  RUN("a name before two appositions",
      "Jim Svinth, chief economist at LendingTree.com, an online lender, said rates fell in May.",
      1, {"rates fell in May", "Jim Svinth", "*", "said", I});
  RUN("a description before a place apposition",
      "The company, based in Little Rock, Arkansas, said revenue rose 14 percent.", 1,
      {"revenue rose 14 percent", "The company", "*", "said", I});
  RUN("a city before a state-based description",
      "Parsippany, New Jersey-based DRS, which paid $2 billion for ESSI, said it could pay more.",
      1, {"it could pay more", "*", "DRS", "said", I});
  RUN("an apposition with a verb is a clause",
      "Chris Payne, vice president of search, is leaving Microsoft, said the source, who asked "
      "not to be named.",
      1, {"Chris Payne, vice president of search, is leaving Microsoft", "the source", "*", "said", I});
  RUN("a name before a relative clause and a list",
      "Volvo, which makes Volvo, Renault and Mack trucks, said the offer was fair.", 1,
      {"the offer was fair", "Volvo", "*", "said", I});
  RUN("a name before a long apposition",
      "Don Gher, chief investment officer of Coldstream Capital Management in Bellevue, "
      "Washington, said the memo hit at the same time.",
      1, {"the memo hit at the same time", "Don Gher", "*", "said", I});
  RUN("a name before an apposition without a closing comma",
      "Prabal Banerjee, chief finance officer for the Hinduja group told reporters the offer "
      "was fair.",
      1, {"the offer was fair", "Prabal Banerjee", "*", "told", I});
  RUN("a subject after 'and' past the phrase limit",
      "A downturn in the housing market has hit many lenders in recent months and HSBC said "
      "it was acting.",
      1, {"it was acting", "HSBC", "*", "said", I});
  RUN("a long phrase keeps its possessor",
      "Canada's biggest union of telephone and media workers said it was ready to talk.", 1,
      {"it was ready to talk", "Canada's biggest union of telephone and media workers", "*",
       "said", I});
  RUN("a title starts the speaker inside a long phrase",
      "In a panel discussion at a Linux summit in California Mr Torvalds said software "
      "patents were a problem.",
      1, {"software patents were a problem", "Torvalds", "*", "said", I});
  RUN("a title after a participle is its object",
      "A lawyer representing Mr Doherty said the pair denied the charges.", 1,
      {"the pair denied the charges", "A lawyer representing Mr Doherty", "*", "said", I});
  RUN("the subject of a relative clause before the cue",
      "The 28-year-old host who also presents Stars In Their Eyes said she wanted new projects.",
      1, {"she wanted new projects", "The 28-year-old host", "*", "said", I});
  RUN("a bare plural interrupting a clause is the speaker",
      "Mr. Obama, officials said, has become skeptical about the fallback options.", 1,
      {"Mr. Obama, officials said, has become skeptical about the fallback options", "officials",
       "*", "said", I});
  RUN("an opening phrase is no name before a description",
      "On a conference call, company executives said sales would rise.", 1,
      {"sales would rise", "company executives", "*", "said", I});
  RUN("clause, said X, a lowercase title",
      "Drivers were allowed a free trip over the bridge, said Merlin Turner, battalion chief "
      "for the fire department.",
      1, {"Drivers were allowed a free trip over the bridge", "Merlin Turner", "*", "said", I});
  RUN("urged after an object, then it",
      "Obama urged Pyongyang to resume talks it abandoned in 2009.", 1,
      {"to resume talks it abandoned in 2009", "Obama", "*", "urged", I});
}

/* Cue spans as news annotators mark them: adverbs before, a colon after,
 * never a noun in -ly. */
static void test_verb_spans(void) {
  RUN("adverb in -ly before the verb",
      "“We will open three plants,” Jane Porter cautiously said.", 1,
      {"We will open three plants", "Jane Porter", "*", "cautiously said", D});
  RUN("noun in -ly is no adverb",
      "“We are grateful to the doctors,” the family said.", 1,
      {"We are grateful to the doctors", "the family", "*", "said", D});
  RUN("said Friday keeps the day out of the cue and the clause",
      "Marriott said Friday that net income fell to $131 million.", 1,
      {"net income fell to $131 million", "Marriott", "*", "said", I});
}

/* Subjects shared by a second verb, relative clauses and participles. */
static void test_subjects(void) {
  RUN("and said",
      "Authorities announced an arrest on Friday and said a curfew would continue through the weekend.",
      1, {"a curfew would continue through the weekend", "Authorities", "*", "said", I});
  RUN("a clause stops at a second cue",
      "Trump tweeted that Machado was “disgusting” and encouraged Americans to “check out” her tape.",
      0, {"Machado was “disgusting”", "Trump", "*", "tweeted", M});
  RUN("saying, Q takes the sentence's subject",
      "Dean spoke on Monday, saying, “I don't think this is a ridiculous idea.”",
      1, {"I don't think this is a ridiculous idea.", "Dean", "*", "saying", D});
  RUN("who joked, Q",
      "Among the guests was Stevie Wonder, who joked, “I haven't seen it yet, but I'm going to.”",
      1, {"I haven't seen it yet, but I'm going to.", "Stevie Wonder", "*", "joked", D});
  RUN("said, Q, until",
      "Rakeyia Scott repeatedly says, “Don't you do it,” until shots are heard.", 1,
      {"Don't you do it", "Rakeyia Scott", "*", "repeatedly says", D});
  RUN("parenthesis after the speaker",
      "“He would be a great senator,” Elijah Cummings (D-Md.) said in a phone interview.",
      1, {"He would be a great senator", "Elijah Cummings", "*", "said", D});
}

/* Reuters leads and the company they are about. */
static void test_leads(void) {
  RUN("said on a day, then a clause without that",
      "Lumen Corp said on Friday it plans to sell its lighting unit.", 1,
      {"it plans to sell its lighting unit", "Lumen Corp", "*", "said", I});
  RUN("said in a statement, then a clause without that",
      "Lumen Corp said in a statement the company would cut 200 jobs.", 1,
      {"the company would cut 200 jobs", "Lumen Corp", "*", "said", I});
  RUN("clause, X said on a day",
      "Lumen Corp would cut 200 jobs, the company said on Wednesday.", 1,
      {"Lumen Corp would cut 200 jobs", "the company", "*", "said", I});
  RUN("the head of X of Y is X",
      "Chris Kent of Stifel Brandt said that a deal was close.", 1,
      {"a deal was close", "Chris Kent", "Chris Kent", "said", I});
  RUN("a title before a name",
      "Lumen senior vice-president Maria Alvarez said the cuts were done.", 1,
      {"the cuts were done", "Maria Alvarez", "Maria Alvarez", "said", I});
  RUN("but said after a verb inside the content",
      "The Telegraph said the directors held talks for weeks, but said the talks broke down.",
      1, {"the directors held talks for weeks", "The Telegraph", "*", "said", I},
      {"the talks broke down", "The Telegraph", "*", "said", I});
  RUN("reported content ends before a second attribution",
      "Critics have said the fund is exploiting a loophole that should be closed but Lumen "
      "has said these methods are standard practice.",
      1, {"the fund is exploiting a loophole that should be closed", "Critics", "*", "have said", I},
      {"these methods are standard practice", "Lumen", "*", "has said", I});
  RUN("reported content ends before a trailing attribution",
      "Ray Kent said his ties to the party did not help his company, the Journal reported "
      "on Wednesday.",
      0, {"his ties to the party did not help his company", "Ray Kent", "*", "said", I});
  RUN("a longer description resolves by its head",
      "Lumen Corp said on Friday it would sell its unit to Brandt Group.\n\n"
      "The world's biggest lamp maker said January sales rose 2.2 percent.",
      0, {"January sales rose 2.2 percent", "The world's biggest lamp maker", "Lumen Corp", "said", I});
  RUN("no cue before a particle or a passive agent",
      "Lumen wrote down $1 billion of loans. Stocks held by funds fell sharply this year.", 1);
  RUN("an adjunct after said is no clause",
      "The outlook is weak, he said during a conference call with analysts.", 1,
      {"The outlook is weak", "he", "*", "said", I});
  RUN("the company is the article's main organisation, not a source of figures",
      "Lumen Corp said on Friday its sales rose 5 percent in May.\n\n"
      "Profit fell to $3 million, according to Reuters Estimates.\n\n"
      "The company said it would hire 200 engineers.",
      0, {"it would hire 200 engineers", "The company", "Lumen Corp", "said", I});
  RUN("the company is no public body",
      "The Federal Reserve said on Wednesday rates would stay on hold, and the Federal Reserve "
      "said inflation was easing.\n\n"
      "Shares of Lumen Corp fell 3 percent.\n\n"
      "The company said it would hire 200 engineers.",
      0, {"it would hire 200 engineers", "The company", "Lumen Corp", "said", I});
  RUN("a person's spokesman is not the person",
      "Nicolas Sarkozy spoke in Paris.\n\nSarkozy's spokesman had said the talks were over.", 0,
      {"the talks were over", "Sarkozy's spokesman", "Sarkozy's spokesman", "had said", I});
  RUN("a person's letter is the person's",
      "Jim Clark wrote to the board.\n\nClark's letter stated that lawmakers had gone too far.", 0,
      {"lawmakers had gone too far", "Clark", "Jim Clark", "stated", I});
  RUN("an owner's title and a name in apposition",
      "Apple's chief executive, Steve Jobs, said the phone was ready.", 1,
      {"the phone was ready", "Steve Jobs", "*", "said", I});
  RUN("the mayor is the person who carries the title",
      "Mayor Michael Bloomberg spoke on Monday.\n\nThe mayor said taxes would not rise.", 0,
      {"taxes would not rise", "The mayor", "Michael Bloomberg", "said", I});
  RUN("the paper is the newspaper named before",
      "The deal was first reported by the Financial Times on Monday.\n\n"
      "The paper said talks were at an early stage.",
      0, {"talks were at an early stage", "The paper", "Financial Times", "said", I});
  RUN("a name's own 's before the cue is part of the name",
      "The company's sales rose sharply in May, Barron's said. He's said the plan was dead.", 1,
      {"The company's sales rose sharply in May", "Barron's", "Barron's", "said", I},
      {"the plan was dead", "He", "*", "'s said", I});
  RUN("a participle after a possessive modifies a noun, it is no cue",
      "Oil's repeated failure at $60 triggered profit-taking. Centro's proposed acquisition "
      "would trigger rights. Blackstone's planned $4 billion offering is large.", 1);
  RUN("a cue after a possessive name is the name's verb",
      "Moody's noted that the company's debt rose sharply. Lowe's told analysts the "
      "housing market would stay weak this year.", 1,
      {"the company's debt rose sharply", "Moody's", "*", "noted", I},
      {"the housing market would stay weak this year", "Lowe's", "*", "told", I});
  RUN("the paper is the outlet that reported before",
      "Lehman's stock lags behind its peers, Barron's reported in its June 18 edition. "
      "Its balance sheet is not big enough for many big deals, the paper said.", 1,
      {"Lehman's stock lags behind its peers", "Barron's", "Barron's", "reported", I},
      {"Its balance sheet is not big enough for many big deals", "the paper", "Barron's", "said", I});
  RUN("the paper is no company that merely said",
      "Microsoft said its sales rose sharply in May. Its shares fell, the paper said.", 1,
      {"its sales rose sharply in May", "Microsoft", "*", "said", I},
      {"Its shares fell", "the paper", "the paper", "said", I});
  RUN("a city before a State-based description belongs to the speaker",
      "Microsoft Corp. reported a profit on Thursday. The Redmond, Washington-based company "
      "said it deferred $1.64 billion in revenue.", 1,
      {"it deferred $1.64 billion in revenue", "The Redmond, Washington-based company",
       "Microsoft Corp.", "said", I});
  RUN("a city and State-based before a name: the name's entity",
      "The New York-based Conference Board said consumer confidence fell in May.", 1,
      {"consumer confidence fell in May", "The New York-based Conference Board", "Conference Board",
       "said", I});
  RUN("'and' between titles joins no two speakers",
      "Altria Chairman and Chief Executive Louis Camilleri said on Wednesday the company would "
      "buy back shares. ISS and Glass Lewis said shareholders should vote against the deal.", 1,
      {"the company would buy back shares", "Louis Camilleri", "Louis Camilleri", "said", I},
      {"shareholders should vote against the deal", "ISS and Glass Lewis", "ISS and Glass Lewis", "said", I});
  RUN("a post of an organisation is not the organisation; its voice is",
      "Chief executive of GE Healthcare said sales would grow. A spokeswoman for Ontario "
      "Teachers' Pension Plan said the fund would sell.", 1,
      {"sales would grow", "Chief executive of GE Healthcare", "Chief executive of GE Healthcare", "said", I},
      {"the fund would sell", "A spokeswoman for Ontario Teachers' Pension Plan", "*", "said", I});
  RUN("he is a person who opened a sentence after the last speaker",
      "Joe Shoemaker, a spokesman for the company, said service was restored. White House "
      "spokesman Tony Fratto opened a morning briefing by apologizing for missed e-mails. "
      "\"I think we're 14 hours into no BlackBerrys,\" he said.", 1,
      {"service was restored", "Joe Shoemaker", "Joe Shoemaker", "said", I},
      {"I think we're 14 hours into no BlackBerrys", "he", "Tony Fratto", "said", D});
  RUN("he stays the last speaker when the later subject is a company",
      "\"We will open ten parks,\" Merlin Chief Executive Nick Varney said. Tussauds is also "
      "planning to open museums in Washington this year, he added.", 1,
      {"We will open ten parks", "Nick Varney", "Nick Varney", "said", D},
      {"Tussauds is also planning to open museums in Washington this year", "he", "Nick Varney",
       "added", I});
  RUN("a post in the lead is the person the next paragraph names",
      "DETROIT (Reuters) - General Motors Corp. is making progress in its turnaround, the "
      "automaker's chief executive said on Tuesday.\n\nSpeaking to investors CEO Rick Wagoner said "
      "GM had made major progress in its restructuring.", 1,
      {"General Motors Corp. is making progress in its turnaround", "the automaker's chief executive",
       "Rick Wagoner", "said", I},
      {"GM had made major progress in its restructuring", "Rick Wagoner", "Rick Wagoner", "said", I});
  RUN("a lead post of two words and a prosecutor named as attorney",
      "HARTFORD (Reuters) - Connecticut won a court order barring the sale of the company, the "
      "state's attorney general said.\n\nAttorney General Richard Blumenthal said the order was a "
      "victory for consumers.", 1,
      {"Connecticut won a court order barring the sale of the company", "the state's attorney general",
       "Richard Blumenthal", "said", I},
      {"the order was a victory for consumers", "Richard Blumenthal", "Richard Blumenthal", "said", I});
  RUN("an indefinite lead description needs the same title and organisation",
      "LONDON (Reuters) - An LSE spokesman said the exchange was continuing talks with Tokyo.\n\n"
      "Tokyo Stock Exchange spokesman Toru Onoda said the two exchanges could announce an alliance.", 1,
      {"the exchange was continuing talks with Tokyo", "An LSE spokesman", "An LSE spokesman", "said", I},
      {"the two exchanges could announce an alliance", "Toru Onoda", "Toru Onoda", "said", I});
  RUN("a lead description with 'one' stays unnamed",
      "LONDON (Reuters) - The move will hurt piracy, one music executive said.\n\n"
      "Apple Chief Executive Steve Jobs told reporters he was not concerned.", 1,
      {"The move will hurt piracy", "one music executive", "one music executive", "said", I},
      {"he was not concerned", "Steve Jobs", "Steve Jobs", "told", I});
  RUN("a shorter name links to the longer one named before",
      "Lorenzo Bini Smaghi, an ECB board member, said in an interview the euro was strong. "
      "Bini Smaghi also said Europe must learn to live with a strong euro. Sun Microsystems Inc. "
      "cut jobs. Sun said it would hire again in May.", 1,
      {"the euro was strong", "Lorenzo Bini Smaghi", "Lorenzo Bini Smaghi", "said", I},
      {"Europe must learn to live with a strong euro", "Bini Smaghi", "Lorenzo Bini Smaghi", "also said", I},
      {"it would hire again in May", "Sun", "Sun Microsystems Inc.", "said", I});
  RUN("an organisation's complaint or filing is the organisation's",
      "Barclays Bank Plc sued Bear Stearns on Wednesday. Bear Stearns had the fund buy securities "
      "it managed, Barclays' complaint says. \"BSAM did so despite the restrictions,\" the "
      "complaint said. Profit will rise next year, Blackstone's filing said.", 1,
      {"Bear Stearns had the fund buy securities it managed", "Barclays' complaint", "Barclays Bank Plc", "says", I},
      {"BSAM did so despite the restrictions", "the complaint", "Barclays Bank Plc", "said", D},
      {"Profit will rise next year", "Blackstone's filing", "Blackstone", "said", I});
  RUN("the companies are the two organisations named together before",
      "Dutch navigation device maker TomTom NV and Tele Atlas NV agreed on a deal. TomTom will "
      "launch its offer on Monday, the companies said.", 1,
      {"TomTom will launch its offer on Monday", "the companies", "TomTom NV and Tele Atlas NV", "said", I});
  RUN("the paper is the organisation called a newspaper before",
      "Dutch newspaper NRC Handelsblad reported that Scaroni bought the shares in March. "
      "The paper said his own investment vehicle had purchased the shares.", 1,
      {"Scaroni bought the shares in March", "Dutch newspaper NRC Handelsblad", "NRC Handelsblad", "reported", I},
      {"his own investment vehicle had purchased the shares", "The paper", "NRC Handelsblad", "said", I});
  RUN("the newspaper is an earlier speaker with that head and a name",
      "Wyeth shares may rise 20 percent, Barron's newspaper said. Its pipeline is strong, "
      "the newspaper said.", 1,
      {"Wyeth shares may rise 20 percent", "Barron's newspaper", "*", "said", I},
      {"Its pipeline is strong", "the newspaper", "Barron's newspaper", "said", I});
  RUN("a name's head is no description's antecedent",
      "First Data said it would cut 500 jobs this year. Sales slowed in May, the data showed.", 1,
      {"it would cut 500 jobs this year", "First Data", "*", "said", I},
      {"Sales slowed in May", "the data", "the data", "showed", I});
  RUN("the newsletter is the organisation written before it",
      "Economists polled by the Blue Chip Economic Indicators newsletter expect growth.\n\n"
      "The newsletter said consumer spending would slow this year.",
      0, {"consumer spending would slow this year", "The newsletter",
          "Blue Chip Economic Indicators", "said", I});
  RUN("it is never the wire of the dateline",
      "NEW YORK (Reuters) - Stocks rose on Monday. It said sales would rise in May.", 1,
      {"sales would rise in May", "It", "It", "said", I});
  RUN("an adjunct after an inverted speaker",
      "“We are well placed to grow,” said Lumen Chief Financial Officer Peter Kent in a "
      "statement.",
      1, {"We are well placed to grow", "Peter Kent", "Peter Kent", "said", D});
  RUN("an affiliation after an inverted speaker",
      "“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.", 1,
      {"It was the least bad outcome", "Morgan", "*", "said", D});
  RUN("a time between speaker and cue",
      "Energy Secretary Sam Bodman on Monday said the plan would work.", 1,
      {"the plan would work", "Sam Bodman", "Sam Bodman", "said", I});
  RUN("a name that owns its 's",
      "McDonald's said on Monday its sales rose 5 percent in May.", 1,
      {"its sales rose 5 percent in May", "McDonald's", "McDonald's", "said", I});
  RUN("two speakers stay as written",
      "ISS and Glass Lewis also advised shareholders to vote for the deal.", 1,
      {"to vote for the deal", "ISS and Glass Lewis", "ISS and Glass Lewis", "also advised", I});
  RUN("reported content ends before ', while X said'",
      "Only 52 percent agreed that the plan was sound, while 73 percent said the same of "
      "the rival plan.",
      1, {"the plan was sound", "Only 52 percent", "*", "agreed", I},
      {"the same of the rival plan", "73 percent", "*", "said", I});
  RUN("an attribution with an adjunct interrupts the clause",
      "These employees, Kent explained earlier in the hearing, were “well-paid,” earning "
      "$30,000 a year.",
      0, {"were “well-paid,” earning $30,000 a year", "Kent", "*", "explained", M});
  RUN("a ticker in brackets after the speaker",
      "BOSTON (Reuters) - Lumen Corp ( LUM.N ) said on Monday it would buy Brandt for $5 "
      "billion.",
      1, {"it would buy Brandt for $5 billion", "Lumen Corp", "*", "said", I});
  RUN("a long subject after an adjunct",
      "Lumen Corp said on Monday its operating profit in the first half likely slipped 12 "
      "percent.",
      1, {"its operating profit in the first half likely slipped 12 percent", "Lumen Corp", "*",
          "said", I});
  RUN("a lead that ends with its attribution",
      "BEIJING/WASHINGTON (Reuters) - A more flexible yuan would not hold back growth but "
      "would help Beijing rebalance its economy, a top U.S. Treasury official said on Thursday.",
      1, {"A more flexible yuan would not hold back growth but would help Beijing rebalance its "
          "economy", "a top U.S. Treasury official", "*", "said", I});
  RUN("a description resolves to the organisation whose name holds its head",
      "Brandtmoor Bank said on Monday profit rose. Analysts said the results were good.\n\n"
      "The bank said it would hire 200 people.",
      0, {"it would hire 200 people", "The bank", "Brandtmoor Bank", "said", I});
  RUN("', adding that' after an inverted attribution is its own row",
      "Lumen is working for Brandt as adviser, the sources said, adding that a formal "
      "bidding process could begin soon.",
      1, {"Lumen is working for Brandt as adviser", "the sources", "*", "said", I},
      {"a formal bidding process could begin soon", "the sources", "*", "adding", I});
  RUN("a finding of a poll is its noun phrase",
      "A Lumen analysis of super funds shows Democratic groups outpacing rivals.", 1,
      {"Democratic groups outpacing rivals", "A Lumen analysis of super funds", "*", "shows", I});
  RUN("an apposition between dashes",
      "Kent -- co-editor of Debating Brandt, a book -- said the candidate tended to make "
      "announcements.",
      1, {"the candidate tended to make announcements", "Kent", "*", "said", I});
  RUN("an adjunct after an inverted attribution, then more",
      "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest "
      "paid less.",
      0, {"The middle fifth paid 8.9 percent", "the agency", "*", "said", I});
  RUN("but insists after a contrast",
      "She says people may not like it, but insists Kent is mounting a “phony attack.”", 0,
      {"Kent is mounting a “phony attack.”", "She", "*", "insists", M});
  RUN("a quotation inside the that-clause is a fragment",
      "Tom Kent argues that as ties deepen, \"its influence will strengthen,\" too.", 1,
      {"as ties deepen, \"its influence will strengthen,\" too", "Tom Kent", "*", "argues", M});
  RUN("a speaker calling something a name",
      "A reporter called it \"absolute chaos.\"", 1,
      {"it \"absolute chaos.\"", "A reporter", "*", "called", M});
  RUN("a firm called Acme is no speaker",
      "He works for a firm called Acme Corp, which makes lamps.", 1);
  RUN("the name in an apposition after a description",
      "“We are done,” the company spokesman, Jake Kent, said.", 1,
      {"We are done", "Jake Kent", "*", "said", D});
  RUN("an inverted attribution after a participle clause",
      "That would create a \"summer of agony\" for Kent, forcing her to fend off two rivals, "
      "said Brad Brandt, a Democratic strategist.",
      1, {"That would create a \"summer of agony\" for Kent, forcing her to fend off two rivals",
          "Brad Brandt", "*", "said", M});
  RUN("interrupted after an opening phrase, then a long subject",
      "In 2008, Kent said, the Lumen Foundation's donation had made his father a sponsor.", 1,
      {"the Lumen Foundation's donation had made his father a sponsor", "Kent", "*", "said", I});
  RUN("the subject of ', calling' is the name before its verb",
      "Cruz belittled the issue of the $1 million in loans, calling it a \"paperwork error.\"", 1,
      {"it a \"paperwork error.\"", "Cruz", "*", "calling", M});
  RUN("the subject of ', saying' is a phrase for an organisation",
      "The Kent campaign on Monday also doubled down on its attacks, saying she is "
      "experienced \"on paper\" at best.",
      1, {"she is experienced \"on paper\" at best", "The Kent campaign", "*", "saying", M});
  RUN("the company resolves to the one that spoke",
      "LONDON (Reuters) - Lumen Corp said on Friday it would sell its unit to Brandt Group.\n\n"
      "The company said it had $45 million in cash.",
      1, {"it would sell its unit to Brandt Group", "Lumen Corp", "Lumen Corp", "said", I},
      {"it had $45 million in cash", "The company", "Lumen Corp", "said", I});
}

/* Quoted fragments inside reported speech. */
static void test_fragments(void) {
  RUN("fragment after an evaluative cue", "Cruz called Trump a “pathological liar” at a rally.",
      1, {"Trump a “pathological liar” at a rally", "Cruz", "*", "called", M});
  RUN("a clause stops at a semicolon",
      "Trump has labeled the deal a “disaster” for workers; he repeats it often.", 1,
      {"the deal a “disaster” for workers", "Trump", "*", "has labeled", M});
  RUN("fragment after a speech verb with no clause",
      "Cruz exhorted Republicans to “vote your conscience” at the convention.", 1,
      {"Republicans to “vote your conscience”", "Cruz", "*", "exhorted", M});
  RUN("a clause between the cue and the marks",
      "Susan Schwab said Russia had a \"great deal to do to get the deal concluded.\"", 1,
      {"Russia had a \"great deal to do to get the deal concluded.\"", "Susan Schwab", "*",
       "said", M});
  RUN("a phrase after a verb outside the cue table",
      "Ms. Ortiz openly admires the mayor as a “builder who never forgets the poor,” aides say.",
      0, {"the mayor as a “builder who never forgets the poor,”", "Ortiz", "*",
          "openly admires", M});
  RUN("a phrase after auxiliaries and an adverb",
      "Senator Hale has been steadily pounding the plan as a “tax on every family in the state”.",
      1, {"the plan as a “tax on every family in the state”", "Hale", "*",
          "has been steadily pounding", M});
  run("a short phrase after an outside verb",
      "The bank adopted a “poison pill” on Monday.", NULL, 0, 1);
  run("a title after an outside verb",
      "The senators introduced the “Fair Deal for Rural America Act” last week.", NULL, 0, 1);
  run("a noun in -s is no outside verb",
      "Rival bond underwriters “rarely see a deal of this size in one week” here.", NULL, 0, 1);
  run("an outside verb never makes a direct row",
      "Minutes released “The staff expected the pace of growth to pick up soon.” on Friday.",
      NULL, 0, 1);
}

/* Quotations that run over lines and paragraphs. */
static void test_runs_on(void) {
  RUN("a quotation over two lines",
      "“We will build the bridge, and we will pay for it.\n“We start in May,” said Lena Fox.",
      1, {"We will build the bridge, and we will pay for it.\n“We start in May", "Lena Fox",
          "*", "said", D});
  RUN("a quotation over a wide gap",
      "Kim declared “We will win.  ...  The count is not over yet.”", 1,
      {"We will win.  ...  The count is not over yet.", "Kim", "*", "declared", D});
  RUN("a quotation that lost its paragraph break ends where the next opens",
      "Editor Ashley Bird said: \"It is amazing to see so many albums in one list. \"These "
      "are the real opinions of rock fans.\" The list was published on Monday.",
      1, {"It is amazing to see so many albums in one list.", "Ashley Bird", "*", "said", D},
      {"These are the real opinions of rock fans.", "Ashley Bird", "*", "said", D});
  RUN("a paragraph in another mark style does not run on",
      "\"Ana was tired of the noise.\n\n“We are losing time,” she said on Monday.", 1,
      {"We are losing time", "she", "*", "said", D});
}

/* Verbs that take a plain noun phrase, nouns that look like cues, and
 * Reuters datelines and subheadings. */
static void test_precision(void) {
  run("posted a loss", "Marriott posted a quarterly loss of $5 million.", NULL, 0, 1);
  run("added hotels", "The company also added 50 hotels to its system.", NULL, 0, 1);
  run("reported income", "Lear reported net income of $41 million.", NULL, 0, 1);
  run("shares added", "Shares of Toyota added 1.4 percent on Friday.", NULL, 0, 1);
  RUN("reported that", "Lear reported that net income rose 7 percent.", 1,
      {"net income rose 7 percent", "Lear", "*", "reported", I});
  RUN("told a listener only",
      "“We overshot,” Niklas Zennstrom told the annual technology conference in Hungary.",
      1, {"We overshot", "Niklas Zennstrom", "*", "told", D});
  run("said as", "Hollande said Friday as he entered the talks.", NULL, 0, 1);
  run("posted profit that", "Ingersoll posted a higher quarterly profit that met forecasts.",
      NULL, 0, 1);
  run("posted earnings of", "The company posted earnings of 70 cents per share on Friday.",
      NULL, 0, 1);
  run("state as a noun", "A Georgia state court declined to issue an injunction.", NULL, 0, 1);
  run("rules as a noun", "A raft of new emissions rules could transform the economy.",
      NULL, 0, 1);
  RUN("states that", "A document on the website states that parents would receive leave.", 1,
      {"parents would receive leave", "A document on the website", "*", "states", I});
  RUN("will add to earnings", "The company said the deal will add to earnings in 2008.", 1,
      {"the deal will add to earnings in 2008", "The company", "*", "said", I});
  run("added an object to a noun phrase", "Goodyear added a fourth year to its plan.", NULL, 0,
      1);
  run("added a number of customers", "Comcast added a net 508,000 phone customers.", NULL, 0, 1);
  run("added to the gloom", "Warren Buffett added to the negative tone on Monday.", NULL, 0, 1);
  RUN("added a clause with a verb after 'of'",
      "Many analysts added his lack of retail experience was a drawback.", 1,
      {"his lack of retail experience was a drawback", "Many analysts", "*", "added", I});
  run("recalled a product", "Dell recalled batteries made by Sony Corp. in August.", NULL, 0, 1);
  RUN("expects a noun phrase to do something",
      "The company expects sales to rise 5 percent next year.", 1,
      {"sales to rise 5 percent next year", "The company", "*", "expects", I});
  run("is expected to", "Sales are expected to rise next year.", NULL, 0, 1);
  RUN("would add that", "Smith would add that the deal was fair.", 1,
      {"the deal was fair", "Smith", "*", "would add", I});
  run("unveiled an eagerly anticipated phone",
      "Apple on Tuesday unveiled its eagerly anticipated mobile phone.", NULL, 0, 1);
  RUN("reported profit nearly tripled", "Google reported its profit nearly tripled in May.", 1,
      {"its profit nearly tripled in May", "Google", "*", "reported", I});
  run("is adding staff", "Starbucks has been adding more managers in the United States.", NULL,
      0, 1);
  run("knew a noun phrase", "He knew the Genworth business and people well.", NULL, 0, 1);
  RUN("posted that sales", "The company posted that sales rose 5 percent in May.", 1,
      {"sales rose 5 percent in May", "The company", "*", "posted", I});
  run("there was talk", "There was talk they may be going bankrupt soon.", NULL, 0, 1);
  run("lone participle", "The commitments written into the deal were not met.", NULL, 0, 1);
  RUN("dateline", "NEW YORK (Reuters) - Marriott said net income fell to $131 million.",
      1, {"net income fell to $131 million", "Marriott", "*", "said", I});
  run("dateline is no subject",
      "LONDON (Reuters) - Shares fell after the bank left rates unchanged and signalled it was in no hurry.",
      NULL, 0, 1);
  RUN("shared subject after a dateline",
      "LONDON (Reuters) - Dean, a doctor, appeared on TV and said he was fine.", 1,
      {"he was fine", "Dean", "*", "said", I});
  RUN("a cue word inside a name",
      "“The packages are lights,” Turner Broadcasting System Inc., a unit of Time Warner, "
      "said.",
      1, {"The packages are lights", "Turner Broadcasting System Inc.", "*", "said", D});
  RUN("a name holding a cue word before said",
      "Accredited Home Lenders Holding Co. said it needed to raise cash.", 1,
      {"it needed to raise cash", "Accredited Home Lenders Holding Co.", "*", "said", I});
  RUN("quote, according to X",
      "“They deducted everything,” according to attorney Jere Beasley, of the firm Beasley "
      "Allen.",
      1, {"They deducted everything", "Jere Beasley", "*", "according to", D});
  RUN("a name and appositions before a colon name the speaker",
      "Prices fell. Dale Larson, 45, a dairy farmer from Wisconsin: “We are going to lose the "
      "farm.”",
      1, {"We are going to lose the farm.", "Dale Larson", "*", NULL, D});
  RUN("a capitalised commentary header names the speaker",
      "Comments from analysts: JOSH MARTIN, ANALYST, YANKEE GROUP: “It's definitely a "
      "compelling product.” SAM RAHMAN, PORTFOLIO MANAGER, BARING ASSET MANAGEMENT INC.: "
      "“Right now the stock is trading on product news.”",
      1, {"It's definitely a compelling product.", "JOSH MARTIN", "*", NULL, D},
      {"Right now the stock is trading on product news.", "SAM RAHMAN", "*", NULL, D});
  RUN("subheading inside a paragraph",
      "Shares fell. DEADLINE PRESSURE US Airways said the offer would expire soon.", 1,
      {"the offer would expire soon", "US Airways", "*", "said", I});
  RUN("subheading", "Shares fell.\n\nWEAK OUTLOOK Marriott said it expected lower earnings.",
      1, {"it expected lower earnings", "Marriott", "*", "said", I});
}

/* Clauses that an attribution interrupts or a contrast ends. */
static void test_clause_edges(void) {
  RUN("interrupted clause",
      "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.", 1,
      {"Lenox was a juggernaut", "Clarke", "*", "said", I},
      {"until it went bankrupt in 1999", "Clarke", "*", "said", I});
  RUN("interrupted after an opening phrase",
      "To understand the case, Chief Justice Roberts said, one should visit this museum.",
      1, {"one should visit this museum", "Roberts", "*", "said", I});
  RUN("interrupted after a prepositional subject",
      "In the wake of the Times report, Trump has been very busy.", 1);
  RUN("interrupted after adjunct only",
      "On Thursday, however, Trump spoke to a gathering of industry leaders.", 1);
  RUN("contrast ends the clause",
      "Howard Dean agreed that the rules should be modernized, but he said the talks "
      "must wait.",
      1, {"the rules should be modernized", "Howard Dean", "*", "agreed", I},
      {"the talks must wait", "he", "Howard Dean", "said", I});
  RUN("a relative clause with its own attribution ends the content",
      "Diplomats said Iran had expanded its uranium enrichment, which Iran says it needs for "
      "power plants.",
      0, {"Iran had expanded its uranium enrichment", "Diplomats", "*", "said", I});
  RUN("a relative clause's content ends before the main verb",
      "Smith, who said he was tired of the talks, left the meeting early.", 1,
      {"he was tired of the talks", "Smith", "*", "said", I});
  RUN("a relative clause's content keeps an inner relative clause",
      "Donaldson, who runs a recruiting firm, said his firm, which he did not identify, was "
      "getting interest.",
      0, {"his firm, which he did not identify, was getting interest", "Donaldson", "*", "said",
          I});
  RUN("with a subject and -ing: a second attribution",
      "Analysts said earnings would rise, with one analyst saying its forecast may not have "
      "measured up.",
      1, {"earnings would rise", "Analysts", "*", "said", I},
      {"its forecast may not have measured up", "one analyst", "*", "saying", I});
  RUN("the narrator's participle ends the content",
      "Circuit City said its sales were stronger than expected, prompting it to raise its "
      "outlook.",
      1, {"its sales were stronger than expected", "Circuit City", "*", "said", I});
  RUN("a participle used as a preposition stays in the content",
      "The company said it sold its broadcast group, including nine stations, for $575 million.",
      1, {"it sold its broadcast group, including nine stations, for $575 million", "The company",
          "*", "said", I});
  RUN("a long listener before that",
      "He also told one of his young protégés on a regular basis that terrorism was the answer.",
      1, {"terrorism was the answer", "He", "*", "also told", I});
  RUN("a relative that after a long listener",
      "Bausch advised consumers to discard any lens care solution that appears to be "
      "discolored.",
      1, {"consumers to discard any lens care solution that appears to be discolored", "Bausch",
          "*", "advised", I});
  RUN("a weekday inside a newspaper's name",
      "Shares fell. Those polled for the Sunday Times said he should return to the Cabinet.", 1,
      {"he should return to the Cabinet", "Those polled for the Sunday Times", "*", "said", I});
  RUN("a word for people before 'to' keeps its complement",
      "Advisers to bankrupt companies say the new investors made it harder to agree.", 1,
      {"the new investors made it harder to agree", "Advisers to bankrupt companies", "*", "say",
       I});
  RUN("the reporter's reading after a comma is no attribution",
      "Boeing said the first plane would be late, suggesting it could be as late as March.", 1,
      {"the first plane would be late", "Boeing", "*", "said", I});
  RUN("quoted X as saying: X speaks",
      "Sonntag quoted a Nestle manager as saying that nobody knew the price.", 1,
      {"nobody knew the price", "a Nestle manager", "*", "saying", I});
  RUN("citing people familiar is a source, not content",
      "The Wall Street Journal reported the talks were advanced, citing people familiar with "
      "the matter.",
      1, {"the talks were advanced", "The Wall Street Journal", "*", "reported", I});
  RUN("a capitalised subheading in quote marks is no quotation",
      "Delta rose. “DEATH SPIRAL?” The analyst said the results were poor.", 1,
      {"the results were poor", "The analyst", "*", "said", I});
  RUN("a share of a group before the verb",
      "The union says 96 percent of its members voted for the strike.", 1,
      {"96 percent of its members voted for the strike", "The union", "*", "says", I});
  RUN("both before the cue",
      "The two companies both said the deal would close in May.", 1,
      {"the deal would close in May", "The two companies", "*", "both said", I});
  run("quarters of improved earnings", "Marsh had reported several quarters of improved earnings.",
      NULL, 0, 1);
  RUN("a time word before the speaker's name",
      "Shares fell. Last month Wachovia said it would cut 500 jobs in the region.", 1,
      {"it would cut 500 jobs in the region", "Wachovia", "*", "said", I});
  RUN("although ends the clause",
      "Trump claimed that paying no taxes was smart, although he refused to say more.",
      1, {"paying no taxes was smart", "Trump", "*", "claimed", I});
}

/* Asides and marks between a cue and what it reports. */
static void test_asides(void) {
  RUN("aside before that",
      "Several experts cautioned, as did the campaign itself, that the plan might "
      "change after the vote.",
      1, {"the plan might change after the vote", "Several experts", "*", "cautioned", I});
  RUN("quotation opening a that-clause",
      "Nina Brandt said via email that, “Of course we will defend the plan” against "
      "what the union sees as an attack.",
      1, {"“Of course we will defend the plan” against what the union sees as an attack",
          "Nina Brandt", "*", "said", M});
  RUN("adverb between speaker and cue",
      "“We live in hard times,” my father often said.", 1,
      {"We live in hard times", "my father", "*", "often said", D});
  RUN("opening phrase before the subject of saying",
      "In August, several environmental groups granted Kent an extension, saying his "
      "\"money was less than expected.\"",
      1, {"his \"money was less than expected.\"", "several environmental groups", "*", "saying", M});
  RUN("time words between subject and cue",
      "Wells Fargo just this month announced it would end these incentives.", 1,
      {"it would end these incentives", "Wells Fargo", "*", "announced", I});
  RUN("contrast after a closing mark",
      "Kent said the footage did not give \"clear evidence of a gun,\" but he said "
      "the rest \"supports what we heard\" about it.",
      1, {"the footage did not give \"clear evidence of a gun,\"", "Kent", "*", "said", M},
      {"the rest \"supports what we heard\" about it", "he", "*", "said", M});
  RUN("cue closing the sentence after a tail",
      "Nina Brandt spoke first.\n\n“Nothing will change until executives face jail time” for "
      "fraud, she said.",
      1, {"Nothing will change until executives face jail time", "she", "Nina Brandt", "said", D});
  RUN("floating quote keeps the pronoun as written",
      "Peter Kent spoke.\n\n“We are done,” he said. “The rest is up to them.”", 1,
      {"We are done", "he", "Peter Kent", "said", D},
      {"The rest is up to them.", "he", "Peter Kent", "said", D});
  RUN("a quoted question is a whole utterance",
      "Protesters chanted \"What curfew?\" and kept going until 2 a.m.", 1,
      {"What curfew?", "Protesters", "*", "chanted", D});
  RUN("a name before its verb is the subject of ', chanting'",
      "Kent walked onto the stage, chanting “We will win!”", 1,
      {"We will win!", "Kent", "*", "chanting", D});
  RUN("a question, then its speaker in a new sentence",
      "“Why is this not proof that the bank is too big?” Kent demanded.", 1,
      {"Why is this not proof that the bank is too big?", "Kent", "*", "demanded", D});
  RUN("paragraph opening with a closing mark",
      "Peter Kent spoke last.\n\n” … what I learned is that it matters,” he said.", 1,
      {"… what I learned is that it matters", "he", "Peter Kent", "said", D});
}

/* "As X put it". */
static void test_put_it(void) {
  RUN("as X put it, Q",
      "As Peter Kent, a tax lawyer, recently put it, “Did the firm lower its taxes legally?”",
      1, {"Did the firm lower its taxes legally?", "Peter Kent", "*", "recently put it", D});
  RUN("a quoted fragment inside a clause that a cue after it reports: one mixed row",
      "Teachers who connect online with the Badass Teachers Association are “very, very "
      "pro-Bernie,” Kilfoyle said. Trump's misinformation may be \"strategic,\" said Jeffery "
      "Hemsley, a professor.", 1,
      {"Teachers who connect online with the Badass Teachers Association are “very, very "
       "pro-Bernie,”", "Kilfoyle", "*", "said", M},
      {"Trump's misinformation may be \"strategic,\"", "Jeffery Hemsley", "*", "said", M});
  RUN("a quotation after a subheading or an unsplit stop stands alone",
      "VINTAGE STOCKS IN VOGUE \"Something beautiful happened in the last six months,\" "
      "Acampora added.", 1,
      {"Something beautiful happened in the last six months", "Acampora", "*", "added", D});
  RUN("a passive or an infinitive before a closing fragment is no cue of its own",
      "Camilleri said the repurchase programs would be announced at an \"appropriate time.\" "
      "Exxon maintained that it continues to work with Kazakhstan \"to reach an amicable "
      "solution.\"", 1,
      {"the repurchase programs would be announced at an \"appropriate time.\"", "Camilleri", "*", "said", M},
      {"it continues to work with Kazakhstan \"to reach an amicable solution.\"", "Exxon", "*",
       "maintained", M});
  RUN("a subheading before reported content is no part of it",
      "PRESERVING STRUCTURE Blackstone will differ from many other private companies going public, "
      "the filing says. COOPERATING WITH SEC KB Home has cooperated with the regulator, the "
      "company said.", 1,
      {"Blackstone will differ from many other private companies going public", "the filing", "*", "says", I},
      {"KB Home has cooperated with the regulator", "the company", "*", "said", I});
  RUN("“Q,” X explains: an -s cue after a name that the phrase would take",
      "“That’s why I urged Ted Cruz to run,” Bozell explains.\n\n“We will fight on,” the "
      "company notes.", 1,
      {"That’s why I urged Ted Cruz to run", "Bozell", "*", "explains", D},
      {"We will fight on", "the company", "*", "notes", D});
  RUN("“Q,” the email read",
      "“Friend, let me be blunt,” the email read. “No new taxes,” his sign reads.", 1,
      {"Friend, let me be blunt", "the email", "*", "read", D},
      {"No new taxes", "his sign", "*", "reads", D});
  RUN("a first name spelt as a modal",
      "“It's a pretty expensive business model,” said Will Doyle, a professor.", 1,
      {"It's a pretty expensive business model", "Will Doyle", "*", "said", D});
  RUN("the ad claims, “Q”: an -s cue after a determiner and noun before a quotation",
      "The ad claims, “Jeb is the conservative you can trust.” The report states that the "
      "company lost money. A research note that analysts wrote was cautious.", 1,
      {"Jeb is the conservative you can trust.", "The ad", "*", "claims", D},
      {"the company lost money", "The report", "*", "states", I});
  RUN("X issued a statement saying: X speaks",
      "The company released a statement saying it would appeal the ruling.", 1,
      {"it would appeal the ruling", "The company", "*", "saying", I});
  RUN("content ends at a closing mark after a comma and ', adding', which has its own row",
      "Cruz said that there is “only one strong conservative in a position to win this race,” "
      "adding that it’s why Donald Trump “relentlessly attacks us.”", 1,
      {"there is “only one strong conservative in a position to win this race,”", "Cruz", "*", "said", M},
      {"it’s why Donald Trump “relentlessly attacks us.”", "Cruz", "*", "adding", M});
  RUN("content ends before the narrator's name for it (', a charge that')",
      "Cruz complained that the contest had been \"rigged\" against him, a charge that Colorado "
      "Republican leaders strongly denied.", 1,
      {"the contest had been \"rigged\" against him", "Cruz", "*", "complained", M});
  RUN("'adding to' and 'speaking of' report nothing",
      "The tankan survey underscored that Japan's corporate sector remains healthy, adding to "
      "Friday's data showing firm spending. The data added to expectations that the Fed would "
      "not cut rates.", 1,
      {"Japan's corporate sector remains healthy", "The tankan survey", "*", "underscored", I});
  RUN("an adverb and an aside before the subject of ', saying'",
      "Additionally, prior to Horton's quarterly report, Goldman Sachs upgraded its shares to "
      "a \"buy\" from a \"neutral,\" saying the sharp decline in the housing market may be slowing.", 1,
      {"the sharp decline in the housing market may be slowing", "Goldman Sachs", "*", "saying", I});
  RUN("an apostrophe typed as an opening mark after a name's s",
      "On CBS‘ Face the Nation the day before, she stated, “We will win the election,” adding, "
      "“We are ready for the fight.”", 1,
      {"We will win the election", "she", "*", "stated", D},
      {"We are ready for the fight.", "she", "*", "adding", D});
  RUN("a question closing inside nested marks before the cue",
      "“We asked them, ‘Let’s see what we can do?’” Renteria told reporters.", 1,
      {"We asked them, ‘Let’s see what we can do?’", "Renteria", "*", "told", D});
  RUN("a one-word show after an owner or 'on' is a title",
      "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said the party would unite.", 1,
      {"the party would unite", "Newt Gingrich", "*", "said", I});
  RUN("a quotation right after an abbreviation's stop is inside its sentence",
      "Clinton said the U.S. “clearly” needed a more robust air campaign against the group.", 1,
      {"the U.S. “clearly” needed a more robust air campaign against the group", "Clinton", "*", "said", M});
  RUN("a subject and a past verb not known as a cue before a colon",
      "And Mr. Christie gloated: ''I told you he wouldn't be ready.'' The senator delivered a "
      "snappy retort: “Nobody believes that at all.”", 1,
      {"I told you he wouldn't be ready.", "Christie", "*", "gloated", D},
      {"Nobody believes that at all.", "The senator", "*", "delivered a snappy retort", D});
  RUN("after “…!” a new sentence with a colon opens its own quotation",
      "Trump tweeted: “Sad!” The company reported these results: “Revenue rose.”", 1,
      {"Sad!", "Trump", "*", "tweeted", D},
      {"Revenue rose.", "The company", "*", "reported", D});
  RUN("the cue of a quotation before it reports no clause after an adjunct",
      "\"The yuan has gained 10 percent against the dollar in two years,\" Lorenzo Bini Smaghi "
      "said in an interview with daily Il Messaggero published on Monday.", 1,
      {"The yuan has gained 10 percent against the dollar in two years", "Lorenzo Bini Smaghi", "*", "said", D});
  RUN("a quotation ending a clause whose subject follows the cue: one mixed row",
      "American Technology Research analyst Shaw Wu said the earnings per share \"were not "
      "outstanding.\" Smith said in a statement \"we will win.\"", 1,
      {"the earnings per share \"were not outstanding.\"", "Shaw Wu", "*", "said", M},
      {"we will win.", "Smith", "*", "said", D});
  RUN("a mixed row keeps the rest of a quotation of several sentences",
      "Chavez said the constitution \"reserves oil activities but not gas. In there, it should "
      "refer to hydrocarbon activities.\" Then he left.", 1,
      {"the constitution \"reserves oil activities but not gas. In there, it should refer to "
       "hydrocarbon activities.\"", "Chavez", "*", "said", M});
  RUN("an adjective after 'and' is no second cue; a name's last word may be a function word",
      "Press reports have said the fund is selling bonds to raise cash for redemptions and "
      "expected margin calls. \"It is fine,\" said Macau-based political commentator Larry So.", 1,
      {"the fund is selling bonds to raise cash for redemptions and expected margin calls",
       "Press reports", "*", "have said", I},
      {"It is fine", "Larry So", "*", "said", D});
  RUN("a surname links to the person named before",
      "Express Scripts Chief Executive George Paz spoke on Monday. But Paz said the company "
      "based its calculations on public data.", 1,
      {"the company based its calculations on public data", "Paz", "George Paz", "said", I});
  RUN("an -s cue after a person noun needs a determiner before its phrase",
      "The announcement added to investor worries that bad loans are spreading. A document on "
      "the campaign's website states that couples would receive six weeks of leave.", 1,
      {"couples would receive six weeks of leave", "A document on the campaign's website", "*", "states", I});
  RUN("according to a source familiar with X: content before it when it has a verb",
      "A detailed sales prospectus for Chrysler bidders should be completed soon, according to "
      "two sources close to the process, the first step toward a potential sale.", 1,
      {"A detailed sales prospectus for Chrysler bidders should be completed soon",
       "two sources close to the process", "*", "according to", I});
  RUN("a time after a speaker phrase is no part of it; a lone adverb is no subject",
      "Regulators in December also cited the involvement of Virgin Group. Specifically, labeling "
      "should point out that the drug can cause such problems, they wrote.", 1,
      {"the involvement of Virgin Group", "Regulators", "*", "also cited", I},
      {"Specifically, labeling should point out that the drug can cause such problems", "they", "*", "wrote", I});
  RUN("a city before a State-based description lends no surname",
      "The Cherry Hill, New Jersey-based company said it would grow. Vernon Hill founded it. "
      "\"We see nothing on the horizon,\" Hill said.", 1,
      {"it would grow", "The Cherry Hill, New Jersey-based company", "*", "said", I},
      {"We see nothing on the horizon", "Hill", "Vernon Hill", "said", D});
  RUN("several quoted fragments of one clause: one mixed row",
      "Investors can expect \"a good house-cleaning\" when banks report, and the first quarter "
      "\"might still have some revelations,\" said Margaret Patel, a fund manager.", 1,
      {"Investors can expect \"a good house-cleaning\" when banks report, and the first quarter "
       "\"might still have some revelations,\"", "Margaret Patel", "*", "said", M});
  RUN("the cue of a quotation before it takes a listener, not a clause",
      "\"It is very clearly an existential threat,\" Gallois told the newspaper in a preview of "
      "an article to appear on Sunday.", 1,
      {"It is very clearly an existential threat", "Gallois", "*", "told", D});
  RUN("a name with a capitalised head is no description of the main company",
      "Citigroup Inc. said it would cut jobs. The Wolfsberg Group said they were doing so to "
      "promote transparency.", 1,
      {"it would cut jobs", "Citigroup Inc.", "*", "said", I},
      {"they were doing so to promote transparency", "The Wolfsberg Group", "The Wolfsberg Group", "said", I});
  RUN("told DET noun CLAUSE: the listener is no content",
      "Louis Gallois told the newspaper the dollar was a problem.", 1,
      {"the dollar was a problem", "Louis Gallois", "*", "told", I});
  RUN("“Q,” X quoted Y as saying: Y",
      "\"Airbus has so far not taken advantage of any loans,\" the newspaper quoted the "
      "anonymous Airbus manager as saying.", 1,
      {"Airbus has so far not taken advantage of any loans", "the anonymous Airbus manager", "*",
       "quoted", D});
  RUN("a relative clause after an inverted cue and ', contrary to' are the narrator's",
      "Sales fell 1 percent in July, the Commerce Department said, which also revised June's "
      "figures. It advised the Federal Reserve to keep key policy rates where they are in 2007, "
      "contrary to the belief among some that the bank may start cutting soon.", 1,
      {"Sales fell 1 percent in July", "the Commerce Department", "*", "said", I},
      {"the Federal Reserve to keep key policy rates where they are in 2007", "It", "*", "advised", I});
  RUN("'said DESCRIPTION, NAME': the name",
      "\"We are pleased,\" said Nasdaq's chief executive, Robert Greifeld, who will run the group. "
      "Sales rose 5 percent in the quarter, said Ericsson's chief executive, Carl-Henric Svanberg.", 1,
      {"We are pleased", "Robert Greifeld", "*", "said", D},
      {"Sales rose 5 percent in the quarter", "Carl-Henric Svanberg", "*", "said", I});
  RUN("subjects around a time, a relative pronoun or a noun before them",
      "Buffett two months ago had said insurance results should deteriorate. Wolfowitz lashed back "
      "at critics who he said were conducting a smear campaign. The company sold the unit, a move "
      "analysts said would now allow it to focus on radio.", 1,
      {"insurance results should deteriorate", "Buffett", "*", "had said", I},
      {"were conducting a smear campaign", "he", "*", "said", I},
      {"would now allow it to focus on radio", "analysts", "*", "said", I});
  RUN("after 'X said,' a conjunction and the speaker's next act are no content",
      "Kodak bought two companies, it said, but did not disclose financial terms. Nordea accepted "
      "the offer, the companies said, and together with Investor this is 16.6 percent of shares.", 1,
      {"Kodak bought two companies", "it", "*", "said", I},
      {"Nordea accepted the offer", "the companies", "*", "said", I},
      {"together with Investor this is 16.6 percent of shares", "the companies", "*", "said", I});
  RUN("'This is because, according to the report, CLAUSE': the clause after",
      "This is because, according to the report, AWS is looking to outsource the running of "
      "its training programmes to third parties.", 1,
      {"AWS is looking to outsource the running of its training programmes to third parties",
       "the report", "*", "according to", I});
  RUN("'said in May CLAUSE' and 'have long said'",
      "Bear Stearns said in May it was cutting jobs at its trading unit. Analysts have long said "
      "the industry was too big. Theresa May said the plan was sound.", 1,
      {"it was cutting jobs at its trading unit", "Bear Stearns", "*", "said", I},
      {"the industry was too big", "Analysts", "*", "have long said", I},
      {"the plan was sound", "Theresa May", "*", "said", I});
  RUN("an aside after the cue's adjunct, then 'that'",
      "BP and Royal Dutch Shell said on Sunday, the last day for submission, that they had bid.", 1,
      {"they had bid", "BP and Royal Dutch Shell", "*", "said", I});
  RUN("an irregular past verb makes the clause after the cue one (not \"an internal audit\")",
      "Dell Inc. said on Thursday an internal audit found evidence of misconduct.", 1,
      {"an internal audit found evidence of misconduct", "Dell Inc.", "*", "said", I});
  RUN("no clause without a lower-case word before ', X cue'",
      "Ken Okada, 32, one of 13 people criminally charged earlier this year, pleaded guilty.", 1);
  RUN("a participle and its object are no speaker",
      "Mattel Inc. posted a lower quarterly profit on Monday, missing Wall Street estimates, due "
      "to charges from its recalls.", 1);
  RUN("a presiding judge is a speaker",
      "The case will go on, presiding U.S. Bankruptcy Court Judge Allan Gropper says.", 1,
      {"The case will go on", "presiding U.S. Bankruptcy Court Judge Allan Gropper", "*", "says", I});
  RUN("a capitalised adverb opening the sentence is no speaker",
      "Originally announced last month, “Amazon Unbox on TiVo” lets users watch video.", 1);
  RUN("a description of nine words is one speaker, resolved to the company",
      "Kellogg Co. posted a profit. The maker of Frosted Flakes cereal and Keebler cookies said "
      "first-quarter net income was $321 million.", 1,
      {"first-quarter net income was $321 million",
       "The maker of Frosted Flakes cereal and Keebler cookies", "Kellogg Co.", "said", I});
  RUN("the speaker is the phrase a participle hangs on, not the participle's object",
      "A congressional committee investigating the problems in Alaska said that managers "
      "underspent on maintenance. "
      "An industry executive speaking on the condition of anonymity said Google may buy maps. "
      "The hedge fund which managed money for Harvard University tells investors that it will "
      "wind down.", 0,
      {"managers underspent on maintenance", "A congressional committee", "*", "said", I},
      {"Google may buy maps", "An industry executive", "*", "said", I},
      {"it will wind down", "The hedge fund", "*", "tells", I});
  RUN("an amount is no speaker; a relative clause of several commas is skipped",
      "But the company, whose shares fell $1.13, or 1.2 percent, to $91.43 on the New York Stock "
      "Exchange, said it did not expect a material impact. Cost per addition, which includes "
      "marketing costs, was $128, said the Washington-based XM.", 0,
      {"it did not expect a material impact", "the company", "*", "said", I});
  RUN("CLAUSE, said X, which …",
      "None of the violations have a material effect on its results, said the company, which "
      "runs the Disney Store chain.", 1,
      {"None of the violations have a material effect on its results", "the company", "*", "said", I});
  RUN("a judge in the lead is the one named with that title after",
      "ALEXANDRIA, Va (Reuters) - A federal judge said on Friday he will allow Vonage to use the "
      "technology.\n\nU.S. District Judge Claude Hilton also required Vonage to post a bond. "
      "Spokesman Jim Smith said the company would appeal.", 0,
      {"he will allow Vonage to use the technology", "A federal judge", "Claude Hilton", "said", I});
  RUN("a name opening a sentence inside a quotation is no new speaker for 'he'",
      "Sarkozy told the newspaper he was president. “I know this post is very coveted. Dominique "
      "Strauss-Kahn has these qualities,” he said. “He and I have the same vision,” he added.", 0,
      {"He and I have the same vision", "he", "Sarkozy", "added", D});
  RUN("', but' and a modal or 'not' goes on with the content; the speaker's next act does not",
      "Johnson & Johnson said the treatment would not be used with Remicade, but would be "
      "available as an alternative. Sun Life said earnings would rise, but declined to give "
      "details. Darbee said PG&E favors nuclear power, but would not say whether it would build.", 0,
      {"the treatment would not be used with Remicade, but would be available as an alternative",
       "Johnson & Johnson", "*", "said", I},
      {"earnings would rise", "Sun Life", "*", "said", I},
      {"PG&E favors nuclear power", "Darbee", "*", "said", I});
  RUN("CLAUSE, -s cue NAME",
      "These sales present buying opportunities, suggests Schwab analyst Jeff Ryan. The market "
      "will recover, notes John Smith, an economist at UBS.", 1,
      {"These sales present buying opportunities", "Jeff Ryan", "*", "suggests", I},
      {"The market will recover", "John Smith", "*", "notes", I});
  RUN("no content after the cue of a quotation",
      "“We were hearing last week that they were running against us,” he said on Fox News "
      "Channel's “Your World with Neil Cavuto.”", 1,
      {"We were hearing last week that they were running against us", "he", "*", "said", D});
  RUN("one row when two passes read the same British-style quotation",
      "Mr Blair spoke. It represented the achievement of an “historic British objective”, he "
      "added.", 1,
      {"It represented the achievement of an “historic British objective”", "he", "*", "added", M});
  RUN("a rank makes another post; a name in apposition after a bare post is the speaker",
      "Gordon Brown has issued a rallying cry.\n\nMr Brown accused shadow chancellor Oliver "
      "Letwin of plotting cuts. Turning to the economy, the chancellor promised to continue "
      "economic stability. Responding to the speech, shadow chief secretary to the Treasury, "
      "George Osborne, said: “This was more talk from Gordon Brown.”", 0,
      {"to continue economic stability", "the chancellor", "Gordon Brown", "promised", I},
      {"This was more talk from Gordon Brown.", "George Osborne", "George Osborne", "said", D});
  RUN("a post near the top is the person who spoke just before",
      "Britain's rebate is not up for renegotiation, Jack Straw said.\n\nThe foreign secretary "
      "told MPs the rebate was entirely justified.", 1,
      {"Britain's rebate is not up for renegotiation", "Jack Straw", "Jack Straw", "said", I},
      {"the rebate was entirely justified", "The foreign secretary", "Jack Straw", "told", I});
  RUN("a post is not the person its own words name",
      "Gordon Brown spoke on Sunday.\n\n“Mr Brown will have a key role in the campaign,” the "
      "premier said.", 0,
      {"Mr Brown will have a key role in the campaign", "the premier", "the premier", "said", D});
  RUN("a longer listener with a possessive is no content",
      "Bernanke told the Joint Economic Committee the central bank has not moved. He told his "
      "party's spring conference the Tories must not be allowed to win.", 1,
      {"the central bank has not moved", "Bernanke", "*", "told", I},
      {"the Tories must not be allowed to win", "He", "*", "told", I});
  RUN("'that' as a determiner opens no clause",
      "Chief Executive Neville Isdell acknowledged that weakness on Tuesday, he delivered an "
      "optimistic message. Analysts said that excluding items, earnings rose.", 1,
      {"excluding items, earnings rose", "Analysts", "*", "said", I});
  RUN("a company's post in the lead is the person who speaks next",
      "British bank Barclays Plc still wants to buy ABN AMRO, Barclays' president said.\n\n"
      "“It certainly hasn't impacted our interest,” Bob Diamond said.", 1,
      {"British bank Barclays Plc still wants to buy ABN AMRO", "Barclays' president", "Bob Diamond",
       "said", I},
      {"It certainly hasn't impacted our interest", "Bob Diamond", "Bob Diamond", "said", D});
  RUN("a country's post in the lead is not the next to speak",
      "Growth will slow, Germany's finance minister said.\n\n“We will act,” Henry Paulson said.", 1,
      {"Growth will slow", "Germany's finance minister", "Germany's finance minister", "said", I},
      {"We will act", "Henry Paulson", "Henry Paulson", "said", D});
  RUN("CLAUSE, X said - an afterthought (a spaced hyphen is a dash)",
      "The deficit will be 4.3%, Mr Chidambaram said - falling short of the requirement. Sales "
      "will rise, Mr Smith said -- a view shared by others.", 1,
      {"The deficit will be 4.3%", "Chidambaram", "*", "said", I},
      {"Sales will rise", "Smith", "*", "said", I});
  RUN("an object who said CLAUSE",
      "Trump refused to pay an architect who said he was stiffed after he designed a clubhouse.",
      1, {"he was stiffed after he designed a clubhouse", "an architect", "an architect", "said", I});
  run("a subject who told CLAUSE: the clause would run into the main verb",
      "A well-connected source who told the paper the nominee had not paid taxes was named.",
      NULL, 0, 1);
  run("who after a prepositional phrase may hang on the phrase before",
      "The Rev. Al Sharpton took calls from black listeners to his radio program who said they "
      "had misgivings.", NULL, 0, 1);
  RUN("the WHO is no relative pronoun",
      "A $2bn \"funding gap\" still stood in the way of the target, the WHO said.", 1,
      {"A $2bn \"funding gap\" still stood in the way of the target", "the WHO", "*", "said", M});
  RUN("a bare who-clause gives no cue to the quotation after it",
      "\"It is hard,\" said an analyst who declined to be named. \"We tend to feel cheap.\"", 1,
      {"It is hard", "an analyst", "*", "said", D}, {"We tend to feel cheap.", "an analyst", "*", "said", D});
  RUN("advisers to a person are not that person",
      "But in recent days, advisers to Mr. Obama say, the president has grown exasperated with "
      "the campaign. Lawyers for Conrad Black said the case was weak. Former U.S. ambassador to "
      "Canada Paul Celluci said trade was strong.", 1,
      {"the president has grown exasperated with the campaign", "advisers to Mr. Obama",
       "advisers to Mr. Obama", "say", I},
      {"the case was weak", "Lawyers for Conrad Black", "Lawyers for Conrad Black", "said", I},
      {"trade was strong", "*", "Paul Celluci", "said", I});
  RUN("an adjunct and a place before that",
      "Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid. He said on "
      "Monday, that was a mistake.", 1,
      {"it means Trump never paid", "Clinton", "*", "says", I});
  RUN("an infinitive is no adjunct, with a comma inside or a listener before it",
      "He also vowed to form a joint federal task force, which would include the military, to "
      "crack down on hackers. Proponents have urged Congress to leave the program intact, "
      "although they say they support some changes.", 1,
      {"to form a joint federal task force, which would include the military, to crack down on "
       "hackers", "He", "*", "also vowed", I},
      {"to leave the program intact", "Proponents", "*", "have urged", I},
      {"they support some changes", "they", "*", "say", I});
  RUN("said to a listener, and a purpose before the clause, stay adjuncts",
      "He said to media representatives: \"If you think they are racist, you are wrong.\" But he "
      "said for Russia to make progress the government must renew its commitment.", 1,
      {"If you think they are racist, you are wrong.", "He", "*", "said", D},
      {"the government must renew its commitment", "he", "*", "said", I});
  RUN("the sentence's own attribution closes the content of a cue inside it",
      "Some new battery chemistries promise to cram more power into the same space, said Mr "
      "Trainor.", 1,
      {"Some new battery chemistries promise to cram more power into the same space", "Trainor",
       "*", "said", I},
      {"to cram more power into the same space", "Some new battery chemistries", "*", "promise", I});
  RUN("a name and its apposition before a bare -s cue",
      "Jorge Castaneda, a former Mexican foreign minister who is a harsh critic of Mr. Pena "
      "Nieto, suggests that the argument is weak.", 1,
      {"the argument is weak", "Jorge Castaneda", "*", "suggests", I});
  RUN("those close to him say",
      "Those close to him say that, in addition to Scott, he would have to consider Beyer.", 1,
      {"in addition to Scott, he would have to consider Beyer", "Those close to him", "*", "say", I});
  RUN("a thought verb and a clause whose subject is a plain noun phrase",
      "Mr. Clarke hoped electric utilities would be able to count his credits. His supporters "
      "believe bigotry is acceptable.", 1,
      {"electric utilities would be able to count his credits", "Clarke", "*", "hoped", I},
      {"bigotry is acceptable", "His supporters", "*", "believe", I});
  RUN("a verb chain before the cue is part of the verb",
      "The nominee continues to insist, most recently in a Labor Day interview with ABC News, "
      "that he wants to release his taxes. He appeared to suggest that veterans are weak.", 1,
      {"he wants to release his taxes", "The nominee", "*", "continues to insist", I},
      {"veterans are weak", "He", "*", "appeared to suggest", I});
  RUN("a relative which-clause of a named body",
      "The bill was levied by the European Union, which contended that Ireland undertaxed the "
      "company.", 1,
      {"Ireland undertaxed the company", "the European Union", "*", "contended", I});
  RUN("a relative clause ends before the main verb",
      "Fremont, which last Friday said it would exit the subprime business, said in January it "
      "severed ties with brokers. Continental, which has said it would prefer to remain "
      "independent, has held talks. Jimmy Donaldson, who said his firm, which he did not identify, was getting "
      "interest, spoke.", 1,
      {"it would exit the subprime business", "Fremont", "*", "said", I},
      {"it severed ties with brokers", "Fremont", "*", "said", I},
      {"it would prefer to remain independent", "Continental", "*", "has said", I},
      {"his firm, which he did not identify, was getting interest", "Jimmy Donaldson", "*", "said",
       I});
  RUN("a speech verb and its topic after about or against",
      "Chief Justice John Roberts spoke about the legacy of racism. Trump warned against "
      "potential hackers from China. Trump boasted about his wealth. He said about 500 people "
      "attended. Nor did the central bank chairman talk about declines in U.S. stocks.", 1,
      {"the legacy of racism", "John Roberts", "*", "spoke about", I},
      {"potential hackers from China", "Trump", "*", "warned against", I},
      {"his wealth", "Trump", "*", "boasted about", I}, /* a topic of two words */
      {"about 500 people attended", "He", "*", "said", I});
  RUN("many of whom say",
      "It upset relatives of the victims, many of whom say the claims are unfounded.", 1,
      {"the claims are unfounded", "many of whom", "*", "say", I});
  RUN("another view after while or as closes the content",
      "Major U.S. CEOs complained about regulatory burdens at a conference, while an investor "
      "advocate warned on Tuesday that leaders should not lose sight of investors. Lim said the "
      "facilities would be used only for commercial purposes, as some traders had speculated. "
      "Toyota said sales rose 5 percent, as it continued to steal market share from Detroit.", 1,
      {"regulatory burdens at a conference", "Major U.S. CEOs", "*", "complained about", I},
      {"leaders should not lose sight of investors", "an investor advocate", "*", "warned", I},
      {"the facilities would be used only for commercial purposes", "Lim", "*", "said", I},
      {"sales rose 5 percent, as it continued to steal market share from Detroit", "Toyota", "*",
       "said", I});
  RUN("', and X said' closes a noun phrase's content",
      "Nardelli described him as a brilliant consensus builder, and analysts said he was a "
      "pleasure to work with.", 1,
      {"him as a brilliant consensus builder", "Nardelli", "*", "described", I},
      {"he was a pleasure to work with", "analysts", "*", "said", I});
  RUN("things threaten, people threaten",
      "The halt threatened to disrupt production of the Super Duty. The union threatened to "
      "strike next week.", 1, {"to strike next week", "The union", "*", "threatened", I});
  RUN("spoke at length about",
      "Yellen spoke at length about the puzzle of the labor market.", 1,
      {"the puzzle of the labor market", "Yellen", "*", "spoke at length about", I});
  RUN("the writer's own 'I think' names no one",
      "Gordon Brown raised the minimum wage. I think jobs should create their own wage value.", 1,
      {"jobs should create their own wage value", "I", "I", "think", I});
  RUN("she takes back the spokeswoman who spoke last, not a name before",
      "Susan Wojcicki of Google spoke first. A spokeswoman for Oxford University said the books "
      "would include novels. \"Important works will be made available to everyone,\" she said. "
      "\"We will act,\" Jake Jang, a Hyundai spokesman, said. \"We also aim higher,\" he "
      "added.", 1,
      {"the books would include novels", "A spokeswoman for Oxford University", "*", "said", I},
      {"Important works will be made available to everyone", "she",
       "A spokeswoman for Oxford University", "said", D},
      {"We will act", "Jake Jang", "Jake Jang", "said", D},
      {"We also aim higher", "he", "Jake Jang", "added", D});
  RUN("a post with its organisation's name takes back the person so titled",
      "Federal Reserve Chairman Ben Bernanke spoke on Monday about rates. Two weeks ago, the Fed "
      "chairman told Congress inflation looked set to ease. The United boss said the game was "
      "fair. \"We will win,\" the Arsenal boss said.", 1,
      {"inflation looked set to ease", "the Fed chairman", "Ben Bernanke", "told", I},
      {"the game was fair", "The United boss", "The United boss", "said", I},
      {"We will win", "the Arsenal boss", "the Arsenal boss", "said", D});
  RUN("a long relative clause with no comma between the name and the cue",
      "Dr. Connie Mariano, who as a Navy captain was the White House physician in the "
      "administration of former President Bill Clinton and later retired from the service as a "
      "rear admiral, said that in 1998 Clinton allowed her staff to think it was a pulled muscle.", 1,
      {"in 1998 Clinton allowed her staff to think it was a pulled muscle", "Connie Mariano", "Connie Mariano", "said", I});
  RUN("what a finding shows runs past a comma; it is no listener",
      "Polls show a close contest in the state, where 18 electoral votes are up for grabs. "
      "Polls showed Clinton ahead by 3.7 points, using an average of five polls. In a report "
      "published this week for the Video Standards Council, Dr Guy Cumberbatch said the "
      "research was weak.", 1,
      {"a close contest in the state, where 18 electoral votes are up for grabs", "Polls", "*",
       "show", I},
      {"Clinton ahead by 3.7 points, using an average of five polls", "Polls", "*", "showed", I},
      {"the research was weak", "Guy Cumberbatch", "*", "said", I});
  RUN("a study by someone finds what its object says",
      "A study by the group found 31 incidents of fraud. A 2014 study by Loyola Law School "
      "professor Justin Levitt found 31 incidents of voter impersonation.", 1,
      {"31 incidents of fraud", "A study by the group", "*", "found", I},
      {"31 incidents of voter impersonation", "Justin Levitt", "*", "found", I});
  RUN("a party leader is a title; an industry leader is a company",
      "Michael Howard, the Tory leader, visited Leeds on Monday. Mr Blair spoke of schools. The "
      "Tory leader said the economy was weak. Michael Souers said the stock was cheap. The "
      "industry leader said it would cut jobs.", 1,
      {"the economy was weak", "The Tory leader", "Michael Howard", "said", I},
      {"the stock was cheap", "Michael Souers", "Michael Souers", "said", I},
      {"it would cut jobs", "The industry leader", "The industry leader", "said", I});
  RUN("a cue and colon ending a paragraph: the next paragraph is what was said",
      "Limbaugh added:\n\nAnd from a supposed front-runner, this reeks of fear. She cannot win "
      "this way.\n\nThe show ended at noon. The governor said:\n\n\"It is typical of her.\"\n\n"
      "As part of his reforms he has announced:\n\n- Duty cuts on capital goods\n- A new tax", 1,
      {"And from a supposed front-runner, this reeks of fear. She cannot win this way.", "Limbaugh",
       "*", "added", I},
      {"It is typical of her.", "The governor", "*", "said", D});
  RUN("an adverb that also opens adjuncts stands between a subject and a bare cue",
      "The report also points out that the penalties are light. Sales will rise 7 percent, down "
      "from a 10 percent increase previously forecast. Prices will drop, compared with the NAR's "
      "earlier forecast for a 1.2 percent drop.", 1,
      {"the penalties are light", "The report", "*", "also points out", I});
  RUN("'it' after a finding is the finding, or the organisation that made it",
      "Tony Blair spoke. The report said the penalties were light. It also found that fraud was "
      "rare. A Toshiba study said most users kept 1,000 files. It also found that few users "
      "deleted them.", 1,
      {"the penalties were light", "The report", "*", "said", I},
      {"fraud was rare", "It", "The report", "also found", I},
      {"most users kept 1,000 files", "A Toshiba study", "*", "said", I},
      {"few users deleted them", "It", "Toshiba", "also found", I});
  RUN("the topic after 'out' and a time, or after the listener of a question",
      "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher. Holt asks him about "
      "his tax returns. He asked Clinton about her email scandal. Asked about the merger, he said "
      "it was good.", 1,
      {"the death of Terence Crutcher", "Hillary Clinton", "*", "spoke out Tuesday about", I},
      {"his tax returns", "Holt", "*", "asks him about", I},
      {"her email scandal", "He", "*", "asked Clinton about", I},
      {"the merger", NULL, NULL, "Asked about", I},
      {"it was good", "he", "*", "said", I});
  RUN("an adverb in -ly between a subject and a bare cue",
      "Trump continually brags about his prowess in debates. Analysts widely expect the Fed to cut "
      "rates. The company had previously only forecast that profit would rise. He couldn't "
      "immediately say how many workers the firm employs.", 1,
      {"his prowess in debates", "Trump", "*", "continually brags about", I},
      {"the Fed to cut rates", "Analysts", "*", "widely expect", I},
      {"profit would rise", "The company", "*", "had previously only forecast", I});
  RUN("rail against",
      "He went on to speak about the evils of binge drinking and railed against irresponsible "
      "drinks promotions. The rail network was closed.", 1,
      {"the evils of binge drinking", "He", "*", "went on to speak about", I},
      {"irresponsible drinks promotions", "He", "*", "railed against", I});
  RUN("a stance voiced about a topic; a topic of two words",
      "Voting rights advocates have expressed deep concern about the policy. Analysts voiced "
      "doubts over the merger plan. He raised the price of oil. They complained about the "
      "noise. They complained about it.", 1,
      {"the policy", "Voting rights advocates", "*", "have expressed deep concern about", I},
      {"the merger plan", "Analysts", "*", "voiced doubts over", I},
      {"the noise", "They", "*", "complained about", I});
  RUN("a topic after 'of' (spoke of, warned of) and after an adverb",
      "Mr. Obama spoke emotionally of his many flights on Marine One. The central bank warned of "
      "rising inflation risks. She spoke passionately about the need for reform. Speaking of the "
      "departure, he smiled.", 1,
      {"his many flights on Marine One", "Obama", "*", "spoke emotionally of", I},
      {"rising inflation risks", "The central bank", "*", "warned of", I},
      {"the need for reform", "She", "*", "spoke passionately about", I});
  RUN("a particle's object may be two words; a time before the particle",
      "The union called for a strike. Attorney General Roy Cooper called Friday for releasing the "
      "police videos. The police were alerted and called to the premises.", 1,
      {"a strike", "The union", "*", "called for", I},
      {"releasing the police videos", "Roy Cooper", "*", "called Friday for", I});
  RUN("commented on a topic; a comment on something is a noun",
      "Trump has also commented on Crutcher's death. Shares fell after a downbeat brokerage "
      "comment on Chinese Internet company Baidu.", 1,
      {"Crutcher's death", "Trump", "*", "has also commented on", I});
  RUN("a sentence opening 'After saying X,': the main clause's subject said it",
      "After saying her right foot was \"so swollen I could barely get my shoe on,\" she was "
      "taken to hospital. While insisting that he was innocent, Smith admitted the payments. "
      "Since going on sale in Japan, the console has sold well.", 1,
      {"her right foot was \"so swollen I could barely get my shoe on,\"", "she", "*", "saying",
       M},
      {"he was innocent", "Smith", "*", "insisting", I});
  RUN("', and' a bare plural with a speech cue ends the content before it",
      "Obama emphasized that Burma's reforms were not complete, and human rights groups warned "
      "that the administration was giving up leverage. The poll showed that public and private "
      "employers added 60,000 jobs in October.", 1,
      {"Burma's reforms were not complete", "Obama", "*", "emphasized", I},
      {"the administration was giving up leverage", "human rights groups", "*", "warned", I},
      {"public and private employers added 60,000 jobs in October", "The poll", "*", "showed", I});
  RUN("'it' is the organisation its sentence is about, unless a speaker stands between",
      "Boeing said it would build more planes. Shares of Apple Inc. fell for a second day after it "
      "said it will offer $100 store credit to early buyers. Although Renault has cut costs, "
      "Moody's said the company suffers from low capacity use, and it warned that further cuts "
      "might be needed.", 1,
      {"it would build more planes", "Boeing", "*", "said", I},
      {"it will offer $100 store credit to early buyers", "it", "Apple Inc.", "said", I},
      {"the company suffers from low capacity use", "Moody's", "*", "said", I},
      {"further cuts might be needed", "it", "Moody's", "warned", I});
  RUN("a thought verb before two nouns joined by 'and' and their verb",
      "Many of his supporters believe bigotry and xenophobia are acceptable. Deutsche Bank "
      "declined to comment and has said nothing so far about any losses.", 1,
      {"bigotry and xenophobia are acceptable", "Many of his supporters", "*", "believe", I},
      {"nothing so far about any losses", "Deutsche Bank", "*", "has said", I});
  RUN("a name in apposition to an opening description, before a bare cue",
      "The minister of the economy, Mr. Guajardo Villarreal, argues there is little point in a "
      "response. Her policy aide, Jake Sullivan, says the plan is a failure.", 1,
      {"there is little point in a response", "Guajardo Villarreal", "*", "argues", I},
      {"the plan is a failure", "Jake Sullivan", "*", "says", I});
  RUN("made clear, made it clear",
      "Ham made it clear he had major misgivings about the armed forces. The minister made clear "
      "that the plan was dead. The company made a profit.", 1,
      {"he had major misgivings about the armed forces", "Ham", "*", "made it clear", I},
      {"the plan was dead", "The minister", "*", "made clear", I});
  RUN("a nested finding's subject starts after a bare cue with a plural subject",
      "Federal prosecutors say phone records and further investigation showed that Williams "
      "was the source. The papers suggest ministers believe the plan could work.", 0,
      {"phone records and further investigation showed that Williams was the source",
       "Federal prosecutors", "*", "say", I},
      {"the plan could work", "ministers", "*", "believe", I});
  RUN("not a noun after a noun or a name: the jobs report, economics think tank (negative)",
      "Prices were unchanged, a Labor Department report released Friday showed. The jobs report "
      "showed that hiring slowed sharply in May. The Paris-based economics think tank said growth would return.", 0,
      {"Prices were unchanged", "a Labor Department report released Friday", "*", "showed", I},
      {"hiring slowed sharply in May", "The jobs report", "*", "showed", I},
      {"growth would return", "The Paris-based economics think tank", "*", "said", I});
  RUN("a member of parliament: the speaker is the name after MP",
      "Ken Livingstone should not apologise for his comment, Tory MP Boris Johnson has insisted. "
      "Mr Johnson said the row was a distraction.", 1,
      {"Ken Livingstone should not apologise for his comment", "Boris Johnson", "Boris Johnson",
       "has insisted", I},
      {"the row was a distraction", "*", "Boris Johnson", "said", I});
  RUN("a Korean name: the family name alone resolves to the full name",
      "Analyst Kim Jae-woo follows the bank. Kim said the sale would raise the price.", 1,
      {"the sale would raise the price", "Kim", "Kim Jae-woo", "said", I});
  RUN("it: not the maker of a numbered model",
      "Continental Airlines plans to increase capacity as it adds two new Boeing 777 planes to "
      "its fleet. The Houston-based carrier is one of the few airlines to expand.\n\n"
      "It expects its load factor to increase 1 to 2 points in the first quarter.", 0,
      {"its load factor to increase 1 to 2 points in the first quarter", "It",
       "Continental Airlines", "expects", I});
  RUN("a nested subject does not open with the cue's date",
      "Pfizer Inc. said on Tuesday pivotal-stage trials found that adding the drug doubled the "
      "number of patients who responded.", 0,
      {"adding the drug doubled the number of patients who responded", "pivotal-stage trials", "*",
       "found", I});
  RUN("one pronoun, two cues: the participle takes the pronoun's person",
      "Tony Blair has had the chance to tackle the problems facing Britain and has failed, "
      "Michael Howard has said. The catastrophe was overshadowing the hopes for the future, Mr "
      "Howard said.\n\n“Who can be trusted to get a grip on the disorder on our streets?” he "
      "asked.\n\nMr Blair has failed to tackle these problems, he claimed, saying he has the "
      "“wrong solution” to them.", 0,
      {"Mr Blair has failed to tackle these problems", "he", "Michael Howard", "claimed", I},
      {"he has the “wrong solution” to them", "he", "Michael Howard", "saying", M});
  RUN("a subject before a relative clause, when the noun before the cue cannot agree with it",
      "A senior barrister who has resigned in protest over the government's anti-terror laws says "
      "the current system is giving Britain a bad name.", 1,
      {"the current system is giving Britain a bad name", "A senior barrister", "*", "says", I});
  RUN("he: the person who opens the sentence before, not one named later in it",
      "A US musicologist has recreated a lost musical score by German composer Johann Sebastian "
      "Bach.\n\nThe work was missing for 80 years. Joshua Rifkin - a composer and leading "
      "interpreter of Bach - has recreated the missing instrumental parts.\n\nHe said he "
      "originally wanted to let the lost cantata lie in rest.", 1,
      {"he originally wanted to let the lost cantata lie in rest", "He", "Joshua Rifkin", "said", I});
  RUN("she: not the possessor who opens the sentence (negative)",
      "Richey Edwards disappeared in 1995.\n\nEdwards' sister Rachel makes an emotional TV "
      "appeal five years after the disappearance. “I'd just like to say to him if he is able to "
      "listen that we do love him very much,” she said.", 1,
      {"I'd just like to say to him if he is able to listen that we do love him very much", "she",
       "Rachel", "said", D});
  RUN("reported content ends before the narrator's comment after a dash",
      "Wu said the campaign was a special battle. She called the campaign a “stern political "
      "task” -- a reminder that officials' careers may be on the line. The company said it had "
      "put two holdings -- a builder and a leasing firm -- up for sale.", 0,
      {"the campaign a “stern political task”", "She", "*", "called", M},
      {"it had put two holdings -- a builder and a leasing firm -- up for sale", "The company",
       "*", "said", I});
  RUN("'above Wall Street estimates' is no cue; 'Wall Street expects' is",
      "Tiffany reported a 15 percent rise in quarterly profit on Thursday, edging past Wall Street "
      "estimates, as higher-priced items pushed up sales. Wall Street expects the company to raise "
      "its forecast.", 1,
      {"the company to raise its forecast", "Wall Street", "*", "expects", I});
  RUN("a quoted fragment the cue reaches extends its reported row, no second row",
      "John Stumpf said Wells Fargo won more business from existing customers, offsetting "
      "“industry headwinds of a weaker housing market and slower deposit growth.”", 1,
      {"Wells Fargo won more business from existing customers, offsetting “industry headwinds of "
       "a weaker housing market and slower deposit growth.”", "John Stumpf", "*", "said", M});
  RUN("'in an interview published on Sunday': a participle, no cue",
      "Charles Plosser told Bloomberg in an interview published on Sunday that the decline in "
      "employment was not encouraging. Adam Bass in a statement called the transaction a "
      "positive step for customers.", 1,
      {"the decline in employment was not encouraging", "Charles Plosser", "*", "told", I},
      {"the transaction a positive step for customers", "Adam Bass", "*", "called", I});
  RUN("'the 0.6% forecast' is a noun; 'Some 47% believe' a verb",
      "According to state statistics body INSEE, growth for the three months to December was "
      "0.7%, ahead of the 0.6% forecast. Some 47% believe she should have no title.", 1,
      {"growth for the three months to December was 0.7%, ahead of the 0.6% forecast",
       "state statistics body INSEE", "INSEE", "According to", I},
      {"she should have no title", "Some 47%", "*", "believe", I});
  RUN("', but that' goes on with the same cue; ', said an official' closes it",
      "Charles Plosser told Bloomberg that the decline in employment was “not encouraging,” but "
      "that in itself, it may not merit lowering interest rates. The agency said it would not act "
      "against Apple, said an SEC official in San Francisco.", 0,
      {"the decline in employment was “not encouraging,” but that in itself, it may not merit "
       "lowering interest rates", "Charles Plosser", "*", "told", M},
      {"it would not act against Apple", "The agency", "*", "said", I});
  RUN("a capitalised subheading before a quotation is no part of it",
      "Sales came largely in March. PENT-UP DEMAND “There was definitely pent-up demand from "
      "February,” when sales were depressed by cold weather, said Ken Perkins, an analyst.", 0,
      {"“There was definitely pent-up demand from February,” when sales were depressed by cold "
       "weather", "Ken Perkins", "*", "said", M});
  RUN("a plural for people before a phrase is the subject of 'say'; 'the women say'",
      "People familiar with the matter say the bank will sell the unit. Experts in the field say "
      "demand is weak. Many of the women say they were paid less. The women say officers still "
      "patrol the area. Sources close to the deal say talks have stalled.", 1,
      {"the bank will sell the unit", "People familiar with the matter", "*", "say", I},
      {"demand is weak", "Experts in the field", "*", "say", I},
      {"they were paid less", "Many of the women", "*", "say", I},
      {"officers still patrol the area", "The women", "*", "say", I},
      {"talks have stalled", "Sources close to the deal", "*", "say", I});
  RUN("negative: no subject across 'to' or a noun compound; 'people reasons' is no verb",
      "Investors hope to get some hint about the outlook. The report on jobless claims from the "
      "Labor Department suggested the spillover is limited. Businesses want to give people "
      "reasons to use it.", 1,
      {"the spillover is limited", "The report on jobless claims from the Labor Department", "*",
       "suggested", I});
  RUN("a plain plural before 'who' is the speaker; a later ', saying' keeps the sentence's subject",
      "There are some economists who argue that corporate taxes should be low. Leaders of the "
      "industry are challenging critics who argue that biofuels raise food prices, saying other "
      "factors are more important.", 0,
      {"corporate taxes should be low", "some economists", "*", "argue", I},
      {"biofuels raise food prices", "critics", "*", "argue", I},
      {"other factors are more important", "Leaders of the industry", "*", "saying", I});
  RUN("negative: 'Having said that,' is a link, no cue; no speaker across 'criticism from'",
      "Having said that, the plan is fine. The plan drew criticism from economists who say it "
      "hurts consumers.", 1);
  RUN("an adjunct and a comma open what was said ('says despite all that, Obama wasn't')",
      "One hopeful, Carly Fiorina, says despite being a Stanford alumna, she plans to root for "
      "Iowa. She says despite all that, Obama was not influenced by those factors. Thompson said "
      "until Coke makes its report public, rumors will keep swirling.", 1,
      {"despite being a Stanford alumna, she plans to root for Iowa", "Carly Fiorina", "*", "says",
       I},
      {"despite all that, Obama was not influenced by those factors", "She", "*", "says", I},
      {"until Coke makes its report public, rumors will keep swirling", "Thompson", "*", "said", I});
  RUN("negative: no adjunct before a closing cue or after a thought verb",
      "Ben Bernanke will testify before Congress on February 14, The Wall Street Journal reported "
      "on Saturday. Starts fell more than analysts had expected while permits, a signal of future "
      "plans, increased.", 1,
      {"Ben Bernanke will testify before Congress on February 14", "The Wall Street Journal", "*",
       "reported", I});
  RUN("a cue in parenthesis between a subject and its verb: one row over both",
      "Nickel prices, he said, could remain supported by demand. One of those issues, Mendelsohn "
      "said, is an unwinding of the yen carry trade. In fact, he said, it was fine.", 1,
      {"Nickel prices, he said, could remain supported by demand", "he", "*", "said", I},
      {"One of those issues, Mendelsohn said, is an unwinding of the yen carry trade",
       "Mendelsohn", "*", "said", I},
      {"it was fine", "he", "*", "said", I});
  RUN("a name before a verb of no class is the subject of ', saying' and '– saying'",
      "Rubio hit back again, saying Christie was too focused on his campaign. Marco Rubio flipped "
      "his choice on the spot – saying he was rooting for Peyton Manning.", 1,
      {"Christie was too focused on his campaign", "Rubio", "*", "saying", I},
      {"he was rooting for Peyton Manning", "Marco Rubio", "*", "saying", I});
  RUN("negative: a common word or a noun phrase opening the sentence is no subject of 'saying'",
      "Major hotel chains have set their sights on Asia, expecting growth. Kansas mother of "
      "three Becca Dopheide was also skeptical, saying some borrowers deserved the help. BSkyB "
      "withdrew its channels, which offer shows such as \"Lost\" and \"24\".", 1);
  RUN("CLAUSE, said X, who has a \"buy\" rating: no speaker before a clause in commas, no "
      "fragment in the source's own clause; no source 'back in February'",
      "Despite the loss, Sony is still attractive, said analyst Yasuo Nakane, who kept his "
      "\"buy\" rating. Whole Foods is moving ahead with the deal, and the purchase closed, "
      "announced back in February.", 1,
      {"Despite the loss, Sony is still attractive", "Yasuo Nakane", "*", "said", I});
  RUN("a floating quotation after 'who declined to be named' keeps the cue 'said'",
      "“The drinks process is a concern,” said another analyst, who declined to be named. “But I "
      "think the margins are new.”", 1,
      {"The drinks process is a concern", "another analyst", "*", "said", D},
      {"But I think the margins are new.", "another analyst", "*", "said", D});
  RUN("'that' before a verb is the reported clause's subject, not its conjunction",
      "Few experts believe that is likely. He said that was a mistake. She said that the deal was "
      "done. Bernanke said in a letter that was released on Friday that rates would rise.", 1,
      {"that is likely", "Few experts", "*", "believe", I},
      {"that was a mistake", "He", "*", "said", I},
      {"the deal was done", "She", "*", "said", I},
      {"rates would rise", "Bernanke", "*", "said", I});
  RUN("said ORG post, NAME: the name in apposition is the speaker",
      "“So far the evidence is good,” said EEF chief economist, Steve Radley.", 1,
      {"So far the evidence is good", "Steve Radley", "*", "said", D});
  RUN("a pronoun opening sentences in a row leads back to the name that opened the first",
      "Merle Kilgore, co-writer of the country hit Ring of Fire, has died aged 70.\n\nHe started "
      "out as a singer, looking after country star Hank Williams Jr. He said the song was about "
      "unrequited love.", 1,
      {"the song was about unrequited love", "He", "Merle Kilgore", "said", I});
  RUN("'wrote' with a work as its object is no attribution; with a clause or a topic it is",
      "Steve Brown wrote the award-winning musical Spend Spend Spend. Lucy wrote she believed he "
      "was her father. The ambassador wrote to Mrs. Clinton about a visit to Ukraine.", 1,
      {"she believed he was her father", "Lucy", "*", "wrote", I},
      {"he was her father", "she", "*", "believed", I},
      {"to Mrs. Clinton about a visit to Ukraine", "The ambassador", "*", "wrote", I});
  RUN("a quotation inside a mixed row with its speaker and cue is no second row",
      "The Deutsche Boerse was prepared to pay for the LSE \"exceeds the potential benefits of "
      "this acquisition\", said TCI.", 1,
      {"The Deutsche Boerse was prepared to pay for the LSE \"exceeds the potential benefits of "
       "this acquisition\"", "TCI", "*", "said", M});
  RUN("a complement and an adverbial in commas before an inverted cue are content, not a subject",
      "We are reaching the point where broadband is a central part of daily life, at least for "
      "some, argues technology analyst Bill Thompson.", 1,
      {"We are reaching the point where broadband is a central part of daily life, at least for "
       "some", "Bill Thompson", "*", "argues", I});
  RUN("'The department … and it said': 'it' is the organisation the description names",
      "The Labor Department said 167,000 jobs were created. Allan Hubbard said in an interview on "
      "CNBC television that the economy was strong. The department revised up November hiring "
      "and it said there were 86,000 new jobs in October.", 1,
      {"167,000 jobs were created", "The Labor Department", "*", "said", I},
      {"the economy was strong", "Allan Hubbard", "*", "said", I},
      {"there were 86,000 new jobs in October", "it", "Labor Department", "said", I});
  RUN("'the Tory leader' finds its titled name paragraphs back; not through 'a friend of the Tory "
      "leader'",
      "Tory leader Michael Howard has gone on the offensive.\n\nTV presenter Anne Robinson said he "
      "was kind.\n\nMs Robinson, a friend of the Tory leader, also revealed that he was courteous."
      "\n\nThe film was shown.\n\nIt ran for an hour.\n\nThe Tory leader said he has been "
      "consistent on the war.", 0,
      {"he has been consistent on the war", "The Tory leader", "Michael Howard", "said", I});
  RUN("an adverb and its comma after the cue are no part of the content",
      "Sarkozy's spokesman said however, the actual price was around 10 billion euros.", 1,
      {"the actual price was around 10 billion euros", "Sarkozy's spokesman", "*", "said", I});
  RUN("'asked which …' reports a question",
      "Earhardt then asked which states specifically he could win.", 1,
      {"which states specifically he could win", "Earhardt", "*", "then asked", I});
  RUN("a source opening with a number such as 9/11",
      "“They are 100 percent wrong,” said 9/11 widow Terry Strada.", 1,
      {"They are 100 percent wrong", "Terry Strada", "*", "said", D});
  RUN("'tweeted the following:' gives the quotation after it, no row 'the following'",
      "Trump tweeted the following:\n\n“We are proud of our record.”", 1,
      {"We are proud of our record.", "Trump", "*", "tweeted", D});
  RUN("a bulleted line 'X: “Q”' gives X",
      "Once again Martyn denied the England striker.\n\n- Manchester United coach Sir Alex "
      "Ferguson: “It was a fantastic performance by us.”", 0,
      {"It was a fantastic performance by us.", "Alex Ferguson", "*", NULL, D});
  RUN("no reported row for 'said the man shouted:' or an object's relative clause",
      "He said the man shouted: “You have offended my religion.” He urged a limit on the number "
      "of quangos that could be set up by any department. Government sources told Reuters that "
      "was still the case. Kearney said everybody should be worried: “It is bad.” Carol Tome said "
      "that should the deal fail, a buyback could be cut.", 1,
      {"You have offended my religion.", "the man", "*", "shouted", D},
      {"that was still the case", "Government sources", "*", "told", I},
      {"everybody should be worried: “It is bad.”", "Kearney", "*", "said", M},
      {"should the deal fail, a buyback could be cut", "Carol Tome", "*", "said", I});
  RUN("an adverb of manner or time closing the cue belongs to the verb",
      "“It was fun,” she said sarcastically. Pfizer said then that the patent was valid. Kleinert "
      "alleged roughly $4 million in improper chargebacks. Acme said later that month it was "
      "allowing the trade. “It failed,” Ghosn said again, “and we will try once more.”", 0,
      {"It was fun", "she", "*", "said sarcastically", D},
      {"the patent was valid", "Pfizer", "*", "said then", I},
      {"roughly $4 million in improper chargebacks", "Kleinert", "*", "alleged", I},
      {"It failed", "Ghosn", "*", "said again", D});
  RUN("a nickname in quotation marks stays inside the speaker's name",
      "“It is the Super Bowl for our customers,” said J.C. Penney Chief Executive Myron “Mike” "
      "Ullman. Citigroup founder Sanford \"Sandy\" Weill said the bank was strong.", 1,
      {"It is the Super Bowl for our customers", "Myron “Mike” Ullman", "Myron “Mike” Ullman",
       "said", D},
      {"the bank was strong", "Sanford \"Sandy\" Weill", "Sanford \"Sandy\" Weill", "said", I});
  RUN("a quotation after 'said, emphasizing …' takes the quotation's own verb",
      "“You can’t talk about change,” DuVernay said, emphasizing why our past is crucial.\n\n"
      "“What we need to change is our thinking about this moment.”", 0,
      {"why our past is crucial", "DuVernay", "*", "emphasizing", I},
      {"What we need to change is our thinking about this moment.", "DuVernay", "*", "said", D});
  RUN("'long' after an auxiliary belongs to the verb",
      "Cruz has long said that the plan is good. It took long, said Tom, to fix the roof. Alcan, "
      "which has long said it was in talks with third parties, changed gears this week.", 0,
      {"the plan is good", "Cruz", "*", "has long said", I},
      {"it was in talks with third parties", "Alcan", "*", "has long said", I});
  RUN("a pronoun's contracted auxiliary belongs to the verb, a name's 's does not",
      "She's said that the plan would fail. Barron's said the stock was cheap.", 1,
      {"the plan would fail", "She", "*", "'s said", I},
      {"the stock was cheap", "Barron's", "*", "said", I});
  RUN("'the ruling' is a source before or after 'said', not after 'criticized'",
      "“A state cannot avoid the conclusion,” said the ruling. “The plan is good,” the ruling "
      "said. Verizon Wireless, owned by Vodafone Group Plc. ( VOD.L ), criticized the ruling.", 1,
      {"A state cannot avoid the conclusion", "the ruling", "the ruling", "said", D},
      {"The plan is good", "the ruling", "the ruling", "said", D});
  RUN("three apostrophes close a single quotation, then the double one",
      "''I would use the word 'old-school,''' said Gregory W. Slayton, a former envoy.", 1,
      {"I would use the word 'old-school,'", "Gregory W. Slayton", "*", "said", D});
  RUN("'the 36-year-old' is a speaker who stands for the person named before",
      "Marcel Desailly is happy.\n\n“Mentally they are much stronger,” said the 36-year-old. "
      "“We made some mistakes,” the 36-year-old said. The 114-page ruling was long.", 1,
      {"Mentally they are much stronger", "the 36-year-old", "Marcel Desailly", "said", D},
      {"We made some mistakes", "the 36-year-old", "Marcel Desailly", "said", D});
  RUN("'Asked about X,' gives the cue 'Asked about' and the topic X",
      "Asked about Trump's declaration that it had been a bomb, Clinton said the facts were "
      "unknown.", 1,
      {"Trump's declaration that it had been a bomb", NULL, NULL, "Asked about", I},
      {"the facts were unknown", "Clinton", "*", "said", I});
  RUN("an adverb between a cue and 'that' belongs to the verb, 'almost' before one too",
      "Companies and individuals complain bitterly that taxes are too high. World leaders and "
      "diplomats almost universally expressed outrage over North Korea's latest gambit. An offering "
      "would reveal the pay of its executives, something it and most of its peers have held tightly.",
      1,
      {"taxes are too high", "Companies and individuals", "*", "complain bitterly", I},
      {"North Korea's latest gambit", "World leaders and diplomats", "*",
       "almost universally expressed outrage over", I});
  RUN("an auxiliary written onto a pronoun belongs to the verb, not the speaker",
      "If, as I've suggested, he and other developers benefit, the rules are wrong. They’ve said "
      "that the plan is good.", 1,
      {"he and other developers benefit, the rules are wrong", "I", "*", "'ve suggested", I},
      {"the plan is good", "They", "*", "’ve said", I});
  RUN("'after' joins a form of 'go' as the cue, not the content",
      "In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country”.", 1,
      {"Trump as a “human leech who will bleed the country”", "Reid", "*", "has gone after", M});
  RUN("a plural head with two places ('in Virginia and around the country') before 'say'",
      "Political observers in Virginia and around the country say Scott deserves the right of "
      "first refusal. The company said around 300 jobs would go.", 1,
      {"Scott deserves the right of first refusal",
       "Political observers in Virginia and around the country", "*", "say", I},
      {"around 300 jobs would go", "The company", "*", "said", I});
  RUN("'…, going on to say that' and '…, and has called for' share the sentence's subject",
      "“It is insane,” Sanders said, going on to say that the country has spent years fighting "
      "racism. Mr. Trump has attacked loopholes that benefit others, and has called for "
      "eliminating the tax treatment of carried interest. Diesel averaged $2.43 in October, "
      "Union Pacific said, and is expected to top $2.70 in December. The newspaper said the firms "
      "will join up and already have held talks with regulators.", 0,
      {"the country has spent years fighting racism", "Sanders", "*", "going on to say", I},
      {"loopholes that benefit others", "Mr. Trump", "*", "has attacked", I},
      {"eliminating the tax treatment of carried interest", "Mr. Trump", "*", "has called for", I},
      {"the firms will join up and already have held talks with regulators", "The newspaper", "*",
       "said", I});
  RUN("a naming participle after an 'of' phrase is no cue, so 'and has said' keeps the subject",
      "Asustek wants its own brand. It launched a cheaper line of laptops called the Eee PC this "
      "year and has said it expects to sell 5 million units next year.", 1,
      {"it expects to sell 5 million units next year", "It", "*", "has said", I});
  RUN("the content stops before '…, a person familiar with the matter said'",
      "The union has insisted it needs job-security provisions in return, a person familiar with "
      "the matter said on Monday.", 1,
      {"The union has insisted it needs job-security provisions in return",
       "a person familiar with the matter", "*", "said", I},
      {"it needs job-security provisions in return", "The union", "*", "has insisted", I});
  RUN("“Q,” a post in lower case, NAME, said: the name",
      "“We are not going away,” hunt master, Captain Ian Farquhar, said. The Beaufort Hunt had one "
      "pack out and has promised a hunt this weekend.", 1,
      {"We are not going away", "Ian Farquhar", "*", "said", D});
  RUN("'A Federal Reserve Bank of New York report showed': the noun; 'a New York Times report that' reports",
      "A Federal Reserve Bank of New York report on Friday showed that 12 percent of subprime "
      "mortgages were delinquent. Clinton is seizing upon a New York Times report from over the "
      "weekend that Donald Trump had a net loss of more than $915 million in 1995.", 1,
      {"12 percent of subprime mortgages were delinquent",
       "A Federal Reserve Bank of New York report", "*", "showed", I},
      {"Donald Trump had a net loss of more than $915 million in 1995", "a New York Times", "*",
       "report", I});
  RUN("the content stops before '…, having said in July', not before a subject's aside",
      "Philips had long made clear its intention to reduce its stake in the venture, having said in "
      "July it would cut its holding. Analysts said New Century, having pledged most of its assets, "
      "has little left to offer creditors.", 0,
      {"its intention to reduce its stake in the venture", "Philips", "*", "had long made clear", I},
      {"New Century, having pledged most of its assets, has little left to offer creditors",
       "Analysts", "*", "said", I});
  RUN("Q, as X put it",
      "The test is a “lawful source of investment income,” as a Lumen memo put it.", 1,
      {"lawful source of investment income", "a Lumen memo", "*", "put it", D});
  RUN("a possessor's claim that",
      "Critics seized on Peter Kent’s claim that there were “thousands of jobs” at stake.",
      0, {"there were “thousands of jobs” at stake", "Peter Kent", "*", "claim", M});
  RUN("a claim in subject position is no attribution",
      "His claim that the plan would work was false.", 1);
  RUN("put it elsewhere is no cue",
      "He put it on the table and said the plan was dead.", 1,
      {"the plan was dead", "He", "*", "said", I});
}

/* Headlines and interview transcripts. */
static void test_lines(void) {
  RUN("headline name colon",
      "Pence: Flowers Won't Be at the Debate Tomorrow.\n\nThe vote is near.", 1,
      {"Flowers Won't Be at the Debate Tomorrow.", "Pence", "*", NULL, I});
  RUN("headline title-case cue",
      "Clinton Hid Health Problems From Public, Former Doctor Says.\n\nText.", 1,
      {"Clinton Hid Health Problems From Public", "Former Doctor", "*", "Says", I});
  run("headline not a name", "The Latest: Trump urges calm.\n\nText.", NULL, 0, 1);
  run("headline phrase", "Stealth Over Health: A Trip to the ER.\n\nText.", NULL, 0, 1);
  run("capitalised cue in body",
      "Markets were calm on Tuesday.\nBill Says and Mr Speaks were named to the board.",
      NULL, 0, 1);
  RUN("transcript",
      "Partial transcript:\n\n\"WALLACE: Will she be at the debate tonight?\n\n"
      "\"PENCE: She will not be attending the debate.\n\n\"(CROSSTALK.)\n\n"
      "\"WALLACE: Governor, I want to try to get an answer.", 1,
      {"Will she be at the debate tonight?", "WALLACE", "*", NULL, I},
      {"She will not be attending the debate.", "PENCE", "*", NULL, I},
      {"Governor, I want to try to get an answer.", "WALLACE", "*", NULL, I});
  RUN("transcript: a surname comes back after the full name",
      "Partial transcript:\n\nKATE BOULDUAN: Why not debate?\n\n"
      "JOEL BENENSON: This is a man who runs a negative campaign.\n\n"
      "BOULDUAN: You were open to more debates.", 1,
      {"Why not debate?", "KATE BOULDUAN", "*", NULL, I},
      {"This is a man who runs a negative campaign.", "JOEL BENENSON", "*", NULL, I},
      {"You were open to more debates.", "BOULDUAN", "*", NULL, I});
  RUN("interview in questions and answers",
      "The interview was edited.\n\nQ: You suffered from depression.\n\n"
      "A: I felt helpless and hopeless.\n\nQ: And the wall along the border?", 1,
      {"You suffered from depression.", "Q", "Q", NULL, I},
      {"I felt helpless and hopeless.", "A", "A", NULL, I},
      {"And the wall along the border?", "Q", "Q", NULL, I});
  RUN("transcript of names in title case",
      "Panel:\n\nAlex Seitz-Wald: She is right on all these things.\n\n"
      "Luciana Lopez: It is the vegetables again.\n\nAlex Seitz-Wald: Yes it is.", 1,
      {"She is right on all these things.", "Alex Seitz-Wald", "*", NULL, I},
      {"It is the vegetables again.", "Luciana Lopez", "*", NULL, I},
      {"Yes it is.", "Alex Seitz-Wald", "*", NULL, I});
  run("labels are no transcript",
      "MARKET REACTION: Treasury prices were lower at midday.\n\n"
      "COMMENTARY: Traders waited for the data on jobs.", NULL, 0, 1);
  run("one capitalised label is no transcript",
      "NOTE: The figures are preliminary and may change.", NULL, 0, 1);
}

/* n bytes made of the string unit repeated. */
static char *repeat(const char *unit, size_t n) {
  char *s = malloc(n + 1);
  if (!s) return NULL;
  size_t k = strlen(unit);
  for (size_t i = 0; i < n; i++) s[i] = unit[i % k];
  s[n] = 0;
  return s;
}

/* Hostile input: no crash, spans in bounds (its time is measured by make
 * bench, not here). */
static void hostile(const char *label, char *text) {
  check(text != NULL, label, "out of memory building the input");
  if (!text) return;
  nw_doc *d = nw_doc_new((const unsigned char *)text, strlen(text));
  const nw_quotes *q = d ? nw_doc_quotes(d) : NULL;
  check(d && q, label, "analysis failed");
  if (q) check_bounds(label, d, q);
  nw_doc_free(d);
  free(text);
}

/* Megabytes of quote marks of each kind, alternating, unclosed. */
static void test_hostile(void) {
  static const char *const marks[] = {"“", "”", "‘", "’", "\"", "'", "«", "»",
                                      "„", "‟", "‹", "›", NULL};
  char label[64];
  for (int i = 0; marks[i]; i++) {
    snprintf(label, sizeof label, "1 MB of %s", marks[i]);
    hostile(label, repeat(marks[i], (1u << 20) / strlen(marks[i]) * strlen(marks[i])));
  }
  hostile("alternating “”", repeat("“”", 1u << 20));
  hostile("alternating “ ”", repeat("“ ” ", 1u << 20));
  hostile("alternating ‘“’”", repeat("‘“’”", 1u << 20));
  hostile("alternating \"'", repeat("\"'", 1u << 20));
  hostile("words in quotes", repeat("“a” ", 1u << 20));
  hostile("said said", repeat("he said ", 1u << 20));
  hostile("transcript lines", repeat("\"AB CD: x y z\n\n", 1u << 20));
  hostile("interrupted clauses", repeat("a b c, he said, d e f. ", 1u << 20));
  char *body = repeat("word ", 1u << 20);
  if (body) {
    const char *tail = "\n\nJane Porter said: “We will hire 40 engineers.”";
    size_t n = strlen(body);
    char *s = malloc(n + strlen(tail) + 4);
    if (s) {
      memcpy(s, "“", 3);
      memcpy(s + 3, body, n);
      strcpy(s + 3 + n, tail);
      nw_doc *d = nw_doc_new((unsigned char *)s, strlen(s));
      const nw_quotes *q = d ? nw_doc_quotes(d) : NULL;
      check(q && row(d, q, "We will hire 40 engineers") != NULL,
            "unclosed quote at the start", "the quote after it was lost");
      if (q) check_bounds("unclosed quote at the start", d, q);
      nw_doc_free(d);
      free(s);
    }
    free(body);
  }
}

int main(void) {
  test_forms();
  test_shapes();
  test_not_quotes();
  test_pronouns();
  test_reported();
  test_verb_spans();
  test_subjects();
  test_fragments();
  test_runs_on();
  test_precision();
  test_clause_edges();
  test_asides();
  test_leads();
  test_put_it();
  test_lines();
  test_hostile();
  return check_report();
}
