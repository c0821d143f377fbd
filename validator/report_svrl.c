/* report_svrl.c: the svrl report (cli-and-report.md): the findings as ISO
 * Schematron Validation Report Language, so Schematron tooling (report
 * viewers, CI plug-ins, XSpec, ph-schematron's SVRL reader) can read them.
 *
 * The grammar is the SVRL of ISO/IEC 19757-3:2016 Annex D (svrl.rnc), the
 * edition current tools read; the output is also valid against the 2020/2025
 * grammar. SVRL is flat: the pattern, its fired rules and their failed
 * assertions are siblings, in this order, and a document must hold at least
 * one active-pattern, each followed by at least one fired-rule:
 *   schematron-output (title, schemaVersion)
 *     text*                   the run time and the run's notes
 *     ( active-pattern        one per return, in input order
 *       ( fired-rule          one per finding, so one per rule that ran
 *         failed-assert* )+ )+  the finding, when it is not a pass
 * Mapping:
 *   schematron-output  title "assure VERSION rule set HASH", schemaVersion HASH
 *   active-pattern     id "return-K" (K from 1), documents = the file as a
 *                      URI reference (percent-encoded), name = alliance and
 *                      period
 *   fired-rule         name = rule ID, context = the finding's first xpath or
 *                      /QuarterlyReturn, role = the outcome (pass included, so
 *                      the report is complete evidence). No id: fired-rule/@id
 *                      is an xsd:ID, unique in the document, and a rule fires
 *                      once per return.
 *   failed-assert      for fail, missing, at-risk and error: id and test = the
 *                      rule ID, location = the first xpath or /QuarterlyReturn,
 *                      role = the outcome, flag "waived" for an agreed
 *                      exception; children in the grammar's order:
 *     diagnostic-reference diagnostic="prompt"   the prompt
 *     property-reference   title, workstream, due, source, one "subject" per
 *                          subject, one "location" per location (line, xpath,
 *                          label), change, waiver (its reason)
 *     text                 the message
 * pass, not-due and not-applicable are fired rules with nothing failed: SVRL
 * has no "passed" element, and successful-report means a Schematron report
 * whose test was true, which tools show as a problem.
 * A return that could not be read: its pattern, a fired rule XML-01 on "/"
 * and a failed-assert XML-01 per error (line and column as properties).
 * The XSD used by the tests, tests/fixtures/svrl/svrl.xsd, is written from the
 * 2016 svrl.rnc.
 *
 * Text escaping is asr_xml_text, plus character references for tab, LF and
 * CR in attributes and CR in text, and U+FFFD for bytes that are not UTF-8,
 * so the output is always well-formed and reads back as written. */
#include "asr_report.h"

#include <string.h>

/* ---- XML text ------------------------------------------------------------ */

/* Whether s is an NCName in ASCII terms (rule IDs are: FIT-04). Anything
 * else is left out of the id attributes that must be NCNames. */
static int ncname(const char *s)
{
    if (s == NULL || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
              *s == '_' || *s == '-' || *s == '.'))
            return 0;
    return 1;
}

/* A file path as a URI reference: bytes outside the unreserved and the safe
 * reserved characters are percent-encoded (spaces, %, quotes, &, non-ASCII). */
static void uri_attr(FILE *out, const char *name, const char *path)
{
    static const char safe[] = "-._~/:@!$()*+,;=";
    fprintf(out, " %s=\"", name);
    for (const unsigned char *p = (const unsigned char *)(path ? path : ""); *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            strchr(safe, *p))
            fputc(*p, out);
        else
            fprintf(out, "%%%02X", *p);
    }
    fputc('"', out);
}

static void text_element(FILE *out, const char *indent, const char *s)
{
    fprintf(out, "%s<svrl:text>", indent);
    asr_xml_out(out, s, 0);
    fputs("</svrl:text>\n", out);
}

/* <svrl:property-reference property=NAME><svrl:text>VALUE</svrl:text>... */
static void property_start(FILE *out, const char *name)
{
    fprintf(out, "    <svrl:property-reference property=\"%s\"><svrl:text>", name);
}

static void property_end(FILE *out) { fputs("</svrl:text></svrl:property-reference>\n", out); }

