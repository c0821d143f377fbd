/* test_finding.c: how the runner turns a rule's items into its finding
 * (validator/lua_finding.c): the worst outcome, first-seen subjects,
 * details and prompts, the "subject: detail" prefix, the caps on what a
 * message names and on a finding's places, template slots (counts,
 * numbers, plural forms, __tostring, unknown slots) and the default texts.
 * The rules are tests/fixtures/aggregate/agg.lua, run on the example. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

static asr_engine engine;
static asr_return_report report;

static void setup(void)
{
    char *src = t_read("tests/fixtures/aggregate/agg.lua", NULL);
    const char *names[] = {"agg.lua", NULL};
    const char *srcs[] = {src, NULL};
    t_engine_open(&engine, t_rule_dir(names, srcs));
    free(src);
    char *xml = t_example();
    t_check(&engine, xml, 0, &report);
    free(xml);
}

static void teardown(void)
{
    asr_return_report_free(&report);
    asr_engine_close(&engine);
}

TestSuite(finding, .init = setup, .fini = teardown, .timeout = 60);

static const asr_finding *get(const char *rule, const char *outcome)
{
    const asr_finding *f = t_find(&report, rule);
    cr_assert_not_null(f, "%s gave no finding", rule);
    cr_assert_str_eq(asr_outcome_name(t_catalogue(), f->outcome), outcome, "%s: %s", rule,
                     f->message ? f->message : "(no message)");
    return f;
}

static void expect_texts(const asr_finding *f, const char *message, const char *prompt)
{
    cr_expect_str_eq(f->message, message, "%s message", f->rule);
    if (prompt == NULL)
        cr_expect_null(f->prompt, "%s prompt: %s", f->rule, f->prompt);
    else
        cr_expect_str_eq(f->prompt ? f->prompt : "(none)", prompt, "%s prompt", f->rule);
}

/* 1,100 subjects, each failing twice: all kept once in order; the message
 * and prompt name 50 and count the rest with a thousands separator; the
 * first 50 of 60 distinct places; the less severe items are left out. */
Test(finding, long_lists_are_capped)
{
    const asr_finding *f = get("AGG-01", "fail");
    cr_assert_eq(f->nsubjects, 1100);
    char want[4096] = "1,100 subjects fail: ", prompt[4096] = "";
    for (int i = 1; i <= 50; i++) {
        snprintf(want + strlen(want), sizeof want - strlen(want), "%sS%04d", i > 1 ? ", " : "", i);
        snprintf(prompt + strlen(prompt), sizeof prompt - strlen(prompt), "S%04d: d%d; ", i, i % 3);
    }
    strcat(want, " and 1,050 more");
    strcat(prompt, "and 1,050 more");
    expect_texts(f, want, prompt);
    cr_expect_str_eq(f->subjects[0], "S0001");
    cr_expect_str_eq(f->subjects[1099], "S1100");
    cr_assert_eq(f->nlocations, 50);
    cr_expect_str_eq(f->locations[0].xpath, "/QuarterlyReturn/@a1");
    cr_expect_str_eq(f->locations[0].label, "A 1");
    cr_expect_eq(f->locations[0].line, 3);
    cr_expect_str_eq(f->locations[49].xpath, "/QuarterlyReturn/@a50");
}

/* Exactly 50: every one named, the last after "and". */
Test(finding, fifty_are_named_in_full)
{
    const asr_finding *f = get("AGG-02", "fail");
    char want[1024] = "", prompt[1024] = "";
    for (int i = 1; i <= 50; i++) {
        snprintf(want + strlen(want), sizeof want - strlen(want), "%sT%d",
                 i == 1    ? ""
                 : i == 50 ? " and "
                           : ", ",
                 i);
        snprintf(prompt + strlen(prompt), sizeof prompt - strlen(prompt), "%sT%d: x",
                 i > 1 ? "; " : "", i);
    }
    expect_texts(f, want, prompt);
    cr_expect_eq(f->nsubjects, 50);
}

Test(finding, template_slots)
{
    const asr_finding *f = get("AGG-03", "pass");
    expect_texts(f,
                 "is are is is total=20,000 met=1,234,567 unmet=-4,321 line=999 plain=20000 "
                 "neg=-20000 f=78.4 g=3 h=12.5 big=100000000000000000000 negz=0 small=0 "
                 "third=0.33 obj=OBJ flag=false str=text none={nope} bad={odd|x} {bad name} {1} {} "
                 "Q2 every quarter 2025/26 0 [] []",
                 NULL);
}

Test(finding, details_prefix_and_dedupe)
{
    const asr_finding *f = get("AGG-04", "fail");
    expect_texts(
        f,
        "RAP has no plan; RKE: no plan; general; empty subject; NUM: 42; nothing from RRV; "
        "ICB; 7; 7",
        "p1. p2.");
    cr_expect_str_eq(t_subjects(f), "RAP,RKE,RAL,,NUM,RRV,ICB");
}

