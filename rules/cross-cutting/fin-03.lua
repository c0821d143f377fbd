-- FIN-03: a potential underspend is declared at the earliest opportunity.
-- The pack gives no line for "potential underspend": 98% of the allocation is
-- a regional tolerance (FIN-03.forecast).
local LINE = tolerance("FIN-03.forecast")

deliverable {
  id = "FIN-03", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Potential underspend declared at the earliest opportunity",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  row = "Section text",
  quote = "Any potential for underspend should be declared at the earliest possible opportunity to the Region and the National Cancer Team.",
  checks = "If the total forecastYearEnd is under {FIN-03.forecast} of Allocation/@amount, fail unless Underspend is declared=\"true\" with a date and a Redistribution narrative that is real evidence; otherwise pass.",
  check = function(doc, out)
    local allocation = doc:gbp("Finance/Allocation/@amount")
    local total = 0
    for _, w in ipairs(doc:all("Finance/Workstream")) do
      total = total + w:gbp("@forecastYearEnd")
    end
    local share = allocation > 0 and 100 * total / allocation or 100
    out:set("forecast", money(total))
    out:set("allocation", money(allocation))
    out:set("share", string.format("%.1f%%", share))
    if total * 100 >= LINE * allocation then return end
    local gap = money(allocation - total)
    local u = doc:first("Finance/Underspend")
    local problems, asks = {}, {}
    if not u or u:bool("@declared") ~= true then
      problems[#problems + 1] = "no underspend is declared"
      asks[#asks + 1] = string.format("Declare the potential underspend of %s to the Region and the National Cancer Team now, and give the date in the next return", gap)
    else
      -- a malformed date is missing evidence, not a dated declaration
      local dated, date = out:try("underspend", u.date, u, "@date", nil)
      if dated and date == nil then
        problems[#problems + 1] = "the declaration has no date"
        asks[#asks + 1] = "Give the date it was declared to the Region and the National Cancer Team in the next return"
      end
      local state = u:evidence_state("Redistribution")
      if state ~= "present" then
        problems[#problems + 1] = "the Redistribution narrative is " .. (state == "placeholder" and "only a placeholder" or state)
        asks[#asks + 1] = "Describe how it will be redistributed locally for the benefit of cancer patients, as considered with the region (unspent or uncommitted funds cannot be transferred)"
      end
    end
    if #problems > 0 then
      out:fail { at = u or doc:first("Finance"), subject = "underspend",
        detail = string.format("forecast year-end spend %s is %.1f%% of the %s allocation (under %s%%) and %s",
          money(total), share, money(allocation), num_text(LINE), list(problems)),
        prompt = table.concat(asks, ". ") .. "." }
    end
  end,
  say = { pass = "Forecast year-end spend {forecast} is {share} of the {allocation} allocation, or the underspend is declared" },
}
