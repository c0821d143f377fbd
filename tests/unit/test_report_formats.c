/* test_report_formats.c: the csv, junit and svrl writers, read back. Text
 * from a return (quotes, commas, line breaks, markup, "]]>", spreadsheet
 * formulas, control characters, non-ASCII, bytes that are not UTF-8) must
 * come out as RFC 4180 CSV that parses back to the same values, and as XML
 * that xmllint accepts (SVRL: valid against the ISO grammar), with the
 * counts and the --fail-on mapping right. Run from the repository root. */
#include "asr_report.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define SVRL_XSD "tests/fixtures/svrl/svrl.xsd"
#define SVRL_NS  "http://purl.oclc.org/dsdl/svrl"

/* Strings a return could carry into a report. */
static const char *const HOSTILE[] = {
    "plain",
    "comma, inside",
    "quote \" inside \"\"twice\"\"",
    "line\nbreak, CRLF\r\nand a lone\rCR",
    "<script>alert('x')</script> & ]]> <![CDATA[ x ]]>",
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "\tleading tab",
    "\rleading CR",
    "bell\a esc\x1b unit\x1f del\x7f",
    "Bromley \xE2\x80\x93 caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x98\x80",
    "",
};
#define NHOSTILE (sizeof HOSTILE / sizeof HOSTILE[0])

static const asr_outcome OUTCOMES[] = {ASR_PASS,    ASR_FAIL,  ASR_MISSING,       ASR_AT_RISK,
                                       ASR_NOT_DUE, ASR_ERROR, ASR_NOT_APPLICABLE};
#define NOUTCOMES (sizeof OUTCOMES / sizeof OUTCOMES[0])

/* ---------------------------------------------------------------- fixtures */

/* A return whose alliance name is a spreadsheet formula with quotes and a comma. */
static void return_init(asr_return_report *r, const char *file)
{
    t_return_init(r, file, "=HYPERLINK(\"http://evil.example\",\"North, Central\")", "E56000027");
}

static void unreadable_return(asr_return_report *r, const char *file)
{
    t_unreadable_return(r, file, "is not well-formed XML: <boom> \"q\", ]]> & =1+1");
}

/* One finding per hostile string, in every field a return can reach, and
 * every outcome in turn. */
static void hostile_return(asr_return_report *r, const char *file)
{
    return_init(r, file);
    for (size_t i = 0; i < NHOSTILE; i++) {
        char rule[16];
        snprintf(rule, sizeof rule, "R-%02zu", i);
        asr_outcome o = OUTCOMES[i % NOUTCOMES];
        asr_finding *f = t_add(r, rule, HOSTILE[(i + 1) % NHOSTILE], "early-diagnosis", o,
                               HOSTILE[i], o == ASR_PASS ? NULL : HOSTILE[(i + 3) % NHOSTILE]);
        free(f->workstream);
        f->workstream = strdup(HOSTILE[(i + 2) % NHOSTILE]);
        cr_assert_eq(asr_finding_add_subject(f, HOSTILE[(i + 4) % NHOSTILE]), 0);
        cr_assert_eq(asr_finding_add_subject(f, HOSTILE[(i + 5) % NHOSTILE]), 0);
        if (i % 3 != 0)
            cr_assert_eq(asr_finding_add_location(f, (long)(40 + i), HOSTILE[(i + 6) % NHOSTILE],
                                                  HOSTILE[(i + 7) % NHOSTILE]),
                         0);
        if (i % 4 == 1) {
            f->waived = true;
            f->waiver_reason = strdup(HOSTILE[(i + 8) % NHOSTILE]);
        }
        if (i % 5 == 2)
            f->change = "persisting";
    }
}

static asr_run_info run_info(void)
{
    static const char *const notes[] = {"waiver for <FIT-01> & \"x\" expired on 2025-09-30"};
    asr_run_info info = {.cat = t_catalogue(),
                         .version = "1.2.3",
                         .rules_version = "abc123",
                         .run_time = "2025-10-20T09:00:00Z",
                         .fail_on = ASR_FAIL,
                         .notes = notes,
                         .nnotes = 1};
    return info;
}

/* Render returns in format into a malloc'd buffer. */
static char *render(const char *format, const asr_run_info *info, const asr_return_report *r,
                    size_t n, size_t *len)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    cr_assert_not_null(f);
    cr_assert_eq(asr_write_all(format, f, info, r, n), 0, "%s writer failed", format);
    cr_assert_eq(fclose(f), 0);
    if (len)
        *len = size;
    return buf;
}

/* ------------------------------------------------------- an RFC 4180 reader */

typedef struct csv_row {
    char **f;
    size_t n;
} csv_row;

typedef struct csv {
    csv_row *rows;
    size_t n;
} csv;

/* Parse s strictly: every row ends with CRLF, a field is either quoted
 * (quotes doubled inside) or holds no quote, CR or LF. */
static csv csv_parse(const char *s, size_t len)
{
    csv c = {0};
    size_t pos = 0;
    while (pos < len) {
        c.rows = realloc(c.rows, (c.n + 1) * sizeof *c.rows);
        cr_assert_not_null(c.rows);
        csv_row *row = &c.rows[c.n++];
        memset(row, 0, sizeof *row);
        for (;;) {
            char *v = malloc(len + 1);
            size_t k = 0;
            cr_assert_not_null(v);
            if (pos < len && s[pos] == '"') {
                for (pos++;; pos++) {
                    cr_assert_lt(pos, len, "row %zu: unterminated quoted field", c.n);
                    if (s[pos] == '"') {
                        if (pos + 1 < len && s[pos + 1] == '"') {
                            v[k++] = '"';
                            pos++;
                        } else {
                            pos++;
                            break;
                        }
                    } else {
                        v[k++] = s[pos];
                    }
                }
            } else {
                while (pos < len && s[pos] != ',' && s[pos] != '\r') {
                    cr_assert(s[pos] != '"' && s[pos] != '\n',
                              "row %zu: quote or bare LF in an unquoted field", c.n);
                    v[k++] = s[pos++];
                }
            }
            v[k] = '\0';
            row->f = realloc(row->f, (row->n + 1) * sizeof *row->f);
            cr_assert_not_null(row->f);
            row->f[row->n++] = v;
            cr_assert_lt(pos, len, "row %zu: the file does not end with CRLF", c.n);
            if (s[pos] == ',') {
                pos++;
                continue;
            }
            cr_assert(s[pos] == '\r' && pos + 1 < len && s[pos + 1] == '\n',
                      "row %zu: a row must end with CRLF (at byte %zu)", c.n, pos);
            pos += 2;
            break;
        }
    }
    return c;
}

static void csv_free(csv *c)
{
    for (size_t i = 0; i < c->n; i++) {
        for (size_t k = 0; k < c->rows[i].n; k++)
            free(c->rows[i].f[k]);
        free(c->rows[i].f);
    }
    free(c->rows);
}

/* What a spreadsheet-safe cell for s holds: s, with ' in front of a formula. */
static char *guarded(const char *s)
{
    s = s ? s : "";
    char *v = malloc(strlen(s) + 2);
    cr_assert_not_null(v);
    sprintf(v, "%s%s", (s[0] && strchr("=+-@\t\r", s[0])) ? "'" : "", s);
    return v;
}

