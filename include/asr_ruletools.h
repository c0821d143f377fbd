/* asr_ruletools.h: what `assure rules ...` does for a policy author, apart
 * from the command line itself: list, show and document the catalogue, run
 * its fixtures, lint it, and scaffold a new rule. Each writes to the
 * streams it is given and returns what the exit status needs. */
#ifndef ASR_RULETOOLS_H
#define ASR_RULETOOLS_H

#include "asr_check.h"

#include <stdio.h>

/* `rules list`: ID, workstream, due quarter, dates in force and title of
 * each rule (the built-in XML-02 first). */
void asr_rules_list(const asr_engine *e, FILE *out);

/* `rules show ID`: each declaration of the rule as a reviewer reads it.
 * -1 with err when no rule has the ID or one cannot be described. */
int asr_rules_show(const asr_engine *e, const char *id, FILE *out, asr_err *err);

/* `rules doc`: the whole catalogue as Markdown, from the catalogue's facts
 * and the rules themselves. -1 with err if a rule cannot be described. */
int asr_rules_doc(const asr_engine *e, FILE *out, asr_err *err);

/* `rules test [ID...]`: run the fixtures below dirs (of the rules ids,
 * all when nids is 0), a line each on out, ending "N passed, N failed".
 * Returns the number that failed. */
size_t asr_rules_test(asr_engine *e, const char *const *dirs, size_t ndirs, const char *const *ids,
                      size_t nids, FILE *out);

/* `rules lint`: problems in the catalogue, rules and fixtures below dirs,
 * each "assure: file:line: ..." on errs, then "N problems in N rules and N
 * fixtures" on out. Returns the number of problems. */
size_t asr_rules_lint(const char *const *dirs, size_t ndirs, FILE *out, FILE *errs);

/* `rules new ID`: write DIR/<id>.lua and DIR/<id>.test.lua from a template
 * that already runs (its fixtures use example, a sample return), never
 * overwriting; the paths go to rule and test (PATH_MAX each). -1 with err
 * for an ID that is not one, an existing file, or a file not written. */
int asr_rules_scaffold(const char *id, const char *dir, const char *workstream, const char *example,
                       char *rule, char *test, asr_err *err);

#endif
