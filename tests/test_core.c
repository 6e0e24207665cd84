/* Unit tests of the core: character offsets (SQLite's rule), tokens,
 * sentences, and the C API.  No SQLite needed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "doc.h"
#include "news.h"

/* SQLite's character count of s[0..n) (the reference rule, written as
 * SQLite's SQLITE_SKIP_UTF8 loop). */
static long sqlite_chars(const unsigned char *s, size_t n) {
  long c = 0;
  size_t i = 0;
  while (i < n) {
    if (s[i++] >= 0xC0)
      while (i < n && (s[i] & 0xC0) == 0x80) i++;
    c++;
  }
  return c;
}

/* The offset map agrees with SQLite's rule at every byte that starts a
 * character, on valid, invalid and random input. */
static void test_offsets(void) {
  const char *cases[] = {"plain ascii", "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d",
                         "a\x80\x80 b\xc3", "\xc0\x80\x80\x80x\xff\xfe",
                         "\xf0\x9f\x98\x80 emoji", ""};
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    const unsigned char *s = (const unsigned char *)cases[k];
    size_t n = strlen(cases[k]);
    nw_offmap m;
    check(nw_offmap_init(&m, s, n) == NW_OK, "offmap init", cases[k]);
    int ok = 1;
    for (size_t b = 0; b <= n; b++)
      if (nw_offmap_char(&m, b) != sqlite_chars(s, b)) ok = 0;
    check(ok, "offsets match SQLite's count", cases[k]);
    nw_offmap_free(&m);
  }
  /* random bytes over several checkpoints */
  size_t n = 5000;
  unsigned char *s = malloc(n);
  srand(7);
  for (size_t i = 0; i < n; i++) s[i] = (unsigned char)(rand() & 0xFF);
  nw_offmap m;
  nw_offmap_init(&m, s, n);
  int ok = 1;
  for (size_t b = 0; b <= n; b += 13)
    if (nw_offmap_char(&m, b) != sqlite_chars(s, b)) ok = 0;
  check(ok, "offsets over random bytes", NULL);
  nw_offmap_free(&m);
  free(s);
}

/* Check that split(input) gives want. */
static void check_split(const char *what, char *(*split)(const char *),
                        const char *input, const char *want) {
  char *got = split(input);
  char detail[1024];
  snprintf(detail, sizeof detail, "[%s] -> [%s], want [%s]", input,
           got ? got : "(null)", want);
  check(got && strcmp(got, want) == 0, what, detail);
  free(got);
}

/* Tokens of text joined with '|'. */
static char *token_string(const char *text) {
  nw_doc *d = nw_doc_new((const unsigned char *)text, strlen(text));
  if (!d) return NULL;
  size_t cap = strlen(text) * 2 + 2, len = 0;
  char *out = calloc(1, cap);
  for (size_t i = 0; out && i < d->tok.n; i++) {
    const nw_token *t = &d->tok.t[i];
    len += (size_t)snprintf(out + len, cap - len, "%s%.*s", i ? "|" : "",
                            (int)(t->b1 - t->b0), (const char *)d->s + t->b0);
  }
  nw_doc_free(d);
  return out;
}