static void expect_cell(const csv_row *row, size_t col, const char *value, const char *what)
{
    char *want = guarded(value);
    cr_assert_lt(col, row->n);
    cr_expect_str_eq(row->f[col], want, "%s (column %zu)", what, col);
    free(want);
}

static const char CONTRACT_HEADER[] =
    "file,alliance,quarter,rule,workstream,outcome,subjects,message,prompt,line";

enum {
    C_FILE,
    C_ALLIANCE,
    C_QUARTER,
    C_RULE,
    C_WORKSTREAM,
    C_OUTCOME,
    C_SUBJECTS,
    C_MESSAGE,
    C_PROMPT,
    C_LINE,
    C_ALLIANCE_NAME,
    C_REGION,
    C_YEAR,
    C_JUDGED,
    C_TITLE,
    C_DUE,
    C_SOURCE,
    C_XPATH,
    C_CHANGE,
    C_WAIVED,
    C_WAIVER_REASON,
    C_SHA256,
    C_COUNT
};

/* ---------------------------------------------------------------- XML tools */

static char *temp_file(const char *content, size_t len)
{
    char *path = strdup("/tmp/assure-fmt-XXXXXX");
    cr_assert_not_null(path);
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    FILE *f = fdopen(fd, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(content, 1, len, f), len);
    cr_assert_eq(fclose(f), 0);
    return path;
}

/* xmllint's exit status on content (0: well-formed, and valid against xsd
 * when xsd is not NULL); its complaints go into *msg (caller frees). */
static int xmllint(const char *content, size_t len, const char *xsd, char **msg)
{
    cr_assert(xsd == NULL || access(xsd, R_OK) == 0, "%s not found: run from the repository root",
              xsd);
    char *path = temp_file(content, len);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "xmllint --noout --nonet %s%s '%s' 2>&1", xsd ? "--schema " : "",
             xsd ? xsd : "", path);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    char *out = NULL;
    size_t size = 0;
    FILE *m = open_memstream(&out, &size);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        fwrite(buf, 1, n, m);
    fclose(m);
    int status = pclose(p);
    unlink(path);
    free(path);
    if (msg)
        *msg = out;
    else
        free(out);
    cr_assert(status != -1);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

static void expect_well_formed(const char *xml, size_t len, const char *xsd)
{
    char *msg = NULL;
    int rc = xmllint(xml, len, xsd, &msg);
    cr_expect_eq(rc, 0, "xmllint%s: %s\n---\n%s", xsd ? " --schema" : "", msg, xml);
    free(msg);
}

static xmlDocPtr parse(const char *xml, size_t len)
{
    xmlDocPtr doc = xmlReadMemory(xml, (int)len, "report.xml", NULL, XML_PARSE_NONET);
    cr_assert_not_null(doc, "not well-formed:\n%s", xml);
    return doc;
}

static xmlXPathObjectPtr eval(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    cr_assert_not_null(ctx);
    xmlXPathRegisterNs(ctx, BAD_CAST "svrl", BAD_CAST SVRL_NS);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlXPathFreeContext(ctx);
    cr_assert_not_null(o, "bad XPath %s", expr);
    return o;
}

/* The XPath fmt... into expr. */
static void format_expr(char *expr, size_t size, const char *fmt, va_list ap)
{
    int n = vsnprintf(expr, size, fmt, ap);
    cr_assert(n > 0 && (size_t)n < size, "XPath too long");
}

