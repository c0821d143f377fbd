/* asr_rulestate.h: whether a rule file's run can judge another return.
 *
 * Nothing a rule keeps while judging one return may reach the next, so each
 * rule's file runs again, in a fresh environment, before each return
 * (rules.c). Most rules keep nothing: their state after a return is what the
 * run left. This module records what a run left, everything the rule's code
 * can reach (its _ENV, its functions' upvalues, the tables and functions in
 * them and their metatables, to any depth), and tells whether it is still
 * the same after a return: if so, the run's code judges the next return
 * as a fresh run's would, and the run is not repeated.
 *
 * The record is the sequence of values a depth-first walk meets, with a
 * marker closing each table and function, so that two walks meet the same
 * sequence only when the states are the same (values compared raw, tables
 * and functions by identity and contents). What the host shares with every
 * rule (the rule API, read-only) is compared by identity only. A state
 * holding what cannot be looked into (a coroutine, a userdata, a C function
 * with upvalues of its own, such as an iterator), or more than
 * ASR_STATE_MAX values, is never recorded: its file runs again each time. */
#ifndef ASR_RULESTATE_H
#define ASR_RULESTATE_H

#include <lua.h>

#define ASR_STATE_MAX 4096 /* values recorded for one rule's state, at most */

/* Mark what can be reached from the value at index shared (the rule API)
 * as the host's: compared by identity, never looked into. Once per state,
 * before any rule file runs again. */
void asr_rulestate_share(lua_State *L, int shared);

/* Push the record of what the values in the array at index roots reach, or
 * nil when it cannot be recorded. Runs no Lua code (raw access only). */
void asr_rulestate_record(lua_State *L, int roots);

/* Whether what roots reaches is still what record (from
 * asr_rulestate_record) recorded. */
int asr_rulestate_same(lua_State *L, int roots, int record);

#endif
