/* lua_doc.c: the read-only document binding. A node is a full userdata
 * holding an element pointer and the id of its document; using a node after
 * its document is gone raises instead of touching freed memory. Rules never
 * see libxml2 itself. Methods (all raise on misuse):
 *   n:name()        element name              n:line()     1-based line
 *   n:xpath()       /QuarterlyReturn/...[k]   n:parent()   node or nil
 *   n:attr(name)    raw string or nil         n:attrs()    array of names
 *   n:content()     concatenated text content (never entity-expanded)
 *   n:children([name])  array of child elements (named ones only)
 *   n:child(name)   first child element named, or nil */
#include "asr_lua.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#define NODE_MT "assure.node"

typedef struct l_node {
    xmlNodePtr node;
    unsigned long doc_id;
} l_node;

/* The registry key of the node cache: element -> its node, for the current
 * documents only (asr_lua_forget_nodes drops it). One node per element
 * means fewer allocations, and the prelude can memoise by node. */
static const char node_cache_key = 0;

void asr_lua_forget_nodes(lua_State *L)
{
    lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &node_cache_key);
}

/* Push the node cache (made when missing); returns its stack index. */
static int push_cache(lua_State *L)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &node_cache_key) != LUA_TTABLE) { /* nil */
        lua_pop(L, 1);
        lua_newtable(L); /* cache */
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &node_cache_key);
    }
    return lua_gettop(L);
}

/* Push n's node, from the cache at stack index cache or new (with the
 * node metatable at stack index mt, or looked up when mt is 0). The
 * functions that push many nodes (children, all, descendants) find the
 * cache and the metatable once, not once a node. */
static void push_node_in(lua_State *L, int cache, int mt, xmlNodePtr n, unsigned long doc_id)
{
    if (lua_rawgetp(L, cache, n) == LUA_TUSERDATA) { /* u */
        l_node *u = lua_touserdata(L, -1);
        if (u->doc_id == doc_id)
            return;
    }
    lua_pop(L, 1);
    l_node *u = lua_newuserdatauv(L, sizeof *u, 0); /* u */
    u->node = n;                                    /* safe before the metatable */
    u->doc_id = doc_id;
    if (mt) {
        lua_pushvalue(L, mt);
        lua_setmetatable(L, -2);
    } else {
        luaL_setmetatable(L, NODE_MT);
    }
    lua_pushvalue(L, -1);     /* u u */
    lua_rawsetp(L, cache, n); /* u */
}

void asr_lua_push_node(lua_State *L, xmlNodePtr n, unsigned long doc_id)
{
    int cache = push_cache(L);            /* cache */
    push_node_in(L, cache, 0, n, doc_id); /* cache u */
    lua_remove(L, cache);                 /* u */
}

/* For the bulk pushers: the cache and the node metatable on the stack, at
 * the two indices returned through cache and mt. */
static void push_bulk(lua_State *L, int *cache, int *mt)
{
    *cache = push_cache(L);
    luaL_getmetatable(L, NODE_MT);
    *mt = lua_gettop(L);
}

static l_node *check_u(lua_State *L, int idx)
{
    l_node *u = lua_touserdata(L, idx);
    int ok = 0;
    if (u != NULL && lua_getmetatable(L, idx)) {
        ok = lua_topointer(L, -1) == asr_lua_node_mt(L);
        lua_pop(L, 1);
    }
    if (!ok)
        u = luaL_checkudata(L, idx, NODE_MT); /* raises, naming what it was given */
    if (!asr_lua_doc_ok(L, u->doc_id))
        luaL_error(L,
                   "a node from another return was used (nodes may not be kept between returns)");
    return u;
}

static xmlNodePtr check_node(lua_State *L, int idx) { return check_u(L, idx)->node; }

xmlNodePtr asr_lua_check_node(lua_State *L, int idx) { return check_node(L, idx); }

/* An element of the return: in the return's namespace (the root is, or
 * the return is not read). An element of another namespace, <e:Alliance
 * xmlns:e="urn:evil"> or <FIT xmlns="urn:evil">, is not the return's and
 * no rule sees it, nor anything inside it (XML-02 reports it). */
