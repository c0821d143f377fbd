/* test_report_html.c: the html report (report_html.c), read back as text.
 * Everything from a return or a rule comes out escaped and intact; the page
 * is one self-contained, properly nested document; returns get sections with
 * link targets, findings are grouped by workstream with passes folded away;
 * the RAG matrix appears for two or more returns only. That the same input
 * gives the same bytes is checked where it can fail, across processes and
 * environments (tests/e2e/run), not by rendering twice in one process. */
#include "asr_report.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- fixtures */

static void unreadable_return(asr_return_report *r, const char *file)
{
    t_unreadable_return(r, file, "is not well-formed XML: <boom> & \"q\"");
}

static const char *const IDS[] = {"XML-02", "FIN-01", "FIT-01", "LP-01"};
static const char *const TITLES[] = {"Valid against the schema", "Finance <adds> up",
                                     "FIT on referrals", "Local milestones"};
static const char *const WSS[] = {"integrity", "cross-cutting", "early-diagnosis", "local-plan"};

static asr_run_info run_info(void)
{
    static const char *const notes[] = {"waiver for <FIT-01> & \"x\" expired on 2025-09-30"};
    asr_run_info info = {.cat = t_catalogue(),
                         .version = "1.2.3",
                         .rules_version = "abc123",
                         .run_time = "2025-10-20T09:00:00Z",
                         .fail_on = ASR_FAIL,
                         .rule_ids = IDS,
                         .rule_titles = TITLES,
                         .rule_workstreams = WSS,
                         .nrules = 4,
                         .notes = notes,
                         .nnotes = 1};
    return info;
}

/* A readable return with one finding per rule of run_info(). */
static void plain_return(asr_return_report *r, const char *file, const char *name, const char *code,
                         asr_outcome fit)
{
    t_return_init(r, file, name, code);
    t_add(r, "XML-02", NULL, "integrity", ASR_PASS, "Valid", NULL);
    t_add(r, "FIN-01", NULL, "cross-cutting", ASR_PASS, "Adds up", NULL);
    t_add(r, "FIT-01", NULL, "early-diagnosis", fit, "FIT message",
          fit == ASR_PASS ? NULL : "Give the FIT plan.");
    t_add(r, "LP-01", NULL, "local-plan", ASR_FAIL, "PC-B1 is late",
          "Give the revised date for PC-B1.");
}

/* Render returns into a malloc'd string. */
static char *render(const asr_run_info *info, const asr_return_report *r, size_t n)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    cr_assert_not_null(f);
    cr_assert_eq(asr_write_all("html", f, info, r, n), 0);
    cr_assert_eq(fclose(f), 0);
    cr_assert_eq(strlen(buf), size, "a NUL in the page");
    return buf;
}

static size_t count(const char *hay, const char *needle)
{
    size_t c = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        c++;
    return c;
}

/* Offset of needle in hay; fails the test if absent. */
static size_t at(const char *hay, const char *needle)
{
    const char *p = strstr(hay, needle);
    cr_assert_not_null(p, "missing: %s", needle);
    return (size_t)(p - hay);
}

/* Every element closed, in order (void elements aside), no stray < or >
 * outside tags in text, and every attribute quoted. Returns NULL or what
 * went wrong (static). */
