/* The C API (include/news.h): the catalogue's rows without SQLite. */
#include <stdlib.h>

#include "functions.h"
#include "news.h"

struct news_result {
  const nw_function *fn;
  nw_doc *doc;
  nw_rows rows;
  const char *err;
};

/* Run a catalogue function over text. */
int news_run(const char *function, const char *text, size_t n,
             const char *option, news_result **out) {
  *out = NULL;
  news_result *r = calloc(1, sizeof *r);
  if (!r) return NEWS_NOMEM;
  r->fn = nw_function_find(function);
  if (!r->fn) {
    r->err = "news_run: unknown function";
    *out = r;
    return NEWS_ERROR;
  }
  nw_rows_init(&r->rows, r->fn->ncol);
  r->doc = nw_doc_new((const unsigned char *)(text ? text : ""), text ? n : 0);
  size_t total;
  int rc = r->doc ? nw_function_rows(r->fn, r->doc, option, 0, SIZE_MAX,
                                     &r->rows, &total, &r->err)
                  : NW_NOMEM;
  if (rc == NW_NOMEM) {
    news_result_free(r);
    return NEWS_NOMEM;
  }
  *out = r;
  return rc == NW_OK ? NEWS_OK : NEWS_ERROR;
}

/* Error message or NULL. */
const char *news_result_error(const news_result *r) { return r->err; }
/* Row count. */
size_t news_result_rows(const news_result *r) { return r->rows.nrow; }
/* Column count (0 for an unknown function). */
int news_result_columns(const news_result *r) { return r->fn ? r->fn->ncol : 0; }
/* Column name. */
const char *news_result_column_name(const news_result *r, int col) {
  return r->fn->cols[col].name;
}
/* One cell. */
static const nw_val *cell(const news_result *r, size_t row, int col) {
  return &r->rows.v[row * (size_t)r->rows.ncol + (size_t)col];
}
/* Cell type. */
int news_result_type(const news_result *r, size_t row, int col) {
  return cell(r, row, col)->type;
}
/* Integer cell. */
int64_t news_result_int(const news_result *r, size_t row, int col) {
  return cell(r, row, col)->i;
}
/* Real cell. */
double news_result_real(const news_result *r, size_t row, int col) {
  return cell(r, row, col)->r;
}
/* Text cell. */
const char *news_result_text(const news_result *r, size_t row, int col,
                             size_t *len) {
  const nw_val *v = cell(r, row, col);
  if (len) *len = v->len;
  return v->p;
}
/* Free the result and its document. */
void news_result_free(news_result *r) {
  if (!r) return;
  nw_rows_free(&r->rows);
  nw_doc_release(r->doc);
  free(r);
}
