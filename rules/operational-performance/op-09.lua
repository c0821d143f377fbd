-- OP-09: variation by provider in time to diagnosis or treatment is analysed
-- and acted on (the Operational Performance section's Inequalities row).
-- Schema 1.1 adds OperationalPerformance/ProviderVariation; a 1.0 return has
-- no place for it.
local SHORT = {
  analysed = { detail = "variation in time to diagnosis or treatment between providers has not been analysed",
    prompt = "Analyse time to diagnosis and treatment by provider across the system, and report what it shows and the actions agreed in the next return." },
  actions = { detail = "analysed, but no actions to reduce the variation between providers are agreed",
    prompt = "Agree actions with the providers concerned and set them out, with leads and dates, in the next return." },
  text = { prompt = "Write in the next return what the analysis found (which providers, which pathways, how many days) and the actions agreed." },
}

deliverable {
  id = "OP-09", workstream = "operational-performance", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Variation by provider in time to diagnosis or treatment analysed, with actions to reduce it",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Inequalities",
  quote = "There should be particular focus on reducing variation by provider in a health system, which causes a differential in time to diagnosis or treatment for patients.",
  checks = "OperationalPerformance/ProviderVariation must have analysed=\"true\", actions=\"true\" and a text that is real evidence: missing if it (or the OperationalPerformance section) is absent, if either flag is false, or if the text is absent, empty or a placeholder. On a schema 1.0 return, not-applicable (no place for it).",
  each = "OperationalPerformance/ProviderVariation",
  judge = function(v)
    local short
    if not v:bool("@analysed") then
      short = SHORT.analysed
    elseif not v:bool("@actions") then
      short = SHORT.actions
    else
      local state, seen = no_evidence(v:content())
      if not state then return "pass", "variation analysed, actions agreed" end
      short = { detail = "the text is " .. (state == "placeholder" and ("only the placeholder '" .. seen .. "'") or state),
        prompt = SHORT.text.prompt }
    end
    return "missing", short.detail, short.prompt
  end,
  say = {
    pass = "Variation between providers in time to diagnosis or treatment is analysed and actions are agreed",
    missing = "{details}",
  },
}
