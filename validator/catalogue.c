/* catalogue.c: lookups in the catalogue's facts (asr_catalogue.h). The facts
 * themselves come from rules/catalogue.lua, read by the rule loader. */
#include "asr_catalogue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void asr_catalogue_free(asr_catalogue *c)
{
    if (c == NULL)
        return;
    free(c->file);
    for (int i = 0; i < ASR_OUTCOME_COUNT; i++) {
        free(c->outcomes[i].name);
        free(c->outcomes[i].label);
        free(c->outcomes[i].code);
        free(c->outcomes[i].means);
    }
    for (size_t i = 0; i < c->nworkstreams; i++) {
        free(c->workstreams[i].id);
        free(c->workstreams[i].heading);
        free(c->workstreams[i].short_name);
        asr_strlist_free(&c->workstreams[i].prefixes);
    }
    free(c->workstreams);
    for (size_t i = 0; i < c->nbuiltins; i++) {
        asr_builtin *b = &c->builtins[i];
        free(b->id);
        free(b->workstream);
        free(b->title);
        free(b->source);
        free(b->checks);
    }
    free(c->builtins);
    for (size_t i = 0; i < c->nschemas; i++) {
        free(c->schemas[i].version);
        free(c->schemas[i].xsd);
    }
    free(c->schemas);
    for (size_t i = 0; i < c->nyears; i++)
        free(c->years[i].name);
    free(c->years);
    for (size_t i = 0; i < c->npacks; i++) {
        free(c->packs[i].year);
        free(c->packs[i].title);
        asr_strlist_free(&c->packs[i].deliverables);
        for (size_t k = 0; k < c->packs[i].nunchecked; k++) {
            free(c->packs[i].unchecked[k].quote);
            free(c->packs[i].unchecked[k].section);
            free(c->packs[i].unchecked[k].row);
            free(c->packs[i].unchecked[k].why);
        }
        free(c->packs[i].unchecked);
    }
    free(c->packs);
    for (size_t i = 0; i < c->ntolerances; i++) {
        asr_tolerance *t = &c->tolerances[i];
        free(t->name);
        free(t->unit);
        free(t->means);
        free(t->value);
        free(t->default_value);
        free(t->set_by);
        free(t->reason);
    }
    free(c->tolerances);
    memset(c, 0, sizeof *c);
}

const char *asr_outcome_name(const asr_catalogue *c, asr_outcome o)
{
    return (o >= 0 && o < ASR_OUTCOME_COUNT && c->outcomes[o].name) ? c->outcomes[o].name : "?";
}

int asr_outcome_parse(const asr_catalogue *c, const char *name, asr_outcome *out)
{
    for (int i = 0; i < ASR_OUTCOME_COUNT; i++)
        if (c->outcomes[i].name && strcmp(name, c->outcomes[i].name) == 0) {
            *out = (asr_outcome)i;
            return 0;
        }
    return -1;
}

const char *asr_outcome_code(const asr_catalogue *c, unsigned o, const char *not_run)
{
    return o < ASR_OUTCOME_COUNT ? c->outcomes[o].code : not_run;
}

const asr_workstream *asr_catalogue_workstream(const asr_catalogue *c, const char *id)
{
    for (size_t i = 0; id && i < c->nworkstreams; i++)
        if (strcmp(c->workstreams[i].id, id) == 0)
            return &c->workstreams[i];
    return NULL;
}

const asr_builtin *asr_catalogue_builtin(const asr_catalogue *c, const char *id)
{
    for (size_t i = 0; id && i < c->nbuiltins; i++)
        if (strcmp(c->builtins[i].id, id) == 0)
            return &c->builtins[i];
    return NULL;
}

const asr_year *asr_catalogue_year(const asr_catalogue *c, const char *name)
{
    for (size_t i = 0; name && i < c->nyears; i++)
        if (strcmp(c->years[i].name, name) == 0)
            return &c->years[i];
    return NULL;
}

long asr_catalogue_schema(const asr_catalogue *c, const char *version)
{
    for (size_t i = 0; version && i < c->nschemas; i++)
        if (strcmp(c->schemas[i].version, version) == 0)
            return (long)i;
    return -1;
}

