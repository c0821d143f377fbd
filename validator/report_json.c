/* report_json.c: the JSON report (cli-and-report.md). JSON escaping
 * (writer.c) is written by hand: the stack has no JSON library and the
 * rules are short (RFC 8259 section 7); input is already valid UTF-8. */
#include "asr_report.h"

static void key(FILE *out, const char *k)
{
    asr_json_string(out, k);
    fputc(':', out);
}

static void str_or_null(FILE *out, const char *s)
{
    if (s)
        asr_json_string(out, s);
    else
        fputs("null", out);
}

static void write_finding(FILE *out, const asr_finding *f)
{
    fputs("{", out);
    key(out, "rule");
    asr_json_string(out, f->rule);
    fputc(',', out);
    key(out, "title");
    asr_json_string(out, f->title);
    fputc(',', out);
    key(out, "workstream");
    asr_json_string(out, f->workstream);
    fputc(',', out);
    key(out, "outcome");
    asr_json_string(out, asr_outcome_name(f->outcome));
    fputc(',', out);
    key(out, "message");
    asr_json_string(out, f->message);
    if (f->prompt) {
        fputc(',', out);
        key(out, "prompt");
        asr_json_string(out, f->prompt);
    }
    fputc(',', out);
    key(out, "subjects");
    fputc('[', out);
    for (size_t i = 0; i < f->nsubjects; i++) {
        if (i)
            fputc(',', out);
        asr_json_string(out, f->subjects[i]);
    }
    fputc(']', out);
    fputc(',', out);
    key(out, "locations");
    fputc('[', out);
    for (size_t i = 0; i < f->nlocations; i++) {
        const asr_location *l = &f->locations[i];
        if (i)
            fputc(',', out);
        fputc('{', out);
        key(out, "line");
        fprintf(out, "%ld", l->line);
        if (l->xpath) {
            fputc(',', out);
            key(out, "xpath");
            asr_json_string(out, l->xpath);
        }
        if (l->label) {
            fputc(',', out);
            key(out, "label");
            asr_json_string(out, l->label);
        }
        fputc('}', out);
    }
    fputc(']', out);
    fputc(',', out);
    key(out, "due");
    asr_json_string(out, f->due);
    fputc(',', out);
    key(out, "source");
    asr_json_string(out, f->source);
    if (f->change) {
        fputc(',', out);
        key(out, "change");
        asr_json_string(out, f->change);
    }
    fputc(',', out);
    key(out, "waived");
    fputs(f->waived ? "true" : "false", out);
    if (f->waived) {
        fputc(',', out);
        key(out, "waiverReason");
        asr_json_string(out, f->waiver_reason);
    }
    fputs("}", out);
}

static void write_return(FILE *out, const asr_return_report *r)
{
    fputs("\n    {", out);
    key(out, "file");
    asr_json_string(out, r->file);
    fputc(',', out);
    key(out, "sha256");
    asr_json_string(out, r->sha256);
    if (r->previous) {
        fputc(',', out);
        key(out, "previous");
        asr_json_string(out, r->previous);
    }
    fputc(',', out);
    key(out, "alliance");
    fputc('{', out);
    key(out, "code");
    str_or_null(out, r->alliance_code);
    fputc(',', out);
    key(out, "name");
    str_or_null(out, r->alliance_name);
    fputc(',', out);
    key(out, "region");
    str_or_null(out, r->region);
    fputc('}', out);
    fputc(',', out);
    key(out, "period");
    fputc('{', out);
    key(out, "financialYear");
    str_or_null(out, r->financial_year);
    fputc(',', out);
    key(out, "quarter");
    str_or_null(out, r->quarter);
    fputc(',', out);
    key(out, "judgedAt");
    str_or_null(out, r->judged_quarter);
    fputc('}', out);
    fputc(',', out);
    key(out, "valid");
    fputs(r->valid ? "true" : "false", out);
    fputc(',', out);
    key(out, "errors");
    fputc('[', out);
    for (size_t i = 0; i < r->errors.n; i++) {
        const asr_err *e = &r->errors.v[i];
        if (i)
            fputc(',', out);
        fputs("\n        {", out);
        key(out, "code");
        asr_json_string(out, e->code[0] ? e->code : "XML-01");
        fputc(',', out);
        key(out, "message");
        asr_json_string(out, e->message);
        fputc(',', out);
        key(out, "line");
        fprintf(out, "%ld", e->line);
        fputc(',', out);
        key(out, "column");
        fprintf(out, "%d", e->column);
        fputc('}', out);
    }
    fputc(']', out);
    fputc(',', out);
    key(out, "findings");
    fputc('[', out);
    for (size_t i = 0; i < r->nfindings; i++) {
        fputs(i ? ",\n        " : "\n        ", out);
        write_finding(out, &r->findings[i]);
    }
    fputs("]", out);
    size_t counts[ASR_OUTCOME_COUNT];
    asr_return_report_count(r, counts);
    static const asr_outcome order[] = {ASR_PASS,    ASR_FAIL,           ASR_MISSING, ASR_AT_RISK,
                                        ASR_NOT_DUE, ASR_NOT_APPLICABLE, ASR_ERROR};
    fputc(',', out);
    key(out, "summary");
    fputc('{', out);
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        if (i)
            fputc(',', out);
        key(out, asr_outcome_name(order[i]));
        fprintf(out, "%zu", counts[order[i]]);
    }
    fputs("}}", out);
}

typedef struct json_state {
    size_t n; /* returns written */
} json_state;

static int json_begin(FILE *out, const asr_run_info *info, void *state)
{
    (void)state;
    fputs("{", out);
    key(out, "tool");
    fputc('{', out);
    key(out, "name");
    asr_json_string(out, "assure");
    fputc(',', out);
    key(out, "version");
    asr_json_string(out, info->version);
    fputc(',', out);
    key(out, "rulesVersion");
    asr_json_string(out, info->rules_version);
    fputc(',', out);
    key(out, "runTime");
    asr_json_string(out, info->run_time);
    fputc('}', out);
    fputc(',', out);
    key(out, "notes");
    fputc('[', out);
    for (size_t i = 0; i < info->nnotes; i++) {
        if (i)
            fputc(',', out);
        asr_json_string(out, info->notes[i]);
    }
    fputc(']', out);
    fputc(',', out);
    key(out, "returns");
    fputc('[', out);
    return 0;
}

static int json_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)info;
    json_state *js = state;
    if (js->n++)
        fputc(',', out);
    write_return(out, r);
    return 0;
}

static int json_end(FILE *out, const asr_run_info *info, void *state)
{
    (void)info;
    (void)state;
    fputs("\n]}\n", out);
    return 0;
}

const asr_writer_ops asr_json_ops = {"json", sizeof(json_state), json_begin, json_add, json_end};
