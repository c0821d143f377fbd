/* lua_finding.c: the runner's aggregation of a rule's items into its
 * finding, for the prelude (native.aggregate), in C because it runs for
 * every rule on every return: in Lua it was a fifth of a return's cost.
 *
 *   native.aggregate(items, n, vars, say, q, order, label_of) -> finding
 *
 * items: the collector's n items (each { outcome=, subject=, detail=,
 * prompt=, at=, attr=, none=, evidence= }); vars: the rule's out:set
 * values; say: the rule's say table or nil; q: the quarter table the rule
 * saw; order: outcome -> severity; label_of(node, attr): the prelude's
 * memoised place labels. Returns { outcome=, message=, prompt=, subjects=,
 * locations= } as the Lua runner did, byte for byte:
 *
 * - the outcome is the most severe item's; only items with it count;
 * - subjects, details and prompts each keep the first of equal values (the
 *   values themselves are the keys, as Lua compares them); a detail that
 *   does not contain its subject (plain find) is written "subject: detail";
 * - at most MAX_LOCATIONS places, each xpath once, none for a pass;
 * - the rule's say for the outcome (unless assure found the evidence
 *   missing itself) is expanded: {k} and {k|one|many}; an unknown k stays
 *   "{k}"; the runner's words (subjects, count, details, due, quarter,
 *   year) take the place of vars of those names; COUNTS are written with
 *   thousands separators, other numbers as num_text does;
 * - otherwise the details, "Meets the deliverable" or the outcome's name,
 *   and for fail, missing and at-risk the prompts or a default prompt;
 *   other outcomes have no prompt.
 *
 * It runs inside the rule's limited call, like the Lua it replaces: every
 * item field is read with lua_getfield and every value made text with
 * luaL_tolstring, so a rule's metamethods (__index, __tostring, __concat)
 * run as they did, under the instruction count and memory limit. The
 * dedupe sets and lists are Lua tables for the same reason: a value is a
 * key as Lua sees it (42 and "42" differ). */
#include "asr_lua.h"

#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* A finding points at its first 50 places: enough to act on, and it keeps
 * a return with thousands of failing providers linear. */
#define MAX_LOCATIONS 50
/* A message or prompt names its first 50 subjects and details, then says
 * how many more (the finding's subjects list stays whole). */
#define MAX_NAMED 50

/* The arguments' stack indices, then the working slots made above them. */
enum { ITEMS = 1, COUNT, VARS, SAY, Q, ORDER, LABEL_OF, NARGS = LABEL_OF };
enum {
    WORST = NARGS + 1, /* the outcome */
    SUBJECTS,
    DETAILS,
    PROMPTS,
    LOCATIONS, /* the lists */
    SEEN,
    DSEEN,
    PSEEN,
    LSEEN, /* the sets behind them, made when first needed */
    ENTRY,
    MESSAGE,
    PROMPT, /* say[outcome], the texts */
    TOP = PROMPT
};

/* --------------------------------------------------------------- numbers */

/* 19950 -> "19,950", -4321 -> "-4,321". buf holds at least 32 bytes. */
static const char *thousands(lua_Integer v, char *buf)
{
    char digits[32];
    int n = snprintf(digits, sizeof digits, LUA_INTEGER_FMT, (LUAI_UACINT)v);
    const char *d = digits;
    char *o = buf;
    if (*d == '-') {
        *o++ = *d++;
        n--;
    }
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            *o++ = ',';
        *o++ = d[i];
    }
    *o = '\0';
    return buf;
}

/* Numbers as people write them (the prelude's num_text): an integer as
 * tostring gives it; an integral float below 1e15 as an integer; any
 * other to two places, trailing zeros and point cut (78.40 -> 78.4). */
static void push_num_text(lua_State *L, int idx)
{
    char buf[512];
    if (lua_isinteger(L, idx)) {
        lua_pushfstring(L, "%I", (LUAI_UACINT)lua_tointeger(L, idx));
        return;
    }
    lua_Number x = lua_tonumber(L, idx);
    if (x == floor(x) && fabs(x) < 1e15) {
        snprintf(buf, sizeof buf, "%lld", (long long)x);
    } else {
        size_t n = (size_t)snprintf(buf, sizeof buf, "%.2f", (double)x);
        if (n >= sizeof buf) /* past 1e500 (a long double lua_Number): never cut */
            n = sizeof buf - 1;
        while (n > 0 && buf[n - 1] == '0')
            n--;
        if (n > 0 && buf[n - 1] == '.')
            n--;
        buf[n] = '\0';
    }
    lua_pushstring(L, buf);
}

