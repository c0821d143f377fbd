/* asr_report.h: report writers. Each takes the run and a stream and nothing
 * else; output order is the run's, so two runs compare byte for byte.
 * Returns 0, or -1 if the stream reported a write error. */
#ifndef ASR_REPORT_H
#define ASR_REPORT_H

#include "asr_finding.h"

#include <stdio.h>

/* The JSON report of cli-and-report.md. */
int asr_write_json(FILE *out, const asr_run *run);

/* Text: per return, one line per finding that is not a pass
 * ("file:line: RULE outcome: message Prompt."), then a summary line; colour
 * escapes only when colour is non-zero. */
int asr_write_text(FILE *out, const asr_run *run, int colour);

/* Write s as a JSON string literal, quotes included (used by writers). */
void asr_json_string(FILE *out, const char *s);

#endif
