-- HIST-03: an ICB's early diagnosis target or baseline differs from the one
-- in the previous quarter's return of the same financial year. Revision 2:
-- the rule says only what changed between the quarters; it makes no claim
-- about how often the pack has targets set. Like HIST-02 it compares only
-- within a financial year: a Q1 return's previous return is of the year
-- before, whose plan had its own figures.
deliverable {
  id = "HIST-03", workstream = "history", due = "every", history = true,
  title = "Early diagnosis targets and baselines as in the previous quarter's return",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  checks = "Compared with the alliance's previous quarterly return of the same financial year, at-risk for each ICB whose early diagnosis target or baseline differs from last quarter's (the finding says which figure changed, from what to what); runs only with --history, and is not-applicable when the history holds no previous return of the alliance, or when it is of the year before (a Q1 return).",
  check = function(doc, out, q)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local was_year = prev:get("Header/Period/@financialYear")
    if was_year ~= q.year then
      return out:not_applicable { detail = string.format(
        "the previous return is of %s and this one of %s: only returns of the same financial year are compared",
        tostring(was_year), q.year) }
    end
    local was_q = prev:get("Header/Period/@quarter") or "the previous quarter"
    local before = prev:index("EarlyDiagnosis/ICBTarget", "icb")
    for _, t in ipairs(doc:all("EarlyDiagnosis/ICBTarget")) do
      local icb = t:attr("icb")
      local b = icb and before[icb]
      if b then
        for _, attr in ipairs({ "target", "baseline" }) do
          local now, was = t:pct("@" .. attr, nil), b:pct("@" .. attr, nil)
          if now and was and now ~= was then
            out:at_risk { at = t, attr = attr, subject = icb,
              detail = string.format("the %s %s went from %s%% in %s to %s%% in %s", icb, attr,
                num_text(was), was_q, num_text(now), q.name) }
          end
        end
      end
    end
  end,
  say = {
    pass = "Every ICB's early diagnosis target and baseline are as in the previous quarter's return",
    ["at-risk"] = { message = "Early diagnosis figures changed since the previous quarter's return: {details}",
      prompt = "In the next return, explain each change for {subjects}: a revised plan agreed with the region, or a correction of last quarter's figure." },
    ["not-applicable"] = "Not compared: {details}",
  },
}
