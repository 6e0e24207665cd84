/* Entry point of the loadable extension: checks the SQLite version, creates
 * the connection's document cache, and registers every function from the
 * catalogue. */
#include <string.h>

#include "glue.h"
#include "money.h"
#include "news.h"

SQLITE_EXTENSION_INIT1

/* Oldest SQLite with everything used here: SQLITE_INNOCUOUS and
 * SQLITE_VTAB_INNOCUOUS (3.31.0). */
#define NW_MIN_SQLITE 3031000

/* Run a catalogue function over an SQL value. */
int nw_glue_run(const nw_function *f, nw_cache *cache, sqlite3_value *text,
                const char *opt, size_t max, nw_rows *rows, size_t *total,
                nw_doc **doc, const char **err) {
  *doc = NULL;
  *total = 0;
  int t = sqlite3_value_type(text);
  if (t == SQLITE_NULL) return NW_OK;
  const unsigned char *s;
  if (t == SQLITE_BLOB) {
    s = sqlite3_value_blob(text);
  } else {
    s = sqlite3_value_text(text);
    if (!s) return NW_NOMEM;
  }
  int n = sqlite3_value_bytes(text);
  static const unsigned char empty[1] = {0};
  if (!s) s = empty;
  nw_doc *d = nw_cache_get(cache, s, (size_t)n);
  if (!d) return NW_NOMEM;
  int rc = nw_function_rows(f, d, opt, 0, max, rows, total, err);
  *doc = d;
  return rc;
}

/* Set the SQL result of one row value. */
void nw_glue_result(sqlite3_context *ctx, const nw_val *v) {
  switch (v->type) {
    case NW_V_INT: sqlite3_result_int64(ctx, v->i); break;
    case NW_V_REAL: sqlite3_result_double(ctx, v->r); break;
    case NW_V_TEXT:
      sqlite3_result_text64(ctx, v->p, v->len, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    default: sqlite3_result_null(ctx); break;
  }
}

#if defined(__GNUC__) || defined(__clang__)
/* Release the process-wide compiled patterns when the library is unloaded
 * (dlclose or exit), so that nothing is left behind. */
__attribute__((destructor)) static void news_unload(void) {
  nw_money_global_free();
}
#endif

/* Free the cache when the connection closes (destructor of news_version). */
static void cache_destroy(void *p) { nw_cache_free(p); }

/* news_version(): the version string. */
static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, NEWS_VERSION, -1, SQLITE_STATIC);
}

/* Load the extension into db. */
int sqlite3_news_init(sqlite3 *db, char **pzErrMsg,
                      const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  if (sqlite3_libversion_number() < NW_MIN_SQLITE) {
    *pzErrMsg = sqlite3_mprintf(
        "news: SQLite %s is too old; this extension needs 3.31.0 or newer",
        sqlite3_libversion());
    return SQLITE_ERROR;
  }
  nw_cache *cache = nw_cache_new();
  if (!cache) return SQLITE_NOMEM;
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function_v2(db, "news_version", 0, flags, cache,
                                      fn_version, NULL, NULL, cache_destroy);
  if (rc != SQLITE_OK) { /* SQLite has called cache_destroy already */
    *pzErrMsg = sqlite3_mprintf("news: cannot register news_version(): %s",
                                sqlite3_errmsg(db));
    return rc;
  }
  for (const nw_function *f = nw_functions; f->name; f++) {
    rc = nw_glue_register_tvf(db, f, cache);
    if (rc != SQLITE_OK) {
      *pzErrMsg = sqlite3_mprintf("news: cannot register %s(): %s", f->name,
                                  sqlite3_errmsg(db));
      return rc;
    }
  }
  rc = nw_glue_register_scalars(db, cache);
  if (rc != SQLITE_OK)
    *pzErrMsg = sqlite3_mprintf("news: cannot register the scalar functions: %s",
                                sqlite3_errmsg(db));
  return rc;
}
