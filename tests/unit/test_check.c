/* test_check.c: the engine pipeline on whole returns. The example return's
 * outcome for every implemented rule, worked out by hand from
 * deliverables.md, plus rule selection and invalid returns. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <string.h>

typedef struct expect {
    const char *rule, *outcome, *subjects;
} expect;

/* By hand, for samples/returns/ncl-q2.xml at Q2:
 * - FIN-03: forecast 790k+1,480k+1,190k+690k = 4,150k >= 98% of 4,200k (4,116k).
 * - FIN-05: op + ed planned 2,700k of 4,200k = 64.3%; allocations differ.
 * - FIN-06: fee 84k = 2.0% of the allocation; Benefits is real text.
 * - FIT-01: 4310/5122 = 84.15% (reported 84.1, >= 80); FIT-02: 212/1388 = 15.27% (15.3, < 20).
 * - FIT-03: 96 <= 104 previous, <= trajectory 100. FIT-05: bands sum to 100.0 and 100.0.
 * - FIT-04: RAP is on NEDi2.0, due Q4 (tolerance FIT-04.due), so at-risk at Q2; RKE is on
 *   NEDi2.1 but 93.4% complete, below the 95% of tolerance FIT-04.completeness: at-risk
 *   too (catalogue revision 2: "with high data quality and completeness").
 * - FIT-07, FIT-08, ED-08, ED-09, GEN-01 read schema 1.1 evidence: not applicable to a
 *   1.0 return.
 * - LP-01: PC-B1 is due Q1-2 25/26 (its last quarter, Q2) and only on-track: fail.
 *   PC-A1 (Q1) and AD-C2 (Q2) are complete; AD-D1 (Q4) is not yet due. */
