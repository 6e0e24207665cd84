/* sqlite-news: news text analytics as a SQLite extension.
 *
 * Load it from SQL (`.load ./dist/news`, entry point sqlite3_news_init), or
 * call the extractors from C without SQLite through news_run(): the same
 * rows, columns and offsets as the SQL table-valued functions. */
#ifndef NEWS_H
#define NEWS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NEWS_VERSION
#define NEWS_VERSION "0.1.0"
#endif

/* What the library exports; everything else in it is hidden. */
#if defined(_WIN32)
#define NEWS_API __declspec(dllexport)
#elif defined(__GNUC__) || defined(__clang__)
#define NEWS_API __attribute__((visibility("default")))
#else
#define NEWS_API
#endif

struct sqlite3;
struct sqlite3_api_routines;

/* The loadable extension's entry point. */
NEWS_API int sqlite3_news_init(struct sqlite3 *db, char **pzErrMsg,
                      const struct sqlite3_api_routines *pApi);

/* Result codes of the C API. */
#define NEWS_OK 0
#define NEWS_NOMEM 1
#define NEWS_ERROR 3 /* unknown function or bad option; see news_result_error */

/* Value types of a result cell. */
#define NEWS_NULL 0
#define NEWS_INTEGER 1
#define NEWS_REAL 2
#define NEWS_TEXT 3

typedef struct news_result news_result;

/* Run the table-valued function `function` ("news_sentences",
 * "money_amounts", "extract_entities", "quote_speakers") over text[0..n)
 * with the optional argument `option` (NULL for none).  On NEWS_OK or
 * NEWS_ERROR *out is set and must be freed with news_result_free(). */
NEWS_API int news_run(const char *function, const char *text, size_t n,
             const char *option, news_result **out);
/* The error message of a NEWS_ERROR result, or NULL. */
NEWS_API const char *news_result_error(const news_result *r);
/* Number of rows and columns. */
NEWS_API size_t news_result_rows(const news_result *r);
NEWS_API int news_result_columns(const news_result *r);
/* Name of column col. */
NEWS_API const char *news_result_column_name(const news_result *r, int col);
/* Type and value of a cell (NEWS_NULL ... NEWS_TEXT). */
NEWS_API int news_result_type(const news_result *r, size_t row, int col);
NEWS_API int64_t news_result_int(const news_result *r, size_t row, int col);
NEWS_API double news_result_real(const news_result *r, size_t row, int col);
/* Text of a cell (not NUL-terminated in general); *len receives its bytes. */
NEWS_API const char *news_result_text(const news_result *r, size_t row, int col,
                             size_t *len);
/* Free a result. */
NEWS_API void news_result_free(news_result *r);

#ifdef __cplusplus
}
#endif
#endif
