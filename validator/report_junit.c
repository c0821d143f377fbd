/* report_junit.c: the junit report (cli-and-report.md), so a CI server shows
 * each return as a test suite and each rule as a test case.
 *
 * Mapping, in the JUnit XML dialect that Jenkins, GitLab and GitHub read:
 *   <testsuites name="assure">         the run (no totals: the writer streams,
 *                                      and the totals are known only at the end)
 *   <testsuite name="FILE" id="K"      one per return, in input order, with
 *     tests failures errors skipped>   its own counts
 *     <properties>                     alliance, period, sha256, assure and
 *                                      rule-set versions, run time, run notes
 *     <testcase classname="ALLIANCE-CODE (or FILE)" name="RULE: title">
 *                                      one per finding (so one per rule)
 *       <failure message type=OUTCOME> the finding fails the run by --fail-on
 *                                      (asr_finding_fails: fail by default,
 *                                      also missing / at-risk when asked;
 *                                      a waived finding never fails)
 *       <error message type="error">   outcome error (the rule could not judge)
 *                                      unless waived
 *       <skipped message>              not-due and not-applicable
 *       <system-out>                   an outcome that is not pass but does not
 *                                      fail (at-risk by default, a waived
 *                                      fail), so the prompt is not lost
 * A failure's or error's body holds the message, the prompt, the subjects,
 * every location (line, xpath, label), the due quarter and the source.
 * A return that could not be read is a suite with one errored test case
 * "XML-01" holding its errors with line and column.
 *
 * All text goes through asr_xml_text. Tab, LF and CR are written as character
 * references where a parser would otherwise change them (in attributes all
 * three, CR in text), and bytes that are not UTF-8 become U+FFFD, so the
 * output is always well-formed XML 1.0 and reads back as written. */
#include "asr_report.h"

#include <string.h>

/* ---- XML text ------------------------------------------------------------ */

/* <property name= value=/>, left out when value is empty. */
static void property(FILE *out, const char *name, const char *value)
{
    if (value == NULL || value[0] == '\0')
        return;
    fputs("      <property", out);
    asr_xml_attr(out, "name", name);
    asr_xml_attr(out, "value", value);
    fputs("/>\n", out);
}

/* ---- one return ---------------------------------------------------------- */

typedef enum verdict { V_PASS, V_FAILURE, V_ERROR, V_SKIPPED, V_NOTE } verdict;

static verdict verdict_of(const asr_finding *f, const asr_run_info *info)
{
    if (f->outcome == ASR_ERROR && !f->waived)
        return V_ERROR;
    if (asr_finding_fails(f, info))
        return V_FAILURE;
    if (f->outcome == ASR_NOT_DUE || f->outcome == ASR_NOT_APPLICABLE)
        return V_SKIPPED;
    return f->outcome == ASR_PASS ? V_PASS : V_NOTE;
}

/* The body of a failure, error or system-out: everything a person needs to
 * act on the finding, one fact a line. */
static void finding_body(FILE *out, const asr_catalogue *cat, const asr_finding *f)
{
    fputs("outcome: ", out);
    asr_xml_out(out, asr_outcome_name(cat, f->outcome), 0);
    if (f->waived) {
        fputs(" (waived: ", out);
        asr_xml_out(out, f->waiver_reason, 0);
        fputc(')', out);
    }
    if (f->change) {
        fputs("\nchange: ", out);
        asr_xml_out(out, f->change, 0);
    }
    fputs("\nmessage: ", out);
    asr_xml_out(out, f->message, 0);
    if (f->prompt) {
        fputs("\nprompt: ", out);
        asr_xml_out(out, f->prompt, 0);
    }
    if (f->nsubjects) {
        fputs("\nsubjects: ", out);
        for (size_t i = 0; i < f->nsubjects; i++) {
            if (i)
                fputs(", ", out);
            asr_xml_out(out, f->subjects[i], 0);
        }
    }
    for (size_t i = 0; i < f->nlocations; i++) {
        const asr_location *l = &f->locations[i];
        fputs("\nat: ", out);
        if (l->line > 0)
            fprintf(out, "line %ld", l->line);
        if (l->xpath) {
            fputs(l->line > 0 ? " " : "", out);
            asr_xml_out(out, l->xpath, 0);
        }
        if (l->label) {
            fputs(" (", out);
            asr_xml_out(out, l->label, 0);
            fputc(')', out);
        }
    }
    if (f->due) {
        fputs("\ndue: ", out);
        asr_xml_out(out, f->due, 0);
    }
    if (f->source) {
        fputs("\nsource: ", out);
        asr_xml_out(out, f->source, 0);
    }
}

static void testcase(FILE *out, const asr_run_info *info, const asr_return_report *r,
                     const asr_finding *f)
{
    fputs("    <testcase", out);
    asr_xml_attr(out, "classname",
                 r->alliance_code && r->alliance_code[0] ? r->alliance_code : r->file);
    fputs(" name=\"", out);
    asr_xml_out(out, f->rule, 1);
    fputs(": ", out);
    asr_xml_out(out, f->title, 1);
    fputc('"', out);
    verdict v = verdict_of(f, info);
    switch (v) {
    case V_PASS: fputs("/>\n", out); return;
    case V_SKIPPED:
        fputs(">\n      <skipped", out);
        fputs(" message=\"", out);
        asr_xml_out(out, asr_outcome_name(info->cat, f->outcome), 1);
        fputs(": ", out);
        asr_xml_out(out, f->message, 1);
        fputs("\"/>\n", out);
        break;
    case V_FAILURE:
    case V_ERROR:
        fprintf(out, ">\n      <%s", v == V_ERROR ? "error" : "failure");
        asr_xml_attr(out, "message", f->message);
        asr_xml_attr(out, "type", asr_outcome_name(info->cat, f->outcome));
        fputc('>', out);
        finding_body(out, info->cat, f);
        fprintf(out, "</%s>\n", v == V_ERROR ? "error" : "failure");
        break;
    case V_NOTE:
        fputs(">\n      <system-out>", out);
        finding_body(out, info->cat, f);
        fputs("</system-out>\n", out);
        break;
    }
    fputs("    </testcase>\n", out);
}