static long xcount(xmlDocPtr doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static long xcount(xmlDocPtr doc, const char *fmt, ...)
{
    char expr[512], wrapped[600];
    va_list ap;
    va_start(ap, fmt);
    format_expr(expr, sizeof expr, fmt, ap);
    va_end(ap);
    snprintf(wrapped, sizeof wrapped, "number(%s)", expr);
    xmlXPathObjectPtr o = eval(doc, wrapped);
    long n = (long)o->floatval;
    xmlXPathFreeObject(o);
    return n;
}

/* string(expr), malloc'd. */
static char *xstring_v(xmlDocPtr doc, const char *fmt, va_list ap)
{
    char expr[512], wrapped[600];
    format_expr(expr, sizeof expr, fmt, ap);
    snprintf(wrapped, sizeof wrapped, "string(%s)", expr);
    xmlXPathObjectPtr o = eval(doc, wrapped);
    char *s = strdup((const char *)o->stringval);
    cr_assert_not_null(s);
    xmlXPathFreeObject(o);
    return s;
}

/* What XML carries for s: the characters XML 1.0 cannot hold (controls
 * other than tab, LF, CR) become U+FFFD; the rest is exactly s. */
static char *as_xml(const char *s)
{
    s = s ? s : "";
    char *v = malloc(3 * strlen(s) + 1), *p = v;
    cr_assert_not_null(v);
    for (; *s; s++) {
        if ((unsigned char)*s < 0x20 && !strchr("\t\n\r", *s)) {
            memcpy(p, "\xEF\xBF\xBD", 3);
            p += 3;
        } else {
            *p++ = *s;
        }
    }
    *p = '\0';
    return v;
}

/* Expect string(expr) to be want exactly. */
static void xeq(xmlDocPtr doc, const char *want, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void xeq(xmlDocPtr doc, const char *want, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *got = xstring_v(doc, fmt, ap);
    va_end(ap);
    cr_expect_str_eq(got, want, "XPath %s: got [%s], want [%s]", fmt, got, want);
    free(got);
}

/* Expect string(expr) to be what XML carries for raw (as_xml). */
static void xeq_raw(xmlDocPtr doc, const char *raw, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void xeq_raw(xmlDocPtr doc, const char *raw, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *got = xstring_v(doc, fmt, ap);
    va_end(ap);
    char *want = as_xml(raw);
    cr_expect_str_eq(got, want, "XPath %s: got [%s], want [%s]", fmt, got, want);
    free(want);
    free(got);
}

/* Expect string(expr) to contain what XML carries for raw. */
static void xhas(xmlDocPtr doc, const char *raw, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void xhas(xmlDocPtr doc, const char *raw, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *got = xstring_v(doc, fmt, ap);
    va_end(ap);
    char *want = as_xml(raw);
    cr_expect_not_null(strstr(got, want), "XPath %s: [%s] not in [%s]", fmt, want, got);
    free(want);
    free(got);
}

static void free_returns(asr_return_report *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        asr_return_report_free(&r[i]);
}

/* ====================================================================== csv */

Test(formats, csv_starts_with_bom_and_the_contract_header)
{
    asr_return_report r;
    hostile_return(&r, "a.xml");
    asr_run_info info = run_info();
    size_t len;
    char *out = render("csv", &info, &r, 1, &len);
    cr_assert(len > 3 && memcmp(out, "\xEF\xBB\xBF", 3) == 0, "no UTF-8 BOM");
    cr_expect_eq(strncmp(out + 3, CONTRACT_HEADER, strlen(CONTRACT_HEADER)), 0, "%.200s", out + 3);
    cr_expect_eq(out[3 + strlen(CONTRACT_HEADER)], ',', "extra columns follow the contract's ten");
    csv c = csv_parse(out + 3, len - 3);
    static const char *const names[C_COUNT] = {
        "file",           "alliance",       "quarter",       "rule",  "workstream",    "outcome",
        "subjects",       "message",        "prompt",        "line",  "alliance_name", "region",
        "financial_year", "judged_quarter", "title",         "due",   "source",        "xpath",
        "change",         "waived",         "waiver_reason", "sha256"};
    cr_assert_eq(c.rows[0].n, (size_t)C_COUNT);
    for (size_t k = 0; k < C_COUNT; k++)
        cr_expect_str_eq(c.rows[0].f[k], names[k]);
    /* Every row has the header's width. */
    for (size_t i = 1; i < c.n; i++)
        cr_expect_eq(c.rows[i].n, (size_t)C_COUNT, "row %zu", i);
    csv_free(&c);
    free(out);
    asr_return_report_free(&r);
}

Test(formats, csv_hostile_fields_round_trip)
{
    asr_return_report r[2];
    hostile_return(&r[0], "dir/ret, \"q\" <x>&=.xml");
    hostile_return(&r[1], "caf\xC3\xA9 \xFF.xml"); /* not UTF-8: U+FFFD for the byte */
    asr_run_info info = run_info();
    size_t len;
    char *out = render("csv", &info, r, 2, &len);
    csv c = csv_parse(out + 3, len - 3);
    cr_assert_eq(c.n, 1 + r[0].nfindings + r[1].nfindings);
    size_t row = 1;
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; i < r[k].nfindings; i++, row++) {
            const asr_finding *f = &r[k].findings[i];
            const csv_row *cr = &c.rows[row];
            char subjects[512] = "", line[32] = "";
            for (size_t s = 0; s < f->nsubjects; s++) {
                if (s)
                    strcat(subjects, "; ");
                strcat(subjects, f->subjects[s]);
            }
            if (f->nlocations && f->locations[0].line > 0)
                snprintf(line, sizeof line, "%ld", f->locations[0].line);
            expect_cell(cr, C_FILE, k ? "caf\xC3\xA9 \xEF\xBF\xBD.xml" : r[k].file, "file");
            expect_cell(cr, C_ALLIANCE, r[k].alliance_code, "alliance");
            expect_cell(cr, C_QUARTER, r[k].quarter, "quarter");
            expect_cell(cr, C_RULE, f->rule, "rule");
            expect_cell(cr, C_WORKSTREAM, f->workstream, "workstream");
            expect_cell(cr, C_OUTCOME, asr_outcome_name(t_catalogue(), f->outcome), "outcome");
            expect_cell(cr, C_SUBJECTS, subjects, "subjects");
            expect_cell(cr, C_MESSAGE, f->message, "message");
            expect_cell(cr, C_PROMPT, f->prompt, "prompt");
            expect_cell(cr, C_LINE, line, "line");
            expect_cell(cr, C_ALLIANCE_NAME, r[k].alliance_name, "alliance_name");
            expect_cell(cr, C_REGION, r[k].region, "region");
            expect_cell(cr, C_YEAR, r[k].financial_year, "financial_year");
            expect_cell(cr, C_JUDGED, r[k].judged_quarter, "judged_quarter");
            expect_cell(cr, C_TITLE, f->title, "title");
            expect_cell(cr, C_DUE, f->due, "due");
            expect_cell(cr, C_SOURCE, f->source, "source");
            expect_cell(cr, C_XPATH, f->nlocations ? f->locations[0].xpath : NULL, "xpath");
            expect_cell(cr, C_CHANGE, f->change, "change");
            expect_cell(cr, C_WAIVED, f->waived ? "true" : "false", "waived");
            expect_cell(cr, C_WAIVER_REASON, f->waived ? f->waiver_reason : NULL, "waiver_reason");
            expect_cell(cr, C_SHA256, r[k].sha256, "sha256");
        }
    }
    csv_free(&c);
    free(out);
    free_returns(r, 2);
}

Test(formats, csv_formula_guard)
{
    asr_return_report r;
    return_init(&r, "=evil.xml");
    asr_finding *f =
        t_add(&r, "FIT-01", "t", "early-diagnosis", ASR_FAIL, "=cmd|' /C calc'!A0", "+1");
    asr_finding_add_subject(f, "@SUM(A1)");
    asr_finding_add_subject(f, "-RAP");
    t_add(&r, "FIT-02", "t", "early-diagnosis", ASR_AT_RISK, "\t=1", "\r=2");
    t_add(&r, "FIT-03", "t", "early-diagnosis", ASR_PASS, "a = b, + c - d @ e",
          NULL); /* not at the start: kept */
    asr_run_info info = run_info();
    size_t len;
    char *out = render("csv", &info, &r, 1, &len);
    csv c = csv_parse(out + 3, len - 3);
    cr_assert_eq(c.n, 4);
    cr_expect_str_eq(c.rows[1].f[C_FILE], "'=evil.xml");
    cr_expect_str_eq(c.rows[1].f[C_MESSAGE], "'=cmd|' /C calc'!A0");
    cr_expect_str_eq(c.rows[1].f[C_PROMPT], "'+1");
    cr_expect_str_eq(c.rows[1].f[C_SUBJECTS], "'@SUM(A1); -RAP");
    cr_expect_str_eq(c.rows[1].f[C_ALLIANCE_NAME],
                     "'=HYPERLINK(\"http://evil.example\",\"North, Central\")");
    cr_expect_str_eq(c.rows[2].f[C_MESSAGE], "'\t=1");
    cr_expect_str_eq(c.rows[2].f[C_PROMPT], "'\r=2");
    cr_expect_str_eq(c.rows[3].f[C_MESSAGE], "a = b, + c - d @ e");
    /* No cell a spreadsheet would evaluate. */
    for (size_t i = 0; i < c.n; i++)
        for (size_t k = 0; k < c.rows[i].n; k++)
            cr_expect(c.rows[i].f[k][0] == '\0' || !strchr("=+-@\t\r", c.rows[i].f[k][0]),
                      "row %zu column %zu: %s", i, k, c.rows[i].f[k]);
    /* The raw bytes: the guarded formula is quoted only when it needs to be. */
    cr_expect_not_null(strstr(out, ",'=cmd|' /C calc'!A0,'+1,"), "%s", out);
    csv_free(&c);
    free(out);
    asr_return_report_free(&r);
}

Test(formats, csv_unreadable_return_is_one_error_row)
{
    asr_return_report r[2];
    unreadable_return(&r[0], "bad, \"file\".xml");
    return_init(&r[1], "ok.xml");
    t_add(&r[1], "FIN-04", "t", "early-diagnosis", ASR_PASS, "ok",
          NULL); /* no location: empty line */
    asr_run_info info = run_info();
    size_t len;
    char *out = render("csv", &info, r, 2, &len);
    csv c = csv_parse(out + 3, len - 3);
    cr_assert_eq(c.n, 3);
    const csv_row *e = &c.rows[1];
    cr_assert_eq(e->n, (size_t)C_COUNT);
    cr_expect_str_eq(e->f[C_FILE], "bad, \"file\".xml");
    cr_expect_str_eq(e->f[C_RULE], "XML-01");
    cr_expect_str_eq(e->f[C_OUTCOME], "error");
    cr_expect_str_eq(e->f[C_MESSAGE], "is not well-formed XML: <boom> \"q\", ]]> & =1+1");
    cr_expect_str_eq(e->f[C_LINE], "3");
    cr_expect_str_eq(e->f[C_ALLIANCE], "");
    cr_expect_str_eq(c.rows[2].f[C_LINE], "");
    cr_expect_str_eq(c.rows[2].f[C_SUBJECTS], "");
    cr_expect_str_eq(c.rows[2].f[C_PROMPT], "");
    csv_free(&c);
    free(out);
    free_returns(r, 2);
}

/* ==================================================================== junit */

/* A return with one finding of each kind the JUnit mapping tells apart. */
static void mixed_return(asr_return_report *r)
{
    return_init(r, "mixed.xml");
    t_add(r, "P-01", "passes", "early-diagnosis", ASR_PASS, "ok", NULL);
    t_add(r, "F-01", "fails", "early-diagnosis", ASR_FAIL, "broken", "fix it");
    asr_finding *w =
        t_add(r, "W-01", "fails but waived", "early-diagnosis", ASR_FAIL, "agreed", "n/a");
    w->waived = true;
    w->waiver_reason = strdup("regional agreement <2025>");
    t_add(r, "M-01", "missing", "early-diagnosis", ASR_MISSING, "no evidence", "give evidence");
    t_add(r, "A-01", "at risk", "early-diagnosis", ASR_AT_RISK, "late", "plan");
    t_add(r, "D-01", "not due", "early-diagnosis", ASR_NOT_DUE, "later", NULL);
    t_add(r, "N-01", "not applicable", "early-diagnosis", ASR_NOT_APPLICABLE, "n/a", NULL);
    t_add(r, "E-01", "errors", "early-diagnosis", ASR_ERROR, "rule crashed", NULL);
}

static void expect_suite(xmlDocPtr doc, int k, long tests, long failures, long errors, long skipped)
{
    cr_expect_eq(xcount(doc, "/testsuites/testsuite[%d]/@tests", k), tests, "suite %d tests", k);
    cr_expect_eq(xcount(doc, "/testsuites/testsuite[%d]/@failures", k), failures,
                 "suite %d failures", k);
    cr_expect_eq(xcount(doc, "/testsuites/testsuite[%d]/@errors", k), errors, "suite %d errors", k);
    cr_expect_eq(xcount(doc, "/testsuites/testsuite[%d]/@skipped", k), skipped, "suite %d skipped",
                 k);
    /* The attributes agree with the test cases. */
    cr_expect_eq(xcount(doc, "count(/testsuites/testsuite[%d]/testcase)", k), tests);
    cr_expect_eq(xcount(doc, "count(/testsuites/testsuite[%d]/testcase/failure)", k), failures);
    cr_expect_eq(xcount(doc, "count(/testsuites/testsuite[%d]/testcase/error)", k), errors);
    cr_expect_eq(xcount(doc, "count(/testsuites/testsuite[%d]/testcase/skipped)", k), skipped);
}

static xmlDocPtr junit_doc(const asr_run_info *info, const asr_return_report *r, size_t n)
{
    size_t len;
    char *out = render("junit", info, r, n, &len);
    expect_well_formed(out, len, NULL);
    xmlDocPtr doc = parse(out, len);
    free(out);
    return doc;
}

Test(formats, junit_counts_per_suite_and_default_fail_on)
{
    asr_return_report r[3];
    mixed_return(&r[0]);
    unreadable_return(&r[1], "bad.xml");
    hostile_return(&r[2], "h.xml");
    asr_run_info info = run_info();
    xmlDocPtr doc = junit_doc(&info, r, 3);
    cr_expect_eq(xcount(doc, "count(/testsuites/testsuite)"), 3);
    /* fail fails; a waived fail, missing and at-risk do not; error errors. */
    expect_suite(doc, 1, 8, 1, 1, 2);
    xeq(doc, "F-01: fails", "/testsuites/testsuite[1]/testcase[failure]/@name");
    xeq(doc, "fail", "/testsuites/testsuite[1]/testcase/failure/@type");
    xeq(doc, "error", "/testsuites/testsuite[1]/testcase/error/@type");
    cr_expect_eq(xcount(doc, "count(//testcase[starts-with(@name,'W-01')]/failure)"), 0);
    cr_expect_eq(xcount(doc, "count(//testcase[starts-with(@name,'M-01')]/failure)"), 0);
    xhas(doc, "waived: regional agreement <2025>",
         "//testcase[starts-with(@name,'W-01')]/system-out");
    xeq(doc, "E56000027", "//testcase[starts-with(@name,'P-01')]/@classname");
    /* The unreadable return: one errored XML-01. */
    expect_suite(doc, 2, 1, 0, 1, 0);
    xeq(doc, "bad.xml", "/testsuites/testsuite[2]/@name");
    xeq(doc, "XML-01: The file is a readable quarterly return",
        "/testsuites/testsuite[2]/testcase/@name");
    xeq(doc, "is not well-formed XML: <boom> \"q\", ]]> & =1+1",
        "/testsuites/testsuite[2]/testcase/error/@message");
    xhas(doc, "bad.xml:3:7: XML-01:", "/testsuites/testsuite[2]/testcase/error");
    /* Hostile: 14 findings, outcomes cycling; waived are 1, 5, 9, 13. */
    size_t fails = 0, errors = 0, skipped = 0;
    for (size_t i = 0; i < r[2].nfindings; i++) {
        const asr_finding *f = &r[2].findings[i];
        errors += f->outcome == ASR_ERROR && !f->waived;
        fails += f->outcome == ASR_FAIL && !f->waived;
        skipped += f->outcome == ASR_NOT_DUE || f->outcome == ASR_NOT_APPLICABLE;
    }
    expect_suite(doc, 3, (long)r[2].nfindings, (long)fails, (long)errors, (long)skipped);
    xmlFreeDoc(doc);
    free_returns(r, 3);
}

Test(formats, junit_fail_on_missing_and_at_risk_and_never)
{
    asr_return_report r;
    mixed_return(&r);
    asr_run_info info = run_info();

    info.fail_on = ASR_MISSING;
    xmlDocPtr doc = junit_doc(&info, &r, 1);
    expect_suite(doc, 1, 8, 2, 1, 2);
    xeq(doc, "missing", "//testcase[starts-with(@name,'M-01')]/failure/@type");
    xeq(doc, "no evidence", "//testcase[starts-with(@name,'M-01')]/failure/@message");
    xhas(doc, "prompt: give evidence", "//testcase[starts-with(@name,'M-01')]/failure");
    cr_expect_eq(xcount(doc, "count(//testcase[starts-with(@name,'W-01')]/failure)"), 0,
                 "waived never fails");
    cr_expect_eq(xcount(doc, "count(//testcase[starts-with(@name,'A-01')]/failure)"), 0);
    xmlFreeDoc(doc);

    info.fail_on = ASR_AT_RISK;
    doc = junit_doc(&info, &r, 1);
    expect_suite(doc, 1, 8, 3, 1, 2);
    xeq(doc, "at-risk", "//testcase[starts-with(@name,'A-01')]/failure/@type");
    cr_expect_eq(xcount(doc, "count(//testcase[starts-with(@name,'W-01')]/failure)"), 0,
                 "waived never fails");
    xmlFreeDoc(doc);

    info.fail_on = ASR_FAIL;
    info.fail_never = true;
    doc = junit_doc(&info, &r, 1);
    expect_suite(doc, 1, 8, 0, 1, 2);
    xmlFreeDoc(doc);
    asr_return_report_free(&r);
}

Test(formats, junit_hostile_text_reads_back)
{
    asr_return_report r;
    hostile_return(&r, "dir/ret, \"q\" <x>&.xml");
    free(r.alliance_code);
    r.alliance_code = NULL; /* classname falls back to the file */
    asr_run_info info = run_info();
    info.fail_on = ASR_AT_RISK; /* so fail, missing and at-risk have failure bodies */
    xmlDocPtr doc = junit_doc(&info, &r, 1);
    xeq_raw(doc, r.file, "/testsuites/testsuite[1]/@name");
    xeq_raw(doc, r.file, "/testsuites/testsuite[1]/testcase[1]/@classname");
    xeq_raw(doc, info.notes[0], "//property[@name='note']/@value");
    xeq_raw(doc, r.alliance_name, "//property[@name='alliance.name']/@value");
    for (size_t i = 0; i < r.nfindings; i++) {
        const asr_finding *f = &r.findings[i];
        char name[600];
        snprintf(name, sizeof name, "%s: %s", f->rule, f->title);
        xeq_raw(doc, name, "/testsuites/testsuite[1]/testcase[%zu]/@name", i + 1);
        if (asr_finding_fails(f, &info) && f->outcome != ASR_ERROR) {
            xeq_raw(doc, f->message, "/testsuites/testsuite[1]/testcase[%zu]/failure/@message",
                    i + 1);
            xhas(doc, f->message, "/testsuites/testsuite[1]/testcase[%zu]/failure", i + 1);
            xhas(doc, f->prompt, "/testsuites/testsuite[1]/testcase[%zu]/failure", i + 1);
        }
    }
    xmlFreeDoc(doc);
    asr_return_report_free(&r);
}

Test(formats, junit_and_svrl_survive_bytes_that_are_not_utf8)
{
    asr_return_report r;
    return_init(&r, "caf\xE9 \xC3\x28 \xED\xA0\x80 \xEF\xBF\xBF.xml");
    t_add(&r, "FIT-01", "t\xF5", "early-diagnosis", ASR_FAIL, "overlong \xC0\xAF",
          "truncated \xE2\x82");
    asr_run_info info = run_info();
    size_t len;
    char *out = render("junit", &info, &r, 1, &len);
    expect_well_formed(out, len, NULL);
    free(out);
    out = render("svrl", &info, &r, 1, &len);
    expect_well_formed(out, len, SVRL_XSD);
    free(out);
    asr_return_report_free(&r);
}

/* ===================================================================== svrl */

static size_t asserted(const asr_return_report *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        asr_outcome o = r->findings[i].outcome;
        n += o == ASR_FAIL || o == ASR_MISSING || o == ASR_AT_RISK || o == ASR_ERROR;
    }
    return n;
}

Test(formats, svrl_is_valid_against_the_iso_grammar)
{
    asr_return_report r[3];
    hostile_return(&r[0], "dir/ret, \"q\" <x>& %.xml");
    unreadable_return(&r[1], "bad.xml");
    mixed_return(&r[2]);
    asr_run_info info = run_info();
    size_t len;
    char *out = render("svrl", &info, r, 3, &len);
    expect_well_formed(out, len, SVRL_XSD);
    xmlDocPtr doc = parse(out, len);
    xeq(doc, "assure 1.2.3 rule set abc123", "/svrl:schematron-output/@title");
    cr_expect_eq(xcount(doc, "count(/svrl:schematron-output/svrl:active-pattern)"), 3);
    xeq(doc, "dir/ret,%20%22q%22%20%3Cx%3E%26%20%25.xml",
        "/svrl:schematron-output/svrl:active-pattern[1]/@documents");
    xeq(doc, "bad.xml", "/svrl:schematron-output/svrl:active-pattern[2]/@documents");
    /* One fired rule per finding (the unreadable return: XML-01). */
    cr_expect_eq(xcount(doc, "count(//svrl:fired-rule)"),
                 (long)(r[0].nfindings + 1 + r[2].nfindings));
    cr_expect_eq(xcount(doc, "count(//svrl:failed-assert)"),
                 (long)(asserted(&r[0]) + 1 + asserted(&r[2])));
    cr_expect_eq(xcount(doc, "count(//svrl:successful-report)"), 0);
    /* Each return's rules follow its pattern. */
    cr_expect_eq(
        xcount(
            doc,
            "count(//svrl:fired-rule[preceding-sibling::svrl:active-pattern[1]/@id='return-3'])"),
        (long)r[2].nfindings);
    /* The unreadable return. */
    xeq(doc, "error", "//svrl:failed-assert[@id='XML-01']/@role");
    xeq(doc, "is not well-formed XML: <boom> \"q\", ]]> & =1+1",
        "//svrl:failed-assert[@id='XML-01']/svrl:text");
    xeq(doc, "3", "//svrl:failed-assert[@id='XML-01']/svrl:property-reference[@property='line']");
    /* The mixed return, assert by assert. */
    xeq(doc, "missing", "//svrl:failed-assert[@id='M-01']/@role");
    xeq(doc, "M-01", "//svrl:failed-assert[@id='M-01']/@test");
    xeq(doc, "/QuarterlyReturn", "//svrl:failed-assert[@id='M-01']/@location");
    xeq(doc, "give evidence",
        "//svrl:failed-assert[@id='M-01']/svrl:diagnostic-reference[@diagnostic='prompt']/"
        "svrl:text");
    xeq(doc, "waived", "//svrl:failed-assert[@id='W-01']/@flag");
    xeq(doc, "pass", "//svrl:fired-rule[@name='P-01']/@role");
    cr_expect_eq(xcount(doc, "count(//svrl:failed-assert[@id='P-01' or @id='D-01' or @id='N-01'])"),
                 0);
    xmlFreeDoc(doc);
    free(out);
    free_returns(r, 3);
}

Test(formats, svrl_hostile_text_reads_back)
{
    asr_return_report r;
    hostile_return(&r, "h.xml");
    asr_run_info info = run_info();
    size_t len;
    char *out = render("svrl", &info, &r, 1, &len);
    xmlDocPtr doc = parse(out, len);
    xeq_raw(doc, info.notes[0], "/svrl:schematron-output/svrl:text[2]");
    for (size_t i = 0; i < r.nfindings; i++) {
        const asr_finding *f = &r.findings[i];
        const char *xpath =
            f->nlocations && f->locations[0].xpath[0] ? f->locations[0].xpath : "/QuarterlyReturn";
        char fr[64];
        snprintf(fr, sizeof fr, "(//svrl:fired-rule)[%zu]", i + 1);
        xeq_raw(doc, f->rule, "%s/@name", fr);
        xeq_raw(doc, xpath, "%s/@context", fr);
        xeq_raw(doc, asr_outcome_name(t_catalogue(), f->outcome), "%s/@role", fr);
        char fa[160];
        snprintf(fa, sizeof fa, "//svrl:failed-assert[@test='%s']", f->rule);
        long n = xcount(doc, "count(%s)", fa);
        if (f->outcome == ASR_FAIL || f->outcome == ASR_MISSING || f->outcome == ASR_AT_RISK ||
            f->outcome == ASR_ERROR) {
            cr_expect_eq(n, 1, "%s", f->rule);
            xeq_raw(doc, f->message, "%s/svrl:text", fa);
            xeq_raw(doc, f->prompt, "%s/svrl:diagnostic-reference/svrl:text", fa);
            xeq_raw(doc, xpath, "%s/@location", fa);
            xeq_raw(doc, f->subjects[0],
                    "%s/svrl:property-reference[@property='subject'][1]/svrl:text", fa);
            xeq_raw(doc, f->subjects[1],
                    "%s/svrl:property-reference[@property='subject'][2]/svrl:text", fa);
            if (f->waived)
                xeq_raw(doc, f->waiver_reason,
                        "%s/svrl:property-reference[@property='waiver']/svrl:text", fa);
        } else {
            cr_expect_eq(n, 0, "%s", f->rule);
        }
    }
    xmlFreeDoc(doc);
    free(out);
    asr_return_report_free(&r);
}

Test(formats, svrl_edge_runs_stay_valid)
{
    asr_run_info info = run_info();
    info.notes = NULL;
    info.nnotes = 0;
    size_t len;
    /* No returns at all. */
    char *out = render("svrl", &info, NULL, 0, &len);
    expect_well_formed(out, len, SVRL_XSD);
    free(out);
    /* A return no rule ran on, and a rule ID that is not an NCName. */
    asr_return_report r[2];
    return_init(&r[0], "empty.xml");
    return_init(&r[1], "odd.xml");
    t_add(&r[1], "1 bad id", "t", "early-diagnosis", ASR_FAIL, "m", "p");
    out = render("svrl", &info, r, 2, &len);
    expect_well_formed(out, len, SVRL_XSD);
    free(out);
    free_returns(r, 2);
}

/* The schema itself: it must reject what the grammar rejects, or the
 * validity tests above prove nothing. */
Test(formats, svrl_schema_enforces_the_grammar)
{
#define HEAD "<svrl:schematron-output xmlns:svrl=\"" SVRL_NS "\">"
#define TAIL "</svrl:schematron-output>"
    static const char ok[] = HEAD
        "<svrl:text>t</svrl:text><svrl:active-pattern id=\"p\" documents=\"a.xml\"/>"
        "<svrl:fired-rule context=\"/\" role=\"fail\"/>"
        "<svrl:failed-assert id=\"R-1\" location=\"/\" test=\"R-1\" role=\"fail\">"
        "<svrl:diagnostic-reference "
        "diagnostic=\"prompt\"><svrl:text>p</svrl:text></svrl:diagnostic-reference>"
        "<svrl:property-reference property=\"x\"><svrl:text>x</svrl:text></svrl:property-reference>"
        "<svrl:text>m</svrl:text></svrl:failed-assert>" TAIL;
    static const char *const bad[] = {
        /* text must come after the references */
        HEAD "<svrl:active-pattern/><svrl:fired-rule context=\"/\"/><svrl:failed-assert "
             "location=\"/\" test=\"t\">"
             "<svrl:text>m</svrl:text><svrl:diagnostic-reference "
             "diagnostic=\"d\"><svrl:text>p</svrl:text>"
             "</svrl:diagnostic-reference></svrl:failed-assert>" TAIL,
        /* a pattern needs a fired rule */
        HEAD "<svrl:active-pattern/>" TAIL,
        /* at least one pattern */
        HEAD TAIL,
        /* fired-rule ids are document-unique */
        HEAD "<svrl:active-pattern/><svrl:fired-rule id=\"R\" context=\"/\"/><svrl:fired-rule "
             "id=\"R\" context=\"/\"/>" TAIL,
        /* location and test are required */
        HEAD "<svrl:active-pattern/><svrl:fired-rule context=\"/\"/><svrl:failed-assert "
             "test=\"t\"><svrl:text>m</svrl:text></svrl:failed-assert>" TAIL,
        /* the attribute is documents, not document */
        HEAD "<svrl:active-pattern document=\"a.xml\"/><svrl:fired-rule context=\"/\"/>" TAIL,
        /* role is an NMTOKEN */
        HEAD "<svrl:active-pattern/><svrl:fired-rule context=\"/\" role=\"at risk\"/>" TAIL,
        /* text before the ns declarations and patterns only */
        HEAD
        "<svrl:active-pattern/><svrl:text>late</svrl:text><svrl:fired-rule context=\"/\"/>" TAIL,
    };
    expect_well_formed(ok, strlen(ok), SVRL_XSD);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cr_expect_eq(xmllint(bad[i], strlen(bad[i]), NULL, NULL), 0, "case %zu is well-formed", i);
        cr_expect_neq(xmllint(bad[i], strlen(bad[i]), SVRL_XSD, NULL), 0,
                      "case %zu must be invalid", i);
    }
#undef HEAD
#undef TAIL
}

