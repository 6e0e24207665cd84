/* The checks every C unit test counts, and its closing line
 * "N passed, M failed". */
#ifndef NW_CHECK_H
#define NW_CHECK_H

#include <stdio.h>

static int passed, failed;

/* Record one check; print what failed (and the detail, when given). */
static void check(int ok, const char *what, const char *detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  }
}

/* Print the closing line; the exit status of the test program. */
static int check_report(void) {
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

#endif
