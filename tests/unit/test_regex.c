/* test_regex.c: the PCRE2 binding rules match with: captures and flags, bad
 * patterns refused with a message, the compile cache, and every limit
 * (pattern size, nesting, backtracking, invalid UTF-8) reported as an error
 * (-1), never as "no match". Table-driven where it fits. */
#define _GNU_SOURCE
#include "asr_regex.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define U   SIZE_MAX /* an unset group */
#define NOV (2 * (ASR_REGEX_MAX_GROUPS + 1))

TestSuite(regex);

/* Compile (NUL-terminated pattern) or fail the test. */
static const asr_regex *get(asr_regex_cache *c, const char *pattern, const char *flags)
{
    asr_err err = {0};
    const asr_regex *re = asr_regex_get(c, pattern, strlen(pattern), flags, &err);
    cr_assert_not_null(re, "/%s/%s refused: %s", pattern, flags, err.message);
    return re;
}

/* ------------------------------------------------------------- matching */

typedef struct match_case {
    const char *pattern, *flags;
    const char *subject;
    size_t len;   /* of subject */
    size_t start; /* byte offset */
    int rc;       /* expected return: pairs, 0 = no match */
    size_t ov[6]; /* expected first pairs (rc > 0) */
} match_case;

#define S(s) s, sizeof(s) - 1

static match_case matches[] = {
    /* captures */
    {"(\\d+)-(\\d+)", "", S("tel 12-345"), 0, 3, {4, 10, 4, 6, 7, 10}},
    {"(a)|(b)", "", S("xb"), 0, 3, {1, 2, U, U, 1, 2}},
    {"(a)(x)?", "", S("a"), 0, 3, {0, 1, 0, 1, U, U}},
    {"(?<year>\\d{4})/(\\d\\d)", "", S("FY 2025/26"), 0, 3, {3, 10, 3, 7, 8, 10}},
    {"(a)", "", S("bbb"), 0, 0, {0}},
    /* flags */
    {"abc", "i", S("xABC"), 0, 1, {1, 4}},
    {"abc", "", S("xABC"), 0, 0, {0}},
    {"^b$", "m", S("a\nb\nc"), 0, 1, {2, 3}},
    {"^b$", "", S("a\nb\nc"), 0, 0, {0}},
    {"a.b", "s", S("a\nb"), 0, 1, {0, 3}},
    {"a.b", "", S("a\nb"), 0, 0, {0}},
    {"a b # comment", "x", S("ab"), 0, 1, {0, 2}},
    {"a b # comment", "", S("ab"), 0, 0, {0}},
    {"^TBC$", "im", S("done\ntbc\n"), 0, 1, {5, 8}},
    {"^ a . b $ # all four", "imsx", S("x\nA\nB"), 0, 1, {2, 5}},
    /* UTF-8: offsets are bytes, classes and case are Unicode */
    {"\xC3\xA9+", "", S("caf\xC3\xA9\xC3\xA9!"), 0, 1, {3, 7}},
    {"\xC3\x89", "i", S("caf\xC3\xA9"), 0, 1, {3, 5}},
    {"\\w+", "", S("na\xC3\xAFve!"), 0, 1, {0, 6}},
    {"^.$", "", S("\xE2\x82\xAC"), 0, 1, {0, 3}},
    {"b", "", S("a\0b"), 0, 1, {2, 3}},
    /* start offsets */
    {"a", "", S("aba"), 1, 1, {2, 3}},
    {"a", "", S("a"), 1, 0, {0}},
    {"\\Ga", "", S("aab"), 1, 1, {1, 2}},
    {"", "", S("abc"), 3, 1, {3, 3}},
    {"", "", S("abc"), 4, 0, {0}},
    {"a", "", S("aaa"), 99, 0, {0}},
    /* empty matches */
    {"x*", "", S("abc"), 0, 1, {0, 0}},
    {"$", "", S("abc"), 0, 1, {3, 3}},
    {"\\b", "", S("  ab"), 0, 1, {2, 2}},
    {"(?=c)", "", S("abc"), 0, 1, {2, 2}},
    {"^$", "", S(""), 0, 1, {0, 0}},
    {"(x?)", "", S("abc"), 0, 2, {0, 0, 0, 0}},
    {"^\\s*$", "", S("  \t "), 0, 1, {0, 4}},
};

ParameterizedTestParameters(regex, match)
{
    return cr_make_param_array(match_case, matches, sizeof matches / sizeof matches[0]);
}

