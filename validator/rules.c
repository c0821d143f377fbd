/* rules.c: rule loader and runner. Finds rule files, loads each as a text
 * chunk in its own _ENV, records what it declares, and runs rules on a
 * document under instruction and memory limits, turning each result into
 * an asr_finding. */
#include "asr_rules.h"
#include "asr_rulestate.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------ files */

/* A rule file, or the schema hashed with them, is read whole: at most this. */
#define RULE_FILE_MAX ((size_t)64 << 20)

static void fnv(unsigned long long *h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        *h ^= s[i];
        *h *= 1099511628211ULL;
    }
}

/* ------------------------------------------------------------ loading */

/* Split "file:line: message" from a Lua error into e. msg may point into
 * e itself: it is copied first. */
static void lua_err_to(asr_err *e, const char *file, const char *msg_in)
{
    char msg[sizeof e->message];
    snprintf(msg, sizeof msg, "%s", msg_in);
    long line = 0;
    const char *text = msg;
    size_t flen = strlen(file);
    const char *p = strstr(msg, file);
    if (p == msg && msg[flen] == ':') {
        char *end;
        line = strtol(msg + flen + 1, &end, 10);
        if (*end == ':')
            text = end + 1 + (end[1] == ' ');
    }
    asr_err_set(e, file, line, 0, "", "%s", text);
}