static const char *nesting_error(const char *page)
{
    static char why[200];
    static const char *const voids[] = {"meta", "br", "hr", "img", "input", "link", "wbr"};
    char stack[64][16];
    int depth = 0;
    const char *p = page;
    if (strncmp(p, "<!DOCTYPE html>\n", 16) != 0)
        return "no doctype";
    p += 16;
    while (*p) {
        if (*p == '>')
            return "a raw > in text";
        if (*p != '<') {
            p++;
            continue;
        }
        int closing = p[1] == '/';
        const char *s = p + 1 + closing, *e = s;
        while ((*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9'))
            e++;
        if (e == s || (size_t)(e - s) >= sizeof stack[0]) {
            snprintf(why, sizeof why, "a raw < in text: %.40s", p);
            return why;
        }
        char name[16];
        memcpy(name, s, (size_t)(e - s));
        name[e - s] = '\0';
        /* Attributes: name="value" with no < or > inside the quotes. */
        const char *q = e;
        while (*q && *q != '>') {
            if (*q == '"') {
                q++;
                while (*q && *q != '"' && *q != '<' && *q != '>')
                    q++;
                if (*q != '"')
                    return "an unterminated or unescaped attribute";
            } else if (*q == '\'' || *q == '<') {
                return "an unquoted attribute";
            }
            q++;
        }
        if (!*q)
            return "an unterminated tag";
        p = q + 1;
        if (closing) {
            if (depth == 0 || strcmp(stack[depth - 1], name) != 0) {
                snprintf(why, sizeof why, "</%s> closes <%s>", name, depth ? stack[depth - 1] : "");
                return why;
            }
            depth--;
            continue;
        }
        int is_void = 0;
        for (size_t i = 0; i < sizeof voids / sizeof voids[0]; i++)
            is_void |= strcmp(name, voids[i]) == 0;
        if (is_void)
            continue;
        if (depth == 64)
            return "nesting too deep";
        strcpy(stack[depth++], name);
        if (strcmp(name, "style") == 0) { /* CSS: skip to </style> */
            const char *end = strstr(p, "</style>");
            if (end == NULL)
                return "unclosed style";
            if (memchr(p, '<', (size_t)(end - p)))
                return "a < in the stylesheet";
            p = end;
        }
    }
    if (depth) {
        snprintf(why, sizeof why, "<%s> never closed", stack[depth - 1]);
        return why;
    }
    return NULL;
}

/* ---------------------------------------------------------------- tests */

Test(html, hostile_text_is_escaped_and_intact)
{
    asr_finding f;
    t_hostile_finding(&f);
    asr_return_report r;
    t_return_init(&r, "dir/ret\"urn<x>.xml", "Test <script>alert(1)</script> Alliance", "E56'01");
    cr_assert_eq(asr_report_add(&r, &f), 0);
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    cr_expect_null(strstr(out, "<script"), "raw <script> in the page");
    cr_expect_null(strstr(out, "</script"), "raw </script> in the page");
    cr_expect_null(strstr(out, "<b>bold"));
    cr_expect_null(strstr(out, "<i>source"));
    cr_expect_not_null(strstr(out, "Test &lt;script&gt;alert(1)&lt;/script&gt; Alliance"), "%s",
                       out);
    cr_expect_not_null(strstr(out, "dir/ret&quot;urn&lt;x&gt;.xml"));
    cr_expect_not_null(strstr(out, "E56&#39;01"));
    cr_expect_not_null(strstr(out, "t &lt;b&gt;bold&lt;/b&gt;"));
    cr_expect_not_null(strstr(out, "s &amp; &lt;i&gt;source&lt;/i&gt;"));
    /* The bell (not allowed in HTML text) becomes U+FFFD; the rest is kept. */
    cr_expect_not_null(
        strstr(out, "quote &quot; backslash \\ newline \n tab \t bell \xEF\xBF\xBD \xC3\xA9 ok"));
    cr_expect_not_null(strstr(out, "Replace &#39;TBC&#39; &lt;/script&gt;"));
    cr_expect_not_null(strstr(out, "R&quot;AP"));
    cr_expect_not_null(strstr(out, "line 42: FIT &gt; &quot;x&quot;"));
    cr_expect_not_null(strstr(out, "/QuarterlyReturn/FIT"));
    cr_expect_not_null(strstr(out, "waiver for &lt;FIT-01&gt; &amp; &quot;x&quot; expired"));
    const char *why = nesting_error(out);
    cr_expect_null(why, "%s", why);
    free(out);
    asr_return_report_free(&r);
}

Test(html, one_self_contained_page)
{
    asr_return_report r[2];
    plain_return(&r[0], "a.xml", "Alpha Cancer Alliance", "E1", ASR_AT_RISK);
    plain_return(&r[1], "b.xml", "Beta Cancer Alliance", "E2", ASR_PASS);
    asr_run_info info = run_info();
    char *out = render(&info, r, 2);
    cr_expect_eq(strncmp(out,
                         "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">",
                         64),
                 0, "%.80s", out);
    size_t len = strlen(out);
    cr_expect(len > 16 && strcmp(out + len - 16, "</body>\n</html>\n") == 0, "%s", out + len - 40);
    cr_expect_eq(count(out, "<style>"), 1);
    /* Nothing fetched, nothing run. */
    static const char *const banned[] = {"http:",   "https:",  "src=",    "<script",
                                         "<link",   "@import", "url(",    "<img",
                                         "<iframe", "<object", "onclick", "//"};
    for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++)
        cr_expect_null(strstr(out, banned[i]), "page holds %s", banned[i]);
    /* The run's facts in the header. */
    cr_expect_not_null(strstr(out, "assure 1.2.3"));
    cr_expect_not_null(strstr(out, "<code>abc123</code>"));
    cr_expect_not_null(strstr(out, "2025-10-20T09:00:00Z"));
    cr_expect_lt(at(out, "Please note"), at(out, "id=\"r0\""));
    const char *why = nesting_error(out);
    cr_expect_null(why, "%s", why);
    free(out);
    for (int i = 0; i < 2; i++)
        asr_return_report_free(&r[i]);
}

Test(html, sections_per_return_in_input_order)
{
    asr_return_report r[3];
    plain_return(&r[0], "z.xml", "Zulu Cancer Alliance", "E9", ASR_PASS);
    unreadable_return(&r[1], "broken.xml");
    plain_return(&r[2], "a.xml", "Alpha Cancer Alliance", "E1", ASR_MISSING);
    asr_run_info info = run_info();
    char *out = render(&info, r, 3);
    size_t r0 = at(out, "<section class=\"card return st-red\" id=\"r0\">");
    size_t r1 = at(out, "id=\"r1\"");
    size_t r2 = at(out, "id=\"r2\"");
    cr_expect(r0 < r1 && r1 < r2);
    cr_expect_null(strstr(out, "id=\"r3\""));
    cr_expect_lt(r0, at(out, "Zulu Cancer Alliance <span class=\"code\">E9</span></h2>"));
    cr_expect_eq(count(out, "<section"), count(out, "</section>"));
    cr_expect_eq(count(out, "<article"), 8);
    cr_expect_eq(count(out, "<article"), count(out, "</article>"));
    /* Facts of a readable return. */
    cr_expect_not_null(strstr(out, "<dt>Region</dt><dd>London</dd>"));
    cr_expect_not_null(strstr(out, "<dt>Period</dt><dd>2025/26 Q2</dd>"));
    cr_expect_not_null(strstr(out, "<dt>Judged at</dt><dd>Q2</dd>"));
    cr_expect_not_null(strstr(out, "<dt>File</dt><dd><code>z.xml</code></dd>"));
    cr_expect_not_null(strstr(
        out,
        "<dd><code>0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef</code></dd>"));
    cr_expect_not_null(strstr(out, "<dd class=\"valid\">Valid</dd>"));
    /* Counts per outcome, each named. */
    cr_expect_not_null(strstr(out, "4 rules:</span> <span class=\"badge zero\">0 error</span> "
                                   "<span class=\"badge o-fail\">1 fail</span>"),
                       "%s", out);
    cr_expect_not_null(strstr(out, "<span class=\"badge o-pass\">3 pass</span>"));
    free(out);
    for (int i = 0; i < 3; i++)
        asr_return_report_free(&r[i]);
}

Test(html, matrix_only_for_two_or_more_returns)
{
    asr_return_report r[3];
    plain_return(&r[0], "a.xml", "Alpha Cancer Alliance", "E1", ASR_AT_RISK);
    plain_return(&r[1], "b.xml", "Beta <Cancer> Alliance", "E2", ASR_PASS);
    unreadable_return(&r[2], "c.xml");
    asr_run_info info = run_info();

    char *one = render(&info, r, 1);
    cr_expect_null(strstr(one, "class=\"matrix\""));
    cr_expect_null(strstr(one, "id=\"overview\""));
    cr_expect_null(strstr(one, "href=\"#r0\""));
    free(one);

    char *out = render(&info, r, 3);
    cr_expect_eq(count(out, "<table class=\"matrix\">"), 1);
    /* Written last, shown first: in the flex container, ordered before. */
    size_t m = at(out, "<section class=\"card overview\" id=\"overview\">");
    cr_expect_gt(m, at(out, "id=\"r2\""));
    cr_expect_lt(m, at(out, "</main>"));
    cr_expect_not_null(strstr(out, ".returns>.overview{order:-1"));
    cr_expect_not_null(strstr(out, ".returns{display:flex;flex-direction:column"));
    /* Rows link to sections, cells to findings; columns carry titles. */
    cr_expect_not_null(strstr(out, "<a href=\"#r0\">Alpha Cancer Alliance</a>"));
    cr_expect_not_null(strstr(out, "<a href=\"#r1\">Beta &lt;Cancer&gt; Alliance</a>"));
    cr_expect_not_null(strstr(out, "<a href=\"#r2\">c.xml</a>"));
    cr_expect_not_null(strstr(out, "title=\"Finance &lt;adds&gt; up\">FIN-01</th>"));
    cr_expect_not_null(strstr(out, "<td class=\"o-at-risk ws-early-diagnosis r\" title=\"FIT-01: "
                                   "at-risk\"><a class=\"cell\" href=\"#r0-FIT-01\">RISK</a></td>"),
                       "%s", out);
    cr_expect_not_null(strstr(out, "id=\"r0-FIT-01\""));
    cr_expect_not_null(strstr(out, ">FAIL</a>"));
    cr_expect_not_null(strstr(out, "not readable: not checked"));
    /* Workstreams over their columns, open (a column per rule) or folded
     * (one column: the worst outcome), as a checkbox before the table
     * says, which the workstream's heading and the bar above label. */
    cr_expect_not_null(strstr(out, "<input type=\"checkbox\" class=\"fold fold-early-diagnosis\" "
                                   "id=\"fold-early-diagnosis\">"));
    cr_expect_lt(at(out, "id=\"fold-early-diagnosis\">"), at(out, "<div class=\"scroll\">"));
    cr_expect_not_null(strstr(out, "<p class=\"foldbar\">Show each rule of:"));
    cr_expect_not_null(strstr(out, "<label for=\"fold-early-diagnosis\">Early diagnosis</label>"));
    cr_expect_not_null(strstr(out, "<th class=\"group ws-early-diagnosis r\" colspan=\"1\" "
                                   "scope=\"colgroup\"><label for=\"fold-early-diagnosis\">Early "
                                   "diagnosis \xE2\x96\xBE</label></th>"));
    cr_expect_not_null(
        strstr(out, "<th class=\"group folded ws-early-diagnosis s\" rowspan=\"2\""));
    cr_expect_not_null(strstr(out, "table.matrix .r{display:none}\n"));
    cr_expect_not_null(strstr(out, ".fold-early-diagnosis:checked~.scroll "
                                   ".ws-early-diagnosis.r{display:table-cell}\n"));
    cr_expect_not_null(strstr(out, ".fold-early-diagnosis:checked~.scroll "
                                   ".ws-early-diagnosis.s{display:none}\n"));
    cr_expect_not_null(strstr(out,
                              "<td class=\"sum ws-early-diagnosis s o-at-risk\" "
                              "title=\"Early diagnosis: worst at-risk, 1 of 1 rule\">RISK</td>"));
    /* The alliance column stays in view. */
    cr_expect_not_null(strstr(out, "table.matrix th.who{text-align:left;position:sticky;left:0;"));
    /* Per alliance, its rules by outcome (error first) at the row's end. */
    cr_expect_not_null(strstr(out, "<td class=\"tot zero\">0</td><td class=\"tot\">1</td><td "
                                   "class=\"tot zero\">0</td><td class=\"tot\">1</td><td "
                                   "class=\"tot zero\">0</td><td class=\"tot\">2</td><td "
                                   "class=\"tot zero\">0</td></tr>"),
                       "%s", out);
    /* Counts per rule and per folded workstream under them, and in each
     * outcome's totals column the rules with it in all. */
    cr_expect_not_null(strstr(out, "<tfoot>"));
    cr_expect_not_null(
        strstr(out,
               "<tr><th colspan=\"3\" scope=\"row\">fail</th><td class=\"zero ws-integrity "
               "r\">0</td><td class=\"sum zero ws-integrity s\">0</td><td class=\"zero "
               "ws-cross-cutting r\">0</td><td class=\"sum zero ws-cross-cutting s\">0</td><td "
               "class=\"zero ws-early-diagnosis r\">0</td><td class=\"sum zero "
               "ws-early-diagnosis s\">0</td><td class=\"n ws-local-plan r\">2</td><td "
               "class=\"sum ws-local-plan s\">2</td><td class=\"tot\"></td><td "
               "class=\"tot\">2</td><td class=\"tot\"></td>"),
        "%s", out);
    cr_expect_not_null(strstr(
        out, "<tr><th colspan=\"3\" scope=\"row\">at-risk</th><td class=\"zero ws-integrity "
             "r\">0</td><td class=\"sum zero ws-integrity s\">0</td><td class=\"zero "
             "ws-cross-cutting r\">0</td><td class=\"sum zero ws-cross-cutting s\">0</td><td "
             "class=\"n ws-early-diagnosis r\">1</td><td class=\"sum ws-early-diagnosis "
             "s\">1</td><td class=\"zero ws-local-plan r\">0</td><td class=\"sum zero "
             "ws-local-plan s\">0</td>"));
    const char *why = nesting_error(out);
    cr_expect_null(why, "%s", why);
    free(out);
    for (int i = 0; i < 3; i++)
        asr_return_report_free(&r[i]);
}

Test(html, findings_grouped_by_workstream_in_catalogue_order)
{
    asr_return_report r;
    t_return_init(&r, "a.xml", "Alpha", "E1");
    /* Added out of order, with a workstream the catalogue does not name. */
    t_add(&r, "LP-01", NULL, "local-plan", ASR_FAIL, "lp", "lp prompt");
    t_add(&r, "ZZ-01", NULL, "zz-custom <w>", ASR_MISSING, "zz", "zz prompt");
    t_add(&r, "FIT-01", NULL, "early-diagnosis", ASR_AT_RISK, "fit", "fit prompt");
    t_add(&r, "XML-03", NULL, "integrity", ASR_PASS, "xml", NULL);
    t_add(&r, "HIST-01", NULL, "history", ASR_NOT_APPLICABLE, "hist", NULL);
    t_add(&r, "FIN-01", NULL, "cross-cutting", ASR_PASS, "fin", NULL);
    t_add(&r, "ZZ-02", NULL, "zz-custom <w>", ASR_PASS, "zz2", NULL);
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    size_t integrity = at(out, "<h3>Integrity of the return");
    size_t cross = at(out, "<h3>Cross-cutting");
    size_t early = at(out, "<h3>Early diagnosis");
    size_t local = at(out, "<h3>The alliance&#39;s own plan");
    size_t history = at(out, "<h3>Since the previous quarter");
    size_t custom = at(out, "<h3>zz-custom &lt;w&gt;");
    cr_expect(integrity < cross && cross < early && early < local && local < history &&
                  history < custom,
              "%s", out);
    cr_expect_eq(count(out, "<section class=\"ws\">"), 6);
    cr_expect_null(strstr(out, "Operational performance"), "no heading for an empty workstream");
    /* Each finding under its own heading. */
    size_t lp = at(out, "id=\"r0-LP-01\""), zz2 = at(out, "id=\"r0-ZZ-02\"");
    cr_expect(lp > local && lp < history);
    cr_expect(zz2 > custom);
    cr_expect(at(out, "id=\"r0-FIT-01\"") > early && at(out, "id=\"r0-FIT-01\"") < local);
    free(out);
    asr_return_report_free(&r);
}

Test(html, passes_folded_after_what_needs_a_response)
{
    asr_return_report r;
    t_return_init(&r, "a.xml", "Alpha", "E1");
    t_add(&r, "FIT-01", NULL, "early-diagnosis", ASR_PASS, "fit ok", NULL);
    t_add(&r, "FIT-02", NULL, "early-diagnosis", ASR_FAIL, "fit bad", "fix FIT-02");
    t_add(&r, "FIT-03", NULL, "early-diagnosis", ASR_NOT_DUE, "later", NULL);
    t_add(&r, "FIN-01", NULL, "cross-cutting", ASR_PASS, "fin ok", NULL);
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    size_t fail = at(out, "id=\"r0-FIT-02\"");
    size_t details =
        at(out, "<details class=\"rest\">\n<summary>2 more checks (1 not-due, 1 pass)</summary>");
    cr_expect_lt(fail, details, "the fail comes before the folded passes");
    cr_expect_gt(at(out, "id=\"r0-FIT-01\""), details);
    cr_expect_gt(at(out, "id=\"r0-FIT-03\""), details);
    cr_expect_not_null(
        strstr(out, "<span class=\"ws-count\">3 rules: 1 fail, 1 not-due, 1 pass</span>"));
    /* A workstream with nothing to answer says so. */
    cr_expect_not_null(strstr(out, "Nothing here needs a response.</p>\n<details "
                                   "class=\"rest\">\n<summary>1 more check (1 pass)"));
    /* The badge carries the word as well as the colour. */
    cr_expect_not_null(
        strstr(out, "<span class=\"badge o-fail\">fail</span> <span class=\"rule\">FIT-02</span>"));
    cr_expect_not_null(strstr(out, "<span class=\"badge o-pass\">pass</span>"));
    cr_expect_not_null(strstr(out, "<span class=\"badge o-not-due\">not-due</span>"));
    free(out);
    asr_return_report_free(&r);
}

Test(html, prompts_in_full_and_finding_details)
{
    char prompt[3000];
    size_t n = 0;
    while (n + 60 < sizeof prompt)
        n += (size_t)snprintf(prompt + n, sizeof prompt - n,
                              "Sentence %zu of the prompt, kept whole. ", n);
    asr_return_report r;
    t_return_init(&r, "a.xml", "Alpha", "E1");
    asr_finding *f =
        t_add(&r, "FIT-04", NULL, "early-diagnosis", ASR_AT_RISK, "2 of 4 providers", prompt);
    asr_finding_add_subject(f, "RAP");
    asr_finding_add_subject(f, "RKE");
    asr_finding_add_location(f, 67, "/QuarterlyReturn/FIT/EndoscopyProvider[3]",
                             "FIT > Endoscopy provider RAP");
    asr_finding_add_location(f, 0, "/QuarterlyReturn/FIT", NULL);
    f->change = "persisting";
    f->waived = true;
    f->waiver_reason = strdup("Agreed with the region <until Q3>");
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    cr_expect_not_null(strstr(out, prompt), "the prompt is cut");
    cr_expect_not_null(strstr(out, "<div class=\"prompt\"><span class=\"label\">For the alliance "
                                   "to answer</span><p>Sentence 0 of"));
    cr_expect_not_null(
        strstr(out, "<span class=\"subject\">RAP</span><span class=\"subject\">RKE</span>"));
    cr_expect_not_null(
        strstr(out, "<li>line 67: FIT &gt; Endoscopy provider RAP <code "
                    "class=\"xpath\">/QuarterlyReturn/FIT/EndoscopyProvider[3]</code></li>"));
    cr_expect_not_null(strstr(out, "<li> <code class=\"xpath\">/QuarterlyReturn/FIT</code></li>"));
    cr_expect_not_null(strstr(out, "<dt>Due</dt><dd>Q4</dd>"));
    cr_expect_not_null(strstr(out, "<dt>Source</dt><dd>Planning pack 2025/26</dd>"));
    cr_expect_not_null(
        strstr(out, "<span class=\"tag change\">persisting from the previous quarter</span>"));
    cr_expect_not_null(strstr(out, "<span class=\"tag waived\">waived</span>"));
    cr_expect_not_null(strstr(out, "<b>Waived:</b> Agreed with the region &lt;until Q3&gt;"));
    free(out);
    asr_return_report_free(&r);
}

Test(html, unreadable_return_shows_its_errors_only)
{
    asr_return_report r;
    unreadable_return(&r, "bad.xml");
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    size_t s = at(out, "id=\"r0\"");
    const char *section = out + s;
    cr_expect_not_null(
        strstr(section, "<h2><a class=\"top\" href=\"#top\">Top of page</a>bad.xml</h2>"));
    cr_expect_not_null(strstr(section, "Not readable as a return: not checked"));
    cr_expect_not_null(strstr(section,
                              "<tr><td class=\"num\">XML-01</td><td class=\"num\">3</td>"
                              "<td class=\"num\">7</td><td>is not well-formed XML: &lt;boom&gt; "
                              "&amp; &quot;q&quot;</td></tr>"),
                       "%s", section);
    cr_expect_null(strstr(section, "class=\"ws\""));
    cr_expect_null(strstr(section, "class=\"counts\""));
    cr_expect_null(strstr(section, "<dt>Region"));
    cr_expect_null(strstr(section, "<dt>SHA-256"), "nothing read, no hash");
    free(out);
    asr_return_report_free(&r);
}

Test(html, schema_errors_listed_with_lines)
{
    asr_return_report r;
    plain_return(&r, "a.xml", "Alpha", "E1", ASR_PASS);
    r.valid = false;
    asr_err e;
    asr_err_set(&e, "a.xml", 188, 0, "XML-02", "Element 'Milestone': 'delayed' is not <allowed>");
    cr_assert_eq(asr_errlist_push(&r.errors, &e), 0);
    asr_err_set(&e, "a.xml", 196, 12, "XML-02", "second");
    cr_assert_eq(asr_errlist_push(&r.errors, &e), 0);
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    cr_expect_not_null(strstr(out, "<dd class=\"invalid\">Not valid: 2 schema errors</dd>"));
    cr_expect_not_null(strstr(out, "<h3>Schema errors (2)</h3>"));
    cr_expect_not_null(
        strstr(
            out,
            "<tr><td class=\"num\">XML-02</td><td class=\"num\">188</td><td class=\"num\"></td>"
            "<td>Element &#39;Milestone&#39;: &#39;delayed&#39; is not &lt;allowed&gt;</td></tr>"),
        "%s", out);
    cr_expect_not_null(strstr(out, "<td class=\"num\">196</td><td class=\"num\">12</td>"));
    /* The findings still follow. */
    cr_expect_lt(at(out, "Schema errors (2)"), at(out, "id=\"r0-LP-01\""));
    free(out);
    asr_return_report_free(&r);
}

Test(html, notes_shown_prominently)
{
    asr_return_report r;
    plain_return(&r, "a.xml", "Alpha", "E1", ASR_PASS);
    asr_run_info info = run_info();
    char *out = render(&info, &r, 1);
    size_t notes = at(out, "<div class=\"notes\" role=\"note\">\n<h2>Please "
                           "note</h2>\n<ul>\n<li>waiver for &lt;FIT-01&gt;");
    cr_expect_lt(notes, at(out, "</header>"));
    free(out);
    info.nnotes = 0;
    out = render(&info, &r, 1);
    cr_expect_null(strstr(out, "Please note"));
    free(out);
    asr_return_report_free(&r);
}

Test(html, streams_without_keeping_returns)
{
    /* Each return is freed right after add: the matrix must come from the
     * writer's own copies (ASan would catch a dangling read). */
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    cr_assert_not_null(f);
    asr_run_info info = run_info();
    asr_writer *w = asr_writer_new("html", f, &info);
    cr_assert_not_null(w);
    for (int i = 0; i < 40; i++) {
        char file[32], name[64];
        snprintf(file, sizeof file, "r%02d.xml", i);
        snprintf(name, sizeof name, "Alliance number %02d", i);
        asr_return_report r;
        plain_return(&r, file, name, "E0", i % 3 ? ASR_PASS : ASR_FAIL);
        cr_assert_eq(asr_writer_add(w, &r), 0);
        asr_return_report_free(&r);
    }
    cr_assert_eq(asr_writer_end(w), 0);
    cr_assert_eq(fclose(f), 0);
    cr_expect_not_null(strstr(buf, "<a href=\"#r0\">Alliance number 00</a>"));
    cr_expect_not_null(strstr(buf, "<a href=\"#r39\">Alliance number 39</a>"));
    cr_expect_not_null(strstr(buf, "<h2>Overview of 40 returns</h2>"));
    cr_expect_not_null(strstr(buf, "<td class=\"n ws-early-diagnosis r\">14</td><td class=\"sum "
                                   "ws-early-diagnosis s\">14</td><td class=\"n ws-local-plan "
                                   "r\">40</td><td class=\"sum ws-local-plan s\">40</td><td "
                                   "class=\"tot\"></td><td class=\"tot\">54</td>"),
                       "%s", buf);
    free(buf);
}

Test(html, matrix_alone_for_the_summary)
{
    asr_return_report r[2];
    plain_return(&r[0], "a.xml", "Alpha", "E1", ASR_PASS);
    unreadable_return(&r[1], "b.xml");
    asr_run_info info = run_info();
    asr_matrix_row rows[2];
    for (int i = 0; i < 2; i++)
        cr_assert_eq(asr_matrix_row_init(&rows[i], &r[i], &info), 0);
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    asr_html_matrix(f, &info, rows, 2, NULL);
    cr_assert_eq(fclose(f), 0);
    cr_expect_null(strstr(buf, "href="), "no links without a prefix");
    cr_expect_not_null(strstr(buf, "Alpha<span class=\"sub\">E1</span></th>"));
    cr_expect_not_null(
        strstr(buf, "<td class=\"o-pass ws-early-diagnosis r\" title=\"FIT-01: pass\">PASS</td>"));
    /* Not read: said once, across the first group, open or folded. */
    cr_expect_not_null(strstr(buf, "<td class=\"unread ws-integrity r\" colspan=\"1\">not "
                                   "readable: not checked</td><td class=\"unread ws-integrity "
                                   "s\">not readable</td><td class=\"unread ws-cross-cutting r\" "
                                   "colspan=\"1\"></td>"));
    cr_expect_eq(count(buf, "not readable"), 2);
    cr_expect_not_null(strstr(buf, "<td class=\"tot\"></td><td class=\"tot\"></td></tr>"),
                       "no totals for a return not read");
    cr_expect_not_null(
        strstr(buf,
               "<tr><th colspan=\"3\" scope=\"row\">pass</th><td class=\"n ws-integrity "
               "r\">1</td><td class=\"sum ws-integrity s\">1</td><td class=\"n ws-cross-cutting "
               "r\">1</td><td class=\"sum ws-cross-cutting s\">1</td><td class=\"n "
               "ws-early-diagnosis r\">1</td><td class=\"sum ws-early-diagnosis s\">1</td><td "
               "class=\"zero ws-local-plan r\">0</td><td class=\"sum zero ws-local-plan "
               "s\">0</td>"),
        "%s", buf);
    cr_expect_not_null(strstr(buf, "class=\"legend\""));
    cr_expect_eq(count(buf, "<table"), 1);
    cr_expect_eq(count(buf, "<tr>"), count(buf, "</tr>"));
    free(buf);

    buf = NULL;
    f = open_memstream(&buf, &size);
    asr_html_page_start(f, "Summary <of> \"all\"", info.cat);
    cr_assert_eq(fclose(f), 0);
    cr_expect_not_null(strstr(buf, "<title>Summary &lt;of&gt; &quot;all&quot;</title>"));
    cr_expect_eq(strncmp(buf, "<!DOCTYPE html>", 15), 0);
    size_t len = strlen(buf);
    cr_expect(len > 7 && strcmp(buf + len - 7, "<body>\n") == 0);
    free(buf);
    for (int i = 0; i < 2; i++) {
        asr_matrix_row_free(&rows[i]);
        asr_return_report_free(&r[i]);
    }
}

Test(html, no_returns)
{
    asr_run_info info = run_info();
    char *out = render(&info, NULL, 0);
    cr_expect_not_null(strstr(out, "No returns were checked."));
    cr_expect_null(strstr(out, "class=\"matrix\""));
    const char *why = nesting_error(out);
    cr_expect_null(why, "%s", why);
    free(out);
}