static const expect example[] = {
    {"XML-02", "pass", ""},
    {"XML-03", "pass", ""},
    {"XML-04", "pass", ""},
    {"XML-05", "pass", ""}, /* every percentage written 0 to 100 */
    {"FIN-01", "pass", ""},
    {"FIN-02", "pass", ""},
    {"FIN-03", "pass", ""},
    {"FIN-04", "pass", "cross-cutting,operational-performance,early-diagnosis,treatment-and-care"},
    {"FIN-05", "pass", ""},
    {"FIN-06", "pass", ""},
    {"FIN-07", "not-applicable", ""}, /* schema 1.0: no place for the evidence */
    {"FIN-08", "not-applicable", ""}, /* schema 1.0 */
    {"GOV-01", "pass", ""},
    {"GOV-02", "pass", ""},
    {"GOV-03", "not-applicable", ""}, /* schema 1.0 */
    {"GOV-04", "not-applicable", ""}, /* schema 1.0 */
    {"OP-01", "pass", ""},
    {"OP-02", "fail",
     "head-and-neck"}, /* bottom quartile, plan in development: due Q1, so a fail (revision 2) */
    {"OP-03", "pass", "RRV"}, /* 27.5% over 31 days, with actions */
    {"OP-04", "pass", ""},
    {"OP-05", "pass", "RAP"},            /* 71.8% < 75 with a seasonality plan */
    {"OP-06", "not-due", "QMJ"},         /* 78.4 < 80, above trajectory 78.0 and last year */
    {"OP-07", "at-risk", "QMJ"},         /* 71.2 below its trajectory 72.0 */
    {"OP-08", "pass", "QMJ"},            /* 93.1 > 92.4 last year */
    {"OP-09", "not-applicable", ""},     /* schema 1.0 */
    {"FD-URO-01", "not-due", "RAP,RKE"}, /* 2 of 4 trained and live = the Q2 line of 2 */
    {"FD-URO-02", "pass", "RRV,RAL,RAP,RKE"},
    {"FD-URO-03", "pass", "RAL"},        /* RAP is lowest quartile but tier 1 */
    {"FD-URO-04", "pass", ""},           /* RAL needs an analyser; screenshot submitted */
    {"FD-URO-05", "not-applicable", ""}, /* schema 1.0: no place for LAMP trainers */
    {"FD-GYN-01", "fail", "RAP"},        /* eligible, planned at Q2 */
    {"FD-GYN-02", "not-due", "RRV,RAL"},
    {"FD-GYN-03", "not-applicable", ""}, /* RAP is lowest quartile but tier 1 */
    {"FD-GYN-04", "not-applicable", ""}, /* so no analyser, and no screenshot, is needed */
    {"FD-BRE-01", "fail", "RAP"},        /* eligible, not started at Q2 */
    {"FD-BRE-02", "not-due", "RRV,RAL,RKE"},
    {"FD-SKN-01", "fail", "RAP"}, /* 41.2% <= 50, due Q2 */
    {"FD-SKN-02", "fail", "RAP"}, /* no BAU funding at Q2 */
    {"FD-SKN-03", "pass", "RRV,RAL"},
    {"FD-SKN-04", "pass", ""},
    {"FD-SKN-05", "not-applicable", ""},                      /* schema 1.0: no @bauCommissioned */
    {"FD-ALL-01", "pass", "urology,gynaecology,breast,skin"}, /* breast and skin required at Q2 */
    {"FD-ALL-02", "not-applicable", ""}, /* FD-ALL-02..04: schema 1.0, no place for the figures */
    {"FD-ALL-03", "not-applicable", ""},
    {"FD-ALL-04", "not-applicable", ""},
    {"FIT-01", "pass", ""},
    {"FIT-02", "pass", ""},
    {"FIT-03", "pass", ""},
    {"FIT-04", "at-risk", "RAP,RKE"},
    {"FIT-05", "pass", ""},
    {"FIT-06", "pass", ""},
    {"FIT-07", "not-applicable", ""},
    {"FIT-08", "not-applicable", ""},
    {"ED-01", "pass", "QMJ"},
    {"ED-02", "pass", ""},
    {"ED-03", "pass", ""}, /* +1.6 most deprived vs +0.9 least */
    {"ED-04", "pass", "ED-LUNG-CXR,ED-SCREEN-OUTREACH"},
    {"ED-05", "not-applicable", ""}, /* staging 83.5% >= 80 */
    {"ED-06", "pass", ""},           /* mentions Core20PLUS5 */
    {"ED-07", "not-due", "QMJ"},     /* 57.2: above baseline 56.1, below target 58.0 */
    {"ED-08", "not-applicable", ""},
    {"ED-09", "not-applicable", ""},
    {"GEN-01", "not-applicable", ""},
    {"TV-01", "pass", "RRV,RAP"}, /* RAP 61.5 < 70 with an assured QI plan in place */
    {"TV-02", "pass", "RAL"},
    {"TV-03", "fail", "RKE"}, /* 19 < 25, QI plan only in development */
    {"TV-04", "pass", "RRV"},
    {"TV-05", "fail", "RRV"},    /* metastatic 31 < 35, no QI plan */
    {"TV-06", "pass", "RRV"},    /* 14 over 62 days, down from 19 */
    {"TV-07", "at-risk", "RRV"}, /* 6 up from 5, assured QI plan: no reduction yet (rev. 2) */
    {"TV-08", "pass", ""},
    {"TV-09", "pass", ""},
    {"TV-10", "not-applicable", ""},     /* schema 1.1 evidence; the sample is 1.0 */
    {"LWBC-01", "not-due", "HWBIS,CCR"}, /* in development before Q4 */
    {"LWBC-02", "not-due", "RAP,RKE"},
    {"LWBC-03", "pass", ""},
    {"LWBC-04", "not-due", "prehabilitation"},
    {"LWBC-05", "at-risk", "physical-activity"}, /* in development at Q2 */
    {"LWBC-06", "fail", "RAP"},                  /* CR7920 not submitted */
    {"LWBC-07", "pass", ""},                     /* 41.5 > 38.0 */
    {"LWBC-08", "pass", ""},
    {"LWBC-09", "not-applicable", ""}, /* schema 1.1 evidence; the sample is 1.0 */
    {"EOC-01", "pass", ""},
    {"EOC-02", "pass", ""},
    {"EOC-03", "pass", ""},
    {"EOC-04", "pass", ""},
    {"EOC-05", "not-applicable", ""}, /* schema 1.0: no place for CIC/@leadsProject */
    {"EOC-06", "not-applicable", ""}, /* schema 1.0: no DirectorLinks, CommunityInsight */
    {"WF-01", "at-risk", "RAL,RAP"}, /* capabilities / job descriptions not in place */
    {"WF-02", "pass", ""},
    {"WF-03", "not-applicable", ""}, /* schema 1.0: no place for the three texts */
    {"LP-01", "fail", "PC-B1"},
    {"LP-02", "pass", "PC-A1,PC-B1,AD-C2,AD-D1"},
    /* HIST-01..04 (history = true) do not run without --history. */
};