static char *field_dup(lua_State *L, int idx, const char *k)
{
    lua_pushstring(L, k); /* read raw: no metamethod of a rule's table runs */
    lua_rawget(L, idx < 0 ? idx - 1 : idx);
    char *s = lua_type(L, -1) == LUA_TSTRING ? asr_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

/* ------------------------------------------------------------ the catalogue */

/* Copy t[k], a string, or fail with a message naming it. */
static char *need_str(lua_State *L, int t, const char *k)
{
    char *s = field_dup(L, t, k);
    if (s == NULL)
        luaL_error(L, "the catalogue's facts lack '%s' (or memory ran out)", k);
    return s;
}

/* Append the strings of the list t[k] to out, or fail. */
static void need_strings(lua_State *L, int t, const char *k, asr_strlist *out)
{
    lua_getfield(L, t, k);
    for (lua_Integer i = 1; i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        if (asr_strlist_push(out, lua_tostring(L, -1)) != 0)
            luaL_error(L, "out of memory");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Push the facts' list `key` (the facts table is at 2) and give an array
 * of as many zeroed elements of `size` bytes, its length in *n; fails on
 * out of memory. */
static void *need_list(lua_State *L, const char *key, size_t size, size_t *n)
{
    lua_getfield(L, 2, key);
    *n = (size_t)luaL_len(L, -1);
    void *v = calloc(*n ? *n : 1, size);
    if (v == NULL)
        luaL_error(L, "out of memory");
    return v;
}

static void copy_date(lua_State *L, int t, const char *k, char *dst, size_t cap)
{
    char *s = need_str(L, t, k);
    snprintf(dst, cap, "%s", s);
    free(s);
}

/* Protected: copy the facts table at 2 (host.catalogue_done's) into the
 * asr_catalogue at 1; the catalogue's folder is at 3 (for the XSD paths). */
static int l_copy_catalogue(lua_State *L)
{
    asr_catalogue *c = lua_touserdata(L, 1);
    const char *dir = lua_tostring(L, 3);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getfield(L, 2, "outcomes"); /* c facts dir list */
    if (luaL_len(L, -1) != ASR_OUTCOME_COUNT)
        return luaL_error(L, "outcomes: the engine has %d outcomes; the catalogue declares %d",
                          ASR_OUTCOME_COUNT, (int)luaL_len(L, -1));
    for (int i = 0; i < ASR_OUTCOME_COUNT; i++) {
        lua_rawgeti(L, -1, i + 1); /* ... list o */
        int o = lua_gettop(L);
        asr_outcome_def *d = &c->outcomes[i];
        d->name = need_str(L, o, "name");
        d->label = need_str(L, o, "label");
        d->code = need_str(L, o, "code");
        d->means = need_str(L, o, "means");
        lua_getfield(L, o, "column");
        d->column = (int)lua_tointeger(L, -1);
        lua_pop(L, 2);
        c->shown[d->column - 1] = (asr_outcome)i;
    }
    lua_pop(L, 1);

    size_t n;
    c->workstreams = need_list(L, "workstreams", sizeof *c->workstreams, &n);
    for (size_t i = 0; i < n; i++, c->nworkstreams++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int w = lua_gettop(L);
        asr_workstream *d = &c->workstreams[i];
        d->id = need_str(L, w, "id");
        d->heading = need_str(L, w, "heading");
        d->short_name = need_str(L, w, "short");
        need_strings(L, w, "prefixes", &d->prefixes);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    c->builtins = need_list(L, "builtin", sizeof *c->builtins, &n);
    for (size_t i = 0; i < n; i++, c->nbuiltins++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int b = lua_gettop(L);
        asr_builtin *d = &c->builtins[i];
        d->id = need_str(L, b, "id");
        d->workstream = need_str(L, b, "workstream");
        d->title = need_str(L, b, "title");
        d->source = need_str(L, b, "source");
        d->checks = need_str(L, b, "checks");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    c->schemas = need_list(L, "schemas", sizeof *c->schemas, &n);
    for (size_t i = 0; i < n; i++, c->nschemas++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int s = lua_gettop(L);
        asr_schema_version *d = &c->schemas[i];
        d->version = need_str(L, s, "version");
        lua_getfield(L, s, "xsd");                             /* ... s xsd */
        lua_pushfstring(L, "%s/%s", dir, lua_tostring(L, -1)); /* ... s xsd path */
        if ((d->xsd = asr_strdup(lua_tostring(L, -1))) == NULL)
            return luaL_error(L, "out of memory");
        lua_pop(L, 3);
    }
    lua_pop(L, 1);

    c->years = need_list(L, "years", sizeof *c->years, &n);
    for (size_t i = 0; i < n; i++, c->nyears++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int y = lua_gettop(L);
        asr_year *d = &c->years[i];
        d->name = need_str(L, y, "name");
        lua_getfield(L, y, "first");
        d->first = (int)lua_tointeger(L, -1);
        lua_getfield(L, y, "quarters"); /* ... y first qs */
        for (int q = 0; q < 4; q++) {
            lua_rawgeti(L, -1, q + 1);
            int t = lua_gettop(L);
            copy_date(L, t, "name", d->q[q].name, sizeof d->q[q].name);
            copy_date(L, t, "starts", d->q[q].starts, sizeof d->q[q].starts);
            copy_date(L, t, "ends", d->q[q].ends, sizeof d->q[q].ends);
            lua_pop(L, 1);
        }
        lua_pop(L, 3);
    }
    lua_pop(L, 1);

    c->packs = need_list(L, "packs", sizeof *c->packs, &n);
    for (size_t i = 0; i < n; i++, c->npacks++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        int p = lua_gettop(L);
        asr_pack *d = &c->packs[i];
        d->year = need_str(L, p, "year");
        d->title = need_str(L, p, "title");
        need_strings(L, p, "deliverables", &d->deliverables);
        lua_getfield(L, p, "not_checkable"); /* ... p list */
        size_t m = (size_t)luaL_len(L, -1);
        if ((d->unchecked = calloc(m ? m : 1, sizeof *d->unchecked)) == NULL)
            return luaL_error(L, "out of memory");
        for (size_t k = 0; k < m; k++, d->nunchecked++) {
            lua_rawgeti(L, -1, (lua_Integer)k + 1);
            int u = lua_gettop(L);
            d->unchecked[k].quote = need_str(L, u, "quote");
            d->unchecked[k].section = need_str(L, u, "section");
            d->unchecked[k].row = need_str(L, u, "row");
            d->unchecked[k].why = need_str(L, u, "why");
            lua_pop(L, 1);
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return 0;
}

/* Read dir's catalogue.lua: the prelude checks and installs its facts, and
 * rs->cat gets a copy. Its text goes into the catalogue's hash. */
static int load_catalogue(asr_lua *h, const char *dir, asr_ruleset *rs, asr_errlist *errs,
                          unsigned long long *hash)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, ASR_CATALOGUE_FILE);
    size_t len;
    char *src;
    if (asr_read_file(path, RULE_FILE_MAX, "catalogue", "", &src, &len, &e) != 0)
        return asr_errlist_push(errs, &e), -1;
    fnv(hash, src, len);
    char chunkname[sizeof path + 1];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    int rc = luaL_loadbufferx(L, src, len, chunkname, "t"); /* chunk */
    free(src);
    if (rc != LUA_OK) {
        lua_err_to(&e, path, lua_tostring(L, -1));
        lua_pop(L, 1);
        return asr_errlist_push(errs, &e), -1;
    }
    asr_lua_push_host(h, "catalogue_env"); /* chunk catalogue_env */
    lua_pushstring(L, path);               /* chunk catalogue_env path */
    if (asr_lua_call(h, 1, 2, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        goto fail;
    }
    /* chunk env get */
    lua_pushvalue(L, -2);
    lua_setupvalue(L, -4, 1); /* chunk env get (the chunk's _ENV is env) */
    lua_pushvalue(L, -3);     /* chunk env get chunk */
    if (asr_lua_call(h, 0, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0)
        goto fail3;
    asr_lua_push_host(h, "catalogue_done"); /* chunk env get done */
    lua_pushvalue(L, -2);                   /* chunk env get done get */
    if (asr_lua_call(h, 0, 1, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        goto fail3;
    }
    /* chunk env get done got */
    if (asr_lua_call(h, 1, 1, 0, 0, &e) != 0)
        goto fail3;
    /* chunk env get facts */
    lua_pushcfunction(L, l_copy_catalogue); /* ... facts copy */
    lua_pushlightuserdata(L, &rs->cat);     /* ... facts copy cat */
    lua_pushvalue(L, -3);                   /* ... facts copy cat facts */
    lua_pushstring(L, dir);                 /* ... facts copy cat facts dir */
    rc = asr_lua_call(h, 3, 0, 0, 0, &e);
    lua_pop(L, 4); /* */
    if (rc != 0)
        goto fail;
    return (rs->cat.file = asr_strdup(path)) ? 0 : -1;
fail3:
    lua_pop(L, 3);
fail:
    lua_err_to(&e, path, e.message);
    return asr_errlist_push(errs, &e), -1;
}

/* Read a region's tolerances file: each line it sets is checked against the
 * catalogue's tolerance and applied before any rule reads it. Its text
 * goes into the rule set's hash: a report says which tolerances judged it. */
static int load_tolerances(asr_lua *h, const char *path, asr_errlist *errs,
                           unsigned long long *hash)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    size_t len;
    char *src;
    if (asr_read_file(path, RULE_FILE_MAX, "tolerances", "", &src, &len, &e) != 0)
        return asr_errlist_push(errs, &e), -1;
    fnv(hash, src, len);
    char chunkname[4200];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    int rc = luaL_loadbufferx(L, src, len, chunkname, "t"); /* chunk */
    free(src);
    if (rc != LUA_OK) {
        lua_err_to(&e, path, lua_tostring(L, -1));
        lua_pop(L, 1);
        return asr_errlist_push(errs, &e), -1;
    }
    asr_lua_push_host(h, "tolerances_env"); /* chunk tolerances_env */
    lua_pushstring(L, path);
    if (asr_lua_call(h, 1, 2, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        goto fail;
    }
    lua_pushvalue(L, -2);     /* chunk env get env */
    lua_setupvalue(L, -4, 1); /* chunk env get (the chunk's _ENV is env) */
    lua_pushvalue(L, -3);     /* chunk env get chunk */
    if (asr_lua_call(h, 0, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0)
        goto fail3;
    asr_lua_push_host(h, "tolerances_done"); /* chunk env get done */
    lua_pushvalue(L, -2);                    /* chunk env get done get */
    if (asr_lua_call(h, 0, 1, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        goto fail3;
    }
    if (asr_lua_call(h, 1, 0, 0, 0, &e) != 0) /* chunk env get */
        goto fail3;
    lua_pop(L, 3);
    return 0;
fail3:
    lua_pop(L, 3);
fail:
    lua_err_to(&e, path, e.message);
    return asr_errlist_push(errs, &e), -1;
}

/* Protected: copy the list at 2 (host.tolerance_facts) into the catalogue
 * at 1. */
static int l_copy_tolerances(lua_State *L)
{
    asr_catalogue *c = lua_touserdata(L, 1);
    size_t n = (size_t)luaL_len(L, 2);
    if ((c->tolerances = calloc(n ? n : 1, sizeof *c->tolerances)) == NULL)
        return luaL_error(L, "out of memory");
    for (size_t i = 0; i < n; i++, c->ntolerances++) {
        lua_rawgeti(L, 2, (lua_Integer)i + 1);
        int t = lua_gettop(L);
        asr_tolerance *d = &c->tolerances[i];
        d->name = need_str(L, t, "name");
        d->unit = need_str(L, t, "unit");
        d->means = need_str(L, t, "means");
        d->value = need_str(L, t, "value");
        d->default_value = need_str(L, t, "default");
        d->set_by = field_dup(L, t, "set_by");
        d->reason = field_dup(L, t, "reason");
        lua_pop(L, 1);
    }
    return 0;
}

static int copy_tolerances(asr_lua *h, asr_catalogue *cat, asr_errlist *errs)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    asr_lua_push_host(h, "tolerance_facts"); /* facts_fn */
    if (asr_lua_call(h, 0, 1, 0, 0, &e) != 0)
        return asr_errlist_push(errs, &e), -1;
    lua_pushcfunction(L, l_copy_tolerances); /* facts copy */
    lua_pushlightuserdata(L, cat);
    lua_pushvalue(L, -3); /* facts copy cat facts */
    int rc = asr_lua_call(h, 2, 0, 0, 0, &e);
    lua_pop(L, 1);
    if (rc != 0)
        asr_errlist_push(errs, &e);
    return rc;
}

/* Load one file; append its rules. */
/* Load one rule file; its text also goes into the catalogue's hash. */
static int load_file(asr_lua *h, const char *path, asr_ruleset *rs, asr_errlist *errs,
                     unsigned long long *hash)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    size_t len;
    char *src;
    if (asr_read_file(path, RULE_FILE_MAX, "rule", "", &src, &len, &e) != 0)
        return asr_errlist_push(errs, &e), -1;
    fnv(hash, src, len);
    if (len >= 4 && memcmp(src, LUA_SIGNATURE, 4) == 0) {
        free(src);
        asr_err_set(&e, path, 1, 0, "",
                    "is compiled Lua bytecode; rule files must be Lua source text");
        return asr_errlist_push(errs, &e), -1;
    }
    char chunkname[4200];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    /* Text only: binary chunks are refused. */
    int rc = luaL_loadbufferx(L, src, len, chunkname, "t");
    free(src);
    if (rc != LUA_OK) {
        lua_err_to(&e, path, lua_tostring(L, -1));
        lua_pop(L, 1);
        return asr_errlist_push(errs, &e), -1;
    }
    /* chunk */
    asr_lua_push_host(h, "new_env"); /* chunk new_env */
    lua_pushstring(L, path);         /* chunk new_env path */
    if (asr_lua_call(h, 1, 2, 0, 0, &e) != 0) {
        lua_pop(L, 1);
        lua_err_to(&e, path, e.message);
        return asr_errlist_push(errs, &e), -1;
    }
    /* chunk env declared */
    lua_pushvalue(L, -2);     /* chunk env declared env */
    lua_setupvalue(L, -4, 1); /* chunk env declared (chunk's _ENV = env) */
    lua_pushvalue(L, -3);     /* chunk env declared chunk */
    if (asr_lua_call(h, 0, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0) {
        lua_pop(L, 3);
        lua_err_to(&e, path, e.message);
        return asr_errlist_push(errs, &e), -1;
    }
    if (asr_lua_call(h, 0, 1, 0, 0, &e) != 0) { /* chunk env list */
        lua_pop(L, 2);
        lua_err_to(&e, path, e.message);
        return asr_errlist_push(errs, &e), -1;
    }
    lua_pushvalue(L, -3); /* chunk env list chunk */
    int chunk_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    int list = lua_gettop(L);
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    if (n == 0) {
        asr_err_set(&e, path, 0, 0, "", "declares no deliverable (call deliverable { ... })");
        asr_errlist_push(errs, &e);
        lua_pop(L, 3);
        return -1;
    }
    int status = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, list, i); /* ... def */
        int def = lua_gettop(L);
        asr_rule r = {0};
        r.id = field_dup(L, def, "id");
        r.title = field_dup(L, def, "title");
        r.workstream = field_dup(L, def, "workstream");
        r.source = field_dup(L, def, "source");
        r.due = field_dup(L, def, "due");
        r.file = asr_strdup(path);
        r.from = field_dup(L, def, "from");
        r.until = field_dup(L, def, "to");
        lua_pushliteral(L, "from_key");
        lua_rawget(L, def);
        r.from_key = (long)lua_tointeger(L, -1);
        lua_pushliteral(L, "to_key");
        lua_rawget(L, def);
        r.until_key = (long)lua_tointeger(L, -1);
        lua_pop(L, 2);
        r.schema = field_dup(L, def, "schema");
        lua_pushliteral(L, "history");
        lua_rawget(L, def);
        r.history = lua_toboolean(L, -1);
        lua_pop(L, 1);
        r.schema_rank = r.schema ? asr_catalogue_schema(&rs->cat, r.schema) : 0;
        char *where = field_dup(L, def, "line");
        const char *colon = where ? strrchr(where, ':') : NULL;
        r.line = colon ? strtol(colon + 1, NULL, 10) : 0;
        free(where);
        /* The same ID may be declared again only for another period. */
        long dup = -1;
        for (size_t k = 0; r.id && k < rs->n && dup < 0; k++)
            if (strcmp(rs->v[k].id, r.id) == 0 &&
                (r.from_key == 0 || rs->v[k].until_key == 0 || r.from_key <= rs->v[k].until_key) &&
                (r.until_key == 0 || rs->v[k].from_key == 0 || rs->v[k].from_key <= r.until_key))
                dup = (long)k;
        asr_rule *v = NULL;
        if (dup < 0 && r.id && r.title && r.workstream && r.source && r.due && r.file)
            v = realloc(rs->v, (rs->n + 1) * sizeof *v);
        if (v == NULL) {
            if (dup >= 0)
                asr_err_set(&e, path, r.line, 0, "", "%s is already declared in %s:%ld%s", r.id,
                            rs->v[dup].file, rs->v[dup].line,
                            (r.from || r.until) ? " for an overlapping period" : "");
            else
                asr_err_set(&e, path, r.line, 0, "", "out of memory");
            asr_errlist_push(errs, &e);
            free(r.id);
            free(r.title);
            free(r.workstream);
            free(r.source);
            free(r.due);
            free(r.file);
            free(r.from);
            free(r.until);
            free(r.schema);
            lua_pop(L, 1);
            status = -1;
            continue;
        }
        rs->v = v;
        r.chunk_ref = chunk_ref;
        r.ref = luaL_ref(L, LUA_REGISTRYINDEX); /* pops def */
        rs->v[rs->n++] = r;
    }
    lua_pop(L, 3); /* */
    return status;
}

/* qsort has no context: the catalogue being sorted by (one load at a time
 * per thread). */
static _Thread_local const asr_catalogue *sorting;

static int cmp_rule(const void *a, const void *b)
{
    const asr_rule *x = a, *y = b;
    int c = asr_catalogue_id_cmp(sorting, x->workstream, x->id, y->workstream, y->id);
    return c ? c : (x->from_key > y->from_key) - (x->from_key < y->from_key);
}

static int is_fixtures(const char *path)
{
    size_t n = strlen(path);
    return n >= 9 && strcmp(path + n - 9, ".test.lua") == 0;
}

static int has_catalogue(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, ASR_CATALOGUE_FILE);
    return access(path, F_OK) == 0;
}

/* Fold the file's bytes into the hash, if it can be read. */
static void hash_file(const char *path, unsigned long long *hash)
{
    size_t len;
    char *src;
    asr_err e;
    if (asr_read_file(path, RULE_FILE_MAX, "schema", "", &src, &len, &e) == 0) {
        fnv(hash, src, len);
        free(src);
    }
}

int asr_rules_load(asr_lua *h, const char *const *dirs, size_t ndirs, const char *tolerances,
                   asr_ruleset *rs, asr_errlist *errs)
{
    memset(rs, 0, sizeof *rs);
    asr_err e;
    unsigned long long hash = 14695981039346656037ULL;
    /* The catalogue first: the rules are checked against its facts. */
    const char *home = NULL;
    for (size_t d = 0; d < ndirs; d++) {
        if (!has_catalogue(dirs[d]))
            continue;
        if (home) {
            asr_err_set(&e, dirs[d], 0, 0, "",
                        "holds %s, and so does %s: give one national catalogue (the others add "
                        "rules to it)",
                        ASR_CATALOGUE_FILE, home);
            asr_errlist_push(errs, &e);
            return -1;
        }
        home = dirs[d];
    }
    if (home == NULL) {
        asr_err_set(&e, ndirs ? dirs[0] : "", 0, 0, "",
                    "no %s: the national catalogue's folder holds it (rules/%s)",
                    ASR_CATALOGUE_FILE, ASR_CATALOGUE_FILE);
        asr_errlist_push(errs, &e);
        return -1;
    }
    rs->dir = asr_strdup(home);
    if (rs->dir == NULL || load_catalogue(h, home, rs, errs, &hash) != 0)
        return -1;
    if ((tolerances && load_tolerances(h, tolerances, errs, &hash) != 0) ||
        copy_tolerances(h, &rs->cat, errs) != 0)
        return -1;
    for (size_t i = 0; i < rs->cat.nschemas; i++)
        hash_file(rs->cat.schemas[i].xsd, &hash);

    int status = 0;
    size_t nrules = 0;
    for (size_t d = 0; d < ndirs; d++) {
        const char *dir = dirs[d];
        asr_strlist files = {0};
        if (asr_list_files(dir, ".lua", &files, &e) != 0) {
            asr_errlist_push(errs, &e);
            status = -1;
        }
        for (size_t i = 0; i < files.n; i++) {
            const char *rel = files.v[i] + strlen(dir);
            if (is_fixtures(files.v[i]) ||
                (dir == home && strcmp(rel, "/" ASR_CATALOGUE_FILE) == 0))
                continue;
            nrules++;
            fnv(&hash, rel, strlen(rel) + 1);
            if (load_file(h, files.v[i], rs, errs, &hash) != 0)
                status = -1;
        }
        asr_strlist_free(&files);
    }
    if (status == 0 && nrules == 0) {
        asr_err_set(&e, ndirs ? dirs[0] : "", 0, 0, "", "no rule files (*.lua) found");
        asr_errlist_push(errs, &e);
        status = -1;
    }
    snprintf(rs->version, sizeof rs->version, "%016llx", hash);
    sorting = &rs->cat;
    if (rs->n > 0)
        qsort(rs->v, rs->n, sizeof *rs->v, cmp_rule);
    sorting = NULL;
    return status;
}

int asr_rule_in_force(const asr_rule *r, long key)
{
    return (r->from_key == 0 || key >= r->from_key) && (r->until_key == 0 || key <= r->until_key);
}

void asr_ruleset_free(asr_ruleset *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        asr_rule *r = &rs->v[i];
        free(r->id);
        free(r->title);
        free(r->workstream);
        free(r->source);
        free(r->due);
        free(r->file);
        free(r->from);
        free(r->until);
        free(r->schema);
    }
    free(rs->v);
    free(rs->dir);
    asr_catalogue_free(&rs->cat);
    memset(rs, 0, sizeof *rs);
}

long asr_rules_find(const asr_ruleset *rs, const char *id)
{
    for (size_t i = 0; i < rs->n; i++)
        if (strcmp(rs->v[i].id, id) == 0)
            return (long)i;
    return -1;
}

int asr_rule_describe(asr_lua *h, const asr_rule *r, int markdown, FILE *out, asr_err *err)
{
    lua_State *L = asr_lua_state(h);
    asr_lua_push_host(h, "describe");          /* describe */
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ref); /* describe rule */
    lua_pushboolean(L, markdown);              /* describe rule md */
    if (asr_lua_call(h, 2, 1, 0, 0, err) != 0)
        return -1;
    size_t len;
    const char *s = lua_tolstring(L, -1, &len); /* text */
    if (s)
        fwrite(s, 1, len, out);
    lua_pop(L, 1);
    return 0;
}

/* Protected: append the strings of the list at 2 to the strlist at 1. */
static int l_take_strings(lua_State *L)
{
    asr_strlist *out = lua_touserdata(L, 1);
    lua_Integer n = luaL_len(L, 2);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 2, i);
        if (lua_type(L, -1) == LUA_TSTRING && asr_strlist_push(out, lua_tostring(L, -1)) != 0)
            return luaL_error(L, "out of memory");
        lua_pop(L, 1);
    }
    return 0;
}

int asr_rule_lint(asr_lua *h, const asr_catalogue *cat, const asr_rule *r, const asr_strlist *names,
                  asr_strlist *found, asr_err *err)
{
    lua_State *L = asr_lua_state(h);
    size_t len;
    char *src;
    if (asr_read_file(r->file, RULE_FILE_MAX, "rule", "", &src, &len, err) != 0)
        return -1;
    asr_lua_push_host(h, "lint");              /* lint */
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ref); /* lint rule */
    lua_pushlstring(L, src, len);              /* lint rule src */
    free(src);
    /* The versions the rule runs on: { {version =, names = {name = true}}, ... } */
    lua_createtable(L, (int)cat->nschemas, 0); /* lint rule src versions */
    for (size_t v = (size_t)r->schema_rank, k = 1; v < cat->nschemas; v++, k++) {
        lua_createtable(L, 0, 2); /* ... versions entry */
        lua_pushstring(L, cat->schemas[v].version);
        lua_setfield(L, -2, "version");
        lua_createtable(L, 0, (int)names[v].n); /* ... versions entry set */
        for (size_t i = 0; i < names[v].n; i++) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, names[v].v[i]);
        }
        lua_setfield(L, -2, "names");
        lua_rawseti(L, -2, (lua_Integer)k); /* lint rule src versions */
    }
    if (asr_lua_call(h, 3, 1, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, err) != 0)
        return -1;                        /* problems */
    lua_pushcfunction(L, l_take_strings); /* problems take */
    lua_pushlightuserdata(L, found);
    lua_pushvalue(L, -3);
    int rc = asr_lua_call(h, 2, 0, 0, 0, err);
    lua_pop(L, 1);
    return rc;
}