/* tonumber(v) == 1, for {k|one|many}: a number, or a string that is one
 * whole (lua_stringtonumber, as tonumber reads it). */
static int is_one(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TNUMBER)
        return lua_tonumber(L, idx) == 1;
    if (lua_type(L, idx) != LUA_TSTRING)
        return 0;
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    if (lua_stringtonumber(L, s) != len + 1)
        return 0;
    int one = lua_tonumber(L, -1) == 1;
    lua_pop(L, 1);
    return one;
}

/* ----------------------------------------------------------------- lists */

/* Push the n values of the list at idx joined, the first MAX_NAMED of
 * them: sep between two, last between the last two (all named), and past
 * MAX_NAMED lead, "and 1,010 more". strict: a value that is neither a
 * string nor a number raises, as in table.concat; else each goes through
 * tostring (luaL_tolstring). */
static void push_capped(lua_State *L, int idx, lua_Integer n, const char *sep, const char *last,
                        const char *lead, int strict)
{
    luaL_Buffer b;
    char num[32];
    luaL_buffinit(L, &b);
    lua_Integer named = n > MAX_NAMED ? MAX_NAMED : n;
    for (lua_Integer i = 1; i <= named; i++) {
        if (i > 1)
            luaL_addstring(&b, (i == n) ? last : sep);
        if (lua_rawgeti(L, idx, i) != LUA_TSTRING) { /* a string is its own text */
            if (strict && !lua_isstring(L, -1))
                luaL_error(L, "invalid value (%s) at index %I in table for 'concat'",
                           luaL_typename(L, -1), (LUAI_UACINT)i);
            if (!strict) {
                luaL_tolstring(L, -1, NULL); /* v s */
                lua_remove(L, -2);           /* s */
            }
        }
        luaL_addvalue(&b);
    }
    if (n > MAX_NAMED) {
        luaL_addstring(&b, lead);
        luaL_addstring(&b, "and ");
        luaL_addstring(&b, thousands(n - MAX_NAMED, num));
        luaL_addstring(&b, " more");
    }
    luaL_pushresult(&b);
}

/* As the prelude's list() wrote it, capped: "A", "A and B", "A, B and C";
 * past MAX_NAMED, "A, B, ... and 1,010 more". */
static void push_list_capped(lua_State *L, int idx, lua_Integer n)
{
    push_capped(L, idx, n, ", ", " and ", " ", 0);
}

/* table.concat with sep, capped: past MAX_NAMED, the first 50, sep,
 * "and 1,010 more". */
static void push_join_capped(lua_State *L, int idx, lua_Integer n, const char *sep)
{
    push_capped(L, idx, n, sep, sep, sep, 1);
}

/* ------------------------------------------------------------- templates */

/* A template split once into literal text and slots, as offsets into the
 * template string: the cache (upvalue 1) maps each template string to its
 * parts, so a part is read from whichever copy of the string is in hand. */
enum part_kind { LITERAL, SLOT, PLURAL };
typedef struct span {
    size_t at, len;
} span;
typedef struct part {
    enum part_kind kind;
    span text; /* LITERAL: the text; SLOT and PLURAL: the name */
    span one, many;
} part;
typedef struct parts {
    size_t n;
    part v[];
} parts;

static int is_word(unsigned char c) { return isalnum(c) || c == '_'; }

/* The next "{...}" holding no brace at or after pos, as Lua's
 * find("{([^{}]*)}", pos) finds it: its first and last byte. 0 if none. */
static int next_braces(const char *s, size_t len, size_t pos, size_t *a, size_t *b)
{
    while (pos < len) {
        const char *open = memchr(s + pos, '{', len - pos);
        if (open == NULL)
            return 0;
        size_t j = (size_t)(open - s) + 1;
        while (j < len && s[j] != '{' && s[j] != '}')
            j++;
        if (j < len && s[j] == '}') {
            *a = (size_t)(open - s);
            *b = j;
            return 1;
        }
        pos = j; /* the next "{", or the end */
    }
    return 0;
}

