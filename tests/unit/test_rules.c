/* test_rules.c: every rule against the example return and mutations of it:
 * at least one passing and one non-passing case per rule, with the exact
 * outcome and subjects asserted. Table-driven: one row per case. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

typedef struct rule_case {
    const char *name;          /* what the case shows */
    const char *rule;          /* rule ID */
    const char *edits[13];     /* {from, to} pairs applied to the example, NULL-ended */
    int quarter;               /* judge at (0 = the return's own, Q2) */
    const char *outcome;       /* expected outcome */
    const char *subjects;      /* expected subjects, comma-joined */
} rule_case;

static rule_case cases[] = {
    {"example passes", "FIT-01", {NULL}, 0, "pass", ""},
    {"below 80%", "FIT-01", {"numerator=\"4310\" denominator=\"5122\" percent=\"84.1\"",
                             "numerator=\"3900\" denominator=\"5122\" percent=\"76.1\"", NULL},
     0, "fail", "CAN-04"},
};

ParameterizedTestParameters(rules, cases)
{
    return cr_make_param_array(rule_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(rule_case *c, rules, cases)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    char *base = t_example();
    char *xml = t_mutate(base, c->edits);
    asr_return_report r;
    t_check(&e, xml, c->quarter, &r);
    const asr_finding *f = t_find(&r, c->rule);
    cr_assert_not_null(f, "%s: no finding for %s", c->name, c->rule);
    cr_expect_str_eq(asr_outcome_name(f->outcome), c->outcome, "%s / %s: outcome %s (%s)", c->rule,
                     c->name, asr_outcome_name(f->outcome), f->message);
    cr_expect_str_eq(t_subjects(f), c->subjects, "%s / %s: subjects", c->rule, c->name);
    if (f->outcome == ASR_FAIL || f->outcome == ASR_MISSING || f->outcome == ASR_AT_RISK)
        cr_expect_not_null(f->prompt, "%s / %s: a %s finding needs a prompt", c->rule, c->name,
                           asr_outcome_name(f->outcome));
    asr_return_report_free(&r);
    free(xml);
    free(base);
    asr_engine_close(&e);
}
