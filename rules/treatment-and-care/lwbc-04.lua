-- LWBC-04: cancer prehabilitation (per NIHR/Macmillan guidance): complete the
-- plan and begin delivery by Q4.
local AREA = "prehabilitation"
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

deliverable {
  id = "LWBC-04", workstream = "treatment-and-care", due = "Q4",
  title = "Prehabilitation: plan complete and delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "The prehabilitation ImprovementPlan must have status delivering by Q4: at Q4 any other status fails; at Q2 and Q3 a status of none or in-development is at risk (plan-complete is not yet due); at Q1 anything short of delivering is not yet due. No prehabilitation plan is missing.",
  check = function(doc, out, q)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no prehabilitation improvement plan is reported",
        prompt = "No cancer prehabilitation improvement plan is reported; the plan must be complete and delivery begun by Q4. Add an ImprovementPlan with area prehabilitation to LivingWithAndBeyondCancer, with its status (none, in-development, plan-complete or delivering) and whether it is co-produced." }
    end
    local status = p:enum("@status", STATUSES)
    if status == "delivering" then return end
    local item = { at = p, attr = "status", subject = AREA,
      detail = "the prehabilitation plan is " .. status }
    if q.is_due then
      out:fail(item)
    elseif q.n >= 2 and (status == "none" or status == "in-development") then
      out:at_risk(item)
    else
      out:not_due(item)
    end
  end,
  say = {
    pass = "The cancer prehabilitation plan is complete and delivery has begun",
    fail = { message = "Cancer prehabilitation is not being delivered: {details}; the plan was due to be complete and delivery begun by {due}",
      prompt = "Cancer prehabilitation is not being delivered: {details}, but the plan had to be complete and delivery begun by {due}. Describe what stands in the way of delivering cancer prehabilitation (per NIHR/Macmillan guidance), the date delivery will begin, and the co-produced agreement for its sustainable commissioning and delivery." },
    ["at-risk"] = { message = "Cancer prehabilitation is not yet being delivered: {details} at {quarter}; the plan must be complete and delivery begun by {due}",
      prompt = "Cancer prehabilitation is not yet being delivered: {details} at {quarter}, but the plan must be complete and delivery begun by {due}. Set out the dates to complete the co-produced cancer prehabilitation plan (per NIHR/Macmillan guidance) with community and system partners and to begin delivery by {due}." },
    ["not-due"] = "Cancer prehabilitation is not yet being delivered: {details}; delivery must begin by {due}",
    -- the absent-plan prompt is on the item; a malformed status gets assure's own
    missing = "Cancer prehabilitation: {details}",
  },
}
