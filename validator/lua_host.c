/* lua_host.c: one sandboxed Lua state per worker: counting allocator,
 * instruction and time limits, curated libraries, the prelude, and the one
 * protected call helper every C-to-Lua call goes through.
 *
 * Limits. Every call into Lua (asr_lua_call) runs under a memory budget,
 * an instruction budget and a CPU-time budget, from its first instruction
 * until lua_pcall returns: the message handler, __close and xpcall
 * handlers run inside them too, and nothing lifts them early. The count
 * hook costs on every instruction once set, so it is not set at first: a
 * per-thread CPU-time alarm (alarm.c) sets it when a call has run
 * ASR_SLICE_MS, and stops the call for good at its time budget. Where the
 * alarm cannot be had, the hook is set from the start and reads the
 * thread's CPU clock itself. */
#define _GNU_SOURCE /* memmem */
#include "asr_alarm.h"
#include "asr_lua.h"
#include "asr_pool.h"

#include <signal.h>

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The prelude (validator/lua/prelude.lua), embedded by the Makefile. */
extern unsigned char prelude_lua[];
extern unsigned int prelude_lua_len;

#define HARD_CAP     ((size_t)512 * 1024 * 1024) /* the whole state, ever */
#define HOOK_STEP    10000                       /* instructions per hook call */
#define ASR_SLICE_MS 10 /* CPU time a call runs before instructions are counted */

/* Small blocks (up to POOL_MAX bytes, in 16-byte classes) come from a
 * per-state pool: a state is used by one thread only, so the pool needs no
 * lock, where malloc takes an arena lock on every call once worker threads
 * exist. Freed blocks go back on their class's list and are reused; the
 * chunks are released with the state. Built without the pool under
 * AddressSanitizer, so it still sees every Lua block. */
#if defined(ASR_ASAN)
#define POOL_MAX 0
#else
#define POOL_MAX 256
#endif
#define POOL_CHUNK (64 * 1024)

struct asr_lua {
    lua_State *L;
    size_t used;             /* bytes allocated by the state */
    size_t limit;            /* allocations beyond this fail */
    int mem_tripped;         /* an allocation was refused in this call */
    long remaining;          /* instructions left in this call */
    long instr_limit;        /* this call's instruction budget */
    int instr_tripped;       /* the budget ran out in this call */
    const char *trip_reason; /* set by asr_lua_trip; NULL = the instruction budget */
    char trip_where[512];    /* "file.lua:line" of the rule where a limit first stopped it */
    long time_ms;            /* CPU-time budget of a call */
    char time_reason[96];    /* "time limit of 2 s exceeded" */
    volatile sig_atomic_t time_tripped; /* set by the alarm: the budget is spent */
    volatile sig_atomic_t in_call;      /* a limited call is running */
    volatile sig_atomic_t ticks;        /* alarm ticks (ASR_SLICE_MS each) in this call */
    long cpu_start;          /* without the alarm: the thread's CPU ms at the call's start */
    int alarmed;             /* the alarm ticks for this state's calls */
    unsigned long file_runs; /* rule files run again for a return (rules.c) */
    int session;             /* ... for a whole session (asr_lua_session_begin) */
    unsigned long doc_id;    /* the current document */
    xmlNodePtr root;         /* its root element (borrowed) */
    unsigned long prev_id;   /* the previous quarter's return (--history), or 0 */
    xmlNodePtr prev_root;
    asr_regex_cache *re; /* compiled patterns for this state */
    const void *node_mt; /* the node metatable (lua_doc.c): a node check compares addresses */
    asr_pool pool;       /* small blocks for this state (one thread) */
    void *chunks;        /* the pool's chunks, freed with the state */
};

static void l_hook(lua_State *L, lua_Debug *ar);

/* Remember where a limit stopped the rule: the innermost frame running a
 * rule file, at the moment it tripped. Once unwound, every later frame is
 * the runner's, and the error would name only the deliverable's first
 * line. Reads the call stack only (no allocation), so it is safe inside
 * the allocator; the count hook keeps each frame's line current. */
