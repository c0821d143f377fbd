/* rulestate.c: the record of a rule's state, and whether it is unchanged
 * (asr_rulestate.h says why). Written by hand: Lua offers no way to freeze
 * or compare a graph of tables and closures; this walks it with the raw C
 * API only (lua_next, lua_getupvalue, lua_getmetatable, lua_rawequal), so
 * no metamethod, and no rule code, runs while it looks. */
#include "asr_rulestate.h"

#include <lauxlib.h>

static const char shared_key = 0; /* registry: the host's tables and functions (weak keys) */
static const char end_mark = 0;   /* closes a table's or a function's values in a record */

/* One walk: recording into, or comparing with, the array at index rec. */
typedef struct walk {
    lua_State *L;
    int compare;       /* 0: record; 1: compare */
    int rec;           /* the record */
    int seen;          /* table: what the walk has met */
    int todo;          /* array: what it has met and not yet looked into */
    int shared;        /* the host's set (nil while it is being made) */
    lua_Integer n, nt; /* values recorded or compared; length of todo */
    int ok;            /* 0 once the state cannot be recorded or differs */
} walk;

static int is_shared(walk *w, int idx)
{
    if (!w->shared)
        return 0;
    lua_pushvalue(w->L, idx);
    int yes = lua_rawget(w->L, w->shared) != LUA_TNIL;
    lua_pop(w->L, 1);
    return yes;
}

/* The value on top (popped): record it or compare it with the next one
 * recorded. */
static void emit(walk *w)
{
    lua_State *L = w->L;
    if (++w->n > ASR_STATE_MAX) {
        w->ok = 0;
        lua_pop(L, 1);
        return;
    }
    if (!w->compare) {
        lua_rawseti(L, w->rec, w->n);
        return;
    }
    lua_rawgeti(L, w->rec, w->n);
    if (!lua_rawequal(L, -1, -2))
        w->ok = 0;
    lua_pop(L, 2);
}

/* The value on top (popped): emitted, and queued to be looked into when it
 * is a table or a Lua function met for the first time and not the host's.
 * What cannot be looked into (a userdata, a coroutine, a C function with
 * upvalues), unless the host's, ends the walk. */
static void meet(walk *w)
{
    lua_State *L = w->L;
    if (w->compare) {
        emit(w);
        return;
    }
    int top = lua_gettop(L);
    int t = lua_type(L, top), look = 0;
    if (t == LUA_TUSERDATA || t == LUA_TTHREAD) {
        w->ok = is_shared(w, top);
    } else if (t == LUA_TFUNCTION && lua_iscfunction(L, top)) {
        if (lua_getupvalue(L, top, 1) != NULL) {
            lua_pop(L, 1);
            w->ok = is_shared(w, top);
        }
    } else if (t == LUA_TTABLE || t == LUA_TFUNCTION) {
        look = !is_shared(w, top);
    }
    if (!w->ok) {
        lua_pop(L, 1);
        return;
    }
    if (look) {
        lua_pushvalue(L, top);
        if (lua_rawget(L, w->seen) == LUA_TNIL) {
            lua_pushvalue(L, top);
            lua_pushboolean(L, 1);
            lua_rawset(L, w->seen);
            lua_pushvalue(L, top);
            lua_rawseti(L, w->todo, ++w->nt);
        }
        lua_pop(L, 1);
    }
    emit(w);
}

static void end_of(walk *w)
{
    lua_pushlightuserdata(w->L, (void *)&end_mark);
    emit(w);
}

/* Look into the table or function on top (popped): its metatable and its
 * keys and values in lua_next order, or its upvalues, then the marker. */
static void look_into(walk *w)
{
    lua_State *L = w->L;
    int o = lua_gettop(L);
    if (lua_istable(L, o)) {
        if (!lua_getmetatable(L, o))
            lua_pushnil(L);
        meet(w);
        lua_pushnil(L);
        while (w->ok && lua_next(L, o)) { /* o k v */
            lua_pushvalue(L, -2);         /* o k v k */
            meet(w);                      /* o k v */
            meet(w);                      /* o k */
        }
        lua_settop(L, o);
    } else {
        for (int i = 1; w->ok && lua_getupvalue(L, o, i) != NULL; i++)
            meet(w);
    }
    if (w->ok)
        end_of(w);
    lua_settop(L, o - 1);
}

/* Record what the array at index roots reaches: each root, then each
 * table and function met, in the order met (breadth first), looked into.
 * The record keeps that order (rec.todo) for the comparison. */