/* Tokenizer cases: input -> tokens. */
static void test_tokens(void) {
  static const char *cases[][2] = {
      {"U.S. vice-president Matt Garman's plan",
       "U.S.|vice-president|Matt|Garman|'s|plan"},
      {"Mr. Smith paid $1,234.50 at 10:30 a.m.",
       "Mr.|Smith|paid|$|1,234.50|at|10:30|a.m."},
      {"O'Neill don't Covid-19 AT&T", "O'Neill|don't|Covid-19|AT&T"},
      {"Reuters\xe2\x80\x99 \xe2\x80\x9cWe\xe2\x80\x99ve\xe2\x80\x9d",
       "Reuters|\xe2\x80\x99|\xe2\x80\x9c|We\xe2\x80\x99ve|\xe2\x80\x9d"},
      {"J.P. Morgan and George W. Bush", "J.P.|Morgan|and|George|W.|Bush"},
      {"wait... now", "wait|...|now"},
      {"$4bn stake, 3.5% up", "$|4bn|stake|,|3.5|%|up"},
      {"No. 1 said no.", "No.|1|said|no|."},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
    check_split("tokens", token_string, cases[k][0], cases[k][1]);
}

/* Sentences of text joined with " | ". */
static char *sentence_string(const char *text) {
  nw_doc *d = nw_doc_new((const unsigned char *)text, strlen(text));
  if (!d) return NULL;
  size_t cap = strlen(text) * 2 + 8, len = 0;
  char *out = calloc(1, cap);
  for (size_t i = 0; out && i < d->nsent; i++)
    len += (size_t)snprintf(out + len, cap - len, "%s%.*s", i ? " | " : "",
                            (int)(d->sent[i].b1 - d->sent[i].b0),
                            (const char *)d->s + d->sent[i].b0);
  nw_doc_free(d);
  return out;
}

/* Sentence-splitter cases: input -> sentences. */
static void test_sentences(void) {
  static const char *cases[][2] = {
      {"Mr. Smith paid $1.5 bln. He left.", "Mr. Smith paid $1.5 bln. | He left."},
      {"Gov. Ann Lee and Sen. Bob Roe met at 9 a.m. on Jan. 5 with Dr. Wu.",
       "Gov. Ann Lee and Sen. Bob Roe met at 9 a.m. on Jan. 5 with Dr. Wu."},
      {"J.P. Morgan hired George W. Bush. Shares rose 3.5%.",
       "J.P. Morgan hired George W. Bush. | Shares rose 3.5%."},
      {"It works in the U.S. and the U.K. The firm agreed.",
       "It works in the U.S. and the U.K. | The firm agreed."},
      {"\xe2\x80\x9cWe will win,\xe2\x80\x9d he said. \xe2\x80\x9cNo doubt.\xe2\x80\x9d Then he left.",
       "\xe2\x80\x9cWe will win,\xe2\x80\x9d he said. | \xe2\x80\x9cNo doubt.\xe2\x80\x9d | Then he left."},
      {"\"Why?\" she asked. Nobody knew!", "\"Why?\" she asked. | Nobody knew!"},
      {"The plan (approved in May.) Worked well.",
       "The plan (approved in May.) | Worked well."},
      {"We need to streamline ... to continue. Fine.",
       "We need to streamline ... to continue. | Fine."},
      {"MOSCOW (Reuters) - Russia and Belarus agreed a \ndeal on gas on Monday, moments \nbefore the deadline.  Gazprom ( GAZP.MM ) had threatened cuts.",
       "MOSCOW (Reuters) - Russia and Belarus agreed a \ndeal on gas on Monday, moments \nbefore the deadline. | Gazprom ( GAZP.MM ) had threatened cuts."},
      {"Headline Without Stop\n\nBody text here. More text", "Headline Without Stop | Body text here. | More text"},
      {"Read more\nData Center\nData Management", "Read more | Data Center | Data Management"},
      {"Key points:\n- first point\n- second point", "Key points: | - first point | - second point"},
      {"Acme Inc. said it grew. Acme Inc. The end.", "Acme Inc. said it grew. | Acme Inc. | The end."},
      {"Sales rose at Retail Metrics Inc. Of 51 retailers, 69 percent beat forecasts.",
       "Sales rose at Retail Metrics Inc. | Of 51 retailers, 69 percent beat forecasts."},
      {"Lehman Brothers Holdings Inc \n\n said on Wednesday it would cut jobs.",
       "Lehman Brothers Holdings Inc \n\n said on Wednesday it would cut jobs."},
      {"It sold the unit to a Bear Stearns Cos. BSC.N private equity arm. Fine.",
       "It sold the unit to a Bear Stearns Cos. BSC.N private equity arm. | Fine."},
      {"He said the U.S. \xe2\x80\x9c" "clearly\xe2\x80\x9d needed more. Fine.",
       "He said the U.S. \xe2\x80\x9c" "clearly\xe2\x80\x9d needed more. | Fine."},
      {"It works in the U.S. \"We will win,\" he said.",
       "It works in the U.S. | \"We will win,\" he said."},
      {"", ""},
      {"   \n\n  ", ""},
  };
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
    check_split("sentences", sentence_string, cases[k][0], cases[k][1]);
}

/* Paragraph indices: blank lines start paragraphs; hard wraps do not. */
static void test_paragraphs(void) {
  const char *text = "One here. Two\nwrapped.\n\nThree. Four.\n\n\nFive.";
  nw_doc *d = nw_doc_new((const unsigned char *)text, strlen(text));
  check(d && d->nsent == 5, "paragraph text has 5 sentences", NULL);
  if (d && d->nsent == 5) {
    unsigned want[5] = {0, 0, 1, 1, 2};
    int ok = 1;
    for (int i = 0; i < 5; i++) ok &= d->sent[i].para == want[i];
    check(ok, "paragraph indices 0 0 1 1 2", NULL);
  }
  nw_doc_free(d);
}

/* A run of words without a full stop is cut into sentences: after a comma
 * once it is long, and anywhere once it is very long, each cut on a token
 * boundary. */
static void test_long_run(void) {
  char *text = malloc(40000);
  if (!text) return;
  size_t n = 0;
  for (int i = 0; i < 2000; i++) n += (size_t)sprintf(text + n, i % 50 == 49 ? "w%d, " : "w%d ", i);
  nw_doc *d = nw_doc_new((const unsigned char *)text, n);
  check(d && d->nsent > 1, "a 2,000-word run without a full stop is cut", NULL);
  int ok = d != NULL;
  for (size_t k = 0; d && k < d->nsent; k++) {
    const nw_sentence *st = &d->sent[k];
    ok &= st->t1 - st->t0 <= 600 && (k + 1 == d->nsent || st->t1 == d->sent[k + 1].t0);
    if (k + 1 < d->nsent) ok &= d->s[st->b1 - 1] == ','; /* each cut after a comma */
  }
  check(ok, "each piece is at most 600 tokens, ends at a comma, and the next starts after it",
        NULL);
  nw_doc_free(d);
  memset(text, 'a', 39999);
  for (size_t i = 1; i < 39999; i += 2) text[i] = ' ';
  d = nw_doc_new((const unsigned char *)text, 39999);
  check(d && d->nsent >= 30, "20,000 words with no punctuation are cut every 600 tokens", NULL);
  nw_doc_free(d);
  free(text);
}

/* The C API gives the same rows as SQL: columns, offsets, errors. */
static void test_api(void) {
  const char *text = "Caf\xc3\xa9 opened. It\xe2\x80\x99s busy.";
  news_result *r = NULL;
  int rc = news_run("news_sentences", text, strlen(text), NULL, &r);
  check(rc == NEWS_OK && news_result_rows(r) == 2, "news_run sentences", NULL);
  if (rc == NEWS_OK && news_result_rows(r) == 2) {
    check(news_result_int(r, 1, 2) == 13 && news_result_int(r, 1, 3) == 23,
          "second sentence offsets are characters 13..23", NULL);
    check(strcmp(news_result_column_name(r, 1), "text") == 0, "column name",
          NULL);
  }
  news_result_free(r);
  rc = news_run("no_such_function", text, strlen(text), NULL, &r);
  check(rc == NEWS_ERROR && news_result_error(r) != NULL, "unknown function",
        NULL);
  news_result_free(r);
  rc = news_run("news_sentences", NULL, 0, NULL, &r);
  check(rc == NEWS_OK && news_result_rows(r) == 0, "NULL text gives no rows",
        NULL);
  news_result_free(r);
}

/* Hostile input: every sentence lies within the text on token boundaries,
 * and long inputs finish (linear time is measured by the bench, not here). */
static void test_hostile(void) {
  size_t n = 1 << 20;
  char *s = malloc(n);
  const char *fills[] = {".", "\xe2\x80\x9c", "A. ", "\xff", "Mr. ", "\n\n", "x"};
  for (size_t f = 0; f < sizeof fills / sizeof *fills; f++) {
    size_t k = strlen(fills[f]);
    for (size_t i = 0; i < n; i++) s[i] = fills[f][i % k];
    nw_doc *d = nw_doc_new((const unsigned char *)s, n);
    int ok = d != NULL;
    for (size_t i = 0; ok && i < d->nsent; i++)
      ok = d->sent[i].b0 <= d->sent[i].b1 && d->sent[i].b1 <= d->n;
    check(ok, "hostile input splits within bounds", fills[f]);
    nw_doc_free(d);
  }
  free(s);
}

int main(void) {
  test_offsets();
  test_tokens();
  test_sentences();
  test_paragraphs();
  test_long_run();
  test_api();
  test_hostile();
  return check_report();
}