/* The example return with edits (NULL-terminated pairs), checked with e. */
static void check_edited(asr_engine *e, const char *const *edits, asr_return_report *r)
{
    char *base = t_example();
    char *xml = t_mutate(base, edits);
    t_check(e, xml, 0, r);
    free(xml);
    free(base);
}

Test(check, example_return_every_rule)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *xml = t_example();
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    cr_expect(r.readable && r.valid);
    cr_expect_str_eq(r.alliance_code, "E56000027");
    cr_expect_str_eq(r.judged_quarter, "Q2");
    size_t n = sizeof example / sizeof example[0];
    cr_assert_eq(r.nfindings, n, "%zu findings, want %zu", r.nfindings, n);
    for (size_t i = 0; i < n; i++) {
        const asr_finding *f = &r.findings[i];
        /* Catalogue order, exactly these rules. */
        cr_expect_str_eq(f->rule, example[i].rule);
        cr_expect_str_eq(asr_outcome_name(t_catalogue(), f->outcome), example[i].outcome, "%s: %s",
                         f->rule, f->message);
        cr_expect_str_eq(t_subjects(f), example[i].subjects, "%s subjects", f->rule);
        cr_expect_not_null(f->message);
        cr_expect((f->prompt != NULL) == (f->outcome == ASR_FAIL || f->outcome == ASR_MISSING ||
                                          f->outcome == ASR_AT_RISK),
                  "%s prompt", f->rule);
    }
    const asr_finding *lp = t_find(&r, "LP-01");
    cr_expect_eq(lp->nlocations, 1);
    cr_expect_eq(lp->locations[0].line, 192);
    cr_expect_str_eq(lp->locations[0].xpath, "/QuarterlyReturn/LocalPlan/Milestone[2]");
    cr_expect_str_eq(lp->locations[0].label, "Local plan > Milestone PC-B1");
    /* A milestone can be due and reported on track: the message must read
     * correctly for that status too (it once said "not complete or on track
     * when due: ... is on-track"). */
    cr_expect_not_null(strstr(lp->message, "1 local milestone is behind the plan at Q2: PC-B1 ("), "%s",
                       lp->message);
    cr_expect_not_null(strstr(lp->message, "), due Q1-2 25/26, is not complete (reported on track)"), "%s",
                       lp->message);
    cr_expect_null(strstr(lp->message, "on-track"), "%s", lp->message);
    asr_return_report_free(&r);
    free(xml);
    asr_engine_close(&e);
}

Test(check, select_only_and_workstream)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    asr_err err;
    cr_assert_eq(asr_engine_select(&e, "FIT-04, LP-01", NULL, &err), 0);
    char *xml = t_example();
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    cr_assert_eq(r.nfindings, 2);
    cr_expect_str_eq(r.findings[0].rule, "FIT-04");
    cr_expect_str_eq(r.findings[1].rule, "LP-01");
    asr_return_report_free(&r);
    cr_expect_eq(asr_engine_select(&e, "FIT-04,NOPE-9", NULL, &err), -1);
    cr_expect_not_null(strstr(err.message, "NOPE-9"));
    cr_expect_eq(asr_engine_select(&e, NULL, "finance", &err), -1);
    cr_assert_eq(asr_engine_select(&e, NULL, "integrity", &err), 0);
    t_check(&e, xml, 0, &r);
    cr_assert_eq(r.nfindings, 4); /* XML-02 built in, XML-03, XML-04, XML-05 */
    cr_expect_str_eq(r.findings[0].rule, "XML-02");
    cr_expect_str_eq(r.findings[3].rule, "XML-05");
    asr_return_report_free(&r);
    free(xml);
    asr_engine_close(&e);
}

