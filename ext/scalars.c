/* Scalar functions that read the same rows as the table-valued functions:
 * the *_json functions for every catalogue entry that has one, and
 * money_value() / money_currency(). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glue.h"

SQLITE_EXTENSION_INIT3

/* What a scalar needs: the catalogue entry, the cache, and for
 * money_value/money_currency the column it returns. */
typedef struct scalar_aux {
  const nw_function *fn;
  nw_cache *cache;
  int col; /* -1 for the JSON array of all rows */
} scalar_aux;

/* Append s[0..n) as a JSON string: escapes, and invalid UTF-8 as U+FFFD. */
static void json_string(sqlite3_str *out, const char *p, size_t n) {
  const unsigned char *s = (const unsigned char *)p;
  sqlite3_str_appendchar(out, 1, '"');
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    if (c >= 0x80) {
      int32_t cp;
      size_t l = nw_char_at(s, n, i, &cp);
      if (cp == 0xFFFD && !(l == 3 && c == 0xEF))
        sqlite3_str_appendall(out, "\\ufffd");
      else
        sqlite3_str_append(out, p + i, (int)l);
      i += l;
      continue;
    }
    if (c == '"' || c == '\\') {
      sqlite3_str_appendchar(out, 1, '\\');
      sqlite3_str_appendchar(out, 1, (char)c);
    } else if (c < 0x20) {
      sqlite3_str_appendf(out, "\\u%04x", c);
    } else {
      sqlite3_str_appendchar(out, 1, (char)c);
    }
    i++;
  }
  sqlite3_str_appendchar(out, 1, '"');
}

/* Append a finite double in its shortest round-trip form (null if not
 * finite). */
static void json_real(sqlite3_str *out, double r) {
  if (!isfinite(r)) {
    sqlite3_str_appendall(out, "null");
    return;
  }
  char buf[40];
  snprintf(buf, sizeof buf, "%.15g", r);
  if (strtod(buf, NULL) != r) snprintf(buf, sizeof buf, "%.17g", r);
  sqlite3_str_appendall(out, buf);
  if (!strpbrk(buf, ".eEn")) sqlite3_str_appendall(out, ".0");
}

/* Append one value as JSON. */
static void json_value(sqlite3_str *out, const nw_val *v) {
  switch (v->type) {
    case NW_V_INT: sqlite3_str_appendf(out, "%lld", (long long)v->i); break;
    case NW_V_REAL: json_real(out, v->r); break;
    case NW_V_TEXT: json_string(out, v->p, v->len); break;
    default: sqlite3_str_appendall(out, "null"); break;
  }
}

/* Serialise all rows as a JSON array of objects keyed by column name. */
static char *rows_json(const nw_function *f, const nw_rows *r) {
  sqlite3_str *out = sqlite3_str_new(NULL);
  sqlite3_str_appendchar(out, 1, '[');
  for (size_t i = 0; i < r->nrow; i++) {
    sqlite3_str_appendall(out, i ? ",{" : "{");
    for (int k = 0; k < f->ncol; k++) {
      sqlite3_str_appendf(out, "%s\"%s\":", k ? "," : "", f->cols[k].name);
      json_value(out, &r->v[i * (size_t)r->ncol + (size_t)k]);
    }
    sqlite3_str_appendchar(out, 1, '}');
  }
  sqlite3_str_appendchar(out, 1, ']');
  return sqlite3_str_finish(out);
}

/* The body of every scalar: run the function, then return the JSON array
 * or one column of the first row. */
static void fn_scalar(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const scalar_aux *a = sqlite3_user_data(ctx);
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return; /* NULL result */
  const char *opt = NULL;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL)
    opt = (const char *)sqlite3_value_text(argv[1]);
  nw_rows rows;
  nw_rows_init(&rows, a->fn->ncol);
  nw_doc *doc = NULL;
  const char *err = NULL;
  size_t total;
  int rc = nw_glue_run(a->fn, a->cache, argv[0], opt,
                       a->col < 0 ? SIZE_MAX : 1, &rows, &total, &doc, &err);
  if (rc == NW_ERROR) {
    sqlite3_result_error(ctx, err, -1);
  } else if (rc != NW_OK) {
    sqlite3_result_error_nomem(ctx);
  } else if (a->col < 0) {
    char *json = rows_json(a->fn, &rows);
    if (json)
      sqlite3_result_text(ctx, json, -1, sqlite3_free);
    else
      sqlite3_result_error_nomem(ctx);
  } else if (rows.nrow > 0) {
    nw_glue_result(ctx, &rows.v[a->col]);
  }
  nw_rows_free(&rows);
  nw_doc_release(doc);
}

/* Register one scalar with one and, where the function takes an option,
 * two arguments. */
static int register_scalar(sqlite3 *db, const char *name, const nw_function *f,
                           nw_cache *cache, int col) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = SQLITE_OK;
  for (int nargs = 1; nargs <= (f->opt_name ? 2 : 1) && rc == SQLITE_OK; nargs++) {
    scalar_aux *a = sqlite3_malloc(sizeof *a);
    if (!a) return SQLITE_NOMEM;
    a->fn = f;
    a->cache = cache;
    a->col = col;
    /* on failure SQLite itself calls sqlite3_free(a) */
    rc = sqlite3_create_function_v2(db, name, nargs, flags, a, fn_scalar, NULL,
                                    NULL, sqlite3_free);
  }
  return rc;
}

/* Register the JSON scalars and money_value/money_currency. */
int nw_glue_register_scalars(sqlite3 *db, nw_cache *cache) {
  int rc = SQLITE_OK;
  for (const nw_function *f = nw_functions; f->name && rc == SQLITE_OK; f++)
    if (f->json_name) rc = register_scalar(db, f->json_name, f, cache, -1);
  const nw_function *money = nw_function_find("money_amounts");
  if (rc == SQLITE_OK && money)
    rc = register_scalar(db, "money_value", money, cache,
                         nw_function_column(money, "amount"));
  if (rc == SQLITE_OK && money)
    rc = register_scalar(db, "money_currency", money, cache,
                         nw_function_column(money, "currency"));
  return rc;
}