/* ================================ any bytes, in every writer (issue 16, 8) */

/* Text a return, a file name or a rule can carry: bytes that are not UTF-8,
 * a character cut short by a byte limit, a line break that would forge a
 * finding in text output, terminal escape sequences, DEL, C1, U+2028/9. */
#define FORGED_NAME                                                                                \
    "Evil\nx.xml: FIT-01 pass: forged\r\xC2\x85"                                                   \
    "end\xE2\x80\xA8"                                                                              \
    "sep"
#define ESC_FILE     "ret\x1b[2J\xE9.xml"
#define BAD_REASON   "agreed \xFF\xFE by \x1b]0;title\x07 del\x7f"
#define FFFD         "\xEF\xBF\xBD"
#define ESC_FILE_XML "ret" FFFD "[2J" FFFD ".xml" /* in XML and HTML: ESC is not allowed */

/* Whether s[0..len) is UTF-8 (strict: no overlong forms, no surrogates);
 * *bad is the first byte that is not. */
static int valid_utf8(const char *s, size_t len, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t n = p[i] < 0x80                    ? 1
                   : p[i] >= 0xC2 && p[i] <= 0xDF ? 2
                   : p[i] >= 0xE0 && p[i] <= 0xEF ? 3
                   : p[i] >= 0xF0 && p[i] <= 0xF4 ? 4
                                                  : 0;
        int ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok && n == 3)
            ok = !(p[i] == 0xE0 && p[i + 1] < 0xA0) && !(p[i] == 0xED && p[i + 1] >= 0xA0);
        if (ok && n == 4)
            ok = !(p[i] == 0xF0 && p[i + 1] < 0x90) && !(p[i] == 0xF4 && p[i + 1] >= 0x90);
        if (!ok) {
            *bad = i;
            return 0;
        }
        i += n;
    }
    return 1;
}

