/* asr_finding.h: the finding model every rule produces and every report
 * writer reads. Plain C data, no Lua and no libxml2: writers need only this. */
#ifndef ASR_FINDING_H
#define ASR_FINDING_H

#include "asr.h"

#include <stdbool.h>

/* Outcomes in increasing severity: aggregation keeps the largest. They are
 * the catalogue's outcomes, in its order (rules/catalogue.lua declares
 * them, least severe first, with their names, labels and matrix codes:
 * asr_catalogue.h); the engine refuses a catalogue with another number. */
typedef enum asr_outcome {
    ASR_NOT_APPLICABLE,
    ASR_PASS,
    ASR_NOT_DUE,
    ASR_AT_RISK,
    ASR_MISSING,
    ASR_FAIL,
    ASR_ERROR,
    ASR_OUTCOME_COUNT
} asr_outcome;

/* Where a finding points in the return. All strings owned. */
typedef struct asr_location {
    long line;   /* 1-based, 0 if unknown */
    char *xpath; /* /QuarterlyReturn/FasterDiagnosis/Urology/Provider[3] */
    char *label; /* Faster diagnosis > Urology > RAP > LAMP trained staff */
} asr_location;

/* One rule's verdict on one return. All strings owned (may be NULL). */
typedef struct asr_finding {
    char *rule, *title, *workstream, *due, *source;
    asr_outcome outcome;
    char *message;
    char *prompt; /* set for missing, at-risk and fail */
    char **subjects;
    size_t nsubjects;
    asr_location *locations;
    size_t nlocations;
    /* With --history: "new", "persisting" or "resolved" against the
     * alliance's previous quarter (static string, NULL without history). */
    const char *change;
    /* With --waivers: an agreed exception applies. The outcome is kept. */
    bool waived;
    char *waiver_reason;
    /* With --waivers, when a waiver covers some of the subjects but not all
     * (the finding is then not waived): nsubjects flags, 1 for a subject a
     * waiver covers, and waiver_reason that waiver's reason. NULL otherwise. */
    unsigned char *subject_waived;
    /* Not-applicable because the rule judges evidence added in this schema
     * version, later than the return's ("" otherwise): text output gives all
     * such rules of a return one line. */
    char needs_schema[16];
} asr_finding;

void asr_finding_free(asr_finding *f);

/* Append a copy of s to f's subjects / a location. -1 on out of memory. */
int asr_finding_add_subject(asr_finding *f, const char *s);
int asr_finding_add_location(asr_finding *f, long line, const char *xpath, const char *label);

/* Everything assure says about one input file. */
typedef struct asr_return_report {
    char *file;
    char *alliance_code, *alliance_name, *region; /* NULL if unknown */
    char *financial_year, *quarter;               /* as the header says */
    char *judged_quarter;                         /* --quarter, or quarter */
    char *submitted;                              /* Header/Submission/@date, or NULL */
    bool readable;                                /* false: XML-01 (or not a return); no findings */
    bool valid;                                   /* false: unreadable or XML-02 violations */
    char sha256[65]; /* of the input file's bytes, hex ("" if unread) */
    char *previous;  /* with --history: the earlier return compared, or NULL */
    asr_errlist errors;
    int violations; /* XML-02 violations in all (errors lists the first ASR_MAX_ERRORS) */
    asr_finding *findings;
    size_t nfindings, capfindings;
} asr_return_report;

/* Append a finding (taking ownership of its contents). -1 on out of memory. */
int asr_report_add(asr_return_report *r, asr_finding *f);
void asr_return_report_free(asr_return_report *r);
/* Count findings per outcome into counts[ASR_OUTCOME_COUNT]. */
void asr_return_report_count(const asr_return_report *r, size_t counts[ASR_OUTCOME_COUNT]);

struct asr_catalogue;

/* Facts about a whole run that every report records. Borrowed. */
typedef struct asr_run_info {
    const struct asr_catalogue *cat; /* outcomes, workstreams ... (asr_catalogue.h) */
    const char *version;             /* assure's */
    const char *rules_version;       /* hash of the rule set */
    const char *run_time;            /* ISO 8601 UTC ($SOURCE_DATE_EPOCH if set) */
    const char *const *rule_ids;     /* the rules that run, in order */
    const char *const *rule_titles;
    const char *const *rule_workstreams;
    size_t nrules;
    asr_outcome fail_on;      /* lowest outcome that fails the run */
    bool fail_never;          /* --fail-on never */
    bool colour;              /* text only */
    const char *const *notes; /* run-level warnings (expired waivers ...) */
    size_t nnotes;
    /* Set before the reports end (asr_dupes.h): superseded[k] is 1 when the
     * k-th return (in input order) is one of several for its alliance, year
     * and quarter and another counts instead: totals and matrices leave it
     * out. NULL or shorter: every return counts. */
    const unsigned char *superseded;
    size_t nsuperseded;
} asr_run_info;

/* Whether the k-th return of the run counts in totals (see superseded). */
bool asr_run_counts(const asr_run_info *info, size_t k);

/* A whole run held in memory (tests, small runs). */
typedef struct asr_run {
    const char *version;       /* assure's */
    const char *rules_version; /* hash of the rule set */
    asr_return_report *returns;
    size_t n;
} asr_run;

/* Whether f counts towards --fail-on (a waived finding never does). */
bool asr_finding_fails(const asr_finding *f, const asr_run_info *info);

#endif
