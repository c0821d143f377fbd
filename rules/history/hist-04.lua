-- HIST-04: a local milestone marked complete stays complete.
deliverable {
  id = "HIST-04", workstream = "history", due = "every",
  title = "A milestone marked complete does not reappear as open",
  source = "The alliance's own implementation plan (LocalPlan)",
  checks = "Compared with the alliance's previous quarterly return, fail for each milestone that was complete last quarter and is now any other status; not-applicable without a previous return.",
  check = function(doc, out)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local before = prev:index("LocalPlan/Milestone", "id")
    for _, m in ipairs(doc:all("LocalPlan/Milestone")) do
      local id = m:attr("id")
      local b = id and before[id]
      local now, was = m:attr("status"), b and b:attr("status")
      if was == "complete" and now and now ~= "complete" then
        out:fail { at = m, attr = "status", subject = id,
          detail = string.format("%s was complete last quarter and is now %s", id, now) }
      end
    end
  end,
  say = {
    pass = "No milestone marked complete last quarter has reopened",
    fail = { message = "{count} {count|milestone|milestones} marked complete last quarter {count|is|are} open again: {details}",
      prompt = "Explain why {subjects} {count|is|are} no longer complete (work reopened, or last quarter's status was wrong), with the new completion date." },
    ["not-applicable"] = "No previous quarter's return to compare with",
  },
}
