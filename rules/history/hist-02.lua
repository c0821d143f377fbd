-- HIST-02: year-to-date spend never falls within the financial year.
deliverable {
  id = "HIST-02", workstream = "history", due = "every", history = true,
  title = "Year-to-date spend does not fall between quarters",
  source = "Planning pack 2025/26: Service Development Funding (2), further information",
  checks = "Compared with the alliance's previous quarterly return of the same financial year, fail for each workstream whose actualYearToDate is lower than last quarter's; runs only with --history, and is not-applicable when the history holds no previous return of the alliance, or when it is of the year before (a Q1 return).",
  check = function(doc, out, q)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local was_year = prev:get("Header/Period/@financialYear")
    if was_year ~= q.year then
      return out:not_applicable { detail = string.format(
        "the previous return is of %s: year-to-date spend starts again in each financial year", tostring(was_year)) }
    end
    local was_q = prev:get("Header/Period/@quarter") or "the previous quarter"
    local before = prev:index("Finance/Workstream", "id")
    for _, w in ipairs(doc:all("Finance/Workstream")) do
      local id = w:attr("id")
      local b = id and before[id]
      if b then
        local now = w:gbp("@actualYearToDate", nil)
        local was = b:gbp("@actualYearToDate", nil)
        if now and was and now < was then
          out:fail { at = w, attr = "actualYearToDate", subject = id,
            detail = string.format("%s from %s to %s (%s to %s)", id, money(was), money(now), was_q, q.name) }
        end
      end
    end
  end,
  say = {
    pass = "Year-to-date spend has not fallen since the previous quarter",
    fail = { message = "Year-to-date spend fell since the previous quarter in {count} {count|workstream|workstreams}: {details}",
      prompt = "In the next return, correct each figure (it includes every earlier quarter, so it cannot fall), or explain the adjustment (a reversed accrual or a recharge) and restate last quarter's figure." },
    ["not-applicable"] = "Not compared: {details}",
  },
}