static int is_el(xmlNodePtr c)
{
    return c->type == XML_ELEMENT_NODE && c->ns &&
           ((c->doc && c->ns == (xmlNsPtr)c->doc->_private) || /* the root's, as load checked */
            (c->ns->href && strcmp((const char *)c->ns->href, ASR_NS) == 0));
}

/* Two names the same: most that differ differ at the first character. */
static int same_name(const xmlChar *a, const char *b)
{
    return a[0] == (xmlChar)b[0] && strcmp((const char *)a, b) == 0;
}

static int l_node_name(lua_State *L)
{
    lua_pushstring(L, (const char *)check_node(L, 1)->name);
    return 1;
}

static int l_node_line(lua_State *L)
{
    lua_pushinteger(L, asr_node_line(check_node(L, 1)));
    return 1;
}

xmlNodePtr asr_lua_parent_element(xmlNodePtr n)
{
    return n->parent && is_el(n->parent) ? n->parent : NULL;
}

static int l_node_parent(lua_State *L)
{
    l_node *u = check_u(L, 1);
    xmlNodePtr p = asr_lua_parent_element(u->node);
    if (p)
        asr_lua_push_node(L, p, u->doc_id);
    else
        lua_pushnil(L);
    return 1;
}

static const char *attr_value(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (a->ns == NULL && same_name(a->name, name))
            return (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

/* A value past its bound (ASR_MAX_ATTR_BYTES for an attribute's,
 * ASR_MAX_TEXT_BYTES for an element's text) is raised as missing evidence
 * that says so (the prelude's host.too_long makes the signal), rather than
 * handed to a rule that would run out of memory on it. */
static int too_long(lua_State *L, xmlNodePtr n, unsigned long id, const char *attr, size_t len)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "assure.host");
    lua_getfield(L, -1, "too_long");
    asr_lua_push_node(L, n, id);
    if (attr)
        lua_pushstring(L, attr);
    else
        lua_pushnil(L);
    lua_pushinteger(L, (lua_Integer)len);
    lua_pushinteger(L, attr ? ASR_MAX_ATTR_BYTES : ASR_MAX_TEXT_BYTES);
    lua_call(L, 4, 1);
    return lua_error(L);
}

/* v, the value of n's attribute attr, checked against its bound. */
static const char *bounded_attr(lua_State *L, xmlNodePtr n, unsigned long id, const char *attr,
                                const char *v)
{
    size_t len = v ? strlen(v) : 0;
    if (len > ASR_MAX_ATTR_BYTES)
        too_long(L, n, id, attr, len);
    return v;
}

static int l_node_attr(lua_State *L)
{
    l_node *u = check_u(L, 1);
    const char *name = luaL_checkstring(L, 2);
    const char *v = bounded_attr(L, u->node, u->doc_id, name, attr_value(u->node, name));
    if (v)
        lua_pushstring(L, v);
    else
        lua_pushnil(L);
    return 1;
}

/* native.attr(node, name): the value, or nil when absent or past its
 * bound. For the prelude's labels, identities and header index, which must
 * not raise: a provider whose code is 9 MB long has no usable code there,
 * and the rules that read it say so (node:attr raises). */
const char *asr_lua_attr_value(xmlNodePtr n, const char *name)
{
    const char *v = attr_value(n, name);
    return v && strlen(v) <= ASR_MAX_ATTR_BYTES ? v : NULL;
}

static int l_native_attr(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    const char *v = asr_lua_attr_value(n, luaL_checkstring(L, 2));
    if (v)
        lua_pushstring(L, v);
    else
        lua_pushnil(L);
    return 1;
}

static int l_node_attrs(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    lua_newtable(L); /* t */
    int i = 0;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        if (a->ns != NULL) /* not the return's: n:attr does not read it either */
            continue;
        lua_pushstring(L, (const char *)a->name); /* t name */
        lua_rawseti(L, -2, ++i);                  /* t */
    }
    return 1;
}

static void push_content(lua_State *L, xmlNodePtr n, unsigned long id);

static int l_node_text(lua_State *L)
{
    l_node *u = check_u(L, 1);
    push_content(L, u->node, u->doc_id);
    return 1;
}

