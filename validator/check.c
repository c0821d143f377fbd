/* check.c: the engine pipeline for one return: XML-01 read and parse,
 * XML-02 schema validation (as errors and as a finding), then the rules. */
#include "asr_check.h"

#include "asr_sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int asr_engine_open_dirs(asr_engine *e, const char *const *dirs, size_t n, asr_errlist *errs)
{
    asr_err err;
    memset(e, 0, sizeof *e);
    e->with_xml02 = 1;
    e->lua = asr_lua_new(&err);
    if (e->lua == NULL) {
        asr_errlist_push(errs, &err);
        return -1;
    }
    int rc = asr_rules_load(e->lua, dirs, n, &e->rules, errs);
    char xsd[4200];
    for (size_t i = 0; i < n && e->schema == NULL; i++) {
        snprintf(xsd, sizeof xsd, "%s/schema/quarterly-return-1.0.xsd", dirs[i]);
        if (access(xsd, R_OK) == 0 || i + 1 == n)
            e->schema = asr_schema_load(xsd, &err);
    }
    if (e->schema == NULL) {
        if (n > 1)
            asr_err_set(&err, dirs[0], 0, 0, "",
                        "no rule directory has schema/quarterly-return-1.0.xsd");
        asr_errlist_push(errs, &err);
        rc = -1;
    }
    if (rc != 0) {
        asr_engine_close(e);
        return -1;
    }
    return 0;
}

int asr_engine_open(asr_engine *e, const char *rules_dir, asr_errlist *errs)
{
    return asr_engine_open_dirs(e, &rules_dir, 1, errs);
}

void asr_engine_close(asr_engine *e)
{
    asr_ruleset_free(&e->rules);
    asr_lua_free(e->lua);
    asr_schema_free(e->schema);
    free(e->select);
    memset(e, 0, sizeof *e);
}

int asr_engine_select(asr_engine *e, const char *ids, const char *ws, asr_err *err)
{
    size_t n = e->rules.n;
    unsigned char *sel = malloc(n ? n : 1);
    if (sel == NULL)
        return asr_err_set(err, "", 0, 0, "", "out of memory");
    memset(sel, 1, n);
    int xml02 = 1;
    if (ws) {
        int known = strcmp(ws, "integrity") == 0;
        for (size_t i = 0; i < n; i++) {
            int in = strcmp(e->rules.v[i].workstream, ws) == 0;
            known |= in;
            sel[i] &= (unsigned char)in;
        }
        xml02 &= strcmp(ws, "integrity") == 0;
        if (!known) {
            free(sel);
            return asr_err_set(err, "", 0, 0, "", "no rule has workstream '%s'", ws);
        }
    }
    if (ids) {
        unsigned char *want = calloc(n ? n : 1, 1);
        int want02 = 0;
        char *copy = asr_strdup(ids);
        if (want == NULL || copy == NULL) {
            free(want);
            free(copy);
            free(sel);
            return asr_err_set(err, "", 0, 0, "", "out of memory");
        }
        for (char *save = NULL, *id = strtok_r(copy, ",", &save); id;
             id = strtok_r(NULL, ",", &save)) {
            while (*id == ' ')
                id++;
            if (strcmp(id, "XML-02") == 0) {
                want02 = 1;
                continue;
            }
            long k = asr_rules_find(&e->rules, id);
            for (size_t m = 0; k >= 0 && m < n; m++)
                if (strcmp(e->rules.v[m].id, id) == 0)
                    want[m] = 1;
            if (k < 0) {
                asr_err_set(err, "", 0, 0, "",
                            "--only: no rule has the ID '%s' (see 'assure rules list')", id);
                free(want);
                free(copy);
                free(sel);
                return -1;
            }
        }
        for (size_t i = 0; i < n; i++)
            sel[i] &= want[i];
        xml02 &= want02;
        free(want);
        free(copy);
    }
    free(e->select);
    e->select = sel;
    e->with_xml02 = xml02;
    return 0;
}

