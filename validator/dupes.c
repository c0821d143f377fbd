/* dupes.c: which of several returns for one alliance, year and quarter
 * counts, and the note that says so (asr_dupes.h). */
#include "asr_dupes.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int asr_dupes_add(asr_dupes *d, size_t index, const char *file, const char *alliance,
                  const char *year, const char *quarter, const char *submitted)
{
    if (!alliance || !year || !quarter)
        return 0;
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 16;
        asr_dupe *v = realloc(d->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        d->v = v;
        d->cap = cap;
    }
    /* The key joins the three with a byte no code holds (US, 0x1F). */
    size_t klen = strlen(alliance) + strlen(year) + strlen(quarter) + 3;
    size_t llen = klen + 2;
    asr_dupe *x = &d->v[d->n];
    memset(x, 0, sizeof *x);
    x->key = malloc(klen);
    x->label = malloc(llen);
    x->file = asr_strdup(file);
    x->submitted = submitted ? asr_strdup(submitted) : NULL;
    x->index = index;
    if (!x->key || !x->label || !x->file || (submitted && !x->submitted)) {
        free(x->key);
        free(x->label);
        free(x->file);
        free(x->submitted);
        return -1;
    }
    snprintf(x->key, klen, "%s\x1f%s\x1f%s", alliance, year, quarter);
    snprintf(x->label, llen, "%s %s %s", alliance, year, quarter);
    d->n++;
    return 0;
}

static int by_key(const void *pa, const void *pb)
{
    const asr_dupe *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* A submission date as the schema writes one, YYYY-MM-DD: such dates
 * compare as strings. Anything else cannot be compared. */
static int is_date(const char *s)
{
    if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

enum { DUPES_SHOWN = 10 }; /* files a note names by name */

/* One group v[0..n) (by index): mark all but the winner, and write the note. */
static int resolve_group(const asr_dupe *v, size_t n, const char *where, const char *uses,
                         const char *tail, unsigned char *superseded, size_t nindex,
                         asr_strlist *notes)
{
    size_t win = 0;
    int dated = 0, tie = 0;
    for (size_t i = 0; i < n; i++)
        dated += is_date(v[i].submitted);
    for (size_t i = 1; i < n; i++) {
        int di = is_date(v[i].submitted), dw = is_date(v[win].submitted);
        int c = di && dw ? strcmp(v[i].submitted, v[win].submitted) : di - dw;
        if (c >= 0) /* later given wins a tie */
            win = i;
    }
    for (size_t i = 0; i < n; i++) {
        if (i != win && is_date(v[i].submitted) && is_date(v[win].submitted) &&
            strcmp(v[i].submitted, v[win].submitted) == 0)
            tie = 1;
        if (i != win && v[i].index < nindex)
            superseded[v[i].index] = 1;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len); /* the whole may be long: many files */
    if (m == NULL)
        return -1;
    fprintf(m, "%s has %zu returns %s: ", v[0].label, n, where);
    /* The first files by name (each group's note stays one readable line:
     * 200 copies of a return named 200 files before), then how many more;
     * the one that counts is named after it in any case. */
    size_t shown = n <= DUPES_SHOWN ? n : DUPES_SHOWN - 1;
    for (size_t i = 0; i < shown; i++) {
        fprintf(m, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", v[i].file);
        if (is_date(v[i].submitted))
            fprintf(m, " (submitted %s)", v[i].submitted);
        else
            fputs(" (no submission date)", m);
    }
    if (shown < n)
        fprintf(m, " and %zu more", n - shown);
    const char *why = tie          ? ", the one given later: their submission dates are the same"
                      : dated == 0 ? ", the one given later: no submission date to compare"
                      : dated == 1 ? ", the only one with a submission date"
                                   : ", the later submission";
    fprintf(m, "; %s %s%s%s", uses, v[win].file, why, tail);
    int rc = fclose(m) == 0 && buf ? asr_strlist_push(notes, buf) : -1;
    free(buf);
    return rc;
}

int asr_dupes_resolve(asr_dupes *d, const char *where, const char *uses, const char *tail,
                      unsigned char *superseded, size_t nindex, asr_strlist *notes)
{
    if (d->n > 1)
        qsort(d->v, d->n, sizeof *d->v, by_key);
    for (size_t i = 0; i < d->n;) {
        size_t j = i + 1;
        while (j < d->n && strcmp(d->v[j].key, d->v[i].key) == 0)
            j++;
        if (j - i > 1 &&
            resolve_group(&d->v[i], j - i, where, uses, tail, superseded, nindex, notes) != 0)
            return -1;
        i = j;
    }
    return 0;
}

void asr_dupes_free(asr_dupes *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].key);
        free(d->v[i].label);
        free(d->v[i].file);
        free(d->v[i].submitted);
    }
    free(d->v);
    memset(d, 0, sizeof *d);
}
