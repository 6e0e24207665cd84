/* Unit tests of the money extractor: the table of news forms in
 * tests/money_cases.tsv (every column compared exactly), the `dollar`
 * argument, and hostile inputs (no crash, spans in bounds and on character
 * boundaries, finite values; their time is measured by make bench).  Ends
 * with "N passed, M failed". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "money.h"

/* Replace "\n" and "\t" escapes in place. */
static void unescape(char *z) {
  char *w = z;
  for (char *r = z; *r; r++) {
    if (r[0] == '\\' && (r[1] == 'n' || r[1] == 't')) {
      *w++ = r[1] == 'n' ? '\n' : '\t';
      r++;
    } else {
      *w++ = *r;
    }
  }
  *w = 0;
}

/* Run the extractor over text with the given dollar; NULL on OOM. */
static nw_money_list *scan_text(const char *text, size_t n, const char *dollar,
                                nw_doc **dp) {
  static nw_money_list l;
  memset(&l, 0, sizeof l);
  *dp = nw_doc_new((const unsigned char *)text, n);
  if (!*dp || nw_money_scan(*dp, dollar, &l) != NW_OK) return NULL;
  return &l;
}

/* Compare one row with its expected "text|amount|max|cur|qual|per". */
static int row_matches(const nw_doc *d, const nw_money *m, char *exp, char *why,
                       size_t whylen) {
  char *f[6];
  int k = 0;
  for (char *p = exp; k < 6; k++) {
    f[k] = p;
    char *bar = strchr(p, '|');
    if (!bar) {
      k++;
      break;
    }
    *bar = 0;
    p = bar + 1;
  }
  if (k != 6) {
    snprintf(why, whylen, "bad expected row");
    return 0;
  }
  unescape(f[0]);
  size_t len = m->b1 - m->b0;
  const char *qual = m->qualifier ? m->qualifier : "-";
  const char *per = m->per[0] ? m->per : "-";
  if (strlen(f[0]) != len || memcmp(f[0], d->s + m->b0, len) != 0 ||
      m->amount != strtod(f[1], NULL) || m->amount_max != strtod(f[2], NULL) ||
      strcmp(m->currency, f[3]) != 0 || strcmp(qual, f[4]) != 0 ||
      strcmp(per, f[5]) != 0) {
    snprintf(why, whylen,
             "want [%s] %s..%s %s %s %s, got [%.*s] %.17g..%.17g %s %s %s",
             f[0], f[1], f[2], f[3], f[4], f[5], (int)len,
             (const char *)d->s + m->b0, m->amount, m->amount_max, m->currency,
             qual, per);
    return 0;
  }
  return 1;
}

/* Print every row found, for a failure message. */
static void print_rows(const nw_doc *d, const nw_money_list *l) {
  for (size_t i = 0; i < l->n; i++)
    printf("     got [%.*s] %.17g %s\n", (int)(l->m[i].b1 - l->m[i].b0),
           (const char *)d->s + l->m[i].b0, l->m[i].amount, l->m[i].currency);
}

/* Check one line of the table. */
static void run_case(char *line) {
  char *fields[32], why[512];
  int nf = 0;
  for (char *p = strtok(line, "\t"); p && nf < 32; p = strtok(NULL, "\t"))
    fields[nf++] = p;
  if (nf < 2) {
    check(0, line, "bad line");
    return;
  }
  unescape(fields[0]);
  int want = strcmp(fields[1], "no rows") == 0 ? 0 : nf - 1;
  nw_doc *d;
  nw_money_list *l = scan_text(fields[0], strlen(fields[0]), NULL, &d);
  int ok = l && l->n == (size_t)want;
  snprintf(why, sizeof why, "want %d rows, got %zu", want, l ? l->n : 0);
  for (int i = 0; ok && i < want; i++)
    ok = row_matches(d, &l->m[i], fields[i + 1], why, sizeof why);
  check(ok, fields[0], why);
  if (!ok && l) print_rows(d, l);
  if (l) nw_money_list_free(l);
  nw_doc_free(d);
}

/* Check every case of the table file. */
static void test_table(const char *path) {
  FILE *f = fopen(path, "r");
  char line[4096];
  if (!f) {
    check(0, path, "cannot open");
    return;
  }
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (line[0] && line[0] != '#') run_case(line);
  }
  fclose(f);
}

/* One amount expected with a given dollar argument. */
static void expect_one(const char *text, const char *dollar, const char *iso,
                       double amount) {
  nw_doc *d;
  char why[256];
  nw_money_list *l = scan_text(text, strlen(text), dollar, &d);
  int ok = l && l->n == 1 && strcmp(l->m[0].currency, iso) == 0 &&
           l->m[0].amount == amount;
  snprintf(why, sizeof why, "dollar=%s: want %s %.17g, got %s %.17g", dollar,
           iso, amount, l && l->n ? l->m[0].currency : "-",
           l && l->n ? l->m[0].amount : 0.0);
  check(ok, text, why);
  if (l) nw_money_list_free(l);
  nw_doc_free(d);
}

/* The dollar argument: a bare "$" (and "cents") follow it; explicit
 * prefixes never do. */
