/* rules.c: rule loader and runner. Finds rule files, loads each as a text
 * chunk in its own _ENV, records what it declares, and runs rules on a
 * document under instruction and memory limits, turning each result into
 * an asr_finding. */
#include "asr_rules.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------ ordering */

/* The order of deliverables.md; IDs with other prefixes follow, by name. */
static const char *const PREFIXES[] = {
    "XML", "FIN", "GOV", "OP",   "FD-URO", "FD-GYN", "FD-BRE", "FD-SKN", "FD-ALL",
    "FIT", "ED",  "TV",  "LWBC", "EOC",    "WF",     "LP",     "HIST",   NULL,
};

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

static int rank(const char *prefix)
{
    for (int i = 0; PREFIXES[i]; i++)
        if (strcmp(prefix, PREFIXES[i]) == 0)
            return i;
    return 1000;
}

int asr_rule_id_cmp(const char *a, const char *b)
{
    char pa[64], pb[64];
    long na, nb;
    split_id(a, pa, sizeof pa, &na);
    split_id(b, pb, sizeof pb, &nb);
    int ra = rank(pa), rb = rank(pb);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    int c = strcmp(pa, pb);
    if (c != 0)
        return c;
    if (na != nb)
        return na < nb ? -1 : 1;
    return strcmp(a, b);
}

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
    lua_getfield(L, idx, k);
    char *s = lua_type(L, -1) == LUA_TSTRING ? asr_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
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
    int list = lua_gettop(L);
    lua_Integer n = luaL_len(L, list);
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
        lua_getfield(L, def, "from_key");
        r.from_key = (long)lua_tointeger(L, -1);
        lua_getfield(L, def, "to_key");
        r.until_key = (long)lua_tointeger(L, -1);
        lua_pop(L, 2);
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
            lua_pop(L, 1);
            status = -1;
            continue;
        }
        rs->v = v;
        r.ref = luaL_ref(L, LUA_REGISTRYINDEX); /* pops def */
        rs->v[rs->n++] = r;
    }
    lua_pop(L, 3); /* */
    return status;
}

static int cmp_rule(const void *a, const void *b)
{
    const asr_rule *x = a, *y = b;
    int c = asr_rule_id_cmp(x->id, y->id);
    return c ? c : (x->from_key > y->from_key) - (x->from_key < y->from_key);
}

static int is_fixtures(const char *path)
{
    size_t n = strlen(path);
    return n >= 9 && strcmp(path + n - 9, ".test.lua") == 0;
}

int asr_rules_load(asr_lua *h, const char *const *dirs, size_t ndirs, asr_ruleset *rs,
                   asr_errlist *errs)
{
    memset(rs, 0, sizeof *rs);
    rs->dir = asr_strdup(ndirs ? dirs[0] : "");
    int status = 0;
    unsigned long long hash = 14695981039346656037ULL;
    size_t nrules = 0;
    for (size_t d = 0; d < ndirs; d++) {
        const char *dir = dirs[d];
        asr_strlist files = {0};
        asr_err le;
        if (asr_list_files(dir, ".lua", &files, &le) != 0) {
            asr_errlist_push(errs, &le);
            status = -1;
        }
        for (size_t i = 0; i < files.n; i++) {
            if (is_fixtures(files.v[i]))
                continue;
            nrules++;
            const char *rel = files.v[i] + strlen(dir);
            fnv(&hash, rel, strlen(rel) + 1);
            if (load_file(h, files.v[i], rs, errs, &hash) != 0)
                status = -1;
        }
        asr_strlist_free(&files);
        char xsd[4200];
        snprintf(xsd, sizeof xsd, "%s/schema/quarterly-return-1.0.xsd", dir);
        size_t len;
        char *src;
        if (asr_read_file(xsd, RULE_FILE_MAX, "schema", "", &src, &len, &le) == 0) {
            fnv(&hash, src, len);
            free(src);
        }
    }
    if (status == 0 && nrules == 0) {
        asr_err e;
        asr_err_set(&e, ndirs ? dirs[0] : "", 0, 0, "", "no rule files (*.lua) found");
        asr_errlist_push(errs, &e);
        status = -1;
    }
    snprintf(rs->version, sizeof rs->version, "%016llx", hash);
    if (rs->n > 0)
        qsort(rs->v, rs->n, sizeof *rs->v, cmp_rule);
    return status;
}

