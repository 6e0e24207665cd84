/* Result rows: what every extractor produces and every SQL surface (table-
 * valued functions, the *_json scalars, money_value ...) reads.  A row is a
 * fixed number of typed values; text values point into the document, into
 * static strings, or into the row set's own arena. */
#ifndef NW_ROWS_H
#define NW_ROWS_H

#include <stddef.h>
#include <stdint.h>

enum { NW_V_NULL = 0, NW_V_INT, NW_V_REAL, NW_V_TEXT };

typedef struct nw_val {
  int type;    /* NW_V_* */
  union {
    int64_t i;     /* NW_V_INT */
    double r;      /* NW_V_REAL */
    const char *p; /* NW_V_TEXT, len bytes */
  };
  size_t len;
} nw_val;

typedef struct nw_arena_block nw_arena_block;

typedef struct nw_rows {
  int ncol;
  nw_val *v; /* nrow * ncol values */
  size_t nrow, cap;
  nw_arena_block *arena;
  int oom;
} nw_rows;

/* Start an empty row set of ncol columns. */
void nw_rows_init(nw_rows *r, int ncol);
/* Release all rows and the arena. */
void nw_rows_free(nw_rows *r);
/* Append a row of NULLs; returns it, or NULL when out of memory. */
nw_val *nw_rows_add(nw_rows *r);
/* Copy n bytes into the arena; returns the copy or NULL when out of memory. */
const char *nw_rows_strdup(nw_rows *r, const char *p, size_t n);

/* Value setters. */
static inline void nw_set_int(nw_val *v, int64_t i) { v->type = NW_V_INT; v->i = i; }
static inline void nw_set_real(nw_val *v, double r) { v->type = NW_V_REAL; v->r = r; }
static inline void nw_set_text(nw_val *v, const char *p, size_t n) {
  v->type = NW_V_TEXT; v->p = p; v->len = n;
}
static inline void nw_set_null(nw_val *v) { v->type = NW_V_NULL; }

#endif
