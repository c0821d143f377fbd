/* asr_check.h: the engine: one return in, one asr_return_report out.
 * Reads the file safely (XML-01), validates it (XML-02), then runs the
 * selected rules (XML-03 onwards) even when XML-02 failed, so one check
 * shows an alliance every problem at once. One engine per worker. */
#ifndef ASR_CHECK_H
#define ASR_CHECK_H

#include "asr.h"
#include "asr_doc.h"
#include "asr_finding.h"
#include "asr_lua.h"
#include "asr_rules.h"

/* Earlier returns (--history): which file is which alliance's quarter. */
typedef struct asr_history_entry {
    char *path, *alliance, *financial_year;
    int quarter; /* 1..4 */
} asr_history_entry;

typedef struct asr_history {
    asr_history_entry *v;
    size_t n;
} asr_history;

/* Index every *.xml below dir by its header (quarters as the catalogue
 * names them). Unreadable files are listed in errs (and skipped); returns
 * -1 only if dir cannot be read. */
int asr_history_load(const char *dir, const asr_catalogue *cat, asr_history *h, asr_errlist *errs);
void asr_history_free(asr_history *h);
/* The path of alliance's return for quarter q of financial_year, or NULL. */
const char *asr_history_find(const asr_history *h, const char *alliance, const char *financial_year,
                             int q);

typedef struct asr_engine {
    asr_lua *lua;               /* owned */
    asr_ruleset rules;          /* owned; rules.cat holds the catalogue's facts */
    asr_schema **schemas;       /* one per schema version of rules.cat (owned) */
    unsigned char *select;      /* rules.n flags, NULL = all (owned) */
    int with_xml02;             /* report the XML-02 finding */
    int quarter;                /* 1..4 to judge every return at; 0 = its own */
    const asr_history *history; /* borrowed; NULL = no cross-quarter checks */
} asr_engine;

/* Load the catalogue and rules below rules_dir and the XSD of each schema
 * version the catalogue declares. On failure returns -1 with every problem
 * in errs (file and line). */
int asr_engine_open(asr_engine *e, const char *rules_dir, asr_errlist *errs);
/* The same for several rule directories: the national catalogue (the one
 * holding catalogue.lua) and a region's own rules beside it. */
int asr_engine_open_dirs(asr_engine *e, const char *const *dirs, size_t n, asr_errlist *errs);
/* The same with a region's tolerances file (NULL: the catalogue's defaults). */
int asr_engine_open_tolerances(asr_engine *e, const char *const *dirs, size_t n,
                               const char *tolerances, asr_errlist *errs);
void asr_engine_close(asr_engine *e);
/* The CPU time each rule may take on one return, in ms (0: ASR_RULE_TIME_MS). */
void asr_engine_set_rule_time(asr_engine *e, long ms);

/* Keep only the rules whose IDs are listed (comma-separated) and/or whose
 * workstream is ws (either may be NULL). -1 + err naming an unknown ID or
 * workstream. */
int asr_engine_select(asr_engine *e, const char *ids, const char *ws, asr_err *err);

/* The rules e runs, in report order (the built-in XML-02 first when it is
 * selected), for the run's facts: asr_engine_run_info points info at them.
 * Owned by the list; e must outlive it. */
typedef struct asr_rule_list {
    const char **ids, **titles, **workstreams;
    size_t n;
    char *xml02_title; /* owned */
} asr_rule_list;

int asr_engine_rule_list(const asr_engine *e, asr_rule_list *l);
void asr_rule_list_free(asr_rule_list *l);
/* Fill info's rule list, rule-set hash and catalogue from e and l. */
void asr_engine_run_info(const asr_engine *e, const asr_rule_list *l, asr_run_info *info);

/* Check the return at path into out (which it initialises). Returns 0
 * whatever the return holds; -1 only when out of memory. */
int asr_engine_check(asr_engine *e, const char *path, asr_return_report *out);
/* The same for a buffer; name stands for the file in messages. */
int asr_engine_check_memory(asr_engine *e, const char *name, const char *buf, size_t len,
                            asr_return_report *out);

#endif
