-- HIST-03: an ICB's annual early diagnosis target is not changed mid-year.
deliverable {
  id = "HIST-03", workstream = "history", due = "every",
  title = "Annual early diagnosis targets are not changed mid-year",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  checks = "Compared with the alliance's previous quarterly return of the same financial year, at-risk for each ICB whose early diagnosis target or baseline changed; not-applicable without a previous return, or when it is of the year before (a Q1 return).",
  check = function(doc, out, q)
    local prev = doc:previous()
    if not prev then
      return out:not_applicable { detail = "no previous quarter's return was given (--history)" }
    end
    local was_year = prev:get("Header/Period/@financialYear")
    if was_year ~= q.year then
      return out:not_applicable { detail = string.format(
        "the previous return is of %s: each year sets its own targets", tostring(was_year)) }
    end
    local before = prev:index("EarlyDiagnosis/ICBTarget", "icb")
    for _, t in ipairs(doc:all("EarlyDiagnosis/ICBTarget")) do
      local icb = t:attr("icb")
      local b = icb and before[icb]
      if b then
        for _, attr in ipairs({ "target", "baseline" }) do
          local now, was = t:pct("@" .. attr, nil), b:pct("@" .. attr, nil)
          if now and was and now ~= was then
            out:at_risk { at = t, attr = attr, subject = icb,
              detail = string.format("the %s %s changed from %s%% to %s%%", icb, attr, num_text(was), num_text(now)) }
          end
        end
      end
    end
  end,
  say = {
    pass = "No early diagnosis target or baseline changed since the previous quarter",
    ["at-risk"] = { message = "An annual early diagnosis target changed mid-year: {details}",
      prompt = "Explain why the target for {subjects} changed during the year and whether the region agreed it; an annual target is set once, at the start of the year." },
    ["not-applicable"] = "Not compared: {details}",
  },
}
