-- HIST-04: a local milestone marked complete stays complete.
-- A milestone status in words ("on-track" -> "on track").
local function in_words(status)
  local i = status:find("-", 1, true)
  return i and (status:sub(1, i - 1) .. " " .. status:sub(i + 1)) or status
end
deliverable {
  id = "HIST-04", workstream = "history", due = "every", history = true,
  title = "A milestone marked complete does not reappear as open",
  source = "The alliance's own implementation plan (LocalPlan)",
  checks = "Compared with the alliance's previous quarterly return, fail for each milestone that was complete last quarter and is now any other status; runs only with --history, and is not-applicable when the history holds no previous return of the alliance.",
  check = function(doc, out, q)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local was_q = prev:get("Header/Period/@quarter") or "the previous quarter"
    local before = prev:index("LocalPlan/Milestone", "id")
    for _, m in ipairs(doc:all("LocalPlan/Milestone")) do
      local id = m:attr("id")
      local b = id and before[id]
      local now, was = m:attr("status"), b and b:attr("status")
      if was == "complete" and now and now ~= "complete" then
        out:fail { at = m, attr = "status", subject = id,
          detail = string.format("%s, complete in %s, is %s in %s", id, was_q, in_words(now), q.name) }
      end
    end
  end,
  say = {
    pass = "No milestone marked complete last quarter has reopened",
    fail = { message = "{count} {count|milestone|milestones} marked complete in the previous quarter's return {count|is|are} open again: {details}",
      prompt = "In the next return, explain for each why it reopened (new work, or last quarter's status was wrong), with the new completion date." },
    ["not-applicable"] = "No previous quarter's return to compare with",
  },
}