static void properties(FILE *out, const asr_run_info *info, const asr_return_report *r)
{
    fputs("    <properties>\n", out);
    property(out, "alliance.code", r->alliance_code);
    property(out, "alliance.name", r->alliance_name);
    property(out, "region", r->region);
    property(out, "financialYear", r->financial_year);
    property(out, "quarter", r->quarter);
    property(out, "judgedAt", r->judged_quarter);
    property(out, "sha256", r->sha256);
    property(out, "previous", r->previous);
    property(out, "assure.version", info->version);
    property(out, "rulesVersion", info->rules_version);
    property(out, "runTime", info->run_time);
    for (size_t i = 0; i < info->nnotes; i++)
        property(out, "note", info->notes[i]);
    fputs("    </properties>\n", out);
}

static void suite_start(FILE *out, const asr_return_report *r, size_t id, size_t tests,
                        size_t failures, size_t errors, size_t skipped)
{
    fputs("  <testsuite", out);
    asr_xml_attr(out, "name", r->file);
    fprintf(out, " id=\"%zu\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"%zu\">\n", id,
            tests, failures, errors, skipped);
}

/* An unreadable return: one errored test case XML-01 with every error. */
static void unreadable_suite(FILE *out, const asr_run_info *info, const asr_return_report *r,
                             size_t id)
{
    suite_start(out, r, id, 1, 0, 1, 0);
    properties(out, info, r);
    fputs("    <testcase", out);
    asr_xml_attr(out, "classname", r->file);
    /* Named as the catalogue names XML-01: a wrong namespace or schema
     * version is well-formed XML that is still not a readable return. */
    const asr_builtin *b = info->cat ? asr_catalogue_builtin(info->cat, "XML-01") : NULL;
    char name[600];
    snprintf(name, sizeof name, "XML-01: %s",
             b && b->title ? b->title : "The file is a readable quarterly return");
    asr_xml_attr(out, "name", name);
    fputs(">\n      <error", out);
    asr_xml_attr(out, "message",
                 r->errors.n ? r->errors.v[0].message : "the file could not be read as a return");
    asr_xml_attr(out, "type", "XML-01");
    fputc('>', out);
    if (r->errors.n == 0)
        fputs("the file could not be read as a return", out);
    for (size_t i = 0; i < r->errors.n; i++) {
        const asr_err *e = &r->errors.v[i];
        if (i)
            fputc('\n', out);
        asr_xml_out(out, r->file, 0);
        if (e->line > 0)
            fprintf(out, ":%ld", e->line);
        if (e->line > 0 && e->column > 0)
            fprintf(out, ":%d", e->column);
        fputs(": ", out);
        asr_xml_out(out, e->code[0] ? e->code : "XML-01", 0);
        fputs(": ", out);
        asr_xml_out(out, e->message, 0);
    }
    fputs("</error>\n    </testcase>\n  </testsuite>\n", out);
}

/* ---- the writer ---------------------------------------------------------- */

typedef struct junit_state {
    size_t n;     /* suites written */
    size_t noted; /* the run's notes known at the start (in every suite) */
} junit_state;

static int junit_begin(FILE *out, const asr_run_info *info, void *state)
{
    ((junit_state *)state)->noted = info->nnotes;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", out);
    asr_xml_attr(out, "name", "assure");
    fputs(">\n", out);
    (void)info;
    return 0;
}

static int junit_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    junit_state *js = state;
    size_t id = js->n++;
    if (!r->readable) {
        unreadable_suite(out, info, r, id);
        return 0;
    }
    size_t count[V_NOTE + 1] = {0};
    for (size_t i = 0; i < r->nfindings; i++)
        count[verdict_of(&r->findings[i], info)]++;
    suite_start(out, r, id, r->nfindings, count[V_FAILURE], count[V_ERROR], count[V_SKIPPED]);
    properties(out, info, r);
    for (size_t i = 0; i < r->nfindings; i++)
        testcase(out, info, r, &r->findings[i]);
    fputs("  </testsuite>\n", out);
    return 0;
}

static int junit_end(FILE *out, const asr_run_info *info, void *state)
{
    junit_state *js = state;
    /* Notes known only once every return was checked (a waiver that
     * matched no finding): a suite of no tests that holds them. */
    if (info->nnotes > js->noted) {
        fputs("  <testsuite", out);
        asr_xml_attr(out, "name", "assure: notes on the whole run");
        fprintf(out, " id=\"%zu\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
                     "    <properties>\n", js->n);
        for (size_t i = js->noted; i < info->nnotes; i++)
            property(out, "note", info->notes[i]);
        fputs("    </properties>\n  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
    return 0;
}

const asr_writer_ops asr_junit_ops = {"junit", sizeof(junit_state), junit_begin, junit_add,
                                      junit_end, NULL};