static int l_node_children(lua_State *L)
{
    l_node *u = check_u(L, 1);
    xmlNodePtr n = u->node;
    unsigned long id = u->doc_id;
    const char *name = luaL_optstring(L, 2, NULL);
    int cache, mt;
    push_bulk(L, &cache, &mt);
    lua_newtable(L); /* cache mt t */
    lua_Integer i = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (!is_el(c) || (name && !same_name(c->name, name)))
            continue;
        luaL_checkstack(L, 2, "children");
        push_node_in(L, cache, mt, c, id); /* t node */
        lua_rawseti(L, -2, ++i);           /* t */
    }
    return 1;
}

static int l_node_child(lua_State *L)
{
    l_node *u = check_u(L, 1);
    const char *name = luaL_checkstring(L, 2);
    for (xmlNodePtr c = u->node->children; c; c = c->next)
        if (is_el(c) && same_name(c->name, name)) {
            asr_lua_push_node(L, c, u->doc_id);
            return 1;
        }
    lua_pushnil(L);
    return 1;
}

/* /QuarterlyReturn/FasterDiagnosis/Urology/Provider[3]: a step gets [k] when
 * its parent has more than one child element of that name. */
static int l_node_xpath(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    int depth = 0;
    for (xmlNodePtr p = n; p && is_el(p); p = p->parent)
        depth++;
    luaL_checkstack(L, depth + 1, "xpath");
    int pushed = 0;
    for (xmlNodePtr p = n; p && is_el(p); p = p->parent) {
        int index = 0, total = 0;
        if (p->parent)
            for (xmlNodePtr s = p->parent->children; s; s = s->next)
                if (is_el(s) && same_name(s->name, (const char *)p->name)) {
                    total++;
                    if (s == p)
                        index = total;
                }
        if (total > 1)
            lua_pushfstring(L, "/%s[%d]", (const char *)p->name, index);
        else
            lua_pushfstring(L, "/%s", (const char *)p->name);
        pushed++;
    }
    /* pieces are leaf-first on the stack: reverse them, then concatenate */
    for (int i = 0; i < pushed / 2; i++) {
        int a = lua_gettop(L) - pushed + 1 + i, b = lua_gettop(L) - i;
        lua_pushvalue(L, a);
        lua_pushvalue(L, b);
        lua_replace(L, a);
        lua_replace(L, b);
    }
    lua_concat(L, pushed);
    return 1;
}

static int l_node_eq(lua_State *L)
{
    lua_pushboolean(L, check_node(L, 1) == check_node(L, 2));
    return 1;
}

static int l_node_tostring(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    lua_pushfstring(L, "<%s> at line %d", (const char *)n->name, (int)asr_node_line(n));
    return 1;
}

static const luaL_Reg node_methods[] = {
    {"name", l_node_name},         {"line", l_node_line},
    {"parent", l_node_parent},     {"attr", l_node_attr},
    {"attrs", l_node_attrs},       {"content", l_node_text},
    {"children", l_node_children}, {"child", l_node_child},
    {"xpath", l_node_xpath},       {NULL, NULL},
};

static const luaL_Reg node_meta[] = {
    {"__eq", l_node_eq},
    {"__tostring", l_node_tostring},
    {NULL, NULL},
};

/* Creates the node metatable. Its __index is a methods table the prelude
 * extends (registry "assure.node.methods") before rules load; rules only
 * ever see it through __index, and __metatable hides it. */
