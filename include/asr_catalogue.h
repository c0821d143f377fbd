/* asr_catalogue.h: the catalogue's facts that are not rules, as declared in
 * rules/catalogue.lua: the outcomes, the workstreams, the built-in checks
 * (XML-01, XML-02), the schema versions and the financial years with their
 * quarters. The rule loader reads them from the Lua side once (rules.c);
 * after that they are plain C data, read-only, which report writers and
 * worker threads share. Nothing else in C lists any of them. */
#ifndef ASR_CATALOGUE_H
#define ASR_CATALOGUE_H

#include "asr.h"
#include "asr_finding.h"

/* One outcome. Its place in asr_catalogue.outcomes is its severity (the
 * asr_outcome value). Strings owned. */
typedef struct asr_outcome_def {
    char *name;  /* "at-risk": what reports and rules write */
    char *label; /* "at risk": plain words */
    char *code;  /* "RISK": a matrix cell */
    char *means; /* one sentence for readers */
    int column;  /* 1-based place in summaries and counts */
} asr_outcome_def;

typedef struct asr_workstream {
    char *id;             /* "faster-diagnosis" */
    char *heading;        /* a report or catalogue section */
    char *short_name;     /* over a group of matrix columns */
    asr_strlist prefixes; /* ID prefixes in order ("FD-URO", ...) */
} asr_workstream;

/* A check assure makes itself. {version} in title and source stands for the
 * return's schema version (asr_catalogue_text). Strings owned. */
typedef struct asr_builtin {
    char *id, *workstream, *title, *source, *checks;
} asr_builtin;

typedef struct asr_schema_version {
    char *version; /* "1.1" */
    char *xsd;     /* the XSD's path: the catalogue folder joined with the declared one */
} asr_schema_version;

typedef struct asr_quarter_dates {
    char name[8];    /* "Q1" */
    char starts[11]; /* "2025-04-01" */
    char ends[11];
} asr_quarter_dates;

typedef struct asr_year {
    char *name; /* "2025/26" */
    int first;  /* 2025: a period's key is first * 10 + quarter */
    asr_quarter_dates q[4];
} asr_year;

/* A sentence of the pack that no quarterly return can evidence (the national
 * team's own commitments, say), listed so that coverage is visible. */
typedef struct asr_unchecked {
    char *quote, *section, *row, *why;
} asr_unchecked;

/* A year's planning pack: the deliverables its catalogue holds, each of
 * which a rule in force that year must declare (`rules lint` checks), and
 * the sentences not checkable from a return. */
typedef struct asr_pack {
    char *year;  /* "2025/26" */
    char *title; /* "Cancer Alliance planning support pack 2025/26" */
    asr_strlist deliverables;
    asr_unchecked *unchecked;
    size_t nunchecked;
} asr_pack;

/* A regional tolerance: a threshold the planning pack does not give, with
 * the catalogue's default and the value in force (a region's --tolerances
 * file may set it). Values as text, with their unit ("98%", "Q4"). */
typedef struct asr_tolerance {
    char *name;          /* "FIN-03.forecast" */
    char *unit, *means;  /* "%"; what it decides */
    char *value;         /* in force */
    char *default_value; /* the catalogue's */
    char *set_by;        /* "tolerances.lua:3" when a region set it, else NULL */
    char *reason;        /* the region's reason, or NULL */
} asr_tolerance;

typedef struct asr_catalogue {
    char *file;                                  /* catalogue.lua, for messages */
    asr_outcome_def outcomes[ASR_OUTCOME_COUNT]; /* least severe first */
    asr_outcome shown[ASR_OUTCOME_COUNT];        /* in column order */
    asr_workstream *workstreams;
    size_t nworkstreams;
    asr_builtin *builtins;
    size_t nbuiltins;
    asr_schema_version *schemas; /* oldest first */
    size_t nschemas;
    asr_year *years; /* in order */
    size_t nyears;
    asr_pack *packs;
    size_t npacks;
    asr_tolerance *tolerances; /* in force, in the catalogue's order */
    size_t ntolerances;
} asr_catalogue;

void asr_catalogue_free(asr_catalogue *c);

/* The outcome's name ("at-risk"); "?" for a value out of range. */
const char *asr_outcome_name(const asr_catalogue *c, asr_outcome o);
/* Parse a name; 0, or -1 if name is not an outcome. */
int asr_outcome_parse(const asr_catalogue *c, const char *name, asr_outcome *out);
/* The matrix cell of outcome o, or not_run when o is ASR_OUTCOME_COUNT. */
const char *asr_outcome_code(const asr_catalogue *c, unsigned o, const char *not_run);

/* Lookups by ID or name; NULL / -1 when there is none. */
const asr_workstream *asr_catalogue_workstream(const asr_catalogue *c, const char *id);
const asr_builtin *asr_catalogue_builtin(const asr_catalogue *c, const char *id);
const asr_year *asr_catalogue_year(const asr_catalogue *c, const char *name);
/* Index of a schema version (its rank: 0 the oldest), or -1. */
long asr_catalogue_schema(const asr_catalogue *c, const char *version);
/* The quarter named s ("Q3") as 1..4, or 0. */
int asr_catalogue_quarter(const asr_catalogue *c, const char *s);
/* The versions, or the years, as "1.0, 1.1 and 1.2" into buf (for
 * messages), joined by conj ("and", "or"). */
const char *asr_catalogue_list(const asr_catalogue *c, int years, const char *conj, char *buf,
                               size_t cap);

/* A built-in check's title or source with {version} filled in: the
 * return's version, or for version NULL every version ("1.0 or 1.1", for
 * lists of the catalogue). Into buf; returns buf. */
const char *asr_catalogue_text(const asr_catalogue *c, const char *text, const char *version,
                               char *buf, size_t cap);

/* The period key of a year and quarter (2025/26 Q3 -> 20253), or 0 when
 * the year is not a financial year. */
long asr_period_key(const char *financial_year, int quarter);

/* The period before key in the calendar as a year and quarter (2026/27 Q1
 * -> 2025/26 Q4); NULL when the calendar has no such year. */
const asr_year *asr_catalogue_previous(const asr_catalogue *c, long key, int *quarter);

/* Catalogue order of two rule IDs: by workstream (ws_a, ws_b), then by the
 * workstream's ID prefixes, then by name and number. Negative if a first. */
int asr_catalogue_id_cmp(const asr_catalogue *c, const char *ws_a, const char *a, const char *ws_b,
                         const char *b);

#endif