/* ------------------------------------------------------------ running */

static int set_meta(asr_finding *f, const asr_rule *r)
{
    f->rule = asr_strdup(r->id);
    f->title = asr_strdup(r->title);
    f->workstream = asr_strdup(r->workstream);
    f->due = asr_strdup(r->due);
    f->source = asr_strdup(r->source);
    return (f->rule && f->title && f->workstream && f->due && f->source) ? 0 : -1;
}

static char *str_field(lua_State *L, int idx, const char *k)
{
    lua_pushstring(L, k); /* read raw: no metamethod of a rule's table runs */
    lua_rawget(L, idx < 0 ? idx - 1 : idx);
    char *s = lua_type(L, -1) == LUA_TSTRING ? asr_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

/* Copy the finding table at index t into f (the catalogue names the
 * outcomes); raises on a table that is not a finding, or out of memory.
 * Leaves the stack as it found it. */
static void copy_finding(lua_State *L, asr_finding *f, const asr_catalogue *cat, int t)
{
    luaL_checktype(L, t, LUA_TTABLE);
    char *outcome = str_field(L, t, "outcome");
    if (outcome == NULL || asr_outcome_parse(cat, outcome, &f->outcome) != 0) {
        free(outcome);
        luaL_error(L, "the rule runner returned no valid outcome");
    }
    free(outcome);
    f->message = str_field(L, t, "message");
    f->prompt = str_field(L, t, "prompt");
    lua_getfield(L, t, "subjects"); /* subjects */
    if (lua_istable(L, -1)) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) == LUA_TSTRING &&
                asr_finding_add_subject(f, lua_tostring(L, -1)) != 0)
                luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    lua_getfield(L, t, "locations"); /* locs */
    if (lua_istable(L, -1)) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i); /* locs loc */
            if (lua_istable(L, -1)) {
                lua_getfield(L, -1, "line");
                long line = (long)lua_tointeger(L, -1);
                lua_pop(L, 1);
                char *xp = str_field(L, lua_gettop(L), "xpath");
                char *label = str_field(L, lua_gettop(L), "label");
                int rc = asr_finding_add_location(f, line, xp, label);
                free(xp);
                free(label);
                if (rc != 0)
                    luaL_error(L, "out of memory");
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* A rule whose evidence the return's schema version has no place for. */
static int schema_too_old(asr_finding *f, const char *has, const char *needs)
{
    char msg[512];
    snprintf(msg, sizeof msg,
             "The return is schema %s, which has no place for this evidence: it was added in "
             "schema %s. Returns of schema %s or later are judged by this rule",
             has, needs, needs);
    f->outcome = ASR_NOT_APPLICABLE;
    if (strlen(needs) >= sizeof f->needs_schema) /* not folded in text output */
        f->needs_schema[0] = '\0';
    else
        snprintf(f->needs_schema, sizeof f->needs_schema, "%s", needs);
    f->message = asr_strdup(msg);
    return f->message ? 0 : -1;
}

static void error_finding(asr_finding *f, const asr_rule *r, const char *msg)
{
    char buf[2200];
    /* Name the rule file even when the error came from elsewhere. */
    if (strstr(msg, r->file) == NULL)
        snprintf(buf, sizeof buf, "%s:%ld: %s", r->file, r->line, msg);
    else
        snprintf(buf, sizeof buf, "%s", msg);
    free(f->message);
    free(f->prompt);
    f->outcome = ASR_ERROR;
    f->message = asr_strdup(buf);
    f->prompt = NULL;
    for (size_t i = 0; i < f->nsubjects; i++)
        free(f->subjects[i]);
    f->nsubjects = 0;
}

/* The registry table of each rule's last run (rule -> { declared, roots,
 * record }): its code, what the code reaches and what that was when the
 * run ended (nil: not recordable). */
static const char runs_key = 0;

/* Run the chunk at index chunk again in a fresh environment: push its
 * environment and the list of what it declares. */
static void run_file(lua_State *L, asr_lua *h, int chunk)
{
    asr_lua_push_host(h, "again_env");
    lua_call(L, 0, 3); /* env declared holder_fn */
    int env = lua_gettop(L) - 2;
    lua_upvaluejoin(L, chunk, 1, env + 2, 1); /* the chunk's _ENV is env, in a cell of its own */
    lua_pop(L, 1);                            /* env declared */
    lua_pushvalue(L, chunk);
    lua_call(L, 0, 0); /* the file runs, declaring into the list */
    asr_lua_count_file_run(h);
}

/* { env, each declared function } for rulestate.c, from env and the
 * declared list at the top two indices (kept there). */
static void push_roots(lua_State *L, int env, int declared)
{
    static const char *const code[] = {"check", "where", "meets", "judge", "on_track"};
    lua_newtable(L);
    lua_Integer k = 0;
    lua_pushvalue(L, env);
    lua_rawseti(L, -2, ++k);
    lua_Integer n = (lua_Integer)lua_rawlen(L, declared);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, declared, i);
        for (size_t j = 0; j < sizeof code / sizeof code[0]; j++) {
            lua_pushstring(L, code[j]);
            lua_rawget(L, -2);
            if (lua_isnil(L, -1))
                lua_pop(L, 1);
            else
                lua_rawseti(L, -3, ++k);
        }
        lua_pop(L, 1);
    }
}

