/* helpers.h: shared fixtures for the Criterion tests. Tests run from the
 * repository root (make unit); the rule catalogue is $ASSURE_RULES or rules/. */
#ifndef T_HELPERS_H
#define T_HELPERS_H

#include "asr_check.h"

#include <stddef.h>

/* The catalogue directory under test. */
const char *t_rules_dir(void);

/* Read a whole file (caller frees); fails the test if it cannot. */
char *t_read(const char *path, size_t *len);

/* The complete Q2 example return (samples/returns/ncl-q2.xml); caller frees. */
char *t_example(void);

/* A copy of base with each pair {from, to} replaced once, in order (pairs
 * end with NULL). Fails the test if a `from` is not found. Caller frees. */
char *t_mutate(const char *base, const char *const *pairs);

/* Open an engine on dir (NULL = t_rules_dir()); fails the test on error. */
void t_engine_open(asr_engine *e, const char *dir);

/* Check xml (NUL-terminated) with e, judged at quarter q (0 = its own). */
void t_check(asr_engine *e, const char *xml, int q, asr_return_report *out);

/* The finding for rule, or NULL. */
const asr_finding *t_find(const asr_return_report *r, const char *rule);

/* Subjects joined with "," into a static buffer ("" when none). */
const char *t_subjects(const asr_finding *f);

/* Make a temporary rule directory holding the bundled schema and the given
 * rule files: names[i] gets sources[i] (NULL-terminated). Returns the path
 * (static buffer, valid until the next call). */
const char *t_rule_dir(const char *const *names, const char *const *sources);

#endif

/* ------------------------------------------------------------ rule cases */

/* One rule test: edits applied to the example return, judged at a quarter,
 * with the exact outcome and subjects expected. */
#define T_MAX_EDITS 40
typedef struct t_case {
    const char *name;                  /* what the case shows */
    const char *rule;                  /* rule ID */
    const char *edits[T_MAX_EDITS + 1];/* {from, to} pairs, NULL-ended */
    int quarter;                       /* judge at (0 = the return's own, Q2) */
    const char *outcome;               /* expected outcome */
    const char *subjects;              /* expected subjects, comma-joined */
    int history;                       /* 1: check with --history holding ... */
    const char *prev[T_MAX_EDITS + 1]; /* ... the example as Q1 with these edits */
} t_case;

/* Run one case with Criterion expectations (outcome, subjects, a prompt on
 * fail/missing/at-risk, a message always). */
void t_rule_case(const t_case *c);

/* Register a table of cases so the coverage test sees it: use
 * T_REGISTER_CASES(table) once per test file, at file scope. */
void t_register_cases(const t_case *cases, size_t n);
#define T_REGISTER_CASES(table)                                                  \
    __attribute__((constructor)) static void t_register_table_##table(void)      \
    {                                                                            \
        t_register_cases(table, sizeof table / sizeof table[0]);                 \
    }

/* Every registered case, in registration order. */
size_t t_all_cases(const t_case *const **out);