ParameterizedTest(match_case *m, regex, match)
{
    asr_regex_cache *c = asr_regex_cache_new();
    cr_assert_not_null(c);
    const asr_regex *re = get(c, m->pattern, m->flags);
    size_t ov[NOV];
    asr_err err = {0};
    int rc = asr_regex_match(c, re, m->subject, m->len, m->start, ov, &err);
    cr_assert_eq(rc, m->rc, "/%s/%s at %zu: rc %d, expected %d (%s)", m->pattern, m->flags,
                 m->start, rc, m->rc, err.message);
    for (int i = 0; i < rc && i < 3; i++) {
        cr_expect_eq(ov[2 * i], m->ov[2 * i], "/%s/: group %d starts at %zu, expected %zu",
                     m->pattern, i, ov[2 * i], m->ov[2 * i]);
        cr_expect_eq(ov[2 * i + 1], m->ov[2 * i + 1], "/%s/: group %d ends at %zu, expected %zu",
                     m->pattern, i, ov[2 * i + 1], m->ov[2 * i + 1]);
    }
    asr_regex_cache_free(c);
}

Test(regex, groups_reported)
{
    asr_regex_cache *c = asr_regex_cache_new();
    cr_expect_eq(asr_regex_groups(get(c, "abc", "")), 0);
    cr_expect_eq(asr_regex_groups(get(c, "(a)(?:b)(c(d))", "")), 3);
    cr_expect_eq(asr_regex_groups(get(c, "(?<n>a)|(b)", "")), 2);
    asr_regex_cache_free(c);
}

/* 40 groups: at most ASR_REGEX_MAX_GROUPS + 1 pairs come back, all set. */
Test(regex, more_groups_than_reported)
{
    asr_regex_cache *c = asr_regex_cache_new();
    char pat[256] = "", subj[64];
    for (int i = 0; i < 40; i++)
        strcat(pat, "(a)");
    memset(subj, 'a', 40);
    const asr_regex *re = get(c, pat, "");
    cr_expect_eq(asr_regex_groups(re), 40);
    size_t ov[NOV];
    asr_err err = {0};
    int rc = asr_regex_match(c, re, subj, 40, 0, ov, &err);
    cr_assert_eq(rc, ASR_REGEX_MAX_GROUPS + 1, "rc %d (%s)", rc, err.message);
    cr_expect_eq(ov[0], 0u);
    cr_expect_eq(ov[1], 40u);
    for (int i = 1; i < rc; i++) {
        cr_expect_eq(ov[2 * i], (size_t)(i - 1), "group %d", i);
        cr_expect_eq(ov[2 * i + 1], (size_t)i, "group %d", i);
    }
    asr_regex_cache_free(c);
}

/* ---------------------------------------------------------- bad patterns */

typedef struct bad_pattern {
    const char *name;
    const char *pattern;
    size_t len;
    const char *flags;
    const char *phrase; /* must appear in the message */
} bad_pattern;

static bad_pattern bads[] = {
    {"unclosed (", S("("), "", "bad regex at offset 1: missing closing parenthesis"},
    {"unmatched )", S("a)"), "", "offset 1"},
    {"unclosed class", S("[a"), "", "offset 2"},
    {"trailing backslash", S("\\"), "", "at end of pattern"},
    {"quantifier out of order", S("x{2,1}"), "", "offset 5"},
    {"nothing to repeat", S("*a"), "", "offset 0"},
    {"duplicate names", S("(?<n>x)(?<n>y)"), "", "same name"},
    {"\\C", S("a\\Cb"), "", "\\C"},
    {"\\C with dotall", S("\\C+"), "s", "\\C"},
    {"\\C in a class", S("[\\C]"), "", "character class"},
    {"invalid UTF-8 in the pattern", S("a\xC3("), "", "UTF-8"},
    {"unknown flag", S("a"), "q", "unknown regex flag 'q'"},
    {"unknown flag after good ones", S("a"), "imz", "unknown regex flag 'z'"},
    {"flags are lower case", S("a"), "I", "unknown regex flag 'I'"},
    {"Lua flag g", S("a"), "g", "unknown regex flag 'g'"},
};

ParameterizedTestParameters(regex, bad_pattern)
{
    return cr_make_param_array(bad_pattern, bads, sizeof bads / sizeof bads[0]);
}

