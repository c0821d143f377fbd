/* report_text.c: the text report a person reads in a terminal: one line per
 * finding that is not a pass, in the compiler style "file:line: ...", with
 * its prompt, then a summary line per return and for the run. Every string
 * from a return or a rule goes through asr_text_out, so a line break in an
 * alliance name cannot forge a line and an escape sequence in a file name
 * does not reach the terminal. */
#include "asr_report.h"

#include <stdlib.h>
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

/* Each return's counts, kept to the end: a return superseded by a later
 * submission for its alliance and quarter (known only then) is left out
 * of the totals. */
typedef struct text_counts {
    size_t counts[ASR_OUTCOME_COUNT], total;
    bool readable;
} text_counts;

typedef struct text_state {
    text_counts *per;
    size_t returns, cap;
    int oom;
} text_state;

static int text_begin(FILE *out, const asr_run_info *info, void *state)
{
    (void)out;
    (void)info;
    (void)state;
    return 0;
}

/* A plain not-applicable finding of a rule whose evidence came in a later
 * schema version than the return's: these share one line per version. */
static int schema_folded(const asr_finding *f)
{
    return f->needs_schema[0] && f->outcome == ASR_NOT_APPLICABLE && !f->waived && !f->change;
}

/* "FILE: 20 rules not-applicable: they judge evidence added in schema 1.1,
 * which this return's version has no place for: FIN-07, FIN-08, ..." for
 * each version. */
static void schema_lines(FILE *out, const asr_run_info *info, const asr_return_report *r)
{
    for (size_t k = 0; k < r->nfindings; k++) {
        const char *v = r->findings[k].needs_schema;
        if (!schema_folded(&r->findings[k]))
            continue;
        size_t n = 0, seen = 0;
        for (size_t j = 0; j < r->nfindings; j++)
            if (schema_folded(&r->findings[j]) && strcmp(r->findings[j].needs_schema, v) == 0)
                seen += j < k, n++;
        if (seen > 0)
            continue; /* this version's line is written */
        asr_text_out(out, r->file);
        fprintf(out, ": %zu %s %s%s%s: %s evidence added in schema ", n,
                n == 1 ? "rule" : "rules", info->colour ? colour_of(ASR_NOT_APPLICABLE) : "",
                asr_outcome_name(info->cat, ASR_NOT_APPLICABLE), info->colour ? "\033[0m" : "",
                n == 1 ? "it judges" : "they judge");
        asr_text_out(out, v);
        fputs(", which this return's schema version has no place for: ", out);
        for (size_t j = 0, i = 0; j < r->nfindings; j++) {
            if (!schema_folded(&r->findings[j]) || strcmp(r->findings[j].needs_schema, v) != 0)
                continue;
            fputs(i++ ? ", " : "", out);
            asr_text_out(out, r->findings[j].rule);
        }
        fputc('\n', out);
    }
}

/* "FILE:LINE[:COL]: CODE: message" for one error. */
static void error_line(FILE *out, const asr_run_info *info, const char *file, const asr_err *e)
{
    asr_text_out(out, file);
    if (e->line > 0)
        fprintf(out, ":%ld", e->line);
    if (e->line > 0 && e->column > 0)
        fprintf(out, ":%d", e->column);
    fprintf(out, ": %s", info->colour ? colour_of(ASR_ERROR) : "");
    asr_text_out(out, e->code[0] ? e->code : "XML-01");
    fprintf(out, "%s: ", info->colour ? "\033[0m" : "");
    asr_text_out(out, e->message);
    fputc('\n', out);
}

/* A readable return's errors, one line each: with the XML-02 finding
 * (schema), every schema violation kept (the finding names only the first)
 * and how many more there were; and any other error (a previous quarter's
 * return that could not be read). */
static void error_lines(FILE *out, const asr_run_info *info, const asr_return_report *r,
                        int schema)
{
    int listed = 0;
    for (size_t k = 0; k < r->errors.n; k++) {
        int x02 = strcmp(r->errors.v[k].code, "XML-02") == 0;
        if (x02 && !schema)
            continue;
        error_line(out, info, r->file, &r->errors.v[k]);
        listed += x02;
    }
    if (schema && r->violations > listed) {
        asr_text_out(out, r->file);
        fprintf(out, ": XML-02: %d more schema %s not listed (%d in all; the first %d are above)\n",
                r->violations - listed, r->violations - listed == 1 ? "violation" : "violations",
                r->violations, listed);
    }
}

/* " (waived for RAP only: reason; not for RKE)": a waiver covers some of
 * the finding's subjects, so it still counts. */
static void partly_waived(FILE *out, const asr_finding *f)
{
    for (int waived = 1; waived >= 0; waived--) {
        fputs(waived ? " (waived for " : "; not for ", out);
        for (size_t i = 0, k = 0; i < f->nsubjects; i++)
            if ((f->subject_waived[i] != 0) == waived) {
                fputs(k++ ? ", " : "", out);
                asr_text_out(out, f->subjects[i]);
            }
        if (waived) {
            fputs(" only: ", out);
            asr_text_out(out, f->waiver_reason);
        }
    }
    fputc(')', out);
}

