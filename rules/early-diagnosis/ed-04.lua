-- ED-04: each local early diagnosis intervention sets out its pillar, its
-- expected impact on early diagnosis and on health inequalities, and a plan
-- to measure and evaluate it.
local PILLARS = { "timely-presentation", "primary-care", "local-innovation", "screening" }
local NEED = "every intervention in the local early diagnosis plan must set out the expected impact it will have on early diagnosis and health inequalities, with a plan to measure and evaluate it, every quarter"

local function state_text(state, seen)
  if state == "placeholder" then return "only the placeholder '" .. seen .. "'" end
  return state
end

deliverable {
  id = "ED-04", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Each intervention sets out its pillar, expected impact on early diagnosis and inequalities, and an evaluation plan",
  source = "Planning pack 2025/26: Local Early Diagnosis: Local Early Diagnosis Plans",
  checks = "Every quarter, each EarlyDiagnosis/Intervention must give its @pillar, real text in ExpectedImpact and InequalitiesImpact (not absent, empty or a placeholder) and @evaluationPlan true; an intervention short of any of these is missing, and a return with no intervention is missing.",
  check = function(doc, out)
    local all = doc:all("EarlyDiagnosis/Intervention")
    if #all == 0 then
      -- absent evidence: assure's own message says whether Early diagnosis
      -- or its Intervention list is absent
      return out:evidence(doc, "EarlyDiagnosis/Intervention", "each intervention in the local early diagnosis plan, with its id, pillar (timely-presentation, primary-care, local-innovation or screening) and status, the expected impact it will have on early diagnosis (ExpectedImpact) and on health inequalities (InequalitiesImpact), and whether a plan to measure and evaluate it is in place (evaluationPlan)")
    end
    out:set("total", #all)
    for _, i in ipairs(all) do
      local id = i:attr("id") or "?"
      out:try(id, function()
        i:enum("@pillar", PILLARS)
        local gaps, asks = {}, {}
        local s, seen = no_evidence(i:get("ExpectedImpact"))
        if s then
          gaps[#gaps + 1] = "expected impact on early diagnosis is " .. state_text(s, seen)
          asks[#asks + 1] = "in ExpectedImpact, the expected impact on early diagnosis (which tumour sites and populations, and by how much)"
        end
        s, seen = no_evidence(i:get("InequalitiesImpact"))
        if s then
          gaps[#gaps + 1] = "expected impact on inequalities is " .. state_text(s, seen)
          asks[#asks + 1] = "in InequalitiesImpact, the expected impact on health inequalities (how it improves early diagnosis for people in the most deprived areas, in line with Core20PLUS5)"
        end
        if not i:bool("@evaluationPlan") then
          gaps[#gaps + 1] = "no evaluation plan"
          asks[#asks + 1] = "the plan to measure and evaluate it, setting evaluationPlan to true"
        end
        if #gaps == 0 then return out:pass { at = i, subject = id } end
        out:missing { at = i, subject = id, detail = table.concat(gaps, ", "),
          prompt = string.format("Write for %s %s.", id, table.concat(asks, "; and ")) }
      end)
    end
  end,
  say = {
    pass = "Every early diagnosis intervention ({subjects}) sets out its pillar, expected impact on early diagnosis and inequalities, and an evaluation plan",
    missing = { message = "{count} of {total} early diagnosis {count|intervention does|interventions do} not set out {count|its|their} expected impact and evaluation plan: {details}",
      prompt = "{subjects} {count|does|do} not fully set out {count|its|their} expected impact and evaluation plan ({details}); " .. NEED .. ". For {subjects}, write what is missing: in ExpectedImpact, the expected impact on early diagnosis (which tumour sites and populations, and by how much); in InequalitiesImpact, the expected impact on health inequalities (how it improves early diagnosis for people in the most deprived areas, in line with Core20PLUS5); and, where there is no evaluation plan, the plan to measure and evaluate local activity, setting evaluationPlan to true." },
  },
}
