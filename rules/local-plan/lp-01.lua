-- LP-01: every local milestone due by this quarter is complete; ongoing
-- ("onwards") ones stay on track. A milestone's due quarter may be in any
-- year ("Q1-2 26/27", "Q4 25/26 onwards"): it is placed against the year and
-- quarter being judged. The source is the alliance's own implementation
-- plan, not the pack: no pack quotation.
--
-- Each detail names the milestone's status in words, and says what is wrong
-- in terms that hold for every status: a due milestone "is not complete
-- (reported on track)", never "is not on track ... is on-track".
local STATUS = { ["not-started"] = "not started", ["on-track"] = "on track", ["at-risk"] = "at risk",
  ["off-track"] = "off track", complete = "complete" }

deliverable {
  id = "LP-01", workstream = "local-plan", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every local milestone due by this quarter is complete; ongoing ones stay on track",
  source = "The alliance's own implementation plan (LocalPlan)",
  checks = "Each LocalPlan milestone due by the judged quarter (a range is due at its last quarter) must be complete: fail otherwise, whatever else its status says; an 'onwards' milestone, from its first quarter, fails if not-started or off-track and is at-risk if at-risk; a milestone not yet due is at-risk if at-risk or off-track; missing if a complete, at-risk or off-track milestone's Evidence is no evidence.",
  each = "LocalPlan/Milestone", subject = "@id", none = "not-applicable",
  judge = function(m, q)
    local id = m:attr("id") or "?"
    local due_text = m:text("@due")
    local due = quarters.parse_due(due_text)
    if not due then
      return "missing", string.format("%s has due '%s', not a quarter such as 'Q2 25/26'", id, due_text),
        "In the next return, write the due quarter of " .. id .. " in the plan's form ('Q2 25/26', 'Q1-2 25/26' or 'Q1 25/26 onwards')."
    end
    local status = m:enum("@status", { "not-started", "on-track", "at-risk", "off-track", "complete" })
    local said = STATUS[status]
    -- Position of the judged quarter against the milestone's quarters.
    local started = q.key >= due.from
    local is_due = q.key >= due.to
    local title = m:get("Title") or id
    local start = string.format("Q%d %s", due.first, due.year)
    -- The status alone decides a fail; missing Evidence (for complete,
    -- at-risk or off-track) outranks anything milder (worst of the two).
    local function by_status()
      if due.onwards then
        if not started then
          if status == "at-risk" or status == "off-track" then
            return "at-risk", string.format("%s (%s), starting %s, is already reported %s", id, title, start, said)
          end
          return "not-due", string.format("%s starts %s (reported %s)", id, start, said)
        end
        if status == "not-started" then
          return "fail", string.format("%s (%s), ongoing from %s, has not started", id, title, start)
        end
        if status == "off-track" then
          return "fail", string.format("%s (%s), ongoing from %s, is off track", id, title, start)
        end
        if status == "at-risk" then
          return "at-risk", string.format("%s (%s), ongoing from %s, is at risk", id, title, start)
        end
        return "pass"
      end
      if status == "complete" then return "pass" end
      if is_due then
        return "fail", string.format("%s (%s), due %s, is not complete (reported %s)", id, title, due_text, said)
      end
      if status == "at-risk" or status == "off-track" then
        return "at-risk", string.format("%s (%s), due %s, is %s", id, title, due_text, said)
      end
      return "not-due", string.format("%s is due %s (reported %s)", id, due_text, said)
    end
    local outcome, detail = by_status()
    if outcome ~= "fail" and (status == "complete" or status == "at-risk" or status == "off-track") then
      local state = m:evidence_state("Evidence")
      if state ~= "present" then
        return "missing", string.format("%s is reported %s but its Evidence is %s", id, said,
          state == "placeholder" and "only a placeholder" or state),
          string.format("In the next return, write in the Evidence of %s what shows it is %s%s.", id, said,
            status ~= "complete" and ", with the recovery actions and their dates" or "")
      end
    end
    return outcome, detail
  end,
  say = {
    pass = "Every local milestone due by {quarter} is complete and ongoing ones are on track",
    fail = { message = "{count} local {count|milestone is|milestones are} behind the plan at {quarter}: {details}",
      prompt = "By the next return, give the revised completion date for each (for an ongoing one, the date it is back on plan), the reason it is behind and the recovery actions, or the evidence if it is complete." },
    missing = { message = "{count} local {count|milestone lacks|milestones lack} evidence or a readable due quarter: {details}",
      prompt = "In the next return, give each a due quarter in the plan's form ('Q2 25/26', 'Q1-2 25/26', 'Q1 25/26 onwards') or Evidence for its status (for one at risk or off track, the recovery actions with dates)." },
    ["at-risk"] = { message = "{count} local {count|milestone is|milestones are} at risk: {details}",
      prompt = "By the next return, give the recovery actions for each and the date it will be back on track." },
    ["not-due"] = "{count} local {count|milestone is|milestones are} not yet due: {details}",
    ["not-applicable"] = "The return has no local plan milestones",
  },
}