static void property(FILE *out, const char *name, const char *value)
{
    if (value == NULL || value[0] == '\0')
        return;
    property_start(out, name);
    asr_xml_out(out, value, 0);
    property_end(out);
}

/* ---- one return ---------------------------------------------------------- */

static int asserted(asr_outcome o)
{
    return o == ASR_FAIL || o == ASR_MISSING || o == ASR_AT_RISK || o == ASR_ERROR;
}

static void failed_assert(FILE *out, const asr_catalogue *cat, const asr_finding *f,
                          const char *location)
{
    const char *outcome = asr_outcome_name(cat, f->outcome);
    fputs("  <svrl:failed-assert", out);
    if (ncname(f->rule))
        asr_xml_attr(out, "id", f->rule);
    asr_xml_attr(out, "location", location);
    asr_xml_attr(out, "test", f->rule);
    asr_xml_attr(out, "role", outcome);
    if (f->waived)
        asr_xml_attr(out, "flag", "waived");
    fputs(">\n", out);
    if (f->prompt) {
        fputs("    <svrl:diagnostic-reference diagnostic=\"prompt\"><svrl:text>", out);
        asr_xml_out(out, f->prompt, 0);
        fputs("</svrl:text></svrl:diagnostic-reference>\n", out);
    }
    property(out, "title", f->title);
    property(out, "workstream", f->workstream);
    property(out, "due", f->due);
    property(out, "source", f->source);
    for (size_t i = 0; i < f->nsubjects; i++) { /* every one, so they can be counted */
        property_start(out, "subject");
        asr_xml_out(out, f->subjects[i], 0);
        property_end(out);
    }
    for (size_t i = 0; i < f->nlocations; i++) {
        const asr_location *l = &f->locations[i];
        property_start(out, "location");
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
        property_end(out);
    }
    property(out, "change", f->change);
    if (f->waived) {
        property_start(out, "waiver");
        asr_xml_out(out, f->waiver_reason ? f->waiver_reason : "waived", 0);
        property_end(out);
    }
    text_element(out, "    ", f->message);
    fputs("  </svrl:failed-assert>\n", out);
}

static void finding(FILE *out, const asr_catalogue *cat, const asr_finding *f)
{
    const char *location = "/QuarterlyReturn";
    if (f->nlocations > 0 && f->locations[0].xpath && f->locations[0].xpath[0])
        location = f->locations[0].xpath;
    fputs("  <svrl:fired-rule", out);
    asr_xml_attr(out, "name", f->rule);
    asr_xml_attr(out, "context", location);
    asr_xml_attr(out, "role", asr_outcome_name(cat, f->outcome));
    fputs("/>\n", out);
    if (asserted(f->outcome))
        failed_assert(out, cat, f, location);
}

static void active_pattern(FILE *out, const asr_return_report *r, size_t k)
{
    fprintf(out, "  <svrl:active-pattern id=\"return-%zu\"", k);
    uri_attr(out, "documents", r->file);
    fputs(" name=\"", out);
    if (r->readable) {
        asr_xml_out(out, r->alliance_name ? r->alliance_name : "unknown alliance", 1);
        fputs(" (", out);
        asr_xml_out(out, r->alliance_code ? r->alliance_code : "no code", 1);
        fputs(") ", out);
        asr_xml_out(out, r->financial_year ? r->financial_year : "?", 1);
        fputc(' ', out);
        asr_xml_out(out, r->quarter ? r->quarter : "?", 1);
        fputs(", judged at ", out);
        asr_xml_out(out, r->judged_quarter ? r->judged_quarter : "?", 1);
    } else {
        asr_xml_out(out, r->file, 1);
        fputs(": not checked: the file could not be read as a return", out);
    }
    fputs("\"/>\n", out);
}