Test(finding, default_texts)
{
    expect_texts(get("AGG-05", "at-risk"), "at-risk",
                 "Describe the recovery plan, with dates, to meet this by Q4.");
    expect_texts(get("AGG-06", "fail"), "fail",
                 "Explain what is being done to meet this deliverable, with dates.");
    expect_texts(get("AGG-07", "missing"), "missing", "own prompt");
    expect_texts(get("AGG-08", "not-due"), "later", NULL);
    const asr_finding *none = get("AGG-09", "pass");
    expect_texts(none, "Meets the deliverable", NULL);
    cr_expect_eq(none->nsubjects, 0);
    expect_texts(get("AGG-10", "not-applicable"), "not-applicable", NULL);
    /* assure's own words for absent evidence, not the rule's say */
    expect_texts(get("AGG-11", "missing"), "Nope is absent", "Add it in the next return.");
    expect_texts(get("AGG-14", "missing"), "Faster diagnosis > Nope is absent",
                 "Add the Provider that this deliverable needs (Faster diagnosis > Provider).");
}

/* Each place once, in the order first seen, with its line and label; an
 * attribute's place has its own xpath and label. A pass has no places. */
Test(finding, places)
{
    const asr_finding *f = get("AGG-12", "fail");
    cr_assert_eq(f->nlocations, 8);
    cr_expect_str_eq(f->locations[0].xpath, "/QuarterlyReturn/Header/Provider[1]");
    cr_expect_str_eq(f->locations[0].label, "Header > RRV");
    cr_expect_eq(f->locations[0].line, 9);
    cr_expect_str_eq(f->locations[1].xpath, "/QuarterlyReturn/Header/Provider[1]/@tier");
    cr_expect_str_eq(f->locations[1].label, "Header > RRV > Tier");
    cr_expect_str_eq(f->locations[7].xpath, "/QuarterlyReturn/Header/Provider[4]/@tier");
    cr_expect_eq(f->locations[7].line, 12);
    cr_expect_str_eq(t_subjects(f), "RRV,RAL,RAP,RKE");
    cr_expect_str_eq(f->message, "RRV: provider; RRV: tier; RRV: again; RAL: provider; RAL: tier; "
                                 "RAL: again; RAP: provider; RAP: tier; RAP: again; RKE: provider; "
                                 "RKE: tier; RKE: again");
    const asr_finding *pass = get("AGG-13", "pass");
    cr_expect_eq(pass->nlocations, 0);
    cr_expect_str_eq(t_subjects(pass), "RRV");
}

/* A value's __tostring runs inside the rule's limits: one that never
 * returns is stopped, one that raises is the rule's error. */
Test(finding, tostring_runs_under_the_limits)
{
    const asr_finding *loop = get("AGG-15", "error");
    cr_expect_not_null(strstr(loop->message, "instruction limit"), "%s", loop->message);
    cr_expect_not_null(strstr(loop->message, "agg.lua:"), "%s", loop->message);
    const asr_finding *boom = get("AGG-16", "error");
    cr_expect_not_null(strstr(boom->message, "boom in tostring"), "%s", boom->message);
}

/* Odd items: the values and errors the Lua runner gave. */
Test(finding, odd_items)
{
    expect_texts(get("AGG-18", "fail"), "5; 5",
                 "Explain what is being done to meet this deliverable, with dates.");
    static const struct {
        const char *rule, *error;
    } errors[] = {
        {"AGG-19", "table index is NaN"},
        {"AGG-20", "invalid value (table) at index 1 in table for 'concat'"},
        {"AGG-21", "bad argument #1 to 'sfind' (string expected, got table)"},
        {"AGG-22", "invalid value (boolean) at index 1 in table for 'concat'"},
        {"AGG-23", "attempt to compare number with nil"},
        {"AGG-24", "attempt to index a number value (local 'name')"},
    };
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        const asr_finding *f = get(errors[i].rule, "error");
        cr_expect_not_null(strstr(f->message, errors[i].error), "%s: %s", errors[i].rule,
                           f->message);
    }
    /* ten subjects, each twice: past the searched few, a set keeps them once */
    expect_texts(get("AGG-25", "fail"), "S1, S2, S3, S4, S5, S6, S7, S8, S9 and S0",
                 "Explain what is being done to meet this deliverable, with dates.");
}

/* Every element's label and subject, and words made of names, on the
 * example with elements added for the corner cases (an empty or too long
 * identity, a provider or ICB beside it, empty or the same, a QuarterlyReturn
 * inside the return): as the prelude's Lua wrote them before the labels
 * moved to C (tests/fixtures/aggregate/labels.txt is its output). */
Test(labels, every_element_and_word, .timeout = 60)
{
    char *src = t_read("tests/fixtures/aggregate/agg.lua", NULL);
    const char *names[] = {"agg.lua", NULL};
    const char *srcs[] = {src, NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    free(src);
    enum { LONG = ASR_MAX_ATTR_BYTES + 4 }; /* a value one byte past the bound, quoted */
    char *code = malloc(LONG), *provider = malloc(LONG);
    cr_assert(code && provider);
    memset(code, 'c', LONG - 1);
    memset(provider, 'p', LONG - 1);
    code[0] = provider[0] = code[LONG - 2] = provider[LONG - 2] = '"';
    code[LONG - 1] = provider[LONG - 1] = '\0';
    char *base = t_read("tests/fixtures/aggregate/labels.xml", NULL);
    const char *edits[] = {"\"LONG1\"", code, "\"LONG2\"", provider, NULL};
    char *xml = t_mutate(base, edits);
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    const asr_finding *f = t_find(&r, "AGG-17");
    cr_assert_not_null(f);
    char *want = t_read("tests/fixtures/aggregate/labels.txt", NULL);
    cr_expect_str_eq(f->message, want);
    free(want);
    asr_return_report_free(&r);
    free(xml);
    free(base);
    free(code);
    free(provider);
    asr_engine_close(&e);
}
