/* test_coverage.c: the catalogue, the rules and the tests agree. Every
 * deliverable of a year's planning pack (rules/catalogue.lua, `pack`) has a
 * rule in force that year, every dated rule of the national catalogue is a
 * deliverable of its year's pack (the undated ones are the checks of any
 * year: XML-nn, HIST-nn), and every rule has at least one passing and one
 * non-passing fixture (*.test.lua). */
#include "asr_fixtures.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int listed(const asr_pack *p, const char *id)
{
    for (size_t i = 0; i < p->deliverables.n; i++)
        if (strcmp(p->deliverables.v[i], id) == 0)
            return 1;
    return 0;
}

Test(coverage, every_pack_deliverable_has_a_rule)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const asr_catalogue *cat = &e.rules.cat;
    cr_assert_geq(cat->npacks, 1, "the catalogue lists no pack");
    for (size_t p = 0; p < cat->npacks; p++) {
        const asr_pack *pk = &cat->packs[p];
        const asr_year *y = asr_catalogue_year(cat, pk->year);
        cr_assert_not_null(y);
        cr_expect_geq(pk->deliverables.n, 68, "%s: only %zu deliverables", pk->year,
                      pk->deliverables.n);
        long q1 = y->first * 10L + 1, q4 = y->first * 10L + 4;
        for (size_t d = 0; d < pk->deliverables.n; d++) {
            int found = 0;
            for (size_t r = 0; r < e.rules.n && !found; r++)
                found = strcmp(e.rules.v[r].id, pk->deliverables.v[d]) == 0 &&
                        asr_rule_in_force(&e.rules.v[r], q1) &&
                        asr_rule_in_force(&e.rules.v[r], q4);
            cr_expect(found, "%s pack: %s has no rule in force all year", pk->year,
                      pk->deliverables.v[d]);
        }
        for (size_t r = 0; r < e.rules.n; r++) {
            const asr_rule *rule = &e.rules.v[r];
            if (!rule->from_key && !rule->until_key) {
                cr_expect(strncmp(rule->id, "XML-", 4) == 0 || strncmp(rule->id, "HIST-", 5) == 0,
                          "%s (%s) has no dates in force: only the checks of any year may",
                          rule->id, rule->file);
            } else if (asr_rule_in_force(rule, q1)) {
                cr_expect(listed(pk, rule->id),
                          "rule %s (%s) is in force in %s but not in its pack", rule->id,
                          rule->file, pk->year);
            }
        }
    }
    asr_engine_close(&e);
}

Test(coverage, every_rule_has_passing_and_failing_cases)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    const char *dirs[] = {t_rules_dir()};
    asr_fixtures fx;
    asr_errlist errs = {0};
    cr_expect_eq(asr_fixtures_load(e.lua, dirs, 1, &fx, &errs), 0);
    for (size_t r = 0; r < e.rules.n; r++) {
        const char *id = e.rules.v[r].id;
        int pass = 0, other = 0;
        for (size_t i = 0; i < fx.n; i++) {
            if (strcmp(fx.v[i].rule, id) != 0)
                continue;
            if (strcmp(fx.v[i].expect, "pass") == 0)
                pass++;
            else
                other++;
        }
        cr_expect(pass > 0, "rule %s has no passing fixture", id);
        cr_expect(other > 0, "rule %s has no non-passing fixture", id);
    }
    asr_fixtures_free(&fx);
    asr_errlist_free(&errs);
    asr_engine_close(&e);
}
