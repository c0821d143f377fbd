/* test_treatment_text.c: the words of the treatment and care rules' messages
 * where the count is one ("1 of 5 local agreements is", not "1 of 5 local
 * agreement is"), which the fixtures (outcome and subjects only) cannot see. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* The message of rule on xml (judged at its own quarter), which must hold
 * want and not hold wrong. */
static void expect_message(const char *xml, const char *rule, const char *want, const char *wrong)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    const asr_finding *f = t_find(&r, rule);
    cr_assert_not_null(f, "no %s finding", rule);
    cr_assert_not_null(f->message, "%s has no message", rule);
    cr_expect_not_null(strstr(f->message, want), "%s: want \"%s\" in: %s", rule, want, f->message);
    if (wrong)
        cr_expect_null(strstr(f->message, wrong), "%s: \"%s\" in: %s", rule, wrong, f->message);
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* LWBC-01 with one local agreement in development: the Q2 example with
 * HWBIS embedded, so only CCR is left. */
Test(treatment_text, one_local_agreement_in_development)
{
    char *base = t_example();
    const char *const pairs[] = {"intervention=\"HWBIS\" status=\"in-development\"",
                                 "intervention=\"HWBIS\" status=\"embedded\"", NULL};
    char *xml = t_mutate(base, pairs);
    expect_message(xml, "LWBC-01", "1 of 5 local agreements is still in development",
                   "1 of 5 local agreement is");
    free(xml);
    free(base);
}

/* TV-08 with one tumour site whose clinical group does not exist. */
Test(treatment_text, one_tumour_site_without_a_group)
{
    char *base = t_example();
    const char *const pairs[] = {
        "<ClinicalGroup tumour=\"og\" lead=\"Mr Q. Chen\" exists=\"true\"/>",
        "<ClinicalGroup tumour=\"og\" lead=\"Mr Q. Chen\" exists=\"false\"/>", NULL};
    char *xml = t_mutate(base, pairs);
    expect_message(xml, "TV-08", "1 of 7 tumour sites has no named clinical lead",
                   "1 of 7 tumour site ");
    free(xml);
    free(base);
}

/* LWBC-02 at Q2 with only RAL tracking and monitoring (RRV, RAP and RKE each lack one). */
Test(treatment_text, one_provider_with_psfu_tracking)
{
    char *base = t_example();
    const char *const pairs[] = {
        "<PSFUTracking provider=\"RRV\" digitalTracking=\"true\" monitoring=\"true\"/>",
        "<PSFUTracking provider=\"RRV\" digitalTracking=\"false\" monitoring=\"true\"/>", NULL};
    char *xml = t_mutate(base, pairs);
    expect_message(xml, "LWBC-02", "1 of 4 providers has both", "1 of 4 providers have");
    free(xml);
    free(base);
}