static int record_walk(walk *w, int roots)
{
    lua_State *L = w->L;
    luaL_checkstack(L, 8, "rule state");
    lua_newtable(L);
    w->seen = lua_gettop(L);
    lua_newtable(L);
    w->todo = lua_gettop(L);
    w->ok = 1;
    lua_Integer nroots = (lua_Integer)lua_rawlen(L, roots);
    for (lua_Integer i = 1; w->ok && i <= nroots; i++) {
        lua_rawgeti(L, roots, i);
        meet(w);
    }
    for (lua_Integer i = 1; w->ok && i <= w->nt; i++) {
        lua_rawgeti(L, w->todo, i);
        look_into(w);
    }
    lua_setfield(L, w->rec, "todo");
    lua_pop(L, 1);
    return w->ok;
}

/* Compare what roots reaches with the record. While every value met so far
 * equals the one recorded, the walk meets the same tables and functions in
 * the same order: so it looks into those the record lists (rec.todo), and
 * needs no set of its own, and each value is only compared. Any value that
 * differs (a new key, a changed value, a table in a table's place, one
 * more or fewer) makes it stop: the state is not the same. */
static int compare_walk(walk *w, int roots)
{
    lua_State *L = w->L;
    luaL_checkstack(L, 8, "rule state");
    w->ok = 1;
    lua_Integer nroots = (lua_Integer)lua_rawlen(L, roots);
    for (lua_Integer i = 1; w->ok && i <= nroots; i++) {
        lua_rawgeti(L, roots, i);
        emit(w);
    }
    lua_getfield(L, w->rec, "todo");
    int todo = lua_gettop(L);
    lua_Integer nt = (lua_Integer)lua_rawlen(L, todo);
    for (lua_Integer i = 1; w->ok && i <= nt; i++) {
        lua_rawgeti(L, todo, i);
        look_into(w);
    }
    lua_pop(L, 1);
    return w->ok;
}

/* The value on top (popped) into the host's set, and queued to be looked
 * into, when it is a table, function or userdata not yet in it. */
static void share_meet(lua_State *L, int set, int todo, lua_Integer *nt)
{
    int t = lua_type(L, -1);
    if (t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TUSERDATA) {
        lua_pushvalue(L, -1);
        if (lua_rawget(L, set) == LUA_TNIL) {
            lua_pop(L, 1);
            lua_pushvalue(L, -1);
            lua_pushboolean(L, 1);
            lua_rawset(L, set);
            lua_rawseti(L, todo, ++*nt);
            return;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void asr_rulestate_share(lua_State *L, int shared)
{
    shared = lua_absindex(L, shared);
    luaL_checkstack(L, 8, "rule state");
    lua_newtable(L); /* set */
    int set = lua_gettop(L);
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, set);
    lua_newtable(L); /* set todo */
    int todo = lua_gettop(L);
    lua_Integer nt = 0;
    lua_pushvalue(L, shared);
    share_meet(L, set, todo, &nt);
    for (lua_Integer i = 1; i <= nt; i++) {
        lua_rawgeti(L, todo, i);
        int o = lua_gettop(L);
        if (lua_type(L, o) != LUA_TFUNCTION) {
            if (lua_getmetatable(L, o))
                share_meet(L, set, todo, &nt);
        }
        if (lua_type(L, o) == LUA_TTABLE) {
            lua_pushnil(L);
            while (lua_next(L, o)) {
                lua_pushvalue(L, -2);
                share_meet(L, set, todo, &nt);
                share_meet(L, set, todo, &nt);
            }
        } else if (lua_type(L, o) == LUA_TFUNCTION) {
            for (int u = 1; lua_getupvalue(L, o, u) != NULL; u++)
                share_meet(L, set, todo, &nt);
        }
        lua_settop(L, o - 1);
    }
    lua_settop(L, set);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &shared_key);
}

static int push_shared(lua_State *L)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &shared_key) == LUA_TTABLE)
        return lua_gettop(L);
    lua_pop(L, 1);
    return 0;
}

void asr_rulestate_record(lua_State *L, int roots)
{
    roots = lua_absindex(L, roots);
    lua_newtable(L); /* rec */
    walk w = {.L = L, .compare = 0, .rec = lua_gettop(L)};
    w.shared = push_shared(L);
    int ok = record_walk(&w, roots);
    if (w.shared)
        lua_pop(L, 1);
    if (!ok) {
        lua_pop(L, 1);
        lua_pushnil(L);
        return;
    }
    lua_pushinteger(L, w.n); /* rec n: the count, so that a longer walk differs */
    lua_setfield(L, -2, "n");
}

int asr_rulestate_same(lua_State *L, int roots, int record)
{
    roots = lua_absindex(L, roots);
    walk w = {.L = L, .compare = 1, .rec = lua_absindex(L, record)};
    int ok = compare_walk(&w, roots);
    if (!ok)
        return 0;
    lua_getfield(L, w.rec, "n");
    ok = lua_tointeger(L, -1) == w.n;
    lua_pop(L, 1);
    return ok;
}
