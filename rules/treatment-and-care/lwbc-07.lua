-- LWBC-07: the proportion of people provided with an end of treatment summary
-- (EOTS) improves over one year, Q3 2024/25 to Q3 2025/26.
deliverable {
  id = "LWBC-07", workstream = "treatment-and-care", due = "Q3",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "End of treatment summaries: improvement over the year from Q3 2024/25",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Success measures",
  quote = "Alliance to show improvement over 1 year (starting time point Q3 24/25 to Q3 25/26).",
  checks = "The proportion of people provided with an end of treatment summary (EOTS current) must be above the Q3 2024/25 baseline: at Q3 and Q4 it fails if current is at or below the baseline; at Q1 and Q2 it is at risk if not above. Passes whenever current is above the baseline. An absent EOTS or figure is missing.",
  check = function(doc, out, q)
    local e = doc:first("LivingWithAndBeyondCancer/EOTS")
    if not e then
      return out:missing { at = doc:first("LivingWithAndBeyondCancer") or doc, subject = "EOTS",
        detail = "no end of treatment summaries (EOTS) figures are reported",
        prompt = "Add EOTS with the 2024/25 Q3 baseline (baseline, baselinePeriod) and the figure for " .. q.name .. " (current, period), from COSD, to the next return." }
    end
    out:try("EOTS", function()
      local baseline, current = e:pct("@baseline"), e:pct("@current")
      local period = e:get("@period") or q.name
      local base_period = e:get("@baselinePeriod") or "2024/25 Q3"
      out:set("baseline", num_text(baseline) .. "%")
      out:set("current", num_text(current) .. "%")
      out:set("period", period)
      out:set("baselinePeriod", base_period)
      if current > baseline then return end
      local item = { at = e, attr = "current", subject = "EOTS",
        detail = string.format("EOTS %s%% in %s, %s the %s baseline of %s%%", num_text(current), period,
          current == baseline and "level with" or "below", base_period, num_text(baseline)) }
      if q.is_due then out:fail(item) else out:at_risk(item) end
    end)
  end,
  say = {
    pass = "EOTS rose from {baseline} in {baselinePeriod} to {current} in {period}",
    fail = { message = "End of treatment summaries have not improved: {details}; improvement over the year was due by {due}",
      prompt = "Explain why, and give the actions agreed with trusts and their dates, by the next return." },
    ["at-risk"] = { message = "End of treatment summaries are not yet improving: {details}; improvement must show by {due}",
      prompt = "Set out the recovery plan agreed with trusts, with dates, by the next return." },
  },
}
