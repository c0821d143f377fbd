/* helpers.c: shared fixtures for the Criterion tests (see helpers.h). */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *t_rules_dir(void)
{
    const char *d = getenv("ASSURE_RULES");
    return (d && *d) ? d : "rules";
}

char *t_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    cr_assert_not_null(buf);
    cr_assert_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = (size_t)n;
    return buf;
}

char *t_example(void) { return t_read("samples/returns/ncl-q2.xml", NULL); }

char *t_mutate(const char *base, const char *const *pairs)
{
    char *s = strdup(base);
    cr_assert_not_null(s);
    for (size_t i = 0; pairs && pairs[i]; i += 2) {
        cr_assert_not_null(pairs[i + 1], "t_mutate: odd number of strings");
        int found;
        char *n = asr_replace_first(s, pairs[i], pairs[i + 1], &found);
        cr_assert(found, "t_mutate: '%s' not found", pairs[i]);
        cr_assert_not_null(n);
        free(s);
        s = n;
    }
    return s;
}

void t_engine_open(asr_engine *e, const char *dir)
{
    asr_errlist errs = {0};
    int rc = asr_engine_open(e, dir ? dir : t_rules_dir(), &errs);
    cr_assert_eq(rc, 0, "engine failed to open: %s:%ld: %s", errs.n ? errs.v[0].file : "",
                 errs.n ? errs.v[0].line : 0L, errs.n ? errs.v[0].message : "");
    asr_errlist_free(&errs);
}

/* The catalogue's facts, from an engine opened once per test process. */
static asr_engine cat_engine;
static int cat_open;
static void close_catalogue(void)
{
    if (cat_open)
        asr_engine_close(&cat_engine);
    cat_open = 0;
}

const asr_catalogue *t_catalogue(void)
{
    if (!cat_open) {
        t_engine_open(&cat_engine, NULL);
        cat_open = 1;
        atexit(close_catalogue);
    }
    return &cat_engine.rules.cat;
}

void t_check(asr_engine *e, const char *xml, int q, asr_return_report *out)
{
    e->quarter = q;
    cr_assert_eq(asr_engine_check_memory(e, "test.xml", xml, strlen(xml), out), 0);
}

const asr_finding *t_find(const asr_return_report *r, const char *rule)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (strcmp(r->findings[i].rule, rule) == 0)
            return &r->findings[i];
    return NULL;
}

const char *t_subjects(const asr_finding *f)
{
    static char buf[4096];
    buf[0] = '\0';
    for (size_t i = 0; f && i < f->nsubjects; i++) {
        if (i)
            strncat(buf, ",", sizeof buf - strlen(buf) - 1);
        strncat(buf, f->subjects[i], sizeof buf - strlen(buf) - 1);
    }
    return buf;
}

const char *t_rule_dir(const char *const *names, const char *const *sources)
{
    static char dir[PATH_MAX];
    char tmpl[] = "/tmp/assure-rules-XXXXXX";
    cr_assert_not_null(mkdtemp(tmpl));
    snprintf(dir, sizeof dir, "%s", tmpl);
    char path[PATH_MAX + 64], real[PATH_MAX], target[PATH_MAX + 64];
    cr_assert_not_null(realpath(t_rules_dir(), real));
    /* The bundled catalogue's facts and schemas, linked. */
    static const char *const linked[] = {"schema", "catalogue.lua"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(target, sizeof target, "%s/%s", real, linked[i]);
        snprintf(path, sizeof path, "%s/%s", dir, linked[i]);
        cr_assert_eq(symlink(target, path), 0);
    }
    for (size_t i = 0; names[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "w");
        cr_assert_not_null(f);
        fputs(sources[i], f);
        fclose(f);
    }
    return dir;
}

static char *sdup(const char *s) { return s ? strdup(s) : NULL; }

void t_return_init(asr_return_report *r, const char *file, const char *name, const char *code)
{
    memset(r, 0, sizeof *r);
    r->file = sdup(file);
    r->alliance_code = sdup(code);
    r->alliance_name = sdup(name);
    r->region = sdup("London");
    r->financial_year = sdup("2025/26");
    r->quarter = sdup("Q2");
    r->judged_quarter = sdup("Q2");
    r->readable = r->valid = true;
    strcpy(r->sha256, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
}

void t_unreadable_return(asr_return_report *r, const char *file, const char *message)
{
    memset(r, 0, sizeof *r);
    r->file = sdup(file);
    asr_err e;
    asr_err_set(&e, file, 3, 7, "XML-01", "%s", message);
    cr_assert_eq(asr_errlist_push(&r->errors, &e), 0);
}

asr_finding *t_add(asr_return_report *r, const char *rule, const char *title,
                   const char *workstream, asr_outcome o, const char *message, const char *prompt)
{
    asr_finding f;
    memset(&f, 0, sizeof f);
    f.rule = sdup(rule);
    char derived[64];
    if (title == NULL) {
        snprintf(derived, sizeof derived, "Title of %s", rule);
        title = derived;
    }
    f.title = sdup(title);
    f.workstream = sdup(workstream);
    f.due = sdup("Q4");
    f.source = sdup("Planning pack 2025/26");
    f.outcome = o;
    f.message = sdup(message);
    f.prompt = sdup(prompt);
    cr_assert_eq(asr_report_add(r, &f), 0);
    return &r->findings[r->nfindings - 1];
}

void t_hostile_finding(asr_finding *f)
{
    memset(f, 0, sizeof *f);
    f->rule = strdup("FIT-01");
    f->title = strdup("t <b>bold</b>");
    f->workstream = strdup("early-diagnosis");
    f->due = strdup("every");
    f->source = strdup("s & <i>source</i>");
    f->outcome = ASR_MISSING;
    f->message = strdup("quote \" backslash \\ newline \n tab \t bell \a \xC3\xA9 ok");
    f->prompt = strdup("Replace 'TBC' </script>");
    asr_finding_add_subject(f, "R\"AP");
    asr_finding_add_location(f, 42, "/QuarterlyReturn/FIT", "FIT > \"x\"");
}
