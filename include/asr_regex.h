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
 * -1 and fills err for an error (a limit hit, invalid UTF-8): never treat -1
 * as no match. */
int asr_regex_match(asr_regex_cache *c, const asr_regex *re, const char *subject, size_t len,
                    size_t start, size_t *ovec, asr_err *err);

#endif
