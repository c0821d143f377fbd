/* test_coverage.c: the catalogue, the rules and the tests agree. Every ID
 * in ../shared/spec/deliverables.md has a rule (XML-01 and XML-02 are built
 * in), every rule has an ID from the catalogue (or is a HIST-nn), and every
 * rule has at least one passing and one non-passing fixture (*.test.lua). */
#include "asr_fixtures.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CATALOGUE "../shared/spec/deliverables.md"
#define MAX_IDS   256

/* IDs from the catalogue's table rows: lines starting "| ID |". */
static size_t catalogue_ids(char ids[MAX_IDS][32])
{
    FILE *f = fopen(CATALOGUE, "r");
    cr_assert_not_null(f, "cannot read %s (the spec beside the repository)", CATALOGUE);
    char line[4096];
    size_t n = 0;
    while (fgets(line, sizeof line, f) && n < MAX_IDS) {
        char id[32];
        if (sscanf(line, "| %31[A-Z0-9-] |", id) == 1 && strchr(id, '-') && id[0] != '-' &&
            strcmp(id, "ID") != 0)
            snprintf(ids[n++], sizeof ids[0], "%s", id);
    }
    fclose(f);
    return n;
}

static int builtin(const char *id)
{
    return strcmp(id, "XML-01") == 0 || strcmp(id, "XML-02") == 0;
}

Test(coverage, every_catalogue_id_has_a_rule)
{
    static char ids[MAX_IDS][32];
    size_t n = catalogue_ids(ids);
    cr_assert_geq(n, 70, "only %zu IDs read from %s", n, CATALOGUE);
    asr_engine e;
    t_engine_open(&e, NULL);
    for (size_t i = 0; i < n; i++)
        cr_expect(builtin(ids[i]) || asr_rules_find(&e.rules, ids[i]) >= 0,
                  "catalogue ID %s has no rule", ids[i]);
    for (size_t r = 0; r < e.rules.n; r++) {
        int found = 0;
        for (size_t i = 0; i < n && !found; i++)
            found = strcmp(ids[i], e.rules.v[r].id) == 0;
        cr_expect(found || strncmp(e.rules.v[r].id, "HIST-", 5) == 0,
                  "rule %s (%s) is not in the catalogue", e.rules.v[r].id, e.rules.v[r].file);
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
