-- FIN-01: actual spend for the quarter, for every workstream, from actual
-- costs rather than planned or phased figures.
local WORKSTREAMS = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" }

deliverable {
  id = "FIN-01", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Actual spend reported for the quarter for every workstream, from actual costs",
  source = "Planning pack 2025/26: Service Development Funding (2)",
  row = "Further information",
  quote = "Quarterly returns should include actual spend as a reflection of all costs relating to activity that has occurred in a given quarter",
  checks = "Each of the four Finance/Workstream entries must report actualQuarter and actualYearToDate: missing if the Finance section, a workstream or a figure is absent; fail if actualYearToDate is less than actualQuarter; at-risk if every workstream's actualQuarter is exactly planned/4 (phased, not actual).",
  check = function(doc, out)
    local finance = doc:first("Finance")
    if not finance then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "In the next return, report each of the four workstreams' actual spend for the quarter and the year to date." }
    end
    local by_id = doc:index("Finance/Workstream", "id")
    local phased = 0
    for _, id in ipairs(WORKSTREAMS) do
      local w = by_id[id]
      if not w then
        out:missing { at = finance, subject = id, detail = "Finance has no " .. id .. " workstream",
          prompt = "Add it in the next return, with its actual spend for the quarter and the year to date." }
      else
        out:try(id, function()
          local aq, ytd, planned = w:gbp("@actualQuarter"), w:gbp("@actualYearToDate"), w:gbp("@planned")
          if ytd < aq then
            out:fail { at = w, attr = "actualYearToDate", subject = id,
              detail = string.format("%s %s to date, %s in the quarter", id, money(ytd), money(aq)) }
          end
          if aq * 4 == planned then phased = phased + 1 end
        end)
      end
    end
    if phased == #WORKSTREAMS then
      for _, id in ipairs(WORKSTREAMS) do
        out:at_risk { at = by_id[id], attr = "actualQuarter", subject = id }
      end
    end
  end,
  say = {
    pass = "Actual spend for the quarter and year to date is reported for all four workstreams",
    fail = { message = "Year-to-date spend is below the quarter's own for {count} of the 4 workstreams: {details}",
      prompt = "Correct the figures from the finance ledger in the next return: the year to date includes this quarter." },
    ["at-risk"] = { message = "Every workstream's actual spend for {quarter} is exactly a quarter of its plan: phased, not actual",
      prompt = "Give in the next return each workstream's costs for activity in the period, from the ledger, and explain any variance from plan." },
  },
}
