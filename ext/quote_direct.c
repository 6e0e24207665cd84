/* Direct quotations: who said each pair of quote marks, from the cue and
 * speaker after the closing mark ("“Q,” X said", "“Q,” said X", "“Q” — X"),
 * before the opening one ("X said: “Q”", "X: “Q”"), or at the end of the
 * sentence; scare quotes, titles and capitalised subheadings are no
 * quotations. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "quote_tokens.h"
#include "quotes_internal.h"

#define TITLE_WORDS 6 /* words in a quoted title ("Face the Nation") */
#define CLAUSE_BEFORE_MAX 60 /* words of a clause before a quoted fragment it holds */

static uint32_t h_as, h_by, h_to, h_on, h_read, h_reads, h_quoted, h_quotes,
    h_saying; /* set once by direct_words_build */
/* What is written and "reads" its quotation (“…,” the email read). */
static const char *const read_nouns[] = {
    "email", "e-mail", "letter", "sign", "signs", "statement", "message", "note", "memo",
    "headline", "banner", "post", "tweet", "text", "caption", "poster", "ad", "release",
    "card", "plaque", "inscription", "placard", "notice", "slogan", NULL};
static uint32_t read_noun_h[sizeof read_nouns / sizeof *read_nouns];
static pthread_once_t direct_words_once = PTHREAD_ONCE_INIT;

/* Hashes of the words the attribution rules here compare against. */
static void direct_words_build(void) {
  static const nw_word_ref words[] = {
      {&h_as, "as"}, {&h_by, "by"}, {&h_to, "to"}, {&h_on, "on"}, {&h_quoted, "quoted"},
      {&h_quotes, "quotes"}, {&h_saying, "saying"}, {&h_read, "read"}, {&h_reads, "reads"}};
  static const nw_set_ref sets[] = {
      {read_nouns, read_noun_h}};
  nw_hash_refs(words, sizeof words / sizeof *words, sets, sizeof sets / sizeof *sets);
}

/* Do tokens [a, b) hold a word for people, as a title does ("Vice
 * President for Marketing")? */
static int title_inside(const nw_doc *d, size_t a, size_t b) {
  for (size_t t = a; t < b; t++)
    if (wc(d, t) & NW_W_PERSON) return 1;
  return 0;
}

/* Is token k "read" or "reads" after token n, a written thing ("the email
 * read", "the sign reads")? */
static int written_reads(const nw_doc *d, size_t n, size_t k) {
  uint32_t h = d->tok.t[k].h, w = d->tok.t[n].h;
  if (h != h_read && h != h_reads) return 0;
  for (size_t i = 0; read_nouns[i]; i++)
    if (read_noun_h[i] == w) return 1;
  return 0;
}

/* The speaker of “Q,” hunt master, Captain Ian Farquhar, said: a post of at
 * most three words in lower case from token a, then a short name between
 * commas and a speech cue; sets r's speaker and verb and returns 1, else 0. */
static int post_then_name(const nw_doc *d, size_t a, size_t hi, nw_qrec *r) {
  size_t j = a, n, e;
  while (j < hi && j - a < 3 && d->tok.t[j].kind == NW_K_WORD && !(d->tok.t[j].flags & NW_F_CAP))
    j++;
  if (j == a || j >= hi || !is_p(d, j, ',')) return 0;
  for (n = j + 1; n < hi && n - j <= 4 && !is_p(d, n, ','); n++) {}
  if (n + 1 >= hi || !is_p(d, n, ',') || !nw_short_name(d, j + 1, n) ||
      !(nw_cue_here(d, n + 1, &e) & NW_CUE_SPEECH))
    return 0;
  nw_set_verb(d, r, n + 1, e);
  nw_set_speaker(d, r, (uint32_t)(j + 1), (uint32_t)n);
  return 1;
}

/* Attribution after the closing mark c: “Q,” X said / “Q,” said X /
 * “Q” — X.  Fills r and returns 1 when found. */
