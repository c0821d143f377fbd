/* report_json.c: the JSON report (cli-and-report.md). JSON escaping
 * (writer.c) is written by hand: the stack has no JSON library and the
 * rules are short (RFC 8259 section 7). Input may be any bytes (a file
 * name, a waiver reason): what is not UTF-8 is written as U+FFFD. */
#include "asr_report.h"

static void key(FILE *out, const char *k)
{
    asr_json_string(out, k);
    fputc(':', out);
}

/* The next member of an object: ,"k": */
static void next(FILE *out, const char *k)
{
    fputc(',', out);
    key(out, k);
}

static void str_or_null(FILE *out, const char *s)
{
    if (s)
        asr_json_string(out, s);
    else
        fputs("null", out);
}

/* ,"k":"v"; nullable_member writes null for a NULL v, opt_member nothing. */
static void member(FILE *out, const char *k, const char *v)
{
    next(out, k);
    asr_json_string(out, v);
}

static void nullable_member(FILE *out, const char *k, const char *v)
{
    next(out, k);
    str_or_null(out, v);
}

static void opt_member(FILE *out, const char *k, const char *v)
{
    if (v)
        member(out, k, v);
}

static void bool_member(FILE *out, const char *k, int v)
{
    next(out, k);
    fputs(v ? "true" : "false", out);
}

static void string_array(FILE *out, const char *const *v, size_t n)
{
    fputc('[', out);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', out);
        asr_json_string(out, v[i]);
    }
    fputc(']', out);
}

static void write_finding(FILE *out, const asr_catalogue *cat, const asr_finding *f)
{
    fputs("{", out);
    key(out, "rule");
    asr_json_string(out, f->rule);
    member(out, "title", f->title);
    member(out, "workstream", f->workstream);
    member(out, "outcome", asr_outcome_name(cat, f->outcome));
    member(out, "message", f->message);
    opt_member(out, "prompt", f->prompt);
    next(out, "subjects");
    string_array(out, (const char *const *)f->subjects, f->nsubjects);
    next(out, "locations");
    fputc('[', out);
    for (size_t i = 0; i < f->nlocations; i++) {
        const asr_location *l = &f->locations[i];
        if (i)
            fputc(',', out);
        fputc('{', out);
        key(out, "line");
        fprintf(out, "%ld", l->line);
        opt_member(out, "xpath", l->xpath);
        opt_member(out, "label", l->label);
        fputc('}', out);
    }
    fputc(']', out);
    member(out, "due", f->due);
    member(out, "source", f->source);
    opt_member(out, "change", f->change);
    bool_member(out, "waived", f->waived);
    if (f->subject_waived) { /* some subjects waived, not all: not waived */
        next(out, "waivedSubjects");
        fputc('[', out);
        for (size_t i = 0, k = 0; i < f->nsubjects; i++)
            if (f->subject_waived[i]) {
                fputs(k++ ? "," : "", out);
                asr_json_string(out, f->subjects[i]);
            }
        fputc(']', out);
    }
    if (f->waived || f->subject_waived)
        member(out, "waiverReason", f->waiver_reason);
    fputs("}", out);
}

static void write_return(FILE *out, const asr_catalogue *cat, const asr_return_report *r)
{
    fputs("\n    {", out);
    key(out, "file");
    asr_json_string(out, r->file);
    member(out, "sha256", r->sha256);
    opt_member(out, "previous", r->previous);
    next(out, "alliance");
    fputc('{', out);
    key(out, "code");
    str_or_null(out, r->alliance_code);
    nullable_member(out, "name", r->alliance_name);
    nullable_member(out, "region", r->region);
    fputc('}', out);
    next(out, "period");
    fputc('{', out);
    key(out, "financialYear");
    str_or_null(out, r->financial_year);
    nullable_member(out, "quarter", r->quarter);
    nullable_member(out, "judgedAt", r->judged_quarter);
    fputc('}', out);
    bool_member(out, "valid", r->valid);
    next(out, "errors");
    fputc('[', out);
    for (size_t i = 0; i < r->errors.n; i++) {
        const asr_err *e = &r->errors.v[i];
        if (i)
            fputc(',', out);
        fputs("\n        {", out);
        key(out, "code");
        asr_json_string(out, e->code[0] ? e->code : "XML-01");
        member(out, "message", e->message);
        next(out, "line");
        fprintf(out, "%ld", e->line);
        if (e->column > 0) { /* libxml2 gives no column for a schema violation */
            next(out, "column");
            fprintf(out, "%d", e->column);
        }
        fputc('}', out);
    }
    fputc(']', out);
    next(out, "findings");
    fputc('[', out);
    for (size_t i = 0; i < r->nfindings; i++) {
        fputs(i ? ",\n        " : "\n        ", out);
        write_finding(out, cat, &r->findings[i]);
    }
    fputs("]", out);
    size_t counts[ASR_OUTCOME_COUNT];
    asr_return_report_count(r, counts);
    next(out, "summary");
    fputc('{', out);
    for (size_t i = 0; i < ASR_OUTCOME_COUNT; i++) {
        if (i)
            fputc(',', out);
        key(out, asr_outcome_name(cat, cat->shown[i]));
        fprintf(out, "%zu", counts[cat->shown[i]]);
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
    member(out, "version", info->version);
    member(out, "rulesVersion", info->rules_version);
    member(out, "runTime", info->run_time);
    fputc('}', out);
    /* The regional tolerances in force: what judged the returns besides the
     * rules (asr_catalogue.h). */
    next(out, "tolerances");
    fputc('[', out);
    for (size_t i = 0; info->cat && i < info->cat->ntolerances; i++) {
        const asr_tolerance *t = &info->cat->tolerances[i];
        fputs(i ? ",{" : "{", out);
        key(out, "name");
        asr_json_string(out, t->name);
        member(out, "value", t->value);
        member(out, "default", t->default_value);
        nullable_member(out, "setBy", t->set_by);
        nullable_member(out, "reason", t->reason);
        fputc('}', out);
    }
    fputc(']', out);
    next(out, "returns");
    fputc('[', out);
    return 0;
}

static int json_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)info;
    json_state *js = state;
    if (js->n++)
        fputc(',', out);
    write_return(out, info->cat, r);
    return 0;
}

/* The run's notes come last: some are known only once every return is
 * checked (a waiver that matched no finding). */
static int json_end(FILE *out, const asr_run_info *info, void *state)
{
    (void)state;
    fputs("\n]", out);
    next(out, "notes");
    string_array(out, info->notes, info->nnotes);
    fputs("}\n", out);
    return 0;
}

const asr_writer_ops asr_json_ops = {"json", sizeof(json_state), json_begin, json_add, json_end, NULL};
