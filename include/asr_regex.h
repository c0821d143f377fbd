/* asr_regex.h: PCRE2 matching for rules, with compiled-pattern caching and
 * match, depth and heap limits on every match. One cache per worker (not
 * thread-safe); patterns are compiled in UTF mode with \C forbidden. */
#ifndef ASR_REGEX_H
#define ASR_REGEX_H

#include "asr.h"

#define ASR_REGEX_MAX_PATTERN 2000    /* bytes in a pattern */
#define ASR_REGEX_MAX_PARENS  64      /* parenthesis nesting */
#define ASR_REGEX_MATCH_LIMIT 1000000 /* backtracking steps per match */
#define ASR_REGEX_DEPTH_LIMIT 5000
#define ASR_REGEX_HEAP_KIB    16384
#define ASR_REGEX_CACHE       256 /* compiled patterns kept */
#define ASR_REGEX_MAX_GROUPS  32  /* capture groups reported */

typedef struct asr_regex_cache asr_regex_cache;
typedef struct asr_regex asr_regex; /* a compiled pattern, owned by its cache */

asr_regex_cache *asr_regex_cache_new(void);
void asr_regex_cache_free(asr_regex_cache *c);

/* Compile pattern (len bytes) with flags from "imsx" (caseless, multiline,
 * dotall, extended), or return the cached one. NULL + err on a bad pattern
 * or flag. The result stays valid until the next asr_regex_get call. */
const asr_regex *asr_regex_get(asr_regex_cache *c, const char *pattern, size_t len,
                               const char *flags, asr_err *err);

/* Number of capture groups in re. */
int asr_regex_groups(const asr_regex *re);

/* Match subject (len bytes) from byte offset start. On a match returns the
 * number of offset pairs written to ovec (ovec[2k], ovec[2k+1]; unset groups
 * are SIZE_MAX), at most ASR_REGEX_MAX_GROUPS + 1. Returns 0 for no match,
 * -1 and fills err for an error (a limit hit, invalid UTF-8 anywhere in the
 * subject, a start inside a character): never treat -1 as no match. Checks
 * the whole subject's UTF-8 each call: to match one subject many times,
 * use asr_regex_subject_init once and asr_regex_match_at. */
int asr_regex_match(asr_regex_cache *c, const asr_regex *re, const char *subject, size_t len,
                    size_t start, size_t *ovec, asr_err *err);

/* A subject whose UTF-8 has been checked once. PCRE2 checks a subject from
 * the start offset to its end on every call unless told not to, so counting
 * the matches in a 1 MB narrative one call at a time is quadratic (minutes);
 * a checked subject is matched with PCRE2_NO_UTF_CHECK instead. */
typedef struct asr_regex_subject {
    const char *s; /* borrowed: must outlive every match in it */
    size_t len;
    int utf_error; /* 0 when valid, else PCRE2's UTF-8 error code */
    size_t bad;    /* offset of the first byte that is not UTF-8 (utf_error != 0) */
} asr_regex_subject;

/* Check s (len bytes) as UTF-8, once, with PCRE2's own validator, and fill
 * subj. Returns 0 when valid; -1 when not, with err saying at which byte and
 * why (subj is then marked invalid, and every match in it is that error). */
int asr_regex_subject_init(asr_regex_cache *c, asr_regex_subject *subj, const char *s, size_t len,
                           asr_err *err);

/* As asr_regex_match, in a checked subject, without checking its UTF-8
 * again. start must be a character boundary (0, the end, or an offset an
 * earlier match gave); a start inside a character is an error, and so is
 * an invalid subject. */
int asr_regex_match_at(asr_regex_cache *c, const asr_regex *re, const asr_regex_subject *subj,
                       size_t start, size_t *ovec, asr_err *err);

#endif