ParameterizedTest(bad_pattern *b, regex, bad_pattern)
{
    asr_regex_cache *c = asr_regex_cache_new();
    asr_err err = {0};
    const asr_regex *re = asr_regex_get(c, b->pattern, b->len, b->flags, &err);
    if (b->phrase == NULL) { /* a near miss that must compile */
        cr_expect_not_null(re, "%s: refused: %s", b->name, err.message);
    } else {
        cr_expect_null(re, "%s: compiled", b->name);
        cr_expect_not_null(strstr(err.message, b->phrase), "%s: \"%s\" lacks \"%s\"", b->name,
                           err.message, b->phrase);
    }
    /* A refusal leaves the cache usable. */
    size_t ov[NOV];
    cr_expect_eq(asr_regex_match(c, get(c, "ok", ""), "ok", 2, 0, ov, &err), 1);
    asr_regex_cache_free(c);
}

Test(regex, pattern_length_limit)
{
    asr_regex_cache *c = asr_regex_cache_new();
    char *p = malloc(ASR_REGEX_MAX_PATTERN + 2);
    cr_assert_not_null(p);
    memset(p, 'a', ASR_REGEX_MAX_PATTERN + 1);
    p[ASR_REGEX_MAX_PATTERN + 1] = '\0';
    asr_err err = {0};
    cr_expect_null(asr_regex_get(c, p, ASR_REGEX_MAX_PATTERN + 1, "", &err), "2001 bytes accepted");
    cr_expect_not_null(strstr(err.message, "at most 2000"), "%s", err.message);
    /* Exactly at the limit compiles and matches. */
    const asr_regex *re = asr_regex_get(c, p, ASR_REGEX_MAX_PATTERN, "", &err);
    cr_assert_not_null(re, "%s", err.message);
    size_t ov[NOV];
    cr_expect_eq(asr_regex_match(c, re, p, ASR_REGEX_MAX_PATTERN + 1, 0, ov, &err), 1);
    cr_expect_eq(ov[1] - ov[0], (size_t)ASR_REGEX_MAX_PATTERN);
    free(p);
    asr_regex_cache_free(c);
}

Test(regex, parens_nesting_limit)
{
    asr_regex_cache *c = asr_regex_cache_new();
    char p[2 * (ASR_REGEX_MAX_PARENS + 1) + 2];
    asr_err err = {0};
    for (int depth = ASR_REGEX_MAX_PARENS; depth <= ASR_REGEX_MAX_PARENS + 1; depth++) {
        memset(p, '(', (size_t)depth);
        p[depth] = 'a';
        memset(p + depth + 1, ')', (size_t)depth);
        size_t len = 2 * (size_t)depth + 1;
        const asr_regex *re = asr_regex_get(c, p, len, "", &err);
        if (depth <= ASR_REGEX_MAX_PARENS) {
            cr_expect_not_null(re, "%d deep refused: %s", depth, err.message);
        } else {
            cr_expect_null(re, "%d deep accepted", depth);
            cr_expect_not_null(strstr(err.message, "too deeply nested"), "%s", err.message);
        }
    }
    asr_regex_cache_free(c);
}

/* ----------------------------------------------------------------- cache */

Test(regex, cache_keys_on_pattern_and_flags)
{
    asr_regex_cache *c = asr_regex_cache_new();
    const asr_regex *a = get(c, "abc", "");
    cr_expect_eq(get(c, "abc", ""), a, "same pattern and flags: the cached one");
    const asr_regex *ai = get(c, "abc", "i");
    cr_expect_neq(ai, a, "other flags: another pattern");
    cr_expect_eq(get(c, "abc", "i"), ai);
    cr_expect_eq(get(c, "abc", ""), a);
    /* The key is the bytes given, not the C string. */
    asr_err err = {0};
    const asr_regex *ab = asr_regex_get(c, "abc", 2, "", &err);
    cr_assert_not_null(ab);
    cr_expect_neq(ab, a);
    /* flags + pattern cannot collide: ("i", "x") vs ("", "ix"). */
    const asr_regex *ix = get(c, "ix", "");
    const asr_regex *i_x = get(c, "x", "i");
    cr_expect_neq(ix, i_x);
    size_t ov[NOV];
    cr_expect_eq(asr_regex_match(c, get(c, "abc", "i"), "ABC", 3, 0, ov, &err), 1);
    cr_expect_eq(asr_regex_match(c, get(c, "abc", ""), "ABC", 3, 0, ov, &err), 0);
    ab = asr_regex_get(c, "abc", 2, "", &err);
    cr_assert_not_null(ab);
    cr_expect_eq(asr_regex_match(c, ab, "xab", 3, 0, ov, &err), 1);
    asr_regex_cache_free(c);
}

