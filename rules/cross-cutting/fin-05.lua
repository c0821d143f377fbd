-- FIN-05: place-based funds emphasise operational performance and early
-- diagnosis, and are not shared out equally between providers. The pack
-- gives neither a share nor a count: the emphasis line (FIN-05.emphasis) and
-- the number of equal allocations that suggest an equal-share basis
-- (FIN-05.equal-shares) are regional tolerances, and "emphasis should be
-- given" makes the first at-risk, not fail.
local EMPHASIS = tolerance("FIN-05.emphasis")
local EQUAL = tolerance("FIN-05.equal-shares")

deliverable {
  id = "FIN-05", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Place-based funds emphasise operational performance and early diagnosis, not equal shares",
  source = "Planning pack 2025/26: Service Development Funding (2)",
  row = "Place-based funding",
  quote = "emphasis should be given in plans to operational performance and early diagnosis",
  checks = "At-risk if operational-performance plus early-diagnosis planned spend is under {FIN-05.emphasis} of total planned spend; at-risk if the ProviderAllocation amounts, {FIN-05.equal-shares} or more, are all equal (\"should not simply be allocated on an equal share basis\"); missing if the Finance section is absent or no planned spend is reported.",
  check = function(doc, out)
    local finance = doc:first("Finance")
    if not finance then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "In the next return, give each of the four workstreams' planned spend and the allocations to providers." }
    end
    local total, focus = 0, 0
    local by_id = doc:index("Finance/Workstream", "id")
    for _, w in ipairs(doc:all("Finance/Workstream")) do
      local planned = w:gbp("@planned")
      total = total + planned
      local id = w:attr("id")
      if id == "operational-performance" or id == "early-diagnosis" then focus = focus + planned end
    end
    if total == 0 then
      return out:missing { at = finance, detail = "Finance reports no planned spend",
        prompt = "Give each of the four workstreams' plan for the year in the next return." }
    end
    local share = 100 * focus / total
    out:set("share", string.format("%.1f%%", share))
    if share < EMPHASIS then
      out:at_risk { at = by_id["operational-performance"] or by_id["early-diagnosis"] or finance, attr = "planned",
        subject = "operational-performance",
        detail = string.format("operational performance and early diagnosis have %s of %s planned (%.1f%%), under the %s%% line for emphasis",
          money(focus), money(total), share, num_text(EMPHASIS)),
        prompt = "Rebalance the plan, or explain in the next return's finance narrative why local circumstances need a different split." }
    end
    local allocations = doc:all("Finance/ProviderAllocation")
    if #allocations >= EQUAL then
      local first, equal, codes = allocations[1]:gbp("@amount"), true, {}
      for _, a in ipairs(allocations) do
        if a:gbp("@amount") ~= first then equal = false end
        codes[#codes + 1] = a:attr("provider") or "?"
      end
      if equal then
        -- one detail for all of them, naming each
        local detail = string.format("%s each receive %s, an equal-share basis", list(codes), money(first))
        for _, a in ipairs(allocations) do
          out:at_risk { at = a, attr = "amount", subject = a:attr("provider"), detail = detail,
            prompt = "Explain in the next return how each provider's allocation follows the local priorities of the delivery plan and the performance of challenged providers." }
        end
      end
    end
  end,
  say = {
    pass = "Operational performance and early diagnosis have {share} of planned spend and provider allocations are not equal shares",
    ["at-risk"] = "Place-based funding: {details}",
  },
}