/* One return with such text everywhere a writer puts it. */
static void bytes_return(asr_return_report *r)
{
    t_return_init(r, ESC_FILE, FORGED_NAME, "E56000027\n");
    char cut[1024]; /* what a 1,023-byte cut inside a euro sign left */
    memset(cut, 'a', 1021);
    memcpy(cut + 1021, "\xE2\x82", 3);
    asr_finding *f = t_add(r, "FIT-01", "Title \xC0\xAF", "early-diagnosis", ASR_FAIL, cut,
                           "prompt\x1b[0m\nFIT-02 pass: forged");
    f->waived = true;
    f->waiver_reason = strdup(BAD_REASON);
    cr_assert_eq(asr_finding_add_subject(f, "R\xED"
                                            "K"),
                 0);
    cr_assert_eq(asr_finding_add_location(f, 7, "/Q/\xFF", "label\xC2\x9B"), 0);
    t_add(r, "FIT-02", NULL, "early-diagnosis", ASR_PASS, "ok", NULL);
}

static const char *const BYTES_NOTES[] = {"waivers.csv:3: waiver for \xE9 (\x1b[31m)"};

static asr_run_info bytes_info(void)
{
    asr_run_info info = run_info();
    info.notes = BYTES_NOTES;
    info.nnotes = 1;
    return info;
}

