/* asr_fixtures.h: rule fixtures (<id>.test.lua beside a rule): returns, or
 * edits of a base return, with the outcome and subjects a rule must give.
 * `assure rules test` runs them and the C test suite runs the same files,
 * so a policy analyst's tests and ours are one thing. Format:
 *
 *   fixtures {
 *     rule = "FD-URO-01",                        -- default for the cases
 *     base = "../../samples/returns/ncl-q2.xml", -- relative to this file
 *     { name = "example", expect = "not-due", subjects = { "RAP", "RKE" } },
 *     { name = "at Q4", quarter = "Q4", expect = "fail",
 *       edits = { { 'lampTrainedStaff="2"', 'lampTrainedStaff="0"' } } },
 *   }
 *
 * subjects, when given, must match exactly and in order; previous = {edits}
 * checks with --history holding the base as its Q1 return with those edits. */
#ifndef ASR_FIXTURES_H
#define ASR_FIXTURES_H

#include "asr_check.h"

typedef struct asr_fixture {
    char *file; /* the fixtures file */
    long line;  /* of its fixtures { */
    char *name, *rule;
    char *base;        /* the return, resolved against the file's directory */
    asr_strlist edits; /* find, replace, find, replace ... */
    int quarter;       /* 0 = the return's own */
    char *expect;
    asr_strlist subjects;
    int has_subjects;
    asr_strlist previous; /* edits for the Q1 history return */
    int has_previous;
} asr_fixture;

typedef struct asr_fixtures {
    asr_fixture *v;
    size_t n;
} asr_fixtures;

/* Load every *.test.lua below dirs[0..n) with h. Problems (syntax, unknown
 * fields, bad outcomes) go to errs with file and line; returns -1 if any. */
int asr_fixtures_load(asr_lua *h, const char *const *dirs, size_t n, asr_fixtures *out,
                      asr_errlist *errs);
void asr_fixtures_free(asr_fixtures *f);

/* Run one case with e (its selection and quarter are restored after).
 * Returns 1 when it passes, 0 when it fails, -1 when it could not run; why
 * says what happened in one line either way. */
int asr_fixture_run(asr_engine *e, const asr_fixture *f, char *why, size_t cap);

#endif
