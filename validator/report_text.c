/* report_text.c: the text report a person reads in a terminal: one line per
 * finding that is not a pass, in the compiler style "file:line: ...", with
 * its prompt, then a summary line per return and for the run. */
#include "asr_report.h"

#include <string.h>

static const char *colour_of(asr_outcome o)
{
    switch (o) {
    case ASR_ERROR:
    case ASR_FAIL: return "\033[31m"; /* red */
    case ASR_MISSING:
    case ASR_AT_RISK: return "\033[33m"; /* amber */
    case ASR_PASS: return "\033[32m";    /* green */
    default: return "\033[2m";           /* dim */
    }
}

/* "75 rules: 48 pass, 8 fail, ..." with the outcomes in the catalogue's
 * column order. */
static void summary(FILE *out, const asr_catalogue *cat, const size_t counts[ASR_OUTCOME_COUNT],
                    size_t total, const char *one, const char *many)
{
    fprintf(out, "%zu %s:", total, total == 1 ? one : many);
    for (size_t i = 0; i < ASR_OUTCOME_COUNT; i++)
        fprintf(out, "%s %zu %s", i ? "," : "", counts[cat->shown[i]],
                asr_outcome_name(cat, cat->shown[i]));
}

typedef struct text_state {
    size_t all[ASR_OUTCOME_COUNT], total, returns, unreadable;
} text_state;

static int text_begin(FILE *out, const asr_run_info *info, void *state)
{
    (void)out;
    (void)info;
    (void)state;
    return 0;
}

static int text_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    text_state *ts = state;
    int colour = info->colour;
    const char *reset = colour ? "\033[0m" : "";
    ts->returns++;
    if (!r->readable) {
        ts->unreadable++;
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
        return 0;
    }
    for (size_t k = 0; k < r->nfindings; k++) {
        const asr_finding *f = &r->findings[k];
        if (f->outcome == ASR_PASS && !(f->change && strcmp(f->change, "resolved") == 0))
            continue;
        fprintf(out, "%s", r->file);
        if (f->nlocations > 0 && f->locations[0].line > 0)
            fprintf(out, ":%ld", f->locations[0].line);
        fprintf(out, ": %s %s%s%s", f->rule, colour ? colour_of(f->outcome) : "",
                asr_outcome_name(info->cat, f->outcome), reset);
        if (f->change)
            fprintf(out, " (%s)", f->change);
        if (f->waived)
            fprintf(out, " (waived: %s)", f->waiver_reason ? f->waiver_reason : "");
        fprintf(out, ": %s", f->message ? f->message : "");
        if (f->prompt)
            fprintf(out, "%s %s",
                    (f->message && *f->message && strchr(".!?", f->message[strlen(f->message) - 1]))
                        ? ""
                        : ".",
                    f->prompt);
        fputc('\n', out);
    }
    size_t counts[ASR_OUTCOME_COUNT];
    asr_return_report_count(r, counts);
    fprintf(out, "%s: %s (%s) %s %s, judged at %s: ", r->file,
            r->alliance_name ? r->alliance_name : "unknown alliance",
            r->alliance_code ? r->alliance_code : "no code",
            r->financial_year ? r->financial_year : "?", r->quarter ? r->quarter : "?",
            r->judged_quarter ? r->judged_quarter : "?");
    summary(out, info->cat, counts, r->nfindings, "rule", "rules");
    fputc('\n', out);
    for (int o = 0; o < ASR_OUTCOME_COUNT; o++)
        ts->all[o] += counts[o];
    ts->total += r->nfindings;
    return 0;
}

static int text_end(FILE *out, const asr_run_info *info, void *state)
{
    text_state *ts = state;
    for (size_t i = 0; i < info->nnotes; i++)
        fprintf(out, "note: %s\n", info->notes[i]);
    if (ts->returns > 1) {
        fprintf(out, "%zu returns (%zu not readable), ", ts->returns, ts->unreadable);
        summary(out, info->cat, ts->all, ts->total, "finding", "findings");
        fputc('\n', out);
    }
    return 0;
}

const asr_writer_ops asr_text_ops = {"text", sizeof(text_state), text_begin, text_add, text_end};
