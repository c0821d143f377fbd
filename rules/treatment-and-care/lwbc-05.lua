-- LWBC-05: behaviour change and other interventions across the cancer
-- pathway that support increasing any form of physical activity: begin
-- delivery by Q4.
local AREA = "physical-activity"
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

deliverable {
  id = "LWBC-05", workstream = "treatment-and-care", due = "Q4",
  title = "Physical activity interventions: delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "The physical-activity ImprovementPlan must have status delivering by Q4: at Q4 any other status fails; at Q2 and Q3 a status of none or in-development is at risk (plan-complete is not yet due); at Q1 anything short of delivering is not yet due. No physical-activity plan is missing.",
  check = function(doc, out, q)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no physical-activity improvement plan is reported",
        prompt = "No physical activity improvement plan is reported; delivery must have begun by Q4. Add an ImprovementPlan with area physical-activity to LivingWithAndBeyondCancer, with its status (none, in-development, plan-complete or delivering) and whether it is co-produced." }
    end
    local status = p:enum("@status", STATUSES)
    if status == "delivering" then return end
    local item = { at = p, attr = "status", subject = AREA,
      detail = "the physical-activity plan is " .. status }
    if q.is_due then
      out:fail(item)
    elseif q.n >= 2 and (status == "none" or status == "in-development") then
      out:at_risk(item)
    else
      out:not_due(item)
    end
  end,
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