static void note_where(asr_lua *h)
{
    lua_Debug ar;
    if (h->L == NULL || h->trip_where[0] != '\0')
        return;
    for (int level = 0; lua_getstack(h->L, level, &ar); level++) {
        if (lua_getinfo(h->L, "Sl", &ar) && ar.source[0] == '@' && ar.currentline > 0) {
            snprintf(h->trip_where, sizeof h->trip_where, "%s:%d", ar.source + 1, ar.currentline);
            return;
        }
    }
}

void asr_lua_trip(lua_State *L, const char *reason)
{
    asr_lua *h = asr_lua_from_state(L);
    note_where(h);
    h->instr_tripped = 1;
    h->trip_reason = reason;
    lua_sethook(L, l_hook, LUA_MASKCOUNT, 1);
}

asr_lua *asr_lua_from_state(lua_State *L) { return *(asr_lua **)lua_getextraspace(L); }

lua_State *asr_lua_state(asr_lua *h) { return h->L; }
void asr_lua_set_node_mt(lua_State *L, const void *mt) { asr_lua_from_state(L)->node_mt = mt; }
const void *asr_lua_node_mt(lua_State *L) { return asr_lua_from_state(L)->node_mt; }
asr_regex_cache *asr_lua_regex(asr_lua *h) { return h->re; }
size_t asr_lua_memory(const asr_lua *h) { return h->used; }
void asr_lua_count_file_run(asr_lua *h) { h->file_runs++; }
unsigned long asr_lua_file_runs(const asr_lua *h) { return h->file_runs; }

/* ------------------------------------------------------- limits */

/* Counting allocator: refuses growth past h->limit; frees and shrinks always
 * succeed. When ptr is NULL, osize is a type tag, not a size. */
static int pool_class(size_t n) { return n <= POOL_MAX ? (int)((n + 15) / 16) - 1 : -1; }

/* Resize a block between the pool and malloc as its size needs. */
static void *block_resize(asr_pool *p, void *ptr, size_t old, size_t nsize)
{
    int oc = ptr ? pool_class(old) : -1, nc = pool_class(nsize);
    if (nsize == 0) {
        if (oc >= 0)
            asr_pool_put(p, oc, ptr);
        else
            free(ptr);
        return NULL;
    }
    if (ptr && oc == nc && oc >= 0)
        return ptr;
    if (oc < 0 && nc < 0)
        return realloc(ptr, nsize);
    void *n = nc >= 0 ? asr_pool_get(p, nc, (size_t)(nc + 1) * 16) : malloc(nsize);
    if (n == NULL)
        return NULL;
    if (ptr) {
        memcpy(n, ptr, old < nsize ? old : nsize);
        block_resize(p, ptr, old, 0);
    }
    return n;
}

static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    asr_lua *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        block_resize(&h->pool, ptr, old, 0);
        h->used -= old;
        return NULL;
    }
    if (nsize > old && (nsize - old > h->limit || h->used + (nsize - old) > h->limit)) {
        if (!h->mem_tripped)
            note_where(h);
        h->mem_tripped = 1;
        return NULL;
    }
    void *p = block_resize(&h->pool, ptr, old, nsize);
    if (p == NULL)
        return NULL;
    h->used = h->used - old + nsize;
    return p;
}

/* Count hook. Once over budget it re-arms at every instruction, so a rule's
 * own pcall cannot swallow the stop: the next instruction raises again. */