void asr_lua_open_node(lua_State *L)
{
    luaL_newmetatable(L, NODE_MT); /* mt */
    asr_lua_set_node_mt(L, lua_topointer(L, -1));
    luaL_setfuncs(L, node_meta, 0);
    luaL_newlib(L, node_methods);                              /* mt methods */
    lua_pushvalue(L, -1);                                      /* mt methods methods */
    lua_setfield(L, LUA_REGISTRYINDEX, "assure.node.methods"); /* mt methods */
    lua_setfield(L, -2, "__index");                            /* mt */
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

/* s is digits, a point and digits ("^%d+%.%d+$"); with leading_zero,
 * "0." then digits ("^0%.%d+$"). */
static int decimal_text(const char *s, int leading_zero)
{
    size_t i = 0;
    if (leading_zero) {
        if (s[0] != '0')
            return 0;
        i = 1;
    } else {
        while (s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == 0)
            return 0;
    }
    if (s[i++] != '.' || !(s[i] >= '0' && s[i] <= '9'))
        return 0;
    while (s[i] >= '0' && s[i] <= '9')
        i++;
    return s[i] == '\0';
}

/* Whether n's attribute name looks like a fraction: 1 when its value is
 * 0.x (not zero) and the element's figures written with a decimal point
 * (its attributes in no namespace, added in order with strtod, as Lua's
 * tonumber does) do not add up to 90 to 110; 0 when not; -1 when a value
 * read is past its bound (its attribute's name and length in *over, *len),
 * where n:attr would raise. */
static int fraction_at(xmlNodePtr n, const char *name, const char **over, size_t *len)
{
    const char *v = attr_value(n, name);
    if (v && (*len = strlen(v)) > ASR_MAX_ATTR_BYTES) {
        *over = name;
        return -1;
    }
    if (v == NULL || !decimal_text(v, 1) || strtod(v, NULL) == 0)
        return 0;
    double sum = 0;
    for (xmlAttrPtr b = n->properties; b; b = b->next) {
        if (b->ns != NULL)
            continue;
        const char *bv = attr_value(n, (const char *)b->name);
        if ((*len = strlen(bv)) > ASR_MAX_ATTR_BYTES) {
            *over = (const char *)b->name;
            return -1;
        }
        if (decimal_text(bv, 0))
            sum += strtod(bv, NULL);
    }
    return !(sum >= 90 && sum <= 110);
}

/* native.fraction(node, attr): the prelude's looks_like_fraction in one
 * call (fraction_at); a value past its bound raises the signal n:attr
 * raises. nil when it cannot say as the Lua would: not a node or not a
 * name; the prelude then runs its own. */
static int l_native_fraction(lua_State *L)
{
    l_node *u = luaL_testudata(L, 1, NODE_MT);
    if (u == NULL || lua_type(L, 2) != LUA_TSTRING)
        return 0;
    u = check_u(L, 1);
    const char *over = NULL;
    size_t len = 0;
    int r = fraction_at(u->node, lua_tostring(L, 2), &over, &len);
    if (r < 0)
        return too_long(L, u->node, u->doc_id, over, len);
    lua_pushboolean(L, r);
    return 1;
}

/* The element after n in a depth-first walk of top's elements in document
 * order, or NULL at the end (iterative: no C recursion however deep). */
static xmlNodePtr next_el(xmlNodePtr n, xmlNodePtr top)
{
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (is_el(c))
            return c;
    for (xmlNodePtr p = n; p && p != top; p = p->parent)
        for (xmlNodePtr s = p->next; s; s = s->next)
            if (is_el(s))
                return s;
    return NULL;
}

/* native.fractions(node) -> list, [node2, attr, len, max]: for node and
 * every element below it in document order (as descendants), each
 * attribute that looks like a fraction (fraction_at), as node, name pairs
 * in the list. Stops at the first value past its bound, returning where
 * it is: the prelude
 * raises there, after the pairs before it, as a walk calling
 * looks_like_fraction on each attribute would. XML-05's walk in one call:
 * no node is made for the two hundred elements that have no fraction. */
static int l_native_fractions(lua_State *L)
{
    l_node *u = check_u(L, 1);
    xmlNodePtr top = u->node, n = top;
    int cache, mt;
    push_bulk(L, &cache, &mt);
    lua_newtable(L);
    int list = lua_gettop(L);
    lua_Integer k = 0;
    while (n) {
        luaL_checkstack(L, 4, "fractions");
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
            const char *over = NULL;
            size_t len = 0;
            int r = a->ns ? 0 : fraction_at(n, (const char *)a->name, &over, &len);
            if (r == 0)
                continue;
            push_node_in(L, cache, mt, n, u->doc_id);
            if (r < 0) { /* list node */
                lua_pushstring(L, over);
                lua_pushinteger(L, (lua_Integer)len);
                lua_pushinteger(L, ASR_MAX_ATTR_BYTES);
                return 5;
            }
            lua_rawseti(L, list, ++k);
            lua_pushstring(L, (const char *)a->name);
            lua_rawseti(L, list, ++k);
        }
        n = next_el(n, top);
    }
    return 1;
}

