/* fixtures.c: load rule fixtures (*.test.lua) and run them (asr_fixtures.h). */
#define _GNU_SOURCE
#include "asr_fixtures.h"

#include <lauxlib.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int is_fixtures(const char *path)
{
    size_t n = strlen(path);
    return n >= 9 && strcmp(path + n - 9, ".test.lua") == 0;
}

static char *str_field(lua_State *L, int idx, const char *k)
{
    lua_pushstring(L, k); /* read raw: no metamethod of a rule's table runs */
    lua_rawget(L, idx < 0 ? idx - 1 : idx);
    char *s = lua_type(L, -1) == LUA_TSTRING ? asr_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

/* Append the strings of table t[k] (a list, or a list of pairs) to out.
 * Returns 1 if the field was a table. */
static int list_field(lua_State *L, int idx, const char *k, int pairs, asr_strlist *out)
{
    lua_pushstring(L, k);
    lua_rawget(L, idx < 0 ? idx - 1 : idx); /* t, read raw */
    int present = lua_istable(L, -1);
    if (present) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i); /* t item */
            if (pairs) {
                for (int j = 1; j <= 2; j++) {
                    lua_rawgeti(L, -1, j);
                    asr_strlist_push(out, lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
                    lua_pop(L, 1);
                }
            } else {
                asr_strlist_push(out, lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return present;
}

/* Protected: copy the cases table at 2 into the fixtures at 1 (file at 3). */
static int l_copy_cases(lua_State *L)
{
    asr_fixtures *out = lua_touserdata(L, 1);
    const char *file = lua_tostring(L, 3);
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", file);
    char *d = dirname(dir);
    lua_Integer n = (lua_Integer)lua_rawlen(L, 2);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 2, i); /* case */
        int c = lua_gettop(L);
        asr_fixture *v = realloc(out->v, (out->n + 1) * sizeof *v);
        if (v == NULL)
            return luaL_error(L, "out of memory");
        out->v = v;
        asr_fixture *f = &out->v[out->n++];
        memset(f, 0, sizeof *f);
        f->file = asr_strdup(file);
        f->name = str_field(L, c, "name");
        f->rule = str_field(L, c, "rule");
        f->expect = str_field(L, c, "expect");
        char *base = str_field(L, c, "base");
        char path[PATH_MAX * 2];
        snprintf(path, sizeof path, "%s%s%s", base && base[0] != '/' ? d : "",
                 base && base[0] != '/' ? "/" : "", base ? base : "");
        f->base = asr_strdup(path);
        free(base);
        char *where = str_field(L, c, "line");
        const char *colon = where ? strrchr(where, ':') : NULL;
        f->line = colon ? strtol(colon + 1, NULL, 10) : 0;
        free(where);
        lua_pushliteral(L, "quarter");
        lua_rawget(L, c);
        f->quarter = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        list_field(L, c, "edits", 1, &f->edits);
        f->has_subjects = list_field(L, c, "subjects", 0, &f->subjects);
        f->has_previous = list_field(L, c, "previous", 1, &f->previous);
        lua_pop(L, 1);
    }
    return 0;
}

static int load_one(asr_lua *h, const char *path, asr_fixtures *out, asr_errlist *errs)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        asr_err_set(&e, path, 0, 0, "", "cannot read the fixtures file");
        return asr_errlist_push(errs, &e), -1;
    }
    char *src = NULL;
    size_t len = 0;
    if (getdelim(&src, &len, '\0', fp) < 0) {
        free(src);
        src = NULL;
    }
    fclose(fp);
    char chunk[PATH_MAX + 2];
    snprintf(chunk, sizeof chunk, "@%s", path);
    if (src == NULL || luaL_loadbufferx(L, src, strlen(src), chunk, "t") != LUA_OK) {
        asr_err_set(&e, path, 0, 0, "", "%s", src ? lua_tostring(L, -1) : "empty file");
        if (src)
            lua_pop(L, 1);
        free(src);
        return asr_errlist_push(errs, &e), -1;
    }
    free(src);
    asr_lua_push_host(h, "fixtures_env"); /* chunk fenv */
    lua_pushstring(L, path);              /* chunk fenv path */
    if (asr_lua_call(h, 1, 2, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        return asr_errlist_push(errs, &e), -1;
    }
    lua_pushvalue(L, -2);     /* chunk env get env */
    lua_setupvalue(L, -4, 1); /* chunk env get */
    lua_pushvalue(L, -3);     /* chunk env get chunk */
    if (asr_lua_call(h, 0, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0) {
        lua_pop(L, 3);
        char msg[sizeof e.message];
        snprintf(msg, sizeof msg, "%s", e.message);
        long line = 0;
        const char *p = strstr(msg, ".lua:");
        if (p)
            line = strtol(p + 5, NULL, 10);
        const char *text = p ? strchr(p + 5, ':') : NULL;
        asr_err_set(&e, path, line, 0, "", "%s", text ? text + 1 + (text[1] == ' ') : msg);
        return asr_errlist_push(errs, &e), -1;
    }
    if (asr_lua_call(h, 0, 1, 0, 0, &e) != 0) { /* chunk env cases */
        lua_pop(L, 2);
        return asr_errlist_push(errs, &e), -1;
    }
    lua_pushcfunction(L, l_copy_cases); /* chunk env cases copy */
    lua_pushlightuserdata(L, out);
    lua_pushvalue(L, -3);
    lua_pushstring(L, path);
    int rc = asr_lua_call(h, 3, 0, 0, 0, &e);
    lua_pop(L, 3);
    if (rc != 0)
        return asr_errlist_push(errs, &e), -1;
    return 0;
}

int asr_fixtures_load(asr_lua *h, const char *const *dirs, size_t n, asr_fixtures *out,
                      asr_errlist *errs)
{
    memset(out, 0, sizeof *out);
    int status = 0;
    for (size_t d = 0; d < n; d++) {
        asr_strlist files = {0};
        asr_err e;
        if (asr_list_files(dirs[d], ".lua", &files, &e) != 0) {
            asr_errlist_push(errs, &e);
            status = -1;
        }
        for (size_t i = 0; i < files.n; i++)
            if (is_fixtures(files.v[i]) && load_one(h, files.v[i], out, errs) != 0)
                status = -1;
        asr_strlist_free(&files);
    }
    return status;
}

void asr_fixtures_free(asr_fixtures *fx)
{
    for (size_t i = 0; i < fx->n; i++) {
        asr_fixture *f = &fx->v[i];
        free(f->file);
        free(f->name);
        free(f->rule);
        free(f->base);
        free(f->expect);
        asr_strlist_free(&f->edits);
        asr_strlist_free(&f->subjects);
        asr_strlist_free(&f->previous);
    }
    free(fx->v);
    memset(fx, 0, sizeof *fx);
}

/* Apply find/replace pairs (first occurrence each, in order). Returns a new
 * string, or NULL with why naming the text not found. */
static char *apply(const char *text, const asr_strlist *edits, char *why, size_t cap)
{
    char *s = asr_strdup(text);
    for (size_t i = 0; s && i + 1 < edits->n; i += 2) {
        int found;
        char *n = asr_replace_first(s, edits->v[i], edits->v[i + 1], &found);
        if (!found)
            snprintf(why, cap, "edit %zu: the text '%.200s' is not in the return", i / 2 + 1,
                     edits->v[i]);
        free(s);
        s = n;
    }
    return s;
}

/* The edits that make the return in text the one of the period before
 * (its quarter, and for a Q1 its year, moved back by the calendar). */
static int previous_period(const asr_catalogue *cat, const char *text, size_t len,
                           asr_strlist *edits, char *why, size_t cap)
{
    asr_doc doc;
    asr_err err;
    if (asr_doc_load_memory(&doc, "base", text, len, &err) != 0) {
        snprintf(why, cap, "the base return could not be read: %s", err.message);
        return -1;
    }
    int q = 0, own = asr_catalogue_quarter(cat, doc.quarter);
    const asr_year *y =
        own ? asr_catalogue_previous(cat, asr_period_key(doc.financial_year, own), &q) : NULL;
    int rc = -1;
    if (y == NULL) {
        snprintf(why, cap, "previous: the calendar has no quarter before %s %s",
                 doc.financial_year ? doc.financial_year : "?", doc.quarter ? doc.quarter : "?");
    } else {
        char from[64], to[64];
        snprintf(from, sizeof from, "quarter=\"%s\"", doc.quarter);
        snprintf(to, sizeof to, "quarter=\"%s\"", y->q[q - 1].name);
        rc = asr_strlist_push(edits, from) | asr_strlist_push(edits, to);
        if (rc == 0 && strcmp(y->name, doc.financial_year) != 0) {
            snprintf(from, sizeof from, "financialYear=\"%s\"", doc.financial_year);
            snprintf(to, sizeof to, "financialYear=\"%s\"", y->name);
            rc = asr_strlist_push(edits, from) | asr_strlist_push(edits, to);
        }
    }
    asr_doc_free(&doc);
    return rc;
}

int asr_fixture_run(asr_engine *e, const asr_fixture *f, char *why, size_t cap)
{
    char *text = NULL, *xml = NULL;
    size_t len;
    asr_err err;
    int result = -1;
    asr_history hist = {0};
    char dir[] = "/tmp/assure-fixture-XXXXXX", prev_path[64] = "";
    int made_dir = 0;
    const asr_history *saved_history = e->history;
    int saved_quarter = e->quarter;
    asr_return_report r;
    memset(&r, 0, sizeof r);

    if (asr_read_return(f->base, &text, &len, &err) != 0) {
        snprintf(why, cap, "cannot read the return %s: %s", f->base, err.message);
        goto done;
    }
    if ((xml = apply(text, &f->edits, why, cap)) == NULL)
        goto done;
    if (f->has_previous) {
        asr_strlist all = {0};
        if (previous_period(&e->rules.cat, xml, strlen(xml), &all, why, cap) != 0) {
            asr_strlist_free(&all);
            goto done;
        }
        for (size_t i = 0; i < f->previous.n; i++)
            asr_strlist_push(&all, f->previous.v[i]);
        char *prev = apply(text, &all, why, cap);
        asr_strlist_free(&all);
        if (prev == NULL)
            goto done;
        made_dir = mkdtemp(dir) != NULL;
        snprintf(prev_path, sizeof prev_path, "%s/previous.xml", dir);
        FILE *pf = made_dir ? fopen(prev_path, "w") : NULL;
        if (pf == NULL) {
            free(prev);
            snprintf(why, cap, "cannot write a temporary history return");
            goto done;
        }
        fputs(prev, pf);
        fclose(pf);
        free(prev);
        asr_errlist herrs = {0};
        asr_history_load(dir, &e->rules.cat, &hist, &herrs);
        asr_errlist_free(&herrs);
        e->history = &hist;
    }
    e->quarter = f->quarter;
    if (asr_engine_check_memory(e, f->base, xml, strlen(xml), &r) != 0) {
        snprintf(why, cap, "out of memory");
        goto done;
    }
    if (!r.readable) {
        snprintf(why, cap, "the return could not be read: %s",
                 r.errors.n ? r.errors.v[0].message : "");
        goto done;
    }
    const asr_finding *got = NULL;
    for (size_t i = 0; i < r.nfindings && !got; i++)
        if (strcmp(r.findings[i].rule, f->rule) == 0)
            got = &r.findings[i];
    if (got == NULL) {
        snprintf(why, cap, "%s gave no finding (is the rule loaded and in force for this period?)",
                 f->rule);
        goto done;
    }
    char subj[1024] = "", want[1024] = "";
    for (size_t i = 0; i < got->nsubjects; i++)
        snprintf(subj + strlen(subj), sizeof subj - strlen(subj), "%s%s", i ? ", " : "",
                 got->subjects[i]);
    for (size_t i = 0; i < f->subjects.n; i++)
        snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s", i ? ", " : "",
                 f->subjects.v[i]);
    int same_outcome = strcmp(asr_outcome_name(&e->rules.cat, got->outcome), f->expect) == 0;
    int same_subjects = !f->has_subjects || strcmp(subj, want) == 0;
    if (same_outcome && same_subjects) {
        snprintf(why, cap, "%s [%s]", f->expect, subj);
        result = 1;
    } else if (!same_outcome) {
        snprintf(why, cap, "got %s [%s], want %s: %.300s",
                 asr_outcome_name(&e->rules.cat, got->outcome), subj, f->expect,
                 got->message ? got->message : "");
        result = 0;
    } else {
        snprintf(why, cap, "%s as expected, but subjects [%s], want [%s]", f->expect, subj, want);
        result = 0;
    }
done:
    asr_return_report_free(&r);
    e->history = saved_history;
    e->quarter = saved_quarter;
    asr_history_free(&hist);
    if (made_dir) {
        unlink(prev_path);
        rmdir(dir);
    }
    free(text);
    free(xml);
    return result;
}