/* A return that breaks the schema: XML-02 fails with each line, valid is
 * false, and the rules still run on what is there. */
Test(check, invalid_return_still_runs_rules)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *base = t_example();
    const char *edits[] = {"percent=\"84.1\"", "percent=\"50%\"", "lampTrainedStaff=\"2\"",
                           "lampTrainedStaff=\"two\"", NULL};
    char *xml = t_mutate(base, edits);
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    cr_expect(r.readable);
    cr_expect(!r.valid);
    cr_assert_eq(r.errors.n, 2);
    cr_expect_eq(r.errors.v[0].line, 62);
    cr_expect_eq(r.errors.v[1].line, 97);
    const asr_finding *x = t_find(&r, "XML-02");
    cr_expect_eq(x->outcome, ASR_FAIL);
    cr_expect_eq(x->nlocations, 2);
    cr_expect_not_null(strstr(x->message, "2 schema violations"));
    const asr_finding *fit = t_find(&r, "FIT-01");
    cr_expect_eq(fit->outcome, ASR_MISSING);
    cr_expect_not_null(strstr(fit->message, "'50%'"), "%s", fit->message);
    cr_expect_not_null(strstr(fit->prompt, "percentage"), "%s", fit->prompt);
    cr_expect_eq(t_find(&r, "LP-01")->outcome, ASR_FAIL);
    asr_return_report_free(&r);
    free(xml);
    free(base);
    asr_engine_close(&e);
}

/* A quarter that is not Q1-Q4 is not judged at a guessed quarter: an
 * XML-04 error at the Period line says what it must be, and no rule runs;
 * with --quarter the return is judged at that quarter. */
Test(check, unreadable_quarter_is_not_judged)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    static const char *const written[] = {"quarter=\"Q5\"", "quarter=\"q2\"",
                                          "quarter=\"Quarter 2\"", "quarter=\" Q2\"", ""};
    static const char *const found[] = {"has quarter 'Q5'", "has quarter 'q2'",
                                        "has quarter 'Quarter 2'", "has quarter ' Q2'",
                                        "has no quarter"};
    for (size_t i = 0; i < 5; i++) {
        char to[64];
        snprintf(to, sizeof to, "%s%s", i < 4 ? " " : "", written[i]);
        const char *edits[] = {" quarter=\"Q2\"", to, NULL};
        asr_return_report r;
        check_edited(&e, edits, &r);
        cr_expect(!r.readable, "%s", found[i]);
        cr_expect_eq(r.nfindings, 0);
        cr_assert_eq(r.errors.n, 1);
        cr_expect_str_eq(r.errors.v[0].code, "XML-04");
        cr_expect_eq(r.errors.v[0].line, 6, "the Period line");
        cr_expect_not_null(strstr(r.errors.v[0].message, found[i]), "%s", r.errors.v[0].message);
        cr_expect_not_null(strstr(r.errors.v[0].message, "one of Q1, Q2, Q3 or Q4"), "%s",
                           r.errors.v[0].message);
        asr_return_report_free(&r);
        /* --quarter judges it at that quarter. */
        e.quarter = 3;
        char *base = t_example();
        char *xml = t_mutate(base, edits);
        asr_return_report rq;
        cr_assert_eq(asr_engine_check_memory(&e, "test.xml", xml, strlen(xml), &rq), 0);
        cr_expect(rq.readable);
        cr_expect_str_eq(rq.judged_quarter, "Q3");
        cr_expect_geq(t_find(&rq, "XML-04")->outcome, ASR_MISSING, "%s", found[i]);
        asr_return_report_free(&rq);
        free(xml);
        free(base);
        e.quarter = 0;
    }
    asr_engine_close(&e);
}