static int l_native_is_node(lua_State *L)
{
    lua_pushboolean(L, luaL_testudata(L, 1, NODE_MT) != NULL);
    return 1;
}

/* ---------------------------------------------------- native paths
 * The prelude compiles a path once into a flat array: for each step its
 * element name ("*" for any), then the attribute a predicate names and the
 * value it must have (false when absent). Walking it here costs no Lua
 * table or node per step; only the nodes returned are created. */

typedef struct step {
    const char *name, *attr, *value;
} step;

#define MAX_STEPS 32

/* Read the steps of the flat array at idx; returns their number. */
static int read_steps(lua_State *L, int idx, step *st)
{
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_Integer len = (lua_Integer)lua_rawlen(L, idx);
    if (len % 3 != 0 || len / 3 > MAX_STEPS)
        luaL_error(L, "a compiled path has %d parts", (int)len);
    int n = (int)(len / 3);
    for (int i = 0; i < n; i++) {
        const char **f[3] = {&st[i].name, &st[i].attr, &st[i].value};
        for (int k = 0; k < 3; k++) {
            lua_rawgeti(L, idx, 3 * i + k + 1);
            /* The strings stay alive: the array holds them. */
            *f[k] = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            lua_pop(L, 1);
        }
        if (st[i].name == NULL)
            luaL_error(L, "a compiled path step has no name");
    }
    return n;
}

static int step_matches(xmlNodePtr c, const step *s)
{
    if (!is_el(c) || ((s->name[0] != '*' || s->name[1] != '\0') && !same_name(c->name, s->name)))
        return 0;
    if (s->attr == NULL)
        return 1;
    const char *v = attr_value(c, s->attr);
    return v != NULL && (s->value == NULL || strcmp(v, s->value) == 0);
}

static xmlNodePtr first_match(xmlNodePtr parent, const step *s)
{
    for (xmlNodePtr c = parent->children; c; c = c->next)
        if (step_matches(c, s))
            return c;
    return NULL;
}