/* Every format: valid UTF-8, and no raw ESC (CSV keeps control characters:
 * they are data to a spreadsheet, quoted as RFC 4180 says). */
Test(formats, every_writer_writes_utf8_whatever_the_bytes)
{
    static const char *const formats[] = {"text", "json", "csv", "html", "junit", "svrl"};
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        size_t len, bad = 0;
        char *out = render(formats[i], &info, &r, 1, &len);
        cr_expect(valid_utf8(out, len, &bad), "%s: byte %zu is not UTF-8: ...%.40s", formats[i],
                  bad, out + (bad > 20 ? bad - 20 : 0));
        if (strcmp(formats[i], "csv") != 0)
            cr_expect_null(memchr(out, 0x1b, len), "%s: a raw ESC", formats[i]);
        free(out);
    }
    asr_return_report_free(&r);
}

/* Text: one line per finding and per summary, whatever the text holds;
 * every control character shown escaped. */
Test(formats, text_one_line_each_control_characters_escaped)
{
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    size_t len;
    char *out = render("text", &info, &r, 1, &len);
    size_t lines = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)out[i];
        lines += c == '\n';
        cr_expect(c == '\n' || (c >= 0x20 && c != 0x7f), "raw control 0x%02x at %zu", c, i);
        cr_expect(!(c == 0xC2 && i + 1 < len && (unsigned char)out[i + 1] < 0xA0), "raw C1 at %zu",
                  i);
    }
    cr_expect_eq(lines, 3, "the waived fail, the summary and the note, one line each:\n%s", out);
    cr_expect_null(strstr(out, "\xE2\x80\xA8"), "a raw U+2028");
    cr_expect_not_null(strstr(out, "ret\\x1b[2J\\xe9.xml:7: FIT-01 fail (waived: agreed \\xff\\xfe "
                                   "by \\x1b]0;title\\x07 del\\x7f): aaa"),
                       "%s", out);
    cr_expect_not_null(strstr(out, "a\\xe2\\x82. prompt\\x1b[0m\\nFIT-02 pass: forged\n"), "%s",
                       out);
    cr_expect_not_null(strstr(out,
                              "ret\\x1b[2J\\xe9.xml: Evil\\nx.xml: FIT-01 pass: forged"
                              "\\r\\u0085end\\u2028sep (E56000027\\n) 2025/26 Q2, judged at Q2: "),
                       "%s", out);
    cr_expect_not_null(strstr(out, "note: waivers.csv:3: waiver for \\xe9 (\\x1b[31m)\n"), "%s",
                       out);
    free(out);
    asr_return_report_free(&r);
}