static void l_hook(lua_State *L, lua_Debug *ar)
{
    asr_lua *h = asr_lua_from_state(L);
    if (!h->instr_tripped && !h->time_tripped && !h->alarmed &&
        asr_thread_cpu_ms() - h->cpu_start > h->time_ms)
        h->time_tripped = 1; /* no alarm: the hook watches the clock */
    if (!h->instr_tripped && h->time_tripped) {
        h->instr_tripped = 1;
        h->trip_reason = h->time_reason;
        note_where(h);
        lua_sethook(L, l_hook, LUA_MASKCOUNT, 1);
    }
    if (!h->instr_tripped) {
        h->remaining -= HOOK_STEP;
        if (h->remaining > 0)
            return;
        h->instr_tripped = 1;
        note_where(h);
        lua_sethook(L, l_hook, LUA_MASKCOUNT, 1);
    }
    lua_getinfo(L, "Sl", ar);
    if (h->trip_reason && ar->currentline > 0)
        luaL_error(L, "%s:%d: %s", ar->short_src, ar->currentline, h->trip_reason);
    if (h->trip_reason)
        luaL_error(L, "%s", h->trip_reason);
    if (ar->currentline > 0)
        luaL_error(L, "%s:%d: instruction limit of %I exceeded", ar->short_src, ar->currentline,
                   (lua_Integer)h->instr_limit);
    luaL_error(L, "instruction limit of %I exceeded", (lua_Integer)h->instr_limit);
}

static int l_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "assure: internal error: unprotected Lua error: %s\n",
            msg ? msg : "(not a string)");
    abort();
}

/* ------------------------------------------------------- protected calls */

/* Find the innermost frame running a rule file ("@..." source). Pushes
 * "file:line" and returns 1, or pushes nothing and returns 0. */
static int push_rule_where(lua_State *L)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar))
            continue;
        if (ar.source[0] == '@' && ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d", ar.short_src, ar.currentline);
            return 1;
        }
    }
    return 0;
}

/* Message handler: make the error a one-line string that names the rule
 * file and line. It runs before the stack unwinds, so the limits stay as
 * they are: it formats in C from raw values and never calls the error
 * object's metamethods (a __tostring could loop). Allocation may fail
 * under the memory limit; Lua then reports an error in error handling,
 * and asr_lua_call names the limit. */
