#define _GNU_SOURCE
/* test_fixtures.c: every rule fixture (each *.test.lua under rules/) passes: the
 * same cases `assure rules test` runs, checked here in the test suite. */
#include "asr_fixtures.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <string.h>

Test(fixtures, every_case_passes, .timeout = 120)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const char *dirs[] = {t_rules_dir()};
    asr_fixtures fx;
    asr_errlist errs = {0};
    cr_expect_eq(asr_fixtures_load(e.lua, dirs, 1, &fx, &errs), 0, "%s:%ld: %s",
                 errs.n ? errs.v[0].file : "", errs.n ? errs.v[0].line : 0L,
                 errs.n ? errs.v[0].message : "");
    cr_expect_geq(fx.n, 400, "only %zu fixtures", fx.n);
    for (size_t i = 0; i < fx.n; i++) {
        char why[1600];
        int rc = asr_fixture_run(&e, &fx.v[i], why, sizeof why);
        cr_expect_eq(rc, 1, "%s / %s: %s (%s)", fx.v[i].rule, fx.v[i].name, why, fx.v[i].file);
    }
    asr_fixtures_free(&fx);
    asr_errlist_free(&errs);
    asr_engine_close(&e);
}

/* A fixture that is wrong fails, and says why. */
Test(fixtures, a_wrong_expectation_fails)
{
    const char *names[] = {"ok.lua", "ok.test.lua", NULL};
    char test[5200];
    char real[4096];
    cr_assert_not_null(realpath("samples/returns/ncl-q2.xml", real));
    snprintf(
        test, sizeof test,
        "fixtures { rule = 'OK-01', base = '%s',\n"
        "  { name = 'right', expect = 'pass' },\n"
        "  { name = 'wrong outcome', expect = 'fail' },\n"
        "  { name = 'wrong subjects', expect = 'pass', subjects = { 'RAP' } },\n"
        "  { name = 'edit not found', expect = 'pass', edits = { { 'no such text', 'x' } } },\n"
        "}\n",
        real);
    const char *srcs[] = {
        "deliverable { id = 'OK-01', title = 't', workstream = 'integrity', source = 's',\n"
        "  due = 'every', check = function(doc, out) out:pass{} end }\n",
        test, NULL};
    const char *dir = t_rule_dir(names, srcs);
    asr_engine e;
    t_engine_open(&e, dir);
    asr_fixtures fx;
    asr_errlist errs = {0};
    cr_assert_eq(asr_fixtures_load(e.lua, &dir, 1, &fx, &errs), 0);
    cr_assert_eq(fx.n, 4);
    char why[1600];
    cr_expect_eq(asr_fixture_run(&e, &fx.v[0], why, sizeof why), 1, "%s", why);
    cr_expect_eq(asr_fixture_run(&e, &fx.v[1], why, sizeof why), 0);
    cr_expect_not_null(strstr(why, "got pass"), "%s", why);
    cr_expect_eq(asr_fixture_run(&e, &fx.v[2], why, sizeof why), 0);
    cr_expect_not_null(strstr(why, "want [RAP]"), "%s", why);
    cr_expect_eq(asr_fixture_run(&e, &fx.v[3], why, sizeof why), -1);
    cr_expect_not_null(strstr(why, "no such text"), "%s", why);
    asr_fixtures_free(&fx);
    asr_errlist_free(&errs);
    asr_engine_close(&e);
}

/* Fixtures files are checked key by key, with file and line. */
Test(fixtures, bad_fixtures_files_are_reported)
{
    const char *names[] = {"ok.lua", "bad.test.lua", NULL};
    const char *srcs[] = {
        "deliverable { id = 'OK-01', title = 't', workstream = 'integrity', source = 's',\n"
        "  due = 'every', check = function(doc, out) out:pass{} end }\n",
        "fixtures { rule = 'OK-01', base = 'x.xml',\n"
        "  { name = 'n', expect = 'great' } }\n",
        NULL};
    const char *dir = t_rule_dir(names, srcs);
    asr_engine e;
    t_engine_open(&e, dir);
    asr_fixtures fx;
    asr_errlist errs = {0};
    cr_assert_eq(asr_fixtures_load(e.lua, &dir, 1, &fx, &errs), -1);
    cr_assert_eq(errs.n, 1);
    cr_expect_not_null(strstr(errs.v[0].file, "bad.test.lua"));
    cr_expect_eq(errs.v[0].line, 1);
    cr_expect_not_null(strstr(errs.v[0].message, "expect must be one of"), "%s", errs.v[0].message);
    asr_fixtures_free(&fx);
    asr_errlist_free(&errs);
    asr_engine_close(&e);
}
