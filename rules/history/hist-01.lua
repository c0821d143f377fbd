-- HIST-01: no provider's pathway status goes backwards from one quarter to
-- the next (e.g. a live HRT bleeding service reported as planned).
local PATHWAYS = {
  { path = "FasterDiagnosis/Urology/Provider", attr = "oneStopHaematuria", name = "one stop haematuria service",
    rank = { ["not-assessed"] = 0, ["not-feasible"] = 1, planned = 1, live = 2 } },
  { path = "FasterDiagnosis/Gynaecology/Provider", attr = "hrtPathway", name = "unscheduled bleeding on HRT pathway",
    rank = { ["not-started"] = 0, planned = 1, live = 2, bau = 3 } },
  { path = "FasterDiagnosis/Breast/Provider", attr = "breastPainPathway", name = "breast pain pathway",
    rank = { ["not-started"] = 0, planned = 1, live = 2, bau = 3 } },
}

deliverable {
  id = "HIST-01", workstream = "history", due = "every", history = true,
  title = "No provider's pathway status goes backwards between quarters",
  source = "Planning pack 2025/26: Faster Diagnosis pathways (rollout and transition to BAU)",
  checks = "Compared with the alliance's previous quarterly return, fail for each provider whose one stop haematuria, HRT bleeding or breast pain pathway status moved backwards (e.g. live to planned); runs only with --history, and is not-applicable when the history holds no previous return of the alliance.",
  check = function(doc, out, q)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local was_q = prev:get("Header/Period/@quarter") or "the previous quarter"
    for _, pw in ipairs(PATHWAYS) do
      local before = prev:index(pw.path, "code")
      for _, p in ipairs(doc:all(pw.path)) do
        local code = p:attr("code")
        local b = code and before[code]
        local now, was = p:attr(pw.attr), b and b:attr(pw.attr)
        if now and was and pw.rank[now] and pw.rank[was] and pw.rank[now] < pw.rank[was] then
          out:fail { at = p, attr = pw.attr, subject = code,
            detail = string.format("the %s at %s went from %s in %s to %s in %s", pw.name, code, was, was_q, now, q.name) }
        end
      end
    end
  end,
  say = {
    pass = "No pathway status went backwards since the previous quarter",
    fail = { message = "{count} pathway {count|status went|statuses went} backwards since the previous quarter: {details}",
      prompt = "In the next return, explain for each why it is reported at an earlier stage (a service paused or withdrawn, or last quarter's return corrected), with the plan and date to restore it." },
    ["not-applicable"] = "No previous quarter's return to compare with",
  },
}