static int l_msgh(lua_State *L)
{
    const char *msg = NULL;
    int t = lua_type(L, 1);
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        msg = lua_tostring(L, 1);
    } else if (t == LUA_TTABLE) { /* an evidence signal: its message, read raw */
        lua_pushliteral(L, "message");
        if (lua_rawget(L, 1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
    }
    if (msg == NULL)
        msg = lua_pushfstring(L, "(error object is a %s value)", lua_typename(L, t));
    /* "prelude:123: text" means a rule misused the API: blame the rule. */
    const char *text = msg;
    if (strncmp(msg, "prelude:", 8) == 0) {
        const char *p = strchr(msg + 8, ':');
        if (p != NULL)
            text = p + 1 + (p[1] == ' ');
    }
    if (text == msg && msg[0] != '\0' && strstr(msg, ".lua:") != NULL)
        return 1; /* already "file.lua:line: ..." */
    if (push_rule_where(L)) {
        lua_pushfstring(L, "%s: %s", lua_tostring(L, -1), text);
        return 1;
    }
    lua_pushstring(L, text);
    return 1;
}

/* The alarm (a signal handler), every ASR_SLICE_MS of the thread's CPU
 * time. At a call's first tick it has run up to ASR_SLICE_MS: start
 * counting its instructions. Past time_ms / ASR_SLICE_MS ticks (at least
 * time_ms, at most one tick more) its time budget is spent. Only flags and
 * lua_sethook, which Lua allows from a signal handler. */
static void on_alarm(void *arg, int expiry)
{
    (void)expiry;
    asr_lua *h = arg;
    if (!h->in_call)
        return;
    h->ticks++;
    if (h->ticks > h->time_ms / ASR_SLICE_MS)
        h->time_tripped = 1;
    if (h->time_tripped || h->instr_tripped)
        lua_sethook(h->L, l_hook, LUA_MASKCOUNT, 1);
    else if (h->ticks == 1)
        lua_sethook(h->L, l_hook, LUA_MASKCOUNT, HOOK_STEP);
}

void asr_lua_set_time_limit(asr_lua *h, long ms)
{
    h->time_ms = ms > 0 ? ms : ASR_RULE_TIME_MS;
    if (h->time_ms % 1000 == 0)
        snprintf(h->time_reason, sizeof h->time_reason, "time limit of %ld s exceeded",
                 h->time_ms / 1000);
    else
        snprintf(h->time_reason, sizeof h->time_reason, "time limit of %ld ms exceeded",
                 h->time_ms);
}

long asr_lua_time_limit(const asr_lua *h) { return h->time_ms; }

/* Start a call's limits: the alarm (a session's, or armed for this call),
 * or the hook from the first instruction. */
static void limits_on(asr_lua *h)
{
    h->time_tripped = 0;
    h->ticks = 0;
    if (!h->session)
        h->alarmed = asr_alarm_start(ASR_SLICE_MS, ASR_SLICE_MS, on_alarm, h) == 0;
    if (!h->alarmed) {
        h->cpu_start = asr_thread_cpu_ms();
        lua_sethook(h->L, l_hook, LUA_MASKCOUNT, HOOK_STEP);
    }
    h->in_call = 1;
}

static void limits_off(asr_lua *h)
{
    h->in_call = 0; /* first: a tick from now on leaves the hook alone */
    if (h->alarmed && !h->session) {
        asr_alarm_stop();
        h->alarmed = 0;
    }
    lua_sethook(h->L, NULL, 0, 0);
    h->limit = HARD_CAP;
}

void asr_lua_session_begin(asr_lua *h)
{
    if (h->session)
        return;
    h->alarmed = asr_alarm_start(ASR_SLICE_MS, ASR_SLICE_MS, on_alarm, h) == 0;
    h->session = h->alarmed;
}

void asr_lua_session_end(asr_lua *h)
{
    if (!h->session)
        return;
    asr_alarm_stop();
    h->session = 0;
    h->alarmed = 0;
}

int asr_lua_call(asr_lua *h, int nargs, int nresults, long instructions, size_t memory,
                 asr_err *err)
{
    lua_State *L = h->L;
    int base = lua_gettop(L) - nargs; /* the function's index */
    lua_pushcfunction(L, l_msgh);     /* f args... msgh */
    lua_insert(L, base);              /* msgh f args... */
    h->mem_tripped = 0;
    h->instr_tripped = 0;
    h->trip_reason = NULL;
    h->trip_where[0] = '\0';
    int limited = instructions != ASR_LUA_UNLIMITED;
    if (limited && instructions <= 0)
        instructions = ASR_RULE_INSTRUCTIONS;
    if (limited && memory == 0)
        memory = ASR_RULE_MEMORY;
    h->limit = (memory && memory < HARD_CAP - h->used) ? h->used + memory : HARD_CAP;
    h->remaining = instructions;
    h->instr_limit = instructions;
    if (limited)
        limits_on(h);
    /* The limits hold until lua_pcall returns: the message handler and the
     * __close methods the unwinding runs are bound by them too. */
    int rc = lua_pcall(L, nargs, nresults, base);
    limits_off(h);
    if (rc == LUA_OK && !h->mem_tripped && !h->instr_tripped) {
        lua_remove(L, base); /* results... */
        return 0;
    }
    const char *msg = (rc != LUA_OK) ? lua_tostring(L, -1) : NULL;
    /* A limit names itself and where it stopped the rule (note_where); when
     * no rule frame was running, the Lua error says what it can. */
    char limit[256] = "";
    if (h->mem_tripped)
        snprintf(limit, sizeof limit, "memory limit of %zu MiB exceeded",
                 memory ? memory >> 20 : HARD_CAP >> 20);
    else if (h->instr_tripped && h->trip_reason)
        snprintf(limit, sizeof limit, "%s", h->trip_reason);
    else if (h->instr_tripped)
        snprintf(limit, sizeof limit, "instruction limit of %ld exceeded", instructions);
    const char *lua_said = h->trip_reason ? h->trip_reason : "instruction limit";
    if (limit[0] == '\0') {
        asr_err_set(err, "", 0, 0, "", "%s", msg ? msg : "error");
    } else if (h->trip_where[0]) {
        asr_err_set(err, "", 0, 0, "", "%s: %s", h->trip_where, limit);
    } else if (h->mem_tripped) {
        int near = msg && strstr(msg, ".lua:");
        asr_err_set(err, "", 0, 0, "", "%s%s%s", limit, near ? " near " : "", near ? msg : "");
    } else if (msg && strstr(msg, lua_said)) {
        asr_err_set(err, "", 0, 0, "", "%s", msg); /* the hook's own message, with its place */
    } else {
        asr_err_set(err, "", 0, 0, "", "%s%s%s", limit, msg ? ": " : "", msg ? msg : "");
    }
    lua_settop(L, base - 1);
    return -1;
}

/* ------------------------------------------------------- documents */

void asr_lua_set_doc(asr_lua *h, const asr_doc *doc, const asr_doc *prev)
{
    h->doc_id = doc ? doc->id : 0;
    h->root = doc ? doc->root : NULL;
    h->prev_id = prev ? prev->id : 0;
    h->prev_root = prev ? prev->root : NULL;
    asr_lua_forget_nodes(h->L);
}

int asr_lua_doc_ok(lua_State *L, unsigned long id)
{
    asr_lua *h = asr_lua_from_state(L);
    return id != 0 && (id == h->doc_id || id == h->prev_id);
}

void asr_lua_push_root(asr_lua *h)
{
    if (h->root == NULL)
        lua_pushnil(h->L);
    else
        asr_lua_push_node(h->L, h->root, h->doc_id);
}

void asr_lua_push_prev_root(asr_lua *h)
{
    if (h->prev_root == NULL)
        lua_pushnil(h->L);
    else
        asr_lua_push_node(h->L, h->prev_root, h->prev_id);
}

void asr_lua_push_host(asr_lua *h, const char *field)
{
    lua_getfield(h->L, LUA_REGISTRYINDEX, "assure.host"); /* host */
    lua_getfield(h->L, -1, field);                        /* host fn */
    lua_remove(h->L, -2);                                 /* fn */
}

/* ------------------------------------------------------- natives for the prelude */

/* native.where(level): "file:line" of the rule frame `level` above the
 * caller, or nil. */
static int l_native_where(lua_State *L)
{
    int level = (int)luaL_optinteger(L, 1, 1);
    lua_Debug ar;
    if (lua_getstack(L, level, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
        lua_pushfstring(L, "%s:%d", ar.short_src, ar.currentline);
        return 1;
    }
    lua_pushnil(L);
    return 1;
}

/* native.rule_where(): "file:line" of the innermost frame running a rule
 * file, or nil. */
static int l_native_rule_where(lua_State *L)
{
    if (!push_rule_where(L))
        lua_pushnil(L);
    return 1;
}

/* native.memory(): bytes in use (for the rule tests). */
static int l_native_memory(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)asr_lua_from_state(L)->used);
    return 1;
}

