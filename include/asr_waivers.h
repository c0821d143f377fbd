/* asr_waivers.h: agreed exceptions (--waivers FILE). The file is CSV with a
 * header row `rule,alliance,provider,reason,expires` (provider may be empty;
 * expires is YYYY-MM-DD, the last day the waiver applies). A waived finding
 * keeps its outcome, is marked waived with the reason, and does not count
 * towards --fail-on. */
#ifndef ASR_WAIVERS_H
#define ASR_WAIVERS_H

#include "asr.h"
#include "asr_finding.h"

typedef struct asr_waiver {
    char *rule, *alliance, *provider, *reason, *expires; /* owned; provider may be "" */
    long line;                                           /* in the file */
    /* What asr_waivers_apply saw, for asr_waivers_unmatched: the findings
     * (or subjects) it covered, whether a return of its alliance was
     * checked, and whether its rule gave that alliance a finding to waive. */
    size_t matched;
    bool alliance_seen, finding_seen;
} asr_waiver;

typedef struct asr_waivers {
    char *file;
    asr_waiver *v;
    size_t n;
} asr_waivers;

/* A waivers file may be at most this big (larger is an error, not cut). */
#define ASR_MAX_WAIVERS_BYTES (16u * 1024u * 1024u)

/* Read path. A file that cannot be read whole as text (missing, a
 * directory, over ASR_MAX_WAIVERS_BYTES, empty, holding a NUL byte, a
 * quote left open) and each bad row (wrong field count, missing
 * rule/alliance/reason, an expiry that is not a day of the calendar) goes
 * to errs with the file and its line; returns -1 if there was any: the
 * caller uses none of it then (never a partial read). Fields have no
 * length limit. */
int asr_waivers_load(const char *path, asr_waivers *w, asr_errlist *errs);
void asr_waivers_free(asr_waivers *w);

/* Mark the findings of r that a waiver in force on today covers: every
 * subject of the finding (or the whole finding, for a waiver with no
 * provider) must be covered. A finding only some of whose subjects are
 * covered is not waived (it still counts), and says which are
 * (asr_finding.subject_waived). Rule IDs, alliance and provider codes
 * compare without case (rke is RKE). Records in w what each waiver matched. */
void asr_waivers_apply(asr_waivers *w, asr_return_report *r, const char *today);

/* Append a note for each expired waiver and each one naming a rule that is
 * not in known[0..n). */
int asr_waivers_notes(const asr_waivers *w, const char *const *known, size_t n, const char *today,
                      asr_strlist *notes);

/* After every return: append a note for each waiver in force, naming a
 * known rule, that matched no finding, saying why (its rule was not in the
 * run's ran[0..n), no return of its alliance was checked, its rule gave
 * the alliance nothing to waive, or named no such provider). -1 when out
 * of memory. */
int asr_waivers_unmatched(const asr_waivers *w, const char *const *known, size_t nknown,
                          const char *const *ran, size_t nran, const char *today,
                          asr_strlist *notes);

#endif