Test(check, unreadable_return_has_no_findings)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    asr_return_report r;
    t_check(&e, "<QuarterlyReturn", 0, &r);
    cr_expect(!r.readable && !r.valid);
    cr_expect_eq(r.nfindings, 0);
    cr_assert_eq(r.errors.n, 1);
    cr_expect_str_eq(r.errors.v[0].code, "XML-01");
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* 1,060 undeclared provider codes: the message names the first 50 and
 * counts the rest, with thousands separators as {count} has; the finding's
 * subjects stay whole and its locations stop at 50. */
Test(check, long_lists_are_capped_in_messages)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *base = t_example();
    enum { N = 1060, EACH = 96 };
    char *to = malloc((size_t)N * EACH + 64);
    cr_assert_not_null(to);
    size_t used = 0;
    for (int i = 0; i < N; i++)
        used += (size_t)snprintf(to + used, EACH,
                                 "    <PSFUTracking provider=\"Q%04d\" digitalTracking=\"true\" "
                                 "monitoring=\"true\"/>\n",
                                 i);
    snprintf(to + used, 64, "    <PSFUTracking provider=\"RRV\"");
    const char *edits[] = {"    <PSFUTracking provider=\"RRV\"", to, NULL};
    char *xml = t_mutate(base, edits);
    free(to);
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    const asr_finding *f = t_find(&r, "XML-03");
    cr_assert_not_null(f);
    cr_expect_eq(f->outcome, ASR_FAIL);
    cr_expect_eq(f->nsubjects, N);
    cr_expect_eq(f->nlocations, 50);
    cr_expect_not_null(strstr(f->message, "1,060 organisation codes need correcting"), "%s", f->message);
    cr_expect_not_null(strstr(f->message, "Q0049"), "%s", f->message);
    cr_expect_null(strstr(f->message, "Q0050"), "%s", f->message);
    cr_expect_not_null(strstr(f->message, "and 1,010 more"), "%s", f->message);
    cr_expect_not_null(strstr(f->prompt, "Q0049 and 1,010 more"), "%s", f->prompt);
    asr_return_report_free(&r);
    free(xml);
    free(base);
    asr_engine_close(&e);
}

/* ------------------------------------------------------------ versions and years */

/* A version the catalogue does not declare is an XML-01 error naming the
 * versions it knows, and nothing is judged. */
Test(check, unknown_schema_version_is_refused)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    static const char *const versions[] = {"2.0", "1.0 ", "1", ""};
    for (size_t i = 0; i < 4; i++) {
        char to[64];
        snprintf(to, sizeof to, "schemaVersion=\"%s\"", versions[i]);
        const char *edits[] = {"schemaVersion=\"1.0\"", to, NULL};
        asr_return_report r;
        check_edited(&e, edits, &r);
        cr_expect(!r.readable && !r.valid, "%s", versions[i]);
        cr_expect_eq(r.nfindings, 0);
        cr_assert_eq(r.errors.n, 1);
        cr_expect_str_eq(r.errors.v[0].code, "XML-01");
        cr_expect_eq(r.errors.v[0].line, 3);
        cr_expect_not_null(strstr(r.errors.v[0].message, "knows schema versions 1.0 and 1.1"), "%s",
                           r.errors.v[0].message);
        asr_return_report_free(&r);
    }
    asr_engine_close(&e);
}

/* A return is validated against the XSD of the version it declares: an
 * element that 1.1 added is valid in a 1.1 return and a violation in a 1.0
 * one, and XML-02 names the version. */
