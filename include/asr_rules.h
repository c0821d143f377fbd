/* asr_rules.h: load the Lua rule catalogue into a state and run it on a
 * document. A rule file declares one or more deliverables with
 * `deliverable { ... }`; the prelude validates each declaration key by key.
 * Rules run in catalogue order (deliverables.md), whatever the file names. */
#ifndef ASR_RULES_H
#define ASR_RULES_H

#include "asr.h"
#include "asr_doc.h"
#include "asr_finding.h"
#include "asr_lua.h"

#include <stdio.h>

/* What C keeps of a declared rule. Strings owned. */
typedef struct asr_rule {
    char *id, *title, *workstream, *source, *due;
    char *file;               /* the rule file */
    long line;                /* line of its deliverable { */
    int ref;                  /* the rule table in the state's registry */
    char *from, *until;       /* effective dates as written (from = / to = "2025/26 Q1"), or NULL */
    long from_key, until_key; /* year * 10 + quarter (20251), 0 = open-ended */
} asr_rule;

/* The period key of a return: 2025/26 Q3 -> 20253 (an unreadable year
 * counts as 2025/26, the catalogue's). */
long asr_period_key(const char *financial_year, int quarter);
/* Whether r applies to returns of period key. */
int asr_rule_in_force(const asr_rule *r, long key);

typedef struct asr_ruleset {
    asr_rule *v;
    size_t n;
    char *dir;        /* the first catalogue directory */
    char version[17]; /* FNV-1a 64 of every rule file and the XSD, hex */
} asr_ruleset;

/* Load every *.lua below each of dirs[0..n) (sorted by path, recursively;
 * fixtures files *.test.lua are not rules) into h. Each failure (syntax
 * error, bad declaration, an ID declared twice for overlapping periods) is
 * appended to errs with file and line; returns -1 if there was any. */
int asr_rules_load(asr_lua *h, const char *const *dirs, size_t n, asr_ruleset *rs,
                   asr_errlist *errs);
void asr_ruleset_free(asr_ruleset *rs);

/* Index of the rule with this ID, or -1. */
long asr_rules_find(const asr_ruleset *rs, const char *id);

/* Write the rule as a reader sees it (what it checks, source, due,
 * evidence, messages and prompts): text for `rules show`, Markdown for
 * `rules doc`. Returns 0 or -1 with err. */
int asr_rule_describe(asr_lua *h, const asr_rule *r, int markdown, FILE *out, asr_err *err);

/* Static checks of one rule for `rules lint`: TODOs left from the template,
 * no `checks`, a path naming an element or attribute not in names (the
 * XSD's), a fail/missing/at-risk outcome the rule can give with no prompt.
 * Appends "file:line: ID: problem" lines to found. 0, or -1 with err. */
int asr_rule_lint(asr_lua *h, const asr_rule *r, const asr_strlist *names, asr_strlist *found,
                  asr_err *err);

/* Catalogue order: negative if a sorts before b. */
int asr_rule_id_cmp(const char *a, const char *b);

/* Run the rules with select[i] != 0 (select NULL = all) on doc, judged at
 * quarter q (1..4), with prev (may be NULL) the alliance's previous return
 * for cross-quarter rules (doc:previous()), appending one finding per rule to out (an `error`
 * finding for a rule that fails or exceeds its limits; the others still
 * run). Returns 0, or -1 only when out of memory. */
int asr_rules_run(asr_lua *h, const asr_ruleset *rs, const unsigned char *select,
                  const asr_doc *doc, const asr_doc *prev, int q, asr_return_report *out);

#endif
