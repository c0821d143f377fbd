/* test_waivers.c: the waivers file (CSV) and how waivers apply: a waived
 * finding keeps its outcome, carries the reason and does not fail the run;
 * expired and unknown-rule waivers are reported. */
#include "asr_waivers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *write_tmp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/assure-waivers-XXXXXX");
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static asr_finding finding(const char *rule, asr_outcome o, const char *s1, const char *s2)
{
    asr_finding f = {0};
    f.rule = strdup(rule);
    f.outcome = o;
    if (s1)
        asr_finding_add_subject(&f, s1);
    if (s2)
        asr_finding_add_subject(&f, s2);
    return f;
}

Test(waivers, load_quoted_csv)
{
    const char *p = write_tmp("\xEF\xBB\xBFrule,alliance,provider,reason,expires\r\n"
                              "FIT-04,E56000027,RAP,\"Supplier upgrade, agreed \"\"in writing\"\" "
                              "by region\",2026-03-31\r\n"
                              "\n"
                              "LP-01,E56000027,,\"multi\nline\",2025-09-30\n");
    asr_waivers w;
    asr_errlist errs = {0};
    cr_assert_eq(asr_waivers_load(p, &w, &errs), 0, "%s", errs.n ? errs.v[0].message : "");
    cr_assert_eq(w.n, 2);
    cr_expect_str_eq(w.v[0].reason, "Supplier upgrade, agreed \"in writing\" by region");
    cr_expect_str_eq(w.v[0].provider, "RAP");
    cr_expect_eq(w.v[0].line, 2);
    cr_expect_str_eq(w.v[1].provider, "");
    cr_expect_str_eq(w.v[1].reason, "multi\nline");
    cr_expect_eq(w.v[1].line, 4);
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
}

Test(waivers, bad_rows_name_their_lines)
{
    const char *p = write_tmp("rule,alliance,provider,reason,expires\n"
                              "FIT-04,E56000027,RAP,ok,2026-03-31\n"
                              "FIT-04,E56000027,RAP,,2026-03-31\n"
                              "FIT-04,E56000027,RAP,reason,31/03/2026\n"
                              "FIT-04,E56000027\n");
    asr_waivers w;
    asr_errlist errs = {0};
    cr_assert_eq(asr_waivers_load(p, &w, &errs), -1);
    cr_assert_eq(errs.n, 3);
    cr_expect_eq(errs.v[0].line, 3);
    cr_expect_not_null(strstr(errs.v[0].message, "reason"));
    cr_expect_eq(errs.v[1].line, 4);
    cr_expect_not_null(strstr(errs.v[1].message, "YYYY-MM-DD"));
    cr_expect_eq(errs.v[2].line, 5);
    cr_expect_not_null(strstr(errs.v[2].message, "5 fields"));
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
}

Test(waivers, wrong_header)
{
    const char *p = write_tmp("id,alliance\nFIT-04,E56000027\n");
    asr_waivers w;
    asr_errlist errs = {0};
    cr_assert_eq(asr_waivers_load(p, &w, &errs), -1);
    cr_expect_eq(errs.v[0].line, 1);
    cr_expect_not_null(strstr(errs.v[0].message, "header"));
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
}

Test(waivers, apply_keeps_outcome_and_stops_failing)
{
    const char *p = write_tmp("rule,alliance,provider,reason,expires\n"
                              "FIT-04,E56000027,RAP,Supplier upgrade in November,2026-03-31\n"
                              "LP-01,E56000027,,Board agreed new date,2025-12-31\n"
                              "FIN-04,E56000027,,Old waiver,2025-06-30\n"
                              "GOV-01,E56000021,,Another alliance,2026-03-31\n"
                              "NOPE-01,E56000027,,Typo,2026-03-31\n");
    asr_waivers w;
    asr_errlist errs = {0};
    cr_assert_eq(asr_waivers_load(p, &w, &errs), 0);
    asr_return_report r = {0};
    r.alliance_code = strdup("E56000027");
    asr_finding fs[] = {
        finding("FIT-04", ASR_FAIL, "RAP", NULL),           /* waived for RAP */
        finding("FIT-04", ASR_FAIL, "RAP", "RKE"),          /* RKE not covered */
        finding("LP-01", ASR_FAIL, "PC-B1", NULL),          /* whole-rule waiver */
        finding("FIN-04", ASR_FAIL, "cross-cutting", NULL), /* expired */
        finding("GOV-01", ASR_FAIL, NULL, NULL),            /* other alliance */
    };
    for (size_t i = 0; i < 5; i++)
        asr_report_add(&r, &fs[i]);
    asr_waivers_apply(&w, &r, "2025-10-20");
    asr_run_info info = {.fail_on = ASR_FAIL};
    cr_expect(r.findings[0].waived);
    cr_expect_str_eq(r.findings[0].waiver_reason, "Supplier upgrade in November");
    cr_expect_eq(r.findings[0].outcome, ASR_FAIL, "the outcome is kept");
    cr_expect(!asr_finding_fails(&r.findings[0], &info));
    cr_expect(!r.findings[1].waived);
    cr_expect(asr_finding_fails(&r.findings[1], &info));
    cr_expect(r.findings[2].waived);
    cr_expect(!r.findings[3].waived);
    cr_expect(!r.findings[4].waived);

    const char *known[] = {"FIT-04", "LP-01", "FIN-04", "GOV-01"};
    asr_strlist notes = {0};
    cr_assert_eq(asr_waivers_notes(&w, known, 4, "2025-10-20", &notes), 0);
    cr_assert_eq(notes.n, 2);
    cr_expect_not_null(
        strstr(notes.v[0], ":4: waiver for FIN-04 (E56000027) expired on 2025-06-30"), "%s",
        notes.v[0]);
    cr_expect_not_null(strstr(notes.v[1], ":6: waiver for unknown rule NOPE-01"), "%s", notes.v[1]);
    asr_strlist_free(&notes);
    asr_return_report_free(&r);
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
}