/* More distinct patterns than the cache holds: each works right after it is
 * fetched, and an evicted one is compiled again when asked for. */
Test(regex, eviction)
{
    asr_regex_cache *c = asr_regex_cache_new();
    int n = 3 * ASR_REGEX_CACHE + 7;
    size_t ov[NOV];
    asr_err err = {0};
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < n; i++) {
            char pat[32], subj[32];
            snprintf(pat, sizeof pat, "^p(%d)$", i);
            snprintf(subj, sizeof subj, "p%d", i);
            const asr_regex *re = get(c, pat, "");
            int rc = asr_regex_match(c, re, subj, strlen(subj), 0, ov, &err);
            cr_assert_eq(rc, 2, "round %d, pattern %d: rc %d (%s)", round, i, rc, err.message);
            cr_assert_eq(ov[3] - ov[2], strlen(subj) - 1);
            snprintf(subj, sizeof subj, "p%d", i + 1);
            cr_assert_eq(asr_regex_match(c, re, subj, strlen(subj), 0, ov, &err), 0);
        }
    }
    asr_regex_cache_free(c);
}

Test(regex, free_null_and_empty)
{
    asr_regex_cache_free(NULL);
    asr_regex_cache *c = asr_regex_cache_new();
    cr_assert_not_null(c);
    asr_regex_cache_free(c);
}

/* ---------------------------------------------------------------- limits */

typedef struct runaway {
    const char *name;
    const char *pattern;
    char fill;
    size_t n; /* fill repeated n times */
    const char *tail;
} runaway;

static runaway runaways[] = {
    {"(a+)+$ on 40 a's and a b", "^(a+)+$", 'a', 40, "b"},
    {"(a|aa)+$", "^(a|aa)+$", 'a', 60, "b"},
    {"^(.*a){12}$", "^(.*a){12}$", 'a', 40, "x"},
    {"pattern cannot raise the match limit", "(*LIMIT_MATCH=100000000)^(a+)+$", 'a', 40, "b"},
    {"pattern cannot raise the depth limit", "(*LIMIT_DEPTH=100000000)^(?:a|a)*$", 'a', 20000, "b"},
    {"depth: (?:a|a)* over 20000 a's", "^(?:a|a)*$", 'a', 20000, "b"},
    {"(.+)+$ before a line break", "^(.+)+$", 'x', 40, "\n!"},
};

ParameterizedTestParameters(regex, runaway)
{
    return cr_make_param_array(runaway, runaways, sizeof runaways / sizeof runaways[0]);
}

ParameterizedTest(runaway *r, regex, runaway, .timeout = 5)
{
    asr_regex_cache *c = asr_regex_cache_new();
    const asr_regex *re = get(c, r->pattern, "");
    size_t tl = strlen(r->tail), len = r->n + tl;
    char *s = malloc(len + 1);
    cr_assert_not_null(s);
    memset(s, r->fill, r->n);
    memcpy(s + r->n, r->tail, tl + 1);
    size_t ov[NOV];
    asr_err err = {0};
    int rc = asr_regex_match(c, re, s, len, 0, ov, &err);
    cr_expect_eq(rc, -1, "%s: rc %d: a limit hit must be an error, never no match", r->name, rc);
    cr_expect_not_null(strstr(err.message, "limit"), "%s: \"%s\" lacks \"limit\"", r->name,
                       err.message);
    /* The cache and its match data still work afterwards. */
    cr_expect_eq(asr_regex_match(c, get(c, "a", ""), "a", 1, 0, ov, &err), 1);
    free(s);
    asr_regex_cache_free(c);
}

/* ASR_REGEX_MATCH_LIMIT is in force, not PCRE2's 10M default: on PCRE2
 * 10.42, ^(a+)+$ against 20 a's and a b gives up after ~2M steps (about
 * 20 ms), which the default would still allow to end in "no match". */
