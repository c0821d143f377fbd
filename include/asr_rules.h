/* asr_rules.h: load the Lua rule catalogue into a state and run it on a
 * document. A rule file declares one or more deliverables with
 * `deliverable { ... }`; the prelude validates each declaration key by key.
 * Rules run in catalogue order (deliverables.md), whatever the file names. */
#ifndef ASR_RULES_H
#define ASR_RULES_H

#include "asr.h"
#include "asr_catalogue.h"
#include "asr_doc.h"
#include "asr_finding.h"
#include "asr_lua.h"

#include <stdio.h>

/* What C keeps of a declared rule. Strings owned. */
typedef struct asr_rule {
    char *id, *title, *workstream, *source, *due;
    char *file;               /* the rule file */
    long line;                /* line of its deliverable { */
    int ref;                  /* the rule table in the state's registry (as first loaded) */
    int chunk_ref;            /* its file's compiled chunk: run again for each return */
    char *from, *until;       /* effective dates as written (from = / to = "2025/26 Q1"), or NULL */
    long from_key, until_key; /* year * 10 + quarter (20251), 0 = open-ended */
    char *schema;             /* the first schema version holding its evidence, or NULL */
    long schema_rank;         /* its index in the catalogue's versions (0 when NULL) */
    int history;              /* compares with the previous return: runs only with --history */
} asr_rule;

/* Whether r applies to returns of period key (asr_period_key). */
int asr_rule_in_force(const asr_rule *r, long key);

typedef struct asr_ruleset {
    asr_rule *v;
    size_t n;
    char *dir;         /* the catalogue's directory (the one holding catalogue.lua) */
    asr_catalogue cat; /* its facts */
    char version[17];  /* FNV-1a 64 of every rule file, the catalogue and its XSDs, hex */
} asr_ruleset;

/* The file in a catalogue directory that holds its facts (not a rule). */
#define ASR_CATALOGUE_FILE "catalogue.lua"

/* Load the catalogue and the rules of dirs[0..n). Exactly one of the
 * directories holds catalogue.lua (the national catalogue); it is read
 * first, then the region's tolerances file (tolerances, may be NULL), and
 * every other *.lua below each directory (sorted by path,
 * recursively; fixtures files *.test.lua are not rules) is a rule file.
 * Each failure (a bad catalogue, a syntax error, a bad declaration, an ID
 * declared twice for overlapping periods) is appended to errs with file and
 * line; returns -1 if there was any. */
int asr_rules_load(asr_lua *h, const char *const *dirs, size_t n, const char *tolerances,
                   asr_ruleset *rs, asr_errlist *errs);
void asr_ruleset_free(asr_ruleset *rs);

/* Index of the rule with this ID, or -1. */
long asr_rules_find(const asr_ruleset *rs, const char *id);

/* Write the rule as a reader sees it (what it checks, source, due,
 * evidence, messages and prompts): text for `rules show`, Markdown for
 * `rules doc`. Returns 0 or -1 with err. */
int asr_rule_describe(asr_lua *h, const asr_rule *r, int markdown, FILE *out, asr_err *err);

/* Static checks of one rule for `rules lint`: TODOs left from the template,
 * no `checks`, a path naming an element or attribute that the XSD of a
 * schema version the rule runs on does not have (names[v] are version v's
 * names, in the catalogue's order), a fail/missing/at-risk outcome the rule
 * can give with no prompt, a `say` template naming an unknown variable.
 * Appends "file:line: ID: problem" lines to found. 0, or -1 with err. */
int asr_rule_lint(asr_lua *h, const asr_catalogue *cat, const asr_rule *r, const asr_strlist *names,
                  asr_strlist *found, asr_err *err);

/* Run the rules with select[i] != 0 (select NULL = all) that are in force
 * for doc's year at quarter q (1..4), with prev (may be NULL) the alliance's
 * previous return for cross-quarter rules (doc:previous()), which run only
 * when with_history is set (--history was given), appending one
 * finding per rule to out (an `error` finding for a rule that fails or
 * exceeds its limits, `not-applicable` for one whose evidence doc's schema
 * version has no place for; the others still run). Returns 0, or -1 only
 * when out of memory. */
int asr_rules_run(asr_lua *h, const asr_ruleset *rs, const unsigned char *select,
                  const asr_doc *doc, const asr_doc *prev, int q, int with_history,
                  asr_return_report *out);

#endif