/* The XML-02 finding: pass, or fail listing the violations' lines. */
static int xml02_finding(const asr_return_report *r, int violations, asr_finding *f)
{
    memset(f, 0, sizeof *f);
    f->rule = asr_strdup("XML-02");
    f->title = asr_strdup("The return is valid against the schema 1.0 XSD");
    f->workstream = asr_strdup("integrity");
    f->due = asr_strdup("every");
    f->source = asr_strdup("Quarterly return data contract, schema 1.0");
    char msg[1400], prompt[1400];
    if (violations == 0) {
        f->outcome = ASR_PASS;
        snprintf(msg, sizeof msg, "The return is valid against schema 1.0");
        f->message = asr_strdup(msg);
        return f->message ? 0 : -1;
    }
    f->outcome = ASR_FAIL;
    const asr_err *first = &r->errors.v[0];
    snprintf(msg, sizeof msg, "%d schema %s; the first, at line %ld: %s", violations,
             violations == 1 ? "violation" : "violations", first->line, first->message);
    snprintf(prompt, sizeof prompt,
             "Correct the return so that it validates against schema 1.0 "
             "(quarterly-return.md): fix %s listed under errors, starting at line %ld.",
             violations == 1 ? "the violation" : "each violation", first->line);
    f->message = asr_strdup(msg);
    f->prompt = asr_strdup(prompt);
    for (size_t i = 0; i < r->errors.n; i++)
        if (r->errors.v[i].line > 0 &&
            asr_finding_add_location(f, r->errors.v[i].line, NULL, NULL) != 0)
            return -1;
    return (f->message && f->prompt) ? 0 : -1;
}

static char *dup_or_null(const char *s) { return s ? asr_strdup(s) : NULL; }

/* A finding that asks for action. */
static int problem(asr_outcome o)
{
    return o == ASR_FAIL || o == ASR_MISSING || o == ASR_AT_RISK || o == ASR_ERROR;
}

/* Mark each finding new, persisting or resolved against the previous
 * quarter's report of the same rules. */
static void mark_changes(asr_return_report *cur, const asr_return_report *prev)
{
    for (size_t i = 0; i < cur->nfindings; i++) {
        asr_finding *f = &cur->findings[i];
        const asr_finding *p = NULL;
        for (size_t k = 0; k < prev->nfindings && !p; k++)
            if (strcmp(prev->findings[k].rule, f->rule) == 0)
                p = &prev->findings[k];
        int now = problem(f->outcome), before = p && problem(p->outcome);
        f->change = now ? (before ? "persisting" : "new") : (before ? "resolved" : NULL);
    }
}

static int quarter_of(const char *q)
{
    return (q && strlen(q) == 2 && q[0] == 'Q' && q[1] >= '1' && q[1] <= '4') ? q[1] - '0' : 0;
}

/* Load the alliance's previous quarter from the history, if there is one.
 * Returns 1 with prev loaded, 0 for none, and notes an unreadable one. */
static int load_previous(asr_engine *e, const asr_doc *doc, asr_doc *prev, asr_return_report *out)
{
    int own = quarter_of(doc->quarter);
    if (!e->history || own < 2 || !doc->alliance_code || !doc->financial_year)
        return 0;
    const char *path =
        asr_history_find(e->history, doc->alliance_code, doc->financial_year, own - 1);
    if (path == NULL)
        return 0;
    asr_err err;
    if (asr_doc_load(prev, path, &err) != 0) {
        asr_err note;
        asr_err_set(&note, path, err.line, err.column, "HISTORY",
                    "the previous quarter's return could not be read, so cross-quarter checks "
                    "were skipped: %.700s",
                    err.message);
        asr_errlist_push(&out->errors, &note);
        return 0;
    }
    out->previous = asr_strdup(path);
    return 1;
}

static int run_doc(asr_engine *e, asr_doc *doc, asr_return_report *out)
{
    out->readable = true;
    out->alliance_code = dup_or_null(doc->alliance_code);
    out->alliance_name = dup_or_null(doc->alliance_name);
    out->region = dup_or_null(doc->region);
    out->financial_year = dup_or_null(doc->financial_year);
    out->quarter = dup_or_null(doc->quarter);
    int q = e->quarter;
    if (q == 0 && doc->quarter && strlen(doc->quarter) == 2 && doc->quarter[0] == 'Q' &&
        doc->quarter[1] >= '1' && doc->quarter[1] <= '4')
        q = doc->quarter[1] - '0';
    if (q == 0)
        q = 4; /* the quarter is unreadable (XML-02/04 say so): judge at year end */
    char qn[3] = {'Q', (char)('0' + q), '\0'};
    out->judged_quarter = asr_strdup(qn);

    int violations = asr_doc_validate(doc, e->schema, &out->errors);
    out->valid = violations == 0;
    if (e->with_xml02) {
        asr_finding f;
        if (xml02_finding(out, violations < 0 ? 1 : violations, &f) != 0 ||
            asr_report_add(out, &f) != 0) {
            asr_finding_free(&f);
            return -1;
        }
    }
    asr_doc prev;
    if (!load_previous(e, doc, &prev, out))
        return asr_rules_run(e->lua, &e->rules, e->select, doc, NULL, q, out);
    /* The previous return judged at its own quarter, for the change marks. */
    asr_return_report before;
    memset(&before, 0, sizeof before);
    int rc =
        asr_rules_run(e->lua, &e->rules, e->select, &prev, NULL, quarter_of(prev.quarter), &before);
    if (rc == 0)
        rc = asr_rules_run(e->lua, &e->rules, e->select, doc, &prev, q, out);
    if (rc == 0)
        mark_changes(out, &before);
    asr_return_report_free(&before);
    asr_doc_free(&prev);
    return rc;
}

