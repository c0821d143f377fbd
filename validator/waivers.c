/* waivers.c: read the waivers CSV and apply it to findings (asr_waivers.h).
 * The CSV reader is written by hand (RFC 4180: quoted fields, doubled
 * quotes): the stack has no CSV library and the format is five fields. */
#include "asr_waivers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A field as it is read: grows as needed (a field is as long as the file
 * allows; it was cut at 2,047 bytes without a word). */
typedef struct field {
    char *s;
    size_t n, cap;
} field;

static int field_add(field *f, char c)
{
    if (f->n + 2 > f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 64;
        char *s = realloc(f->s, cap);
        if (s == NULL)
            return -1;
        f->s = s;
        f->cap = cap;
    }
    f->s[f->n++] = c;
    f->s[f->n] = '\0';
    return 0;
}

enum { REC_OK = 0, REC_UNTERMINATED = 1, REC_NOMEM = -1 };

/* Split one CSV record starting at *p into fields (owned). Advances *p past
 * the record and its line break; counts the lines it crosses. The text
 * holds no NUL byte before its end (asr_waivers_load checks). */
static int read_record(const char **p, asr_strlist *fields, long *line)
{
    const char *s = *p;
    field f = {0};
    int quoted = 0, rc = REC_OK;
    for (;;) {
        char c = *s;
        if (quoted) {
            if (c == '\0') {
                rc = REC_UNTERMINATED;
                break;
            }
            if (c == '"') {
                quoted = s[1] == '"';
                if (quoted && field_add(&f, '"') != 0) {
                    rc = REC_NOMEM;
                    break;
                }
                s += quoted ? 2 : 1;
                continue;
            }
            if (c == '\n')
                (*line)++;
            if (field_add(&f, c) != 0) {
                rc = REC_NOMEM;
                break;
            }
            s++;
            continue;
        }
        if (c == '"' && f.n == 0) {
            quoted = 1;
            s++;
        } else if (c == ',' || c == '\n' || c == '\r' || c == '\0') {
            if (asr_strlist_push(fields, f.s ? f.s : "") != 0) {
                rc = REC_NOMEM;
                break;
            }
            f.n = 0;
            if (f.s)
                f.s[0] = '\0';
            if (c == ',') {
                s++;
                continue;
            }
            if (c == '\r')
                s++;
            if (*s == '\n')
                s++;
            *p = s;
            break;
        } else {
            if (field_add(&f, c) != 0) {
                rc = REC_NOMEM;
                break;
            }
            s++;
        }
    }
    free(f.s);
    return rc;
}

/* A day of the calendar, YYYY-MM-DD (Gregorian, leap years included):
 * 2026-02-30 is not one. */
static int is_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] + (m == 2 && leap);
}

/* The line (1-based) that byte offset at of text is on. */
static long line_of(const char *text, size_t at)
{
    long line = 1;
    for (size_t i = 0; i < at; i++)
        line += text[i] == '\n';
    return line;
}

static void add_error(asr_errlist *errs, const char *path, long line, const char *fmt,
                      const char *arg)
{
    asr_err e;
    asr_err_set(&e, path, line, 0, "", fmt, arg);
    asr_errlist_push(errs, &e);
}

