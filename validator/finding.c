/* finding.c: outcomes, findings and per-return reports (plain data). */
#include "asr_finding.h"

#include <stdlib.h>
#include <string.h>

void asr_finding_free(asr_finding *f)
{
    if (f == NULL)
        return;
    free(f->rule);
    free(f->title);
    free(f->workstream);
    free(f->due);
    free(f->source);
    free(f->message);
    free(f->prompt);
    for (size_t i = 0; i < f->nsubjects; i++)
        free(f->subjects[i]);
    free(f->subjects);
    for (size_t i = 0; i < f->nlocations; i++) {
        free(f->locations[i].xpath);
        free(f->locations[i].label);
    }
    free(f->locations);
    free(f->waiver_reason);
    free(f->subject_waived);
    memset(f, 0, sizeof *f);
}

int asr_finding_add_subject(asr_finding *f, const char *s)
{
    char **v = realloc(f->subjects, (f->nsubjects + 1) * sizeof *v);
    if (v == NULL)
        return -1;
    f->subjects = v;
    if ((v[f->nsubjects] = asr_strdup(s)) == NULL)
        return -1;
    f->nsubjects++;
    return 0;
}

int asr_finding_add_location(asr_finding *f, long line, const char *xpath, const char *label)
{
    asr_location *v = realloc(f->locations, (f->nlocations + 1) * sizeof *v);
    if (v == NULL)
        return -1;
    f->locations = v;
    asr_location *l = &v[f->nlocations];
    l->line = line;
    l->xpath = xpath ? asr_strdup(xpath) : NULL;
    l->label = label ? asr_strdup(label) : NULL;
    f->nlocations++;
    return 0;
}

int asr_report_add(asr_return_report *r, asr_finding *f)
{
    if (r->nfindings == r->capfindings) {
        size_t cap = r->capfindings ? r->capfindings * 2 : 32;
        asr_finding *v = realloc(r->findings, cap * sizeof *v);
        if (v == NULL)
            return -1;
        r->findings = v;
        r->capfindings = cap;
    }
    r->findings[r->nfindings++] = *f;
    memset(f, 0, sizeof *f);
    return 0;
}

void asr_return_report_free(asr_return_report *r)
{
    if (r == NULL)
        return;
    free(r->file);
    free(r->alliance_code);
    free(r->alliance_name);
    free(r->region);
    free(r->financial_year);
    free(r->quarter);
    free(r->judged_quarter);
    free(r->submitted);
    free(r->previous);
    asr_errlist_free(&r->errors);
    for (size_t i = 0; i < r->nfindings; i++)
        asr_finding_free(&r->findings[i]);
    free(r->findings);
    memset(r, 0, sizeof *r);
}

void asr_return_report_count(const asr_return_report *r, size_t counts[ASR_OUTCOME_COUNT])
{
    memset(counts, 0, ASR_OUTCOME_COUNT * sizeof counts[0]);
    for (size_t i = 0; i < r->nfindings; i++)
        counts[r->findings[i].outcome]++;
}

bool asr_finding_fails(const asr_finding *f, const asr_run_info *info)
{
    return !info->fail_never && !f->waived && f->outcome >= info->fail_on;
}

bool asr_run_counts(const asr_run_info *info, size_t k)
{
    return !(info->superseded && k < info->nsuperseded && info->superseded[k]);
}