/* JSON: parses (Python's json, strict UTF-8), and reads back as the text
 * with U+FFFD for each byte that is not UTF-8. */
Test(formats, json_parses_whatever_the_bytes)
{
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    size_t len;
    char *out = render("json", &info, &r, 1, &len);
    char *path = temp_file(out, len);
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "python3 -c 'import json, sys\n"
             "d = json.loads(open(sys.argv[1], \"rb\").read().decode(\"utf-8\"))\n"
             "r = d[\"returns\"][0]; f = r[\"findings\"][0]\n"
             "want = [\"ret\\x1b[2J\\ufffd.xml\", "
             "\"Evil\\nx.xml: FIT-01 pass: forged\\r\\x85end\\u2028sep\", \"a\\ufffd\\ufffd\", "
             "\"agreed \\ufffd\\ufffd by \\x1b]0;title\\x07 del\\x7f\", \"R\\ufffdK\", "
             "\"/Q/\\ufffd\", \"waivers.csv:3: waiver for \\ufffd (\\x1b[31m)\"]\n"
             "got = [r[\"file\"], r[\"alliance\"][\"name\"], f[\"message\"][-3:], "
             "f[\"waiverReason\"], f[\"subjects\"][0], f[\"locations\"][0][\"xpath\"], "
             "d[\"notes\"][0]]\n"
             "assert got == want, ascii(got)' '%s' 2>&1",
             path);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    char msg[4096] = "";
    size_t n = fread(msg, 1, sizeof msg - 1, p);
    msg[n] = '\0';
    int status = pclose(p);
    cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0, "python3: %s", msg);
    unlink(path);
    free(path);
    free(out);
    asr_return_report_free(&r);
}

/* JUnit and SVRL: well-formed (SVRL valid), and read back with U+FFFD. */
Test(formats, junit_and_svrl_read_back_whatever_the_bytes)
{
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    size_t len;
    char *out = render("junit", &info, &r, 1, &len);
    expect_well_formed(out, len, NULL);
    xmlDocPtr doc = parse(out, len);
    xeq(doc, ESC_FILE_XML, "/testsuites/testsuite/@name");
    xeq(doc, "E56000027\n", "/testsuites/testsuite/testcase[1]/@classname");
    xmlFreeDoc(doc);
    free(out);
    out = render("svrl", &info, &r, 1, &len);
    expect_well_formed(out, len, SVRL_XSD);
    doc = parse(out, len);
    xeq(doc, "agreed " FFFD FFFD " by " FFFD "]0;title" FFFD " del\x7f",
        "//svrl:failed-assert/svrl:property-reference[@property='waiver']/svrl:text");
    xmlFreeDoc(doc);
    free(out);
    asr_return_report_free(&r);
}

/* CSV and HTML: U+FFFD for the bytes that are not UTF-8. */
Test(formats, csv_and_html_replace_bytes_that_are_not_utf8)
{
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    size_t len;
    char *out = render("csv", &info, &r, 1, &len);
    csv c = csv_parse(out + 3, len - 3);
    cr_assert_eq(c.n, 3);
    cr_expect_str_eq(c.rows[1].f[C_FILE], "ret\x1b[2J" FFFD ".xml");
    cr_expect_str_eq(c.rows[1].f[C_WAIVER_REASON],
                     "agreed " FFFD FFFD " by \x1b]0;title\x07 del\x7f");
    csv_free(&c);
    free(out);
    out = render("html", &info, &r, 1, &len);
    cr_expect_not_null(strstr(out, ESC_FILE_XML), "%s", out);
    for (size_t i = 0; i < len; i++)
        cr_expect((unsigned char)out[i] >= 0x20 || strchr("\t\n\r", out[i]), "raw 0x%02x at %zu",
                  (unsigned char)out[i], i);
    free(out);
    asr_return_report_free(&r);
}

/* `assure summary` as text: one row per return, columns cut on characters
 * (never inside one), text from the return escaped. */