long asr_period_key(const char *financial_year, int quarter)
{
    int y1 = 0, y2 = 0;
    char extra;
    if (!financial_year || sscanf(financial_year, "%4d/%2d%c", &y1, &y2, &extra) != 2 ||
        (y1 + 1) % 100 != y2)
        y1 = 2025;
    return (long)y1 * 10 + quarter;
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
    }
    free(rs->v);
    free(rs->dir);
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

int asr_rule_lint(asr_lua *h, const asr_rule *r, const asr_strlist *names, asr_strlist *found,
                  asr_err *err)
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
    lua_createtable(L, 0, (int)names->n); /* lint rule src names */
    for (size_t i = 0; i < names->n; i++) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, names->v[i]);
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
    lua_getfield(L, idx, k);
    char *s = lua_type(L, -1) == LUA_TSTRING ? asr_strdup(lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    return s;
}

/* Protected: copy the finding table at 2 into the asr_finding at 1. */
static int l_copy_finding(lua_State *L)
{
    asr_finding *f = lua_touserdata(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    char *outcome = str_field(L, 2, "outcome");
    if (outcome == NULL || asr_outcome_parse(outcome, &f->outcome) != 0) {
        free(outcome);
        return luaL_error(L, "the rule runner returned no valid outcome");
    }
    free(outcome);
    f->message = str_field(L, 2, "message");
    f->prompt = str_field(L, 2, "prompt");
    lua_getfield(L, 2, "subjects"); /* f t subjects */
    if (lua_istable(L, -1)) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) == LUA_TSTRING &&
                asr_finding_add_subject(f, lua_tostring(L, -1)) != 0)
                return luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    lua_getfield(L, 2, "locations"); /* f t locs */
    if (lua_istable(L, -1)) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i); /* f t locs loc */
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
                    return luaL_error(L, "out of memory");
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return 0;
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

int asr_rules_run(asr_lua *h, const asr_ruleset *rs, const unsigned char *select,
                  const asr_doc *doc, const asr_doc *prev, int q, asr_return_report *out)
{
    lua_State *L = asr_lua_state(h);
    asr_err e;
    asr_lua_set_doc(h, doc, prev);
    /* Once per document: index the header. */
    asr_lua_push_host(h, "begin");
    asr_lua_push_root(h);
    lua_pushinteger(L, q);
    asr_lua_push_prev_root(h);
    int begun = asr_lua_call(h, 3, 0, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) == 0;
    char begin_msg[sizeof e.message + 64] = "";
    if (!begun)
        snprintf(begin_msg, sizeof begin_msg, "indexing the return failed: %s", e.message);

    int status = 0;
    long period = asr_period_key(doc->financial_year, q);
    for (size_t i = 0; i < rs->n; i++) {
        if (select && !select[i])
            continue;
        if (!asr_rule_in_force(&rs->v[i], period))
            continue;
        const asr_rule *r = &rs->v[i];
        asr_finding f = {0};
        if (set_meta(&f, r) != 0) {
            asr_finding_free(&f);
            status = -1;
            break;
        }
        if (!begun) {
            error_finding(&f, r, begin_msg);
        } else {
            asr_lua_push_host(h, "run");               /* run */
            lua_rawgeti(L, LUA_REGISTRYINDEX, r->ref); /* run rule */
            asr_lua_push_root(h);                      /* run rule root */
            if (asr_lua_call(h, 2, 1, ASR_RULE_INSTRUCTIONS, ASR_RULE_MEMORY, &e) != 0) {
                error_finding(&f, r, e.message);
            } else {                                  /* finding */
                lua_pushcfunction(L, l_copy_finding); /* finding copy */
                lua_pushlightuserdata(L, &f);         /* finding copy f */
                lua_pushvalue(L, -3);                 /* finding copy f finding */
                if (asr_lua_call(h, 2, 0, 0, 0, &e) != 0)
                    error_finding(&f, r, e.message);
                lua_pop(L, 1); /* */
            }
        }
        if (asr_report_add(out, &f) != 0) {
            asr_finding_free(&f);
            status = -1;
            break;
        }
    }
    asr_lua_set_doc(h, NULL, NULL);
    return status;
}
