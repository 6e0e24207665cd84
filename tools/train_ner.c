/* Trainer of the entity tagger (ext/tagger.c).
 *
 *   train_ner --train conll2003/train.txt --dev conll2003/valid.txt \
 *             --out models/ner.bin [--epochs 8] [--seed 1] [--bits 16]
 *             [--common reuters2007.jsonl] [--qmin 1]
 *
 * Reads CoNLL-2003 files (token POS chunk NER, IOB2, -DOCSTART- between
 * documents), turns every document into natural text exactly as
 * tests/eval_ner.py does (one sentence a line, no space before , . ; : ) 's
 * n't % ? ! and none after "("), analyses it with the project's own
 * tokenizer and sentence splitter, and aligns the gold entities to our
 * tokens by byte span, so training sees the tokens the runtime sees.  Then
 * trains the averaged perceptron for a fixed number of epochs over the
 * documents in an order drawn from a fixed seed (bit-for-bit reproducible),
 * quantises the averaged weights to int8, packs them and writes the model
 * image (little-endian uint32s: magic "NWN3", bucket bits, features,
 * common-word slots, scale; the first feature of each bucket + 1; the
 * common-word set; then per feature, in hash order, a record of
 * NW_TAG_REC bytes: the hash, 17 int8 weights + 128, zero padding);
 * finally scores the packed model on the dev file. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "gazetteer.h"
#include "tagger.h"

typedef struct gold_ent {
  uint32_t b0, b1;
  int type;
} gold_ent;

typedef struct tdoc {
  nw_doc *d;
  uint8_t *gold; /* gold class of every token */
  gold_ent *ents;
  size_t nents;
} tdoc;

typedef struct corpus {
  tdoc *docs;
  size_t n, cap;
} corpus;

/* Growable byte buffer. */
typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

/* Exit with a message (the trainer is a tool: no recovery needed). */
static void die(const char *msg) {
  fprintf(stderr, "train_ner: %s\n", msg);
  exit(1);
}

/* Checked realloc. */
static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) die("out of memory");
  return q;
}

/* Append n bytes to b. */
static void buf_add(buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->p = xrealloc(b->p, b->cap);
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

/* Type index of a CoNLL/IOB2 tag suffix, -1 for O. */
static int tag_type(const char *tag) {
  if (strlen(tag) < 3) return -1;
  if (!strcmp(tag + 2, "PER")) return NW_T_PER;
  if (!strcmp(tag + 2, "ORG")) return NW_T_ORG;
  if (!strcmp(tag + 2, "LOC")) return NW_T_LOC;
  if (!strcmp(tag + 2, "MISC")) return NW_T_MISC;
  return -1;
}

/* Is tok written without a space before it in natural text? */
static int no_space_before(const char *tok) {
  static const char *const w[] = {",", ".", ";", ":", ")", "'s", "n't", "%",
                                  "?", "!", NULL};
  for (int i = 0; w[i]; i++)
    if (!strcmp(tok, w[i])) return 1;
  return 0;
}

typedef struct sent_acc {
  buf text;
  gold_ent *ents;
  size_t nents, cap;
  int open_type;
  uint32_t open_b0, last_b1;
  int first_tok, prev_open_paren;
} sent_acc;

/* Close the entity being read, if any. */
static void close_ent(sent_acc *a) {
  if (a->open_type < 0) return;
  if (a->nents == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 64;
    a->ents = xrealloc(a->ents, a->cap * sizeof *a->ents);
  }
  a->ents[a->nents++] = (gold_ent){a->open_b0, a->last_b1, a->open_type};
  a->open_type = -1;
}

/* Add one CoNLL token with its tag to the document text. */
static void add_token(sent_acc *a, const char *tok, const char *tag) {
  if (!a->first_tok && !no_space_before(tok) && !a->prev_open_paren)
    buf_add(&a->text, " ", 1);
  uint32_t b0 = (uint32_t)a->text.n;
  buf_add(&a->text, tok, strlen(tok));
  int ty = tag_type(tag);
  if (ty < 0 || tag[0] == 'B' || ty != a->open_type) close_ent(a);
  if (ty >= 0 && a->open_type < 0) {
    a->open_type = ty;
    a->open_b0 = b0;
  }
  a->last_b1 = (uint32_t)a->text.n;
  a->first_tok = 0;
  a->prev_open_paren = !strcmp(tok, "(");
}

/* Give every token the BILOU class of the gold entity it lies in. */
static void align(tdoc *td) {
  const nw_tokens *tk = &td->d->tok;
  td->gold = calloc(tk->n ? tk->n : 1, 1);
  if (!td->gold) die("out of memory");
  size_t t = 0;
  for (size_t e = 0; e < td->nents; e++) {
    const gold_ent *g = &td->ents[e];
    while (t < tk->n && tk->t[t].b1 <= g->b0) t++;
    size_t a = t;
    while (t < tk->n && tk->t[t].b0 < g->b1) t++;
    if (t == a) continue;
    for (size_t k = a; k < t; k++) {
      int part = t - a == 1 ? 3 : k == a ? 0 : k + 1 == t ? 2 : 1;
      td->gold[k] = (uint8_t)NW_TAG(g->type, part);
    }
  }
}

/* Finish one document: analyse its text and align the gold entities. */
static void end_doc(corpus *c, sent_acc *a) {
  close_ent(a);
  if (a->text.n == 0) return;
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 256;
    c->docs = xrealloc(c->docs, c->cap * sizeof *c->docs);
  }
  tdoc *td = &c->docs[c->n++];
  td->d = nw_doc_new((const unsigned char *)a->text.p, a->text.n);
  if (!td->d) die("out of memory");
  td->ents = a->ents;
  td->nents = a->nents;
  align(td);
  a->ents = NULL;
  a->nents = a->cap = 0;
  a->text.n = 0;
  a->first_tok = 1;
}

