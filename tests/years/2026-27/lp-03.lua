-- LP-03 (the 2026/27 fixture pack): every local milestone due by the quarter
-- judged is complete, whatever year its due quarter is written in ("Q1-4
-- 25/26" is overdue in 2026/27; "Q1 25/26 onwards" has started; "Q1-2
-- 26/27" is not due until Q2). quarters.parse_due gives each as keys to
-- compare with q.key.
deliverable {
  id = "LP-03", workstream = "local-plan", due = "every",
  from = "2026/27 Q1", to = "2026/27 Q4",
  title = "Every local milestone due by this quarter, in any year, is complete",
  source = "The 2026/27 fixture pack (tests/years/2026-27): not a real planning pack",
  checks = "Each LocalPlan milestone whose due quarter (its last, for a range) is at or before the quarter judged must be complete: fail otherwise; one still to come is not-due; an 'onwards' milestone passes while it is on track, is at-risk when at risk and fails otherwise; missing if its due text is not a quarter.",
  each = "LocalPlan/Milestone", subject = "@id", none = "not-applicable",
  judge = function(m, q)
    local id, text = m:attr("id"), m:text("@due")
    local due = quarters.parse_due(text)
    if not due then return "missing", id .. " is due '" .. text .. "', not a quarter such as 'Q2 26/27'" end
    local status = m:enum("@status", { "not-started", "on-track", "at-risk", "off-track", "complete" })
    if due.onwards then
      if q.key < due.from then return "not-due", id .. " starts " .. text end
      if status == "at-risk" then return "at-risk", id .. " is at risk" end
      return (status == "on-track" or status == "complete") and "pass" or "fail", id .. " is " .. status
    end
    if status == "complete" then return "pass", id .. " is complete" end
    if q.key >= due.to then return "fail", id .. " was due " .. text .. " and is " .. status end
    return "not-due", id .. " is due " .. text
  end,
  say = {
    pass = "Every milestone due by {quarter} {year} is complete",
    fail = { message = "{count} {count|milestone is|milestones are} not complete when due: {details}",
      prompt = "Give the revised date and the recovery actions for {subjects} in the next return." },
    missing = { message = "{details}", prompt = "Write the due quarter of {subjects} as 'Q2 26/27', 'Q1-2 26/27' or 'Q1 26/27 onwards'." },
    ["at-risk"] = { message = "{count} ongoing {count|milestone is|milestones are} at risk: {details}",
      prompt = "Give the recovery actions and dates for {subjects} in the next return." },
    ["not-due"] = "{count} {count|milestone is|milestones are} not yet due: {details}",
  },
}
