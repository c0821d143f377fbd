-- FIN-01: actual spend for the quarter, for every workstream, from actual
-- costs rather than planned or phased figures.
local WORKSTREAMS = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" }

deliverable {
  id = "FIN-01", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Actual spend reported for the quarter for every workstream, from actual costs",
  source = "Planning pack 2025/26: Service Development Funding (2), further information",
  checks = "Each of the four Finance/Workstream entries must report actualQuarter and actualYearToDate: missing if a workstream or figure is absent; fail if actualYearToDate is less than actualQuarter; at-risk if every workstream's actualQuarter is exactly planned/4 (phased, not actual).",
  check = function(doc, out)
    local finance = doc:first("Finance")
    if not finance then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "Add the Finance section with actual spend for the quarter and year to date for each of the four workstreams." }
    end
    local by_id = doc:index("Finance/Workstream", "id")
    local phased = 0
    for _, id in ipairs(WORKSTREAMS) do
      local w = by_id[id]
      if not w then
        out:missing { at = finance, subject = id, detail = "no Workstream " .. id .. " is reported",
          prompt = "Add a Workstream " .. id .. " with its actual spend for the quarter and year to date." }
      else
        out:try(id, function()
          local aq, ytd, planned = w:gbp("@actualQuarter"), w:gbp("@actualYearToDate"), w:gbp("@planned")
          if ytd < aq then
            out:fail { at = w, attr = "actualYearToDate", subject = id,
              detail = string.format("year-to-date spend %s is less than this quarter's %s", money(ytd), money(aq)),
              prompt = "Correct the " .. id .. " figures: year-to-date spend includes this quarter, so it cannot be smaller." }
          end
          if aq * 4 == planned then phased = phased + 1 end
        end)
      end
    end
    if phased == #WORKSTREAMS then
      for _, id in ipairs(WORKSTREAMS) do
        out:at_risk { at = by_id[id], attr = "actualQuarter", subject = id,
          detail = "actual spend is exactly a quarter of the plan" }
      end
    end
  end,
  say = {
    pass = "Actual spend for the quarter and year to date is reported for all four workstreams",
    ["at-risk"] = { message = "Every workstream's actual spend for {quarter} is exactly a quarter of its plan, which looks phased rather than actual",
      prompt = "Report actual spend from the costs of activity that occurred in {quarter} (the pack says actual spend should not be based on planned or phased figures), and explain any variance from plan." },
  },
}