static int after_quote(nw_qbuild *b, size_t c, nw_qrec *r) {
  const nw_doc *d = b->d;
  size_t n = d->tok.n, a = c + 1;
  if (a < n && is_p(d, a, ',')) a++;
  if (a >= n || para_of(d, a) != para_of(d, c)) return 0;
  size_t hi = d->sent[sent_of(d, a)].t1, e;
  if (is_dash(d, a)) {
    uint32_t s0, s1;
    size_t pe = a + 1;
    while (pe < n && pe - a <= NP_MAX + 1 && para_of(d, pe) == para_of(d, a)) pe++;
    if (nw_np_fwd(d, a + 1, pe, &s0, &s1) &&
        (d->tok.t[s0].flags & NW_F_CAP) &&
        (s1 >= pe || is_p(d, s1, ',') || is_p(d, s1, '.') || d->tok.t[s1].nl)) {
      nw_set_speaker(d, r, s0, s1);
      r->q.has_verb = 1; /* the dash is the cue: “Q” — X */
      r->q.vb0 = d->tok.t[a].b0;
      r->q.vb1 = d->tok.t[a].b1;
      return 1;
    }
    return 0;
  }
  size_t m = c; /* before the closing marks: “… do?’” */
  while (m > 0 && c - m < 3 && d->tok.t[m - 1].kind == NW_K_QUOTE) m--;
  if (sent_of(d, a) != sent_of(d, c) && !is_p(d, c + 1, ',') &&
      !(m > 0 && (is_p(d, m - 1, '?') || is_p(d, m - 1, '!'))))
    return 0; /* “…?” Vitter demanded: the splitter ends a sentence there */
  if (sent_of(d, a) != sent_of(d, c))
    for (size_t t = a; t < hi; t++)
      if (is_p(d, t, ':') || d->tok.t[t].kind == NW_K_QUOTE)
        return 0; /* “Sad!” The company reported these results: “…” opens its own */
  const nw_qpair *fp = b->in_pair[c] ? &b->pairs[b->in_pair[c] - 1] : NULL;
  if (fp && !is_p(d, c + 1, ',') && fp->i1 > fp->i0 && fp->t0 > 0 &&
      d->tok.t[fp->i1 - 1].kind == NW_K_WORD && d->tok.t[fp->t0 - 1].kind == NW_K_WORD)
    return 0; /* a fragment in running text: are “very strongly embracing” improved
                 terms announced on Friday */
  if (d->tok.t[a].h == h_as && a + 1 < hi) a++; /* “Q,” as a memo put it */
  int cls = nw_cue_here(d, a, &e);
  if (cls & NW_CUE_ACCORDING) { /* “Q,” according to X */
    uint32_t sp[2];
    const nw_qpair *q = b->in_pair[c] ? &b->pairs[b->in_pair[c] - 1] : NULL;
    if (!q || !nw_stands_alone(d, q) || !(is_p(d, c + 1, ',') || (c > 0 && is_p(d, c - 1, ','))) ||
        !nw_according_source(d, e, hi, sp))
      return 0; /* not a fragment: 'meet the rule "with a margin," according to X' */
    nw_set_verb(d, r, a, e);
    nw_set_speaker(d, r, sp[0], sp[1]);
    return 1;
  }
  if ((cls & NW_CUE_SPEECH) && !(cls & NW_CUE_ING)) { /* said X; not "“Q,” saying X" */
    uint32_t s0, s1;
    if (!nw_source_fwd(d, e, hi, &s0, &s1)) return 0;
    nw_apposed_name(d, &s0, &s1, hi); /* "said Nasdaq's chief executive, Robert Greifeld" */
    nw_set_verb(d, r, a, e);
    nw_set_speaker(d, r, s0, s1);
    return 1;
  }
  uint32_t s0, s1;
  if (!nw_source_fwd(d, a, hi, &s0, &s1)) return post_then_name(d, a, hi, r);
  size_t ve;
  if (s1 > s0 + 1 && (s1 >= hi || is_p(d, s1, '.') || is_p(d, s1, ',')) &&
      (((nw_cue_at(d, s1 - 1, &ve) & NW_CUE_SPEECH) && ve == s1 &&
        d->s[d->tok.t[s1 - 1].b1 - 1] == 's') || /* "explains", not "Good question." */
       written_reads(d, s1 - 2, s1 - 1))) {
    nw_set_verb(d, r, s1 - 1, s1); /* “Q,” Bozell explains. / “Q,” the email read.: the
                                      phrase took the verb */
    nw_set_speaker(d, r, s0, s1 - 1);
    return 1;
  }
  if (s1 - s0 >= NP_MAX) { /* a long title before the name: "AOL Chief Executive and
                              former NBC television chief Randy Falco told" */
    size_t v = s1;
    while (v < hi && v - a < 2 * NP_MAX && nw_np_word(d, v) && !nw_verb_cue(d, v)) v++;
    size_t b0 = v; /* the name that ends the phrase */
    while (b0 > s1 && v - b0 < 4 && d->tok.t[b0 - 1].kind == NW_K_WORD &&
           (d->tok.t[b0 - 1].flags & NW_F_CAP))
      b0--;
    if (v < hi && b0 < v && (nw_cue_here(d, v, &e) & NW_CUE_SPEECH)) {
      nw_set_verb(d, r, v, e);
      nw_set_speaker(d, r, (uint32_t)b0, (uint32_t)v);
      return 1;
    }
  }
  size_t k = nw_skip_paren(d, s1, hi);
  if (k < hi && is_p(d, k, ',')) { /* X, the chief of Y, said */
    size_t j = k + 1;
    while (j < hi && j - k < APPOS_MAX && !is_p(d, j, ',') &&
           d->tok.t[j].kind != NW_K_QUOTE && !(nw_cue_here(d, j, &e) & NW_CUE_SPEECH))
      j++;
    if (j < hi && is_p(d, j, ',')) {
      if (((wc(d, s0) & NW_W_DET) || (wc(d, s1 - 1) & NW_W_PERSON)) &&
          nw_short_name(d, k + 1, j)) { /* "the company spokesman, Jake Sullivan, said",
                                           "Glaxo's research head, Moncef Slaoui, said": the name */
        s0 = (uint32_t)(k + 1);
        s1 = (uint32_t)j;
      }
      k = j + 1;
    } else if (j < hi && j > k + 1 && d->tok.t[j].kind == NW_K_WORD &&
               (d->tok.t[s0].flags & NW_F_CAP) && !(wc(d, s0) & NW_W_DET) &&
               (!(d->tok.t[k + 1].flags & NW_F_CAP) || (wc(d, k + 1) & NW_W_DET) ||
                (s1 >= s0 + 2 && title_inside(d, k + 1, j)))) {
      k = j; /* a name, then "a company spokesman said" or "Boeing Commercial Airplanes
                Vice President for Marketing said" (no comma before the cue) */
    } else {
      return 0;
    }
  }
  while (k < hi && k - s1 < 4 && (wc(d, k) & (NW_W_ADV | NW_W_AUX) || ly_adverb(d, k)))
    k++;
  if (k < hi && written_reads(d, s1 - 1, k)) {
    nw_set_verb(d, r, k, k + 1); /* “Friend, let me be blunt,” the email read. */
    nw_set_speaker(d, r, s0, s1);
    return 1;
  }
  if (k >= hi || !(nw_cue_here(d, k, &e) & NW_CUE_SPEECH)) return 0;
  nw_set_verb(d, r, k, e);
  uint32_t q0, q1; /* “Q,” the newspaper quoted the Airbus manager as saying: the manager */
  if ((d->tok.t[k].h == h_quoted || d->tok.t[k].h == h_quotes) && nw_np_fwd(d, e, hi, &q0, &q1) &&
      q1 + 1 < hi && d->tok.t[q1].h == h_as && d->tok.t[q1 + 1].h == h_saying) {
    nw_set_speaker(d, r, q0, q1);
    return 1;
  }
  nw_set_speaker(d, r, s0, s1);
  return 1;
}

