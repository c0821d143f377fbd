-- LWBC-09: reduce geographical disparities in the delivery of personalised
-- care interventions and PSFU (the section's Inequalities row; catalogue
-- revision 2). Schema 1.1 holds the evidence:
-- LivingWithAndBeyondCancer/GeographicalDisparities, with @analysed,
-- @actions and a text saying what was found and done.
local WRITE = "where delivery of personalised care interventions and PSFU differs between places across the footprint, and the actions agreed to reduce the gaps"
local ASK = "In GeographicalDisparities in the next return, compare HNA, EOTS and PSFU coverage by place (ICB, borough or trust), drawing on the CPES and QoL survey dashboards, and give the actions agreed."

deliverable {
  id = "LWBC-09", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Geographical disparities in personalised care and PSFU analysed, with actions",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Inequalities",
  quote = "Reduce geographical disparities in delivery of personalised care interventions and PSFU.",
  checks = "Every quarter (schema 1.1 returns), LivingWithAndBeyondCancer/GeographicalDisparities must have @analysed true and @actions true, and its text must be real evidence (not absent, empty or a placeholder); otherwise it is missing, as it is when GeographicalDisparities or LivingWithAndBeyondCancer is absent.",
  check = function(doc, out)
    local lwbc = doc:first("LivingWithAndBeyondCancer")
    local g = lwbc and lwbc:first("GeographicalDisparities")
    if not g then
      return out:missing { at = lwbc or doc,
        detail = lwbc and "Living with and beyond cancer > Geographical disparities is absent"
          or "Living with and beyond cancer is absent",
        prompt = ASK }
    end
    local ok, analysed, actions = out:try(nil, function() return g:bool("@analysed"), g:bool("@actions") end)
    if not ok then return end
    if not analysed then
      return out:missing { at = g, attr = "analysed",
        detail = "delivery has not been compared between places (analysed false)",
        prompt = ASK }
    end
    out:evidence(g, ".", WRITE)
    if not actions then
      out:missing { at = g, attr = "actions",
        detail = "analysed, but no actions agreed (actions false)",
        prompt = "Give the actions agreed with providers and commissioners for the places that lag, with dates, in the next return." }
    end
  end,
  say = {
    pass = "Geographical disparities in personalised care and PSFU are analysed, with actions agreed",
    -- each missing item carries its prompt; an absent, empty or placeholder
    -- text gets assure's own
    missing = "Geographical disparities in personalised care and PSFU: {details}; the pack asks alliances to reduce them",
  },
}
