/* lua_label.c: the plain-English place labels a reader follows ("Faster
 * diagnosis > Urology > RAP > LAMP trained staff"), in C because every
 * finding's places and many messages are labelled. The prelude calls
 *
 *   local humanise, identity, label_of, forget_labels =
 *     native.labels(ELEMENT_LABEL, ACRONYM, ID_ATTRS)
 *
 * with its tables of words (element name -> label, lower-case word ->
 * acronym, the attributes that name an element, in order), and every label
 * in the prelude and in findings comes from these:
 *
 *   humanise(name)      camelCase -> words: "lampTrainedStaff" -> "LAMP trained
 *                       staff" (memoised: a pure function)
 *   identity(node)      the first non-empty of node's ID_ATTRS, or nil
 *   label_of(node [, attr])  each element from below the root down to node
 *                       as "Label id (provider)" joined by " > ", then attr
 *                       humanised; "the return" for the root alone
 *                       (memoised per return)
 *   forget_labels()     host.begin, for each return: drop the memo
 *
 * Attributes are read as native.attr reads them: never raising (a label is
 * made while raising a signal), a value past its bound being no value. */
#include "asr_lua.h"

#include <ctype.h>
#include <lauxlib.h>
#include <string.h>

/* The closures' shared upvalues. */
enum { ELEMENT_LABEL = 1, ACRONYM, ID_ATTRS, HUMANISED, MEMO, NUPVALUES = MEMO };
/* MEMO's fields: node -> label, and node -> { attr -> label }. */
enum { LABELS = 1, ATTR_LABELS };

/* One pass of a gsub that puts a space inside each match, left to right
 * and without overlap, as string.gsub does: "(%l)(%u)" -> "%1 %2" is
 * first = islower, second = isupper, third = NULL; "(%u)(%u%l)" has a third
 * class (the space goes after the first character). Pushes the result. */
static void space_pass(lua_State *L, const char *s, size_t n, int (*first)(int), int (*second)(int),
                       int (*third)(int))
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    size_t width = third ? 3 : 2;
    for (size_t i = 0; i < n;) {
        const unsigned char *p = (const unsigned char *)s + i;
        if (i + width <= n && first(p[0]) && second(p[1]) && (!third || third(p[2]))) {
            luaL_addchar(&b, (char)p[0]);
            luaL_addchar(&b, ' ');
            luaL_addlstring(&b, (const char *)p + 1, width - 1);
            i += width;
        } else {
            luaL_addchar(&b, (char)p[0]);
            i++;
        }
    }
    luaL_pushresult(&b);
}

/* Push the words of s (runs of non-space) each as the label takes it: an
 * acronym ("lamp" -> "LAMP"), else the first word as written, a later one
 * as written when it starts with two capitals, else in lower case; joined
 * by spaces, the first letter raised. */
static void push_words(lua_State *L, const char *s, size_t n)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    int words = 0;
    for (size_t i = 0; i < n;) {
        if (isspace((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < n && !isspace((unsigned char)s[e]))
            e++;
        luaL_Buffer lw;
        char *low = luaL_buffinitsize(L, &lw, e - i);
        for (size_t k = i; k < e; k++)
            low[k - i] = (char)tolower((unsigned char)s[k]);
        luaL_pushresultsize(&lw, e - i); /* lw */
        if (lua_rawget(L, lua_upvalueindex(ACRONYM)) == LUA_TNIL) {
            lua_pop(L, 1);
            int keep = words == 0 || (e - i >= 2 && isupper((unsigned char)s[i]) &&
                                      isupper((unsigned char)s[i + 1]));
            if (keep) {
                lua_pushlstring(L, s + i, e - i);
            } else {
                char *w = luaL_buffinitsize(L, &lw, e - i);
                for (size_t k = i; k < e; k++)
                    w[k - i] = (char)tolower((unsigned char)s[k]);
                luaL_pushresultsize(&lw, e - i);
            }
        }
        if (words++ > 0)
            luaL_addchar(&b, ' ');
        luaL_addvalue(&b);
        i = e;
    }
    luaL_pushresult(&b);
    size_t len;
    const char *r = lua_tolstring(L, -1, &len);
    if (len > 0 && islower((unsigned char)r[0])) {
        lua_pushfstring(L, "%c", toupper((unsigned char)r[0]));
        lua_pushlstring(L, r + 1, len - 1);
        lua_concat(L, 2);
        lua_remove(L, -2);
    }
}

/* Push humanise(the string at idx), from the memo or made and memoised. */
static void push_humanised(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_pushvalue(L, idx);
    if (lua_rawget(L, lua_upvalueindex(HUMANISED)) != LUA_TNIL)
        return;
    lua_pop(L, 1);
    /* camelCase and PascalCase to words; runs of capitals kept together;
     * letters and digits apart */
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    space_pass(L, s, n, islower, isupper, NULL);
    s = lua_tolstring(L, -1, &n);
    space_pass(L, s, n, isupper, isupper, islower);
    s = lua_tolstring(L, -1, &n);
    space_pass(L, s, n, isalpha, isdigit, NULL);
    s = lua_tolstring(L, -1, &n);
    space_pass(L, s, n, isdigit, isalpha, NULL);
    s = lua_tolstring(L, -1, &n);
    push_words(L, s, n); /* name p1 p2 p3 p4 words */
    lua_replace(L, -5);
    lua_pop(L, 3);
    lua_pushvalue(L, idx);
    lua_pushvalue(L, -2);
    lua_rawset(L, lua_upvalueindex(HUMANISED));
}

static int l_humanise(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TSTRING);
    push_humanised(L, 1);
    return 1;
}