Test(regex, match_limit_is_ours, .timeout = 5)
{
    asr_regex_cache *c = asr_regex_cache_new();
    char s[32];
    memset(s, 'a', 20);
    s[20] = 'b';
    size_t ov[NOV];
    asr_err err = {0};
    int rc = asr_regex_match(c, get(c, "^(a+)+$", ""), s, 21, 0, ov, &err);
    cr_expect_eq(rc, -1, "rc %d: the match limit is not %d", rc, ASR_REGEX_MATCH_LIMIT);
    cr_expect_not_null(strstr(err.message, "match limit"), "%s", err.message);
    /* 16 a's need well under the limit: no match, no error. */
    cr_expect_eq(asr_regex_match(c, get(c, "^(a+)+$", ""), s + 4, 17, 0, ov, &err), 0);
    asr_regex_cache_free(c);
}

/* The same pattern matches normally when there is nothing to backtrack. */
Test(regex, limits_leave_ordinary_matches_alone)
{
    asr_regex_cache *c = asr_regex_cache_new();
    char s[64];
    memset(s, 'a', 40);
    size_t ov[NOV];
    asr_err err = {0};
    cr_expect_eq(asr_regex_match(c, get(c, "^(a+)+$", ""), s, 40, 0, ov, &err), 2, "%s",
                 err.message);
    cr_expect_eq(ov[1], 40u);
    /* A long narrative and an ordinary rule pattern. */
    size_t n = 200000;
    char *big = malloc(n);
    cr_assert_not_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = "lorem ipsum "[i % 12];
    memcpy(big + n - 4, " TBC", 4);
    int rc = asr_regex_match(c, get(c, "\\b(TBC|TBA|N/A)\\b", "i"), big, n, 0, ov, &err);
    cr_expect_eq(rc, 2, "rc %d (%s)", rc, err.message);
    cr_expect_eq(ov[0], n - 3);
    free(big);
    asr_regex_cache_free(c);
}

/* ------------------------------------------------------ invalid subjects */

typedef struct bad_subject {
    const char *name;
    const char *subject;
    size_t len;
    size_t start;
} bad_subject;

static bad_subject bad_subjects[] = {
    {"lone 0xC3", S("x\xC3y"), 0},
    {"overlong 0xC0 0xAF", S("\xC0\xAF"), 0},
    {"surrogate U+D800", S("\xED\xA0\x80"), 0},
    {"above U+10FFFF", S("\xF4\x90\x80\x80"), 0},
    {"0xFF at the end", S("abc\xFF"), 0},
    {"truncated at the end", S("abc\xE2\x82"), 0},
    {"bad byte after the start offset", S("abc\xFF"), 1},
    {"start inside a character", S("a\xC3\xA9z"), 2},
};

ParameterizedTestParameters(regex, bad_subject)
{
    return cr_make_param_array(bad_subject, bad_subjects,
                               sizeof bad_subjects / sizeof bad_subjects[0]);
}

ParameterizedTest(bad_subject *b, regex, bad_subject)
{
    asr_regex_cache *c = asr_regex_cache_new();
    /* A pattern that can never match: only an error may come back. */
    const asr_regex *re = get(c, "zzz", "");
    size_t ov[NOV];
    asr_err err = {0};
    int rc = asr_regex_match(c, re, b->subject, b->len, b->start, ov, &err);
    cr_expect_eq(rc, -1, "%s: rc %d, expected -1 (never 0)", b->name, rc);
    cr_expect_not_null(strstr(err.message, "regex match failed"), "%s: \"%s\"", b->name,
                       err.message);
    cr_expect(strstr(err.message, "UTF") != NULL || strstr(err.message, "offset") != NULL,
              "%s: \"%s\" does not say why", b->name, err.message);
    asr_regex_cache_free(c);
}

/* ------------------------------------------------- a subject checked once */

/* PCRE2 checks a subject's UTF-8 from the start offset to the end at every
 * call, so counting the matches in a 1 MB narrative one call at a time took
 * minutes (issue 16, item 6). A checked subject is matched from the offsets
 * earlier matches gave without checking again. The assertion is the count;
 * the timeout only turns a hang into a failure. */
