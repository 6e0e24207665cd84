/* Shared declarations of the SQL glue (vtab.c, news.c). */
#ifndef NW_GLUE_H
#define NW_GLUE_H

#include <sqlite3ext.h>

#include "cache.h"
#include "functions.h"

/* What each registered table-valued function knows: its catalogue entry
 * and the connection's document cache. */
typedef struct nw_module_aux {
  const nw_function *fn;
  nw_cache *cache;
} nw_module_aux;

/* Run f over the SQL value text (NULL, TEXT or BLOB) with option opt,
 * filling rows [0, max); *total receives the number of rows there are and
 * *doc a reference that the rows point into (NULL, with no rows, for a NULL
 * text).  Returns NW_OK, NW_NOMEM or NW_ERROR (*err set). */
int nw_glue_run(const nw_function *f, nw_cache *cache, sqlite3_value *text,
                const char *opt, size_t max, nw_rows *rows, size_t *total,
                nw_doc **doc, const char **err);

/* Set an SQL result from a row value. */
void nw_glue_result(sqlite3_context *ctx, const nw_val *v);

/* Register f as an eponymous table-valued function (vtab.c). */
int nw_glue_register_tvf(sqlite3 *db, const nw_function *f, nw_cache *cache);

/* Register the scalar functions (scalars.c). */
int nw_glue_register_scalars(sqlite3 *db, nw_cache *cache);

#endif