/* n's identity: the first of ID_ATTRS it has, not empty; or NULL. */
static const char *identity_of(lua_State *L, xmlNodePtr n)
{
    const char *found = NULL;
    for (lua_Integer i = 1; !found; i++) {
        if (lua_rawgeti(L, lua_upvalueindex(ID_ATTRS), i) != LUA_TSTRING) {
            lua_pop(L, 1);
            break;
        }
        const char *v = asr_lua_attr_value(n, lua_tostring(L, -1));
        lua_pop(L, 1);
        if (v && *v)
            found = v;
    }
    return found;
}

static int l_identity(lua_State *L)
{
    const char *id = identity_of(L, asr_lua_check_node(L, 1));
    if (id)
        lua_pushstring(L, id);
    else
        lua_pushnil(L);
    return 1;
}

/* Push the label of one element: a Provider or ICB by its identity; any
 * other by ELEMENT_LABEL or its name humanised, then its identity, then
 * the provider or ICB it belongs to when that is another. */
static void push_element_label(lua_State *L, xmlNodePtr n)
{
    const char *name = (const char *)n->name;
    const char *id = identity_of(L, n);
    const char *ctx = asr_lua_attr_value(n, "provider");
    if (ctx == NULL)
        ctx = asr_lua_attr_value(n, "icb");
    if (strcmp(name, "Provider") == 0 || strcmp(name, "ICB") == 0) {
        lua_pushstring(L, id ? id : name);
        return;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    if (lua_getfield(L, lua_upvalueindex(ELEMENT_LABEL), name) == LUA_TNIL) {
        lua_pop(L, 1);
        lua_pushstring(L, name);
        push_humanised(L, -1);
        lua_remove(L, -2);
    }
    luaL_addvalue(&b);
    if (id) {
        luaL_addchar(&b, ' ');
        luaL_addstring(&b, id);
    }
    if (ctx && (id == NULL || strcmp(ctx, id) != 0)) {
        luaL_addstring(&b, " (");
        luaL_addstring(&b, ctx);
        luaL_addchar(&b, ')');
    }
    luaL_pushresult(&b);
}

/* Push the label of n (and of its attribute at attr_idx, 0 for none). */
static void push_label(lua_State *L, xmlNodePtr n, int attr_idx)
{
    int base = lua_gettop(L), depth = 0;
    for (xmlNodePtr p = n; p && strcmp((const char *)p->name, "QuarterlyReturn") != 0;
         p = asr_lua_parent_element(p)) {
        luaL_checkstack(L, 12, "label");
        push_element_label(L, p); /* innermost first */
        depth++;
    }
    if (depth == 0 && attr_idx == 0) {
        lua_pushliteral(L, "the return");
        return;
    }
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = depth; i >= 1; i--) {
        if (i < depth)
            luaL_addstring(&b, " > ");
        lua_pushvalue(L, base + i);
        luaL_addvalue(&b);
    }
    if (attr_idx) {
        if (depth > 0)
            luaL_addstring(&b, " > ");
        push_humanised(L, attr_idx);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    if (depth > 0) { /* the label in the place of the innermost element's */
        lua_replace(L, base + 1);
        lua_settop(L, base + 1);
    }
}

/* label_of(node [, attr]), memoised in the tables of MEMO. */
static int l_label_of(lua_State *L)
{
    xmlNodePtr n = asr_lua_check_node(L, 1);
    int with_attr = lua_toboolean(L, 2);            /* nil or false: the element's own */
    if (with_attr && lua_type(L, 2) != LUA_TSTRING) /* as the Lua humanise(attr) said */
        luaL_error(L, "attempt to index a %s value (local 'name')", luaL_typename(L, 2));
    lua_settop(L, 2);
    lua_rawgeti(L, lua_upvalueindex(MEMO), with_attr ? ATTR_LABELS : LABELS); /* 3 memo */
    if (with_attr) {
        lua_pushvalue(L, 1);
        if (lua_rawget(L, 3) != LUA_TTABLE) { /* 4 by attr */
            lua_pop(L, 1);
            lua_newtable(L);
            lua_pushvalue(L, 1);
            lua_pushvalue(L, -2);
            lua_rawset(L, 3);
        }
        lua_replace(L, 3);
    }
    int key = with_attr ? 2 : 1;
    lua_pushvalue(L, key);
    if (lua_rawget(L, 3) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    push_label(L, n, with_attr ? 2 : 0);
    lua_pushvalue(L, key);
    lua_pushvalue(L, -2);
    lua_rawset(L, 3);
    return 1;
}

static int l_forget_labels(lua_State *L)
{
    lua_newtable(L);
    lua_rawseti(L, lua_upvalueindex(MEMO), LABELS);
    lua_newtable(L);
    lua_rawseti(L, lua_upvalueindex(MEMO), ATTR_LABELS);
    return 0;
}

/* native.labels(ELEMENT_LABEL, ACRONYM, ID_ATTRS): see the top. */
int asr_lua_labels(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, 2, LUA_TTABLE);
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
    lua_newtable(L);          /* 4 humanised */
    lua_createtable(L, 2, 0); /* 5 memo */
    static const lua_CFunction fns[] = {l_humanise, l_identity, l_label_of, l_forget_labels};
    for (int i = 0; i < 4; i++) {
        for (int u = 1; u <= NUPVALUES; u++)
            lua_pushvalue(L, u);
        lua_pushcclosure(L, fns[i], NUPVALUES);
    }
    lua_pushvalue(L, -1); /* forget_labels(): the memo's first tables */
    lua_call(L, 0, 0);
    return 4;
}
