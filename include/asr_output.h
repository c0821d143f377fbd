/* asr_output.h: where a report goes (-o FILE or stdout), written so that a
 * failed run never leaves half a report, and the run's time stamp. */
#ifndef ASR_OUTPUT_H
#define ASR_OUTPUT_H

#include "asr.h"

#include <limits.h>
#include <stdio.h>

/* An output file. A regular file (or a new one) is written atomically: to
 * a temporary file beside it, renamed over it at the end, so a failed run
 * never leaves half a report. Anything else (/dev/null, a pipe) is written
 * in place: renaming over it would replace it. */
typedef struct asr_output {
    const char *path; /* as given (borrowed); NULL = stdout */
    FILE *f;          /* write the report here */
    int atomic;       /* written through tmp, renamed to path at close */
    char tmp[PATH_MAX];
} asr_output;

/* Open path for writing (NULL = stdout). Returns 0, or -1 with err naming
 * path ("cannot write: ..."). */
int asr_output_open(asr_output *o, const char *path, asr_err *err);

/* Finish: ok says whether the whole report was written. Returns 0, or -1
 * with err naming path (also when ok was 0; for stdout, err's message is
 * then empty: the failure was reported where it happened). */
int asr_output_close(asr_output *o, int ok, asr_err *err);

/* The run's time stamp, ISO 8601 UTC: $SOURCE_DATE_EPOCH when set
 * (reproducible reports), else now. */
int asr_output_run_time(char iso[32], asr_err *err);

#endif