/* "FILE:LINE: RULE outcome (change) (waived: why): message. Prompt" */
static void finding_line(FILE *out, const asr_run_info *info, const char *file,
                         const asr_finding *f)
{
    const char *reset = info->colour ? "\033[0m" : "";
    asr_text_out(out, file);
    if (f->nlocations > 0 && f->locations[0].line > 0)
        fprintf(out, ":%ld", f->locations[0].line);
    fputs(": ", out);
    asr_text_out(out, f->rule);
    fprintf(out, " %s%s%s", info->colour ? colour_of(f->outcome) : "",
            asr_outcome_name(info->cat, f->outcome), reset);
    if (f->change) {
        fputs(" (", out);
        asr_text_out(out, f->change);
        fputc(')', out);
    }
    if (f->waived) {
        fputs(" (waived: ", out);
        asr_text_out(out, f->waiver_reason);
        fputc(')', out);
    } else if (f->subject_waived) {
        partly_waived(out, f);
    }
    fputs(": ", out);
    asr_text_out(out, f->message);
    if (f->prompt) {
        fputs((f->message && *f->message && strchr(".!?", f->message[strlen(f->message) - 1]))
                  ? " "
                  : ". ",
              out);
        asr_text_out(out, f->prompt);
    }
    fputc('\n', out);
}

static int text_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    text_state *ts = state;
    if (ts->returns == ts->cap) {
        size_t cap = ts->cap ? 2 * ts->cap : 16;
        text_counts *per = realloc(ts->per, cap * sizeof *per);
        if (per == NULL)
            return -1;
        ts->per = per;
        ts->cap = cap;
    }
    text_counts *mine = &ts->per[ts->returns++];
    memset(mine, 0, sizeof *mine);
    mine->readable = r->readable;
    if (!r->readable) {
        for (size_t k = 0; k < r->errors.n; k++)
            error_line(out, info, r->file, &r->errors.v[k]);
        asr_text_out(out, r->file);
        fputs(": not checked: the file could not be read as a return\n", out);
        return 0;
    }
    /* The errors follow the XML-02 finding, or come first without it. */
    int with_xml02 = 0;
    for (size_t k = 0; k < r->nfindings; k++)
        with_xml02 |= strcmp(r->findings[k].rule, "XML-02") == 0;
    if (!with_xml02)
        error_lines(out, info, r, 0); /* --only without XML-02: not the schema's */
    for (size_t k = 0; k < r->nfindings; k++) {
        const asr_finding *f = &r->findings[k];
        if ((f->outcome == ASR_PASS && !(f->change && strcmp(f->change, "resolved") == 0)) ||
            schema_folded(f)) {
            if (strcmp(f->rule, "XML-02") == 0)
                error_lines(out, info, r, 1);
            continue;
        }
        finding_line(out, info, r->file, f);
        if (strcmp(f->rule, "XML-02") == 0)
            error_lines(out, info, r, 1);
    }
    schema_lines(out, info, r);
    size_t counts[ASR_OUTCOME_COUNT];
    asr_return_report_count(r, counts);
    asr_text_out(out, r->file);
    fputs(": ", out);
    asr_text_out(out, r->alliance_name ? r->alliance_name : "unknown alliance");
    fputs(" (", out);
    asr_text_out(out, r->alliance_code ? r->alliance_code : "no code");
    fputs(") ", out);
    asr_text_out(out, r->financial_year ? r->financial_year : "?");
    fputc(' ', out);
    asr_text_out(out, r->quarter ? r->quarter : "?");
    fputs(", judged at ", out);
    asr_text_out(out, r->judged_quarter ? r->judged_quarter : "?");
    fputs(": ", out);
    summary(out, info->cat, counts, r->nfindings, "rule", "rules");
    fputc('\n', out);
    memcpy(mine->counts, counts, sizeof counts);
    mine->total = r->nfindings;
    return 0;
}

static int text_end(FILE *out, const asr_run_info *info, void *state)
{
    text_state *ts = state;
    for (size_t i = 0; i < info->nnotes; i++) {
        fputs("note: ", out);
        asr_text_out(out, info->notes[i]);
        fputc('\n', out);
    }
    if (ts->returns > 1) {
        size_t all[ASR_OUTCOME_COUNT] = {0}, total = 0, unreadable = 0, superseded = 0;
        for (size_t k = 0; k < ts->returns; k++) {
            const text_counts *c = &ts->per[k];
            unreadable += !c->readable;
            if (!asr_run_counts(info, k)) {
                superseded++;
                continue;
            }
            for (int o = 0; o < ASR_OUTCOME_COUNT; o++)
                all[o] += c->counts[o];
            total += c->total;
        }
        fprintf(out, "%zu returns (%zu not readable", ts->returns, unreadable);
        if (superseded)
            fprintf(out, ", %zu superseded by a later submission and not counted", superseded);
        fputs("), ", out);
        summary(out, info->cat, all, total, "finding", "findings");
        fputc('\n', out);
    }
    free(ts->per);
    ts->per = NULL;
    return 0;
}

const asr_writer_ops asr_text_ops = {"text", sizeof(text_state), text_begin, text_add, text_end, NULL};
