/* report_text.c: the text report a person reads in a terminal: one line per
 * finding that is not a pass, in the compiler style "file:line: ...", with
 * its prompt, then a summary line per return and for the run. */
#include "asr_report.h"

#include <string.h>

static const char *colour_of(asr_outcome o)
{
    switch (o) {
    case ASR_ERROR:
    case ASR_FAIL: return "\033[31m";      /* red */
    case ASR_MISSING:
    case ASR_AT_RISK: return "\033[33m";   /* amber */
    case ASR_PASS: return "\033[32m";      /* green */
    default: return "\033[2m";             /* dim */
    }
}

static void summary(FILE *out, const size_t counts[ASR_OUTCOME_COUNT], size_t total)
{
    static const asr_outcome order[] = {ASR_PASS, ASR_FAIL, ASR_MISSING, ASR_AT_RISK,
                                        ASR_NOT_DUE, ASR_NOT_APPLICABLE, ASR_ERROR};
    fprintf(out, "%zu %s:", total, total == 1 ? "rule" : "rules");
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        fprintf(out, "%s %zu %s", i ? "," : "", counts[order[i]], asr_outcome_name(order[i]));
}

int asr_write_text(FILE *out, const asr_run *run, int colour)
{
    const char *reset = colour ? "\033[0m" : "";
    size_t all[ASR_OUTCOME_COUNT] = {0}, total = 0, unreadable = 0;
    for (size_t i = 0; i < run->n; i++) {
        const asr_return_report *r = &run->returns[i];
        if (!r->readable) {
            unreadable++;
            for (size_t k = 0; k < r->errors.n; k++) {
                const asr_err *e = &r->errors.v[k];
                fprintf(out, "%s", r->file);
                if (e->line > 0)
                    fprintf(out, ":%ld", e->line);
                if (e->line > 0 && e->column > 0)
                    fprintf(out, ":%d", e->column);
                fprintf(out, ": %s%s%s: %s\n", colour ? colour_of(ASR_ERROR) : "",
                        e->code[0] ? e->code : "XML-01", reset, e->message);
            }
            fprintf(out, "%s: not checked: the file could not be read as a return\n", r->file);
            continue;
        }
        for (size_t k = 0; k < r->nfindings; k++) {
            const asr_finding *f = &r->findings[k];
            if (f->outcome == ASR_PASS)
                continue;
            fprintf(out, "%s", r->file);
            if (f->nlocations > 0 && f->locations[0].line > 0)
                fprintf(out, ":%ld", f->locations[0].line);
            fprintf(out, ": %s %s%s%s: %s", f->rule, colour ? colour_of(f->outcome) : "",
                    asr_outcome_name(f->outcome), reset, f->message ? f->message : "");
            if (f->prompt)
                fprintf(out, "%s %s", (f->message && strchr(".!?", f->message[strlen(f->message) - 1])) ? "" : ".", f->prompt);
            fputc('\n', out);
        }
        size_t counts[ASR_OUTCOME_COUNT];
        asr_return_report_count(r, counts);
        fprintf(out, "%s: %s (%s) %s %s, judged at %s: ", r->file,
                r->alliance_name ? r->alliance_name : "unknown alliance",
                r->alliance_code ? r->alliance_code : "no code",
                r->financial_year ? r->financial_year : "?", r->quarter ? r->quarter : "?",
                r->judged_quarter ? r->judged_quarter : "?");
        summary(out, counts, r->nfindings);
        fputc('\n', out);
        for (int o = 0; o < ASR_OUTCOME_COUNT; o++)
            all[o] += counts[o];
        total += r->nfindings;
    }
    if (run->n > 1) {
        fprintf(out, "%zu returns (%zu not readable), ", run->n, unreadable);
        summary(out, all, total);
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}
