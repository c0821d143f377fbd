/* regex.c: PCRE2 compile cache and bounded matching (see asr_regex.h).
 * The interpreter is used, not JIT: JIT ignores depth and heap limits, and
 * rules match short narratives where compile-once caching is what counts. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "asr_regex.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct asr_regex {
    char *key; /* flags NUL pattern, as cached */
    size_t keylen;
    pcre2_code *code;
    int groups;
};

struct asr_regex_cache {
    asr_regex slot[ASR_REGEX_CACHE];
    size_t used;
    size_t next; /* round-robin eviction */
    pcre2_compile_context *cctx;
    pcre2_match_context *mctx;
    pcre2_match_data *md;
    pcre2_code *empty; /* "": matching it checks a subject's UTF-8 (asr_regex_subject_init) */
};

asr_regex_cache *asr_regex_cache_new(void)
{
    asr_regex_cache *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    c->cctx = pcre2_compile_context_create(NULL);
    c->mctx = pcre2_match_context_create(NULL);
    c->md = pcre2_match_data_create(ASR_REGEX_MAX_GROUPS + 1, NULL);
    int ecode;
    PCRE2_SIZE eoff;
    c->empty = pcre2_compile((PCRE2_SPTR) "", 0, PCRE2_UTF, &ecode, &eoff, NULL);
    if (!c->cctx || !c->mctx || !c->md || !c->empty) {
        asr_regex_cache_free(c);
        return NULL;
    }
    pcre2_set_parens_nest_limit(c->cctx, ASR_REGEX_MAX_PARENS);
    pcre2_set_max_pattern_length(c->cctx, ASR_REGEX_MAX_PATTERN);
    pcre2_set_match_limit(c->mctx, ASR_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(c->mctx, ASR_REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(c->mctx, ASR_REGEX_HEAP_KIB);
    return c;
}

static void slot_clear(asr_regex *r)
{
    free(r->key);
    pcre2_code_free(r->code);
    memset(r, 0, sizeof *r);
}

void asr_regex_cache_free(asr_regex_cache *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->used; i++)
        slot_clear(&c->slot[i]);
    pcre2_compile_context_free(c->cctx);
    pcre2_match_context_free(c->mctx);
    pcre2_match_data_free(c->md);
    pcre2_code_free(c->empty);
    free(c);
}

const asr_regex *asr_regex_get(asr_regex_cache *c, const char *pattern, size_t len,
                               const char *flags, asr_err *err)
{
    uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C;
    for (const char *f = flags; *f; f++) {
        switch (*f) {
        case 'i': opts |= PCRE2_CASELESS; break;
        case 'm': opts |= PCRE2_MULTILINE; break;
        case 's': opts |= PCRE2_DOTALL; break;
        case 'x': opts |= PCRE2_EXTENDED; break;
        default:
            asr_err_set(err, "", 0, 0, "", "unknown regex flag '%c' (use i, m, s, x)", *f);
            return NULL;
        }
    }
    if (len > ASR_REGEX_MAX_PATTERN) {
        asr_err_set(err, "", 0, 0, "", "regex is %zu bytes; at most %d", len,
                    ASR_REGEX_MAX_PATTERN);
        return NULL;
    }
    /* Key: flags, a NUL, then the pattern bytes. */
    size_t flen = strlen(flags), klen = flen + 1 + len;
    for (size_t i = 0; i < c->used; i++) {
        asr_regex *r = &c->slot[i];
        if (r->keylen == klen && memcmp(r->key, flags, flen + 1) == 0 &&
            memcmp(r->key + flen + 1, pattern, len) == 0)
            return r;
    }
    int ecode;
    PCRE2_SIZE eoff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, opts, &ecode, &eoff, c->cctx);
    if (code == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ecode, msg, sizeof msg);
        asr_err_set(err, "", 0, 0, "", "bad regex at offset %zu: %s", (size_t)eoff,
                    (const char *)msg);
        return NULL;
    }
    char *key = malloc(klen);
    if (key == NULL) {
        pcre2_code_free(code);
        asr_err_set(err, "", 0, 0, "", "out of memory");
        return NULL;
    }
    memcpy(key, flags, flen + 1);
    memcpy(key + flen + 1, pattern, len);
    asr_regex *r;
    if (c->used < ASR_REGEX_CACHE) {
        r = &c->slot[c->used++];
    } else {
        r = &c->slot[c->next];
        c->next = (c->next + 1) % ASR_REGEX_CACHE;
        slot_clear(r);
    }
    uint32_t groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    r->key = key;
    r->keylen = klen;
    r->code = code;
    r->groups = (int)groups;
    return r;
}