static void test_dollar(void) {
  expect_one("It paid $5m.", "CAD", "CAD", 5e6);
  expect_one("It paid US$5m.", "CAD", "USD", 5e6);
  expect_one("It paid A$5m.", "CAD", "AUD", 5e6);
  expect_one("It paid 5 million dollars.", "CAD", "CAD", 5e6);
  expect_one("Profit was 5 cents a share.", "CAD", "CAD", 0.05);
  expect_one("It paid $5m.", NULL, "USD", 5e6);
  expect_one("It paid €5m.", "CAD", "EUR", 5e6);
  check(nw_currency_known("USD") && nw_currency_known("CAD") &&
            nw_currency_known("JPY") && !nw_currency_known("XYZ") &&
            !nw_currency_known("usd") && !nw_currency_known("RMB") &&
            !nw_currency_known(""),
        "nw_currency_known", "wrong answer");
}

/* Is byte b a character boundary under SQLite's rule? */
static int char_boundary(const unsigned char *s, size_t n, size_t b) {
  if (b == 0 || b >= n || (s[b] & 0xC0) != 0x80) return 1;
  size_t k = b;
  while (k > 0 && (s[k - 1] & 0xC0) == 0x80) k--;
  return k == 0 || s[k - 1] < 0xC0;
}

/* Scan hostile input: no crash, sane spans and values.  Returns 1 when
 * every check holds (linear time is measured by make bench, not here). */
static int hostile_scan(const unsigned char *s, size_t n, char *why,
                        size_t whylen) {
  nw_doc *d = nw_doc_new(s, n);
  nw_money_list l = {0};
  int rc = d ? nw_money_scan(d, NULL, &l) : NW_NOMEM;
  int ok = rc == NW_OK;
  for (size_t i = 0; ok && i < l.n; i++) {
    const nw_money *m = &l.m[i];
    ok = m->b0 <= m->b1 && m->b1 <= d->n && isfinite(m->amount) &&
         isfinite(m->amount_max) && char_boundary(d->s, d->n, m->b0) &&
         char_boundary(d->s, d->n, m->b1) && strlen(m->currency) == 3;
  }
  snprintf(why, whylen, "rc %d, %zu rows", rc, l.n);
  nw_money_list_free(&l);
  nw_doc_free(d);
  return ok;
}

/* Check one hostile text. */
static void hostile(const char *name, const unsigned char *s, size_t n) {
  char why[128];
  check(hostile_scan(s, n, why, sizeof why), name, why);
}

/* Fill buf with n bytes repeating pattern. */
static unsigned char *repeat(const char *pattern, size_t n) {
  unsigned char *buf = malloc(n + 1);
  size_t len = strlen(pattern);
  if (!buf) return NULL;
  for (size_t i = 0; i < n; i++) buf[i] = (unsigned char)pattern[i % len];
  buf[n] = 0;
  return buf;
}

/* Hostile inputs: long runs, overflow, invalid UTF-8, mixed scripts. */
static void test_hostile(void) {
  static const struct {
    const char *name, *pattern;
    size_t n;
  } runs[] = {
      {"1 MB of $", "$", 1 << 20},
      {"1,1,1,...", "1,", 1 << 20},
      {"$1,1,1,...", "$1,1,1,1,1,1,1,1,1,1,", 1 << 20},
      {"10 MB of digits", "7", 10 << 20},
      {"$ then digits", "$99999999999999999999999999999999999999", 1 << 20},
      {"dollars dollars", "dollars ", 1 << 20},
      {"one one ... dollars", "one one one one one one one one dollars ",
       1 << 20},
      {"$3-$3-$3", "$3-", 1 << 20},
      {"US$US$", "US$", 1 << 20},
      {"20p20p", "20p", 1 << 20},
      {"£€¥₹", "£€¥₹5", 1 << 20},
      {"invalid UTF-8", "\xff\xfe$\x80\xc3 5\xe2\x82 bn\xf0\x9f", 1 << 20},
      {"mixed scripts", "Цена $5 млн, 価格 ¥300億, السعر 5 دولار, $4bn ",
       1 << 20},
      {"spaced numbers", "$ 1 2 3 4 5 6 7 8 9 ", 1 << 20},
      {"and and", "15 dollars and and and ", 1 << 20},
  };
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    unsigned char *buf = repeat(runs[i].pattern, runs[i].n);
    if (!buf) {
      check(0, runs[i].name, "out of memory");
      continue;
    }
    hostile(runs[i].name, buf, runs[i].n);
    free(buf);
  }
  static const char *const texts[] = {
      "9999999999999999999999 trillion dollars",
      "$9999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999"
      "99999999999999999999999999999999999999999999999999999999999999999999"
      "999999999999999999999999999999999999999999999999999999999999999 "
      "trillion",
      "$1e308 $.",
      "$",
      "US$",
      "-$",
      "$-",
      "£2m–",
      "between $3 and",
      "$3 to",
      "half a",
      "a quarter of a",
      "thirteen dollars and",
      "5 cents a",
      "\xc2",
      "\xe2\x82",
      "z",
      "zł",
      "$\u00a0\u00a05bn",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    hostile(texts[i], (const unsigned char *)texts[i], strlen(texts[i]));
}

/* Run every test; exit non-zero on failure. */
int main(int argc, char **argv) {
  if (nw_money_global_init() != NW_OK) {
    printf("0 passed, 1 failed\n");
    return 1;
  }
  test_table(argc > 1 ? argv[1] : "tests/money_cases.tsv");
  test_dollar();
  test_hostile();
  return check_report();
}
