-- FD-SKN-03: nurse roles and one-stop surgery expanded on the skin pathway,
-- with a quarterly skin narrative.
local PATH = "FasterDiagnosis/Skin/Provider"
local PLAN = "Describe the plan to expand nurse roles and one-stop surgery (one-stop surgery clinics for rapid diagnostic biopsies, non-medical practitioners trained in skin surgery), with providers and dates, in the next return."
deliverable {
  id = "FD-SKN-03", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Nurse roles and one-stop surgery expanded on the skin pathway",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  row = "Deliverables",
  quote = "Expand opportunities for nurse roles and one-stop surgery on the skin pathway to improve dermatologist capacity",
  checks = "Every quarter, at least one skin provider with @applicable=true must have @nurseRoles=true or @oneStopSurgery=true, else it is missing for each applicable provider (or for skin when none is applicable); it is also missing if FasterDiagnosis/Skin/Narrative is absent, empty or a placeholder. Passes list the applicable providers with either.",
  check = function(doc, out)
    local providers = doc:all(PATH)
    if #providers == 0 then
      -- absent list: assure's own missing message says which part is absent
      out:evidence(doc, PATH, "each skin provider with whether it is applicable and has nurse roles and one-stop surgery")
    end
    local applicable, bad, expanded = {}, 0, 0
    for _, p in ipairs(providers) do
      local code = p:attr("code") or "?"
      local ok = out:try(code, function()
        if not p:bool("@applicable") then return end
        local nurse, surgery = p:bool("@nurseRoles"), p:bool("@oneStopSurgery")
        if nurse or surgery then
          expanded = expanded + 1
          local has = {}
          if nurse then has[#has + 1] = "nurse roles" end
          if surgery then has[#has + 1] = "one-stop surgery" end
          out:pass { at = p, subject = code, detail = code .. " has " .. list(has) }
        else
          applicable[#applicable + 1] = p
        end
      end)
      if not ok then bad = bad + 1 end
    end
    if #providers > 0 and expanded == 0 and bad == 0 then
      if #applicable == 0 then
        out:missing { at = doc:first("FasterDiagnosis/Skin") or doc:first("FasterDiagnosis") or doc,
          subject = "skin", detail = "no skin provider is marked applicable", prompt = PLAN }
      end
      for _, p in ipairs(applicable) do
        local code = p:attr("code") or "?"
        out:missing { at = p, attr = "nurseRoles", subject = code,
          detail = code .. " has neither nurse roles nor one-stop surgery", prompt = PLAN }
      end
    end
    out:evidence(doc, "FasterDiagnosis/Skin/Narrative",
      "progress this quarter on expanding nurse roles and one-stop surgery on the skin pathway, and on teledermatology", "skin")
  end,
  say = {
    pass = "Nurse roles or one-stop surgery are in place on the skin pathway ({details}) and the skin narrative is given",
    missing = { message = "No applicable skin provider ({subjects}) reports nurse roles or one-stop surgery, which are to be expanded on the skin pathway",
      prompt = PLAN },
  },
}
