/* The catalogue of extractor functions and their row producers. */
#include "functions.h"

#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "money.h"
#include "quotes.h"

/* Set v to the character offset of byte b; NW_NOMEM when the map fails. */
static int set_offset(nw_doc *d, nw_val *v, size_t b) {
  int64_t c = nw_doc_char(d, b);
  if (c < 0) return NW_NOMEM;
  nw_set_int(v, c);
  return NW_OK;
}

static const nw_column sentence_cols[] = {
    {"sentence", "INTEGER"}, {"text", "TEXT"}, {"start", "INTEGER"},
    {"end", "INTEGER"}};

/* news_sentences: one row per sentence. */
static int prepare_sentences(nw_doc *d, const char *opt, size_t *nrow,
                             const char **err) {
  (void)opt;
  (void)err;
  *nrow = d->nsent;
  return NW_OK;
}

/* The values of sentence i. */
static int row_sentence(nw_doc *d, const char *opt, size_t i, nw_val *v,
                        nw_rows *out) {
  (void)opt;
  (void)out;
  const nw_sentence *s = &d->sent[i];
  nw_set_int(&v[0], (int64_t)i);
  nw_set_text(&v[1], (const char *)d->s + s->b0, s->b1 - s->b0);
  if (set_offset(d, &v[2], s->b0) || set_offset(d, &v[3], s->b1))
    return NW_NOMEM;
  return NW_OK;
}

static const nw_column money_cols[] = {
    {"text", "TEXT"},      {"amount", "REAL"},   {"amount_max", "REAL"},
    {"currency", "TEXT"},  {"qualifier", "TEXT"}, {"per", "TEXT"},
    {"start", "INTEGER"},  {"end", "INTEGER"},   {"sentence", "INTEGER"}};

/* The amounts of a document for each dollar option asked for, kept in the
 * document (d->money) so that rows can be produced a window at a time. */
typedef struct money_lists {
  size_t n;
  struct money_entry {
    char dollar[4];
    nw_money_list l;
  } *e;
} money_lists;

/* Free the document's amount lists. */
static void money_lists_free(void *p) {
  money_lists *m = p;
  for (size_t i = 0; m && i < m->n; i++) nw_money_list_free(&m->e[i].l);
  if (m) free(m->e);
  free(m);
}

/* Read the dollar option into an upper-case ISO code; NW_ERROR when it is
 * not a known code. */
static int dollar_code(const char *opt, char dollar[4], const char **err) {
  memcpy(dollar, "USD", 4);
  if (!opt) return NW_OK;
  if (strlen(opt) != 3) {
    *err = "money_amounts(): the dollar argument must be an ISO 4217 code such as 'USD' or 'CAD'";
    return NW_ERROR;
  }
  for (size_t i = 0; i < 3; i++)
    dollar[i] = (char)(opt[i] >= 'a' && opt[i] <= 'z' ? opt[i] - 32 : opt[i]);
  if (!nw_currency_known(dollar)) {
    *err = "money_amounts(): unknown currency code for the dollar argument (use an ISO 4217 code such as 'USD' or 'CAD')";
    return NW_ERROR;
  }
  return NW_OK;
}

/* The amounts of d with a bare "$" read as dollar: found in d->money, or
 * scanned now and kept there.  NULL when out of memory. */
static const nw_money_list *money_list(nw_doc *d, const char dollar[4]) {
  money_lists *m = d->money.data;
  if (!m) {
    m = calloc(1, sizeof *m);
    if (!m) return NULL;
    d->money.data = m;
    d->money.free = money_lists_free;
  }
  for (size_t i = 0; i < m->n; i++)
    if (memcmp(m->e[i].dollar, dollar, 4) == 0) return &m->e[i].l;
  struct money_entry *e = realloc(m->e, (m->n + 1) * sizeof *e);
  if (!e) return NULL;
  m->e = e;
  e = &m->e[m->n];
  memset(e, 0, sizeof *e);
  memcpy(e->dollar, dollar, 4);
  if (nw_money_scan(d, dollar, &e->l) != NW_OK) {
    nw_money_list_free(&e->l);
    return NULL;
  }
  m->n++;
  return &e->l;
}

/* money_amounts: one row per amount of money. */
static int prepare_money(nw_doc *d, const char *opt, size_t *nrow,
                         const char **err) {
  char dollar[4];
  int rc = dollar_code(opt, dollar, err);
  if (rc != NW_OK) return rc;
  const nw_money_list *l = money_list(d, dollar);
  if (!l) return NW_NOMEM;
  *nrow = l->n;
  return NW_OK;
}