int asr_waivers_load(const char *path, asr_waivers *w, asr_errlist *errs)
{
    memset(w, 0, sizeof *w);
    w->file = asr_strdup(path);
    asr_err e;
    char *text = NULL;
    size_t len = 0;
    /* One read, as for a return: a directory, a FIFO or a file over the
     * size limit is an error that says so (a directory was read as empty,
     * a file was cut at 16 MiB without a word). */
    if (asr_read_file(path, ASR_MAX_WAIVERS_BYTES, "waivers CSV", "", &text, &len, &e) != 0) {
        asr_errlist_push(errs, &e);
        return -1;
    }
    if (len == 0) {
        free(text);
        add_error(errs, path, 0, "the waivers file is empty: it needs the header %s",
                  "rule,alliance,provider,reason,expires");
        return -1;
    }
    /* The CSV reader stops at a NUL byte: one would end the file there,
     * silently dropping the waivers after it. */
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        add_error(errs, path, line_of(text, (size_t)(nul - text)),
                  "a NUL byte: a waivers file is text (%s), and nothing in it was used",
                  "CSV, UTF-8");
        free(text);
        return -1;
    }
    const char *p = text;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    int status = 0;
    long line = 1;
    for (int header = 1; *p; header = 0) {
        long at = line;
        asr_strlist fields = {0};
        int rc = read_record(&p, &fields, &line);
        if (rc != REC_OK) {
            add_error(errs, path, at, "%s",
                      rc == REC_UNTERMINATED ? "unterminated quoted field" : "out of memory");
            asr_strlist_free(&fields);
            status = -1;
            break;
        }
        line++;
        if (fields.n == 1 && fields.v[0][0] == '\0') { /* blank line */
            asr_strlist_free(&fields);
            continue;
        }
        if (header) {
            if (fields.n != 5 || strcmp(fields.v[0], "rule") != 0 ||
                strcmp(fields.v[1], "alliance") != 0 || strcmp(fields.v[2], "provider") != 0 ||
                strcmp(fields.v[3], "reason") != 0 || strcmp(fields.v[4], "expires") != 0) {
                add_error(errs, path, at, "the first row must be the header %s",
                          "rule,alliance,provider,reason,expires");
                status = -1;
            }
            asr_strlist_free(&fields);
            continue;
        }
        const char *why = NULL;
        if (fields.n != 5)
            why = "a row needs 5 fields: rule,alliance,provider,reason,expires";
        else if (!*fields.v[0] || !*fields.v[1])
            why = "a waiver needs a rule ID and an alliance code";
        else if (!*fields.v[3])
            why = "a waiver needs a reason";
        else if (!is_date(fields.v[4]))
            why = "expires must be a day of the calendar, YYYY-MM-DD (2026-03-31; not 2026-02-30)";
        if (why) {
            add_error(errs, path, at, "%s", why);
            status = -1;
            asr_strlist_free(&fields);
            continue;
        }
        asr_waiver *v = realloc(w->v, (w->n + 1) * sizeof *v);
        if (v == NULL) {
            add_error(errs, path, at, "%s", "out of memory");
            asr_strlist_free(&fields);
            status = -1;
            break;
        }
        w->v = v;
        asr_waiver *x = &w->v[w->n++];
        x->rule = fields.v[0];
        x->alliance = fields.v[1];
        x->provider = fields.v[2];
        x->reason = fields.v[3];
        x->expires = fields.v[4];
        x->line = at;
        x->matched = 0;
        x->alliance_seen = x->finding_seen = false;
        free(fields.v); /* the strings now belong to x */
    }
    free(text);
    return status;
}

void asr_waivers_free(asr_waivers *w)
{
    for (size_t i = 0; i < w->n; i++) {
        asr_waiver *x = &w->v[i];
        free(x->rule);
        free(x->alliance);
        free(x->provider);
        free(x->reason);
        free(x->expires);
    }
    free(w->v);
    free(w->file);
    memset(w, 0, sizeof *w);
}

/* A waiver's rule, alliance and provider match without case: a waiver
 * for rke is the one for RKE (nothing else would match it: codes and IDs
 * are written in capitals). */
static asr_waiver *covering(asr_waivers *w, const char *rule, const char *alliance,
                            const char *subject, const char *today)
{
    for (size_t i = 0; i < w->n; i++) {
        asr_waiver *x = &w->v[i];
        if (strcasecmp(x->rule, rule) == 0 && strcasecmp(x->alliance, alliance) == 0 &&
            strcmp(x->expires, today) >= 0 &&
            (x->provider[0] == '\0' || (subject && strcasecmp(x->provider, subject) == 0)))
            return x;
    }
    return NULL;
}

/* Note which waivers' alliance r is, and which have a finding of r to
 * waive (f, a finding that is not a pass). */
static void seen(asr_waivers *w, const asr_return_report *r, const asr_finding *f)
{
    for (size_t i = 0; i < w->n; i++) {
        asr_waiver *x = &w->v[i];
        if (strcasecmp(x->alliance, r->alliance_code) != 0)
            continue;
        x->alliance_seen = true;
        if (f && strcasecmp(x->rule, f->rule) == 0)
            x->finding_seen = true;
    }
}

/* Waive f by the waivers for its subjects: all covered, it is waived;
 * some, it says which (subject_waived) and is not. */