static void push_content(lua_State *L, xmlNodePtr n, unsigned long id)
{
    size_t len = 0;
    for (xmlNodePtr c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            len += strlen((const char *)c->content);
    if (len > ASR_MAX_TEXT_BYTES)
        too_long(L, n, id, NULL, len);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (xmlNodePtr c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            luaL_addstring(&b, (const char *)c->content);
    luaL_pushresult(&b);
}

/* Follow the steps from n, taking the first match of each: returns the step
 * that matched nothing (NULL when all did) and sets *reached to the deepest
 * element reached. */
static const step *walk_steps(xmlNodePtr n, const step *st, int count, xmlNodePtr *reached)
{
    for (int i = 0; i < count; i++) {
        xmlNodePtr nxt = first_match(n, &st[i]);
        if (nxt == NULL) {
            *reached = n;
            return &st[i];
        }
        n = nxt;
    }
    *reached = n;
    return NULL;
}

/* Push where a value is missing: the element reached, the attr argument
 * (stack index 3) and what was absent (the step's name, or "@attr"). */
static int push_absent(lua_State *L, xmlNodePtr at, unsigned long id, const step *miss,
                       const char *attr)
{
    asr_lua_push_node(L, at, id);
    lua_pushvalue(L, 3);
    if (miss)
        lua_pushstring(L, miss->name);
    else
        lua_pushfstring(L, "@%s", attr);
    return 3;
}

/* resolve and get start alike: node, steps and attr (arguments 1 to 3)
 * read, and the steps walked from node to where they stop. */
typedef struct walked {
    l_node *u;
    step st[MAX_STEPS];
    const char *attr;
    xmlNodePtr at;    /* the deepest element reached */
    const step *miss; /* the step that matched nothing, or NULL */
} walked;

static void walk_args(lua_State *L, walked *w)
{
    w->u = check_u(L, 1);
    int n = read_steps(L, 2, w->st);
    w->attr = luaL_optstring(L, 3, NULL);
    w->miss = walk_steps(w->u->node, w->st, n, &w->at);
}

/* resolve(node, steps, attr) -> value, element, attr, missing[, step]: value
 * is the attribute's value (or the element's text when attr is nil) at the
 * first match of each step, or nil; element is the deepest element reached;
 * missing names what was absent (a step's name, or "@attr"), and step is the
 * number of the step that matched nothing. */
static int l_native_resolve(lua_State *L)
{
    walked w;
    walk_args(L, &w);
    unsigned long id = w.u->doc_id;
    if (w.miss) {
        lua_pushnil(L);
        push_absent(L, w.at, id, w.miss, w.attr);
        lua_pushinteger(L, w.miss - w.st + 1);
        return 5;
    }
    if (w.attr == NULL) {
        push_content(L, w.at, id);
        asr_lua_push_node(L, w.at, id);
        return 2;
    }
    const char *v = bounded_attr(L, w.at, id, w.attr, attr_value(w.at, w.attr));
    if (v == NULL) {
        lua_pushnil(L);
        return 1 + push_absent(L, w.at, id, NULL, w.attr);
    }
    lua_pushstring(L, v);
    asr_lua_push_node(L, w.at, id);
    lua_pushvalue(L, 3);
    return 3;
}

/* Lua's %s: space, \t, \n, \v, \f, \r. */
static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* [*a, *b) is s without leading and trailing whitespace. */
static void trim_span(const char *s, size_t len, size_t *a, size_t *b)
{
    *a = 0;
    *b = len;
    while (*a < *b && is_space((unsigned char)s[*a]))
        (*a)++;
    while (*b > *a && is_space((unsigned char)s[*b - 1]))
        (*b)--;
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* Digits with an optional fraction, as the schema's number types: no sign,
 * exponent, comma or percent sign; at most 20 characters. Pushes the number
 * as Lua's tonumber reads it (0 as the integer 0). */
static int push_num(lua_State *L, const char *t, size_t n)
{
    const char *dot = memchr(t, '.', n);
    size_t lead = dot ? (size_t)(dot - t) : n;
    if (n > 20 || !all_digits(t, lead) || (dot && !all_digits(dot + 1, n - lead - 1)))
        return 0;
    char buf[24];
    memcpy(buf, t, n);
    buf[n] = '\0';
    if (lua_stringtonumber(L, buf) == 0)
        return 0;
    if (lua_tonumber(L, -1) == 0) {
        lua_pop(L, 1);
        lua_pushinteger(L, 0);
    }
    return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* The kinds of value the typed getters read, as the prelude names them. */
enum kind { K_TEXT, K_NUM, K_PCT, K_INT, K_BOOL, K_DATE };
static const char *const KINDS[] = {"text", "num", "pct", "int", "bool", "date", NULL};

/* Parse the trimmed text t as kind; pushes the value and returns 1, or
 * returns 0 (malformed) with nothing pushed. */
static int push_typed(lua_State *L, enum kind kind, const char *t, size_t n)
{
    switch (kind) {
    case K_TEXT: lua_pushlstring(L, t, n); return 1;
    case K_NUM: return push_num(L, t, n);
    case K_PCT: {
        if (!push_num(L, t, n))
            return 0;
        lua_Number v = lua_tonumber(L, -1);
        if (v >= 0 && v <= 100)
            return 1;
        lua_pop(L, 1);
        return 0;
    }
    case K_INT: {
        if (n > 15 || !all_digits(t, n))
            return 0;
        char buf[16];
        memcpy(buf, t, n);
        buf[n] = '\0';
        return lua_stringtonumber(L, buf) != 0;
    }
    case K_BOOL:
        if (n == 4 && memcmp(t, "true", 4) == 0)
            lua_pushboolean(L, 1);
        else if (n == 5 && memcmp(t, "false", 5) == 0)
            lua_pushboolean(L, 0);
        else
            return 0;
        return 1;
    case K_DATE: {
        if (n != 10 || !all_digits(t, 4) || t[4] != '-' || !all_digits(t + 5, 2) || t[7] != '-' ||
            !all_digits(t + 8, 2))
            return 0;
        int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
        int m = (t[5] - '0') * 10 + (t[6] - '0'), d = (t[8] - '0') * 10 + (t[9] - '0');
        static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && leap(y)))
            return 0;
        lua_pushlstring(L, t, n);
        return 1;
    }
    }
    return 0;
}

/* get(node, steps, attr, kind) -> true, value; or false, why, raw, element,
 * attr, missing: the typed getters' common path in one call. why is
 * "absent", "empty" or "malformed"; raw is the untrimmed text. kind is
 * text, num, pct, int, bool or date (the prelude's getters say which). */
static int l_native_get(lua_State *L)
{
    walked w;
    walk_args(L, &w);
    enum kind kind = (enum kind)luaL_checkoption(L, 4, NULL, KINDS);
    size_t len = 0;
    const char *raw = NULL;
    if (w.miss == NULL && w.attr == NULL) {
        push_content(L, w.at, w.u->doc_id); /* raw, kept on the stack */
        raw = lua_tolstring(L, -1, &len);
    } else if (w.miss == NULL) {
        raw = bounded_attr(L, w.at, w.u->doc_id, w.attr, attr_value(w.at, w.attr));
        len = raw ? strlen(raw) : 0;
    }
    if (raw == NULL) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "absent");
        lua_pushnil(L);
        return 3 + push_absent(L, w.at, w.u->doc_id, w.miss, w.attr);
    }
    size_t a, b;
    trim_span(raw, len, &a, &b);
    if (a < b) {
        lua_pushboolean(L, 1);
        if (push_typed(L, kind, raw + a, b - a))
            return 2;
        lua_pop(L, 1);
    }
    lua_pushboolean(L, 0);
    lua_pushstring(L, a < b ? "malformed" : "empty");
    lua_pushlstring(L, raw, len);
    asr_lua_push_node(L, w.at, w.u->doc_id);
    lua_pushvalue(L, 3);
    return 5;
}

