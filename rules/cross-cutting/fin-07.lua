-- FIN-07: funding delivers genuine additionality to core funding from trust
-- contracts, and investment in a tiered trust is reported through the
-- tiering process. Schema 1.1 adds Finance/Additionality and
-- ProviderAllocation/@reportedThroughTiering; a 1.0 return has no place for
-- them. Two pieces of evidence, so a check.
local TIERED = { ["1"] = true, ["2"] = true }

deliverable {
  id = "FIN-07", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Funding is additional to core trust funding, and investment in tiered trusts is reported through tiering",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Cancer Alliance role",
  quote = "Regularly review funding to maximise impact across the Alliance and ensure funding is delivering genuine additionality to core funding from Trust contracts.",
  note = "The tiering part is Service Development Funding (2), place-based funding: \"The use of Alliance investment should be reported through the tiering process to ensure that impact is tracked routinely\".",
  checks = "Finance/Additionality must be real evidence of how funding is reviewed and kept additional to core funding from trust contracts, else missing. Each ProviderAllocation above 0 to a provider whose Header @tier is 1 or 2 must have reportedThroughTiering=\"true\": fail if false, missing if absent. Missing if the Finance section is absent. On a schema 1.0 return, not-applicable (no place for it).",
  check = function(doc, out)
    local finance = doc:first("Finance")
    if not finance then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "In the next return, describe how funding is kept additional to core trust contracts, and report each allocation to a tiered trust." }
    end
    if out:evidence(finance, "Additionality",
        "how the alliance reviews its funding for impact and makes sure it is genuinely additional to core funding from trust contracts", "additionality") then
      out:pass { subject = "additionality" }
    end
    for _, a in ipairs(finance:all("ProviderAllocation")) do
      local code = a:attr("provider") or "?"
      local header = doc:provider(code)
      local tier = header and header:attr("tier")
      -- a provider the header does not declare is XML-03's to report
      if tier and TIERED[tier] then
        out:try(code, function()
          local amount = a:gbp("@amount")
          if amount == 0 then return end
          local reported = a:bool("@reportedThroughTiering")
          local detail = string.format("%s (tier %s) receives %s", code, tier, money(amount))
          if reported then
            out:pass { at = a, subject = code, detail = detail }
          else
            out:fail { at = a, attr = "reportedThroughTiering", subject = code, detail = detail }
          end
        end)
      end
    end
  end,
  say = {
    pass = "Funding additionality is described, and allocations to tiered trusts are reported through tiering",
    fail = { message = "Alliance investment in {count} tiered {count|trust is|trusts are} not reported through the tiering process: {details}",
      prompt = "Take it to the tier oversight meetings from the next one, and give in the next return the date it was first reported there." },
  },
}