/* Do tokens [e, j) between a cue and a quotation hold a clause of their
 * own (an auxiliary, a subject pronoun or a past verb: "said Russia had a
 * “great deal”"), so that the quotation is a fragment of reported speech
 * rather than what the cue introduces? */
static int clause_between(const nw_doc *d, size_t e, size_t j) {
  for (size_t t = e; t < j; t++) {
    const nw_token *k = &d->tok.t[t];
    if ((wc(d, t) & (NW_W_AUX | NW_W_BE | NW_W_PAST | NW_W_PRON)) &&
        (k->flags & NW_F_SPACE))
      return 1;
    if (ed_word(d, t)) return 1;
  }
  return 0;
}

/* Do tokens [e, j) between a cue and a quotation open with a noun phrase
 * (the subject of the clause the quotation ends) rather than an adjunct
 * ("in a statement", "on Monday") or punctuation? */
static int subject_between(const nw_doc *d, size_t e, size_t j) {
  for (size_t t = e; t < j; t++)
    if (d->tok.t[t].kind != NW_K_WORD && d->tok.t[t].kind != NW_K_NUM) return 0;
  return !(wc(d, e) & (NW_W_PREP | NW_W_TIME | NW_W_ADV | NW_W_LINK | NW_W_TO)) &&
         !ly_adverb(d, e);
}

