-- FIN-05: place-based funds emphasise operational performance and early
-- diagnosis, and are not shared out equally between providers.
deliverable {
  id = "FIN-05", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Place-based funds emphasise operational performance and early diagnosis, not equal shares",
  source = "Planning pack 2025/26: Service Development Funding (2), place-based funding",
  checks = "Fail if operational-performance plus early-diagnosis planned spend is under 50% of total planned spend; at-risk if there are 3 or more ProviderAllocation entries and all are equal (an equal-share basis).",
  check = function(doc, out)
    local total, focus = 0, 0
    local by_id = doc:index("Finance/Workstream", "id")
    for _, w in ipairs(doc:all("Finance/Workstream")) do
      local planned = w:gbp("@planned")
      total = total + planned
      local id = w:attr("id")
      if id == "operational-performance" or id == "early-diagnosis" then focus = focus + planned end
    end
    if total == 0 then
      return out:missing { at = doc:first("Finance") or doc, detail = "no planned spend is reported",
        prompt = "Report planned spend for each of the four workstreams in Finance." }
    end
    local share = 100 * focus / total
    out:set("share", string.format("%.1f%%", share))
    if share < 50 then
      out:fail { at = by_id["operational-performance"] or by_id["early-diagnosis"], attr = "planned",
        subject = "operational-performance",
        detail = string.format("operational performance and early diagnosis have %s of %s planned (%.1f%%); at least 50%% is expected",
          money(focus), money(total), share),
        prompt = "Rebalance the plan so that operational performance and early diagnosis receive at least half of place-based funding, or explain why local priorities need otherwise; the pack asks plans to give them emphasis." }
    end
    local allocations = doc:all("Finance/ProviderAllocation")
    if #allocations >= 3 then
      local first, equal = allocations[1]:gbp("@amount"), true
      for _, a in ipairs(allocations) do
        if a:gbp("@amount") ~= first then equal = false end
      end
      if equal then
        for _, a in ipairs(allocations) do
          out:at_risk { at = a, attr = "amount", subject = a:attr("provider"),
            detail = "receives " .. money(first) .. ", the same as every other provider" }
        end
      end
    end
  end,
  say = {
    pass = "Operational performance and early diagnosis have {share} of planned spend and provider allocations are not equal shares",
    ["at-risk"] = { message = "All {count} provider allocations are equal ({details}), which looks like an equal-share basis",
      prompt = "Explain how each allocation to {subjects} reflects local priorities and challenged providers' performance: the pack says funding should not simply be allocated on an equal share basis." },
  },
}