/* Read a CoNLL-2003 file into documents. */
static void read_conll(const char *path, corpus *c) {
  FILE *f = fopen(path, "r");
  if (!f) die("cannot open a CoNLL file");
  char line[4096];
  sent_acc a = {0};
  a.open_type = -1;
  a.first_tok = 1;
  int in_sent = 0;
  while (fgets(line, sizeof line, f)) {
    char tok[1024], pos[64], chunk[64], tag[64];
    if (sscanf(line, "%1023s %63s %63s %63s", tok, pos, chunk, tag) != 4) {
      close_ent(&a);
      if (in_sent) buf_add(&a.text, "\n", 1);
      in_sent = 0;
      a.first_tok = 1;
      continue;
    }
    if (!strcmp(tok, "-DOCSTART-")) {
      end_doc(c, &a);
      continue;
    }
    add_token(&a, tok, tag);
    in_sent = 1;
  }
  end_doc(c, &a);
  free(a.text.p);
  free(a.ents);
  fclose(f);
}

/* ---- common lower-case words ---------------------------------------- */

typedef struct counter {
  uint32_t *key, *cnt;
  uint32_t slots, used;
} counter;

/* Count hash h (grows the table as needed). */
static void count_add(counter *c, uint32_t h, uint32_t by) {
  if (!h) h = 1;
  if (2 * (c->used + 1) > c->slots) {
    counter n = {0};
    n.slots = c->slots ? c->slots * 2 : 1 << 16;
    n.key = calloc(n.slots, 4);
    n.cnt = calloc(n.slots, 4);
    if (!n.key || !n.cnt) die("out of memory");
    for (uint32_t i = 0; i < c->slots; i++)
      if (c->key[i]) count_add(&n, c->key[i], c->cnt[i]);
    free(c->key);
    free(c->cnt);
    *c = n;
  }
  uint32_t i = (h * 0x9E3779B1u) & (c->slots - 1);
  while (c->key[i] && c->key[i] != h) i = (i + 1) & (c->slots - 1);
  if (!c->key[i]) c->used++;
  c->key[i] = h;
  c->cnt[i] += by;
}

/* Count the all-lower-case words of a text. */
static void count_lower(counter *c, const unsigned char *s, size_t n) {
  nw_tokens tk = {0};
  if (nw_tokenize(s, n, &tk)) die("out of memory");
  for (size_t i = 0; i < tk.n; i++)
    if (tk.t[i].kind == NW_K_WORD && (tk.t[i].flags & NW_F_LOWER) &&
        !(tk.t[i].flags & NW_F_CAP) && !(tk.t[i].flags & NW_F_POSS))
      count_add(c, tk.t[i].h, 1);
  nw_tokens_free(&tk);
}

/* Decode the JSON string starting after the opening quote at p (escapes
 * \n \t \" \\ \/ \uXXXX); appends to b and returns the end. */
