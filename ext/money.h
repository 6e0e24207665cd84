/* Money: every sum of money in English news text, with its exact value,
 * ISO 4217 currency, range, qualifier and per-unit.  Plain C over a document;
 * knows nothing of SQLite. */
#ifndef NW_MONEY_H
#define NW_MONEY_H

#include "doc.h"

typedef struct nw_money {
  uint32_t b0, b1;       /* byte span of the amount as written (no qualifier) */
  double amount;         /* value in units of the currency; lower bound of a range */
  double amount_max;     /* upper bound of a range; == amount for one value */
  char currency[4];      /* ISO 4217 code, NUL-terminated */
  const char *qualifier; /* static string: NULL, "about", "over", "under", "at least", "up to" */
  char per[24];          /* "share", "barrel" ... ; empty string when none */
} nw_money;

typedef struct nw_money_list {
  nw_money *m;
  size_t n, cap;
} nw_money_list;

/* Is iso a currency code this module knows (upper-case, 3 letters)? */
int nw_currency_known(const char *iso);

/* Find every amount in d, in text order, appending to *out.  dollar is the
 * ISO code a bare "$" stands for (NULL means "USD"); the caller checks it
 * with nw_currency_known() first.  Returns NW_OK or NW_NOMEM. */
int nw_money_scan(const nw_doc *d, const char *dollar, nw_money_list *out);

/* Release the list's memory. */
void nw_money_list_free(nw_money_list *l);

/* Compile the patterns once per process (thread-safe; later calls return the
 * first result).  Returns NW_OK or NW_NOMEM. */
int nw_money_global_init(void);

/* Release the compiled patterns when the library is unloaded. */
void nw_money_global_free(void);

#endif