static int finish(asr_engine *e, int loaded, asr_doc *doc, asr_err *err, asr_return_report *out)
{
    int rc = 0;
    if (loaded != 0) {
        out->readable = false;
        out->valid = false;
        asr_errlist_push(&out->errors, err);
    } else {
        rc = run_doc(e, doc, out);
    }
    asr_doc_free(doc);
    return rc;
}

int asr_engine_check(asr_engine *e, const char *path, asr_return_report *out)
{
    memset(out, 0, sizeof *out);
    out->file = asr_strdup(path);
    if (out->file == NULL)
        return -1;
    asr_doc doc;
    asr_err err;
    char *buf;
    size_t len;
    memset(&doc, 0, sizeof doc);
    int loaded = asr_read_return(path, &buf, &len, &err);
    if (loaded == 0) {
        asr_sha256_hex(buf, len, out->sha256);
        loaded = asr_doc_load_memory(&doc, path, buf, len, &err);
        free(buf);
    }
    return finish(e, loaded, &doc, &err, out);
}

int asr_engine_check_memory(asr_engine *e, const char *name, const char *buf, size_t len,
                            asr_return_report *out)
{
    memset(out, 0, sizeof *out);
    out->file = asr_strdup(name);
    if (out->file == NULL)
        return -1;
    asr_doc doc;
    asr_err err;
    asr_sha256_hex(buf, len, out->sha256);
    int loaded = asr_doc_load_memory(&doc, name, buf, len, &err);
    return finish(e, loaded, &doc, &err, out);
}

/* ------------------------------------------------------------ history */

int asr_history_load(const char *dir, asr_history *h, asr_errlist *errs)
{
    memset(h, 0, sizeof *h);
    asr_strlist files = {0};
    asr_err err;
    if (asr_list_files(dir, ".xml", &files, &err) != 0) {
        asr_errlist_push(errs, &err);
        asr_strlist_free(&files);
        return -1;
    }
    h->v = calloc(files.n ? files.n : 1, sizeof *h->v);
    if (h->v == NULL) {
        asr_strlist_free(&files);
        return -1;
    }
    for (size_t i = 0; i < files.n; i++) {
        asr_doc doc;
        if (asr_doc_load(&doc, files.v[i], &err) != 0) {
            asr_errlist_push(errs, &err);
            continue;
        }
        int q = quarter_of(doc.quarter);
        if (q && doc.alliance_code && doc.financial_year) {
            asr_history_entry *x = &h->v[h->n++];
            x->path = asr_strdup(files.v[i]);
            x->alliance = asr_strdup(doc.alliance_code);
            x->financial_year = asr_strdup(doc.financial_year);
            x->quarter = q;
        }
        asr_doc_free(&doc);
    }
    asr_strlist_free(&files);
    return 0;
}

void asr_history_free(asr_history *h)
{
    for (size_t i = 0; i < h->n; i++) {
        free(h->v[i].path);
        free(h->v[i].alliance);
        free(h->v[i].financial_year);
    }
    free(h->v);
    memset(h, 0, sizeof *h);
}

const char *asr_history_find(const asr_history *h, const char *alliance, const char *financial_year,
                             int q)
{
    for (size_t i = 0; i < h->n; i++) {
        const asr_history_entry *x = &h->v[i];
        if (x->quarter == q && x->alliance && x->financial_year &&
            strcmp(x->alliance, alliance) == 0 && strcmp(x->financial_year, financial_year) == 0)
            return x->path;
    }
    return NULL;
}