/* Whether the text between braces, s[at, at+len), is a slot: a name of
 * word characters alone, or name|one|many (one holds no "|"). */
static int read_slot(const char *s, size_t at, size_t len, part *p)
{
    size_t k = 0;
    while (k < len && is_word((unsigned char)s[at + k]))
        k++;
    if (k == 0)
        return 0;
    p->text = (span){at, k};
    if (k == len) {
        p->kind = SLOT;
        return 1;
    }
    if (s[at + k] != '|')
        return 0;
    size_t one = at + k + 1, end = at + len;
    const char *bar = memchr(s + one, '|', end - one);
    if (bar == NULL)
        return 0;
    size_t many = (size_t)(bar - s) + 1;
    p->kind = PLURAL;
    p->one = (span){one, (size_t)(bar - s) - one};
    p->many = (span){many, end - many};
    return 1;
}

static void add_literal(parts *ps, size_t at, size_t len)
{
    if (len > 0)
        ps->v[ps->n++] = (part){.kind = LITERAL, .text = {at, len}};
}

/* The parts of the template at idx, compiled on first use and cached. */
static const parts *template_parts(lua_State *L, int idx)
{
    lua_pushvalue(L, idx);
    if (lua_rawget(L, lua_upvalueindex(1)) == LUA_TUSERDATA) {
        const parts *ps = lua_touserdata(L, -1);
        lua_pop(L, 1); /* the cache holds it */
        return ps;
    }
    lua_pop(L, 1);
    size_t len, braces = 0;
    const char *s = lua_tolstring(L, idx, &len);
    for (size_t i = 0; i < len; i++)
        braces += s[i] == '{';
    /* each slot gives at most two parts, the text after the last one more */
    parts *ps = lua_newuserdatauv(L, sizeof *ps + (2 * braces + 1) * sizeof(part), 0);
    ps->n = 0;
    size_t pos = 0, a, b;
    while (next_braces(s, len, pos, &a, &b)) {
        part slot;
        if (read_slot(s, a + 1, b - a - 1, &slot)) {
            add_literal(ps, pos, a - pos);
            ps->v[ps->n++] = slot;
        } else {
            add_literal(ps, pos, b + 1 - pos);
        }
        pos = b + 1;
    }
    add_literal(ps, pos, len - pos);
    lua_pushvalue(L, idx); /* ps tpl */
    lua_pushvalue(L, -2);  /* ps tpl ps */
    lua_rawset(L, lua_upvalueindex(1));
    lua_pop(L, 1);
    return ps;
}

static int span_is(const char *s, span sp, const char *word)
{
    return strlen(word) == sp.len && memcmp(s + sp.at, word, sp.len) == 0;
}

/* Push the value of slot name (s[sp]): the runner's word of that name, or
 * the rule's vars[name] (nil when it set none). */
static void push_slot_value(lua_State *L, const char *s, span sp)
{
    lua_Integer nsubjects = (lua_Integer)lua_rawlen(L, SUBJECTS);
    if (span_is(s, sp, "subjects")) {
        push_list_capped(L, SUBJECTS, nsubjects);
    } else if (span_is(s, sp, "details")) {
        push_join_capped(L, DETAILS, (lua_Integer)lua_rawlen(L, DETAILS), "; ");
    } else if (span_is(s, sp, "count")) {
        lua_pushinteger(L, nsubjects > 0 ? nsubjects : (lua_Integer)lua_rawlen(L, DETAILS));
    } else if (span_is(s, sp, "due")) {
        lua_getfield(L, Q, "due_name");
    } else if (span_is(s, sp, "quarter")) {
        lua_getfield(L, Q, "name");
    } else if (span_is(s, sp, "year")) {
        lua_getfield(L, Q, "year");
    } else {
        lua_pushlstring(L, s + sp.at, sp.len);
        lua_gettable(L, VARS);
    }
}

/* The runner's counts are written with thousands separators. */
static int is_count(const char *s, span sp)
{
    static const char *const counts[] = {"count", "total", "met", "unmet", "line", NULL};
    for (int i = 0; counts[i]; i++)
        if (span_is(s, sp, counts[i]))
            return 1;
    return 0;
}