static void by_subject(asr_waivers *w, const asr_return_report *r, asr_finding *f,
                       const char *today)
{
    unsigned char *flags = calloc(f->nsubjects, 1);
    if (flags == NULL)
        return;
    size_t covered = 0;
    asr_waiver *first = NULL;
    for (size_t k = 0; k < f->nsubjects; k++) {
        asr_waiver *x = covering(w, f->rule, r->alliance_code, f->subjects[k], today);
        if (x == NULL)
            continue;
        x->matched++;
        flags[k] = 1;
        covered++;
        if (!first)
            first = x;
    }
    if (covered == 0) {
        free(flags);
        return;
    }
    free(f->waiver_reason);
    f->waiver_reason = asr_strdup(first->reason);
    if (covered == f->nsubjects) {
        f->waived = true;
        free(flags);
    } else {
        f->subject_waived = flags;
    }
}

void asr_waivers_apply(asr_waivers *w, asr_return_report *r, const char *today)
{
    if (!w || !r->alliance_code)
        return;
    seen(w, r, NULL);
    for (size_t i = 0; i < r->nfindings; i++) {
        asr_finding *f = &r->findings[i];
        if (f->outcome == ASR_PASS || f->outcome == ASR_NOT_APPLICABLE)
            continue;
        seen(w, r, f);
        asr_waiver *whole = covering(w, f->rule, r->alliance_code, NULL, today);
        if (whole) {
            whole->matched++;
            f->waived = true;
            free(f->waiver_reason);
            f->waiver_reason = asr_strdup(whole->reason);
        } else if (f->nsubjects > 0) {
            by_subject(w, r, f, today);
        }
    }
}

int asr_waivers_notes(const asr_waivers *w, const char *const *known, size_t n, const char *today,
                      asr_strlist *notes)
{
    for (size_t i = 0; i < w->n; i++) {
        const asr_waiver *x = &w->v[i];
        int found = 0;
        for (size_t k = 0; k < n && !found; k++)
            found = strcasecmp(known[k], x->rule) == 0;
        if (!found &&
            asr_strlist_pushf(notes, "%s:%ld: waiver for unknown rule %s (%s) does not apply",
                              w->file, x->line, x->rule, x->alliance) != 0)
            return -1;
        if (strcmp(x->expires, today) < 0 &&
            asr_strlist_pushf(notes,
                              "%s:%ld: waiver for %s (%s%s%s) expired on %s and no longer applies",
                              w->file, x->line, x->rule, x->alliance, x->provider[0] ? ", " : "",
                              x->provider, x->expires) != 0)
            return -1;
    }
    return 0;
}

static int listed(const char *const *v, size_t n, const char *id)
{
    for (size_t k = 0; k < n; k++)
        if (strcasecmp(v[k], id) == 0)
            return 1;
    return 0;
}

int asr_waivers_unmatched(const asr_waivers *w, const char *const *known, size_t nknown,
                          const char *const *ran, size_t nran, const char *today,
                          asr_strlist *notes)
{
    for (size_t i = 0; i < w->n; i++) {
        const asr_waiver *x = &w->v[i];
        if (x->matched || strcmp(x->expires, today) < 0 || !listed(known, nknown, x->rule))
            continue; /* used, or noted already as expired or unknown */
        const char *p = x->provider;
        int rc;
        if (!listed(ran, nran, x->rule))
            rc = asr_strlist_pushf(
                notes, "%s:%ld: waiver for %s (%s%s%s) matched no finding: %s was not run", w->file,
                x->line, x->rule, x->alliance, *p ? ", provider " : "", p, x->rule);
        else if (!x->alliance_seen)
            rc = asr_strlist_pushf(
                notes,
                "%s:%ld: waiver for %s (%s%s%s) matched no finding: no return of alliance "
                "%s was checked",
                w->file, x->line, x->rule, x->alliance, *p ? ", provider " : "", p, x->alliance);
        else if (!x->finding_seen)
            rc = asr_strlist_pushf(
                notes,
                "%s:%ld: waiver for %s (%s%s%s) matched no finding: %s gave %s nothing to "
                "waive (pass, or not applicable)",
                w->file, x->line, x->rule, x->alliance, *p ? ", provider " : "", p, x->rule,
                x->alliance);
        else
            rc = asr_strlist_pushf(
                notes,
                "%s:%ld: waiver for %s (%s, provider %s) matched no finding: %s's finding "
                "for %s names no provider %s",
                w->file, x->line, x->rule, x->alliance, p, x->rule, x->alliance, p);
        if (rc != 0)
            return -1;
    }
    return 0;
}
