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
#include <string.h>

#define NODE_MT "assure.node"

typedef struct l_node {
    xmlNodePtr node;
    unsigned long doc_id;
} l_node;

void asr_lua_push_node(lua_State *L, xmlNodePtr n, unsigned long doc_id)
{
    l_node *u = lua_newuserdatauv(L, sizeof *u, 0); /* u */
    u->node = n;                                    /* safe before the metatable */
    u->doc_id = doc_id;
    luaL_setmetatable(L, NODE_MT);
}

static l_node *check_u(lua_State *L, int idx)
{
    l_node *u = luaL_checkudata(L, idx, NODE_MT);
    if (!asr_lua_doc_ok(L, u->doc_id))
        luaL_error(L,
                   "a node from another return was used (nodes may not be kept between returns)");
    return u;
}

static xmlNodePtr check_node(lua_State *L, int idx) { return check_u(L, idx)->node; }

static int is_el(xmlNodePtr c) { return c->type == XML_ELEMENT_NODE; }

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

static int l_node_parent(lua_State *L)
{
    l_node *u = check_u(L, 1);
    xmlNodePtr n = u->node;
    if (n->parent && is_el(n->parent))
        asr_lua_push_node(L, n->parent, u->doc_id);
    else
        lua_pushnil(L);
    return 1;
}

static const char *attr_value(xmlNodePtr n, const char *name)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (a->ns == NULL && strcmp((const char *)a->name, name) == 0)
            return (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

static int l_node_attr(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    const char *v = attr_value(n, luaL_checkstring(L, 2));
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
        lua_pushstring(L, (const char *)a->name); /* t name */
        lua_rawseti(L, -2, ++i);                  /* t */
    }
    return 1;
}

static int l_node_text(lua_State *L)
{
    xmlNodePtr n = check_node(L, 1);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (xmlNodePtr c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            luaL_addstring(&b, (const char *)c->content);
    luaL_pushresult(&b);
    return 1;
}

static int l_node_children(lua_State *L)
{
    l_node *u = check_u(L, 1);
    xmlNodePtr n = u->node;
    unsigned long id = u->doc_id;
    const char *name = luaL_optstring(L, 2, NULL);
    lua_newtable(L); /* t */
    lua_Integer i = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (!is_el(c) || (name && strcmp((const char *)c->name, name) != 0))
            continue;
        luaL_checkstack(L, 2, "children");
        asr_lua_push_node(L, c, id); /* t node */
        lua_rawseti(L, -2, ++i);     /* t */
    }
    return 1;
}

static int l_node_child(lua_State *L)
{
    l_node *u = check_u(L, 1);
    const char *name = luaL_checkstring(L, 2);
    for (xmlNodePtr c = u->node->children; c; c = c->next)
        if (is_el(c) && strcmp((const char *)c->name, name) == 0) {
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
                if (is_el(s) && strcmp((const char *)s->name, (const char *)p->name) == 0) {
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
    luaL_setfuncs(L, node_meta, 0);
    luaL_newlib(L, node_methods);                              /* mt methods */
    lua_pushvalue(L, -1);                                      /* mt methods methods */
    lua_setfield(L, LUA_REGISTRYINDEX, "assure.node.methods"); /* mt methods */
    lua_setfield(L, -2, "__index");                            /* mt */
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

static int l_native_is_node(lua_State *L)
{
    lua_pushboolean(L, luaL_testudata(L, 1, NODE_MT) != NULL);
    return 1;
}

/* Add the prelude's private node helpers to the table on top of the stack:
 * is_node(v) and node_methods (the table rules reach through __index). */
void asr_lua_node_natives(lua_State *L)
{
    lua_pushcfunction(L, l_native_is_node);
    lua_setfield(L, -2, "is_node");
    lua_getfield(L, LUA_REGISTRYINDEX, "assure.node.methods");
    lua_setfield(L, -2, "node_methods");
}
