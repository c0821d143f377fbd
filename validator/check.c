/* check.c: the engine pipeline for one return: XML-01 read and parse,
 * XML-02 schema validation (as errors and as a finding), then the rules. */
#include "asr_check.h"

#include "asr_dupes.h"
#include "asr_sha256.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int asr_engine_open_dirs(asr_engine *e, const char *const *dirs, size_t n, asr_errlist *errs)
{
    return asr_engine_open_tolerances(e, dirs, n, NULL, errs);
}

int asr_engine_open_tolerances(asr_engine *e, const char *const *dirs, size_t n,
                               const char *tolerances, asr_errlist *errs)
{
    asr_err err;
    memset(e, 0, sizeof *e);
    e->with_xml02 = 1;
    e->lua = asr_lua_new(&err);
    if (e->lua == NULL) {
        asr_errlist_push(errs, &err);
        return -1;
    }
    int rc = asr_rules_load(e->lua, dirs, n, tolerances, &e->rules, errs);
    const asr_catalogue *cat = &e->rules.cat;
    if (cat->nschemas && (e->schemas = calloc(cat->nschemas, sizeof *e->schemas)) == NULL) {
        asr_err_set(&err, "", 0, 0, "", "out of memory");
        asr_errlist_push(errs, &err);
        rc = -1;
    }
    for (size_t i = 0; e->schemas && i < cat->nschemas; i++)
        if ((e->schemas[i] = asr_schema_load(cat->schemas[i].xsd, &err)) == NULL) {
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

void asr_engine_set_rule_time(asr_engine *e, long ms) { asr_lua_set_time_limit(e->lua, ms); }

void asr_engine_close(asr_engine *e)
{
    for (size_t i = 0; e->schemas && i < e->rules.cat.nschemas; i++)
        asr_schema_free(e->schemas[i]);
    free(e->schemas);
    asr_ruleset_free(&e->rules);
    asr_lua_free(e->lua);
    free(e->select);
    memset(e, 0, sizeof *e);
}

/* A copy of s in upper (up) or lower case: IDs are written in capitals,
 * workstreams in small letters, and --only fit-04 means FIT-04. */
static char *folded(const char *s, int up)
{
    char *c = asr_strdup(s);
    for (char *p = c; p && *p; p++)
        *p = (char)(up ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
    return c;
}

int asr_engine_select(asr_engine *e, const char *ids, const char *ws_given, asr_err *err)
{
    size_t n = e->rules.n;
    char *ws = ws_given ? folded(ws_given, 0) : NULL;
    unsigned char *sel = malloc(n ? n : 1);
    if (sel == NULL)
        return asr_err_set(err, "", 0, 0, "", "out of memory");
    memset(sel, 1, n);
    int xml02 = 1;
    const asr_builtin *x02 = asr_catalogue_builtin(&e->rules.cat, "XML-02");
    if (ws) {
        int known = asr_catalogue_workstream(&e->rules.cat, ws) != NULL;
        for (size_t i = 0; i < n; i++) {
            int in = strcmp(e->rules.v[i].workstream, ws) == 0;
            known |= in;
            sel[i] &= (unsigned char)in;
        }
        xml02 &= x02 && strcmp(ws, x02->workstream) == 0;
        if (!known) {
            free(sel);
            free(ws);
            return asr_err_set(err, "", 0, 0, "", "no rule has workstream '%s'", ws_given);
        }
        free(ws);
    }
    if (ids) {
        unsigned char *want = calloc(n ? n : 1, 1);
        int want02 = 0;
        char *copy = folded(ids, 1);
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
            for (char *end = id + strlen(id); end > id && end[-1] == ' ';)
                *--end = '\0';
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

/* The XML-02 finding: pass, or fail listing the violations' lines. Its
 * title and source are the catalogue's, for the return's version. */
static int xml02_finding(const asr_catalogue *cat, const char *version, const asr_return_report *r,
                         int violations, asr_finding *f)
{
    const asr_builtin *b = asr_catalogue_builtin(cat, "XML-02");
    char text[512];
    memset(f, 0, sizeof *f);
    f->rule = asr_strdup(b->id);
    f->title = asr_strdup(asr_catalogue_text(cat, b->title, version, text, sizeof text));
    f->workstream = asr_strdup(b->workstream);
    f->due = asr_strdup("every");
    f->source = asr_strdup(asr_catalogue_text(cat, b->source, version, text, sizeof text));
    char msg[1400], prompt[1400];
    if (violations == 0) {
        f->outcome = ASR_PASS;
        snprintf(msg, sizeof msg, "The return is valid against schema %s", version);
        f->message = asr_strdup(msg);
        return f->message ? 0 : -1;
    }
    f->outcome = ASR_FAIL;
    const asr_err *first = &r->errors.v[0];
    snprintf(msg, sizeof msg, "%d schema %s; the first, at line %ld: %s", violations,
             violations == 1 ? "violation" : "violations", first->line, first->message);
    snprintf(prompt, sizeof prompt,
             "Correct %s in the next return, starting at line %ld; the return format (schema %s) "
             "is described in assure's rules/schema/README.md and at /format on an assure server.",
             violations == 1 ? "it" : "each", first->line, version);
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

/* Load the alliance's return for the period before key (Q4 of the year
 * before for a Q1) from the history, if there is one. Returns 1 with prev
 * loaded, 0 for none, and notes an unreadable one. */
static int load_previous(asr_engine *e, const asr_doc *doc, long key, asr_doc *prev,
                         asr_return_report *out)
{
    int q;
    const asr_year *y = asr_catalogue_previous(&e->rules.cat, key, &q);
    if (!e->history || !y || !doc->alliance_code)
        return 0;
    const char *path = asr_history_find(e->history, doc->alliance_code, y->name, q);
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

/* Whether the catalogue has rules for the period key: a catalogue whose
 * deliverables are dated (from, to) for their years has some in force then;
 * the checks of any year (XML-03, XML-04, HIST) have no dates and alone
 * judge nothing. A catalogue with no dated rule at all is for any year. */
static int year_has_rules(const asr_ruleset *rs, long key)
{
    int dated = 0;
    for (size_t i = 0; i < rs->n; i++) {
        if (!rs->v[i].from_key && !rs->v[i].until_key)
            continue;
        dated = 1;
        if (asr_rule_in_force(&rs->v[i], key))
            return 1;
    }
    return !dated;
}

/* Whether the return can be judged: a schema version the catalogue knows, a
 * quarter (its own, or --quarter) and a year of its calendar with rules in
 * force. If not, out gets the error, with the fix (the return is reported as
 * not checked, like XML-01), and 0 is returned: a return is never judged at
 * a guessed quarter or by another year's rules. */
static int judgeable(asr_engine *e, const asr_doc *doc, int q, asr_return_report *out)
{
    const asr_catalogue *cat = &e->rules.cat;
    char known[256];
    asr_err err;
    long line = asr_node_line(doc->root);
    if (asr_catalogue_schema(cat, doc->schema_version) < 0) {
        char has[200] = "has no schemaVersion";
        if (doc->schema_version)
            snprintf(has, sizeof has, "has schemaVersion \"%.150s\"", doc->schema_version);
        asr_err_set(&err, doc->file, line, 0, "XML-01", "%s; this catalogue knows schema %s %s",
                    has, cat->nschemas == 1 ? "version" : "versions",
                    asr_catalogue_list(cat, 0, "and", known, sizeof known));
    } else if (q == 0) {
        char names[64] = "";
        for (int i = 0; i < 4; i++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
                     i ? (i == 3 ? " or " : ", ") : "", cat->years[0].q[i].name);
        asr_err_set(&err, doc->file, doc->period_line, 0, "XML-04",
                    doc->quarter
                        ? "has quarter '%s': the quarter must be one of %s (write it so, "
                          "or give --quarter to judge the return at one); it was not judged"
                        : "has no quarter%s: Header/Period needs quarter, one of %s (or give "
                          "--quarter to judge the return at one); it was not judged",
                    doc->quarter ? doc->quarter : "", names);
    } else if (!asr_catalogue_year(cat, doc->financial_year)) {
        asr_err_set(&err, doc->file, doc->period_line, 0, "XML-04",
                    "is for the financial year '%s', which is not in the catalogue's calendar "
                    "(%s): it was not judged",
                    doc->financial_year ? doc->financial_year : "(none)",
                    asr_catalogue_list(cat, 1, "and", known, sizeof known));
    } else if (!year_has_rules(&e->rules, asr_period_key(doc->financial_year, q))) {
        asr_err_set(&err, doc->file, doc->period_line, 0, "XML-04",
                    "is for %s %s, and no rules of the catalogue are in force then: it was not "
                    "judged (check it with the rules for its year)",
                    doc->financial_year, cat->years[0].q[q - 1].name);
    } else {
        return 1;
    }
    out->readable = false;
    out->valid = false;
    asr_errlist_push(&out->errors, &err);
    return 0;
}

static int run_doc(asr_engine *e, asr_doc *doc, asr_return_report *out)
{
    const asr_catalogue *cat = &e->rules.cat;
    out->readable = true;
    out->alliance_code = dup_or_null(doc->alliance_code);
    out->alliance_name = dup_or_null(doc->alliance_name);
    out->region = dup_or_null(doc->region);
    out->financial_year = dup_or_null(doc->financial_year);
    out->quarter = dup_or_null(doc->quarter);
    out->submitted = dup_or_null(doc->submitted);
    int q = e->quarter ? e->quarter : asr_catalogue_quarter(cat, doc->quarter);
    if (q > 0)
        out->judged_quarter = asr_strdup(cat->years[0].q[q - 1].name);
    if (!judgeable(e, doc, q, out))
        return 0;

    long version = asr_catalogue_schema(cat, doc->schema_version);
    int violations = asr_doc_validate(doc, e->schemas[version], &out->errors);
    out->valid = violations == 0;
    out->violations = violations < 0 ? 1 : violations;
    if (e->with_xml02) {
        asr_finding f;
        if (xml02_finding(cat, doc->schema_version, out, violations < 0 ? 1 : violations, &f) !=
                0 ||
            asr_report_add(out, &f) != 0) {
            asr_finding_free(&f);
            return -1;
        }
    }
    asr_doc prev;
    long key = asr_period_key(doc->financial_year, q);
    if (!load_previous(e, doc, key, &prev, out))
        return asr_rules_run(e->lua, &e->rules, e->select, doc, NULL, q, e->history != NULL, out);
    /* The previous return judged at its own quarter, for the change marks. */
    asr_return_report before;
    memset(&before, 0, sizeof before);
    int rc = asr_rules_run(e->lua, &e->rules, e->select, &prev, NULL,
                           asr_catalogue_quarter(cat, prev.quarter), 0, &before);
    if (rc == 0)
        rc = asr_rules_run(e->lua, &e->rules, e->select, doc, &prev, q, 1, out);
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

/* Two earlier returns for one alliance and quarter: the one that counts
 * (asr_dupes.h) stays in the history, the others go, and a note (in errs,
 * which the caller shows as notes) names them all. -1 out of memory. */
static int history_dupes(const char *dir, asr_history *h, asr_dupes *dupes, asr_errlist *errs)
{
    asr_strlist notes = {0};
    unsigned char *gone = calloc(h->n ? h->n : 1, 1);
    if (gone == NULL ||
        asr_dupes_resolve(dupes, "in the history", "--history compares with", "", gone, h->n,
                          &notes) != 0) {
        free(gone);
        asr_strlist_free(&notes);
        return -1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < h->n; i++) {
        if (gone[i]) {
            free(h->v[i].path);
            free(h->v[i].alliance);
            free(h->v[i].financial_year);
        } else {
            h->v[kept++] = h->v[i];
        }
    }
    h->n = kept;
    for (size_t i = 0; i < notes.n; i++) {
        asr_err e;
        asr_err_set(&e, dir, 0, 0, "HISTORY", "%s", notes.v[i]);
        asr_errlist_push(errs, &e);
    }
    free(gone);
    asr_strlist_free(&notes);
    return 0;
}

int asr_history_load(const char *dir, const asr_catalogue *cat, asr_history *h, asr_errlist *errs)
{
    asr_dupes dupes = {0};
    int oom = 0;
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
        int q = asr_catalogue_quarter(cat, doc.quarter);
        if (q && doc.alliance_code && doc.financial_year) {
            if (asr_dupes_add(&dupes, h->n, files.v[i], doc.alliance_code, doc.financial_year,
                              doc.quarter, doc.submitted) != 0)
                oom = 1;
            asr_history_entry *x = &h->v[h->n++];
            x->path = asr_strdup(files.v[i]);
            x->alliance = asr_strdup(doc.alliance_code);
            x->financial_year = asr_strdup(doc.financial_year);
            x->quarter = q;
        }
        asr_doc_free(&doc);
    }
    asr_strlist_free(&files);
    int rc = oom ? -1 : history_dupes(dir, h, &dupes, errs);
    asr_dupes_free(&dupes);
    return rc;
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

/* ------------------------------------------------------------ the run's rules */

int asr_engine_rule_list(const asr_engine *e, asr_rule_list *l)
{
    const asr_ruleset *rs = &e->rules;
    memset(l, 0, sizeof *l);
    l->ids = calloc(rs->n + 1, sizeof *l->ids);
    l->titles = calloc(rs->n + 1, sizeof *l->titles);
    l->workstreams = calloc(rs->n + 1, sizeof *l->workstreams);
    if (!l->ids || !l->titles || !l->workstreams)
        goto oom;
    const asr_builtin *x02 = asr_catalogue_builtin(&rs->cat, "XML-02");
    if (e->with_xml02 && x02) {
        char title[512];
        l->xml02_title =
            asr_strdup(asr_catalogue_text(&rs->cat, x02->title, NULL, title, sizeof title));
        if (l->xml02_title == NULL)
            goto oom;
        l->ids[l->n] = x02->id;
        l->titles[l->n] = l->xml02_title;
        l->workstreams[l->n++] = x02->workstream;
    }
    /* A rule declared for several periods is one column; a cross-quarter
     * rule none without --history. */
    for (size_t i = 0; i < rs->n; i++)
        if ((!e->select || e->select[i]) && (!rs->v[i].history || e->history) &&
            !(l->n > 0 && strcmp(l->ids[l->n - 1], rs->v[i].id) == 0)) {
            l->ids[l->n] = rs->v[i].id;
            l->titles[l->n] = rs->v[i].title;
            l->workstreams[l->n++] = rs->v[i].workstream;
        }
    return 0;
oom:
    asr_rule_list_free(l);
    return -1;
}

void asr_rule_list_free(asr_rule_list *l)
{
    free(l->ids);
    free(l->titles);
    free(l->workstreams);
    free(l->xml02_title);
    memset(l, 0, sizeof *l);
}

void asr_engine_run_info(const asr_engine *e, const asr_rule_list *l, asr_run_info *info)
{
    info->rule_ids = l->ids;
    info->rule_titles = l->titles;
    info->rule_workstreams = l->workstreams;
    info->nrules = l->n;
    info->rules_version = e->rules.version;
    info->cat = &e->rules.cat;
}