int asr_catalogue_quarter(const asr_catalogue *c, const char *s)
{
    for (int q = 0; s && c->nyears && q < 4; q++)
        if (strcmp(c->years[0].q[q].name, s) == 0)
            return q + 1;
    return 0;
}

const char *asr_catalogue_list(const asr_catalogue *c, int years, const char *conj, char *buf,
                               size_t cap)
{
    size_t n = years ? c->nyears : c->nschemas, used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && used < cap; i++) {
        int w = snprintf(buf + used, cap - used, "%s%s%s%s",
                         i == 0       ? ""
                         : i + 1 == n ? " "
                                      : ", ",
                         i > 0 && i + 1 == n ? conj : "", i > 0 && i + 1 == n ? " " : "",
                         years ? c->years[i].name : c->schemas[i].version);
        used += w > 0 ? (size_t)w : 0;
    }
    return buf;
}

const char *asr_catalogue_text(const asr_catalogue *c, const char *text, const char *version,
                               char *buf, size_t cap)
{
    static const char slot[] = "{version}";
    const char *at = strstr(text, slot);
    char all[256];
    if (at == NULL) {
        snprintf(buf, cap, "%s", text);
        return buf;
    }
    if (version == NULL)
        version = asr_catalogue_list(c, 0, "or", all, sizeof all);
    snprintf(buf, cap, "%.*s%s%s", (int)(at - text), text, version, at + sizeof slot - 1);
    return buf;
}

long asr_period_key(const char *financial_year, int quarter)
{
    int y1 = 0, y2 = 0;
    char extra;
    if (!financial_year || sscanf(financial_year, "%4d/%2d%c", &y1, &y2, &extra) != 2 ||
        strlen(financial_year) != 7 || (y1 + 1) % 100 != y2 || quarter < 1 || quarter > 4)
        return 0;
    return (long)y1 * 10 + quarter;
}

const asr_year *asr_catalogue_previous(const asr_catalogue *c, long key, int *quarter)
{
    long first = key / 10;
    int q = (int)(key % 10) - 1;
    if (q == 0) {
        first--;
        q = 4;
    }
    for (size_t i = 0; i < c->nyears; i++)
        if (c->years[i].first == first) {
            *quarter = q;
            return &c->years[i];
        }
    return NULL;
}

/* ------------------------------------------------------------ ordering */

static size_t ws_rank(const asr_catalogue *c, const char *ws)
{
    for (size_t i = 0; i < c->nworkstreams; i++)
        if (strcmp(c->workstreams[i].id, ws) == 0)
            return i;
    return c->nworkstreams;
}

/* "FD-URO-01" -> prefix "FD-URO", number 1. */
static void split_id(const char *id, char *prefix, size_t cap, long *num)
{
    const char *dash = strrchr(id, '-');
    size_t n = dash ? (size_t)(dash - id) : strlen(id);
    if (n >= cap)
        n = cap - 1;
    memcpy(prefix, id, n);
    prefix[n] = '\0';
    *num = dash ? strtol(dash + 1, NULL, 10) : 0;
}

static size_t prefix_rank(const asr_workstream *w, const char *prefix)
{
    for (size_t i = 0; w && i < w->prefixes.n; i++)
        if (strcmp(w->prefixes.v[i], prefix) == 0)
            return i;
    return (size_t)-1;
}

int asr_catalogue_id_cmp(const asr_catalogue *c, const char *ws_a, const char *a, const char *ws_b,
                         const char *b)
{
    size_t wa = ws_rank(c, ws_a), wb = ws_rank(c, ws_b);
    if (wa != wb)
        return wa < wb ? -1 : 1;
    char pa[64], pb[64];
    long na, nb;
    split_id(a, pa, sizeof pa, &na);
    split_id(b, pb, sizeof pb, &nb);
    const asr_workstream *w = wa < c->nworkstreams ? &c->workstreams[wa] : NULL;
    size_t ra = prefix_rank(w, pa), rb = prefix_rank(w, pb);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    int cmp = strcmp(pa, pb);
    if (cmp != 0)
        return cmp;
    if (na != nb)
        return na < nb ? -1 : 1;
    return strcmp(a, b);
}