Test(formats, summary_text_rows_cannot_be_forged)
{
    asr_return_report r[2];
    bytes_return(&r[0]);
    char name[128] = "";
    for (int i = 0; i < 45; i++)
        strcat(name, "\xC3\xA9"); /* 45 characters, 90 bytes */
    t_return_init(&r[1], "b.xml", name, "E56000028");
    static const char *const ids[] = {"FIT-01"};
    asr_run_info info = bytes_info();
    info.rule_ids = ids;
    info.nrules = 1;
    asr_matrix_row rows[2];
    for (int i = 0; i < 2; i++)
        cr_assert_eq(asr_matrix_row_init(&rows[i], &r[i], &info), 0);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    cr_assert_eq(asr_write_summary("text", f, &info, rows, 2), 0);
    fclose(f);
    size_t bad = 0, lines = 0;
    cr_expect(valid_utf8(out, len, &bad), "byte %zu is not UTF-8:\n%s", bad, out);
    for (size_t i = 0; i < len; i++)
        lines += out[i] == '\n';
    cr_expect_eq(lines, 1 + 2 + ASR_OUTCOME_COUNT + 1,
                 "header, 2 rows, the counts, the waived "
                 "note:\n%s",
                 out);
    cr_expect_not_null(strstr(out, "London     Evil\\nx.xml: FIT-01 pass: forged\\r\\u0085 Q2 "),
                       "%s", out);
    char want[128] = "London     ";
    for (int i = 0; i < 40; i++)
        strcat(want, "\xC3\xA9");
    strcat(want, " Q2 ");
    cr_expect_not_null(strstr(out, want), "%s", out);
    for (int i = 0; i < 2; i++) {
        asr_matrix_row_free(&rows[i]);
        asr_return_report_free(&r[i]);
    }
    free(out);
}

/* ---- xlsx ---------------------------------------------------------------- */

typedef struct cell_case {
    const char *in, *want;
    size_t max;
} cell_case;

#define MARK "[cut]"
static const cell_case CELLS[] = {
    {"plain text", "plain text", 100},
    {"=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", 100}, /* a string as it is: no guard needed */
    {"bad \xff byte \xC0\xAF overlong", "bad \xEF\xBF\xBD byte \xEF\xBF\xBD\xEF\xBF\xBD overlong",
     100},
    {"non-characters \xEF\xBF\xBE \xEF\xBF\xBF", "non-characters \xEF\xBF\xBD \xEF\xBF\xBD", 100},
    {"esc \x1b[31m tab\tlf\n", "esc \x1b[31m tab\tlf\n", 100}, /* libxlsxwriter escapes these */
    {"_x0041_ and _X0041_ _x00g1_ _x004 x0041_", "_x005F_x0041_ and _X0041_ _x00g1_ _x004 x0041_",
     100},
    {"abcdefghij", "abcdefghij", 10},
    {"abcdefghijk", "abcde" MARK, 10},
    {"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
     "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9" MARK, 10},
    {"", "", 10},
    /* a mark of 3 characters in 5 bytes: counted in characters */
    {"abcdefghijk", "abcdefg\xE2\x80\xA6\xC3\xA9]", 10},
};

/* A cell's text: valid UTF-8 libxlsxwriter can write, _xHHHH_ kept as
 * text, and at most max characters, cut between characters with the mark. */
Test(formats, xlsx_cell_text)
{
    for (size_t i = 0; i < sizeof CELLS / sizeof CELLS[0]; i++) {
        char *got =
            asr_cell_text(CELLS[i].in, CELLS[i].max,
                          i + 1 < sizeof CELLS / sizeof CELLS[0] ? MARK : "\xE2\x80\xA6\xC3\xA9]");
        cr_assert_not_null(got);
        cr_expect_str_eq(got, CELLS[i].want, "case %zu", i);
        free(got);
    }
}

/* The workbook of a return with bad bytes, control characters and a
 * 1,023-byte cut everywhere reads back as a workbook (python3-openpyxl),
 * the text of each cell as it was with U+FFFD for the bad bytes. */
Test(formats, xlsx_whatever_the_bytes_reads_back)
{
    asr_return_report r;
    bytes_return(&r);
    asr_run_info info = bytes_info();
    char dir[] = "/tmp/assure-xlsx-XXXXXX", path[64];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/w.xlsx", dir); /* openpyxl goes by the name */
    fclose(fopen(path, "w"));
    asr_writer *w = asr_writer_new_at("xlsx", path, &info);
    cr_assert_not_null(w);
    cr_expect_null(asr_writer_new("xlsx", stdout, &info), "xlsx is written by name");
    cr_expect_eq(asr_writer_add(w, &r), 0);
    cr_expect_eq(asr_writer_end(w), 0);
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "/usr/bin/python3 -c '"
             "import openpyxl, re, sys\n"
             "wb = openpyxl.load_workbook(sys.argv[1])\n"
             "ws = wb[\"Findings\"]\n"
             "row = [c.value for c in ws[2]]\n"
             "x = lambda s: re.sub(\"_x([0-9A-Fa-f]{4})_\", lambda m: chr(int(m[1], 16)), s)\n"
             "assert row[3] == \"FIT-01\", row\n"
             "assert x(row[8]) == \"prompt\\x1b[0m\\nFIT-02 pass: forged\", row[8]\n"
             "assert row[6] == \"R\\ufffdK\", row[6]\n"
             "assert row[7] == \"a\" * 1021 + \"\\ufffd\\ufffd\", row[7][-5:]\n"
             "assert all(c.data_type != \"f\" for s in wb for r in s.iter_rows() for c in r)\n"
             "' '%s' 2>&1",
             path);
    FILE *p = popen(cmd, "r");
    char msg[1024] = "";
    size_t n = fread(msg, 1, sizeof msg - 1, p);
    msg[n] = '\0';
    cr_expect_eq(pclose(p), 0, "%s", msg);
    unlink(path);
    rmdir(dir);
    asr_return_report_free(&r);
}

/* Each escaper, one character class at a time: what it changes and what it
 * passes over (plain ASCII is skipped by a table, everything else is
 * looked at: a change to either shows here). */
typedef void write_fn(FILE *, const char *);
static char *escaped_by(write_fn *fn, const char *s)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    cr_assert_not_null(f);
    fn(f, s);
    fclose(f);
    return buf;
}

static void text_out(FILE *f, const char *s) { asr_text_out(f, s); }

Test(formats, escapers_change_only_what_they_must)
{
    static const struct {
        write_fn *fn;
        const char *in, *want;
    } CASES[] = {
        {asr_json_string, "plain ASCII ~ _ & < > ' /", "\"plain ASCII ~ _ & < > ' /\""},
        {asr_json_string, "q\" b\\ n\n r\r t\t", "\"q\\\" b\\\\ n\\n r\\r t\\t\""},
        {asr_json_string, "\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\""},
        {asr_json_string, "\xC2\x85 \xE2\x80\xA8 \xC3\xA9 \xE2\x82\xAC", "\"\\u0085 \\u2028 \xC3\xA9 \xE2\x82\xAC\""},
        {asr_json_string, "bad \xFF \xC3", "\"bad \xEF\xBF\xBD \xEF\xBF\xBD\""},
        {asr_xml_text, "a&b<c>d\"e'f_g", "a&amp;b&lt;c&gt;d&quot;e&#39;f_g"},
        {asr_xml_text, "tab\tlf\n \x01 \xFF \xC3\xA9", "tab\tlf\n \xEF\xBF\xBD \xEF\xBF\xBD \xC3\xA9"},
        {asr_csv_text, "a \"b\" & c\\", "a \"\"b\"\" & c\\"},
        {text_out, "a\\b \"q\" \n\x01\x7f \xC2\x85 \xFF", "a\\b \"q\" \\n\\x01\\x7f \\u0085 \\xff"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char *got = escaped_by(CASES[i].fn, CASES[i].in);
        cr_expect_str_eq(got, CASES[i].want, "case %zu", i);
        free(got);
    }
}