/* Can token t be part of a capitalised header that names a speaker
 * ("SAM RAHMAN, PORTFOLIO MANAGER, BARING ASSET MANAGEMENT INC.")? */
static int header_token(const nw_doc *d, size_t t) {
  const nw_token *k = &d->tok.t[t];
  if (k->kind == NW_K_WORD) return (k->flags & NW_F_ALLCAP) != 0;
  if (k->kind == NW_K_NUM) return 1;
  return k->kind == NW_K_PUNCT &&
         (k->cp == ',' || k->cp == '.' || k->cp == '&' || k->cp == '(' || k->cp == ')' ||
          k->cp == '/' || k->cp == '-');
}

/* Attribution before the opening mark o: X said: “Q” / X said “Q” /
 * said X, “Q” / According to X, “Q” / X: “Q” / X said. “Q” (the cue
 * closing the sentence before).  Fills r and returns 1 when found. */
static int before_quote(nw_qbuild *b, size_t o, nw_qrec *r) {
  const nw_doc *d = b->d;
  if (o == 0) return 0;
  size_t j = o, lo = o > 40 ? o - 40 : 0;
  if (is_p(d, j - 1, ',') || is_p(d, j - 1, ':') || (wc(d, j - 1) & NW_W_THAT) ||
      is_p(d, j - 1, '.'))
    j--;
  int colon = j < o && is_p(d, j, ':');
  int stop = j < o && is_p(d, j, '.');
  size_t s = sent_of(d, j > 0 ? j - 1 : 0);
  if (d->sent[s].t0 > lo) lo = d->sent[s].t0;
  if (b->in_pair[j > 0 ? j - 1 : 0]) return 0;
  if (!colon && !stop && para_of(d, o) != para_of(d, j > 0 ? j - 1 : 0)) return 0;
  if (stop && para_of(d, o) != para_of(d, j)) return 0;
  for (size_t k = j; k > lo && j - k <= ADJUNCT_MAX; k--) {
    size_t t = k - 1, e;
    if (b->in_pair[t]) return 0;
    int cls = nw_cue_here(d, t, &e);
    uint32_t s0, s1;
    if (cls & NW_CUE_ACCORDING) {
      if (!nw_np_fwd(d, e, j, &s0, &s1)) return 0;
      nw_set_verb(d, r, t, e);
      nw_set_speaker(d, r, s0, s1);
      return 1;
    }
    if ((cls & NW_CUE_SPEECH) && clause_between(d, e, j)) return 0;
    if ((cls & NW_CUE_SPEECH) && !(cls & NW_CUE_OBJ) && e < j && j == o &&
        subject_between(d, e, j) && o + 1 < d->tok.n &&
        d->tok.t[o + 1].kind == NW_K_WORD && !(d->tok.t[o + 1].flags & NW_F_CAP))
      return 0; /* "said the earnings per share “were not outstanding”": a fragment */
    if ((cls & NW_CUE_SPEECH) && e + 1 < j && d->tok.t[e].h == h_to)
      return 0; /* "continues to work with Kazakhstan “to reach …”": no speech */
    if ((cls & NW_CUE_SPEECH) && !(cls & NW_CUE_ING) && e < j && t > lo && (wc(d, t - 1) & NW_W_BE))
      return 0; /* "would be announced at an “appropriate time”": a passive */
    if ((cls & NW_CUE_CLAUSE) && e + 1 < j && (wc(d, e) & NW_W_THAT))
      return 0; /* "argues that as ties deepen, “Q”": a fragment of the clause */
    if (cls & NW_CUE_SPEECH) {
      if (e < j && (cls & NW_CUE_ING) == 0 && nw_subject_of(d, t, lo, &s0, &s1) == 0 &&
          nw_np_fwd(d, e, j, &s0, &s1) && s1 == j) {
        /* said X: “Q” */
      } else if (!nw_subject_of(d, t, lo, &s0, &s1)) {
        nw_set_verb(d, r, t, e); /* "..., saying, “Q”": the sentence's subject */
        uint32_t sp[2];
        if (nw_sentence_subject(d, d->sent[s].t0, t, sp))
          nw_set_speaker(d, r, sp[0], sp[1]);
        else
          r->floating = 1;
        return 1;
      }
      nw_set_verb(d, r, t, e);
      nw_set_speaker(d, r, s0, s1);
      return 1;
    }
    if (stop || d->tok.t[t].kind == NW_K_QUOTE) return 0;
    if (!nw_np_word(d, t) && !is_p(d, t, ',')) break;
  }
  if (colon) { /* "GARY THAYER, CHIEF ECONOMIST, A.G. EDWARDS: “Q”": the name */
    size_t h = j, c;
    while (h > lo && header_token(d, h - 1)) h--;
    for (c = h; c < j && !is_p(d, c, ','); c++)
      if (d->tok.t[c].kind != NW_K_WORD) break;
    if (c < j && is_p(d, c, ',') && c >= h + 2) {
      nw_set_speaker(d, r, (uint32_t)h, (uint32_t)c);
      return 1;
    }
  }
  if (colon) { /* "Dale Larson, 45, a dairy farmer: “Q”": the name opening the sentence */
    size_t t0 = nw_after_dateline(d, d->sent[s].t0, j);
    uint32_t n0, n1;
    if (t0 < j && nw_np_fwd(d, t0, j, &n0, &n1) && n1 < j && is_p(d, n1, ',') &&
        nw_short_name(d, n0, n1) && !has_verb(d, n1, j)) {
      size_t t = n1;
      while (t < j && !nw_verb_cue(d, t) && d->tok.t[t].kind != NW_K_QUOTE) t++;
      if (t == j) {
        nw_set_speaker(d, r, n0, n1);
        return 1;
      }
    }
  }
  if (colon) { /* "And Mr. Christie gloated: “Q”": a subject and a past verb before the colon */
    size_t t0 = nw_after_dateline(d, d->sent[s].t0, j);
    if (t0 < j && (wc(d, t0) & NW_W_CONJ)) t0++;
    size_t v = j > 4 && j - 4 > t0 ? j - 4 : t0 + 1; /* the past verb: at most 4 words */
    while (v < j && !((ed_word(d, v) || (wc(d, v) & NW_W_PAST)) &&
                      !(wc(d, v) & (NW_W_AUX | NW_W_BE))))
      v++;
    size_t t = v;
    while (t < j && d->tok.t[t].kind == NW_K_WORD) t++;
    uint32_t n0, n1;
    if (v < j && t == j && nw_np_fwd(d, t0, v, &n0, &n1) && n0 == t0 && n1 == v) {
      nw_set_speaker(d, r, n0, n1);
      nw_set_verb(d, r, v, j);
      return 1;
    }
  }
  uint32_t s0, s1; /* X: “Q” at the start of a sentence or line */
  if (colon && nw_np_back(d, j, lo, &s0, &s1) &&
      (s0 == d->sent[s].t0 || d->tok.t[s0].nl ||
       (s0 > 0 && (is_dash(d, s0 - 1) || d->tok.t[s0 - 1].cp == '*' ||
                   d->tok.t[s0 - 1].cp == 0x2022) &&
        (s0 - 1 == d->sent[s].t0 || d->tok.t[s0 - 1].nl))) && /* "- Sir Alex Ferguson: “Q”" */
      (d->tok.t[s1 - 1].flags & (NW_F_CAP | NW_F_ALLCAP))) {
    nw_set_speaker(d, r, s0, s1);
    return 1;
  }
  return 0;
}