int asr_regex_groups(const asr_regex *re) { return re->groups; }

/* PCRE2's message for code. */
static void pcre2_message(int code, char *buf, size_t size)
{
    pcre2_get_error_message(code, (PCRE2_UCHAR *)buf, size);
}

/* The error of an invalid subject: which byte and why. Returns -1. */
static int subject_error(const asr_regex_subject *subj, asr_err *err)
{
    char msg[256];
    pcre2_message(subj->utf_error, msg, sizeof msg);
    if (subj->utf_error > PCRE2_ERROR_UTF8_ERR1 || subj->utf_error < PCRE2_ERROR_UTF8_ERR21)
        return asr_err_set(err, "", 0, 0, "", "regex match failed: %s", msg); /* not UTF-8's */
    return asr_err_set(err, "", 0, 0, "",
                       "regex match failed: the subject is not valid UTF-8 at byte %zu (%s)",
                       subj->bad, msg);
}

/* PCRE2 has no public call that only validates UTF-8, but pcre2_match
 * validates the whole subject (from offset 0) before it tries a pattern,
 * and says where the first bad byte is (pcre2_get_startchar). Matching the
 * empty pattern, which matches at once, is that check and nothing more. */
int asr_regex_subject_init(asr_regex_cache *c, asr_regex_subject *subj, const char *s, size_t len,
                           asr_err *err)
{
    subj->s = s;
    subj->len = len;
    subj->utf_error = 0;
    subj->bad = 0;
    int rc = pcre2_match(c->empty, (PCRE2_SPTR)s, len, 0, 0, c->md, NULL);
    if (rc >= 0)
        return 0;
    subj->utf_error = rc;
    subj->bad = (size_t)pcre2_get_startchar(c->md);
    return subject_error(subj, err);
}

int asr_regex_match_at(asr_regex_cache *c, const asr_regex *re, const asr_regex_subject *subj,
                       size_t start, size_t *ovec, asr_err *err)
{
    if (subj->utf_error)
        return subject_error(subj, err);
    if (start > subj->len)
        return 0;
    /* The subject is valid UTF-8, so a continuation byte is the one sign of
     * an offset inside a character: PCRE2 does not look with NO_UTF_CHECK. */
    if (start < subj->len && ((unsigned char)subj->s[start] & 0xC0) == 0x80)
        return asr_err_set(err, "", 0, 0, "",
                           "regex match failed: start offset %zu is inside a UTF-8 character",
                           start);
    int rc = pcre2_match(re->code, (PCRE2_SPTR)subj->s, subj->len, start, PCRE2_NO_UTF_CHECK, c->md,
                         c->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        char msg[256];
        pcre2_message(rc, msg, sizeof msg);
        return asr_err_set(err, "", 0, 0, "", "regex match failed: %s", msg);
    }
    if (rc == 0) /* more groups than ovector slots */
        rc = ASR_REGEX_MAX_GROUPS + 1;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    int pairs = re->groups + 1 < rc ? rc : re->groups + 1;
    if (pairs > ASR_REGEX_MAX_GROUPS + 1)
        pairs = ASR_REGEX_MAX_GROUPS + 1;
    for (int i = 0; i < pairs; i++) {
        int set = i < rc && ov[2 * i] != PCRE2_UNSET;
        ovec[2 * i] = set ? ov[2 * i] : SIZE_MAX;
        ovec[2 * i + 1] = set ? ov[2 * i + 1] : SIZE_MAX;
    }
    return pairs;
}

int asr_regex_match(asr_regex_cache *c, const asr_regex *re, const char *subject, size_t len,
                    size_t start, size_t *ovec, asr_err *err)
{
    asr_regex_subject subj;
    if (asr_regex_subject_init(c, &subj, subject, len, err) != 0)
        return -1;
    return asr_regex_match_at(c, re, &subj, start, ovec, err);
}