/* l_fresh_run(chunk, rule, root, f, cat), protected, under the rule's
 * limits: the rule (its first declaration) judges the document at root
 * with the code its file (chunk) declared, and its finding is copied into
 * the asr_finding f (the catalogue cat names its outcome) in the same call.
 *
 * So each return starts from the same state: whatever a rule kept in its
 * file's locals or globals while judging one return (a count, a hoard of
 * memory) is gone for the next, and findings cannot depend on the order of
 * a batch or on --jobs. The file runs again in a fresh environment before
 * the rule judges, unless what its code can reach is as the last run left
 * it (rulestate.c): then that run's code judges, as a new run's would. Each
 * rule has its own run, also beside others of its file. The shared API
 * tables are read-only (prelude), so this is all the state a rule has. */
static int l_fresh_run(lua_State *L)
{
    asr_lua *h = asr_lua_from_state(L);
    asr_finding *f = lua_touserdata(L, 4);
    const asr_catalogue *cat = lua_touserdata(L, 5);
    lua_settop(L, 3);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &runs_key) != LUA_TTABLE) { /* 4 runs */
        lua_pop(L, 1);
        asr_lua_push_host(h, "shared");
        lua_call(L, 0, 1);
        asr_rulestate_share(L, -1);
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &runs_key);
    }
    lua_pushvalue(L, 2);
    if (lua_rawget(L, 4) == LUA_TTABLE) { /* 5 last */
        lua_getfield(L, 5, "record");     /* 6 */
        lua_getfield(L, 5, "roots");      /* 7 */
        if (!lua_isnil(L, 6) && asr_rulestate_same(L, 7, 6)) {
            lua_getfield(L, 5, "declared");
            goto judge;
        }
    }
    lua_settop(L, 4);
    run_file(L, h, 1);          /* 5 env, 6 declared */
    push_roots(L, 5, 6);        /* 7 roots */
    asr_rulestate_record(L, 7); /* 8 record or nil */
    lua_createtable(L, 0, 3);   /* 9 last */
    lua_pushvalue(L, 6);
    lua_setfield(L, 9, "declared");
    lua_pushvalue(L, 7);
    lua_setfield(L, 9, "roots");
    lua_pushvalue(L, 8);
    lua_setfield(L, 9, "record");
    lua_pushvalue(L, 2);
    lua_pushvalue(L, 9);
    lua_rawset(L, 4);
    lua_pushvalue(L, 6);
