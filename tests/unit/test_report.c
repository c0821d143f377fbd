/* test_report.c: findings and the report writers. Text from a return
 * (quotes, backslashes, control characters, markup) must come out escaped
 * and intact; order and counts are stable. */
#include "asr_report.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Render with a writer into a malloc'd string. */
static char *render(int json, const asr_run *run, int colour)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    asr_run_info info = {.cat = t_catalogue(),
                         .version = run->version,
                         .rules_version = run->rules_version,
                         .run_time = "2025-10-20T09:00:00Z",
                         .fail_on = ASR_FAIL,
                         .colour = colour != 0};
    cr_assert_eq(asr_write_all(json ? "json" : "text", f, &info, run->returns, run->n), 0);
    fclose(f);
    return buf;
}

static void one_return(asr_return_report *r, asr_finding *f)
{
    t_return_init(r, "dir/ret\"urn.xml", "Test <script>alert(1)</script> Alliance", "E56000027");
    cr_assert_eq(asr_report_add(r, f), 0);
}

Test(report, json_escapes_everything_from_a_return)
{
    asr_finding f;
    t_hostile_finding(&f);
    asr_return_report r;
    one_return(&r, &f);
    asr_run run = {"1.2.3", "abc", &r, 1};
    char *out = render(1, &run, 0);
    cr_expect_not_null(
        strstr(out, "\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 é ok\""), "%s",
        out);
    cr_expect_not_null(strstr(out, "\"subjects\":[\"R\\\"AP\"]"), "%s", out);
    cr_expect_not_null(strstr(out, "\"file\":\"dir/ret\\\"urn.xml\""));
    cr_expect_not_null(
        strstr(out,
               "{\"line\":42,\"xpath\":\"/QuarterlyReturn/FIT\",\"label\":\"FIT > \\\"x\\\"\"}"),
        "%s", out);
    cr_expect_not_null(strstr(out, "\"prompt\":\"Replace 'TBC' </script>\""));
    cr_expect_not_null(
        strstr(out, "\"tool\":{\"name\":\"assure\",\"version\":\"1.2.3\",\"rulesVersion\":\"abc\","
                    "\"runTime\":\"2025-10-20T09:00:00Z\"}"),
        "%s", out);
    cr_expect_not_null(strstr(out, "\"summary\":{\"pass\":0,\"fail\":0,\"missing\":1,\"at-risk\":0,"
                                   "\"not-due\":0,\"not-applicable\":0,\"error\":0}"),
                       "%s", out);
    /* No raw control character survives. */
    for (const char *p = out; *p; p++)
        cr_expect(*p == '\n' || (unsigned char)*p >= 0x20, "raw control 0x%02x", *p);
    free(out);
    asr_return_report_free(&r);
}

Test(report, json_prompt_only_when_given)
{
    asr_finding f = {0};
    f.rule = strdup("FIN-04");
    f.title = strdup("t");
    f.workstream = strdup("w");
    f.due = strdup("every");
    f.source = strdup("s");
    f.message = strdup("ok");
    f.outcome = ASR_PASS;
    asr_return_report r;
    one_return(&r, &f);
    asr_run run = {"1", "x", &r, 1};
    char *out = render(1, &run, 0);
    cr_expect_null(strstr(out, "\"prompt\""));
    cr_expect_not_null(strstr(out, "\"outcome\":\"pass\""));
    free(out);
    asr_return_report_free(&r);
}

Test(report, json_unreadable_return)
{
    asr_return_report r;
    t_unreadable_return(&r, "bad.xml", "is not well-formed XML: boom");
    asr_run run = {"1", "x", &r, 1};
    char *out = render(1, &run, 0);
    cr_expect_not_null(strstr(out, "\"valid\":false"));
    cr_expect_not_null(strstr(out, "\"findings\":[]"));
    cr_expect_not_null(strstr(out, "{\"code\":\"XML-01\",\"message\":\"is not well-formed XML: "
                                   "boom\",\"line\":3,\"column\":7}"),
                       "%s", out);
    cr_expect_not_null(strstr(out, "\"alliance\":{\"code\":null"));
    char *text = render(0, &run, 0);
    cr_expect_str_eq(text, "bad.xml:3:7: XML-01: is not well-formed XML: boom\n"
                           "bad.xml: not checked: the file could not be read as a return\n");
    free(text);
    free(out);
    asr_return_report_free(&r);
}

Test(report, text_lines_and_colour)
{
    asr_finding f;
    t_hostile_finding(&f);
    free(f.message);
    f.message = strdup("no narrative");
    asr_return_report r;
    one_return(&r, &f);
    asr_run run = {"1", "x", &r, 1};
    char *plain = render(0, &run, 0);
    cr_expect_str_eq(
        plain, "dir/ret\"urn.xml:42: FIT-01 missing: no narrative. Replace 'TBC' </script>\n"
               "dir/ret\"urn.xml: Test <script>alert(1)</script> Alliance (E56000027) 2025/26 Q2, "
               "judged at Q2: 1 rule: 0 pass, 0 fail, 1 missing, 0 at-risk, 0 not-due, "
               "0 not-applicable, 0 error\n");
    char *colour = render(0, &run, 1);
    cr_expect_not_null(strstr(colour, "FIT-01 \033[33mmissing\033[0m:"), "%s", colour);
    free(plain);
    free(colour);
    asr_return_report_free(&r);
}

