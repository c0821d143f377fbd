-- XML-03: every @provider / @icb (and every pathway or endoscopy provider
-- code) names a provider or ICB declared in the Header.
local DECLARES = { Header = true }
local PROVIDER_CODE = { Urology = true, Gynaecology = true, Breast = true, Skin = true, FIT = true }

deliverable {
  id = "XML-03", workstream = "integrity", due = "every",
  title = "Every provider and ICB the return names is declared in its header",
  source = "Quarterly return data contract, schema 1.0: conventions",
  checks = "Every @provider and @icb attribute, and every pathway and endoscopy provider code, must name a Provider or ICB declared in the Header; fail listing each undeclared code with its line.",
  check = function(doc, out)
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
      if not (p or i or code) then return end -- most elements name nothing
      local refs = {}
      if p then refs[#refs + 1] = { "provider", p } end
      if i then refs[#refs + 1] = { "icb", i } end
      if code then refs[#refs + 1] = { "code", code } end
      for _, r in ipairs(refs) do
        local attr, code = r[1], r[2]
        local known = (attr == "icb") and doc:icb(code) or doc:provider(code)
        if not known then
          out:fail { at = n, attr = attr, subject = code,
            detail = string.format("%s %s on line %d",
              attr == "icb" and "ICB" or "provider", code, n:line()) }
        end
      end
    end)
  end,
  say = {
    pass = "Every provider and ICB the return names is declared in the header",
    fail = { message = "{count} {count|code is|codes are} not declared in the header: {details}",
      prompt = "Before the return is resubmitted, add {subjects} to the Header's list of organisations with {count|its name|their names}, or correct {count|the reference|each reference} to one listed there." },
  },
}
