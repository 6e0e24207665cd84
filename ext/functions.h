/* The catalogue of extractor functions: for each, its name, its output
 * columns, its optional argument, and the row producer over a document.
 * Plain C: the SQL glue (vtab.c, news.c) and the C API (api.c) read it. */
#ifndef NW_FUNCTIONS_H
#define NW_FUNCTIONS_H

#include "doc.h"
#include "rows.h"

typedef struct nw_column {
  const char *name;
  const char *type; /* SQL declared type */
} nw_column;

/* Prepare the analysis behind a function over d with the optional second
 * argument opt (NULL when absent), and count its rows.  On a bad option,
 * set *err to a static message and return NW_ERROR. */
typedef int (*nw_prepare)(nw_doc *d, const char *opt, size_t *nrow,
                          const char **err);
/* Fill the values of row i (after nw_prepare); text that is not in the
 * document goes into out's arena.  NW_OK or NW_NOMEM. */
typedef int (*nw_row)(nw_doc *d, const char *opt, size_t i, nw_val *v,
                      nw_rows *out);

#define NW_ERROR 3

typedef struct nw_function {
  const char *name;       /* SQL name of the table-valued function */
  const char *json_name;  /* SQL name of its JSON scalar, or NULL */
  const nw_column *cols;  /* output columns */
  int ncol;
  const char *opt_name;   /* name of the optional hidden argument, or NULL */
  nw_prepare prepare;
  nw_row row;
} nw_function;

/* All functions, ending with a zeroed entry. */
extern const nw_function nw_functions[];

/* Append rows [from, from + max) of f over d to out, and set *total to the
 * number of rows there are.  NW_OK, NW_NOMEM, or NW_ERROR with *err set. */
int nw_function_rows(const nw_function *f, nw_doc *d, const char *opt,
                     size_t from, size_t max, nw_rows *out, size_t *total,
                     const char **err);

/* The function called name, or NULL. */
const nw_function *nw_function_find(const char *name);

/* Index of column name in f, or -1. */
int nw_function_column(const nw_function *f, const char *name);

#endif
