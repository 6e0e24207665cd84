/* The entity model compiled into the library: models/ner.bin (made by
 * tools/train_ner.c, see models/README.md) is embedded with the assembler's
 * .incbin, so `.load` needs no other file.  Parsed once, read-only after. */
#include <pthread.h>

#include "tagger.h"

#if defined(__APPLE__)
#define NW_SYM(x) "_" #x
#define NW_SECTION ".const_data"
#define NW_HIDDEN(x) ".private_extern " NW_SYM(x) "\n"
#else
#define NW_SYM(x) #x
#define NW_SECTION ".section .rodata"
#define NW_HIDDEN(x) ".hidden " NW_SYM(x) "\n"
#endif

__asm__(NW_SECTION "\n"
        ".balign 16\n"
        ".globl " NW_SYM(nw_model_blob) "\n"
        NW_HIDDEN(nw_model_blob)
        NW_SYM(nw_model_blob) ":\n"
        ".incbin \"models/ner.bin\"\n"
        ".globl " NW_SYM(nw_model_blob_end) "\n"
        NW_HIDDEN(nw_model_blob_end)
        NW_SYM(nw_model_blob_end) ":\n"
        ".byte 0\n"
#if !defined(__APPLE__)
        ".previous\n"
#endif
);

extern const unsigned char nw_model_blob[];
extern const unsigned char nw_model_blob_end[];

static nw_model builtin;
static int builtin_ok;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

/* Parse the embedded image (run once). */
static void builtin_parse(void) {
  size_t n = (size_t)(nw_model_blob_end - nw_model_blob);
  builtin_ok = nw_model_parse(nw_model_blob, n, &builtin) == 0;
}

/* The built-in model, or NULL when the image is unusable. */
const nw_model *nw_model_builtin(void) {
  pthread_once(&builtin_once, builtin_parse);
  return builtin_ok ? &builtin : NULL;
}
