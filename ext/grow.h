/* Growable arrays: the one place that doubles a buffer's capacity. */
#ifndef NW_GROW_H
#define NW_GROW_H

#include <stdint.h>
#include <stdlib.h>

/* Make room for one more element in the array p that holds n elements of
 * size bytes in *cap slots: returns p, or the array moved to twice the
 * capacity (at least first slots).  NULL when out of memory (p is then
 * untouched and still owned by the caller). */
static inline void *nw_grow(void *p, size_t *cap, size_t n, size_t size,
                            size_t first) {
  if (n < *cap) return p;
  size_t c = *cap ? *cap * 2 : first;
  if (c < *cap || c > SIZE_MAX / size) return NULL;
  void *q = realloc(p, c * size);
  if (q) *cap = c;
  return q;
}

#endif
