/* fuzz_check.c: libFuzzer harness over the whole check of one return:
 * reading (XML-01: UTF-8, parse, root), the schema (XML-02) and every rule
 * of the catalogue, exactly as asr_engine_check does for a file.
 *
 * One engine (one Lua state, the rules, the XSD) is opened once, as a
 * worker does, and reused for every input: that also exercises what one
 * return can leave behind for the next (stale nodes, caches, limits).
 * The input is passed as it comes, not NUL-terminated: the memory API takes
 * a length, and ASan reports any read past it.
 *
 * With FUZZ_RULES=DIR (tests/fuzz/run sets it for FUZZ_TARGET=rules) a
 * second engine loads DIR's rules beside the national catalogue, and every
 * input is checked by both: the harness aborts (a crash the fuzzer keeps)
 * when a national rule gives `error`, when the national findings differ
 * between the two engines (a rule of DIR changed another's), or when the
 * rule XML-98 of DIR (tests/fuzz/rules/meddle.lua) reports state kept
 * between returns.
 *
 * Build and run with tests/fuzz/run. Rules: $ASSURE_RULES, else "rules"
 * (run from the repository root). */
#include "asr_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static asr_engine engine, with_extra;
static int have_extra;

static void open_or_die(asr_engine *e, const char *const *dirs, size_t n)
{
    asr_errlist errs = {0};
    if (asr_engine_open_dirs(e, dirs, n, &errs) != 0) {
        for (size_t i = 0; i < errs.n; i++)
            fprintf(stderr, "fuzz_check: %s:%ld: %s\n", errs.v[i].file, errs.v[i].line,
                    errs.v[i].message);
        fprintf(stderr, "fuzz_check: the rule catalogue in %s failed to load\n", dirs[n - 1]);
        exit(1);
    }
    asr_errlist_free(&errs);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    asr_xml_init();
    const char *dir = getenv("ASSURE_RULES");
    if (dir == NULL || *dir == '\0')
        dir = "rules";
    open_or_die(&engine, &dir, 1);
    const char *extra = getenv("FUZZ_RULES");
    if (extra && *extra) {
        const char *dirs[] = {dir, extra};
        open_or_die(&with_extra, dirs, 2);
        have_extra = 1;
    }
    return 0;
}

static const asr_finding *find(const asr_return_report *r, const char *id)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (strcmp(r->findings[i].rule, id) == 0)
            return &r->findings[i];
    return NULL;
}

static int same_text(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* The invariants of the rule-side target; abort() on a broken one. */
static void hold(const asr_return_report *alone, const asr_return_report *both)
{
    for (size_t i = 0; i < alone->nfindings; i++) {
        const asr_finding *f = &alone->findings[i], *g = find(both, f->rule);
        if (f->outcome == ASR_ERROR) {
            fprintf(stderr, "fuzz_check: national rule %s gave error: %s\n", f->rule, f->message);
            abort();
        }
        if (g == NULL || g->outcome != f->outcome || !same_text(g->message, f->message)) {
            fprintf(stderr, "fuzz_check: %s differs beside the extra rules: %s / %s\n", f->rule,
                    f->message ? f->message : "-", g && g->message ? g->message : "(absent)");
            abort();
        }
    }
    const asr_finding *m = find(both, "XML-98");
    if (m && m->outcome == ASR_ERROR && m->message && strstr(m->message, "state kept")) {
        fprintf(stderr, "fuzz_check: %s\n", m->message);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    asr_return_report r, r2;
    /* -1 means out of memory; the report is initialised either way. */
    (void)asr_engine_check_memory(&engine, "fuzz.xml", (const char *)data, size, &r);
    if (have_extra) {
        (void)asr_engine_check_memory(&with_extra, "fuzz.xml", (const char *)data, size, &r2);
        if (r.readable)
            hold(&r, &r2);
        asr_return_report_free(&r2);
    }
    asr_return_report_free(&r);
    return 0;
}