Test(report, outcomes_parse_and_order)
{
    static const char *names[] = {"not-applicable", "pass", "not-due", "at-risk",
                                  "missing",        "fail", "error"};
    for (int i = 0; i < ASR_OUTCOME_COUNT; i++) {
        asr_outcome o;
        cr_expect_eq(asr_outcome_parse(t_catalogue(), names[i], &o), 0);
        cr_expect_eq((int)o, i, "%s", names[i]);
        cr_expect_str_eq(asr_outcome_name(t_catalogue(), o), names[i]);
    }
    asr_outcome o;
    cr_expect_eq(asr_outcome_parse(t_catalogue(), "great", &o), -1);
    /* Severity order is the catalogue's. */
    cr_expect(ASR_ERROR > ASR_FAIL && ASR_FAIL > ASR_MISSING && ASR_MISSING > ASR_AT_RISK &&
              ASR_AT_RISK > ASR_NOT_DUE && ASR_NOT_DUE > ASR_PASS && ASR_PASS > ASR_NOT_APPLICABLE);
}

Test(report, err_set_folds_newlines)
{
    asr_err e;
    cr_expect_eq(asr_err_set(&e, "f", 1, 2, "C", "a\nb\r\nc  \n"), -1);
    cr_expect_str_eq(e.message, "a b  c");
    cr_expect_str_eq(e.code, "C");
}

/* Cutting text on a character boundary (issue 16, item 8): asr_utf8_cut
 * drops only an incomplete sequence at the cut. */
Test(report, utf8_cut_on_characters)
{
    static const struct {
        const char *s;
        size_t n, want;
    } cases[] = {
        {"abc", 3, 3},
        {"ab\xC3\xA9", 4, 4},         /* é complete */
        {"ab\xC3\xA9", 3, 2},         /* cut inside é */
        {"a\xE2\x82\xAC", 3, 1},      /* cut inside € after 2 of 3 bytes */
        {"a\xE2\x82\xAC", 2, 1},      /* ... after 1 of 3 */
        {"a\xE2\x82\xAC", 4, 4},      /* € complete */
        {"\xF0\x9F\x98\x80", 3, 0},   /* a 4-byte character cut */
        {"\xF0\x9F\x98\x80", 4, 4},   /* complete */
        {"ab\x80\x80\x80\x80", 6, 6}, /* stray continuation bytes: nothing split */
        {"ab\xFF", 3, 3},             /* not a lead byte: nothing split */
        {"", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_expect_eq(asr_utf8_cut(cases[i].s, cases[i].n), cases[i].want,
                     "case %zu: cut at %zu gave %zu, want %zu", i, cases[i].n,
                     asr_utf8_cut(cases[i].s, cases[i].n), cases[i].want);
}

/* Whether s ends with a whole UTF-8 character (or is ASCII at its end). */
static int ends_whole(const char *s)
{
    size_t n = strlen(s);
    return asr_utf8_cut(s, n) == n;
}

/* asr_err's message (1,023 bytes) and file (511) are cut between
 * characters, and so is a message that was cut before to fill it. */
Test(report, err_set_cuts_on_characters)
{
    char long_text[2048] = "";
    for (int i = 0; i < 700; i++)
        strcat(long_text, "\xC3\xA9"); /* 1,400 bytes of é */
    asr_err e;
    asr_err_set(&e, long_text, 1, 0, "", "%s", long_text); /* byte 1,023 is an é's first */
    cr_expect(ends_whole(e.message), "message ends inside a character (%zu bytes)",
              strlen(e.message));
    cr_expect_eq(strlen(e.message), 1022);
    cr_expect(ends_whole(e.file), "file ends inside a character (%zu bytes)", strlen(e.file));
    cr_expect_eq(strlen(e.file), 510);
    /* Cut to 1,023 bytes elsewhere (snprintf into a buffer of the same
     * size), then set: the split character is dropped here. */
    char pre[1024];
    memcpy(pre, long_text, sizeof pre - 1);
    pre[sizeof pre - 1] = '\0';
    cr_assert_eq(strlen(pre), 1023);
    asr_err_set(&e, "f", 1, 0, "", "%s", pre);
    cr_expect(ends_whole(e.message), "a message cut before ends inside a character");
    /* Short text is untouched, whatever it holds. */
    asr_err_set(&e, "f", 1, 0, "", "ends \xC3");
    cr_expect_str_eq(e.message, "ends \xC3");
}
