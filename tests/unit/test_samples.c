/* test_samples.c: every bundled sample return gives exactly the outcomes
 * and subjects in samples/expected/<name>.txt (reviewed snapshots, one line
 * per rule: "RULE outcome subjects", "-" for none; regenerate with
 * tests/samples/regen-expected and review the diff). */
#include "helpers.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check_sample(const char *name)
{
    char xml[512], exp[512];
    snprintf(xml, sizeof xml, "samples/returns/%s.xml", name);
    snprintf(exp, sizeof exp, "samples/expected/%s.txt", name);
    FILE *f = fopen(exp, "r");
    cr_assert_not_null(f, "sample %s has no expected outcomes file %s", name, exp);
    asr_engine e;
    t_engine_open(&e, NULL);
    asr_return_report r;
    cr_assert_eq(asr_engine_check(&e, xml, &r), 0);
    cr_assert(r.readable, "%s is not readable: %s", name, r.errors.n ? r.errors.v[0].message : "");
    char line[4096];
    size_t i = 0;
    while (fgets(line, sizeof line, f)) {
        char rule[64], outcome[32], subjects[3000];
        cr_assert_eq(sscanf(line, "%63s %31s %2999s", rule, outcome, subjects), 3,
                     "%s: bad line %s", exp, line);
        cr_assert_lt(i, r.nfindings, "%s: more expected lines than findings", name);
        const asr_finding *fd = &r.findings[i++];
        cr_expect_str_eq(fd->rule, rule, "%s: finding %zu", name, i);
        cr_expect_str_eq(asr_outcome_name(t_catalogue(), fd->outcome), outcome, "%s %s: %s", name,
                         rule, fd->message);
        const char *got = t_subjects(fd);
        cr_expect_str_eq(*got ? got : "-", subjects, "%s %s subjects", name, rule);
    }
    cr_expect_eq(i, r.nfindings, "%s: %zu findings, %zu expected", name, r.nfindings, i);
    fclose(f);
    asr_return_report_free(&r);
    asr_engine_close(&e);
}

/* Every sample has expected outcomes, and they hold. */
Test(samples, every_sample_matches_its_expected_outcomes, .timeout = 60)
{
    DIR *d = opendir("samples/returns");
    cr_assert_not_null(d);
    struct dirent *ent;
    int n = 0;
    while ((ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len < 5 || strcmp(ent->d_name + len - 4, ".xml") != 0)
            continue;
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(len - 4), ent->d_name);
        check_sample(name);
        n++;
    }
    closedir(d);
    cr_expect_geq(n, 9, "only %d sample returns", n);
}

/* The set covers what issue #3 asks: all four quarters, three or more
 * alliances, a Q4 year-end return, and at least one messy return. */
Test(samples, the_set_covers_quarters_and_alliances)
{
    asr_strlist files = {0};
    asr_err err;
    cr_assert_eq(asr_list_files("samples/returns", ".xml", &files, &err), 0);
    int quarters[5] = {0}, messy = 0;
    char alliances[16][16];
    int nalliances = 0;
    for (size_t i = 0; i < files.n; i++) {
        asr_doc doc;
        cr_assert_eq(asr_doc_load(&doc, files.v[i], &err), 0, "%s: %s", files.v[i], err.message);
        if (doc.quarter && doc.quarter[0] == 'Q' && doc.quarter[1] >= '1' && doc.quarter[1] <= '4')
            quarters[doc.quarter[1] - '0']++;
        int seen = 0;
        for (int k = 0; k < nalliances; k++)
            seen |= strcmp(alliances[k], doc.alliance_code) == 0;
        if (!seen && nalliances < 16)
            snprintf(alliances[nalliances++], sizeof alliances[0], "%s", doc.alliance_code);
        messy += strstr(files.v[i], "messy") != NULL;
        asr_doc_free(&doc);
    }
    for (int q = 1; q <= 4; q++)
        cr_expect_gt(quarters[q], 0, "no Q%d sample", q);
    cr_expect_geq(nalliances, 3);
    cr_expect_geq(messy, 1);
    asr_strlist_free(&files);
}
