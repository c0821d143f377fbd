/* helpers.h: shared fixtures for the Criterion tests. Tests run from the
 * repository root (make unit); the rule catalogue is $ASSURE_RULES or rules/. */
#ifndef T_HELPERS_H
#define T_HELPERS_H

#include "asr_check.h"
#include "asr_finding.h"

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

/* The bundled catalogue's facts (outcome names ...), for tests that build
 * findings and reports by hand. */
const asr_catalogue *t_catalogue(void);

/* Check xml (NUL-terminated) with e, judged at quarter q (0 = its own). */
void t_check(asr_engine *e, const char *xml, int q, asr_return_report *out);

/* The finding for rule, or NULL. */
const asr_finding *t_find(const asr_return_report *r, const char *rule);

/* Subjects joined with "," into a static buffer ("" when none). */
const char *t_subjects(const asr_finding *f);

/* Make a temporary rule directory holding the bundled catalogue.lua and
 * schemas (linked) and the given rule files: names[i] gets sources[i] (NULL-terminated). Returns
 * the path (static buffer, valid until the next call). */
const char *t_rule_dir(const char *const *names, const char *const *sources);

/* Report fixtures (test_report*.c). A readable return of file by alliance
 * name and code, 2025/26 Q2, with no findings. */
void t_return_init(asr_return_report *r, const char *file, const char *name, const char *code);

/* An unreadable return of file with one XML-01 error (line 3, column 7). */
void t_unreadable_return(asr_return_report *r, const char *file, const char *message);

/* Add a finding (title NULL: "Title of RULE"); returns it (owned by r). */
asr_finding *t_add(asr_return_report *r, const char *rule, const char *title,
                   const char *workstream, asr_outcome o, const char *message, const char *prompt);

/* A finding with text from a return in every field: quotes, backslash,
 * control characters, markup, non-ASCII; a subject and a location. */
void t_hostile_finding(asr_finding *f);

#endif