/* ------------------------------------------------------- set-up */

static void open_lib(lua_State *L, const char *name, lua_CFunction f)
{
    luaL_requiref(L, name, f, 1); /* lib */
    lua_pop(L, 1);                /* */
}

static void drop(lua_State *L, const char *table, const char *field)
{
    lua_getglobal(L, table); /* t */
    lua_pushnil(L);          /* t nil */
    lua_setfield(L, -2, field);
    lua_pop(L, 1);
}

#define PLAIN_MATCH_MAX 1e9 /* text length x pattern length a plain match may take */

/* string.find(s, text, init) for plain text, as Lua gives it (positions
 * 1-based, init counted from the end when negative), in linear time:
 * glibc's memmem. */
static int plain_find(lua_State *L, const char *pat, size_t len)
{
    size_t ls;
    const char *s = luaL_checklstring(L, 1, &ls);
    lua_Integer init = luaL_optinteger(L, 3, 1);
    if (init < 0)
        init = (init < -(lua_Integer)ls) ? 1 : (lua_Integer)ls + init + 1;
    else if (init == 0)
        init = 1;
    if (init > (lua_Integer)ls + 1) {
        lua_pushnil(L);
        return 1;
    }
    const char *at = memmem(s + init - 1, ls - (size_t)(init - 1), pat, len);
    if (at == NULL) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)(at - s) + 1);
    lua_pushinteger(L, (lua_Integer)(at - s) + (lua_Integer)len);
    return 2;
}