Test(check, validated_against_its_own_version)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const char *trainer = "</Urology>";
    const char *added = "<LAMPTrainer name=\"A. Okafor\" organisation=\"RAL\"/></Urology>";
    const char *v11[] = {"schemaVersion=\"1.0\"", "schemaVersion=\"1.1\"", trainer, added, NULL};
    const char *v10[] = {trainer, added, NULL};
    asr_return_report r;
    check_edited(&e, v11, &r);
    cr_expect(r.readable && r.valid, "%s", r.errors.n ? r.errors.v[0].message : "");
    cr_expect_str_eq(t_find(&r, "XML-02")->title, "The return is valid against the schema 1.1 XSD");
    cr_expect_str_eq(t_find(&r, "XML-02")->message, "The return is valid against schema 1.1");
    asr_return_report_free(&r);
    check_edited(&e, v10, &r);
    cr_expect(r.readable && !r.valid);
    cr_expect_eq(t_find(&r, "XML-02")->outcome, ASR_FAIL);
    cr_expect_not_null(strstr(t_find(&r, "XML-02")->message, "LAMPTrainer"), "%s",
                       t_find(&r, "XML-02")->message);
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* A year outside the calendar, or a calendar year with no rules in force,
 * is not judged by another year's rules: an error says why, no findings. */
Test(check, a_year_without_rules_is_not_judged)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const char *y2024[] = {"financialYear=\"2025/26\"", "financialYear=\"2024/25\"", NULL};
    const char *y2026[] = {"financialYear=\"2025/26\"", "financialYear=\"2026/27\"", NULL};
    asr_return_report r;
    check_edited(&e, y2024, &r);
    cr_expect(!r.readable);
    cr_expect_eq(r.nfindings, 0);
    cr_expect_str_eq(r.errors.v[0].code, "XML-04");
    cr_expect_not_null(strstr(r.errors.v[0].message, "not in the catalogue's calendar (2025/26 and "
                                                     "2026/27)"),
                       "%s", r.errors.v[0].message);
    asr_return_report_free(&r);
    check_edited(&e, y2026, &r);
    cr_expect(!r.readable);
    cr_expect_eq(r.nfindings, 0);
    cr_expect_not_null(strstr(r.errors.v[0].message, "2026/27 Q2, and no rules"), "%s",
                       r.errors.v[0].message);
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* A percentage written as a fraction is named by XML-05, and a rule that
 * reads it does not judge it as 0.84%: it is missing, pointing to XML-05
 * (ED-05 would otherwise ask for actions at 0.84% staging completeness). */
Test(check, a_fraction_is_not_judged_as_a_percentage)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const char *edits[] = {"percent=\"83.5\"", "percent=\"0.84\"", NULL};
    asr_return_report r;
    check_edited(&e, edits, &r);
    const asr_finding *x = t_find(&r, "XML-05"), *ed = t_find(&r, "ED-05");
    cr_assert_not_null(x);
    cr_expect_eq(x->outcome, ASR_FAIL);
    cr_expect_str_eq(t_subjects(x), "Early diagnosis > Staging completeness > Percent");
    cr_expect_eq(ed->outcome, ASR_MISSING, "%s", ed->message);
    cr_expect_not_null(strstr(ed->message, "is 0.84, which looks like a fraction"), "%s",
                       ed->message);
    cr_expect_not_null(strstr(ed->message, "XML-05"), "%s", ed->message);
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* A provider declared twice in the header counts once: "3 of 4 trusts", not
 * "3 of 5" for four trusts. */
Test(check, a_provider_declared_twice_counts_once)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *base = t_example();
    const char *at = strstr(base, "    <Provider code=\"RKE\"");
    cr_assert_not_null(at);
    size_t len = (size_t)(strchr(at, '\n') - at) + 1;
    char line[512];
    snprintf(line, sizeof line, "%.*s", (int)len, at);
    char twice[1100];
    snprintf(twice, sizeof twice, "%s%s", line, line);
    const char *edits[] = {line, twice, NULL};
    char *xml = t_mutate(base, edits);
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    const asr_finding *cosd = t_find(&r, "LWBC-06");
    cr_expect_not_null(strstr(cosd->message, "of 4 trusts"), "%s", cosd->message);
    cr_expect_null(strstr(cosd->message, "of 5"), "%s", cosd->message);
    asr_return_report_free(&r);
    free(xml);
    free(base);
    asr_engine_close(&e);
}
