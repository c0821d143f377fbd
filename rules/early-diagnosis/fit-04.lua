-- FIT-04: every endoscopy provider on the NEDi2.1 schema by Q4.
deliverable {
  id = "FIT-04", workstream = "early-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "All endoscopy providers on the NEDi2.1 schema",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  checks = "Every header Provider with endoscopy=\"true\" must have a FIT/EndoscopyProvider entry on NEDi2.1: at Q4 fail listing those that are not, before Q4 at-risk; missing for an endoscopy provider with no entry; not-applicable with no endoscopy providers.",
  each = "Header/Provider[@endoscopy='true']", subject = "@code", none = "not-applicable",
  judge = function(p, q)
    local code = p:attr("code")
    local e = p:root():index("FIT/EndoscopyProvider", "code")[code]
    if not e then
      return "missing", "no FIT > Endoscopy provider entry for " .. code,
        "Add an EndoscopyProvider entry for " .. code .. " with its National Endoscopy Database schema and data completeness."
    end
    local schema = e:text("@schema")
    if schema == "NEDi2.1" then return "pass" end
    return q.is_due and "fail" or "at-risk", code .. " is on " .. schema, nil, e
  end,
  say = {
    pass = "Every endoscopy provider is on NEDi2.1",
    fail = { message = "{count} endoscopy {count|provider is|providers are} not on NEDi2.1 ({details}); all were due to move by {due}",
      prompt = "Give the date {subjects} will move to the National Endoscopy Database schema NEDi2.1, and the support the alliance is providing (programme management, budget, data quality)." },
    missing = { message = "{count} endoscopy {count|provider has|providers have} no FIT > Endoscopy provider entry: {subjects}",
      prompt = "Add an EndoscopyProvider entry for {subjects} with the National Endoscopy Database schema each submits to and its data completeness; all endoscopy providers must be on NEDi2.1 by {due}." },
    ["at-risk"] = { message = "{count} endoscopy {count|provider is|providers are} not yet on NEDi2.1 ({details}); all must be by {due}",
      prompt = "Set out the plan and date for {subjects} to move to the National Endoscopy Database schema NEDi2.1 by {due}, and the support the alliance is giving." },
  },
}