static const char *json_string(const char *p, buf *b) {
  while (*p && *p != '"') {
    if (*p != '\\') {
      buf_add(b, p++, 1);
      continue;
    }
    p++;
    char ch = *p;
    if (ch == 'n') buf_add(b, "\n", 1);
    else if (ch == 't') buf_add(b, "\t", 1);
    else if (ch == 'u' && p[1] && p[2] && p[3] && p[4]) {
      unsigned v = (unsigned)strtoul((char[]){p[1], p[2], p[3], p[4], 0},
                                     NULL, 16);
      char u[3];
      if (v < 0x80) buf_add(b, (char[]){(char)v}, 1);
      else if (v < 0x800) {
        u[0] = (char)(0xC0 | v >> 6);
        u[1] = (char)(0x80 | (v & 63));
        buf_add(b, u, 2);
      } else {
        u[0] = (char)(0xE0 | v >> 12);
        u[1] = (char)(0x80 | ((v >> 6) & 63));
        u[2] = (char)(0x80 | (v & 63));
        buf_add(b, u, 3);
      }
      p += 4;
    } else if (ch) {
      buf_add(b, p, 1);
    }
    if (*p) p++;
  }
  return p;
}

/* Count words over the "body" fields of a JSON-lines corpus. */
static void count_jsonl(counter *c, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) die("cannot open the --common corpus");
  size_t len = 1 << 20;
  char *line = malloc(len);
  buf body = {0};
  if (!line) die("out of memory");
  while (fgets(line, (int)len, f)) {
    const char *p = strstr(line, "\"body\": \"");
    if (!p) continue;
    body.n = 0;
    json_string(p + 9, &body);
    buf_add(&body, "", 1); /* nw_tokenize wants a NUL after the text */
    body.n--;
    if (body.n) count_lower(c, (const unsigned char *)body.p, body.n);
  }
  free(line);
  free(body.p);
  fclose(f);
}

/* Build the common-word set: words seen lower case at least min times. */
static uint32_t *common_set(const counter *c, uint32_t min, uint32_t *slots) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < c->slots; i++) n += c->key[i] && c->cnt[i] >= min;
  uint32_t s = 16;
  while (s < 2 * n) s <<= 1;
  uint32_t *set = calloc(s, 4);
  if (!set) die("out of memory");
  for (uint32_t i = 0; i < c->slots; i++) {
    if (!c->key[i] || c->cnt[i] < min) continue;
    uint32_t h = c->key[i], k = (h * 0x9E3779B1u) & (s - 1);
    while (set[k]) k = (k + 1) & (s - 1);
    set[k] = h;
  }
  *slots = s;
  return set;
}

/* ---- the perceptron -------------------------------------------------- */

typedef struct prow {
  int32_t w[NW_TAG_NCLASS];
  int64_t acc[NW_TAG_NCLASS];
  uint32_t ts[NW_TAG_NCLASS];
} prow;

typedef struct perc {
  uint32_t *key, *idx; /* feature -> row + 1 */
  uint32_t slots;
  prow *rows;
  size_t nrow, cap;
  uint32_t clock;      /* decisions so far (for averaging) */
  const uint8_t *gold; /* of the document being trained on */
  int train;
  size_t errors, seen;
} perc;

/* Row of feature f, or NULL (create: make one). */
static prow *perc_row(perc *p, uint32_t f, int create) {
  if (!f) f = 1;
  uint32_t i = (f * 0x9E3779B1u) & (p->slots - 1);
  while (p->key[i] && p->key[i] != f) i = (i + 1) & (p->slots - 1);
  if (p->key[i]) return &p->rows[p->idx[i] - 1];
  if (!create) return NULL;
  if (2 * (p->nrow + 1) > p->slots) die("feature table full");
  if (p->nrow == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 1 << 16;
    p->rows = xrealloc(p->rows, p->cap * sizeof *p->rows);
  }
  memset(&p->rows[p->nrow], 0, sizeof *p->rows);
  p->key[i] = f;
  p->idx[i] = (uint32_t)++p->nrow;
  return &p->rows[p->nrow - 1];
}

/* Add d to weight c of row r, keeping the averaging sums. */
static void perc_bump(perc *p, prow *r, int c, int d) {
  r->acc[c] += (int64_t)(p->clock - r->ts[c]) * r->w[c];
  r->ts[c] = p->clock;
  r->w[c] += d;
}