/* Does the pair p stand as a sentence of its own (it opens a sentence or
 * follows a colon or dash), as free-standing quotations do? */
int nw_stands_alone(const nw_doc *d, const nw_qpair *p) {
  size_t s = sent_of(d, p->t0);
  if (d->sent[s].t0 == p->t0) return 1;
  return p->t0 > 0 && (is_p(d, p->t0 - 1, ':') || is_dash(d, p->t0 - 1));
}

/* Does the text after pair p go on with no more words of the same clause
 * (the sentence ends, or punctuation follows)?  "said “a bomb” had gone
 * off" does not: the quote is a fragment of reported speech. */
static int ends_clause(const nw_doc *d, const nw_qpair *p) {
  size_t a = p->t1 + 1;
  if (p->i1 > p->i0 && (is_p(d, p->i1 - 1, '?') || is_p(d, p->i1 - 1, '!')))
    return 1; /* a question or an exclamation is whole: chanted "What curfew?" and */
  if (p->t0 > 0 && (is_p(d, p->t0 - 1, ',') || is_p(d, p->t0 - 1, ':')) &&
      !(p->t0 > 1 && (wc(d, p->t0 - 2) & NW_W_THAT)))
    return 1; /* “said, “Q,” until”, but not “said that, “Q” against” */
  if (a >= d->tok.n || sent_of(d, a) != sent_of(d, p->t1)) return 1;
  int k = d->tok.t[a].kind;
  return k == NW_K_PUNCT || k == NW_K_QUOTE;
}

