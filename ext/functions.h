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

/* Produce the rows of one function over d.  opt is the optional second
 * argument as text (NULL when absent).  On a bad option, set *err to a
 * static message and return NW_ERROR. */
typedef int (*nw_producer)(nw_doc *d, const char *opt, nw_rows *out,
                           const char **err);

#define NW_ERROR 3

typedef struct nw_function {
  const char *name;       /* SQL name of the table-valued function */
  const char *json_name;  /* SQL name of its JSON scalar, or NULL */
  const nw_column *cols;  /* output columns */
  int ncol;
  const char *opt_name;   /* name of the optional hidden argument, or NULL */
  nw_producer produce;
} nw_function;

/* All functions, ending with a zeroed entry. */
extern const nw_function nw_functions[];

/* The function called name, or NULL. */
const nw_function *nw_function_find(const char *name);

/* Index of column name in f, or -1. */
int nw_function_column(const nw_function *f, const char *name);

#endif