Test(regex, many_matches_in_one_subject, .timeout = 30)
{
    asr_regex_cache *c = asr_regex_cache_new();
    const char unit[] = "w\xC3\xA9 "; /* 4 bytes, one match of "w" */
    size_t n = 1u << 20, units = n / (sizeof unit - 1);
    char *s = malloc(n);
    cr_assert_not_null(s);
    for (size_t i = 0; i < units; i++)
        memcpy(s + i * (sizeof unit - 1), unit, sizeof unit - 1);
    memset(s + units * (sizeof unit - 1), ' ', n - units * (sizeof unit - 1));
    asr_regex_subject subj;
    asr_err err = {0};
    cr_assert_eq(asr_regex_subject_init(c, &subj, s, n, &err), 0, "%s", err.message);
    const asr_regex *re = get(c, "w", "");
    size_t ov[NOV], at = 0, count = 0;
    int rc;
    while ((rc = asr_regex_match_at(c, re, &subj, at, ov, &err)) > 0) {
        count++;
        at = ov[1];
    }
    cr_expect_eq(rc, 0, "rc %d (%s)", rc, err.message);
    cr_expect_eq(count, units, "%zu matches, expected %zu", count, units);
    free(s);
    asr_regex_cache_free(c);
}

typedef struct unchecked {
    const char *name;
    const char *subject;
    size_t len;
    size_t bad; /* the byte the message must name */
} unchecked;

static unchecked uncheckeds[] = {
    {"0xFF at the end", S("abc\xFF"), 3},
    {"lone continuation byte", S("ab\x80z"), 2},
    {"truncated at the end", S("abc\xE2\x82"), 3},
    {"surrogate", S("x\xED\xA0\x80"), 1},
    {"bad byte before any start offset", S("\377abc"), 0},
    {"NUL then a bad byte", S("a\0\xC3("), 2},
};

ParameterizedTestParameters(regex, unchecked_subject)
{
    return cr_make_param_array(unchecked, uncheckeds, sizeof uncheckeds / sizeof uncheckeds[0]);
}

/* An invalid subject: the check says which byte; every match in it, from
 * any start, is that error (-1), never "no match", and never a match that
 * skipped the check. */
ParameterizedTest(unchecked *u, regex, unchecked_subject)
{
    asr_regex_cache *c = asr_regex_cache_new();
    asr_regex_subject subj;
    asr_err err = {0};
    cr_assert_eq(asr_regex_subject_init(c, &subj, u->subject, u->len, &err), -1, "%s accepted",
                 u->name);
    char want[64];
    snprintf(want, sizeof want, "not valid UTF-8 at byte %zu", u->bad);
    cr_expect_not_null(strstr(err.message, want), "%s: \"%s\" lacks \"%s\"", u->name, err.message,
                       want);
    const asr_regex *any = get(c, "", "");
    size_t ov[NOV];
    for (size_t start = 0; start <= u->len + 1; start++) {
        memset(&err, 0, sizeof err);
        int rc = asr_regex_match_at(c, any, &subj, start, ov, &err);
        cr_expect_eq(rc, -1, "%s from %zu: rc %d", u->name, start, rc);
        cr_expect_not_null(strstr(err.message, want), "%s from %zu: \"%s\"", u->name, start,
                           err.message);
        /* The one-call form says the same. */
        cr_expect_eq(asr_regex_match(c, any, u->subject, u->len, start, ov, &err), -1);
    }
    asr_regex_cache_free(c);
}

/* In a valid subject, a start inside a character is an error (PCRE2 does
 * not look when told not to check); starts at boundaries match. */
Test(regex, start_inside_a_character)
{
    asr_regex_cache *c = asr_regex_cache_new();
    const char s[] = "a\xC3\xA9\xE2\x82\xAC"
                     "b"; /* a é € b: boundaries 0 1 3 6 7 */
    asr_regex_subject subj;
    asr_err err = {0};
    cr_assert_eq(asr_regex_subject_init(c, &subj, s, sizeof s - 1, &err), 0, "%s", err.message);
    const asr_regex *re = get(c, ".", "");
    size_t ov[NOV];
    const size_t starts[] = {0, 1, 3, 6};
    for (size_t i = 0; i < 4; i++)
        cr_expect_eq(asr_regex_match_at(c, re, &subj, starts[i], ov, &err), 1, "from %zu: %s",
                     starts[i], err.message);
    const size_t inside[] = {2, 4, 5};
    for (size_t i = 0; i < 3; i++) {
        cr_expect_eq(asr_regex_match_at(c, re, &subj, inside[i], ov, &err), -1, "from %zu",
                     inside[i]);
        cr_expect_not_null(strstr(err.message, "inside a UTF-8 character"), "%s", err.message);
    }
    cr_expect_eq(asr_regex_match_at(c, re, &subj, 7, ov, &err), 0, "at the end: no match");
    cr_expect_eq(asr_regex_match_at(c, re, &subj, 8, ov, &err), 0, "past the end: no match");
    asr_regex_cache_free(c);
}
