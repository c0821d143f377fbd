-- LWBC-03: psychosocial support: continued delivery of pre-existing,
-- co-produced improvement plans.
local AREA = "psychosocial"
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

deliverable {
  id = "LWBC-03", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Psychosocial support: continued delivery of plans",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Deliverables",
  quote = "psychosocial support - continued delivery of pre-existing plans",
  checks = "The psychosocial ImprovementPlan must have status delivering every quarter, or it fails. It is missing if there is no psychosocial plan or it is not co-produced (coProduced false).",
  check = function(doc, out)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no psychosocial support improvement plan is reported",
        prompt = "Add an ImprovementPlan with area psychosocial, its status and whether it is co-produced, to the next return." }
    end
    out:try(AREA, function()
      local status = p:enum("@status", STATUSES)
      if status ~= "delivering" then
        out:fail { at = p, attr = "status", subject = AREA,
          detail = "the psychosocial support plan is " .. status .. ", not delivering" }
      end
    end)
    out:try(AREA, function()
      if not p:bool("@coProduced") then
        out:missing { at = p, attr = "coProduced", subject = AREA,
          detail = "the psychosocial support plan is not co-produced; the pack asks for co-produced improvement plans",
          prompt = "Describe how people affected by cancer and community and system partners are shaping the plan, and the agreement for its sustainable commissioning, by the next return." }
      end
    end)
  end,
  say = {
    pass = "The co-produced psychosocial support plan is being delivered",
    fail = { message = "Psychosocial support: {details}; continued delivery is expected every quarter",
      prompt = "Explain why delivery stopped or has not started, and give the actions and the date to resume it, by the next return." },
    -- the two missing paths (no plan, not co-produced) carry their own prompts
    missing = "Psychosocial support: {details}",
  },
}