/* Is pair p a quoted subheading in capitals that opens its sentence
 * ("“DEATH SPIRAL?” The analyst said …"), no quotation? */
static int caps_heading(const nw_doc *d, const nw_qpair *p) {
  if (d->sent[sent_of(d, p->t0)].t0 != p->t0) return 0;
  int words = 0;
  for (size_t t = p->i0; t < p->i1; t++) {
    const nw_token *k = &d->tok.t[t];
    if (k->kind == NW_K_WORD && !(k->flags & NW_F_ALLCAP)) return 0;
    if (k->kind == NW_K_WORD && ++words > TITLE_WORDS) return 0;
  }
  return words > 0;
}

/* Is pair p a title rather than speech ("On “Fox News Sunday,” Pence
 * said", "his book ''Make Your Kid a Millionaire''"): inside the sentence,
 * at most TITLE_WORDS words, each capitalised but for small words, at
 * least two capitalised, no full stop or question inside? */
static int title_pair(const nw_doc *d, const nw_qpair *p) {
  if (d->sent[sent_of(d, p->t0)].t0 == p->t0 || nw_title_case_at(d, p->t0))
    return 0; /* in a headline every word is capitalised */
  int words = 0, caps = 0;
  for (size_t t = p->i0; t < p->i1; t++) {
    const nw_token *k = &d->tok.t[t];
    if (k->kind == NW_K_PUNCT) {
      if (k->cp != ',' && k->cp != '-' && k->cp != ':' && k->cp != '&' &&
          !(k->cp == '.' && t + 1 == p->i1))
        return 0; /* “State of the Union.” ends with its stop */
      continue;
    }
    if (k->kind != NW_K_WORD && k->kind != NW_K_NUM) return 0;
    if (++words > TITLE_WORDS) return 0;
    if (k->flags & NW_F_CAP) caps++;
    else if (!(wc(d, t) & (NW_W_LINK | NW_W_DET | NW_W_STOP)) && k->kind == NW_K_WORD)
      return 0;
  }
  const nw_token *b = &d->tok.t[p->t0 - 1]; /* a show after an owner or "on": Fox's “Hannity” */
  return caps >= 2 || (caps == words && caps == 1 && ((b->flags & NW_F_POSS) || b->h == h_on));
}

