-- ED-04: each local early diagnosis intervention sets out its pillar, its
-- expected impact on early diagnosis and on health inequalities, and a plan
-- to measure and evaluate it.
local PILLARS = { "timely-presentation", "primary-care", "local-innovation", "screening" }

local function state_text(state, seen)
  if state == "placeholder" then return "'" .. seen .. "'" end
  return state
end

deliverable {
  id = "ED-04", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Each intervention sets out its pillar, expected impact on early diagnosis and inequalities, and an evaluation plan",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Cancer Alliance role",
  quote = "Set out the expected impact each intervention/mix of interventions will have on early diagnosis and health inequalities and ensure that plans are in place to measure and evaluate local activity.",
  checks = "Every quarter, each EarlyDiagnosis/Intervention must give its @pillar, real text in ExpectedImpact and InequalitiesImpact (not absent, empty or a placeholder) and @evaluationPlan true; an intervention short of any of these is missing, and a return with no intervention is missing.",
  note = "The pillars are those of \"Local Early Diagnosis Plans – priorities and examples\": timely presentation, primary care, local innovation and screening.",
  check = function(doc, out)
    local all = doc:all("EarlyDiagnosis/Intervention")
    if #all == 0 then
      -- absent evidence: assure's own message says whether Early diagnosis
      -- or its Intervention list is absent
      return out:evidence(doc, "EarlyDiagnosis/Intervention", "each intervention of the local plan, with its id, pillar, status and evaluation plan, and its expected impact on stage at diagnosis and on inequalities")
    end
    out:set("total", #all)
    local todo = {} -- what to write, per intervention short of evidence
    for _, i in ipairs(all) do
      local id = i:attr("id") or "?"
      out:try(id, function()
        i:enum("@pillar", PILLARS)
        local gaps, asks = {}, {}
        local s, seen = no_evidence(i:get("ExpectedImpact"))
        if s then
          gaps[#gaps + 1] = "expected impact is " .. state_text(s, seen)
          asks[#asks + 1] = "which tumour sites and populations it should reach, and by how much"
        end
        s, seen = no_evidence(i:get("InequalitiesImpact"))
        if s then
          gaps[#gaps + 1] = "inequalities impact is " .. state_text(s, seen)
          asks[#asks + 1] = "what it does for people in the most deprived areas (Core20PLUS5)"
        end
        if not i:bool("@evaluationPlan") then
          gaps[#gaps + 1] = "no evaluation plan"
          asks[#asks + 1] = "how it will be measured and evaluated (measures, data and timing)"
        end
        if #gaps == 0 then return out:pass { at = i, subject = id } end
        todo[#todo + 1] = id .. ", " .. table.concat(asks, "; ")
        out:missing { at = i, subject = id, detail = table.concat(gaps, ", "),
          prompt = string.format("Write for %s, in the next return, %s.", id, table.concat(asks, "; ")) }
      end)
    end
    out:set("todo", table.concat(todo, ". For "))
  end,
  say = {
    pass = "Every early diagnosis intervention ({subjects}) sets out its pillar, expected impact on early diagnosis and inequalities, and an evaluation plan",
    missing = { message = "{count} of {total} early diagnosis interventions {count|does|do} not fully set out {count|its|their} expected impact and evaluation plan: {details}",
      prompt = "Write in the next return, for {todo}." },
  },
}
