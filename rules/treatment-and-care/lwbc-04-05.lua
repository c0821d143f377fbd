-- LWBC-04 and LWBC-05: an ImprovementPlan in LivingWithAndBeyondCancer
-- delivering by Q4: cancer prehabilitation (per NIHR/Macmillan guidance,
-- plan complete and delivery begun; LWBC-04) and behaviour change and other
-- interventions across the cancer pathway that support increasing any form
-- of physical activity (delivery begun; LWBC-05). One check, declared for
-- each.
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

-- The check for the plan with @area AREA; MISSING_PROMPT when there is none.
local function plan_delivering(AREA, MISSING_PROMPT)
  return function(doc, out, q)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no " .. AREA .. " improvement plan is reported",
        prompt = MISSING_PROMPT }
    end
    local status = p:enum("@status", STATUSES)
    if status == "delivering" then return end
    local item = { at = p, attr = "status", subject = AREA,
      detail = "the " .. AREA .. " plan is " .. status }
    if q.is_due then
      out:fail(item)
    elseif q.n >= 2 and (status == "none" or status == "in-development") then
      out:at_risk(item)
    else
      out:not_due(item)
    end
  end
end

deliverable {
  id = "LWBC-04", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Prehabilitation: plan complete and delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "The prehabilitation ImprovementPlan must have status delivering by Q4: at Q4 any other status fails; at Q2 and Q3 a status of none or in-development is at risk (plan-complete is not yet due); at Q1 anything short of delivering is not yet due. No prehabilitation plan is missing.",
  check = plan_delivering("prehabilitation",
    "No cancer prehabilitation improvement plan is reported; the plan must be complete and delivery begun by Q4. Add an ImprovementPlan with area prehabilitation to LivingWithAndBeyondCancer, with its status (none, in-development, plan-complete or delivering) and whether it is co-produced."),
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

deliverable {
  id = "LWBC-05", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Physical activity interventions: delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "The physical-activity ImprovementPlan must have status delivering by Q4: at Q4 any other status fails; at Q2 and Q3 a status of none or in-development is at risk (plan-complete is not yet due); at Q1 anything short of delivering is not yet due. No physical-activity plan is missing.",
  check = plan_delivering("physical-activity",
    "No physical activity improvement plan is reported; delivery must have begun by Q4. Add an ImprovementPlan with area physical-activity to LivingWithAndBeyondCancer, with its status (none, in-development, plan-complete or delivering) and whether it is co-produced."),
  say = {
    pass = "Delivery of physical activity interventions across the cancer pathway has begun",
    fail = { message = "Physical activity interventions are not being delivered: {details}; delivery was due to begin by {due}",
      prompt = "Physical activity interventions are not being delivered: {details}, but delivery had to begin by {due}. Describe what stands in the way of delivering behaviour change and other interventions across the cancer pathway that support increasing any form of physical activity, the date delivery will begin, and the co-produced agreement for its sustainable commissioning and delivery." },
    ["at-risk"] = { message = "Physical activity interventions are not yet being delivered: {details} at {quarter}; delivery must begin by {due}",
      prompt = "Physical activity interventions are not yet being delivered: {details} at {quarter}, but delivery must begin by {due}. Set out the dates to complete the co-produced plan with community and system partners and to begin delivering behaviour change and other interventions across the cancer pathway that support increasing any form of physical activity by {due}." },
    ["not-due"] = "Physical activity interventions are not yet being delivered: {details}; delivery must begin by {due}",
    -- the absent-plan prompt is on the item; a malformed status gets assure's own
    missing = "Physical activity interventions: {details}",
  },
}