/* string.find/match/gmatch/gsub for rules. A Lua pattern match runs in C,
 * where the instruction hook cannot stop it, and backtracking can take
 * hours; so a rule may only use them with plain text (no pattern
 * characters), and is pointed at re.*, which has limits. The trusted
 * prelude (chunk "=prelude") keeps the real functions.
 * Upvalues: 1 the real function, 2 its name. */
static int l_string_guard(lua_State *L)
{
    lua_Debug ar;
    int trusted =
        lua_getstack(L, 1, &ar) && lua_getinfo(L, "S", &ar) && strcmp(ar.source, "=prelude") == 0;
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    if (!trusted) {
        size_t len;
        const char *pat = luaL_checklstring(L, 2, &len);
        int plain = strcmp(name, "find") == 0 && lua_toboolean(L, 4);
        /* The whole pattern, len bytes: a NUL byte is an ordinary pattern
         * character, and strpbrk would stop at it, letting everything
         * after it through (issue 16, item 7). */
        int special = 0;
        for (size_t i = 0; i < len && !special; i++)
            special = pat[i] != '\0' && strchr("^$*+?.([%-", pat[i]) != NULL;
        if (!plain && special)
            return luaL_error(L,
                              "string.%s with a Lua pattern is not available to rules (a pattern "
                              "match cannot be stopped by the rule's limits): use re.test, "
                              "re.find, re.match or re.count",
                              name);
        /* Plain text: Lua compares it at every place in turn, a time of
         * the text's length times the pattern's, in one C call the limits
         * cannot stop (10 MB and 50 KB: hours). find uses memmem, linear;
         * the others are refused past a bound. */
        if (strcmp(name, "find") == 0)
            return plain_find(L, pat, len);
        size_t slen = 0;
        if (lua_type(L, 1) == LUA_TSTRING)
            lua_tolstring(L, 1, &slen);
        if ((double)slen * (double)len > PLAIN_MATCH_MAX)
            return luaL_error(L,
                              "string.%s of a %I-byte text in a %I-byte one could take hours "
                              "(each place is compared in turn): use string.find with plain text, "
                              "or re.find",
                              name, (lua_Integer)len, (lua_Integer)slen);
    }
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1)); /* args... real */
    lua_insert(L, 1);                      /* real args... */
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

