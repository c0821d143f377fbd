-- FIT-04: every endoscopy provider on the NEDi2.1 schema, with high data
-- quality and completeness. The pack gives no date for the move: the due
-- quarter is the regional tolerance FIT-04.due (default Q4, the year end).
-- Nor does it give a figure for "high data quality and completeness": a
-- provider on NEDi2.1 below FIT-04.completeness (default 95%) is at-risk, in
-- any quarter (catalogue revision 2).
local DUE = tolerance("FIT-04.due")
local COMPLETE = tolerance("FIT-04.completeness")
local LINE = num_text(COMPLETE) .. "%"

deliverable {
  id = "FIT-04", workstream = "early-diagnosis", due = DUE,
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "All endoscopy providers on the NEDi2.1 schema, with high data completeness",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Deliverables",
  quote = "Support all endoscopy providers to move to the most up to date National Endoscopy Database schema, NEDi2.1",
  checks = "Every header Provider with endoscopy=\"true\" must have a FIT/EndoscopyProvider entry on NEDi2.1 by {FIT-04.due}: from then fail listing those that are not, before then at-risk. A provider on NEDi2.1 whose dataCompleteness is below {FIT-04.completeness} is at-risk in any quarter (the pack: \"with high data quality and completeness\"). Missing for an endoscopy provider with no entry; not-applicable with no endoscopy providers.",
  note = "The pack names no date for the move to NEDi2.1 and no figure for high data completeness: both are regional tolerances. The Cancer Alliance role row adds: \"All sites moving to this schema with high data quality and completeness is a critical pre-requisite to standing the Cancer Alliance FIT data collection down.\"",
  each = "Header/Provider[@endoscopy='true']", subject = "@code", none = "not-applicable",
  judge = function(p, q)
    local code = p:attr("code")
    if not code then -- schema-invalid (XML-02 names it), but still a provider to account for
      return "missing", string.format("the endoscopy provider on line %d has no code, so its FIT entry cannot be found", p:line())
    end
    local e = p:root():index("FIT/EndoscopyProvider", "code")[code]
    if not e then
      return "missing", "no FIT > Endoscopy provider entry for " .. code
    end
    local schema = e:enum("@schema", { "NEDi2.1", "NEDi2.0", "other" })
    if schema ~= "NEDi2.1" then
      return q.is_due and "fail" or "at-risk", code .. " on " .. schema, nil, e
    end
    local complete = e:pct("@dataCompleteness")
    local detail = string.format("%s %s%%", code, num_text(complete))
    if complete < COMPLETE then return "at-risk", detail, nil, e end
    return "pass", detail, nil, e
  end,
  say = {
    pass = "Every endoscopy provider is on NEDi2.1 with data " .. LINE .. " complete or more (completeness: {details})",
    fail = { message = "{count} endoscopy {count|provider is|providers are} not on NEDi2.1 at {quarter}, the region's date for the move (the pack gives none): {details}",
      prompt = "By the next return, give the date {subjects} will submit on NEDi2.1 and the alliance's support (programme management, budget)." },
    missing = { message = "{count} endoscopy {count|provider has|providers have} no FIT > Endoscopy provider entry: {subjects}",
      prompt = "Add {count|it|them} in the next return, with the National Endoscopy Database schema each submits to and its data completeness." },
    ["at-risk"] = { message = "{count} of {total} endoscopy providers {count|is|are} below the region's line (NEDi2.1 by {due}, data " .. LINE .. " complete): {details}",
      prompt = "By the next return, say when {subjects} will meet it and what programme management or budget the alliance gives." },
  },
}