/* Set v to a copy of the C string z in out's arena. */
static int set_copy(nw_rows *out, nw_val *v, const char *z) {
  size_t n = strlen(z);
  const char *c = nw_rows_strdup(out, z, n);
  if (!c) return NW_NOMEM;
  nw_set_text(v, c, n);
  return NW_OK;
}

/* The values of amount i (prepare_money has checked the option). */
static int row_money(nw_doc *d, const char *opt, size_t i, nw_val *v,
                     nw_rows *out) {
  char dollar[4];
  const char *err = NULL;
  if (dollar_code(opt, dollar, &err) != NW_OK) return NW_ERROR;
  const nw_money_list *l = money_list(d, dollar);
  if (!l) return NW_NOMEM;
  const nw_money *m = &l->m[i];
  nw_set_text(&v[0], (const char *)d->s + m->b0, m->b1 - m->b0);
  nw_set_real(&v[1], m->amount);
  nw_set_real(&v[2], m->amount_max);
  if (set_copy(out, &v[3], m->currency)) return NW_NOMEM;
  if (m->qualifier) nw_set_text(&v[4], m->qualifier, strlen(m->qualifier));
  if (m->per[0] && set_copy(out, &v[5], m->per)) return NW_NOMEM;
  if (set_offset(d, &v[6], m->b0) || set_offset(d, &v[7], m->b1))
    return NW_NOMEM;
  nw_set_int(&v[8], (int64_t)nw_doc_sentence_at(d, m->b0));
  return NW_OK;
}

/* Set v to the text of d's bytes [b0, b1). */
static void set_span(const nw_doc *d, nw_val *v, uint32_t b0, uint32_t b1) {
  nw_set_text(v, (const char *)d->s + b0, b1 - b0);
}

/* Set v to a name spanning d's bytes [b0, b1) with each run of white space
 * (a hard-wrapped line break, double spaces) written as one space; names
 * are not offsets, so they need not match the text byte for byte. */
static int set_name(const nw_doc *d, nw_rows *out, nw_val *v, uint32_t b0,
                    uint32_t b1) {
  const char *p = (const char *)d->s + b0;
  size_t n = b1 - b0, i, k = 0;
  for (i = 0; i + 1 < n; i++)
    if ((p[i] == ' ' && p[i + 1] == ' ') || p[i] == '\n' || p[i] == '\r' ||
        p[i] == '\t')
      break;
  if (i + 1 >= n) {
    nw_set_text(v, p, n);
    return NW_OK;
  }
  const char *q = nw_rows_strdup(out, p, n);
  if (!q) return NW_NOMEM;
  char *w = (char *)q;
  for (i = 0; i < n; i++) {
    char c = p[i];
    int space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && k > 0 && w[k - 1] == ' ') continue;
    w[k++] = space ? ' ' : c;
  }
  nw_set_text(v, q, k);
  return NW_OK;
}

static const nw_column entity_cols[] = {
    {"entity_id", "INTEGER"}, {"text", "TEXT"},      {"label", "TEXT"},
    {"canonical", "TEXT"},    {"start", "INTEGER"},  {"end", "INTEGER"},
    {"sentence", "INTEGER"},  {"score", "REAL"}};

/* extract_entities: one row per mention of a named entity. */
static int prepare_entities(nw_doc *d, const char *opt, size_t *nrow,
                            const char **err) {
  (void)opt;
  (void)err;
  const nw_entities *e = nw_doc_entities(d);
  if (!e) return NW_NOMEM;
  *nrow = e->n;
  return NW_OK;
}

/* The values of mention i. */
static int row_entity(nw_doc *d, const char *opt, size_t i, nw_val *v,
                      nw_rows *out) {
  (void)opt;
  const nw_entities *e = nw_doc_entities(d);
  if (!e) return NW_NOMEM;
  const nw_mention *m = &e->m[i];
  const nw_entity *ent = &e->e[m->entity];
  const char *label = nw_label_name(m->label);
  nw_set_int(&v[0], (int64_t)m->entity + 1);
  nw_set_text(&v[1], (const char *)d->s + m->b0, m->b1 - m->b0);
  nw_set_text(&v[2], label, strlen(label));
  if (set_name(d, out, &v[3], ent->cb0, ent->cb1)) return NW_NOMEM;
  if (set_offset(d, &v[4], m->b0) || set_offset(d, &v[5], m->b1))
    return NW_NOMEM;
  nw_set_int(&v[6], (int64_t)d->tok_sent[m->t0]);
  nw_set_real(&v[7], m->score);
  return NW_OK;
}