static int setup(lua_State *L)
{
    /* Never io, os, package, debug or coroutine. */
    open_lib(L, LUA_GNAME, luaopen_base);
    open_lib(L, LUA_STRLIBNAME, luaopen_string);
    open_lib(L, LUA_TABLIBNAME, luaopen_table);
    open_lib(L, LUA_MATHLIBNAME, luaopen_math);
    open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
    static const char *const unsafe[] = {"dofile", "loadfile", "load",    "collectgarbage",
                                         "print",  "warn",     "require", NULL};
    for (int i = 0; unsafe[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, unsafe[i]);
    }
    drop(L, LUA_STRLIBNAME, "dump");
    static const char *const guarded[] = {"find", "match", "gmatch", "gsub", NULL};
    lua_getglobal(L, LUA_STRLIBNAME); /* string */
    for (int i = 0; guarded[i]; i++) {
        lua_getfield(L, -1, guarded[i]); /* string real */
        lua_pushstring(L, guarded[i]);   /* string real name */
        lua_pushcclosure(L, l_string_guard, 2);
        lua_setfield(L, -2, guarded[i]); /* string */
    }
    lua_pop(L, 1);
    drop(L, LUA_MATHLIBNAME, "random"); /* reports must be reproducible */
    drop(L, LUA_MATHLIBNAME, "randomseed");
    /* Protect the string metatable: getmetatable("") gives false. */
    lua_pushliteral(L, "");  /* "" */
    lua_getmetatable(L, -1); /* "" mt */
    lua_pushboolean(L, 0);   /* "" mt false */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    asr_lua_open_node(L);
    asr_lua_open_re(L); /* re */
    lua_setglobal(L, "re");

    /* Run the prelude with its natives; it returns the host table. */
    if (luaL_loadbufferx(L, (const char *)prelude_lua, prelude_lua_len, "=prelude", "b") != LUA_OK)
        return lua_error(L);
    lua_newtable(L); /* chunk native */
    lua_pushcfunction(L, l_native_where);
    lua_setfield(L, -2, "where");
    lua_pushcfunction(L, l_native_rule_where);
    lua_setfield(L, -2, "rule_where");
    lua_pushcfunction(L, l_native_memory);
    lua_setfield(L, -2, "memory");
    asr_lua_node_natives(L);
    /* The real find, match, gmatch and gsub, for the trusted prelude's own
     * use (native.find, ...): through the guard each call would pay for a
     * look at the call stack to learn it is trusted. */
    lua_getglobal(L, LUA_STRLIBNAME); /* chunk native string */
    for (int i = 0; guarded[i]; i++) {
        lua_getfield(L, -1, guarded[i]); /* chunk native string guard */
        lua_getupvalue(L, -1, 1);        /* chunk native string guard real */
        lua_setfield(L, -4, guarded[i]);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_call(L, 1, 1); /* host */
    luaL_checktype(L, -1, LUA_TTABLE);
    lua_setfield(L, LUA_REGISTRYINDEX, "assure.host");
    return 0;
}

asr_lua *asr_lua_new(asr_err *err)
{
    asr_lua *h = calloc(1, sizeof *h);
    if (h == NULL) {
        asr_err_set(err, "", 0, 0, "", "out of memory");
        return NULL;
    }
    h->limit = HARD_CAP;
    asr_lua_set_time_limit(h, 0);
    h->pool.chunk_size = POOL_CHUNK;
    h->pool.chunks = &h->chunks;
    h->re = asr_regex_cache_new();
    h->L = lua_newstate(l_alloc, h);
    if (h->L == NULL || h->re == NULL) {
        asr_err_set(err, "", 0, 0, "", "out of memory");
        asr_lua_free(h);
        return NULL;
    }
    *(asr_lua **)lua_getextraspace(h->L) = h;
    lua_atpanic(h->L, l_panic);
    lua_gc(h->L, LUA_GCGEN, 0, 0); /* most objects die young: one return's nodes */
    lua_pushcfunction(h->L, setup);
    if (asr_lua_call(h, 0, 0, ASR_LUA_UNLIMITED, 0, err) != 0) { /* our own code */
        char msg[sizeof err->message];
        snprintf(msg, sizeof msg, "%s", err->message);
        asr_err_set(err, "prelude", 0, 0, "", "rule API failed to load: %s", msg);
        asr_lua_free(h);
        return NULL;
    }
    return h;
}

void asr_lua_free(asr_lua *h)
{
    if (h == NULL)
        return;
    if (h->L) {
        /* Finalizers run here, outside any rule's limits: stop any Lua they
         * would run at its first instruction. */
        h->instr_tripped = 1;
        h->trip_reason = "finalizers may not run Lua code";
        lua_sethook(h->L, l_hook, LUA_MASKCOUNT, 1);
        lua_close(h->L);
    }
    asr_regex_cache_free(h->re);
    asr_pool_free_chunks(&h->chunks);
    free(h);
}