/* ------------------------------------------- a bad file is an error (item 11) */

/* Write len bytes (NUL bytes too) to a fresh file; returns its path. */
static const char *write_bytes(const char *bytes, size_t len)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/assure-waivers-XXXXXX");
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    FILE *f = fdopen(fd, "wb");
    cr_assert_eq(fwrite(bytes, 1, len, f), len);
    fclose(f);
    return path;
}

/* Load text expecting failure; the first error must be at line (0: any)
 * and hold phrase. Nothing may be loaded. */
static void expect_refused(const char *path, long line, const char *phrase)
{
    asr_waivers w;
    asr_errlist errs = {0};
    cr_expect_eq(asr_waivers_load(path, &w, &errs), -1, "%s: loaded", phrase);
    cr_assert_geq(errs.n, 1, "%s: no error", phrase);
    cr_expect_str_eq(errs.v[0].file, path);
    if (line)
        cr_expect_eq(errs.v[0].line, line, "%s: line %ld, want %ld", phrase, errs.v[0].line, line);
    cr_expect_not_null(strstr(errs.v[0].message, phrase), "'%s' lacks '%s'", errs.v[0].message,
                       phrase);
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
}

/* A NUL byte ended the file there: the waivers after it were dropped
 * without a word. */
Test(waivers, nul_byte_is_an_error_with_its_line)
{
    static const char text[] = "rule,alliance,provider,reason,expires\n"
                               "FIT-04,E56000027,RAP,ok,2026-03-31\n"
                               "FIT-05,E56000027,RAP,cut\0here,2026-03-31\n"
                               "FIT-06,E56000027,RAP,after,2026-03-31\n";
    const char *p = write_bytes(text, sizeof text - 1);
    expect_refused(p, 3, "NUL byte");
    unlink(p);
}

typedef struct date_case {
    const char *date;
    int ok;
} date_case;

/* Days of the calendar, leap years included; 2026-02-30 passed before. */
Test(waivers, expires_is_a_day_of_the_calendar)
{
    static const date_case dates[] = {
        {"2026-03-31", 1}, {"2028-02-29", 1}, {"2000-02-29", 1},  {"2026-12-31", 1},
        {"2026-01-01", 1}, {"2026-02-30", 0}, {"2026-02-29", 0},  {"2100-02-29", 0},
        {"2026-04-31", 0}, {"2026-06-31", 0}, {"2026-00-10", 0},  {"2026-13-01", 0},
        {"2026-12-32", 0}, {"2026-12-00", 0}, {"2026-1-01", 0},   {"2026/01/01", 0},
        {"2026-01-0a", 0}, {"+026-01-01", 0}, {"2026-01-01x", 0}, {"", 0},
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        char text[256];
        snprintf(text, sizeof text,
                 "rule,alliance,provider,reason,expires\nFIT-04,E56000027,,r,%s\n", dates[i].date);
        asr_waivers w;
        asr_errlist errs = {0};
        const char *p = write_tmp(text);
        int rc = asr_waivers_load(p, &w, &errs);
        unlink(p);
        cr_expect_eq(rc, dates[i].ok ? 0 : -1, "%s: rc %d", dates[i].date, rc);
        if (!dates[i].ok && errs.n)
            cr_expect_eq(errs.v[0].line, 2, "%s", dates[i].date);
        asr_waivers_free(&w);
        asr_errlist_free(&errs);
    }
}

/* A field is not cut: a reason of 5,000 bytes (was 2,047) and a note
 * naming a long alliance code (was cut at 1,400 bytes) are whole. */
Test(waivers, long_fields_are_whole)
{
    size_t n = 5000;
    char *text = malloc(2 * n + 200);
    cr_assert_not_null(text);
    strcpy(text, "rule,alliance,provider,reason,expires\nNOPE-01,");
    memset(text + strlen(text), 'A', n);
    strcpy(text + strlen("rule,alliance,provider,reason,expires\nNOPE-01,") + n, ",,");
    size_t at = strlen(text);
    memset(text + at, 'r', n);
    strcpy(text + at + n, ",2026-03-31\n");
    asr_waivers w;
    asr_errlist errs = {0};
    const char *p = write_tmp(text);
    cr_assert_eq(asr_waivers_load(p, &w, &errs), 0);
    unlink(p);
    cr_assert_eq(w.n, 1);
    cr_expect_eq(strlen(w.v[0].reason), n);
    cr_expect_eq(strlen(w.v[0].alliance), n);
    asr_strlist notes = {0};
    const char *known[] = {"FIT-04"};
    cr_assert_eq(asr_waivers_notes(&w, known, 1, "2025-10-20", &notes), 0);
    cr_assert_eq(notes.n, 1);
    cr_expect_not_null(strstr(notes.v[0], ") does not apply"), "the note was cut");
    asr_strlist_free(&notes);
    asr_waivers_free(&w);
    asr_errlist_free(&errs);
    free(text);
}

/* A directory was read as an empty file; one over the limit was cut. */
Test(waivers, directory_and_oversize_are_errors)
{
    expect_refused("/tmp", 0, "is a directory");
    const char *p = write_tmp("rule,alliance,provider,reason,expires\n");
    cr_assert_eq(truncate(p, (off_t)ASR_MAX_WAIVERS_BYTES + 1), 0);
    expect_refused(p, 0, "at most 16777216 bytes");
    unlink(p);
    p = write_bytes("", 0);
    expect_refused(p, 0, "empty");
    unlink(p);
    expect_refused("/tmp/assure-no-such-waivers.csv", 0, "cannot open");
}
