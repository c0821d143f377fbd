/* waivers.c: read the waivers CSV and apply it to findings (asr_waivers.h).
 * The CSV reader is written by hand (RFC 4180: quoted fields, doubled
 * quotes): the stack has no CSV library and the format is five fields. */
#include "asr_waivers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split one CSV record starting at *p into fields (owned). Advances *p past
 * the record and its line break; counts the lines it crosses. */
static int read_record(const char **p, asr_strlist *fields, long *line)
{
    const char *s = *p;
    char buf[2048];
    size_t n = 0;
    int quoted = 0;
    for (;;) {
        char c = *s;
        if (quoted) {
            if (c == '\0')
                return -1; /* unterminated quote */
            if (c == '"' && s[1] == '"') {
                if (n < sizeof buf - 1)
                    buf[n++] = '"';
                s += 2;
                continue;
            }
            if (c == '"') {
                quoted = 0;
                s++;
                continue;
            }
            if (c == '\n')
                (*line)++;
            if (n < sizeof buf - 1)
                buf[n++] = c;
            s++;
            continue;
        }
        if (c == '"' && n == 0) {
            quoted = 1;
            s++;
        } else if (c == ',' || c == '\n' || c == '\r' || c == '\0') {
            buf[n] = '\0';
            if (asr_strlist_push(fields, buf) != 0)
                return -1;
            n = 0;
            if (c == ',') {
                s++;
                continue;
            }
            if (c == '\r')
                s++;
            if (*s == '\n')
                s++;
            *p = s;
            return 0;
        } else {
            if (n < sizeof buf - 1)
                buf[n++] = c;
            s++;
        }
    }
}

static int is_date(const char *s)
{
    int y, m, d;
    char extra;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3 && m >= 1 &&
           m <= 12 && d >= 1 && d <= 31 && s[4] == '-' && s[7] == '-';
}

int asr_waivers_load(const char *path, asr_waivers *w, asr_errlist *errs)
{
    memset(w, 0, sizeof *w);
    w->file = asr_strdup(path);
    asr_err e;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        asr_err_set(&e, path, 0, 0, "", "cannot read the waivers file");
        asr_errlist_push(errs, &e);
        return -1;
    }
    char *text = NULL;
    size_t len = 0, cap = 0, r;
    char chunk[4096];
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0 && len < (1u << 24)) {
        if (len + r + 1 > cap) {
            cap = (len + r + 1) * 2;
            char *t = realloc(text, cap);
            if (t == NULL)
                break;
            text = t;
        }
        memcpy(text + len, chunk, r);
        len += r;
    }
    fclose(f);
    if (text == NULL) {
        asr_err_set(
            &e, path, 0, 0, "",
            "the waivers file is empty: it needs the header rule,alliance,provider,reason,expires");
        asr_errlist_push(errs, &e);
        return -1;
    }
    text[len] = '\0';
    const char *p = text;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    int status = 0;
    long line = 1;
    for (int header = 1; *p; header = 0) {
        long at = line;
        asr_strlist fields = {0};
        if (read_record(&p, &fields, &line) != 0) {
            asr_err_set(&e, path, at, 0, "", "unterminated quoted field");
            asr_errlist_push(errs, &e);
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
                asr_err_set(
                    &e, path, at, 0, "",
                    "the first row must be the header rule,alliance,provider,reason,expires");
                asr_errlist_push(errs, &e);
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
            why = "expires must be a date YYYY-MM-DD";
        if (why) {
            asr_err_set(&e, path, at, 0, "", "%s", why);
            asr_errlist_push(errs, &e);
            status = -1;
            asr_strlist_free(&fields);
            continue;
        }
        asr_waiver *v = realloc(w->v, (w->n + 1) * sizeof *v);
        if (v == NULL) {
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

static const asr_waiver *covering(const asr_waivers *w, const char *rule, const char *alliance,
                                  const char *subject, const char *today)
{
    for (size_t i = 0; i < w->n; i++) {
        const asr_waiver *x = &w->v[i];
        if (strcmp(x->rule, rule) == 0 && strcmp(x->alliance, alliance) == 0 &&
            strcmp(x->expires, today) >= 0 &&
            (x->provider[0] == '\0' || (subject && strcmp(x->provider, subject) == 0)))
            return x;
    }
    return NULL;
}

void asr_waivers_apply(const asr_waivers *w, asr_return_report *r, const char *today)
{
    if (!w || !r->alliance_code)
        return;
    for (size_t i = 0; i < r->nfindings; i++) {
        asr_finding *f = &r->findings[i];
        if (f->outcome == ASR_PASS || f->outcome == ASR_NOT_APPLICABLE)
            continue;
        const asr_waiver *whole = covering(w, f->rule, r->alliance_code, NULL, today);
        const asr_waiver *first = whole;
        int all = whole != NULL;
        if (!whole && f->nsubjects > 0) {
            all = 1;
            for (size_t k = 0; k < f->nsubjects && all; k++) {
                const asr_waiver *x = covering(w, f->rule, r->alliance_code, f->subjects[k], today);
                all = x != NULL;
                if (!first)
                    first = x;
            }
        }
        if (all && first) {
            f->waived = true;
            free(f->waiver_reason);
            f->waiver_reason = asr_strdup(first->reason);
        }
    }
}

int asr_waivers_notes(const asr_waivers *w, const char *const *known, size_t n, const char *today,
                      asr_strlist *notes)
{
    char buf[1400];
    for (size_t i = 0; i < w->n; i++) {
        const asr_waiver *x = &w->v[i];
        int found = 0;
        for (size_t k = 0; k < n && !found; k++)
            found = strcmp(known[k], x->rule) == 0;
        if (!found) {
            snprintf(buf, sizeof buf, "%s:%ld: waiver for unknown rule %s (%s) does not apply",
                     w->file, x->line, x->rule, x->alliance);
            if (asr_strlist_push(notes, buf) != 0)
                return -1;
        }
        if (strcmp(x->expires, today) < 0) {
            snprintf(buf, sizeof buf,
                     "%s:%ld: waiver for %s (%s%s%s) expired on %s and no longer applies", w->file,
                     x->line, x->rule, x->alliance, x->provider[0] ? ", " : "", x->provider,
                     x->expires);
            if (asr_strlist_push(notes, buf) != 0)
                return -1;
        }
    }
    return 0;
}
