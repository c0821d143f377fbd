-- FIN-02: a forecast year-end position for every workstream.
local WORKSTREAMS = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" }

deliverable {
  id = "FIN-02", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Forecast year-end position reported",
  source = "Planning pack 2025/26: Service Development Funding (2)",
  row = "Further information",
  quote = "along with a forecasted year-end position",
  checks = "Each of the four Finance/Workstream entries must report forecastYearEnd: missing if the Finance section is absent, and for each workstream or forecast absent.",
  check = function(doc, out)
    local finance = doc:first("Finance")
    if not finance then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "In the next return, give each of the four workstreams' forecast spend for the whole year." }
    end
    local by_id = doc:index("Finance/Workstream", "id")
    local total = 0
    for _, id in ipairs(WORKSTREAMS) do
      local w = by_id[id]
      if not w then
        out:missing { at = finance, subject = id, detail = "Finance has no " .. id .. " workstream",
          prompt = "Add it in the next return, with its forecast spend for the whole year." }
      else
        local ok, v = out:try(id, w.gbp, w, "@forecastYearEnd")
        if ok then total = total + v end
      end
    end
    out:set("forecast", money(total))
  end,
  say = { pass = "A year-end forecast is reported for all four workstreams ({forecast} in all)" },
}
