-- LP-01: every local milestone due by this quarter is complete; ongoing
-- ("onwards") ones stay on track. A milestone's due quarter may be in any
-- year ("Q1-2 26/27", "Q4 25/26 onwards"): it is placed against the year and
-- quarter being judged.

deliverable {
  id = "LP-01", workstream = "local-plan", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every local milestone due by this quarter is complete; ongoing ones stay on track",
  source = "The alliance's own implementation plan (LocalPlan)",
  checks = "Each LocalPlan milestone due by the judged quarter (a range is due at its last quarter) must be complete: fail otherwise; an 'onwards' milestone, from its first quarter, fails if not-started or off-track and is at-risk if at-risk; a milestone not yet due is at-risk if at-risk or off-track; missing if a complete, at-risk or off-track milestone's Evidence is no evidence.",
  each = "LocalPlan/Milestone", subject = "@id", none = "not-applicable",
  judge = function(m, q)
    local id = m:attr("id") or "?"
    local due_text = m:text("@due")
    local due = quarters.parse_due(due_text)
    if not due then
      return "missing", string.format("%s has due '%s', not a quarter such as 'Q2 25/26'", id, due_text),
        "Correct the due quarter of " .. id .. " (e.g. 'Q2 25/26', 'Q1-2 25/26' or 'Q1 25/26 onwards')."
    end
    local status = m:enum("@status", { "not-started", "on-track", "at-risk", "off-track", "complete" })
    -- Position of the judged quarter against the milestone's quarters.
    local started = q.key >= due.from
    local is_due = q.key >= due.to
    local title = m:get("Title") or id
    -- The status alone decides a fail; missing Evidence (for complete,
    -- at-risk or off-track) outranks anything milder (worst of the two).
    local function by_status()
      if due.onwards then
        if not started then
          if status == "at-risk" or status == "off-track" then
            return "at-risk", string.format("%s (%s) is %s before it starts in %s", id, title, status, due_text)
          end
          return "not-due", id .. " starts in " .. due_text
        end
        if status == "not-started" or status == "off-track" then
          return "fail", string.format("%s (%s), ongoing from %s, is %s", id, title, due_text, status)
        end
        if status == "at-risk" then
          return "at-risk", string.format("%s (%s), ongoing from %s, is at risk", id, title, due_text)
        end
        return "pass"
      end
      if status == "complete" then return "pass" end
      if is_due then
        return "fail", string.format("%s (%s) was due %s and is %s", id, title, due_text, status)
      end
      if status == "at-risk" or status == "off-track" then
        return "at-risk", string.format("%s (%s), due %s, is %s", id, title, due_text, status)
      end
      return "not-due", string.format("%s is due %s", id, due_text)
    end
    local outcome, detail = by_status()
    if outcome ~= "fail" and (status == "complete" or status == "at-risk" or status == "off-track") then
      local state = m:evidence_state("Evidence")
      if state ~= "present" then
        return "missing", string.format("%s is marked %s but its Evidence is %s", id, status,
          state == "placeholder" and "only a placeholder" or state),
          string.format("Describe in the Evidence of %s what shows it is %s%s.", id, status,
            status ~= "complete" and ", and the recovery actions with dates" or "")
      end
    end
    return outcome, detail
  end,
  say = {
    pass = "Every local milestone due by {quarter} is complete and ongoing ones are on track",
    fail = { message = "{count} local {count|milestone is|milestones are} not complete or on track when due: {details}",
      prompt = "For {subjects}, give the revised completion date, the reason for the delay and the recovery actions, or mark the milestone complete with evidence." },
    missing = { message = "{count} local {count|milestone lacks|milestones lack} evidence or a readable due quarter: {details}",
      prompt = "For {subjects}, describe in Evidence what shows the status reported (and for at-risk or off-track milestones the recovery actions with dates), and give due quarters in the plan's form ('Q2 25/26', 'Q1-2 25/26', 'Q1 25/26 onwards')." },
    ["at-risk"] = { message = "{count} local {count|milestone is|milestones are} at risk: {details}",
      prompt = "Describe the recovery plan and dates for {subjects}." },
    ["not-due"] = "{count} local {count|milestone is|milestones are} not yet due and on track: {details}",
    ["not-applicable"] = "The return has no local plan milestones",
  },
}