/* Does pair p sit inside a clause that began before it ("Teachers who
 * connect online are “very, very pro-Bernie,” Kilfoyle said"): a word of the
 * sentence right before its opening mark, two more before that?  Such a
 * quotation is a fragment of the clause that the cue after it reports. */
static int inside_clause(const nw_qbuild *b, const nw_qpair *p) {
  const nw_doc *d = b->d;
  size_t t0 = nw_after_dateline(d, d->sent[sent_of(d, p->t0)].t0, p->t0);
  if (p->t0 < t0 + 3 || p->t0 - t0 > CLAUSE_BEFORE_MAX) return 0;
  const nw_token *k = &d->tok.t[p->t0 - 1];
  if ((k->kind != NW_K_WORD && k->kind != NW_K_NUM) || (k->flags & NW_F_ALLCAP))
    return 0; /* not after a subheading: "VINTAGE STOCKS IN VOGUE “Something …,” X said" */
  const nw_token *q = &d->tok.t[p->i0];
  if ((q->flags & NW_F_CAP) && !(q->flags & NW_F_ALLCAP) && p->i1 >= p->i0 + 4)
    return 0; /* a sentence of its own after an unsplit stop: "Seiyu Ltd. 8268.T “Their …" */
  for (size_t t = t0; t < p->t0; t++) { /* no cue, dash, colon or quotation row before it */
    k = &d->tok.t[t];
    if (nw_verb_cue(d, t) || is_dash(d, t) || is_p(d, t, ':') ||
        (k->kind == NW_K_PUNCT && k->cp == 0x2015))
      return 0;
    if (k->kind == NW_K_QUOTE) { /* another fragment of the clause: "expect “a good
                                    house-cleaning” when …, and … “might still …,” X said" */
      const nw_qpair *f = b->in_pair[t] ? &b->pairs[b->in_pair[t] - 1] : NULL;
      if (!f || f->t0 < t0 || f->t1 >= p->t0 || b->is_row[b->in_pair[t] - 1] ||
          nw_stands_alone(d, f))
        return 0;
    }
  }
  return 1;
}