/* trim(s) -> s without leading and trailing whitespace (linear, and s
 * itself when there is none to remove). */
static int l_native_trim(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    size_t a, b;
    trim_span(s, len, &a, &b);
    if (a == 0 && b == len)
        lua_pushvalue(L, 1);
    else
        lua_pushlstring(L, s + a, b - a);
    return 1;
}

/* no_evidence(s) -> nil when the string s is real evidence, else "empty",
 * or "placeholder" and s trimmed (quarterly-return.md): after trimming, and
 * lower-cased (ASCII, as string.lower) without its trailing . ! ; : , it is
 * nothing (punctuation alone), one of PLACEHOLDERS, three or more x's, or
 * holds "lorem ipsum" as words (the PCRE2 pattern below, as re.test runs
 * it). The prelude's no_evidence answers nil ("absent") and refuses what
 * is not a string before calling this. The lower-cased copy is made in a
 * Lua buffer, so it counts against the rule's memory limit as
 * string.lower's did. */
static const char *const PLACEHOLDERS[] = {
    "tbc", "tba", "tbd", "n/a", "na", "to follow", "see previous return", "see last return",
    "as previous", "as above", "none", "-", "--", "...", "?", "todo", "pending",
};

static int l_native_no_evidence(lua_State *L)
{
    size_t len, a, b;
    const char *s = luaL_checklstring(L, 1, &len);
    trim_span(s, len, &a, &b);
    if (a == b) {
        lua_pushliteral(L, "empty");
        return 1;
    }
    size_t n = b - a;
    luaL_Buffer buf;
    char *low = luaL_buffinitsize(L, &buf, n);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[a + i];
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    size_t e = n;
    while (e > 0 && memchr(".!;:,", low[e - 1], 5) != NULL)
        e--;
    int placeholder = e == 0;
    for (size_t i = 0; !placeholder && i < sizeof PLACEHOLDERS / sizeof PLACEHOLDERS[0]; i++)
        placeholder = strlen(PLACEHOLDERS[i]) == e && memcmp(PLACEHOLDERS[i], low, e) == 0;
    if (!placeholder && e >= 3) {
        size_t x = 0;
        while (x < e && low[x] == 'x')
            x++;
        placeholder = x == e;
    }
    if (!placeholder)
        placeholder = asr_lua_re_test(L, low, e, "\\blorem\\s+ipsum\\b", "lorem");
    if (!placeholder) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushliteral(L, "placeholder");
    lua_pushlstring(L, s + a, n);
    return 2;
}

