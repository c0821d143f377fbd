-- XML-03: every @provider / @icb (and every pathway or endoscopy provider
-- code) names a provider or ICB declared in the Header, and each list of
-- organisations names each code once (the rules count each once: the first).
local DECLARES = { Header = true }
local PROVIDER_CODE = { Urology = true, Gynaecology = true, Breast = true, Skin = true, FIT = true }
-- The lists keyed by code: where they are, their element, what one is
-- called, and the verb for a repeat.
local LISTS = {
  { "Header", "Provider", "provider", "declared", " in the header" },
  { "Header", "ICB", "ICB", "declared", " in the header" },
  { "FasterDiagnosis/Urology", "Provider", "urology provider", "listed", "" },
  { "FasterDiagnosis/Gynaecology", "Provider", "gynaecology provider", "listed", "" },
  { "FasterDiagnosis/Breast", "Provider", "breast provider", "listed", "" },
  { "FasterDiagnosis/Skin", "Provider", "skin provider", "listed", "" },
  { "FIT", "EndoscopyProvider", "endoscopy provider", "listed", "" },
}

-- A fail for each code a list names more than once, at its second element.
local function repeats(doc, out)
  for _, l in ipairs(LISTS) do
    for _, parent in ipairs(doc:all(l[1])) do
      local seen, order = {}, {}
      for _, n in ipairs(parent:children(l[2])) do
        local code = n:attr("code")
        if code then
          if not seen[code] then seen[code] = {}; order[#order + 1] = code end
          table.insert(seen[code], n)
        end
      end
      for _, code in ipairs(order) do
        local ns = seen[code]
        if #ns > 1 then
          local lines = {}
          for i, n in ipairs(ns) do lines[i] = tostring(n:line()) end
          out:fail { at = ns[2], attr = "code", subject = code,
            detail = string.format("%s %s is %s %s%s (lines %s)", l[3], code, l[4],
              #ns == 2 and "twice" or (#ns .. " times"), l[5], list(lines)) }
        end
      end
    end
  end
end

-- A fail for a code the header does not declare, on the attribute naming it.
local function undeclared(out, n, attr, code)
  out:fail { at = n, attr = attr, subject = code,
    detail = string.format("%s %s on line %d is not declared in the header",
      attr == "icb" and "ICB" or "provider", code, n:line()) }
end

deliverable {
  id = "XML-03", workstream = "integrity", due = "every",
  title = "Every provider and ICB the return names is declared in its header",
  source = "Quarterly return data contract, schema 1.0: conventions",
  checks = "Every @provider and @icb attribute, and every pathway and endoscopy provider code, must name a Provider or ICB declared in the Header, and the Header's providers and ICBs, each pathway's providers and the endoscopy providers must name each code once; fail listing each undeclared code with its line, and each repeated code with the lines of each time (the rules count a repeated organisation once, as first given).",
  check = function(doc, out)
    repeats(doc, out)
    -- only the elements that name an organisation: most name none
    doc:walk(function(n)
      local name = n:name()
      local p, i = n:attr("provider"), n:attr("icb")
      if name == "Analysis" then i = nil end -- Analysis/@icb is a yes/no flag
      local code
      if name == "Provider" or name == "EndoscopyProvider" then
        local parent = n:parent()
        local pname = parent and parent:name()
        if pname and not DECLARES[pname] and PROVIDER_CODE[pname] then code = n:attr("code") end
      end
      -- each in turn: provider, ICB, then the pathway's own code
      if p and not doc:provider(p) then undeclared(out, n, "provider", p) end
      if i and not (doc:icb(i) or doc:provider(i)) then undeclared(out, n, "icb", i) end
      if code and not doc:provider(code) then undeclared(out, n, "code", code) end
    end, "provider", "icb", "code")
  end,
  say = {
    pass = "Every provider and ICB the return names is declared in the header, each once",
    fail = { message = "{count} organisation {count|code needs|codes need} correcting: {details}",
      prompt = "Before the return is resubmitted, correct the codes for {subjects}: the Header must declare, with its name, every organisation the return names, and each list (the Header's, each pathway's, the endoscopy providers) must give each organisation once." },
  },
}