static const nw_column quote_cols[] = {
    {"quote", "TEXT"},         {"speaker", "TEXT"},
    {"speaker_canonical", "TEXT"}, {"speaker_entity_id", "INTEGER"},
    {"verb", "TEXT"},          {"kind", "TEXT"},
    {"start", "INTEGER"},      {"end", "INTEGER"},
    {"speaker_start", "INTEGER"}, {"speaker_end", "INTEGER"},
    {"sentence", "INTEGER"}};


/* quote_speakers: one row per quotation. */
static int prepare_quotes(nw_doc *d, const char *opt, size_t *nrow,
                          const char **err) {
  (void)opt;
  (void)err;
  const nw_quotes *q = nw_doc_quotes(d);
  if (!q) return NW_NOMEM;
  *nrow = q->n;
  return NW_OK;
}

/* The values of quotation i. */
static int row_quote(nw_doc *d, const char *opt, size_t i, nw_val *v,
                     nw_rows *out) {
  (void)opt;
  static const char *const kinds[] = {"", "direct", "indirect", "mixed"};
  const nw_quotes *q = nw_doc_quotes(d);
  if (!q) return NW_NOMEM;
  const nw_quote *x = &q->q[i];
  set_span(d, &v[0], x->qb0, x->qb1);
  if (x->has_speaker) set_span(d, &v[1], x->sb0, x->sb1);
  if (x->has_canon && set_name(d, out, &v[2], x->cb0, x->cb1)) return NW_NOMEM;
  if (x->entity) nw_set_int(&v[3], x->entity);
  if (x->has_verb) set_span(d, &v[4], x->vb0, x->vb1);
  const char *kind = kinds[x->kind >= 1 && x->kind <= 3 ? x->kind : 0];
  nw_set_text(&v[5], kind, strlen(kind));
  if (set_offset(d, &v[6], x->b0) || set_offset(d, &v[7], x->b1))
    return NW_NOMEM;
  if (x->has_speaker &&
      (set_offset(d, &v[8], x->sb0) || set_offset(d, &v[9], x->sb1)))
    return NW_NOMEM;
  nw_set_int(&v[10], (int64_t)nw_doc_sentence_at(d, x->b0));
  return NW_OK;
}

#define NCOL(a) (int)(sizeof a / sizeof a[0])

const nw_function nw_functions[] = {
    {"news_sentences", NULL, sentence_cols, NCOL(sentence_cols), NULL,
     prepare_sentences, row_sentence},
    {"money_amounts", "money_json", money_cols, NCOL(money_cols), "dollar",
     prepare_money, row_money},
    {"extract_entities", "entities_json", entity_cols, NCOL(entity_cols), NULL,
     prepare_entities, row_entity},
    {"quote_speakers", "quotes_json", quote_cols, NCOL(quote_cols), NULL,
     prepare_quotes, row_quote},
    {NULL, NULL, NULL, 0, NULL, NULL, NULL}};

/* Produce rows [from, from + max) of f over d into out (appending). */
int nw_function_rows(const nw_function *f, nw_doc *d, const char *opt,
                     size_t from, size_t max, nw_rows *out, size_t *total,
                     const char **err) {
  size_t n = 0;
  int rc = f->prepare(d, opt, &n, err);
  if (rc != NW_OK) return rc;
  *total = n;
  for (size_t i = from; i < n && i - from < max; i++) {
    nw_val *v = nw_rows_add(out);
    if (!v) return NW_NOMEM;
    rc = f->row(d, opt, i, v, out);
    if (rc != NW_OK) return rc;
  }
  return out->oom ? NW_NOMEM : NW_OK;
}

/* Look a function up by name. */
const nw_function *nw_function_find(const char *name) {
  for (const nw_function *f = nw_functions; f->name; f++)
    if (strcmp(f->name, name) == 0) return f;
  return NULL;
}

/* Look a column up by name. */
int nw_function_column(const nw_function *f, const char *name) {
  for (int i = 0; i < f->ncol; i++)
    if (strcmp(f->cols[i].name, name) == 0) return i;
  return -1;
}