/* Training chooser: score with the current weights; on a mistake, move
 * the weights towards the gold class. */
static int perc_choose(void *ctx, size_t i, const uint32_t *f, size_t nf,
                       uint32_t allowed, float *margin) {
  perc *p = ctx;
  int32_t sc[NW_TAG_NCLASS] = {0};
  for (size_t k = 0; k < nf; k++) {
    const prow *r = perc_row(p, f[k], 0);
    if (r)
      for (int c = 0; c < NW_TAG_NCLASS; c++) sc[c] += r->w[c];
  }
  int best = -1;
  for (int c = 0; c < NW_TAG_NCLASS; c++)
    if ((allowed >> c & 1) && (best < 0 || sc[c] > sc[best])) best = c;
  *margin = 1;
  p->clock++;
  int g = p->gold[i];
  p->seen++;
  if (best != g && (allowed >> g & 1)) {
    p->errors++;
    for (size_t k = 0; k < nf; k++) {
      prow *r = perc_row(p, f[k], 1);
      perc_bump(p, r, g, 1);
      perc_bump(p, r, best, -1);
    }
  }
  return best;
}

/* ---- packing ---------------------------------------------------------- */

typedef struct qfeat {
  uint32_t f;
  int8_t q[NW_TAG_NCLASS];
} qfeat;

/* Order features by bucket then key. */
static int qfeat_cmp(const void *a, const void *b) {
  uint32_t x = ((const qfeat *)a)->f, y = ((const qfeat *)b)->f;
  return x < y ? -1 : x > y;
}

/* Compare floats for qsort. */
static int float_cmp(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return x < y ? -1 : x > y;
}

/* Averaged weight of class c of row r. */
static float avg_w(const perc *p, const prow *r, int c) {
  double a = (double)r->acc[c] + (double)(p->clock - r->ts[c]) * r->w[c];
  return (float)(a / p->clock);
}

