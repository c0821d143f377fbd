/* asr.h: types shared by every assure module: version, limits, errors.
 *
 * Errors follow one convention: a function returns 0 on success or -1 and
 * fills an asr_err the caller owns. Only main.c exits. */
#ifndef ASR_H
#define ASR_H

#include <stddef.h>

#define ASR_VERSION "0.1.0"

/* Hard limits on untrusted input (documented in README "Limits"). */
#define ASR_MAX_RETURN_BYTES  (16u * 1024u * 1024u) /* a return file */
#define ASR_MAX_ERRORS        50                    /* XML-02 violations kept */
#define ASR_MAX_NODES         200000u       /* elements, attributes, comments and PIs in a return */
#define ASR_MAX_ATTR_BYTES    (64u * 1024u) /* an attribute's value a rule reads */
#define ASR_MAX_TEXT_BYTES    (2u * 1024u * 1024u)  /* an element's text a rule reads */
#define ASR_RULE_INSTRUCTIONS 20000000L             /* Lua VM instructions per rule per return */
#define ASR_RULE_MEMORY       (32u * 1024u * 1024u) /* bytes a rule may add to its Lua state */
#define ASR_RULE_TIME_MS      2000L                 /* CPU time per rule per return (--rule-time) */

/* Built with AddressSanitizer (gcc says so with __SANITIZE_ADDRESS__, clang
 * with __has_feature): the small-block pools for Lua and libxml2 step aside,
 * so it sees every block. */
#if defined(__SANITIZE_ADDRESS__)
#define ASR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASR_ASAN 1
#endif
#endif

/* Text cut to fit a buffer (asr_err's fields, a note) is cut on a UTF-8
 * character boundary: a split character is invalid UTF-8, and a report
 * carrying it may not parse. asr_utf8_cut gives n, or less: the length of
 * s[0..n) without the incomplete UTF-8 sequence a cut at n would leave at
 * its end. */
size_t asr_utf8_cut(const char *s, size_t n);

/* One error with where it happened. file may be empty; line/column 0 = unknown. */
typedef struct asr_err {
    char file[512];     /* the input or rule file */
    long line;          /* 1-based, 0 if unknown */
    int column;         /* 1-based, 0 if unknown */
    char code[16];      /* e.g. "XML-01"; empty if none */
    char message[1024]; /* one line, no trailing newline */
} asr_err;

/* Fill err (which may be NULL) printf-style; always returns -1 so callers can
 * write `return asr_err_set(...)`. A message or file too long for its field
 * is cut on a character boundary (so is one that fills it: it may have been
 * cut before); line breaks in the message become spaces. */
int asr_err_set(asr_err *err, const char *file, long line, int column, const char *code,
                const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* A growable array of errors, owned by whoever declared it. */
typedef struct asr_errlist {
    asr_err *v;
    size_t n, cap;
} asr_errlist;

/* Append a copy of e; returns -1 only when out of memory. */
int asr_errlist_push(asr_errlist *l, const asr_err *e);
void asr_errlist_free(asr_errlist *l);

/* A list of owned strings. */
typedef struct asr_strlist {
    char **v;
    size_t n, cap;
} asr_strlist;

int asr_strlist_push(asr_strlist *l, const char *s); /* -1: out of memory */
/* Where the n bytes at s first hold the string lit, or NULL. */
const char *asr_memfind(const char *s, size_t n, const char *lit);
/* Push a string made printf-style, however long (-1: out of memory). */
int asr_strlist_pushf(asr_strlist *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void asr_strlist_free(asr_strlist *l);

/* Directories more than this many levels below the one given are not
 * read (asr_list_files says so). */
#define ASR_MAX_DIR_DEPTH 32

/* Append every file below dir whose name ends in suffix (in any case:
 * .xml finds NCL-Q2.XML), sorted by path
 * within each directory (so the order is stable), recursively, following
 * symbolic links, hidden entries skipped. Each real file and directory
 * (device and inode) is visited once, under the first path met: a second
 * path to it (a link loop back into a directory, two links to one file) is
 * not, nor is a directory more than ASR_MAX_DIR_DEPTH levels down; each
 * such entry is appended to skipped (may be NULL) as "PATH: why". A path
 * that cannot be stat'ed is listed (whoever reads it reports it). Returns
 * -1 and fills err if a directory cannot be read or memory runs out. */
int asr_list_files_noting(const char *dir, const char *suffix, asr_strlist *out,
                          asr_strlist *skipped, asr_err *err);

/* As asr_list_files_noting; when something was skipped, one line on stderr
 * ("assure: DIR: N entries below it not visited ...") counts what and why. */
int asr_list_files(const char *dir, const char *suffix, asr_strlist *out, asr_err *err);

/* Read a whole regular file: a directory, FIFO, device or socket is
 * refused without blocking, and so is one over max bytes. `what` names the
 * kind of file in messages ("return", "rule"), code is the errors' code.
 * *out is NUL-terminated and caller-freed. */
int asr_read_file(const char *path, size_t max, const char *what, const char *code, char **out,
                  size_t *len, asr_err *err);

/* Small string helpers: both return NULL only when out of memory. */
char *asr_strdup(const char *s);
char *asr_strndup(const char *s, size_t n);

/* A new copy of s with the first occurrence of from (not empty) replaced by
 * to; NULL when from is not in s (*found = 0) or memory runs out. */
char *asr_replace_first(const char *s, const char *from, const char *to, int *found);

#endif
