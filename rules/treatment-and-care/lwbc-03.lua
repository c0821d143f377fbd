-- LWBC-03: psychosocial support: continued delivery of pre-existing,
-- co-produced improvement plans.
local AREA = "psychosocial"
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

deliverable {
  id = "LWBC-03", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Psychosocial support: continued delivery of plans",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "The psychosocial ImprovementPlan must have status delivering every quarter, or it fails. It is missing if there is no psychosocial plan or it is not co-produced (coProduced false).",
  check = function(doc, out)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no psychosocial support improvement plan is reported",
        prompt = "No psychosocial support improvement plan is reported; the pack expects continued delivery of the pre-existing, co-produced psychosocial support plan every quarter. Add an ImprovementPlan with area psychosocial to LivingWithAndBeyondCancer, with its status (delivering when delivery continues) and whether it is co-produced (coProduced)." }
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
          detail = "the psychosocial support plan is not co-produced",
          prompt = "The psychosocial support plan is marked not co-produced (coProduced false); the pack expects co-produced improvement plans and agreements, demonstrating community/system collaboration, every quarter. Describe how the psychosocial support plan is being co-produced with people affected by cancer and community and system partners, and the agreement for its sustainable commissioning and delivery, then set coProduced to true." }
      end
    end)
  end,
  say = {
    pass = "The co-produced psychosocial support plan is being delivered",
    fail = { message = "Psychosocial support: {details}; continued delivery is expected every quarter",
      prompt = "Psychosocial support: {details}, where the pack expects continued delivery of the pre-existing plan in {quarter} and every quarter. Describe why the psychosocial support plan is not being delivered, and the actions and date to resume delivery, with the agreement for sustainable commissioning and delivery." },
    -- the two missing paths (no plan, not co-produced) carry their own prompts
    missing = "Psychosocial support: {details}",
  },
}
