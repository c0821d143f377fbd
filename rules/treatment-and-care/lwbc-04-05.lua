-- LWBC-04 and LWBC-05: an ImprovementPlan in LivingWithAndBeyondCancer
-- delivering by Q4: cancer prehabilitation (per NIHR/Macmillan guidance,
-- plan complete and delivery begun; LWBC-04) and behaviour change and other
-- interventions across the cancer pathway that support increasing any form
-- of physical activity (delivery begun; LWBC-05). One check, declared for
-- each.
--
-- Catalogue revision 2: the pack asks for "co-produced improvement plans and
-- agreements", so a plan that is not co-produced is missing, as LWBC-03's
-- psychosocial plan is. A plan with status none does not exist yet, so there
-- is nothing to be co-produced: the status alone judges it.
local STATUSES = { "none", "in-development", "plan-complete", "delivering" }

-- The check for the plan with @area AREA, called WHAT in details.
local function plan_delivering(AREA, WHAT)
  return function(doc, out, q)
    local p = doc:index("LivingWithAndBeyondCancer/ImprovementPlan", "area")[AREA]
    if not p then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = AREA,
        detail = "no " .. WHAT .. " improvement plan is reported",
        prompt = "Add an ImprovementPlan with area " .. AREA .. ", its status and whether it is co-produced, to the next return." }
    end
    local ok, status = out:try(AREA, p.enum, p, "@status", STATUSES)
    if not ok then return end
    if status ~= "delivering" then
      local item = { at = p, attr = "status", subject = AREA, detail = "the " .. WHAT .. " plan is " .. status }
      if q.is_due then
        out:fail(item)
      elseif q.n >= 2 and (status == "none" or status == "in-development") then
        out:at_risk(item)
      else
        out:not_due(item)
      end
    end
    if status == "none" then return end
    out:try(AREA, function()
      if not p:bool("@coProduced") then
        out:missing { at = p, attr = "coProduced", subject = AREA,
          detail = "the " .. WHAT .. " plan is not co-produced; the pack asks for co-produced improvement plans",
          prompt = "Describe how people affected by cancer and community and system partners are shaping the plan, and the agreement for its sustainable commissioning, by the next return." }
      end
    end)
  end
end

local CHECKS = "The %s ImprovementPlan must have status delivering by Q4: at Q4 any other status fails; at Q2 and Q3 a status of none or in-development is at risk (plan-complete is not yet due); at Q1 anything short of delivering is not yet due. In any quarter the plan is missing if it is absent, or if it exists (any status but none) and is not co-produced (coProduced false); a fail outranks that."

deliverable {
  id = "LWBC-04", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Prehabilitation: plan complete and delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Deliverables",
  quote = "cancer prehabilitation (per NIHR/Macmillan guidance) - complete plan and begin delivery",
  checks = string.format(CHECKS, "prehabilitation"),
  check = plan_delivering("prehabilitation", "prehabilitation"),
  say = {
    pass = "The co-produced cancer prehabilitation plan is complete and delivery has begun",
    fail = { message = "Cancer prehabilitation is not being delivered: {details}; the plan was due to be complete and delivery begun by {due}",
      prompt = "Explain what stands in the way, and give the date delivery will begin (per NIHR/Macmillan guidance) and the agreement for sustainable commissioning, by the next return." },
    ["at-risk"] = { message = "Cancer prehabilitation is not yet being delivered: {details} at {quarter}; the plan must be complete and delivery begun by {due}",
      prompt = "Give the dates to finish the co-produced plan and to start delivery, by the next return." },
    ["not-due"] = "Cancer prehabilitation is not yet being delivered: {details}; delivery must begin by {due}",
    -- the missing items (no plan, not co-produced) carry their own prompts;
    -- a malformed value gets assure's own
    missing = "Cancer prehabilitation: {details}",
  },
}

deliverable {
  id = "LWBC-05", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Physical activity interventions: delivery begun",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Deliverables",
  quote = "behaviour change and other intervention(s) across the cancer pathway that support increasing any form of physical activity - begin delivery.",
  checks = string.format(CHECKS, "physical-activity"),
  check = plan_delivering("physical-activity", "physical-activity"),
  say = {
    pass = "Delivery of co-produced physical activity interventions across the cancer pathway has begun",
    fail = { message = "Physical activity interventions are not being delivered: {details}; delivery was due to begin by {due}",
      prompt = "Explain what stands in the way, and give the date behaviour change and other interventions will start and the agreement for sustainable commissioning, by the next return." },
    ["at-risk"] = { message = "Physical activity interventions are not yet being delivered: {details} at {quarter}; delivery must begin by {due}",
      prompt = "Give the dates to finish the co-produced plan and to start delivery, by the next return." },
    ["not-due"] = "Physical activity interventions are not yet being delivered: {details}; delivery must begin by {due}",
    missing = "Physical activity interventions: {details}",
  },
}