/* Append a little-endian uint32 to b. */
static void put32(buf *b, uint32_t v) {
  char c[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  buf_add(b, c, 4);
}

/* Quantise, prune and pack the averaged weights into a model image. */
static void pack(const perc *p, unsigned bits, int qmin, const uint32_t *common,
                 uint32_t ncommon, buf *out) {
  size_t nv = 0;
  float *abs_w = malloc(p->nrow * NW_TAG_NCLASS * sizeof *abs_w);
  qfeat *qf = malloc(p->nrow * sizeof *qf);
  if (!abs_w || !qf) die("out of memory");
  for (size_t r = 0; r < p->nrow; r++)
    for (int c = 0; c < NW_TAG_NCLASS; c++) {
      float a = fabsf(avg_w(p, &p->rows[r], c));
      if (a > 0) abs_w[nv++] = a;
    }
  qsort(abs_w, nv, sizeof *abs_w, float_cmp);
  float clip = nv ? abs_w[(size_t)((double)nv * 0.9995)] : 1;
  float scale = clip / 127;
  free(abs_w);
  size_t nq = 0;
  for (uint32_t i = 0; i < p->slots; i++) {
    if (!p->key[i]) continue;
    const prow *r = &p->rows[p->idx[i] - 1];
    qfeat q = {p->key[i], {0}};
    int nz = 0;
    for (int c = 0; c < NW_TAG_NCLASS; c++) {
      long v = lroundf(avg_w(p, r, c) / scale);
      if (v > 127) v = 127;
      if (v < -127) v = -127;
      if (labs(v) < qmin) v = 0;
      q.q[c] = (int8_t)v;
      nz |= v != 0;
    }
    if (nz) qf[nq++] = q;
  }
  qsort(qf, nq, sizeof *qf, qfeat_cmp);
  uint32_t nb = 1u << bits;
  uint32_t *boff = calloc(nb + 1, 4);
  if (!boff) die("out of memory");
  size_t nf = 0;
  for (size_t k = 0; k < nq; k++) {
    if (nf && qf[nf - 1].f == qf[k].f) continue;
    qf[nf++] = qf[k];
    boff[(qf[k].f >> (32 - bits)) + 1]++;
  }
  for (uint32_t b = 0; b < nb; b++) boff[b + 1] += boff[b];
  uint32_t sc;
  memcpy(&sc, &scale, 4);
  put32(out, 0x334E574Eu);
  put32(out, bits);
  put32(out, (uint32_t)nf);
  put32(out, ncommon);
  put32(out, sc);
  for (uint32_t b = 0; b <= nb; b++) put32(out, boff[b]);
  for (uint32_t k = 0; k < ncommon; k++) put32(out, common[k]);
  for (size_t k = 0; k < nf; k++) {
    char pad[NW_TAG_REC - 4 - NW_TAG_NCLASS] = {0};
    unsigned char u[NW_TAG_NCLASS];
    for (int c = 0; c < NW_TAG_NCLASS; c++) u[c] = (unsigned char)(qf[k].q[c] + 128);
    put32(out, qf[k].f);
    buf_add(out, (const char *)u, NW_TAG_NCLASS);
    buf_add(out, pad, sizeof pad);
  }
  fprintf(stderr, "packed: %zu rows, %zu features kept, scale %g, %zu bytes\n",
          p->nrow, nf, (double)scale, out->n);
  free(boff);
  free(qf);
}

/* ---- evaluation ------------------------------------------------------- */

typedef struct prf {
  size_t tp[NW_T_NTYPE], fp[NW_T_NTYPE], fn[NW_T_NTYPE];
} prf;

/* Count the predicted entities of one decoded document against gold. */
static void score_doc(const tdoc *td, const uint8_t *tags, prf *s) {
  const nw_token *tk = td->d->tok.t;
  size_t n = td->d->tok.n, g = 0;
  for (size_t i = 0; i < n; i++) {
    if (tags[i] == NW_TAG_O ||
        (NW_TAG_PART(tags[i]) > 0 && NW_TAG_PART(tags[i]) < 3))
      continue;
    size_t e = i;
    if (NW_TAG_PART(tags[i]) == 0)
      while (e + 1 < n && NW_TAG_PART(tags[e]) != 2) e++;
    uint32_t b0 = tk[i].b0, b1 = tk[e].b1;
    int ty = NW_TAG_TYPE(tags[i]), hit = 0;
    while (g < td->nents && td->ents[g].b1 <= b0) g++;
    for (size_t k = g; k < td->nents && td->ents[k].b0 <= b0; k++)
      if (td->ents[k].b0 == b0 && td->ents[k].b1 == b1 &&
          td->ents[k].type == ty)
        hit = 1;
    if (hit) s->tp[ty]++;
    else s->fp[ty]++;
  }
  for (size_t k = 0; k < td->nents; k++) s->fn[td->ents[k].type]++;
}

/* Print P/R/F1 per type and overall (PER/ORG/LOC, and with MISC). */
static void report(const prf *s) {
  static const char *const names[] = {"PER", "ORG", "LOC", "MISC"};
  size_t T = 0, P = 0, G = 0;
  for (int t = 0; t < NW_T_NTYPE; t++) {
    size_t g = s->fn[t], p = s->tp[t] + s->fp[t];
    double pr = p ? (double)s->tp[t] / p : 0, rc = g ? (double)s->tp[t] / g : 0;
    printf("%-5s P %.4f R %.4f F1 %.4f (gold %zu)\n", names[t], pr, rc,
           pr + rc ? 2 * pr * rc / (pr + rc) : 0, g);
    if (t == NW_T_MISC) {
      double a = P ? (double)T / P : 0, b = G ? (double)T / G : 0;
      printf("PER/ORG/LOC F1 %.4f\n", a + b ? 2 * a * b / (a + b) : 0);
    }
    T += s->tp[t];
    P += p;
    G += g;
  }
  double a = P ? (double)T / P : 0, b = G ? (double)T / G : 0;
  printf("all four F1 %.4f\n", a + b ? 2 * a * b / (a + b) : 0);
}

/* Decode the dev corpus with the packed model and report. */
static void evaluate(const corpus *dev, const nw_model *m) {
  prf s = {0};
  for (size_t k = 0; k < dev->n; k++) {
    const tdoc *td = &dev->docs[k];
    size_t n = td->d->tok.n ? td->d->tok.n : 1;
    uint8_t *tags = malloc(n);
    float *mg = malloc(n * sizeof *mg);
    nw_tagdoc *st = nw_tagdoc_new(td->d, m->common, m->ncommon);
    if (!tags || !mg || !st) die("out of memory");
    nw_tag_decode(st, nw_model_choose, (void *)m, tags, mg);
    score_doc(td, tags, &s);
    nw_tagdoc_free(st);
    free(tags);
    free(mg);
  }
  report(&s);
}

/* ---- main -------------------------------------------------------------- */

/* Train the perceptron over the corpus. */
static void train(perc *p, const corpus *c, int epochs, uint32_t seed,
                  const uint32_t *common, uint32_t ncommon) {
  size_t *order = malloc(c->n * sizeof *order);
  if (!order) die("out of memory");
  for (size_t k = 0; k < c->n; k++) order[k] = k;
  uint64_t rng = seed * 6364136223846793005ull + 1442695040888963407ull;
  for (int e = 0; e < epochs; e++) {
    for (size_t k = c->n; k > 1; k--) {
      rng = rng * 6364136223846793005ull + 1442695040888963407ull;
      size_t j = (size_t)((rng >> 33) % k), t = order[k - 1];
      order[k - 1] = order[j];
      order[j] = t;
    }
    p->errors = p->seen = 0;
    for (size_t k = 0; k < c->n; k++) {
      const tdoc *td = &c->docs[order[k]];
      size_t n = td->d->tok.n ? td->d->tok.n : 1;
      uint8_t *tags = malloc(n);
      float *mg = malloc(n * sizeof *mg);
      nw_tagdoc *st = nw_tagdoc_new(td->d, common, ncommon);
      if (!tags || !mg || !st) die("out of memory");
      p->gold = td->gold;
      nw_tag_decode(st, perc_choose, p, tags, mg);
      nw_tagdoc_free(st);
      free(tags);
      free(mg);
    }
    fprintf(stderr, "epoch %d: %zu errors in %zu decisions, %zu rows\n",
            e + 1, p->errors, p->seen, p->nrow);
  }
  free(order);
}

/* Free a corpus. */
static void corpus_free(corpus *c) {
  for (size_t k = 0; k < c->n; k++) {
    nw_doc_free(c->docs[k].d);
    free(c->docs[k].gold);
    free(c->docs[k].ents);
  }
  free(c->docs);
}

int main(int argc, char **argv) {
  const char *trainf = NULL, *devf = NULL, *outf = NULL, *commonf = NULL;
  int epochs = 8, qmin = 1;
  unsigned bits = 16, seed = 1, cmin = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--train")) trainf = argv[i + 1];
    else if (!strcmp(argv[i], "--dev")) devf = argv[i + 1];
    else if (!strcmp(argv[i], "--out")) outf = argv[i + 1];
    else if (!strcmp(argv[i], "--common")) commonf = argv[i + 1];
    else if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--seed")) seed = (unsigned)atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--bits")) bits = (unsigned)atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--qmin")) qmin = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--cmin")) cmin = (unsigned)atoi(argv[i + 1]);
    else die("unknown option");
  }
  if (!trainf || !outf || bits < 8 || bits > 20) die("usage: see the top of tools/train_ner.c");
  if (nw_gaz_init()) die("out of memory");
  corpus tr = {0}, dev = {0};
  read_conll(trainf, &tr);
  if (devf) read_conll(devf, &dev);
  counter cnt = {0};
  for (size_t k = 0; k < tr.n; k++)
    count_lower(&cnt, tr.docs[k].d->s, tr.docs[k].d->n);
  if (commonf) count_jsonl(&cnt, commonf);
  uint32_t ncommon;
  uint32_t *common = common_set(&cnt, cmin, &ncommon);
  fprintf(stderr, "%zu train docs, %zu dev docs, %u common-word slots\n",
          tr.n, dev.n, ncommon);
  perc p = {0};
  p.slots = 1u << 23;
  p.key = calloc(p.slots, 4);
  p.idx = calloc(p.slots, 4);
  if (!p.key || !p.idx) die("out of memory");
  train(&p, &tr, epochs, seed, common, ncommon);
  buf img = {0};
  pack(&p, bits, qmin, common, ncommon, &img);
  FILE *f = fopen(outf, "wb");
  if (!f || fwrite(img.p, 1, img.n, f) != img.n || fclose(f))
    die("cannot write the model");
  nw_model m;
  if (nw_model_parse((const unsigned char *)img.p, img.n, &m))
    die("packed model does not parse");
  if (devf) evaluate(&dev, &m);
  free(img.p);
  free(p.key);
  free(p.idx);
  free(p.rows);
  free(common);
  free(cnt.key);
  free(cnt.cnt);
  corpus_free(&tr);
  corpus_free(&dev);
  return 0;
}
