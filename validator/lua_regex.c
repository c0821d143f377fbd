/* lua_regex.c: the `re` table rules use for PCRE2 matching. Patterns are
 * compiled once per state and cached; every match runs under PCRE2's match,
 * depth and heap limits, and any PCRE2 error raises (never "no match").
 *   re.test(s, pattern [, flags])           -> boolean
 *   re.find(s, pattern [, flags [, init]])  -> start, end (1-based) or nil
 *   re.match(s, pattern [, flags])          -> captures (or the whole match) or nil
 *   re.count(s, pattern [, flags])          -> number of non-overlapping matches
 * flags: any of "imsx".
 *
 * A subject's UTF-8 is checked once, not at every match (asr_regex.h says
 * why): the last subject checked is remembered, so re.count, and a rule
 * calling re.find with init in a loop over one narrative, pay for the check
 * once. Invalid UTF-8 in a subject raises, naming the byte. */
#include "asr_lua.h"

#include <lauxlib.h>
#include <stdint.h>
#include <string.h>

/* Compile (or fetch) the pattern at idx 2 with flags at idx 3. */
static const asr_regex *get_re(lua_State *L)
{
    size_t plen;
    const char *pat = luaL_checklstring(L, 2, &plen);
    const char *flags = luaL_optstring(L, 3, "");
    asr_err err;
    const asr_regex *re =
        asr_regex_get(asr_lua_regex(asr_lua_from_state(L)), pat, plen, flags, &err);
    if (re == NULL)
        luaL_error(L, "%s", err.message);
    return re;
}

/* The memo of the last subject checked: upvalue 1 of every re function, a
 * userdata holding the asr_regex_subject, with the subject string itself as
 * its user value. Holding the string keeps it alive, so while it is held no
 * other string can be at its address: the same address and length is the
 * same string, already checked. (Lua strings never move or change.) It
 * holds at most one string, until the next subject replaces it. */
typedef struct memo {
    asr_regex_subject subj;
} memo;

/* The string at idx 1 as a checked subject: the memo's when it is the
 * string checked last, else checked now and remembered. An invalid one is
 * remembered as such: matching in it raises (in run). A copy: whatever
 * runs while the caller works (a GC step) cannot change it under the
 * caller, and the string stays alive as the caller's argument. */
static asr_regex_subject subject(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    memo *m = lua_touserdata(L, lua_upvalueindex(1));
    if (m->subj.s != s || m->subj.len != len) {
        asr_err err;
        lua_pushvalue(L, 1);                          /* s */
        lua_setiuservalue(L, lua_upvalueindex(1), 1); /* (the memo holds s) */
        asr_regex_subject_init(asr_lua_regex(asr_lua_from_state(L)), &m->subj, s, len, &err);
    }
    return m->subj;
}

/* Match; raises on a PCRE2 error. Returns pairs (0 = no match). */
static int run(lua_State *L, const asr_regex *re, const asr_regex_subject *subj, size_t start,
               size_t *ov)
{
    asr_err err;
    int n = asr_regex_match_at(asr_lua_regex(asr_lua_from_state(L)), re, subj, start, ov, &err);
    if (n < 0) {
        /* A limit hit here cost real time outside the instruction count:
         * the rule stops for good, even inside its own pcall. */
        if (strstr(err.message, "limit"))
            asr_lua_trip(L, "a regular expression hit its match limit (the rule was stopped)");
        luaL_error(L, "%s", err.message);
    }
    return n;
}

static int l_re_test(lua_State *L)
{
    const asr_regex_subject subj = subject(L);
    const asr_regex *re = get_re(L);
    size_t ov[2 * (ASR_REGEX_MAX_GROUPS + 1)];
    lua_pushboolean(L, run(L, re, &subj, 0, ov) > 0);
    return 1;
}

static int push_caps(lua_State *L, const char *s, const size_t *ov, int pairs, int whole)
{
    int first = (pairs > 1 && !whole) ? 1 : 0, n = 0;
    luaL_checkstack(L, pairs, "captures");
    for (int i = first; i < pairs; i++, n++) {
        if (ov[2 * i] == SIZE_MAX)
            lua_pushnil(L);
        else
            lua_pushlstring(L, s + ov[2 * i], ov[2 * i + 1] - ov[2 * i]);
    }
    return n;
}

static int l_re_find(lua_State *L)
{
    const asr_regex_subject subj = subject(L);
    const asr_regex *re = get_re(L);
    lua_Integer init = luaL_optinteger(L, 4, 1);
    if (init < 1)
        return luaL_argerror(L, 4, "must be 1 or more");
    size_t ov[2 * (ASR_REGEX_MAX_GROUPS + 1)];
    int pairs = run(L, re, &subj, (size_t)init - 1, ov);
    if (pairs == 0) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)ov[0] + 1);
    lua_pushinteger(L, (lua_Integer)ov[1]);
    return 2 + (pairs > 1 ? push_caps(L, subj.s, ov, pairs, 0) : 0);
}

static int l_re_match(lua_State *L)
{
    const asr_regex_subject subj = subject(L);
    const asr_regex *re = get_re(L);
    size_t ov[2 * (ASR_REGEX_MAX_GROUPS + 1)];
    int pairs = run(L, re, &subj, 0, ov);
    if (pairs == 0) {
        lua_pushnil(L);
        return 1;
    }
    return push_caps(L, subj.s, ov, pairs, 0);
}

/* Each match starts where the last ended, on a character boundary, so the
 * subject is checked once for all of them. */
static int l_re_count(lua_State *L)
{
    const asr_regex_subject subj = subject(L);
    const asr_regex *re = get_re(L);
    const char *s = subj.s;
    size_t len = subj.len, ov[2 * (ASR_REGEX_MAX_GROUPS + 1)], at = 0;
    lua_Integer count = 0;
    while (at <= len && run(L, re, &subj, at, ov) > 0) {
        count++;
        at = ov[1] > ov[0] ? ov[1] : ov[1] + 1; /* step past an empty match */
        while (at < len && ((unsigned char)s[at] & 0xC0) == 0x80)
            at++; /* stay on a UTF-8 boundary */
    }
    lua_pushinteger(L, count);
    return 1;
}

int asr_lua_re_test(lua_State *L, const char *s, size_t len, const char *pattern,
                    const char *needed)
{
    asr_regex_cache *c = asr_lua_regex(asr_lua_from_state(L));
    asr_regex_subject subj;
    asr_err err;
    asr_regex_subject_init(c, &subj, s, len, &err); /* as subject(): an invalid one raises in run */
    if (needed && subj.utf_error == 0 && !asr_memfind(s, len, needed))
        return 0;
    const asr_regex *re = asr_regex_get(c, pattern, strlen(pattern), "", &err);
    if (re == NULL)
        luaL_error(L, "%s", err.message);
    size_t ov[2 * (ASR_REGEX_MAX_GROUPS + 1)];
    return run(L, re, &subj, 0, ov) > 0;
}

static const luaL_Reg re_funcs[] = {
    {"test", l_re_test},   {"find", l_re_find}, {"match", l_re_match},
    {"count", l_re_count}, {NULL, NULL},
};

int asr_lua_open_re(lua_State *L)
{
    luaL_newlibtable(L, re_funcs);                /* re */
    memo *m = lua_newuserdatauv(L, sizeof *m, 1); /* re memo */
    memset(m, 0, sizeof *m);                      /* no subject yet */
    luaL_setfuncs(L, re_funcs, 1);                /* re (each function holds the memo) */
    return 1;
}
