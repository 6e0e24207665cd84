/* The one table-valued-function mechanism: an eponymous virtual table per
 * catalogue entry (functions.h) whose inputs are HIDDEN columns, so that
 * `FROM articles a, news_sentences(a.body) s` plans as a lateral join.
 * Modelled on SQLite's ext/misc/series.c and json_each. */
#include "glue.h"

#include <stdlib.h>
#include <string.h>

SQLITE_EXTENSION_INIT3

typedef struct tvf_vtab {
  sqlite3_vtab base;
  const nw_function *fn;
  nw_cache *cache;
} tvf_vtab;

/* Rows are made a window at a time, so a long text never holds all its
 * rows in memory at once. */
#define TVF_WINDOW 256

typedef struct tvf_cursor {
  sqlite3_vtab_cursor base;
  nw_rows rows;               /* rows [first, first + rows.nrow) */
  size_t first, row, total;   /* row: the current row's index */
  nw_doc *doc;                /* a reference kept while rows point into it */
  sqlite3_value *input[2];    /* the text and the option, as given */
} tvf_cursor;

/* Build "CREATE TABLE x(col type, ..., text HIDDEN[, opt HIDDEN])". */
static char *schema_of(const nw_function *f) {
  sqlite3_str *s = sqlite3_str_new(NULL);
  sqlite3_str_appendall(s, "CREATE TABLE x(");
  for (int i = 0; i < f->ncol; i++)
    sqlite3_str_appendf(s, "\"%w\" %s, ", f->cols[i].name, f->cols[i].type);
  sqlite3_str_appendall(s, "input HIDDEN");
  if (f->opt_name) sqlite3_str_appendf(s, ", \"%w\" HIDDEN", f->opt_name);
  sqlite3_str_appendall(s, ")");
  return sqlite3_str_finish(s);
}

