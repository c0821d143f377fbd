/* asr_dupes.h: two or more returns for the same alliance, financial year
 * and quarter in one run (or in the --history folder). Each is still
 * checked and reported; one counts: the latest submission date
 * (Header/Submission/@date), and on equal or missing dates the one given
 * later (on the command line, or later in its sorted directory). A note
 * names every file, which one counts and why. */
#ifndef ASR_DUPES_H
#define ASR_DUPES_H

#include "asr.h"

typedef struct asr_dupe {
    char *key, *file, *submitted, *label; /* owned; submitted may be NULL */
    size_t index;                         /* the order given */
} asr_dupe;

typedef struct asr_dupes {
    asr_dupe *v;
    size_t n, cap;
} asr_dupes;

/* Record the return at index (in the order given). A return without an
 * alliance code, year or quarter is not recorded (it matches none). -1
 * when out of memory. */
int asr_dupes_add(asr_dupes *d, size_t index, const char *file, const char *alliance,
                  const char *year, const char *quarter, const char *submitted);

/* For each alliance, year and quarter recorded more than once: set
 * superseded[index] = 1 (nindex entries) for each return that does not
 * count, and append a note "ALLIANCE YEAR QUARTER has N returns WHERE: F1
 * (submitted D1) and F2 (submitted D2); USES F2, the later submission
 * TAIL". -1 when out of memory. */
int asr_dupes_resolve(asr_dupes *d, const char *where, const char *uses, const char *tail,
                      unsigned char *superseded, size_t nindex, asr_strlist *notes);

void asr_dupes_free(asr_dupes *d);

#endif