static void unreadable(FILE *out, const asr_catalogue *cat, const asr_return_report *r)
{
    fputs("  <svrl:fired-rule name=\"XML-01\" context=\"/\" role=\"error\"/>\n", out);
    size_t n = r->errors.n ? r->errors.n : 1;
    for (size_t i = 0; i < n; i++) {
        const asr_err *e = r->errors.n ? &r->errors.v[i] : NULL;
        const char *code = e && e->code[0] ? e->code : "XML-01";
        fputs("  <svrl:failed-assert", out);
        if (ncname(code))
            asr_xml_attr(out, "id", code);
        fputs(" location=\"/\"", out);
        asr_xml_attr(out, "test", code);
        fputs(" role=\"error\">\n", out);
        /* The catalogue's title of the check the error is (else XML-01's). */
        const asr_builtin *b = cat ? asr_catalogue_builtin(cat, code) : NULL;
        if (b == NULL && cat)
            b = asr_catalogue_builtin(cat, "XML-01");
        property(out, "title",
                 b && b->title ? b->title : "The file is a readable quarterly return");
        if (e && e->line > 0) {
            property_start(out, "line");
            fprintf(out, "%ld", e->line);
            property_end(out);
        }
        if (e && e->column > 0) {
            property_start(out, "column");
            fprintf(out, "%d", e->column);
            property_end(out);
        }
        text_element(out, "    ", e ? e->message : "the file could not be read as a return");
        fputs("  </svrl:failed-assert>\n", out);
    }
}

/* ---- the writer ---------------------------------------------------------- */

typedef struct svrl_state {
    size_t n;     /* returns written */
    size_t noted; /* the run's notes written at the start */
} svrl_state;

/* Notes known only once every return was checked (a waiver that matched
 * no finding): SVRL has text only at the start, so they are a last
 * pattern, "notes", whose rule fired on "/" and reported each (a
 * successful-report is Schematron's word for something said, not failed). */
static void late_notes(FILE *out, const asr_run_info *info, size_t from)
{
    fputs("  <svrl:active-pattern id=\"notes\" name=\"assure: notes on the whole run\"/>\n"
          "  <svrl:fired-rule context=\"/\"/>\n",
          out);
    for (size_t i = from; i < info->nnotes; i++) {
        fputs("  <svrl:successful-report test=\"note\" location=\"/\" role=\"note\">\n", out);
        text_element(out, "    ", info->notes[i]);
        fputs("  </svrl:successful-report>\n", out);
    }
}

static int svrl_begin(FILE *out, const asr_run_info *info, void *state)
{
    ((svrl_state *)state)->noted = info->nnotes;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<svrl:schematron-output xmlns:svrl=\"http://purl.oclc.org/dsdl/svrl\" title=\"assure ",
          out);
    asr_xml_out(out, info->version, 1);
    fputs(" rule set ", out);
    asr_xml_out(out, info->rules_version, 1);
    fputc('"', out);
    asr_xml_attr(out, "schemaVersion", info->rules_version);
    fputs(">\n", out);
    if (info->run_time) {
        fputs("  <svrl:text>Checked at ", out);
        asr_xml_out(out, info->run_time, 0);
        fputs("</svrl:text>\n", out);
    }
    for (size_t i = 0; i < info->nnotes; i++)
        text_element(out, "  ", info->notes[i]);
    return 0;
}

static int svrl_add(FILE *out, const asr_run_info *info, void *state, const asr_return_report *r)
{
    (void)info;
    svrl_state *ss = state;
    active_pattern(out, r, ++ss->n);
    if (!r->readable) {
        unreadable(out, info->cat, r);
        return 0;
    }
    /* The grammar wants a fired rule after every pattern: with no rule run
     * (an empty selection), the return's root is recorded as visited. */
    if (r->nfindings == 0)
        fputs("  <svrl:fired-rule context=\"/QuarterlyReturn\"/>\n", out);
    for (size_t i = 0; i < r->nfindings; i++)
        finding(out, info->cat, &r->findings[i]);
    return 0;
}

static int svrl_end(FILE *out, const asr_run_info *info, void *state)
{
    svrl_state *ss = state;
    /* ... and at least one pattern: a run over no returns says so. */
    if (ss->n == 0)
        fputs("  <svrl:active-pattern name=\"no returns were checked\"/>\n"
              "  <svrl:fired-rule context=\"/\"/>\n",
              out);
    if (info->nnotes > ss->noted)
        late_notes(out, info, ss->noted);
    fputs("</svrl:schematron-output>\n", out);
    return 0;
}

const asr_writer_ops asr_svrl_ops = {"svrl", sizeof(svrl_state), svrl_begin, svrl_add, svrl_end, NULL};