/* Make a direct-quotation record for pair i. */
nw_qrec *nw_direct_rec(nw_qbuild *b, size_t i) {
  const nw_doc *d = b->d;
  const nw_qpair *p = &b->pairs[i];
  nw_qrec *r = nw_qrec_add(b);
  if (!r) return NULL;
  const nw_token *k = d->tok.t;
  r->q.kind = NW_Q_DIRECT;
  r->q.b0 = k[p->t0].b0;
  r->q.b1 = k[p->t1].b1;
  size_t e = p->i1;
  if (e > p->i0 + 1 && is_p(d, e - 1, ',')) e--; /* “Q,” he said */
  r->q.qb0 = k[p->i0].b0;
  r->q.qb1 = k[e - 1].b1;
  r->anchor = r->q.b0;
  r->para = para_of(d, p->t0);
  return r;
}

/* Attribution by a cue that ends the pair's sentence after a few more
 * words (“Q” for criminal behavior, she said.): after_quote from the first
 * comma within FRAG_REACH tokens, with no other quotation in between. */
static int after_tail(nw_qbuild *b, const nw_qpair *p, nw_qrec *r) {
  const nw_doc *d = b->d;
  size_t s = sent_of(d, p->t1), send = d->sent[s].t1;
  for (size_t t = p->t1 + 1; t < send && t - p->t1 <= FRAG_REACH; t++) {
    if (d->tok.t[t].kind == NW_K_QUOTE || is_p(d, t, ';')) return 0;
    if (is_p(d, t, ',')) return t > p->t1 + 1 && after_quote(b, t - 1, r);
  }
  return 0;
}

/* Attribute every quote-mark pair. */
int nw_attribute_direct(nw_qbuild *b) {
  const nw_doc *d = b->d;
  pthread_once(&direct_words_once, direct_words_build);
  for (size_t i = 0; i < b->npairs; i++) {
    const nw_qpair *p = &b->pairs[i];
    if (p->i1 <= p->i0 || nw_transcript_colon(d, p->i0) || title_pair(d, p) ||
        caps_heading(d, p))
      continue; /* nothing inside, a transcript line ("WALLACE: …") or a title */
    nw_qrec tmp;
    memset(&tmp, 0, sizeof tmp);
    int after = after_quote(b, p->t1, &tmp);
    size_t n = p->t1 + 1 < d->tok.n && is_p(d, p->t1 + 1, ',') ? p->t1 + 2 : p->t1 + 1;
    if (after && inside_clause(b, p) && !(n < d->tok.n && d->tok.t[n].h == h_as)) {
      /* the clause is reported, the quotation its part; "as X put it" quotes the words */
      uint32_t sp[2] = {tmp.st0, tmp.st1};
      size_t n0 = b->n;
      if (nw_add_reported(b, d->sent[sent_of(d, p->t0)].t0, p->t1 + 1, 0, 0, sp,
                          tmp.q.has_speaker))
        return NW_NOMEM;
      if (b->n > n0 && tmp.q.has_verb) {
        nw_qrec *r = &b->r[b->n - 1];
        r->q.has_verb = 1;
        r->q.vb0 = tmp.q.vb0;
        r->q.vb1 = tmp.q.vb1;
      }
      continue;
    }
    int found = after ||
                (ends_clause(d, p) && before_quote(b, p->t0, &tmp)) ||
                (nw_stands_alone(d, p) && after_tail(b, p, &tmp));
    int alone = nw_stands_alone(d, p);
    if (!found && (nw_short_pair(d, p) || !alone || p->single)) continue;
    if (found && nw_short_pair(d, p) && !alone && p->single) continue;
    nw_qrec *r = nw_direct_rec(b, i);
    if (!r) return NW_NOMEM;
    b->is_row[i] = 1;
    r->floating = !found || tmp.floating;
    r->q.has_speaker = tmp.q.has_speaker;
    r->q.sb0 = tmp.q.sb0;
    r->q.sb1 = tmp.q.sb1;
    r->st0 = tmp.st0;
    r->st1 = tmp.st1;
    r->q.has_verb = tmp.q.has_verb;
    r->q.vb0 = tmp.q.vb0;
    r->q.vb1 = tmp.q.vb1;
  }
  return NW_OK;
}