/* xConnect: declare the schema; the function comes from the module's aux. */
static int tvf_connect(sqlite3 *db, void *aux, int argc,
                       const char *const *argv, sqlite3_vtab **out,
                       char **err) {
  (void)argc;
  (void)argv;
  const nw_module_aux *a = aux;
  char *sql = schema_of(a->fn);
  if (!sql) return SQLITE_NOMEM;
  int rc = sqlite3_declare_vtab(db, sql);
  sqlite3_free(sql);
  if (rc != SQLITE_OK) {
    *err = sqlite3_mprintf("%s: cannot declare its columns: %s", a->fn->name,
                           sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  tvf_vtab *v = sqlite3_malloc(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->fn = a->fn;
  v->cache = a->cache;
  *out = &v->base;
  return SQLITE_OK;
}

/* xDisconnect. */
static int tvf_disconnect(sqlite3_vtab *vt) {
  sqlite3_free(vt);
  return SQLITE_OK;
}

/* xOpen. */
static int tvf_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out) {
  tvf_cursor *c = sqlite3_malloc(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  nw_rows_init(&c->rows, ((tvf_vtab *)vt)->fn->ncol);
  *out = &c->base;
  return SQLITE_OK;
}

/* Forget the cursor's rows, document and inputs. */
static void tvf_reset(tvf_cursor *c) {
  int ncol = c->rows.ncol;
  nw_rows_free(&c->rows);
  nw_rows_init(&c->rows, ncol);
  nw_doc_release(c->doc);
  c->doc = NULL;
  for (int i = 0; i < 2; i++) {
    sqlite3_value_free(c->input[i]);
    c->input[i] = NULL;
  }
  c->first = c->row = c->total = 0;
}

/* xClose. */
static int tvf_close(sqlite3_vtab_cursor *cur) {
  tvf_cursor *c = (tvf_cursor *)cur;
  tvf_reset(c);
  nw_rows_free(&c->rows);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* xBestIndex: the hidden inputs must be given by equality, in order.  An
 * input constraint the planner cannot use yet gives SQLITE_CONSTRAINT so
 * that it orders the join to supply it. */
static int tvf_best_index(sqlite3_vtab *vt, sqlite3_index_info *info) {
  const nw_function *f = ((tvf_vtab *)vt)->fn;
  int first = f->ncol, nin = f->opt_name ? 2 : 1;
  int idx[2] = {-1, -1}, unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *k = &info->aConstraint[i];
    int col = k->iColumn - first;
    if (col < 0 || col >= nin || k->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!k->usable) {
      unusable |= 1 << col;
      continue;
    }
    idx[col] = i;
  }
  if (idx[0] < 0 && (unusable & 1)) return SQLITE_CONSTRAINT;
  if (idx[1] >= 0 && idx[0] < 0) return SQLITE_CONSTRAINT;
  if (idx[1] < 0 && (unusable & 2)) return SQLITE_CONSTRAINT;
  int argi = 1, mask = 0;
  for (int col = 0; col < nin; col++) {
    if (idx[col] < 0) continue;
    info->aConstraintUsage[idx[col]].argvIndex = argi++;
    info->aConstraintUsage[idx[col]].omit = 1;
    mask |= 1 << col;
  }
  info->idxNum = mask;
  info->estimatedCost = mask ? 10.0 : 1e12;
  info->estimatedRows = mask ? 20 : 1000000;
  return SQLITE_OK;
}

/* Set the table's error message (shown by SQLite as the statement's error). */
static int vtab_error(tvf_vtab *vt, char *msg) {
  sqlite3_free(vt->base.zErrMsg);
  vt->base.zErrMsg = msg;
  return msg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Text of an optional argument, or NULL when absent or NULL. */
static const char *opt_text(sqlite3_value *v) {
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return NULL;
  return (const char *)sqlite3_value_text(v);
}

/* xFilter: analyse the input (through the cache) and make the first
 * window of rows. */
static int tvf_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv) {
  (void)idxStr;
  tvf_cursor *c = (tvf_cursor *)cur;
  tvf_vtab *vt = (tvf_vtab *)cur->pVtab;
  tvf_reset(c);
  if (!(idxNum & 1))
    return vtab_error(vt, sqlite3_mprintf(
        "%s() needs the text as its first argument, e.g. SELECT * FROM %s(body)",
        vt->fn->name, vt->fn->name));
  for (int i = 0; i < argc && i < 2; i++) {
    c->input[i] = sqlite3_value_dup(argv[i]);
    if (!c->input[i]) return SQLITE_NOMEM;
  }
  const char *err = NULL;
  int rc = nw_glue_run(vt->fn, vt->cache, argv[0],
                       opt_text(argc > 1 ? c->input[1] : NULL), TVF_WINDOW,
                       &c->rows, &c->total, &c->doc, &err);
  if (rc == NW_ERROR) return vtab_error(vt, sqlite3_mprintf("%s", err));
  return rc == NW_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* xNext: the next row, making the next window when this one is used up. */
static int tvf_next(sqlite3_vtab_cursor *cur) {
  tvf_cursor *c = (tvf_cursor *)cur;
  tvf_vtab *vt = (tvf_vtab *)cur->pVtab;
  c->row++;
  if (c->row < c->first + c->rows.nrow || c->row >= c->total) return SQLITE_OK;
  int ncol = c->rows.ncol;
  nw_rows_free(&c->rows);
  nw_rows_init(&c->rows, ncol);
  c->first = c->row;
  const char *err = NULL;
  int rc = nw_function_rows(vt->fn, c->doc, opt_text(c->input[1]), c->first,
                            TVF_WINDOW, &c->rows, &c->total, &err);
  if (rc == NW_ERROR) return vtab_error(vt, sqlite3_mprintf("%s", err));
  return rc == NW_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* xEof. */
static int tvf_eof(sqlite3_vtab_cursor *cur) {
  tvf_cursor *c = (tvf_cursor *)cur;
  return c->row >= c->total;
}

/* xColumn: an output value, or a hidden input as given. */
static int tvf_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  tvf_cursor *c = (tvf_cursor *)cur;
  int ncol = c->rows.ncol;
  if (i >= ncol) {
    sqlite3_value *v = (i - ncol < 2) ? c->input[i - ncol] : NULL;
    if (v) sqlite3_result_value(ctx, v);
    return SQLITE_OK;
  }
  nw_glue_result(ctx, &c->rows.v[(c->row - c->first) * (size_t)ncol + (size_t)i]);
  return SQLITE_OK;
}

/* xRowid: the row's position. */
static int tvf_rowid(sqlite3_vtab_cursor *cur, sqlite_int64 *rowid) {
  *rowid = (sqlite_int64)((tvf_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module tvf_module = {
    0,              /* iVersion */
    NULL,           /* xCreate: NULL makes the table eponymous-only */
    tvf_connect,    tvf_best_index, tvf_disconnect, NULL, tvf_open, tvf_close,
    tvf_filter,     tvf_next,       tvf_eof,        tvf_column, tvf_rowid,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};

/* Register f as an eponymous table-valued function on db. */
int nw_glue_register_tvf(sqlite3 *db, const nw_function *f, nw_cache *cache) {
  nw_module_aux *a = sqlite3_malloc(sizeof *a);
  if (!a) return SQLITE_NOMEM;
  a->fn = f;
  a->cache = cache;
  return sqlite3_create_module_v2(db, f->name, &tvf_module, a, sqlite3_free);
}
