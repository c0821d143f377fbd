-- prelude.lua: the rule API. Runs once per Lua state, trusted, before any
-- rule; returns the `host` table the C runner calls. Rules see only the
-- sandbox `base` built at the end of this file, through their own _ENV.
--
-- Sections: text helpers, labels, paths, typed evidence getters, quarters,
-- the finding collector, shapes (each/meets/judge, narratives), rule
-- declaration and validation, running, the sandbox.

local native = ...
local M = native.node_methods -- methods every node has (extended below)
local is_node = native.is_node
local native_resolve, native_all, native_descendants = native.resolve, native.all, native.descendants

local fmt, concat = string.format, table.concat
-- The base functions the runner calls for every rule and item, as locals:
-- a global is a table look-up by name at each use, a local (upvalue) not.
local type, ipairs, next, rawget, setmetatable, tostring, error, pcall, xpcall, select =
  type, ipairs, next, rawget, setmetatable, tostring, error, pcall, xpcall, select
-- The real string.find, match, gmatch and gsub (a rule's go through a guard
-- that refuses patterns; the prelude's patterns are its own): used below
-- where the runner calls them for every item or number.
local sfind, smatch, sgmatch, sgsub = native.find, native.match, native.gmatch, native.gsub

---------------------------------------------------------------- text helpers

local native_trim = native.trim
local function trim(s)
  if type(s) ~= "string" then error(fmt("trim(text): text must be a string, got %s", type(s)), 2) end
  return native_trim(s)
end

-- Returns nil when text is real evidence, else "absent", "empty" or
-- "placeholder" (and the placeholder seen): whitespace only, or a
-- placeholder (quarterly-return.md), tested in C (native.no_evidence says
-- which placeholders, and how).
local native_no_evidence = native.no_evidence
local function no_evidence(text)
  if text == nil then return "absent" end
  if type(text) ~= "string" then trim(text) end -- raises, naming the type
  return native_no_evidence(text)
end

-- Words are runs of non-space characters (deliverables.md), counted in C.
local native_words = native.words
local function words(text)
  return native_words(tostring(text or ""))
end

-- The words of text as a list: split("prostate bladder") = {"prostate", "bladder"}.
local function split(text)
  local out = {}
  for w in sgmatch(tostring(text or ""), "%S+") do out[#out + 1] = w end
  return out
end

-- Case-insensitive whole-word match of any term (ED-06, LWBC-08).
local function escape_re(s)
  return (sgsub(s, "[%^%$%(%)%%%.%[%]%*%+%-%?%{%}|\\/]", "\\%0"))
end
local function mentions(text, terms)
  if type(text) ~= "string" then return false end
  if type(terms) == "string" then terms = { terms } end
  for _, term in ipairs(terms) do
    local pat = "(?<!\\w)" .. sgsub(escape_re(term), " ", "\\s+") .. "(?!\\w)"
    if re.test(text, pat, "i") then return true, term end
  end
  return false
end

-- "RAP", "RAP and RKE", "RAP, RKE and RP4"
local function list(items)
  local n = #items
  if n == 0 then return "" end
  if n == 1 then return tostring(items[1]) end
  local head = {}
  for i = 1, n - 1 do head[i] = tostring(items[i]) end
  return concat(head, ", ") .. " and " .. tostring(items[n])
end

-- Numbers as people write them: 78.4, 80, 4,200,000 for money.
local function num_text(v)
  if math.type(v) == "integer" then return tostring(v) end
  if v == math.floor(v) and math.abs(v) < 1e15 then return fmt("%d", v) end
  return (sgsub((sgsub(fmt("%.2f", v), "0+$", "")), "%.$", ""))
end
local function thousands(n) -- 19950 -> "19,950"
  local sign, digits = smatch(fmt("%d", n), "^(-?)(%d+)$")
  return sign .. (sgsub((sgsub(digits:reverse(), "(%d%d%d)", "%1,")):reverse(), "^,", ""))
end
local function money(v) return "£" .. thousands(math.floor(v + 0.5)) end

----------------------------------------------------------------------- labels

-- Plain-English labels a reader can follow: "Faster diagnosis > Urology >
-- RAP > LAMP trained staff".
local ELEMENT_LABEL = {
  Header = "Header", Leads = "Leads", Finance = "Finance",
  OperationalPerformance = "Operational performance",
  FasterDiagnosis = "Faster diagnosis", FIT = "FIT",
  EarlyDiagnosis = "Early diagnosis", TreatmentVariation = "Treatment variation",
  LivingWithAndBeyondCancer = "Living with and beyond cancer",
  ExperienceOfCare = "Experience of care", Workforce = "Workforce",
  LocalPlan = "Local plan", ReferralsWithFIT = "Referrals with FIT",
  ColonoscopiesWithoutFIT = "Colonoscopies without FIT",
  LowRiskColonoscopies = "Low-risk colonoscopies",
  EndoscopyProvider = "Endoscopy provider", ICBTarget = "ICB target",
  QIPlan = "QI plan", SACTDemandCapacity = "SACT demand and capacity",
  PSFUTracking = "PSFU tracking", COSDSubmission = "COSD submission",
  EOTS = "End of treatment summaries", CPES = "CPES", CIC = "CIC",
  PPVPartner = "PPV partner", ACCEND = "ACCEND", Lung62Day = "Lung 62-day",
  SkinFDS = "Skin FDS", ICB = "ICB",
}
local ACRONYM = {
  lamp = "LAMP", fds = "FDS", fit = "FIT", bau = "BAU", cwt = "CWT", pig = "PIG",
  hrt = "HRT", ndrs = "NDRS", rcrd = "RCRD", icb = "ICB", psfu = "PSFU",
  usc = "USC", sact = "SACT", qi = "QI", ppv = "PPV", cpes = "CPES",
  ["31d"] = "31-day", ["62d"] = "62-day", nedi = "NEDi", eots = "EOTS",
  gbp = "GBP", id = "ID",
}
local ID_ATTRS = { "code", "id", "tumour", "stage", "area", "intervention", "role" }

-- The labels are made in C (lua_label.c): humanise(name) gives a name's
-- words ("lampTrainedStaff" -> "LAMP trained staff"), identity(node) the
-- first of node's ID_ATTRS it has, label_of(node, attr) the place
-- ("Faster diagnosis > Urology > RAP > LAMP trained staff"; "the return"),
-- memoised until forget_labels() (host.begin, for each return).
local humanise, identity, label_of, forget_labels = native.labels(ELEMENT_LABEL, ACRONYM, ID_ATTRS)

------------------------------------------------------------------------ paths

local current_root_node -- the current document's root (set by host.begin)

-- A path is steps separated by "/": Name, Name[@a='v'], Name[@a], and a
-- last step @attr. Compiled once per distinct path string.
local path_cache = {}

-- The lists of organisations keyed by @code name each once: a repeated
-- code is the same organisation (XML-03 names the repeat), so these paths
-- from the root give each code's first element in its list only, and a rule
-- that counts providers ("2 of 4") counts each once.
local KEYED = { ["Header/Provider"] = true, ["Header/ICB"] = true,
  ["FasterDiagnosis/Urology/Provider"] = true, ["FasterDiagnosis/Gynaecology/Provider"] = true,
  ["FasterDiagnosis/Breast/Provider"] = true, ["FasterDiagnosis/Skin/Provider"] = true,
  ["FIT/EndoscopyProvider"] = true }

local function compile_path(path)
  local c = path_cache[path]
  if c then return c end
  if type(path) ~= "string" or path == "" then
    error(fmt("a path must be a non-empty string, got %s", tostring(path)), 3)
  end
  c = { steps = {}, flat = {}, text = path }
  if path == "." then -- the node itself: its own text
    path_cache[path] = c
    return c
  end
  local pieces = {}
  for piece in (path .. "/"):gmatch("([^/]*)/") do pieces[#pieces + 1] = piece end
  for i, piece in ipairs(pieces) do
    if piece:sub(1, 1) == "@" then
      if i ~= #pieces or not piece:match("^@[%w_%-]+$") then
        error(fmt("bad path '%s': an @attribute may only be the last step", path), 3)
      end
      c.attr = piece:sub(2)
    else
      local name, pred = piece:match("^([%w_%-%*]+)(.*)$")
      if not name then error(fmt("bad path '%s': step '%s'", path, piece), 3) end
      local step = { name = name }
      if pred ~= "" then
        local a, q, v = pred:match("^%[@([%w_%-]+)%s*=%s*(['\"])(.-)%2%]$")
        if a then
          step.attr, step.value = a, v
        else
          a = pred:match("^%[@([%w_%-]+)%]$")
          if not a then error(fmt("bad path '%s': predicate '%s'", path, pred), 3) end
          step.attr = a
        end
      end
      c.steps[#c.steps + 1] = step
    end
  end
  -- The flat form the native walkers read: name, attr, value per step;
  -- and whether the steps' names are a KEYED list's (all_of).
  c.flat = {}
  local names = {}
  for i, st in ipairs(c.steps) do
    c.flat[3 * i - 2], c.flat[3 * i - 1], c.flat[3 * i] = st.name, st.attr or false, st.value or false
    names[i] = st.name
  end
  c.keyed = KEYED[concat(names, "/")] == true
  path_cache[path] = c
  return c
end

-- All elements at path below node (the path must not end in @attr).
-- Paths from the root are resolved once per document (rules share them);
-- each caller gets its own copy of the list.
local root_paths = {} -- path -> nodes, for the current document's root
-- nodes less any whose code came earlier in its parent's list (a filter in
-- the path may have dropped the first: the later one still does not count).
local function first_by_code(nodes, name)
  local out, firsts = {}, {} -- parent -> code -> its first element
  for _, n in ipairs(nodes) do
    local c, parent = native.attr(n, "code"), n:parent()
    local f = firsts[parent]
    if f == nil then
      f = {}
      for _, s in ipairs(parent:children(name)) do
        local sc = native.attr(s, "code")
        if sc and f[sc] == nil then f[sc] = s end
      end
      firsts[parent] = f
    end
    if c == nil or f[c] == n then out[#out + 1] = n end
  end
  return out
end
-- The elements at path below node, as compiled in c. For the root the list
-- is the cached one: callers must not change it (M.all hands out copies).
local function all_of(node, path, c)
  if current_root_node ~= node then return native_all(node, c.flat) end
  local cached = root_paths[path]
  if cached == nil then
    cached = native_all(node, c.flat)
    if c.keyed then cached = first_by_code(cached, c.steps[#c.steps].name) end
    root_paths[path] = cached
  end
  return cached
end

function M.all(node, path)
  local c = path_cache[path] or compile_path(path) -- the cache looked in here: one call fewer
  if c.attr then error(fmt("all('%s'): a path to an attribute names no elements", path), 2) end
  local nodes = all_of(node, path, c)
  if current_root_node ~= node then return nodes end -- a fresh list
  local copy = {}
  for i = 1, #nodes do copy[i] = nodes[i] end
  return copy
end

-- The first element at path, or nil.
function M.first(node, path)
  local c = path_cache[path] or compile_path(path) -- the cache looked in here: one call fewer
  if c.attr then error(fmt("first('%s'): a path to an attribute names no elements", path), 2) end
  return all_of(node, path, c)[1]
end

-- Resolve a path to (value, element, attr) where value is the attribute
-- value or the element's text; nil value when absent. Also returns the
-- deepest element reached and the name that was missing, for messages.
local function resolve(node, path)
  local c = path_cache[path] or compile_path(path) -- the cache looked in here: one call fewer
  return native_resolve(node, c.flat, c.attr)
end

function M.has(node, path)
  return (resolve(node, path)) ~= nil
end

-- The raw string at path, or nil.
function M.get(node, path)
  return (resolve(node, path))
end

function M.label(node, attr) return label_of(node, attr) end

-- The subject a node stands for: its code, provider, ICB, id, tumour ...
function M.subject(node)
  return identity(node) or node:attr("provider") or node:attr("icb") or node:name()
end

---------------------------------------------------------- evidence signals

-- A rule that reads absent or malformed evidence raises a signal; the
-- runner turns it into a `missing` item with a precise message and prompt.
local Signal = {}
Signal.__index = Signal
Signal.__tostring = function(s) return s.message end
Signal.__metatable = false -- getmetatable(caught signal) gives no shared table
local signals = setmetatable({}, { __mode = "k" }) -- the signals this prelude made

local function what_of(node, attr, missing_step)
  if missing_step and missing_step:sub(1, 1) ~= "@" then
    local name = ELEMENT_LABEL[missing_step] or humanise(missing_step)
    local where = label_of(node)
    return where == "the return" and name or (where .. " > " .. name)
  end
  return label_of(node, attr)
end

local function signal(kind, node, attr, missing_step, value, expected, write)
  local what = what_of(node, attr, missing_step)
  local s = setmetatable({ kind = kind, node = node, attr = (missing_step == nil or
      missing_step:sub(1, 1) == "@") and attr or nil, what = what, value = value }, Signal)
  signals[s] = true
  -- The message says what is wrong where; the prompt only what to write,
  -- and when (the next return), without saying it again.
  local need = write and (": " .. write .. ".") or "."
  if kind == "absent" then
    s.message = what .. " is absent"
    s.prompt = "Add it in the next return" .. need
  elseif kind == "empty" then
    s.message = what .. " is empty"
    s.prompt = "Fill it in for the next return" .. need
  elseif kind == "placeholder" then
    s.message = fmt("%s holds only the placeholder '%s'", what, value)
    s.prompt = "Write real evidence there in the next return" .. need
  elseif kind == "fraction" then
    s.message = fmt("%s is %s, which looks like a fraction, not a percentage (see XML-05)", what, value)
    s.prompt = "Write it as a percentage from 0 to 100 (84 for 84%) in the next return."
  elseif kind == "toolong" then
    s.message = fmt("%s is %s bytes long, more than the %s bytes assure reads of %s", what,
      thousands(value), thousands(expected), attr and "a value" or "a text")
    s.prompt = "Shorten it in the next return" .. need
  else -- malformed
    s.message = fmt("%s is '%s', which is not %s", what, value, expected)
    s.prompt = fmt("Write it as %s in the next return.", expected)
  end
  return s
end

local function raise(s) error(s, 0) end
-- Only a signal made above: a rule's own table cannot pass for one (the
-- lookup is raw by identity, so no metamethod of e runs).
local function is_signal(e) return type(e) == "table" and rawget(signals, e) == true end

-- Typed getters. n:num(path) raises a missing-evidence signal when the value
-- is absent or malformed; n:num(path, default) returns default when absent
-- (a malformed value still raises).
-- The value is found, trimmed and parsed in C (native.get); a failure comes
-- back as why ("absent", "empty" or "malformed") with where, for the signal.
-- Numbers are digits with an optional fraction, as the schema's number
-- types: no sign, exponent, comma or percent sign (-0, +84.1, .5, 84., 1e400,
-- 12,5, 50%), at most 20 characters; whole numbers at most 15 digits; dates
-- real ones as YYYY-MM-DD.
-- A percentage written as a fraction (0.84 for 84%) passes the schema but
-- is no real figure: a value 0.x, unless its element's figures written with
-- a decimal point add up to about 100 (90 to 110: shares of a whole, such
-- as FIT's banding, where under 1% is real). XML-05 names each; the pct
-- getter treats one as missing, pointing there.
local native_fraction = native.fraction
local function looks_like_fraction(node, attr)
  local known = native_fraction(node, attr) -- the same test in C, for a node and a name
  if known ~= nil then return known end
  local value = node:attr(attr)
  if type(value) ~= "string" or not smatch(value, "^0%.%d+$") or tonumber(value) == 0 then
    return false
  end
  local sum = 0
  for _, a in ipairs(node:attrs()) do
    local v = node:attr(a)
    if smatch(v, "^%d+%.%d+$") then sum = sum + tonumber(v) end
  end
  return not (sum >= 90 and sum <= 110)
end

-- fractions(node, f): f(e, attr) for each attribute of node and the
-- elements below it, in document order, that looks_like_fraction: XML-05's
-- walk, with the test made in C (native.fractions) and no node made for an
-- element without one. A value past its bound raises where the walk reached
-- it, after the ones before it, as looks_like_fraction on each would.
local native_fractions = native.fractions
local function fractions(node, f)
  if not is_node(node) then error("fractions: the first argument must be a node", 2) end
  local found, over, attr, len, max = native_fractions(node)
  for i = 1, #found, 2 do f(found[i], found[i + 1]) end
  if over then error(signal("toolong", over, attr, nil, len, max), 0) end
end

local native_get = native.get
local function getter(kind, expected)
  return function(node, path, ...)
    local c = path_cache[path] or compile_path(path) -- the cache looked in here: one call fewer
    local ok, v, raw, at, attr, missing = native_get(node, c.flat, c.attr, kind)
    if ok then
      if kind == "pct" and v > 0 and v < 1 then
        local _, el, a = resolve(node, path)
        if el and a and looks_like_fraction(el, a) then
          raise(signal("fraction", el, a, nil, el:attr(a)))
        end
      end
      return v
    end
    if v ~= "malformed" and select("#", ...) > 0 then return (...) end
    if v == "absent" then raise(signal("absent", at, attr, missing)) end
    if v == "empty" then raise(signal("empty", at, attr)) end
    raise(signal("malformed", at, attr, nil, raw, expected))
  end
end

M.num = getter("num", "a number")
M.pct = getter("pct", "a percentage from 0 to 100")
M.int = getter("int", "a whole number")
M.gbp = M.int
M.bool = getter("bool", "true or false")
M.date = getter("date", "a date (YYYY-MM-DD)")
M.text = getter("text", "text")

function M.enum(node, path, allowed, ...)
  if type(allowed) ~= "table" then error("enum(path, {values...}): values must be a list", 2) end
  local v = M.text(node, path, ...)
  if v == nil or v == (...) then return v end
  for _, a in ipairs(allowed) do if v == a then return v end end
  local _, at, attr = resolve(node, path)
  raise(signal("malformed", at, attr, nil, v, "one of " .. concat(allowed, ", ")))
end

-- Narrative evidence: returns the trimmed text, or raises a signal saying
-- whether it is absent, empty or a placeholder. `write` says what the
-- alliance should write, and goes into the prompt.
function M.evidence(node, path, write)
  local raw, at, attr, missing = resolve(node, path)
  local state, ph = no_evidence(raw)
  if state == nil then return trim(raw) end
  if state == "absent" then raise(signal("absent", at, attr, missing, nil, nil, write)) end
  raise(signal(state, at, attr, nil, ph, nil, write))
end

-- Non-raising: "present", "absent", "empty" or "placeholder", then the text.
function M.evidence_state(node, path)
  local raw = resolve(node, path)
  local state = no_evidence(raw)
  return state or "present", raw and trim(raw) or nil
end

------------------------------------------------------------- the catalogue

-- The catalogue's facts (rules/catalogue.lua), read by host.catalogue_env
-- before any rule loads. The tables are filled in place, so everything below
-- reads them from here and nothing else lists outcomes, workstreams or years.
local ORDER = {}          -- outcome -> its place, least severe 0
local OUTCOMES = {}       -- the outcomes a rule may give, in summary order
local WORKSTREAMS, WORKSTREAM_SET = {}, {}
local SCHEMA_RANK = {}    -- schema version -> 1 (oldest), 2, ...
local SCHEMAS = {}        -- versions, oldest first
local YEAR = {}           -- "2025/26" -> { name =, first = 2025, { "Q1", starts, ends }, ... }
local YEARS = {}          -- year names, in order
local QNAMES = {}         -- the quarters' names, "Q1" .. "Q4"
local TOLERANCE = {}      -- name -> { value =, default =, unit =, means =, set_by =, reason = }
local TOLERANCES = {}     -- names, in the catalogue's order
local current = {}        -- the return being judged (host.begin)

---------------------------------------------------------------- quarters

local quarters = {}
quarters.names = QNAMES
quarters.years = YEARS

local QNUMBER = {} -- "Q1" -> 1 ... (host.catalogue_done fills it with QNAMES)
function quarters.number(q)
  if type(q) == "number" and QNAMES[q] then return q end
  return QNUMBER[q]
end

function quarters.name(n) return QNAMES[n] end

-- The linear on-track line: by quarter q, ceil(total * q / 4) must be met.
function quarters.line(total, q)
  return (total * q + 3) // 4
end

-- "2025/26" -> 2025, or nil when it is not a financial year.
local function year_first(name)
  local y1, y2 = tostring(name):match("^(%d%d%d%d)/(%d%d)$")
  if not y1 or (tonumber(y1) + 1) % 100 ~= tonumber(y2) then return nil end
  return tonumber(y1)
end

-- A period as one comparable number: key("2025/26", 3) = 20253.
function quarters.key(year, q)
  local first, n = year_first(year), quarters.number(q)
  return first and n and first * 10 + n or nil
end

-- First and last day of quarter q of a calendar year (default: the year of
-- the return being judged), or nil for a year the calendar does not have.
local function quarter_dates(q, year, what)
  year = year or current.year
  if year == nil then
    error(fmt("quarters.%s(q, year): give the year (no return is being judged)", what), 3)
  end
  local y, n = YEAR[year], quarters.number(q)
  local dates = y and n and y[n]
  return dates and dates[what == "starts" and 2 or 3] or nil
end
function quarters.starts(q, year) return quarter_dates(q, year, "starts") end
function quarters.ends(q, year) return quarter_dates(q, year, "ends") end

-- Milestone/@due: "Q2 25/26", "Q1-2 25/26", "Q1 25/26 onwards". Returns
-- { first = 1, last = 2, onwards = false, year = "25/26", from = 20251,
-- to = 20252 } (from and to as quarters.key gives them), or nil.
function quarters.parse_due(s)
  if type(s) ~= "string" then return nil end
  local a, b, y1, y2, rest = s:match("^Q([1-4])%-?([1-4]?) (%d%d)/(%d%d)(.*)$")
  if not a or (tonumber(y1) + 1) % 100 ~= tonumber(y2) then return nil end
  local first, last = tonumber(a), tonumber(b ~= "" and b or a)
  if last < first then return nil end
  local onwards = rest == " onwards"
  if rest ~= "" and not onwards then return nil end
  if onwards and b ~= "" then return nil end
  local base = (2000 + tonumber(y1)) * 10
  return { first = first, last = last, onwards = onwards, year = y1 .. "/" .. y2,
    from = base + first, to = base + last }
end

------------------------------------------------------------ the collector

-- A finding collector: rules add items, the runner aggregates them.
local Out = {}
Out.__index = Out
Out.__metatable = false -- getmetatable(out) gives no shared table to change

local function new_out()
  return setmetatable({ items = {}, vars = {} }, Out)
end

-- Add an item the runner built itself (checked already; Out:add checks a
-- rule's).
local function add_item(out, outcome, at, subject, detail, prompt, attr)
  local item = { outcome = outcome, at = at, attr = attr, detail = detail, prompt = prompt }
  item.subject = subject ~= nil and tostring(subject)
      or (at and (identity(at) or at:attr("provider") or at:attr("icb"))) or nil
  local items = out.items
  items[#items + 1] = item
  return item
end

local ITEM_KEYS = { subject = true, at = true, attr = true, detail = true, prompt = true }

-- A rule's outcome and item node, checked; errors name the caller's caller.
local function check_outcome(outcome)
  if ORDER[outcome] == nil or outcome == "error" then
    error(fmt("unknown outcome '%s' (use %s)", tostring(outcome), concat(OUTCOMES, ", ")), 3)
  end
end
local function check_at(at)
  if at ~= nil and not is_node(at) then error("item field 'at' must be a node", 3) end
end

function Out:add(outcome, t)
  check_outcome(outcome)
  t = t or {}
  if type(t) == "string" then t = { detail = t } end
  if type(t) ~= "table" then error("an item is a table {subject=, at=, detail=, prompt=}", 2) end
  for k in pairs(t) do
    if not ITEM_KEYS[k] then error(fmt("unknown item field '%s'", tostring(k)), 2) end
  end
  check_at(t.at)
  return add_item(self, outcome, t.at, t.subject, t.detail, t.prompt, t.attr)
end

-- Template variables for say = {...} texts.
function Out:set(k, v) self.vars[k] = v end

-- Record a missing-evidence signal as an item.
function Out:signal(s, subject)
  local item = add_item(self, "missing", s.node, subject, s.message, s.prompt, s.attr)
  item.evidence = true
  return item
end

-- Narrative check as an item: returns the text, or nil after adding a
-- `missing` item that says whether it is absent, empty or a placeholder.
function Out:evidence(node, path, write, subject)
  local ok, v = pcall(M.evidence, node, path, write)
  if ok then return v end
  if not is_signal(v) then error(v, 0) end
  self:signal(v, subject)
  return nil
end

-- Run f(...) and turn a missing-evidence signal into an item; returns
-- ok (true if no signal) and f's results.
local function settle(out, subject, ok, ...)
  if ok then return true, ... end
  local e = ...
  if not is_signal(e) then error(e, 0) end
  out:signal(e, subject)
  return false
end
function Out:try(subject, f, ...)
  return settle(self, subject, pcall(f, ...))
end

------------------------------------------------------------ rule declaration

local FIELDS = {
  id = "string", title = "string", workstream = "string", source = "string",
  due = "string", check = "function", each = "string", where = "function",
  subject = "string", meets = "function", judge = "function", on_track = "any",
  none = "string", say = "table", narratives = "table", note = "string",
  checks = "string", from = "string", to = "string", schema = "string",
  row = "string", quote = "any", history = "boolean",
}
local FIELD_NAMES = {}
for k in pairs(FIELDS) do FIELD_NAMES[#FIELD_NAMES + 1] = k end
table.sort(FIELD_NAMES)

local function check_say(say)
  for k, v in pairs(say) do
    if ORDER[k] == nil or k == "error" then
      return fmt("say: unknown outcome '%s' (use %s)", tostring(k), concat(OUTCOMES, ", "))
    end
    if type(v) == "string" then
      say[k] = { message = v }
    elseif type(v) ~= "table" then
      return fmt("say.%s must be a string or {message=, prompt=}", k)
    else
      for f, t in pairs(v) do
        if (f ~= "message" and f ~= "prompt") or type(t) ~= "string" then
          return fmt("say.%s: only message and prompt strings are allowed", k)
        end
      end
    end
  end
end

-- A plain copy of what a file declares: its tables copied raw (no
-- metamethod of theirs runs, no metatable is kept) and at most 8 deep, so
-- the runner and the C side read only what the file wrote, and nothing the
-- file keeps can change it later. Returns the copy, or nil and a message.
local function plain(v, what, depth)
  if type(v) ~= "table" then return v end
  depth = depth or 1
  if depth > 8 then return nil, fmt("%s nests tables more than 8 deep (or holds itself)", what) end
  local c = {}
  for k, x in next, v do
    if type(k) == "table" then return nil, fmt("%s uses a table as a key", what) end
    local y, msg = plain(x, what, depth + 1)
    if msg then return nil, msg end
    c[k] = y
  end
  return c
end

-- Validate a declaration key by key; returns nil or a message.
local function validate(def)
  for k, v in pairs(def) do
    local want = FIELDS[k]
    if want == nil then
      return fmt("unknown field '%s' (known: %s)", tostring(k), concat(FIELD_NAMES, ", "))
    end
    if want ~= "any" and type(v) ~= want then
      return fmt("field '%s' must be a %s, not a %s", k, want, type(v))
    end
  end
  for _, k in ipairs({ "id", "title", "workstream", "source", "due" }) do
    if def[k] == nil or def[k] == "" then return fmt("missing required field '%s'", k) end
  end
  if not def.id:match("^[A-Z][A-Z0-9]*%-[A-Z0-9%-]*%d$") then
    return fmt("id '%s' is not of the form AREA-NN (e.g. FD-URO-01)", def.id)
  end
  if not WORKSTREAM_SET[def.workstream] then
    return fmt("unknown workstream '%s' (use %s)", def.workstream, concat(WORKSTREAMS, ", "))
  end
  if def.due ~= "every" and not quarters.number(def.due) then
    return fmt("due '%s' must be %s or every", def.due, concat(QNAMES, ", "))
  end
  -- Effective dates: "2025/26 Q1" (from) .. "2025/26 Q4" (to), inclusive.
  for _, k in ipairs({ "from", "to" }) do
    if def[k] then
      local y, q = def[k]:match("^(%S+) (%S+)$")
      def[k .. "_key"] = y and quarters.key(y, q)
      if not def[k .. "_key"] then
        return fmt("%s '%s' must be a financial year and quarter such as '%s %s'", k, def[k],
          YEARS[1], QNAMES[1])
      end
    end
  end
  if def.quote ~= nil then
    local q = def.quote
    if type(q) == "table" then
      local n, list = 0, {}
      for k, v in next, q do
        n = n + 1
        if math.type(k) ~= "integer" or type(v) ~= "string" or v == "" then n = -1; break end
        list[k] = v
      end
      if n < 1 or #list ~= n then q = nil else def.quote = list end
    end
    if type(q) ~= "string" and type(q) ~= "table" then
      return "quote must be the pack's sentence (a string) or a list of them"
    end
  end
  if def.schema and not SCHEMA_RANK[def.schema] then
    return fmt("schema '%s' is not a schema version of the catalogue (%s)", def.schema, concat(SCHEMAS, ", "))
  end
  if def.from_key and def.to_key and def.from_key > def.to_key then
    return fmt("from '%s' is after to '%s'", def.from, def.to)
  end
  local shapes = (def.check and 1 or 0) + (def.each and 1 or 0) + (def.narratives and 1 or 0)
  if shapes ~= 1 then return "give exactly one of check, each or narratives" end
  if def.each and not (def.meets or def.judge) then
    return "each needs meets (true/false per item) or judge (an outcome per item)"
  end
  if def.meets and def.judge then return "give meets or judge, not both" end
  if (def.meets or def.judge or def.where) and not def.each then
    return "meets, judge and where go with each"
  end
  if def.on_track ~= nil and def.on_track ~= "linear" and type(def.on_track) ~= "function" then
    return "on_track must be \"linear\" or a function(item, q)"
  end
  if def.none ~= nil and (ORDER[def.none] == nil or def.none == "error") then
    return fmt("none: unknown outcome '%s'", def.none)
  end
  if def.say then
    local e = check_say(def.say)
    if e then return e end
  end
  if def.each then
    local ok, e = pcall(compile_path, def.each)
    if not ok then return tostring(e) end
    if e.attr then return fmt("each = '%s' names an attribute; it must name elements", def.each) end
  end
end

--------------------------------------------------------------------- running

-- Per-document facts, computed once in host.begin.
current = { root = nil, q = nil, providers = {}, by_code = {}, icbs = {}, icb_by_code = {} }

local function copy(t)
  local c = {}
  for i, v in ipairs(t) do c[i] = v end
  return c
end

-- Header providers and ICBs (copies: a rule may change its own list).
function M.providers(node) return copy(current.providers) end
function M.provider(node, code) return current.by_code[code] end
function M.icbs(node) return copy(current.icbs) end
function M.icb(node, code) return current.icb_by_code[code] end

-- The document's root element (QuarterlyReturn).
function M.root(node) return current.root end

-- With --history: the root of the alliance's previous quarterly return, or
-- nil when there is none.
function M.previous(node) return current.previous end

-- Elements at path keyed by an attribute's value (first wins), built once
-- per document when asked of the root: doc:index("FIT/EndoscopyProvider",
-- "code")["RAP"]. Read-only; look up by key (pairs does not list it).
function M.index(node, path, attr)
  local cache = (node == current.root and current.indexes)
      or (current.previous and node == current.previous and current.prev_indexes) or nil
  local by_attr = cache and cache[path]
  if by_attr and by_attr[attr] then return by_attr[attr] end
  local c = path_cache[path] or compile_path(path) -- the cache looked in here: one call fewer
  if c.attr then error(fmt("index('%s'): a path to an attribute names no elements", path), 2) end
  local t = {}
  for _, n in ipairs(all_of(node, path, c)) do
    local v = n:attr(attr)
    if v ~= nil and t[v] == nil then t[v] = n end
  end
  local ro = setmetatable({}, { __index = t, __newindex = function()
    error("an index is read-only", 2) end, __metatable = false })
  if cache then
    if by_attr == nil then by_attr = {}; cache[path] = by_attr end
    by_attr[attr] = ro
  end
  return ro
end

-- Visit every element below node, depth first, in document order.
function M.walk(node, f, ...)
  for _, n in ipairs(native_descendants(node, ...)) do f(n) end
end

local function new_q(rule)
  local n = current.q
  local due = QNUMBER[rule.due] -- nil for "every"
  return {
    n = n, name = QNAMES[n], due = due, due_name = due and QNAMES[due] or "every quarter",
    is_due = due == nil or n >= due,
    year = current.year, key = current.key, starts = current.starts, ends = current.ends,
    line = current.line, -- one closure per return, not per rule
  }
end

local function subject_of(rule, node)
  if rule.subject then
    local v = M.get(node, rule.subject)
    if v ~= nil and v ~= "" then return v end
    -- the attribute that names it is absent (XML-02 says so): name the element
    -- by its line, not by another attribute that names something else
    return fmt("%s on line %d", node:name(), node:line())
  end
  return M.subject(node)
end

-- Why a list path came out empty: "Faster diagnosis is absent" or
-- "Faster diagnosis > Urology lists no Provider". c: the compiled path.
local function why_none(root, c)
  local _, cur, _, _, i = native_resolve(root, c.flat, nil) -- i: the step that matched nothing
  if i == nil then return "nothing is listed", cur end
  local step = c.steps[i]
  local name = ELEMENT_LABEL[step.name] or humanise(step.name)
  local where = label_of(cur)
  if i == #c.steps then
    return (where == "the return" and "the return" or where) .. " lists no " .. name
        .. (step.attr and fmt(" with %s%s", humanise(step.attr), step.value and (" = " .. step.value) or "") or ""),
        cur, false
  end
  return (where == "the return" and "" or (where .. " > ")) .. name .. " is absent", cur, true
end

-- The `each` shape: items at a path, optionally filtered by `where`, judged
-- by meets (true/false) or judge (an outcome), with on-track logic before
-- the due quarter.
local function run_each(rule, root, out, q)
  local c = compile_path(rule.each)
  local nodes = all_of(root, rule.each, c)
  local total, met, unmet = 0, 0, {}
  for _, node in ipairs(nodes) do
    local subject = subject_of(rule, node)
    local keep = true
    if rule.where then
      local ok, v = out:try(subject, rule.where, node, q)
      keep = ok and v
    end
    if keep then
      total = total + 1
      if rule.judge then
        local ok, outcome, detail, prompt, at = out:try(subject, rule.judge, node, q)
        if ok then
          if outcome == nil then
            error(fmt("judge returned no outcome for %s", subject), 0)
          end
          check_outcome(outcome)
          check_at(at)
          add_item(out, outcome, at or node, subject, detail, prompt)
          if outcome == "pass" then met = met + 1 end
        end
      else
        local ok, yes, detail = out:try(subject, rule.meets, node, q)
        if ok then
          if yes then
            met = met + 1
            add_item(out, "pass", node, subject, detail)
          else
            unmet[#unmet + 1] = { node = node, subject = subject, detail = detail }
          end
        end
      end
    end
  end
  for _, u in ipairs(unmet) do
    local outcome
    if q.is_due then
      outcome = "fail"
    elseif rule.on_track == "linear" then
      outcome = (met < q.line(total)) and "at-risk" or "not-due"
    elseif type(rule.on_track) == "function" then
      outcome = rule.on_track(u.node, q) and "not-due" or "at-risk"
    else
      outcome = "not-due"
    end
    add_item(out, outcome, u.node, u.subject, u.detail)
  end
  out.vars.total, out.vars.met, out.vars.unmet = total, met, #unmet
  out.vars.line = q.line(total)
  if total == 0 then
    -- A section that holds the evidence is absent: missing, whatever the
    -- rule says of an empty list; not-applicable only when it is there and
    -- nothing in it qualifies.
    local why, at, section_absent = why_none(root, c)
    local outcome = section_absent and "missing" or rule.none or (rule.where and "not-applicable" or "missing")
    out.vars.none = why
    local item = out:add(outcome, { at = at, subject = false, detail = why,
      prompt = outcome == "missing" and fmt("Add the %s that this deliverable needs (%s).",
        ELEMENT_LABEL[c.steps[#c.steps].name] or humanise(c.steps[#c.steps].name),
        label_of(at) == "the return" and rule.each or (label_of(at) .. " > " .. rule.each:match("[^/]+$"))) or nil })
    item.subject = nil
    item.none = true
    item.evidence = section_absent -- assure's own words say what is absent
  end
end

-- The `narratives` shape: { {path=, write=, min_words=, subject=}, ... }
local function run_narratives(rule, root, out)
  for _, n in ipairs(rule.narratives) do
    local text = out:evidence(root, n.path, n.write, n.subject)
    if text then
      local count = words(text)
      if n.min_words and count < n.min_words then
        local _, at = resolve(root, n.path)
        out:missing({ at = at, subject = n.subject,
          detail = fmt("%s has %d %s; at least %d are needed", label_of(at), count,
            count == 1 and "word" or "words", n.min_words),
          prompt = fmt("Expand %s to at least %d words%s", label_of(at), n.min_words,
            n.write and (": " .. n.write) or ".") })
      else
        out:pass({ subject = n.subject })
      end
    end
  end
end

-- Aggregate items into the finding the C side reads: lua_finding.c says
-- how (the worst outcome, its subjects, details, prompts and first 50
-- places, the rule's say expanded or the runner's default texts). It runs
-- here, inside the rule's limited call.
local native_aggregate = native.aggregate
local function aggregate(rule, out, q)
  local items = out.items
  local n = #items
  if n == 0 then add_item(out, "pass"); n = 1 end -- no subject, no node
  return native_aggregate(items, n, out.vars, rule.say, q, ORDER, label_of)
end

------------------------------------------------------------- sandbox base

-- A read-only view of a shared table, and of every table inside it: # and
-- pairs see the table's own contents; writes are refused; the metatable
-- is out of reach. Rules share these, so none can change them for another.
local function key_name(name, k)
  return type(k) == "string" and fmt("%s.%s", name, k) or fmt("%s[%s]", name, tostring(k))
end

local function readonly(t, name)
  local flat = true
  for _, v in next, t do if type(v) == "table" then flat = false end end
  if flat then -- only functions and values: the fast table __index will do
    return setmetatable({}, {
      __index = t,
      __newindex = function(_, k) error(fmt("%s is read-only", key_name(name, k)), 2) end,
      __len = function() return #t end,
      __pairs = function() return next, t, nil end,
      __metatable = false,
    })
  end
  local views = {}
  local proxy
  local function get(_, k)
    local v = t[k]
    if type(v) == "table" then
      local view = views[k]
      if view == nil then
        view = readonly(v, key_name(name, k))
        views[k] = view
      end
      return view
    end
    return v
  end
  proxy = setmetatable({}, {
    __index = get,
    __newindex = function(_, k) error(fmt("%s is read-only", key_name(name, k)), 2) end,
    __len = function() return #t end,
    __pairs = function()
      return function(_, k)
        local nk = next(t, k)
        if nk == nil then return nil end
        return nk, get(nil, nk)
      end, proxy, nil
    end,
    __metatable = false,
  })
  return proxy
end

-- Finalizers (__gc) would run outside any rule's limits (at collection or
-- at exit), so rules may not set them.
local raw_setmetatable = setmetatable
local function safe_setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("rules may not set __gc: finalizers run outside the rule's limits", 2)
  end
  return raw_setmetatable(t, mt)
end

-- xpcall for rules: the handler runs after the call has unwound, as an
-- ordinary call. Lua runs a real xpcall handler where the error was raised,
-- and when the error is the instruction or time limit, raised from the
-- count hook, hooks are off there: a handler that looped could not be
-- stopped. Rules have no debug library, so a handler sees nothing more at
-- the error's place than after it.
local function rule_xpcall(f, handler, ...)
  local r = table.pack(pcall(f, ...))
  if r[1] then return table.unpack(r, 1, r.n) end
  return false, handler(r[2])
end

local base = {
  assert = assert, error = error, ipairs = ipairs, next = next, pairs = pairs,
  pcall = pcall, select = select, tonumber = tonumber, tostring = tostring,
  type = type, xpcall = rule_xpcall, rawequal = rawequal, rawlen = rawlen,
  setmetatable = safe_setmetatable, getmetatable = getmetatable, _VERSION = _VERSION,
  string = readonly(string, "string"), table = readonly(table, "table"),
  math = readonly(math, "math"), utf8 = readonly(utf8, "utf8"),
  re = readonly(re, "re"),
  quarters = readonly(quarters, "quarters"),
  words = words, split = split, mentions = mentions, no_evidence = no_evidence, list = list,
  looks_like_fraction = looks_like_fraction, fractions = fractions,
  num_text = num_text, money = money, trim = trim,
}

-------------------------------------------------------------------- host API

local host = {}

-- The fields that hold a rule's code: run again for each return, the file
-- gives new closures for them; all else is read from its first declaration.
local CODE_FIELDS = { "check", "where", "meets", "judge", "on_track" }

local function unknown_name(_, k)
  error(fmt("unknown name '%s' (not part of the rule API)", tostring(k)), 2)
end

-- A fresh _ENV for one rule file's first load: `deliverable {...}` checks
-- each declaration and records it.
function host.new_env(file)
  local declared = {}
  local uses = {} -- the tolerances the file reads, in the order it reads them
  local env = {}
  local own = {
    -- A regional tolerance's value in force (the catalogue's default, or the
    -- region's --tolerances). Read it at the top of the file, so that `rules
    -- show` and `rules doc` can say which of a rule's figures are tolerances.
    tolerance = function(name)
      local t = TOLERANCE[name]
      if not t then
        error(fmt("unknown tolerance '%s' (the catalogue's: %s)", tostring(name), concat(TOLERANCES, ", ")), 2)
      end
      if not uses[name] then
        uses[name] = true
        uses[#uses + 1] = name
      end
      return t.value
    end,
    deliverable = function(given)
      if type(given) ~= "table" then error("deliverable takes a table: deliverable { id = ..., ... }", 2) end
      local def, msg = plain(given, "the deliverable")
      if msg then error(msg, 2) end
      msg = validate(def)
      if msg then error(msg, 2) end
      for _, d in ipairs(declared) do
        if d.id == def.id then error(fmt("%s is declared twice in this file", def.id), 2) end
      end
      def.file = file
      def.line = native.where(2) or file
      declared[#declared + 1] = def
    end,
  }
  setmetatable(env, {
    __index = function(_, k)
      local v = own[k]
      if v == nil then v = base[k] end
      if v == nil then error(fmt("unknown name '%s' (not part of the rule API)", tostring(k)), 2) end
      rawset(env, k, v) -- found once: later reads skip this function
      return v
    end,
    __metatable = false,
  })
  return env, function()
    for _, d in ipairs(declared) do d.tolerances = copy(uses) end
    return declared
  end
end

-- The file runs again before each return (rules.c, l_fresh_run), so that
-- nothing a rule kept while judging one return reaches the next. Its
-- declarations were checked when it first loaded; a re-run records only
-- each rule's code, raw. Every re-run's _ENV is a new empty table whose
-- names are looked up, through the one shared metatable below, in AGAIN
-- (the rule API: base, deliverable, tolerance), itself never written by a
-- rule (an assignment lands in the rule's own _ENV) and unreachable
-- (__metatable): no function call and no table per name and return, as a
-- first load's _ENV makes.
local again_list -- the list the running re-run declares into
local AGAIN = setmetatable({}, { __index = unknown_name, __metatable = false })
for k, v in next, base do AGAIN[k] = v end
AGAIN.tolerance = function(name)
  local t = TOLERANCE[name]
  if not t then
    error(fmt("unknown tolerance '%s' (the catalogue's: %s)", tostring(name), concat(TOLERANCES, ", ")), 2)
  end
  return t.value
end
AGAIN.deliverable = function(given)
  if type(given) ~= "table" then error("deliverable takes a table: deliverable { id = ..., ... }", 2) end
  if getmetatable(given) == nil then -- no metamethod to step round: read it plainly
    again_list[#again_list + 1] = { id = given.id, from = given.from, check = given.check,
      where = given.where, meets = given.meets, judge = given.judge, on_track = given.on_track }
    return
  end
  again_list[#again_list + 1] = { id = rawget(given, "id"), from = rawget(given, "from"),
    check = rawget(given, "check"), where = rawget(given, "where"), meets = rawget(given, "meets"),
    judge = rawget(given, "judge"), on_track = rawget(given, "on_track") }
end
local AGAIN_MT = { __index = AGAIN, __metatable = false }

-- For a re-run: its _ENV, the list its deliverables go into, and a closure
-- whose one upvalue holds the _ENV: the C side joins the chunk's _ENV to
-- it (lua_upvaluejoin), so each run of the chunk has its own environment,
-- and closures of earlier runs keep theirs.
-- What every re-run shares, for rulestate.c: the API, through AGAIN_MT.
function host.shared() return AGAIN_MT end

function host.again_env()
  local env = setmetatable({}, AGAIN_MT)
  again_list = {}
  return env, again_list, function() return env end
end

-- A fresh _ENV for rules/catalogue.lua. Each call (outcomes, workstreams,
-- builtin, schema, year) checks its entry key by key, as deliverable does,
-- and records it; host.catalogue_done then checks the whole and installs it.
local DATE = "^(%d%d%d%d)%-(%d%d)%-(%d%d)$"
local function days_in(y, m)
  if m == 2 then return (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) and 29 or 28 end
  return (m == 4 or m == 6 or m == 9 or m == 11) and 30 or 31
end
local function real_date(s)
  local y, m, d = tostring(s):match(DATE)
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  return y and m >= 1 and m <= 12 and d >= 1 and d <= days_in(y, m) or false
end
local function day_after(s)
  local y, m, d = s:match(DATE)
  y, m, d = tonumber(y), tonumber(m), tonumber(d) + 1
  if d > days_in(y, m) then d, m = 1, m + 1 end
  if m > 12 then m, y = 1, y + 1 end
  return fmt("%04d-%02d-%02d", y, m, d)
end

-- Check t's keys against spec (key -> type; "?" after the type: optional).
-- t[1] is the entry's name; integer keys past it are allowed only when
-- spec.items says what they are. Errors name the caller's caller.
local function check_keys(what, t, spec)
  if type(t) ~= "table" then error(fmt("%s must be a table", what), 3) end
  local known = {}
  for k in pairs(spec) do if type(k) == "string" and k ~= "items" then known[#known + 1] = k end end
  table.sort(known)
  for k, v in pairs(t) do
    local want = spec[k]
    if want == nil and math.type(k) == "integer" and k > 1 and spec.items then want = spec.items end
    if want == nil and k ~= 1 then
      error(fmt("%s: unknown field '%s' (known: %s)", what, tostring(k), concat(known, ", ")), 3)
    end
    want = (want or "string"):gsub("%?$", "")
    if want ~= "any" and type(v) ~= want then
      error(fmt("%s: field '%s' must be a %s, not a %s", what, tostring(k), want, type(v)), 3)
    end
  end
  for k, want in pairs(spec) do
    if k ~= "items" and not want:find("?", 1, true) and t[k] == nil then
      if type(k) ~= "string" then error(fmt("%s: give its value after its name", what), 3) end
      error(fmt("%s: missing required field '%s'", what, k), 3)
    end
  end
  if type(t[1]) ~= "string" or t[1] == "" then error(fmt("%s: give its name first", what), 3) end
end

-- A tolerance's value, checked against its unit: a quarter's name for
-- "quarter", 0 to 100 for "%", else a number 0 or more. Returns the value
-- or nil and what it must be.
local function tolerance_value(unit, v)
  if unit == "quarter" then
    if quarters.number(v) and type(v) == "string" then return v end
    return nil, "a quarter (" .. concat(QNAMES, ", ") .. ")"
  end
  if type(v) ~= "number" or v ~= v or v < 0 or (unit == "%" and v > 100) or v == math.huge then
    return nil, unit == "%" and "a percentage from 0 to 100" or "a number, 0 or more"
  end
  return v
end

-- "98%", "40 words", "Q4".
local function tolerance_text(t, v)
  v = v == nil and t.value or v
  if t.unit == "quarter" then return tostring(v) end
  return num_text(v) .. (t.unit == "%" and "%" or (" " .. t.unit))
end

function host.catalogue_env(file)
  local got = { outcomes = nil, workstreams = nil, builtin = nil, schemas = {}, years = {}, packs = {},
    tolerances = {} }
  local function once(kind, list)
    if got[kind] then error(fmt("%s is declared twice in the catalogue", kind), 3) end
    if type(list) ~= "table" or #list == 0 then error(fmt("%s takes a list: %s { { ... }, ... }", kind, kind), 3) end
    got[kind] = list
  end
  local seen = {}
  local function unique(what, name)
    local key = what .. "\0" .. name
    if seen[key] then error(fmt("%s '%s' is declared twice in the catalogue", what, name), 3) end
    seen[key] = true
  end
  local api = {}
  function api.outcomes(list)
    once("outcomes", list)
    local columns = {}
    for i, o in ipairs(list) do
      check_keys(fmt("outcomes[%d]", i), o, { label = "string", code = "string", column = "number",
        means = "string" })
      if not o[1]:match("^[a-z][a-z%-]*$") then error(fmt("outcome '%s': use lower-case words joined by -", o[1]), 2) end
      unique("outcome", o[1])
      if math.type(o.column) ~= "integer" or o.column < 1 or o.column > #list or columns[o.column] then
        error(fmt("outcome '%s': column must be a whole number from 1 to %d, once each", o[1], #list), 2)
      end
      columns[o.column] = true
    end
  end
  function api.workstreams(list)
    once("workstreams", list)
    for i, w in ipairs(list) do
      check_keys(fmt("workstreams[%d]", i), w, { heading = "string", short = "string", prefixes = "table" })
      if not w[1]:match("^[a-z][a-z%-]*$") then error(fmt("workstream '%s': use lower-case words joined by -", w[1]), 2) end
      unique("workstream", w[1])
      for _, p in ipairs(w.prefixes) do
        if type(p) ~= "string" or not p:match("^[A-Z][A-Z0-9%-]*$") then
          error(fmt("workstream '%s': prefixes are ID prefixes such as 'FD-URO'", w[1]), 2)
        end
        unique("ID prefix", p)
      end
    end
  end
  function api.builtin(list)
    once("builtin", list)
    for i, b in ipairs(list) do
      check_keys(fmt("builtin[%d]", i), b, { workstream = "string", title = "string", source = "string",
        checks = "string" })
      unique("check", b[1])
    end
  end
  function api.schema(s)
    check_keys("schema", s, { xsd = "string" })
    if not s[1]:match("^%d+%.%d+$") then error(fmt("schema '%s': a version is written as 1.0", s[1]), 2) end
    if s.xsd:sub(1, 1) == "/" or s.xsd:find("..", 1, true) then
      error(fmt("schema %s: xsd is a path inside the catalogue folder", s[1]), 2)
    end
    unique("schema", s[1])
    got.schemas[#got.schemas + 1] = s
  end
  function api.year(y)
    check_keys("year", y, { items = "table" })
    local first = year_first(y[1])
    if not first then error(fmt("year '%s' must be a financial year such as 2025/26", y[1]), 2) end
    unique("year", y[1])
    local prev = got.years[#got.years]
    if prev and year_first(prev[1]) + 1 ~= first then
      error(fmt("year %s must follow %s: years are listed in order, none left out", y[1], prev[1]), 2)
    end
    if #y ~= 5 then error(fmt("year %s needs its four quarters: { \"Q1\", first day, last day }, ...", y[1]), 2) end
    local expect = prev and day_after(prev[5][3]) or nil
    for i = 2, 5 do
      local q = y[i]
      if type(q[1]) ~= "string" or not real_date(q[2]) or not real_date(q[3]) or q[3] < q[2] then
        error(fmt("year %s, quarter %d: give { name, first day, last day } as real dates (YYYY-MM-DD)", y[1], i - 1), 2)
      end
      if expect and q[2] ~= expect then
        error(fmt("year %s: %s must start on %s, the day after the quarter before it", y[1], q[1], expect), 2)
      end
      expect = day_after(q[3])
    end
    got.years[#got.years + 1] = y
  end
  function api.tolerance(t)
    check_keys("tolerance", t, { unit = "string", means = "string", [2] = "any" })
    if not t[1]:match("^[A-Z][A-Z0-9%-]*%.[a-z][a-z%-]*$") then
      error(fmt("tolerance '%s': name it RULE.what, such as FIN-03.forecast", t[1]), 2)
    end
    unique("tolerance", t[1])
    got.tolerances[#got.tolerances + 1] = t
  end
  function api.pack(p)
    check_keys("pack", p, { title = "string", deliverables = "table", not_checkable = "table?" })
    for i, n in ipairs(p.not_checkable or {}) do
      check_keys(fmt("pack %s: not_checkable[%d]", p[1], i), n, { section = "string", row = "string", why = "string" })
    end
    if not year_first(p[1]) then error(fmt("pack '%s': name it by its financial year, such as 2025/26", p[1]), 2) end
    unique("pack", p[1])
    local ids = {}
    for i, id in ipairs(p.deliverables) do
      if type(id) ~= "string" or not id:match("^[A-Z][A-Z0-9]*%-[A-Z0-9%-]*%d$") then
        error(fmt("pack %s: deliverables[%d] is not a rule ID such as FD-URO-01", p[1], i), 2)
      end
      if ids[id] then error(fmt("pack %s: %s is listed twice", p[1], id), 2) end
      ids[id] = true
    end
    got.packs[#got.packs + 1] = p
  end
  -- Each declaration reads a plain copy of its table (see plain).
  for name, f in next, api do
    api[name] = function(t)
      local c, msg = plain(t, name)
      if msg then error(msg, 2) end
      return f(c)
    end
  end
  local env = setmetatable({}, {
    __index = function(_, k)
      local v = api[k]
      if v == nil then error(fmt("unknown name '%s' in the catalogue (use outcomes, workstreams, builtin, schema, year, pack, tolerance)", tostring(k)), 2) end
      return v
    end,
    __newindex = function(_, k) error(fmt("the catalogue cannot set '%s': it only declares facts", tostring(k)), 2) end,
    __metatable = false,
  })
  return env, function() return got end
end

-- Check the catalogue as a whole and install it: the tables above fill in,
-- and the collector gets a method per outcome. Returns the facts for the C
-- side, or raises a message.
function host.catalogue_done(got)
  for _, k in ipairs({ "outcomes", "workstreams", "builtin" }) do
    if not got[k] then error(fmt("the catalogue declares no %s", k), 0) end
  end
  if #got.schemas == 0 then error("the catalogue declares no schema version", 0) end
  if #got.years == 0 then error("the catalogue declares no year", 0) end
  for i, o in ipairs(got.outcomes) do ORDER[o[1]] = i - 1 end
  local error_name = got.outcomes[#got.outcomes][1] -- the engine's own, never a rule's
  local by_column = {}
  for _, o in ipairs(got.outcomes) do by_column[o.column] = o[1] end
  for _, name in ipairs(by_column) do
    if name ~= error_name then
      OUTCOMES[#OUTCOMES + 1] = name
      Out[name:gsub("%-", "_")] = function(self, t) return self:add(name, t) end
    end
  end
  for _, w in ipairs(got.workstreams) do
    WORKSTREAMS[#WORKSTREAMS + 1] = w[1]
    WORKSTREAM_SET[w[1]] = true
  end
  for _, b in ipairs(got.builtin) do
    if not WORKSTREAM_SET[b.workstream] then
      error(fmt("builtin %s: unknown workstream '%s'", b[1], b.workstream), 0)
    end
  end
  for i, s in ipairs(got.schemas) do
    SCHEMAS[i] = s[1]
    SCHEMA_RANK[s[1]] = i
  end
  for i, y in ipairs(got.years) do
    YEARS[i] = y[1]
    YEAR[y[1]] = { y[2], y[3], y[4], y[5], name = y[1], first = year_first(y[1]) }
    for n = 2, 5 do
      local want = got.years[1][n][1]
      if y[n][1] ~= want then
        error(fmt("year %s: quarter %d is named '%s'; every year names it '%s'", y[1], n - 1, y[n][1], want), 0)
      end
      QNAMES[n - 1] = want
      QNUMBER[want] = n - 1
    end
  end
  for _, p in ipairs(got.packs) do
    if not YEAR[p[1]] then error(fmt("pack %s: the calendar has no year %s", p[1], p[1]), 0) end
  end
  for _, t in ipairs(got.tolerances) do
    local v, want = tolerance_value(t.unit, t[2])
    if v == nil then error(fmt("tolerance %s: its default must be %s", t[1], want), 0) end
    TOLERANCES[#TOLERANCES + 1] = t[1]
    TOLERANCE[t[1]] = { name = t[1], value = v, default = v, unit = t.unit, means = t.means }
  end
  -- The facts as plain tables, for the C side.
  local facts = { outcomes = {}, workstreams = {}, builtin = {}, schemas = {}, years = {}, packs = {} }
  for i, o in ipairs(got.outcomes) do
    facts.outcomes[i] = { name = o[1], label = o.label, code = o.code, column = o.column, means = o.means }
  end
  for i, w in ipairs(got.workstreams) do
    facts.workstreams[i] = { id = w[1], heading = w.heading, short = w.short, prefixes = copy(w.prefixes) }
  end
  for i, b in ipairs(got.builtin) do
    facts.builtin[i] = { id = b[1], workstream = b.workstream, title = b.title, source = b.source, checks = b.checks }
  end
  for i, s in ipairs(got.schemas) do facts.schemas[i] = { version = s[1], xsd = s.xsd } end
  for i, y in ipairs(got.years) do
    local q = {}
    for n = 2, 5 do q[n - 1] = { name = y[n][1], starts = y[n][2], ends = y[n][3] } end
    facts.years[i] = { name = y[1], first = year_first(y[1]), quarters = q }
  end
  for i, p in ipairs(got.packs) do
    local nc = {}
    for k, n in ipairs(p.not_checkable or {}) do
      nc[k] = { quote = n[1], section = n.section, row = n.row, why = n.why }
    end
    facts.packs[i] = { year = p[1], title = p.title, deliverables = copy(p.deliverables), not_checkable = nc }
  end
  return facts
end

-- A fresh _ENV for a region's tolerances file (--tolerances FILE): each
-- `tolerance { "NAME", value, reason = "..." }` sets one of the catalogue's
-- tolerances, checked as the catalogue's own are; host.tolerances_done
-- applies them.
function host.tolerances_env(file)
  local set, seen = {}, {}
  local function tolerance(t)
    if type(t) ~= "table" then error('tolerance takes a table: tolerance { "FIN-03.forecast", 95, reason = "..." }', 2) end
    for k in pairs(t) do
      if k ~= 1 and k ~= 2 and k ~= "reason" then
        error(fmt("unknown field '%s' (a tolerance has its name, its value and a reason)", tostring(k)), 2)
      end
    end
    local known = TOLERANCE[t[1]]
    if not known then
      error(fmt("'%s' is not a tolerance of the catalogue (%s)", tostring(t[1]), concat(TOLERANCES, ", ")), 2)
    end
    if seen[t[1]] then error(fmt("%s is set twice (first at line %s)", t[1], seen[t[1]]), 2) end
    local v, want = tolerance_value(known.unit, t[2])
    if v == nil then error(fmt("%s must be %s, not %s", t[1], want, tostring(t[2])), 2) end
    if t.reason ~= nil and type(t.reason) ~= "string" then error(fmt("%s: reason must be text", t[1]), 2) end
    local where = native.where(2) or file
    seen[t[1]] = where:match(":(%d+)$") or "?"
    set[#set + 1] = { name = t[1], value = v, reason = t.reason, set_by = where }
  end
  local env = setmetatable({}, {
    __index = function(_, k)
      if k == "tolerance" then return tolerance end
      error(fmt("unknown name '%s' in a tolerances file (it holds tolerance { ... } lines)", tostring(k)), 2)
    end,
    __newindex = function(_, k) error(fmt("a tolerances file cannot set '%s'", tostring(k)), 2) end,
    __metatable = false,
  })
  return env, function() return set end
end

function host.tolerances_done(set)
  for _, t in ipairs(set) do
    local known = TOLERANCE[t.name]
    known.value, known.set_by, known.reason = t.value, t.set_by, t.reason
  end
end

-- The tolerances in force, for the C side: values as text ("98%").
function host.tolerance_facts()
  local out = {}
  for i, name in ipairs(TOLERANCES) do
    local t = TOLERANCE[name]
    out[i] = { name = name, unit = t.unit, means = t.means, value = tolerance_text(t),
      default = tolerance_text(t, t.default), set_by = t.set_by, reason = t.reason }
  end
  return out
end

-- A fresh _ENV for one fixtures file (<id>.test.lua): `fixtures {...}`
-- records its cases, checked key by key.
local CASE_KEYS = { name = "string", rule = "string", edits = "table", quarter = "string",
  expect = "string", subjects = "table", previous = "table", file = "string" }
function host.fixtures_env(file)
  local cases = {}
  local function check_edits(t, what)
    for i, e in ipairs(t) do
      if type(e) ~= "table" or type(e[1]) ~= "string" or type(e[2]) ~= "string" then
        error(fmt("%s %d must be a pair { \"find\", \"replace with\" }", what, i), 4)
      end
    end
  end
  local function fixtures(given)
    if type(given) ~= "table" then error("fixtures takes a table: fixtures { rule = ..., base = ..., { case }, ... }", 2) end
    local def, msg = plain(given, "fixtures")
    if msg then error(msg, 2) end
    for k, v in pairs(def) do
      if type(k) == "string" and k ~= "rule" and k ~= "base" then
        error(fmt("unknown fixtures field '%s' (known: rule, base, and the cases)", k), 2)
      end
      if type(k) == "string" and type(v) ~= "string" then error(fmt("fixtures field '%s' must be a string", k), 2) end
    end
    for i, c in ipairs(def) do
      if type(c) ~= "table" then error(fmt("case %d must be a table", i), 2) end
      for k, v in pairs(c) do
        local want = CASE_KEYS[k]
        if want == nil then
          error(fmt("case %d: unknown field '%s' (known: name, rule, file, edits, quarter, expect, subjects, previous)", i, tostring(k)), 2)
        end
        if type(v) ~= want then error(fmt("case %d: field '%s' must be a %s", i, k, want), 2) end
      end
      local rule = c.rule or def.rule
      if not rule then error(fmt("case %d names no rule (give rule = in the case or in fixtures)", i), 2) end
      if not c.expect or ORDER[c.expect] == nil or c.expect == "error" then
        error(fmt("case %d: expect must be one of %s", i, concat(OUTCOMES, ", ")), 2)
      end
      if c.quarter and not quarters.number(c.quarter) then error(fmt("case %d: quarter must be Q1..Q4", i), 2) end
      check_edits(c.edits or {}, fmt("case %d: edit", i))
      check_edits(c.previous or {}, fmt("case %d: previous edit", i))
      for _, sub in ipairs(c.subjects or {}) do
        if type(sub) ~= "string" then error(fmt("case %d: subjects must be strings", i), 2) end
      end
      local base = c.file or def.base
      if not base then error(fmt("case %d has no return: give base = in fixtures or file = in the case", i), 2) end
      cases[#cases + 1] = { name = c.name or fmt("case %d", i), rule = rule, base = base,
        edits = c.edits or {}, quarter = c.quarter and quarters.number(c.quarter) or 0,
        expect = c.expect, subjects = c.subjects, previous = c.previous,
        line = native.where(2) or file }
    end
  end
  local env = setmetatable({}, {
    __index = function(_, k)
      if k == "fixtures" then return fixtures end
      local v = base[k]
      if v == nil then error(fmt("unknown name '%s' in a fixtures file", tostring(k)), 2) end
      return v
    end,
    __metatable = false,
  })
  return env, function() return cases end
end

-- Once per document, before its rules: index the header.
function host.begin(root, qnum, previous, year)
  current_root_node = root
  root_paths = {}
  forget_labels()
  local y = YEAR[year]
  current = { root = root, q = qnum, providers = {}, by_code = {}, icbs = {}, icb_by_code = {},
    indexes = {}, previous = previous, prev_indexes = {},
    year = y and year, key = y and quarters.key(year, qnum),
    starts = y and y[qnum][2], ends = y and y[qnum][3],
    line = function(total) return quarters.line(total, qnum) end }
  -- A provider or ICB declared twice counts once (XML-03 names the second):
  -- "3 of 5 providers" for 4 trusts would misjudge every rule that counts.
  local header = root:child("Header")
  if header then
    for _, p in ipairs(header:children("Provider")) do
      local c = native.attr(p, "code") -- too long to read: no usable code
      if c == nil or current.by_code[c] == nil then
        current.providers[#current.providers + 1] = p
        if c then current.by_code[c] = p end
      end
    end
    for _, i in ipairs(header:children("ICB")) do
      local c = native.attr(i, "code")
      if c == nil or current.icb_by_code[c] == nil then
        current.icbs[#current.icbs + 1] = i
        if c then current.icb_by_code[c] = i end
      end
    end
  end
end

-- Run one rule on the current document; returns the finding table.
local function run_shape(rule, root, out, q)
  if rule.check then
    rule.check(root, out, q)
  elseif rule.each then
    run_each(rule, root, out, q)
  else
    run_narratives(rule, root, out)
  end
end
-- An error object that is not a string names no place; take the rule's
-- line while the stack still shows it. Reads types only: no metamethod of
-- the object runs here, where the hooks may be off (an error raised by the
-- count hook).
local function with_place(e)
  if type(e) == "string" or is_signal(e) then return e end
  return fmt("%s: (error object is a %s value)", native.rule_where() or "?", type(e))
end

-- A value past its bound (lua_doc.c): the signal to raise.
function host.too_long(node, attr, len, max)
  return signal("toolong", node, attr, nil, len, max)
end

-- Run rule (its first declaration) with the code its file declared when
-- it ran again just now (declared: host.new_env's list, again = true).
local code_views = setmetatable({}, { __mode = "k" }) -- rule -> { __index = rule }
function host.run_again(rule, declared, root)
  local view = code_views[rule]
  if view ~= nil then
    -- a run judging again (rulestate.c): its code was checked against the
    -- rule when it first judged, and no rule can reach it to change it
    for i = 1, #declared do
      local code = declared[i]
      if getmetatable(code) == view then return host.run(code, root) end
    end
  end
  for i = 1, #declared do
    local code = declared[i]
    if code.id == rule.id and code.from == rule.from then
      for j = 1, #CODE_FIELDS do
        local k = CODE_FIELDS[j]
        local a, b = rule[k], code[k]
        -- the same value (nil, "linear"), or a function again (a new one)
        if a ~= b and (type(a) ~= "function" or type(b) ~= "function") then
          error(fmt("%s: %s declares %s differently when it runs again: a rule file must declare the same each time",
            rule.line or rule.file, rule.file, rule.id), 0)
        end
      end
      if view == nil then
        view = { __index = rule } -- the runner's only: rules never see code or rule
        code_views[rule] = view
      end
      return host.run(setmetatable(code, view), root)
    end
  end
  error(fmt("%s: %s does not declare %s when it runs again: a rule file must declare the same each time",
    rule.line or rule.file, rule.file, rule.id), 0)
end

function host.run(rule, root)
  local q = new_q(rule)
  local out = new_out()
  local ok, err = xpcall(run_shape, with_place, rule, root, out, q)
  if not ok then
    if not is_signal(err) then error(err, 0) end
    out:signal(err)
  end
  return aggregate(rule, out, q)
end

-- The rule as a reader sees it, for `rules show` (text) and `rules doc`
-- (Markdown): what it checks, where the evidence is, its messages and prompts.
function host.describe(rule, markdown)
  local L = {}
  local function add(s) L[#L + 1] = s end
  local evidence = rule.each or (rule.narratives and (function()
    local ps = {}
    for _, n in ipairs(rule.narratives) do ps[#ps + 1] = n.path end
    return concat(ps, ", ")
  end)()) or nil
  local due = rule.due == "every" and "every quarter" or ("by " .. rule.due)
  -- A tolerance's value, marked as a region's figure and not the pack's.
  local function marked(t)
    return markdown and fmt("%s *(regional tolerance `%s`)*", tolerance_text(t), t.name)
        or fmt("%s [regional tolerance %s]", tolerance_text(t), t.name)
  end
  -- {FIN-03.forecast} in checks is the tolerance's value in force.
  local checks = rule.checks and rule.checks:gsub("{([%w%.%-]+)}", function(name)
    local t = TOLERANCE[name]
    return t and marked(t) or nil
  end)
  local tols = {}
  for _, name in ipairs(rule.tolerances or {}) do
    local t = TOLERANCE[name]
    tols[#tols + 1] = fmt("%s: %s (%s); %s", name, tolerance_text(t),
      t.set_by and fmt("set by %s%s, default %s", t.set_by, t.reason and (": " .. t.reason) or "", tolerance_text(t, t.default))
        or "the catalogue's default", t.means)
  end
  -- One list of fields for both forms: { name, value, as code in Markdown }.
  local fields = {
    { "due", due },
    { "source", rule.row and fmt("%s (%s)", rule.source, rule.row) or rule.source },
    { "pack says", rule.quote and fmt("\"%s\"", type(rule.quote) == "table"
      and concat(rule.quote, "\"; \"") or rule.quote) },
    { "checks", checks },
    { "tolerances", #tols > 0 and concat(tols, markdown and "; " or "\n              ") or nil },
    { "in force", (rule.from or rule.to) and fmt("%s to %s", rule.from or "always", rule.to or "onwards") },
    { "schema", rule.schema and fmt("from %s (not-applicable on older returns)", rule.schema) },
    { "history", rule.history and "compares each return with the previous quarter's: runs only with --history" },
    { "note", rule.note }, { "evidence", evidence, true },
    { "on track", rule.on_track == "linear" and fmt("before it is due, at least ceil(total %s Q/4) must meet it",
      markdown and "×" or "x") or nil },
    { "file", rule.line or rule.file, true },
  }
  if markdown then
    add(fmt("### %s: %s", rule.id, rule.title))
    add("")
    for _, f in ipairs(fields) do
      if f[2] then
        local name = f[1] == "file" and "Rule file" or (f[1]:gsub("^%l", string.upper))
        add(fmt("- **%s:** %s", name, f[3] and ("`" .. f[2] .. "`") or f[2]))
      end
    end
    if rule.say then
      add("")
      add("| outcome | message | prompt |")
      add("|---|---|---|")
      for _, o in ipairs(OUTCOMES) do
        local s = rule.say[o]
        if s then
          add(fmt("| %s | %s | %s |", o, (s.message or ""):gsub("|", "\\|"), (s.prompt or ""):gsub("|", "\\|")))
        end
      end
    end
  else
    add(fmt("%s: %s", rule.id, rule.title))
    add(fmt("  workstream: %s", rule.workstream))
    for _, f in ipairs(fields) do
      if f[2] then add(fmt("  %-12s%s", f[1] .. ":", f[2])) end
    end
    if rule.say then
      for _, o in ipairs(OUTCOMES) do
        local s = rule.say[o]
        if s then
          add(fmt("  %s:", o))
          if s.message then add("    message: " .. s.message) end
          if s.prompt then add("    prompt:  " .. s.prompt) end
        end
      end
    end
  end
  return concat(L, "\n") .. "\n"
end

-- `rules lint` on one rule: returns a list of "file:line: ID: problem".
-- names holds the XSD's element and attribute names. The prompt check is a
-- heuristic: an outcome counts as reachable when the shape implies it or
-- the source names it, and as prompted when say gives a prompt for it or
-- the rule sets prompts on its items.
local LINT_METHODS = { "all", "first", "has", "get", "num", "pct", "int", "gbp", "bool", "date",
  "text", "enum", "evidence", "evidence_state", "index" }
function host.lint(rule, source, versions)
  local out = {}
  local function problem(line, msg) out[#out + 1] = fmt("%s:%d: %s: %s", rule.file, line, rule.id, msg) end
  local declared = tonumber(tostring(rule.line):match(":(%d+)$")) or 1
  for _, k in ipairs({ "title", "source", "checks" }) do
    if type(rule[k]) == "string" and rule[k]:find("TODO", 1, true) then
      problem(declared, fmt("%s still holds a TODO from the template", k))
    end
  end
  if not rule.checks then problem(declared, "no checks = \"...\": say in plain words what passes and what fails") end
  -- Paths: string literals passed where a path goes, checked step by step
  -- against the XSD of every schema version the rule runs on.
  local function unknown(path, line, kind, name)
    local lacking = {}
    for _, v in ipairs(versions) do
      if not v.names[name] then lacking[#lacking + 1] = v.version end
    end
    if #lacking == 0 then return end
    local what = kind == "element" and name or ("@" .. name)
    if #lacking == #versions then
      problem(line, fmt("'%s' names the %s %s, which the schema does not have", path, kind, what))
    else
      problem(line, fmt("'%s' names the %s %s, which %s %s not have, and the rule runs on %s returns (give schema = \"%s\" if its evidence is new in that version)",
        path, kind, what, #lacking == 1 and "schema " .. lacking[1] or "schemas " .. list(lacking),
        #lacking == 1 and "does" or "do", list(lacking), versions[#lacking + 1].version))
    end
  end
  local function check_path(path, line)
    -- Skip prose and pieces of paths built at run time ("@" .. name).
    if path:find("%s") or path:sub(-1) == "@" or path:sub(-1) == "/" then return end
    for step in path:gmatch("[^/]+") do
      local name, pred = step:match("^([%w_%-%*@]+)(.*)$")
      if name then
        if name:sub(1, 1) == "@" then
          unknown(path, line, "attribute", name:sub(2))
        elseif name ~= "*" then
          unknown(path, line, "element", name)
        end
        local attr = pred and pred:match("^%[@([%w_%-]+)")
        if attr then unknown(path, line, "attribute", attr) end
      end
    end
  end
  -- Template variables: the runner's, and those the rule sets by name.
  local vars = { subjects = true, count = true, total = true, met = true, unmet = true, line = true,
    none = true, details = true, due = true, quarter = true, year = true }
  for name in source:gmatch("out:set%(%s*[\"']([%w_]+)[\"']") do vars[name] = true end
  for _, o in ipairs(OUTCOMES) do
    local t = (rule.say or {})[o] or {}
    for _, which in ipairs({ "message", "prompt" }) do
      for inner in (t[which] or ""):gmatch("{([^{}]*)}") do
        local k = inner:match("^([%w_]+)|[^|}]*|[^}]*$") or inner:match("^([%w_]+)$")
        if k and not vars[k] then
          local at = declared
          local n = 0
          for l in (source .. "\n"):gmatch("([^\n]*)\n") do
            n = n + 1
            if l:find("{" .. inner .. "}", 1, true) then at = n; break end
          end
          problem(at, fmt("say[\"%s\"].%s names {%s}, which nothing sets (known: %s; or set it with out:set(\"%s\", ...))",
            o, which, k, "subjects, count, total, met, unmet, line, none, details, due, quarter, year", k))
        end
      end
    end
  end
  local n = 0
  for line in (source .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    local code = line:gsub("%-%-.*$", "")
    for _, m in ipairs(LINT_METHODS) do
      for lit in code:gmatch(":" .. m .. "%(%s*[\"']([^\"']+)[\"']") do check_path(lit, n) end
    end
    for lit in code:gmatch("each%s*=%s*[\"']([^\"']+)[\"']") do check_path(lit, n) end
    for lit in code:gmatch("subject%s*=%s*[\"'](@[^\"']+)[\"']") do check_path(lit, n) end
    for lit in code:gmatch("path%s*=%s*[\"']([^\"']+)[\"']") do check_path(lit, n) end
  end
  -- Prompts for the outcomes the rule can give.
  local say = rule.say or {}
  local item_prompts = select(2, source:gsub("prompt%s*=", "")) > 0 and
      select(2, source:gsub("prompt%s*=", "")) > (function()
        local c = 0
        for _, v in pairs(say) do if type(v) == "table" and v.prompt then c = c + 1 end end
        return c
      end)()
  local reachable = {
    fail = (rule.meets ~= nil) or source:find("\"fail\"", 1, true) or source:find("out:fail", 1, true),
    ["at-risk"] = rule.on_track ~= nil or source:find("\"at%-risk\"") or source:find("out:at_risk", 1, true),
    missing = source:find("\"missing\"", 1, true) or source:find("out:missing", 1, true),
  }
  for _, o in ipairs({ "fail", "missing", "at-risk" }) do
    if reachable[o] and not (say[o] and say[o].prompt) and not item_prompts then
      problem(declared, fmt("the rule can give %s but has no prompt for it: add say[\"%s\"] = { message = ..., prompt = ... }", o, o))
    end
  end
  return out
end

-- Facts for `rules list` and the C side.
function host.meta(rule)
  return rule.id, rule.title, rule.workstream, rule.source, rule.due, rule.file
end

host.validate = validate
host.label = label_of
host.no_evidence = no_evidence

return host