/* Push the text of one slot (its value at the top of the stack, popped). */
static void push_slot_text(lua_State *L, const char *s, const part *p)
{
    char num[32];
    if (p->kind == PLURAL) {
        span w = is_one(L, -1) ? p->one : p->many;
        lua_pop(L, 1);
        lua_pushlstring(L, s + w.at, w.len);
    } else if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushlstring(L, s + p->text.at - 1, p->text.len + 2); /* "{k}" as written */
    } else if (lua_isinteger(L, -1) && is_count(s, p->text)) {
        thousands(lua_tointeger(L, -1), num);
        lua_pop(L, 1);
        lua_pushstring(L, num);
    } else if (lua_type(L, -1) == LUA_TNUMBER) {
        push_num_text(L, -1);
        lua_remove(L, -2);
    } else if (lua_type(L, -1) != LUA_TSTRING) { /* a string is its own text */
        luaL_tolstring(L, -1, NULL);
        lua_remove(L, -2);
    }
}

/* Push the template at idx expanded. */
static void push_expanded(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TSTRING)
        luaL_error(L, "say: a message or prompt must be a string, got %s", luaL_typename(L, idx));
    const parts *ps = template_parts(L, idx);
    const char *s = lua_tostring(L, idx);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < ps->n; i++) {
        const part *p = &ps->v[i];
        if (p->kind == LITERAL) {
            luaL_addlstring(&b, s + p->text.at, p->text.len);
        } else {
            push_slot_value(L, s, p->text);
            push_slot_text(L, s, p);
            luaL_addvalue(&b);
        }
    }
    luaL_pushresult(&b);
}

/* ----------------------------------------------------------- aggregation */

/* A list of up to this many values is searched for a value; past it, a set
 * of its values is made and kept beside it. Most findings have a few
 * subjects, details and prompts: a set for each cost more than the search. */
#define SEARCHED 8

/* Whether the value on top of the stack (kept there) is not yet in the set
 * at index set; it is added. */
static int first_time(lua_State *L, int set)
{
    lua_pushvalue(L, -1);
    if (lua_rawget(L, set) != LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushboolean(L, 1);
    lua_rawset(L, set);
    return 1;
}

/* Append the value on top of the stack (popped) to the list at index list,
 * unless the list holds it already: values compared as table keys are (the
 * Lua runner kept a set of them; a NaN is refused as it refused it). */
static void add_once(lua_State *L, int list, int set)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    if (lua_type(L, -1) == LUA_TNUMBER && !lua_isinteger(L, -1) &&
        lua_tonumber(L, -1) != lua_tonumber(L, -1))
        luaL_error(L, "table index is NaN");
    if (lua_isnil(L, set) && n < SEARCHED) {
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, list, i);
            int same = lua_rawequal(L, -1, -2);
            lua_pop(L, 1);
            if (same) {
                lua_pop(L, 1);
                return;
            }
        }
        lua_rawseti(L, list, n + 1);
        return;
    }
    if (lua_isnil(L, set)) {
        lua_createtable(L, 0, 2 * SEARCHED);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, list, i);
            lua_pushboolean(L, 1);
            lua_rawset(L, -3);
        }
        lua_replace(L, set);
    }
    if (!first_time(L, set)) {
        lua_pop(L, 1);
        return;
    }
    lua_rawseti(L, list, n + 1);
}

/* The text of argument arg of string.find (a string, or a number written
 * as one) from the copy at idx, converted in place; raises as find does. */
static const char *find_arg(lua_State *L, int idx, int arg, size_t *len)
{
    int t = lua_type(L, idx);
    if (t != LUA_TSTRING && t != LUA_TNUMBER)
        luaL_error(L, "bad argument #%d to 'sfind' (string expected, got %s)", arg,
                   luaL_typename(L, idx)); /* as the prelude's sfind said */
    return lua_tolstring(L, idx, len);
}

/* string.find(detail, subject, 1, true) ~= nil for the values at the two
 * indices: whether the detail already names its subject. */