/* words(s) -> the number of runs of non-space characters, as counting
 * s:gmatch("%S+") would (Lua's %s is the C locale's isspace); a loop in
 * the rule VM took a hooked instruction per word. */
static int l_native_words(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer n = 0;
    int in_word = 0;
    for (size_t i = 0; i < len; i++) {
        int space = is_space((unsigned char)s[i]);
        n += !space && !in_word;
        in_word = !space;
    }
    lua_pushinteger(L, n);
    return 1;
}

/* Depth first, in document order: the elements at the last step. */
static void collect(lua_State *L, const int *cache_mt, xmlNodePtr n, const step *st, int left,
                    unsigned long id, lua_Integer *k)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (!step_matches(c, st))
            continue;
        if (left == 1) {
            luaL_checkstack(L, 2, "path");
            push_node_in(L, cache_mt[0], cache_mt[1], c, id);
            lua_rawseti(L, -2, ++*k);
        } else {
            collect(L, cache_mt, c, st + 1, left - 1, id, k);
        }
    }
}

/* all(node, steps) -> array of the elements the steps reach. */
static int l_native_all(lua_State *L)
{
    l_node *u = check_u(L, 1);
    step st[MAX_STEPS];
    int n = read_steps(L, 2, st);
    int cache_mt[2];
    push_bulk(L, &cache_mt[0], &cache_mt[1]);
    lua_newtable(L);
    lua_Integer k = 0;
    if (n == 0) {
        lua_pushvalue(L, 1);
        lua_rawseti(L, -2, ++k);
    } else {
        collect(L, cache_mt, u->node, st, n, u->doc_id, &k);
    }
    return 1;
}

/* Whether n has any of the attributes named at stack indices from..to
 * (all of them when from > to: no names given). */
static int has_any_attr(lua_State *L, xmlNodePtr n, int from, int to)
{
    if (from > to)
        return 1;
    for (int i = from; i <= to; i++)
        if (attr_value(n, lua_tostring(L, i)) != NULL)
            return 1;
    return 0;
}

/* descendants(node [, attr ...]) -> the node and every element below it,
 * depth first in document order (iterative: no C recursion however deep
 * the tree); with attribute names, only the elements that have at least one
 * of them (no node is made for the others: XML-03 looks at the few elements
 * that name an organisation, not the two hundred of a return). */
static int l_native_descendants(lua_State *L)
{
    l_node *u = check_u(L, 1);
    int nattrs = lua_gettop(L);
    for (int i = 2; i <= nattrs; i++)
        luaL_checkstring(L, i);
    xmlNodePtr top = u->node, n = top;
    int cache, mt;
    push_bulk(L, &cache, &mt);
    lua_newtable(L);
    lua_Integer k = 0;
    while (n) {
        luaL_checkstack(L, 2, "descendants");
        if (has_any_attr(L, n, 2, nattrs)) {
            push_node_in(L, cache, mt, n, u->doc_id);
            lua_rawseti(L, -2, ++k);
        }
        n = next_el(n, top);
    }
    return 1;
}

/* Add the prelude's private node helpers to the table on top of the stack:
 * is_node(v), the native walkers, aggregate (lua_finding.c), labels
 * (lua_label.c) and node_methods (the table rules reach through __index). */
void asr_lua_node_natives(lua_State *L)
{
    static const luaL_Reg natives[] = {
        {"is_node", l_native_is_node},
        {"fraction", l_native_fraction},
        {"trim", l_native_trim},
        {"no_evidence", l_native_no_evidence},
        {"words", l_native_words},
        {"resolve", l_native_resolve},
        {"get", l_native_get},
        {"attr", l_native_attr},
        {"all", l_native_all},
        {"descendants", l_native_descendants},
        {"fractions", l_native_fractions},
        {NULL, NULL},
    };
    luaL_setfuncs(L, natives, 0);
    asr_lua_finding_natives(L);
    lua_pushcfunction(L, asr_lua_labels);
    lua_setfield(L, -2, "labels");
    lua_getfield(L, LUA_REGISTRYINDEX, "assure.node.methods");
    lua_setfield(L, -2, "node_methods");
}
