/* Result rows and their string arena. */
#include "rows.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>

struct nw_arena_block {
  nw_arena_block *next;
  size_t used, cap;
  char data[];
};

/* Start an empty row set. */
void nw_rows_init(nw_rows *r, int ncol) {
  memset(r, 0, sizeof *r);
  r->ncol = ncol;
}

/* Free rows and arena blocks. */
void nw_rows_free(nw_rows *r) {
  free(r->v);
  while (r->arena) {
    nw_arena_block *b = r->arena;
    r->arena = b->next;
    free(b);
  }
  r->v = NULL;
  r->nrow = r->cap = 0;
}

/* Append a row of NULL values. */
nw_val *nw_rows_add(nw_rows *r) {
  nw_val *v = nw_grow(r->v, &r->cap, r->nrow, (size_t)r->ncol * sizeof *v, 16);
  if (!v) {
    r->oom = 1;
    return NULL;
  }
  r->v = v;
  nw_val *row = &r->v[r->nrow++ * (size_t)r->ncol];
  memset(row, 0, (size_t)r->ncol * sizeof *row);
  return row;
}

/* Copy bytes into the arena (NUL-terminated for convenience). */
const char *nw_rows_strdup(nw_rows *r, const char *p, size_t n) {
  nw_arena_block *b = r->arena;
  if (!b || b->cap - b->used < n + 1) {
    size_t cap = n + 1 > 4000 ? n + 1 : 4000;
    b = malloc(sizeof *b + cap);
    if (!b) {
      r->oom = 1;
      return NULL;
    }
    b->next = r->arena;
    b->used = 0;
    b->cap = cap;
    r->arena = b;
  }
  char *dst = b->data + b->used;
  if (n) memcpy(dst, p, n);
  dst[n] = 0;
  b->used += n + 1;
  return dst;
}