static int names_subject(lua_State *L, int detail, int subject)
{
    size_t hl, nl;
    lua_pushvalue(L, detail);
    lua_pushvalue(L, subject);
    const char *h = find_arg(L, -2, 1, &hl), *n = find_arg(L, -1, 2, &nl);
    int found = nl == 0;
    if (!found && nl <= hl) {
        const char *end = h + (hl - nl);
        for (const char *p = h; !found && (p = memchr(p, n[0], (size_t)(end + 1 - p))); p++)
            found = memcmp(p, n, nl) == 0;
    }
    lua_pop(L, 2);
    return found;
}

/* The item at it points at the node at (on top of the stack): add its
 * place { line =, xpath =, label = } unless its xpath is there already. */
static void add_location(lua_State *L, int it, int at)
{
    lua_getfield(L, at, "xpath"); /* at:xpath() .. (it.attr and "/@" .. it.attr or "") */
    lua_pushvalue(L, at);
    lua_call(L, 1, 1);
    lua_getfield(L, it, "attr");
    if (lua_toboolean(L, -1)) {
        lua_pushliteral(L, "/@");
        lua_insert(L, -2);
        lua_concat(L, 2);
    } else {
        lua_pop(L, 1);
        lua_pushliteral(L, "");
    }
    lua_concat(L, 2); /* xp */
    if (lua_isnil(L, LSEEN)) {
        lua_newtable(L);
        lua_replace(L, LSEEN);
    }
    if (!first_time(L, LSEEN)) {
        lua_pop(L, 1);
        return;
    }
    lua_createtable(L, 0, 3); /* xp loc */
    lua_getfield(L, at, "line");
    lua_pushvalue(L, at);
    lua_call(L, 1, 1);
    lua_setfield(L, -2, "line");
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, "xpath");
    lua_pushvalue(L, LABEL_OF);
    lua_pushvalue(L, at);
    lua_getfield(L, it, "attr");
    lua_call(L, 2, 1);
    lua_setfield(L, -2, "label");
    lua_rawseti(L, LOCATIONS, (lua_Integer)lua_rawlen(L, LOCATIONS) + 1);
    lua_pop(L, 1);
}

/* One item of the finding's outcome, at index it: its subject, detail
 * (prefixed with the subject unless it names it), prompt and place. */
static void take_item(lua_State *L, int it, int locate, int *evidence)
{
    lua_getfield(L, it, "subject");
    int subject = lua_gettop(L);
    if (!lua_isnil(L, subject)) {
        lua_pushvalue(L, subject);
        add_once(L, SUBJECTS, SEEN);
    }
    lua_getfield(L, it, "detail");
    if (lua_toboolean(L, -1)) {
        if (lua_toboolean(L, subject)) {
            lua_getfield(L, it, "none");
            int none = lua_toboolean(L, -1);
            lua_pop(L, 1);
            if (!none && !names_subject(L, -1, subject)) { /* subject .. ": " .. d */
                lua_pushvalue(L, subject);
                lua_pushliteral(L, ": ");
                lua_pushvalue(L, -3);
                lua_concat(L, 3);
                lua_remove(L, -2);
            }
        }
        add_once(L, DETAILS, DSEEN);
    } else {
        lua_pop(L, 1);
    }
    if (lua_getfield(L, it, "prompt") != LUA_TNIL)
        add_once(L, PROMPTS, PSEEN);
    else
        lua_pop(L, 1);
    lua_getfield(L, it, "evidence");
    if (lua_toboolean(L, -1))
        *evidence = 1;
    lua_pop(L, 1);
    lua_getfield(L, it, "at");
    if (locate && lua_toboolean(L, -1) && lua_rawlen(L, LOCATIONS) < MAX_LOCATIONS)
        add_location(L, it, lua_gettop(L));
    lua_pop(L, 2); /* at subject */
}

/* The most severe of the n items' outcomes, into WORST. */
static void find_worst(lua_State *L, lua_Integer n)
{
    lua_pushliteral(L, "not-applicable");
    lua_pushvalue(L, -1);
    lua_rawget(L, ORDER);
    lua_Integer rank = lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_replace(L, WORST);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, ITEMS, i);
        lua_getfield(L, -1, "outcome"); /* it o */
        lua_pushvalue(L, -1);
        lua_rawget(L, ORDER);      /* it o r */
        if (!lua_isinteger(L, -1)) /* an outcome the catalogue does not declare */
            luaL_error(L, "attempt to compare number with nil"); /* as the Lua runner said */
        lua_Integer r = lua_tointeger(L, -1);
        if (r > rank) {
            rank = r;
            lua_pushvalue(L, -2);
            lua_replace(L, WORST);
        }
        lua_pop(L, 3);
    }
}

