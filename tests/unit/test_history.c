/* test_history.c: --history. The alliance's previous quarter is found by
 * its header, the HIST rules compare the two returns, and every finding is
 * marked new, persisting or resolved. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Write xml to dir/name. */
static void put(const char *dir, const char *name, const char *xml)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(xml, f);
    fclose(f);
}

/* The example as a Q1 return with the given extra edits. */
static char *as_q1(const char *base, const char *const *more)
{
    const char *q1[] = {"quarter=\"Q2\"", "quarter=\"Q1\"", "date=\"2025-10-17\"",
                        "date=\"2025-07-15\"", NULL};
    char *a = t_mutate(base, q1);
    char *b = t_mutate(a, more);
    free(a);
    return b;
}

static void with_history(const char *const *prev_edits, asr_return_report *r, asr_history *h)
{
    char dir[] = "/tmp/assure-history-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char *base = t_example();
    char *prev = as_q1(base, prev_edits);
    put(dir, "earlier.xml", prev);
    asr_errlist errs = {0};
    cr_assert_eq(asr_history_load(dir, t_catalogue(), h, &errs), 0);
    cr_assert_eq(errs.n, 0);
    asr_errlist_free(&errs);
    asr_engine e;
    t_engine_open(&e, NULL);
    e.history = h;
    t_check(&e, base, 0, r);
    asr_engine_close(&e);
    free(prev);
    free(base);
}

Test(history, cross_quarter_rules_and_changes)
{
    const char *edits[] = {"hrtPathway=\"live\" liveDate=\"2025-04-14\"",
                           "hrtPathway=\"bau\" liveDate=\"2025-04-14\"",
                           "actualYearToDate=\"381200\"",
                           "actualYearToDate=\"400000\"",
                           "target=\"58.0\"",
                           "target=\"59.0\"",
                           "aims=\"SA2 SA4 SA5\" status=\"on-track\"",
                           "aims=\"SA2 SA4 SA5\" status=\"complete\"",
                           NULL};
    asr_return_report r;
    asr_history h;
    with_history(edits, &r, &h);
    cr_assert_not_null(r.previous);
    cr_expect_not_null(strstr(r.previous, "earlier.xml"));
    const asr_finding *f;
    f = t_find(&r, "HIST-01");
    cr_expect_str_eq(asr_outcome_name(t_catalogue(), f->outcome), "fail");
    cr_expect_str_eq(t_subjects(f), "RAL");
    f = t_find(&r, "HIST-02");
    cr_expect_str_eq(asr_outcome_name(t_catalogue(), f->outcome), "fail");
    cr_expect_str_eq(t_subjects(f), "cross-cutting");
    cr_expect_not_null(strstr(f->message, "£400,000 to £381,200"), "%s", f->message);
    f = t_find(&r, "HIST-03");
    cr_expect_str_eq(asr_outcome_name(t_catalogue(), f->outcome), "at-risk");
    cr_expect_str_eq(t_subjects(f), "QMJ");
    f = t_find(&r, "HIST-04");
    cr_expect_str_eq(asr_outcome_name(t_catalogue(), f->outcome), "fail");
    cr_expect_str_eq(t_subjects(f), "PC-B1");
    /* FIT-04 (RAP on NEDi2.0) was at-risk at Q1 too; LP-01 is new because
     * PC-B1 was complete at Q1; a pass that was a pass has no mark. */
    cr_expect_str_eq(t_find(&r, "FIT-04")->change, "persisting");
    cr_expect_str_eq(t_find(&r, "LP-01")->change, "new");
    cr_expect_null(t_find(&r, "FIT-01")->change);
    asr_return_report_free(&r);
    asr_history_free(&h);
}

Test(history, resolved_since_last_quarter)
{
    const char *edits[] = {"percent=\"84.1\"", "percent=\"76.1\"", "numerator=\"4310\"",
                           "numerator=\"3898\"", NULL};
    asr_return_report r;
    asr_history h;
    with_history(edits, &r, &h);
    const asr_finding *f = t_find(&r, "FIT-01");
    cr_expect_eq(f->outcome, ASR_PASS);
    cr_expect_str_eq(f->change, "resolved");
    for (int i = 1; i <= 4; i++) {
        char id[32];
        snprintf(id, sizeof id, "HIST-0%d", i);
        cr_expect_eq(t_find(&r, id)->outcome, ASR_PASS, "%s", id);
    }
    asr_return_report_free(&r);
    asr_history_free(&h);
}

/* Without --history the cross-quarter rules (history = true) do not run: no
 * finding, rather than a not-applicable line per return. */
Test(history, no_previous_return)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *base = t_example();
    asr_return_report r;
    t_check(&e, base, 0, &r);
    cr_expect_null(r.previous);
    for (int i = 1; i <= 4; i++) {
        char id[32];
        snprintf(id, sizeof id, "HIST-0%d", i);
        cr_expect_null(t_find(&r, id), "%s", id);
    }
    asr_return_report_free(&r);
    free(base);
    asr_engine_close(&e);
}

Test(history, index_matches_alliance_year_and_quarter)
{
    asr_history h = {0};
    asr_history_entry v[] = {
        {"a.xml", "E56000027", "2025/26", 1},
        {"b.xml", "E56000021", "2025/26", 1},
        {"c.xml", "E56000027", "2024/25", 1},
    };
    h.v = v;
    h.n = 3;
    cr_expect_str_eq(asr_history_find(&h, "E56000027", "2025/26", 1), "a.xml");
    cr_expect_str_eq(asr_history_find(&h, "E56000021", "2025/26", 1), "b.xml");
    cr_expect_null(asr_history_find(&h, "E56000027", "2025/26", 2));
    cr_expect_null(asr_history_find(&h, "E56000030", "2025/26", 1));
}
