/* asr_lua.h: the Lua side of assure. One asr_lua per worker thread: a Lua
 * 5.4 state with only base/string/table/math/utf8, a counting allocator, an
 * instruction-count hook, the prelude (rule API, validator/lua/prelude.lua)
 * and the document and regex bindings. Only modules named lua_*.c include
 * lua.h; everything else uses this header. */
#ifndef ASR_LUA_H
#define ASR_LUA_H

#include "asr.h"
#include "asr_doc.h"
#include "asr_regex.h"

#include <lua.h>

typedef struct asr_lua asr_lua;

/* Create a state with the sandbox and prelude loaded. NULL + err on failure.
 * Caller frees with asr_lua_free. */
asr_lua *asr_lua_new(asr_err *err);
void asr_lua_free(asr_lua *h);
lua_State *asr_lua_state(asr_lua *h);
asr_lua *asr_lua_from_state(lua_State *L);
/* The node metatable's address, recorded when lua_doc.c makes it: a node
 * is checked by comparing its metatable's address with it, not by looking
 * the metatable up by name in the registry at every method call. */
void asr_lua_set_node_mt(lua_State *L, const void *mt);
const void *asr_lua_node_mt(lua_State *L);
asr_regex_cache *asr_lua_regex(asr_lua *h);

/* Call the function below nargs arguments on the stack, like lua_pcall with a
 * message handler, under an instruction budget (0 = ASR_RULE_INSTRUCTIONS),
 * a memory budget in bytes on top of what the state already uses (0 =
 * ASR_RULE_MEMORY) and the state's CPU-time budget; ASR_LUA_UNLIMITED as
 * the instruction budget lifts all three (for the prelude's own set-up only:
 * no rule code exists yet). On error returns -1, leaves nothing on the
 * stack and fills err with "file:line: message" of the innermost Lua frame
 * that was running (the rule file), noting when a limit stopped it. */
#define ASR_LUA_UNLIMITED (-1L)
int asr_lua_call(asr_lua *h, int nargs, int nresults, long instructions, size_t memory,
                 asr_err *err);

/* A session: the CPU-time alarm ticks from begin to end for every call in
 * between on this thread, rather than being armed and disarmed for each
 * (two system calls a call). For the many calls of one return. */
void asr_lua_session_begin(asr_lua *h);
void asr_lua_session_end(asr_lua *h);

/* The CPU-time budget of each call, in milliseconds (0 = ASR_RULE_TIME_MS). */
void asr_lua_set_time_limit(asr_lua *h, long ms);
long asr_lua_time_limit(const asr_lua *h);

/* Make doc the current document, and prev (may be NULL) the alliance's
 * previous return: node handles from any other document are refused from
 * now on. Both are borrowed and must outlive their use. */
void asr_lua_set_doc(asr_lua *h, const asr_doc *doc, const asr_doc *prev);
/* Push a handle to the root element of the current / previous document
 * (nil if none). */
void asr_lua_push_root(asr_lua *h);
void asr_lua_push_prev_root(asr_lua *h);
/* Whether a node of document id may be used now. */
int asr_lua_doc_ok(lua_State *L, unsigned long id);

/* Push host[field] from the prelude's host table (rule loading and running
 * entry points: new_env, declared, begin, run, ...). */
void asr_lua_push_host(asr_lua *h, const char *field);

/* Stop the running rule for good: from the next instruction on, every
 * instruction raises reason (a static string), so a rule's own pcall cannot
 * swallow it. For limits hit inside C (a regex match limit). */
void asr_lua_trip(lua_State *L, const char *reason);

/* Bytes the state uses now. */
size_t asr_lua_memory(const asr_lua *h);
/* Rule files run again before a return (rules.c counts them, for tests). */
void asr_lua_count_file_run(asr_lua *h);
unsigned long asr_lua_file_runs(const asr_lua *h);

/* re.test(s, pattern) for len bytes at s that need not be a Lua string,
 * raising as re.test does (invalid UTF-8, a match limit). needed: a
 * literal no match can be without, or NULL: when s is valid UTF-8 and does
 * not hold it, no match is tried. */
int asr_lua_re_test(lua_State *L, const char *s, size_t len, const char *pattern,
                    const char *needed);

/* Registration of the bindings (lua_doc.c, lua_regex.c). */
void asr_lua_open_node(lua_State *L); /* metatable "assure.node" */
int asr_lua_open_re(lua_State *L);    /* pushes the "re" table */
/* Push the node for element n: one per element while its document is set. */
void asr_lua_push_node(lua_State *L, xmlNodePtr n, unsigned long doc_id);
/* Drop the element -> node cache (when the documents change). */
void asr_lua_forget_nodes(lua_State *L);
void asr_lua_node_natives(lua_State *L); /* adds is_node, node_methods to the table on top */
/* Adds aggregate, the runner's finding aggregator (lua_finding.c), to the
 * table on top (asr_lua_node_natives calls it). */
void asr_lua_finding_natives(lua_State *L);
/* native.labels(ELEMENT_LABEL, ACRONYM, ID_ATTRS): the prelude's place
 * labels (lua_label.c), as the functions humanise, identity, label_of and
 * forget_labels. */
int asr_lua_labels(lua_State *L);
/* For lua_label.c: the element of the node at idx (raises as the node
 * methods do: not a node, or a node of another return); n's parent when it
 * is an element of the return, else NULL; n's attribute name as
 * native.attr reads it (NULL when absent or past ASR_MAX_ATTR_BYTES). */
xmlNodePtr asr_lua_check_node(lua_State *L, int idx);
xmlNodePtr asr_lua_parent_element(xmlNodePtr n);
const char *asr_lua_attr_value(xmlNodePtr n, const char *name);

#endif