judge: /* declared on top */
    asr_lua_push_host(h, "run_again");
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -3);
    lua_pushvalue(L, 3);
    lua_call(L, 3, 1); /* finding */
    copy_finding(L, f, cat, lua_gettop(L));
    return 0;
}

int asr_rules_run(asr_lua *h, const asr_ruleset *rs, const unsigned char *select,
                  const asr_doc *doc, const asr_doc *prev, int q, int with_history,
                  asr_return_report *out)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    asr_lua_set_doc(h, doc, prev);
    asr_lua_session_begin(h);
    /* Once per document: index the header. */
    asr_lua_push_host(h, "begin");
    asr_lua_push_root(h);
    lua_pushinteger(L, q);
    asr_lua_push_prev_root(h);
    lua_pushstring(L, doc->financial_year);
    int begun = asr_lua_call(h, 4, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) == 0;
    char begin_msg[sizeof e.message + 64] = "";
    if (!begun)
        snprintf(begin_msg, sizeof begin_msg, "indexing the return failed: %s", e.message);

    int status = 0;
    long period = asr_period_key(doc->financial_year, q);
    long version = asr_catalogue_schema(&rs->cat, doc->schema_version);
    for (size_t i = 0; i < rs->n; i++) {
        if (select && !select[i])
            continue;
        if (!asr_rule_in_force(&rs->v[i], period) || (rs->v[i].history && !with_history))
            continue; /* not in force; or cross-quarter, and no --history */
        const asr_rule *r = &rs->v[i];
        asr_finding f = {0};
        if (set_meta(&f, r) != 0) {
            asr_finding_free(&f);
            status = -1;
            break;
        }
        if (!begun) {
            error_finding(&f, r, begin_msg);
        } else if (r->schema && r->schema_rank > version) {
            if (schema_too_old(&f, doc->schema_version, r->schema) != 0) {
                asr_finding_free(&f);
                status = -1;
                break;
            }
        } else {
            lua_pushcfunction(L, l_fresh_run);               /* fresh */
            lua_rawgeti(L, LUA_REGISTRYINDEX, r->chunk_ref); /* fresh chunk */
            lua_rawgeti(L, LUA_REGISTRYINDEX, r->ref);
            asr_lua_push_root(h); /* fresh chunk rule root */
            lua_pushlightuserdata(L, &f);
            lua_pushlightuserdata(L, (void *)&rs->cat); /* ... root f cat */
            /* the copy into f is our own C code, inside the rule's call */
            if (asr_lua_call(h, 5, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0)
                error_finding(&f, r, e.message);
        }
        if (asr_report_add(out, &f) != 0) {
            asr_finding_free(&f);
            status = -1;
            break;
        }
    }
    asr_lua_session_end(h);
    asr_lua_set_doc(h, NULL, NULL);
    return status;
}