static int worst_is(lua_State *L, const char *name)
{
    return strcmp(lua_tostring(L, WORST), name) == 0;
}

/* The message and prompt: the rule's say for the outcome (expanded), or
 * the runner's defaults; a prompt only for fail, missing and at-risk. */
static void make_texts(lua_State *L, int evidence)
{
    if (!evidence && lua_toboolean(L, SAY)) {
        lua_pushvalue(L, WORST);
        lua_gettable(L, SAY);
        lua_replace(L, ENTRY);
    }
    static const char *const fields[] = {"message", "prompt"};
    for (int i = 0; i < 2 && lua_toboolean(L, ENTRY); i++) {
        if (lua_getfield(L, ENTRY, fields[i]) != LUA_TNIL && lua_toboolean(L, -1)) {
            push_expanded(L, -1);
            lua_replace(L, i == 0 ? MESSAGE : PROMPT);
        }
        lua_pop(L, 1);
    }
    lua_Integer ndetails = (lua_Integer)lua_rawlen(L, DETAILS);
    lua_Integer nprompts = (lua_Integer)lua_rawlen(L, PROMPTS);
    if (lua_isnil(L, MESSAGE)) {
        if (ndetails > 0)
            push_join_capped(L, DETAILS, ndetails, "; ");
        else if (worst_is(L, "pass"))
            lua_pushliteral(L, "Meets the deliverable");
        else
            lua_pushvalue(L, WORST);
        lua_replace(L, MESSAGE);
    }
    if (lua_isnil(L, PROMPT) && nprompts > 0) {
        push_join_capped(L, PROMPTS, nprompts, " ");
        lua_replace(L, PROMPT);
    }
    int at_risk = worst_is(L, "at-risk");
    int action = at_risk || worst_is(L, "fail") || worst_is(L, "missing");
    if (lua_isnil(L, PROMPT) && action) {
        if (at_risk) {
            lua_pushliteral(L, "Describe the recovery plan, with dates, to meet this by ");
            lua_getfield(L, Q, "due_name");
            lua_pushliteral(L, ".");
            lua_concat(L, 3);
        } else {
            lua_pushliteral(L, "Explain what is being done to meet this deliverable, with dates.");
        }
        lua_replace(L, PROMPT);
    }
    if (!action) {
        lua_pushnil(L);
        lua_replace(L, PROMPT);
    }
}

/* native.aggregate(items, n, vars, say, q, order, label_of): see the top. */
static int l_aggregate(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, COUNT);
    luaL_checktype(L, ORDER, LUA_TTABLE);
    lua_settop(L, TOP);
    luaL_checkstack(L, 40, "aggregate");
    for (int i = SUBJECTS; i <= LOCATIONS; i++) {
        lua_newtable(L);
        lua_replace(L, i);
    }
    find_worst(L, n);
    /* Places point a reader at what needs action: none for a pass. */
    int locate = !worst_is(L, "pass") && !worst_is(L, "not-applicable");
    int evidence = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, ITEMS, i);
        lua_getfield(L, -1, "outcome");
        int counts = lua_rawequal(L, -1, WORST);
        lua_pop(L, 1);
        if (counts)
            take_item(L, lua_gettop(L), locate, &evidence);
        lua_pop(L, 1);
    }
    make_texts(L, evidence);
    lua_createtable(L, 0, 5);
    static const struct {
        const char *name;
        int slot;
    } fields[] = {{"outcome", WORST},     {"message", MESSAGE},     {"prompt", PROMPT},
                  {"subjects", SUBJECTS}, {"locations", LOCATIONS}, {NULL, 0}};
    for (int i = 0; fields[i].name; i++) {
        lua_pushvalue(L, fields[i].slot);
        lua_setfield(L, -2, fields[i].name);
    }
    return 1;
}

/* Add native.aggregate, with its template cache, to the table on top. */
void asr_lua_finding_natives(lua_State *L)
{
    lua_newtable(L); /* template string -> its parts */
    lua_pushcclosure(L, l_aggregate, 1);
    lua_setfield(L, -2, "aggregate");
}
