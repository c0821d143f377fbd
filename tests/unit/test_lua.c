/* test_lua.c: the Lua host and sandbox. Hostile rules (runaway loops,
 * memory bombs, escapes to io/os/debug, bytecode, changing the document)
 * must each give an `error` finding for that rule only, naming the rule file
 * and line, while a well-behaved rule beside it still passes. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#define GOOD                                                                                       \
    "deliverable { id = 'OK-01', title = 'ok', workstream = 'integrity', source = 't',\n"          \
    "  due = 'every', check = function(doc, out) out:pass{} end }\n"

#define BAD_HEAD                                                                                   \
    "deliverable { id = 'BAD-01', title = 'bad', workstream = 'integrity', source = 't',\n"        \
    "  due = 'every', check = function(doc, out)\n"

typedef struct hostile {
    const char *name;
    const char *body;   /* the check function's body (line 3 of bad.lua) */
    const char *phrase; /* must appear in the error message */
} hostile;

static hostile cases[] = {
    {"infinite loop", "while true do end", "instruction limit"},
    {"pcall cannot swallow the stop", "while true do pcall(function() while true do end end) end",
     "instruction limit"},
    {"string.rep memory bomb", "local s = string.rep('x', 1 << 30)", "memory limit"},
    {"table growth", "local t = {} for i = 1, 1e9 do t[i] = {i} end", "limit"},
    {"string doubling", "local s = 'x' while true do s = s .. s end", "limit"},
    {"deep recursion", "local function f(n) return f(n + 1) + 1 end f(1)", "limit"},
    {"io", "return io.open('/etc/passwd')", "unknown name 'io'"},
    {"os", "os.execute('true')", "unknown name 'os'"},
    {"debug", "debug.sethook()", "unknown name 'debug'"},
    {"require", "require('os')", "unknown name 'require'"},
    {"package", "return package.loadlib", "unknown name 'package'"},
    {"load", "load('return 1')()", "unknown name 'load'"},
    {"dofile", "dofile('/etc/passwd')", "unknown name 'dofile'"},
    {"loadfile", "loadfile('/etc/passwd')", "unknown name 'loadfile'"},
    {"collectgarbage", "collectgarbage('stop')", "unknown name 'collectgarbage'"},
    {"coroutine", "coroutine.wrap(function() end)()", "unknown name 'coroutine'"},
    {"rawset on a library", "rawset(string, 'x', 1)", "unknown name 'rawset'"},
    {"string.dump", "string.dump(function() end)", "dump"},
    {"change a library", "string.upper = nil", "read-only"},
    {"string metatable", "local mt = getmetatable('') ; mt.__index = nil", "index a boolean"},
    {"environment metatable", "getmetatable(_ENV).__index = nil", "index a boolean"},
    {"change the document", "doc.x = 1", "index"},
    {"document metatable", "getmetatable(doc).__index = nil", "index a boolean"},
    {"catastrophic regex", "re.test(string.rep('a', 40) .. 'b', '^(a+)+$')", "limit"},
    {"regex on invalid UTF-8", "re.test('\\xff\\xfe', 'a')", "UTF-8"},
    {"re.count on invalid UTF-8", "re.count('ab\\xffab', 'a')", "not valid UTF-8 at byte 2"},
    {"re.find past a bad byte", "re.find('ab\\xffab', 'a', '', 4)", "not valid UTF-8 at byte 2"},
    {"plain error", "error('boom')", "boom"},
    {"Lua pattern backtracking", "string.find(string.rep('a', 5000), 'a*a*a*a*a*b')",
     "not available to rules"},
    {"Lua pattern by method", "local x = ('abc'):match('(%a+)')", "use re.test"},
    {"Lua pattern after a NUL byte",
     "string.find('\\0' .. string.rep('a', 5000), '\\0a*a*a*a*a*b')", "not available to rules"},
    {"Lua pattern after a NUL byte (gsub)",
     "string.gsub('\\0' .. string.rep('a', 5000), '\\0a*a*a*a*a*b', '')", "not available to rules"},
    {"Lua pattern after a NUL byte (gmatch)",
     "for x in string.gmatch('\\0' .. string.rep('a', 5000), '\\0a*a*a*a*a*b') do end",
     "not available to rules"},
    {"finalizer", "setmetatable({}, {__gc = function() while true do end end})",
     "may not set __gc"},
    {"regex limit swallowed by pcall",
     "for i = 1, 1000 do pcall(re.test, string.rep('a', 3000), 'a*a*a*(?:x|y)') end",
     "regular expression hit its match limit"},
    {"a table passed as a node", "doc.attr({}, 'code')", "assure.node expected, got table"},
    {"a string passed as a node", "doc.name('QuarterlyReturn')",
     "assure.node expected, got string"},
    {"a node method on a non-node with a metatable", "doc.children(setmetatable({}, {}))",
     "assure.node expected, got table"},
    {"bad outcome", "out:add('great', {})", "unknown outcome"},
    {"bad item field", "out:fail{ colour = 'red' }", "unknown item field"},
};

