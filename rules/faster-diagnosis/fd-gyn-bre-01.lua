-- FD-GYN-01 and FD-BRE-01: a pathway live at every eligible provider by Q2:
-- the unscheduled bleeding on HRT pathway for gynaecology (FD-GYN-01) and
-- the breast pain pathway (FD-BRE-01, "as FD-GYN-01"). One judge, declared
-- for each.

-- The judge for the pathway whose status is the attribute PATHWAY.
local function pathway_live(PATHWAY)
  return function(p, q)
    local code = p:attr("code") or "?"
    if not p:bool("@eligible") then return "not-applicable", code .. " is not eligible" end
    local s = p:enum(PATHWAY, { "not-started", "planned", "live", "bau" })
    local detail = code .. " " .. s
    if s == "live" or s == "bau" then return "pass", detail end
    if q.is_due then return "fail", detail end
    return s == "not-started" and "at-risk" or "not-due", detail
  end
end

deliverable {
  id = "FD-GYN-01", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Unscheduled bleeding on HRT pathway live at all eligible providers",
  source = "Planning pack 2025/26: Faster Diagnosis: Gynaecological Cancer",
  row = "Deliverables",
  quote = "Complete the rollout of Unscheduled Bleeding on HRT pathways to all eligible providers by Q2 2025/26",
  checks = "Each gynaecology provider with @eligible=true must have @hrtPathway live or bau: from Q2 it fails listing the eligible providers that are not-started or planned; in Q1 it is at-risk for those not-started and not-due for those planned. Providers not eligible are not-applicable; missing if no gynaecology provider is listed.",
  each = "FasterDiagnosis/Gynaecology/Provider", subject = "@code", none = "missing",
  judge = pathway_live("@hrtPathway"),
  say = {
    pass = "The unscheduled bleeding on HRT pathway is live at every eligible provider ({details})",
    fail = { message = "The unscheduled bleeding on HRT pathway is not live at {count} eligible {count|provider|providers} ({details}); rollout to all eligible providers was due by {due}",
      prompt = "Give the go-live date for {subjects}, the reason for the delay and the actions agreed with primary and secondary care, in the next return." },
    ["at-risk"] = { message = "The unscheduled bleeding on HRT pathway has not started at {count} eligible {count|provider|providers} ({details}); it must be live at all eligible providers by {due}",
      prompt = "Set out the rollout plan for {subjects}: the pathway model agreed across primary and secondary care, and the go-live date, in the next return." },
    ["not-due"] = "The unscheduled bleeding on HRT pathway is planned but not yet live at {subjects}; all eligible providers must be live by {due}",
    missing = { message = "{details}: the unscheduled bleeding on HRT pathway must be live at every eligible provider by {due}",
      prompt = "List each gynaecology provider with its eligibility and the status of its pathway, in the next return." },
    ["not-applicable"] = "No gynaecology provider is eligible for the unscheduled bleeding on HRT pathway",
  },
}

deliverable {
  id = "FD-BRE-01", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Breast pain pathway live at all eligible providers",
  source = "Planning pack 2025/26: Faster Diagnosis: Breast Cancer",
  row = "Deliverables",
  quote = "Complete the rollout of breast pain Pathways to all eligible providers by Q2 2025/26",
  checks = "Each breast provider with @eligible=true must have @breastPainPathway live or bau: from Q2 it fails listing the eligible providers that are not-started or planned; in Q1 it is at-risk for those not-started and not-due for those planned. Providers not eligible are not-applicable; missing if no breast provider is listed.",
  each = "FasterDiagnosis/Breast/Provider", subject = "@code", none = "missing",
  judge = pathway_live("@breastPainPathway"),
  say = {
    pass = "The breast pain pathway is live at every eligible provider ({details})",
    fail = { message = "The breast pain pathway is not live at {count} eligible {count|provider|providers} ({details}); rollout to all eligible providers was due by {due}",
      prompt = "Give the go-live date for {subjects}, the reason for the delay and the actions agreed with primary and secondary care on the pathway model and clinical triage, in the next return." },
    ["at-risk"] = { message = "The breast pain pathway has not started at {count} eligible {count|provider|providers} ({details}); it must be live at all eligible providers by {due}",
      prompt = "Set out the rollout plan for {subjects}: the pathway model agreed across primary and secondary care, and the go-live date, in the next return." },
    ["not-due"] = "The breast pain pathway is planned but not yet live at {subjects}; all eligible providers must be live by {due}",
    missing = { message = "{details}: the breast pain pathway must be live at every eligible provider by {due}",
      prompt = "List each breast provider with its eligibility and the status of its breast pain pathway, in the next return." },
    ["not-applicable"] = "No breast provider is eligible for the breast pain pathway",
  },
}