ParameterizedTestParameters(sandbox, hostile_rules)
{
    return cr_make_param_array(hostile, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(hostile *c, sandbox, hostile_rules, .timeout = 20)
{
    char bad[2048];
    snprintf(bad, sizeof bad, BAD_HEAD "  %s\n  end }\n", c->body);
    const char *names[] = {"bad.lua", "good.lua", NULL};
    const char *srcs[] = {bad, GOOD, NULL};
    const char *dir = t_rule_dir(names, srcs);
    asr_engine e;
    t_engine_open(&e, dir);
    char *xml = t_example();
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    const asr_finding *f = t_find(&r, "BAD-01");
    cr_assert_not_null(f);
    cr_expect_eq(f->outcome, ASR_ERROR, "%s: outcome %s (%s)", c->name,
                 asr_outcome_name(t_catalogue(), f->outcome), f->message);
    cr_expect_not_null(strstr(f->message, c->phrase), "%s: message '%s' lacks '%s'", c->name,
                       f->message, c->phrase);
    cr_expect_not_null(strstr(f->message, "bad.lua:3:"),
                       "%s: message '%s' does not name the line it stopped at (bad.lua:3)", c->name,
                       f->message);
    const asr_finding *ok = t_find(&r, "OK-01");
    cr_assert_not_null(ok);
    cr_expect_eq(ok->outcome, ASR_PASS, "%s: the good rule gave %s", c->name,
                 asr_outcome_name(t_catalogue(), ok->outcome));
    /* The state stays usable: a second return still checks cleanly. */
    asr_return_report r2;
    t_check(&e, xml, 0, &r2);
    cr_expect_eq(t_find(&r2, "OK-01")->outcome, ASR_PASS);
    asr_return_report_free(&r2);
    asr_return_report_free(&r);
    free(xml);
    asr_engine_close(&e);
}

/* A rule's file runs again before a return only when what its code can
 * reach changed (rulestate.c): every way of keeping something while
 * judging one return must still be gone on the next. Each rule errors when
 * it finds what it kept, then keeps it; three returns must all pass. */
typedef struct kept {
    const char *name, *top, *body;
} kept;

static kept keeps[] = {
    /* the node handle's own check (a node of another return is refused)
     * stays, but no rule can reach an old node to try it */
    {"a node", "local kept", "if kept then error('kept ' .. kept:name()) end kept = doc"},
    {"a counter in an upvalue", "local n = 0", "if n ~= 0 then error('kept') end n = n + 1"},
    {"a field deep in a table", "local t = { a = { b = 0 } }",
     "if t.a.b ~= 0 then error('kept') end t.a.b = 1"},
    {"a new key", "local t = {}", "if next(t) ~= nil then error('kept') end t.x = true"},
    {"a key of its own table", "local k = {} local t = { [k] = 0 }",
     "if t[k] ~= 0 then error('kept') end t[k] = 1"},
    {"a global", "kept_g = false", "if kept_g then error('kept') end kept_g = 1"},
    {"a metatable set", "local t = {}",
     "if getmetatable(t) ~= nil then error('kept') end setmetatable(t, {})"},
    {"a closure's own counter", "local f do local c = 0 f = function() c = c + 1 return c end end",
     "if f() ~= 1 then error('kept') end"},
    {"a counter behind a protected metatable",
     "local c = 0 local t = setmetatable({}, { __metatable = false, "
     "__index = function() c = c + 1 return c end })",
     "if t.x ~= 1 then error('kept') end"},
    {"a function replaced", "local f = function() return 1 end",
     "if f() ~= 1 then error('kept') end f = function() return 2 end"},
    {"an iterator advanced", "local it = string.gmatch('a a a', 'a')",
     "local got = 0 for _ in it do got = got + 1 end if got ~= 3 then error('kept ' .. got) end"},
    {"the quarter's table kept", "local kq", "if kq then error('kept') end kq = q"},
    {"a table in a global, changed", "kept_t = {}",
     "if kept_t[1] then error('kept') end kept_t[1] = 1"},
};

ParameterizedTestParameters(sandbox, kept_state_is_gone_on_the_next_return)
{
    return cr_make_param_array(kept, keeps, sizeof keeps / sizeof keeps[0]);
}

ParameterizedTest(kept *c, sandbox, kept_state_is_gone_on_the_next_return)
{
    char src[1024];
    snprintf(src, sizeof src,
             "%s\n"
             "deliverable { id = 'KEEP-01', title = 't', workstream = 'integrity',\n"
             "  source = 't', due = 'every', check = function(doc, out, q)\n"
             "    %s\n"
             "    out:pass{}\n"
             "  end }\n",
             c->top, c->body);
    const char *names[] = {"keep.lua", NULL};
    const char *srcs[] = {src, NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    char *xml = t_example();
    for (int i = 0; i < 3; i++) {
        asr_return_report r;
        t_check(&e, xml, 0, &r);
        const asr_finding *f = t_find(&r, "KEEP-01");
        cr_assert_not_null(f);
        cr_expect_eq(f->outcome, ASR_PASS, "%s, return %d: %s", c->name, i + 1, f->message);
        asr_return_report_free(&r);
    }
    /* each return's judge ran in a new run of the file */
    cr_expect_eq(asr_lua_file_runs(e.lua), 3, "%s: %lu runs of the file for 3 returns", c->name,
                 asr_lua_file_runs(e.lua));
    free(xml);
    asr_engine_close(&e);
}

/* A rule that keeps nothing is not run again: its file's one run judges
 * every return (rules.c, rulestate.c), with its tables, helpers and
 * regional figures as the run left them; and two rules of one file, each
 * with its own run, never share what they keep. */
Test(sandbox, a_rule_that_keeps_nothing_runs_once)
{
    const char *names[] = {"calm.lua", NULL};
    const char *srcs[] = {
        "local LISTS = { { 'Header', 'Provider' }, { 'FIT', 'EndoscopyProvider' } }\n"
        "local function count(doc, l) return #doc:all(l[1] .. '/' .. l[2]) end\n"
        "local n = 0\n"
        "local cache = setmetatable({}, { __index = function(t, k) return k end })\n"
        "deliverable { id = 'CALM-01', title = 't', workstream = 'integrity',\n"
        "  source = 't', due = 'every', check = function(doc, out)\n"
        "    local seen = {}\n"
        "    for _, l in ipairs(LISTS) do seen[#seen + 1] = count(doc, l) .. cache.x end\n"
        "    if n ~= 0 then error('kept') end\n"
        "    out:pass{ detail = list(seen) }\n"
        "  end }\n"
        "deliverable { id = 'CALM-02', title = 't', workstream = 'integrity',\n"
        "  source = 't', due = 'every', check = function(doc, out)\n"
        "    if n ~= 0 then error('kept by CALM-02 or CALM-01: ' .. n) end\n"
        "    n = n + 1\n"
        "    out:pass{}\n"
        "  end }\n",
        NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    char *xml = t_example();
    for (int i = 0; i < 3; i++) {
        asr_return_report r;
        t_check(&e, xml, 0, &r);
        cr_expect_eq(t_find(&r, "CALM-01")->outcome, ASR_PASS, "%s",
                     t_find(&r, "CALM-01")->message);
        cr_expect_eq(t_find(&r, "CALM-02")->outcome, ASR_PASS, "%s",
                     t_find(&r, "CALM-02")->message);
        asr_return_report_free(&r);
    }
    /* CALM-01: one run for all three; CALM-02 keeps a count: one a return */
    cr_expect_eq(asr_lua_file_runs(e.lua), 1 + 3, "%lu runs of the file", asr_lua_file_runs(e.lua));
    free(xml);
    asr_engine_close(&e);
}

/* A rule file must declare the same each time it runs: one that declares
 * otherwise when it runs again, before a return, is an error naming it.
 * (The file tells the runs apart as only it could: a first load checks a
 * declaration, a re-run records its code unchecked.) */
Test(sandbox, a_file_declaring_otherwise_when_it_runs_again_is_an_error)
{
    const char *names[] = {"shifty.lua", NULL};
    const char *srcs[] = {"local again = pcall(deliverable, { id = 'NOT-01' })\n"
                          "deliverable { id = 'BAD-03', title = 't', workstream = 'integrity',\n"
                          "  source = 't', due = 'every', on_track = again and 'linear' or nil,\n"
                          "  check = function(doc, out) out:pass{} end }\n"
                          "deliverable { id = 'BAD-04', title = 't', workstream = 'integrity',\n"
                          "  source = 't', due = 'every',\n"
                          "  on_track = (not again) and function() return true end or nil,\n"
                          "  check = function(doc, out) out:pass{} end }\n"
                          "deliverable { id = 'BAD-05', title = 't', workstream = 'integrity',\n"
                          "  source = 't', due = 'every',\n"
                          "  on_track = again and function() return true end or 'linear',\n"
                          "  check = function(doc, out) out:pass{} end }\n",
                          NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    char *xml = t_example();
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    /* nil, then a value; a function, then none (the first load's would
     * run); a value, then a function */
    const char *ids[] = {"BAD-03", "BAD-04", "BAD-05"};
    for (int i = 0; i < 3; i++) {
        const asr_finding *f = t_find(&r, ids[i]);
        cr_assert_not_null(f);
        cr_expect_eq(f->outcome, ASR_ERROR, "%s: outcome %s (%s)", ids[i],
                     asr_outcome_name(t_catalogue(), f->outcome), f->message);
        char want[80];
        snprintf(want, sizeof want, "declares %s differently when it runs again", ids[i]);
        cr_expect_not_null(strstr(f->message, want), "%s", f->message);
    }
    asr_return_report_free(&r);
    free(xml);
    asr_engine_close(&e);
}

/* One rule's globals are its own: another rule cannot see or break them. */
Test(sandbox, rules_do_not_share_globals)
{
    const char *names[] = {"a.lua", "b.lua", NULL};
    const char *srcs[] = {
        "quarters = nil\nshared = 1\n"
        "deliverable { id = 'A-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out) out:pass{} end }\n",
        "deliverable { id = 'B-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    assert(quarters.number('Q3') == 3)\n"
        "    if pcall(function() return shared end) then error('saw shared') end\n"
        "  end }\n",
        NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    char *xml = t_example();
    asr_return_report r;
    t_check(&e, xml, 0, &r);
    cr_expect_eq(t_find(&r, "A-01")->outcome, ASR_PASS);
    const asr_finding *b = t_find(&r, "B-01");
    cr_expect_eq(b->outcome, ASR_PASS, "%s", b->message);
    asr_return_report_free(&r);
    free(xml);
    asr_engine_close(&e);
}

/* Check the example return (with edits, NULL-terminated, or none) against
 * one rule file whose rule `id` asserts what it tests: it must pass, and
 * runs = 2 checks the return twice on the same engine. */
static void expect_rule_passes(const char *file, const char *src, const char *id,
                               const char *const *edits, int runs)
{
    const char *names[] = {file, NULL};
    const char *srcs[] = {src, NULL};
    asr_engine e;
    t_engine_open(&e, t_rule_dir(names, srcs));
    char *base = t_example();
    char *xml = edits ? t_mutate(base, edits) : base;
    for (int run = 0; run < runs; run++) {
        asr_return_report r;
        t_check(&e, xml, 0, &r);
        const asr_finding *f = t_find(&r, id);
        cr_assert_not_null(f);
        cr_expect_eq(f->outcome, ASR_PASS, "%s, run %d: %s", id, run + 1, f->message);
        asr_return_report_free(&r);
    }
    if (xml != base)
        free(xml);
    free(base);
    asr_engine_close(&e);
}

/* The path walkers (resolved in C) agree with walking children() by hand,
 * one element gives one node (usable as a table key), and trim is Lua's %s.
 * Each assert names what it checks; the rule errors if one fails. */
Test(rule_api, paths_nodes_and_trim)
{
    const char *src =
        "local function kids(n, name)\n"
        "  local out = {}\n"
        "  for _, c in ipairs(n:children()) do\n"
        "    if name == '*' or c:name() == name then out[#out + 1] = c end\n"
        "  end\n"
        "  return out\n"
        "end\n"
        "deliverable { id = 'API-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    local want = {}\n"
        "    for _, s in ipairs(kids(doc:first('FasterDiagnosis'), '*')) do\n"
        "      for _, p in ipairs(kids(s, 'Provider')) do want[#want + 1] = p end\n"
        "    end\n"
        "    local got = doc:all('FasterDiagnosis/*/Provider')\n"
        "    assert(#want >= 8 and #got == #want, 'all: count ' .. #got .. ' vs ' .. #want)\n"
        "    for i = 1, #want do assert(got[i] == want[i], 'all: order at ' .. i) end\n"
        "    assert(rawequal(doc:first('Header'), doc:first('Header')), 'one node per element')\n"
        "    local mine = doc:all('Header/Provider')\n"
        "    local n = #mine\n"
        "    table.remove(mine, 1) mine[2] = false\n"
        "    local again = doc:all('Header/Provider')\n"
        "    assert(#again == n and again[2] and again[1] == doc:first('Header/Provider'), 'lists "
        "are copies')\n"
        "    local seen = { [doc:first('Header/Provider')] = true }\n"
        "    assert(seen[doc:provider('RRV')], 'a node is a table key')\n"
        "    assert(doc:get(\"Header/Provider[@code='RAP']/@tier\") == '1', 'predicate with "
        "value')\n"
        "    assert(doc:first('Header/Provider[@tier]'):attr('code') == 'RRV', 'predicate')\n"
        "    assert(doc:get('Header/Nope/@x') == nil and not doc:has('Header/Nope'), 'absent')\n"
        "    local ok, e = pcall(doc.num, doc, 'Header/Nope/@x')\n"
        "    assert(not ok and tostring(e):find('Header > Nope is absent', 1, true), tostring(e))\n"
        "    ok, e = pcall(doc.num, doc, 'Header/Provider/@nope')\n"
        "    assert(not ok and tostring(e):find('RRV > Nope is absent', 1, true), tostring(e))\n"
        "    local order, n = {}, 0\n"
        "    local function visit(x) order[#order + 1] = x for _, c in ipairs(x:children()) do "
        "visit(c) end end\n"
        "    visit(doc:first('Header'))\n"
        "    doc:first('Header'):walk(function(x) n = n + 1 assert(x == order[n], 'walk order at ' "
        ".. n) end)\n"
        "    assert(n == #order and n > 5, 'walk count ' .. n)\n"
        "    assert(trim('\\t\\n\\v\\f\\r a  b \\r\\n') == 'a  b', 'trim %s')\n"
        "    assert(trim('') == '' and trim('   ') == '' and trim('x') == 'x', 'trim edges')\n"
        "    assert(not pcall(trim, nil), 'trim(nil) is an error')\n"
        "  end }\n";
    expect_rule_passes("api.lua", src, "API-01", NULL, 1);
}

/* The typed getters (parsed in C) on edge values: what each accepts, the
 * Lua type it gives, and the malformed ones raising missing evidence. */
Test(rule_api, typed_getters)
{
    const char *src =
        "local function bad(f, n, p) local ok, e = pcall(f, n, p) return not ok and\n"
        "  tostring(e):find('which is not', 1, true) ~= nil end\n"
        "deliverable { id = 'GET-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    local i = doc:first('Header/ICB')\n"
        "    assert(math.type(i:num('@a')) == 'integer' and i:num('@a') == 12, 'num 12')\n"
        "    assert(i:num('@b') == 12.5 and i:pct('@b') == 12.5, 'num 12.5')\n"
        "    assert(math.type(i:num('@c')) == 'integer' and i:num('@c') == 0, 'num 0.0 is 0')\n"
        "    assert(bad(i.num, i, '@d') and bad(i.num, i, '@e') and bad(i.num, i, '@f'), '-0 .5 "
        "1e3')\n"
        "    assert(bad(i.pct, i, '@g') and i:pct('@h') == 100, 'pct 100.1, 100')\n"
        "    assert(i:int('@j') == 123456789012345 and bad(i.int, i, '@k'), 'int 15, 16 digits')\n"
        "    assert(i:bool('@l') == true and bad(i.bool, i, '@m'), 'bool')\n"
        "    assert(i:date('@n') == '2024-02-29' and bad(i.date, i, '@o'), 'leap day')\n"
        "    assert(bad(i.date, i, '@p') and i:text('@l') == 'true', 'month 13, text trims')\n"
        "    assert(i:num('@zz', 7) == 7 and bad(i.num, i, '@d'), 'default only when absent')\n"
        "  end }\n";
    const char *edits[] = {"<ICB code=\"QMJ\"",
                           "<ICB a=\"12\" b=\" 12.5 \" c=\"0.0\" d=\"-0\" e=\".5\" f=\"1e3\" "
                           "g=\"100.1\" h=\"100\" j=\"123456789012345\" k=\"1234567890123456\" "
                           "l=\" true \" m=\"True\" n=\"2024-02-29\" o=\"2023-02-29\" "
                           "p=\"2025-13-01\" code=\"QMJ\"",
                           NULL};
    expect_rule_passes("get.lua", src, "GET-01", edits, 1);
}

/* no_evidence and words, as rules and the narrative shape see them:
 * placeholders with and without trailing punctuation, long narratives (the
 * trailing punctuation is found from the end), and words as runs of
 * non-space characters. */
Test(rule_api, evidence_and_words)
{
    const char *src =
        "local long = string.rep('The pathway is live at three providers. ', 40)\n"
        "local PLACEHOLDERS = { 'TBC', 'tbc.', ' N/A ', 'n/a;', 'To follow...', '-', '?',\n"
        "  'See previous return.', 'none!!!', 'tbc' .. string.rep(',', 50), 'xxx', 'XXXX.',\n"
        "  'Lorem ipsum dolor sit amet', 'pending:', '...', '!!!', ' . ',\n"
        "  'Text: LOREM\\t\\n IPSUM, more', 'lorem\\u{a0}ipsum', long .. ' lorem ipsum.' }\n"
        "local EVIDENCE = { 'xx', 'tbc later', 'Done.', 'x.x', 'None of them are live.',\n"
        "  long, long .. '!!!', 'TBC' .. long, 'loremipsum', 'xlorem ipsum', 'lorem ipsums',\n"
        "  'tbc\\0', 'x\\0x', 'caf\\u{e9} lorem' }\n"
        "deliverable { id = 'EVI-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    assert(no_evidence(nil) == 'absent', 'absent')\n"
        "    assert(no_evidence(' \\t\\n ') == 'empty', 'empty')\n"
        "    for _, p in ipairs(PLACEHOLDERS) do\n"
        "      local state, seen = no_evidence(p)\n"
        "      assert(state == 'placeholder' and seen == trim(p), 'placeholder: ' .. p)\n"
        "    end\n"
        "    for _, t in ipairs(EVIDENCE) do\n"
        "      assert(no_evidence(t) == nil, 'evidence: ' .. t:sub(1, 40))\n"
        "    end\n"
        "    assert(select('#', no_evidence('Done.')) == 1, 'one nil for evidence')\n"
        "    local ok, e = pcall(no_evidence, 'caf\\xe9 lorem ipsum')\n"
        "    assert(not ok and tostring(e):find('UTF-8', 1, true), 'invalid UTF-8: ' .. tostring(e))\n"
        "    ok, e = pcall(no_evidence, 'caf\\xe9 notes')\n"
        "    assert(not ok and tostring(e):find('UTF-8', 1, true), 'invalid UTF-8 without lorem: ' .. tostring(e))\n"
        "    ok, e = pcall(no_evidence, 42)\n"
        "    assert(not ok and tostring(e):find('must be a string, got number', 1, true), tostring(e))\n"
        "    assert(words(nil) == 0 and words('') == 0 and words(' \\t ') == 0, 'no words')\n"
        "    assert(words('one') == 1, 'one word')\n"
        "    assert(words(' a  b\\tc\\nd\\r\\ne ') == 5, 'runs of non-space')\n"
        "    assert(words('caf\\u{e9} \\u{2014} na\\u{ef}ve') == 3, 'UTF-8 words')\n"
        "    assert(words(long) == 280 and words(42) == 1, 'long text, a number')\n"
        "  end }\n";
    expect_rule_passes("evi.lua", src, "EVI-01", NULL, 1);
}

/* re.* check a subject's UTF-8 once, not at every match (issue 16, item
 * 6): re.count and a re.find loop with init over a 1 MB string give the
 * right counts (before, each took minutes: the timeout is only a safety
 * net). The memo of the last subject never takes one string for another of
 * the same length, and an init inside a character is an error. */
Test(rule_api, regex_subject_checked_once, .timeout = 60)
{
    const char *src =
        "local big = string.rep('word caf\\u{e9} ', 104857)\n"
        "deliverable { id = 'RE-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    assert(#big > 1000000 and re.count(big, 'word') == 104857, 're.count')\n"
        "    local n, i = 0, 1\n"
        "    while true do\n"
        "      local a, b = re.find(big, 'w(or)d', '', i)\n"
        "      if not a then break end\n"
        "      n, i = n + 1, b + 1\n"
        "    end\n"
        "    assert(n == 104857, 're.find loop: ' .. n)\n"
        "    for k = 1, 200 do\n"
        "      local good = string.rep('a', 50) .. (k % 10)\n"
        "      local bad = string.rep('a', 50) .. '\\xff'\n"
        "      assert(re.count(good, 'a') == 50, 'good ' .. k)\n"
        "      local ok, e = pcall(re.count, bad, 'a')\n"
        "      assert(not ok and tostring(e):find('not valid UTF-8 at byte 50', 1, true), "
        "tostring(e))\n"
        "    end\n"
        "    local ok, e = pcall(re.find, 'caf\\u{e9}', '.', '', 5)\n"
        "    assert(not ok and tostring(e):find('inside a UTF-8 character', 1, true), "
        "tostring(e))\n"
        "    assert(re.find('caf\\u{e9}!', '.', '', 6) == 6, 'init at a boundary')\n"
        "  end }\n";
    expect_rule_passes("re.lua", src, "RE-01", NULL, 2);
}

/* Blocks move between the state's small-block pool and malloc as they grow
 * and shrink (tables rehash, strings of every size up to past the pool's
 * largest class): contents survive every move. Run twice, so the second
 * return reuses freed blocks. */
Test(rule_api, blocks_keep_their_contents)
{
    const char *src =
        "deliverable { id = 'MEM-01', title = 't', workstream = 'integrity', source = 't',\n"
        "  due = 'every', check = function(doc, out)\n"
        "    local keep = {}\n"
        "    for n = 1, 700 do\n"
        "      local s = string.rep(string.char(65 + n % 26), n)\n"
        "      keep[n] = s\n"
        "    end\n"
        "    for n = 1, 700 do\n"
        "      local s = keep[n]\n"
        "      assert(#s == n and s:byte(1) == 65 + n % 26 and s:byte(n) == 65 + n % 26, 'string ' "
        ".. n)\n"
        "    end\n"
        "    local t, sum = {}, 0\n"
        "    for i = 1, 600 do t[i] = i end\n"
        "    for i = 600, 1, -1 do t[i] = nil end\n"
        "    for k = 1, 600 do t['k' .. k] = k end\n"
        "    for k, v in pairs(t) do assert(k == 'k' .. v, 'key ' .. tostring(k)) sum = sum + v "
        "end\n"
        "    assert(sum == 600 * 601 // 2, 'sum ' .. sum)\n"
        "    local parts = {}\n"
        "    for i = 1, 300 do parts[i] = tostring(i) end\n"
        "    assert(#table.concat(parts, ',') == 1091, 'concat')\n"
        "  end }\n";
    expect_rule_passes("alloc.lua", src, "MEM-01", NULL, 2);
}

/* Rule files that cannot load: the engine refuses to open and says where. */
typedef struct load_case {
    const char *name;
    const char *src;
    long line;
    const char *phrase;
} load_case;

static load_case load_cases[] = {
    {"binary chunk", "\x1bLua\x54\x00 binary", 1, "compiled Lua bytecode"},
    {"syntax error", "deliverable {\n  id = 'X-01',,\n}\n", 2, "unexpected symbol"},
    {"unknown field",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'every', colour = 'red', check = function() end }\n",
     1, "unknown field 'colour'"},
    {"missing title",
     "\ndeliverable { id = 'X-01', workstream = 'integrity', source = 't', due = 'every',\n"
     "  check = function() end }\n",
     2, "missing required field 'title'"},
    {"bad due",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q5', check = function() end }\n",
     1, "due 'Q5'"},
    {"bad workstream",
     "deliverable { id = 'X-01', title = 't', workstream = 'finance', source = 't',\n"
     "  due = 'Q1', check = function() end }\n",
     1, "unknown workstream 'finance'"},
    {"no shape",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q1' }\n",
     1, "exactly one of check, each or narratives"},
    {"bad path",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q1', each = 'A/@b/C', meets = function() return true end }\n",
     1, "bad path"},
    {"each names an attribute",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q1', each = 'Header/@code', meets = function() return true end }\n",
     1, "names an attribute"},
    {"quote list with a hole",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q1', quote = { 'a', nil, 'c' }, check = function() end }\n",
     1, "quote must be the pack's sentence"},
    {"quote a number",
     "deliverable { id = 'X-01', title = 't', workstream = 'integrity', source = 't',\n"
     "  due = 'Q1', quote = 3, check = function() end }\n",
     1, "quote must be the pack's sentence"},
    {"declares nothing", "local x = 1\n", 0, "declares no deliverable"},
    {"runaway at load", "while true do end\n", 1, "instruction limit"},
};

ParameterizedTestParameters(loading, bad_files)
{
    return cr_make_param_array(load_case, load_cases, sizeof load_cases / sizeof load_cases[0]);
}

ParameterizedTest(load_case *c, loading, bad_files, .timeout = 20)
{
    const char *names[] = {"broken.lua", "good.lua", NULL};
    const char *srcs[] = {c->src, GOOD, NULL};
    const char *dir = t_rule_dir(names, srcs);
    asr_engine e;
    asr_errlist errs = {0};
    cr_assert_eq(asr_engine_open(&e, dir, &errs), -1, "%s: opened", c->name);
    cr_assert_geq(errs.n, 1);
    cr_expect_not_null(strstr(errs.v[0].file, "broken.lua"), "%s: file %s", c->name,
                       errs.v[0].file);
    cr_expect_eq(errs.v[0].line, c->line, "%s: line %ld (%s)", c->name, errs.v[0].line,
                 errs.v[0].message);
    cr_expect_not_null(strstr(errs.v[0].message, c->phrase), "%s: '%s' lacks '%s'", c->name,
                       errs.v[0].message, c->phrase);
    asr_errlist_free(&errs);
}

Test(loading, duplicate_ids_across_files)
{
    const char *names[] = {"a.lua", "b.lua", NULL};
    const char *srcs[] = {GOOD, GOOD, NULL};
    asr_engine e;
    asr_errlist errs = {0};
    cr_assert_eq(asr_engine_open(&e, t_rule_dir(names, srcs), &errs), -1);
    cr_assert_eq(errs.n, 1);
    cr_expect_not_null(strstr(errs.v[0].message, "OK-01 is already declared in"), "%s",
                       errs.v[0].message);
    cr_expect_not_null(strstr(errs.v[0].file, "b.lua"));
    asr_errlist_free(&errs);
}

/* The bundled catalogue loads and every rule has the metadata reports need. */
Test(loading, bundled_catalogue)
{
    asr_engine e;
    t_engine_open(&e, NULL);
    cr_assert_geq(e.rules.n, 18); /* and XML-02, built in */
    for (size_t i = 0; i < e.rules.n; i++) {
        const asr_rule *r = &e.rules.v[i];
        cr_expect(strlen(r->title) > 10 && strlen(r->source) > 5, "%s", r->id);
        cr_expect(r->line > 0, "%s has no line", r->id);
        if (i > 0)
            cr_expect_lt(asr_catalogue_id_cmp(&e.rules.cat, e.rules.v[i - 1].workstream,
                                              e.rules.v[i - 1].id, r->workstream, r->id),
                         0, "order %s %s", e.rules.v[i - 1].id, r->id);
    }
    cr_expect_eq(strlen(e.rules.version), 16);
    asr_engine_close(&e);
}

/* Catalogue order: by the catalogue's workstreams, then each workstream's ID
 * prefixes, then number; other prefixes after the known ones. */
Test(loading, catalogue_order)
{
    const asr_catalogue *c = t_catalogue();
    cr_expect_lt(asr_catalogue_id_cmp(c, "integrity", "XML-03", "cross-cutting", "FIN-01"), 0);
    cr_expect_lt(asr_catalogue_id_cmp(c, "cross-cutting", "FIN-06", "cross-cutting", "GOV-01"), 0);
    cr_expect_lt(
        asr_catalogue_id_cmp(c, "faster-diagnosis", "FD-URO-04", "faster-diagnosis", "FD-GYN-01"),
        0);
    cr_expect_lt(asr_catalogue_id_cmp(c, "early-diagnosis", "FIT-02", "early-diagnosis", "FIT-10"),
                 0);
    cr_expect_lt(asr_catalogue_id_cmp(c, "treatment-and-care", "WF-02", "local-plan", "LP-01"), 0);
    cr_expect_lt(asr_catalogue_id_cmp(c, "local-plan", "LP-02", "local-plan", "ZZ-01"), 0);
    /* A region's rule sits in its workstream, before the next workstream. */
    cr_expect_lt(
        asr_catalogue_id_cmp(c, "faster-diagnosis", "LDN-URO-01", "early-diagnosis", "FIT-01"), 0);
    cr_expect_gt(
        asr_catalogue_id_cmp(c, "faster-diagnosis", "LDN-URO-01", "faster-diagnosis", "FD-ALL-01"),
        0);
}
