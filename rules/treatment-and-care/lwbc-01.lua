-- LWBC-01: local agreements (local accountability arrangements) embedded by
-- Q4 for PSFU and the core personalised care interventions, which complete
-- their transition to ICB commissioning in 25/26.
local INTERVENTIONS = { "PSFU", "HNA-PCSP", "HWBIS", "EOTS", "CCR" }
local STATUSES = { "none", "in-development", "embedded" }

deliverable {
  id = "LWBC-01", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Local agreements embedded for personalised care interventions and PSFU",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Deliverables",
  quote = "Complete the embedding of local accountability arrangements ('local agreements') for personalised care interventions and Personalised Stratified Follow Up (PSFU) pathways",
  checks = "Each of the five interventions (PSFU, HNA-PCSP, HWBIS, EOTS, CCR) needs a local agreement with status embedded by Q4: at Q4 each one not embedded fails; before Q4 one with status none is at risk and one in development is not yet due. An intervention with no LocalAgreement reported is missing.",
  check = function(doc, out, q)
    local section = doc:first("LivingWithAndBeyondCancer")
    local agreements = doc:index("LivingWithAndBeyondCancer/LocalAgreement", "intervention")
    for _, name in ipairs(INTERVENTIONS) do
      local a = agreements[name]
      if not a then
        out:missing { at = section or doc, subject = name,
          detail = "no local agreement is reported for " .. name }
      else
        out:try(name, function()
          local status = a:enum("@status", STATUSES)
          if status == "embedded" then return end
          local item = { at = a, attr = "status", subject = name,
            detail = status == "none" and (name .. " has none") or (name .. " is " .. status) }
          if q.is_due then
            out:fail(item)
          elseif status == "none" then
            out:at_risk(item)
          else
            out:not_due(item)
          end
        end)
      end
    end
  end,
  say = {
    pass = "Local agreements are embedded for PSFU and all four core personalised care interventions (HNA-PCSP, HWBIS, EOTS, CCR)",
    fail = { message = "{count} of the 5 interventions {count|has|have} no embedded local agreement at {quarter} ({details}); all five were due to be embedded by {due}",
      prompt = "For {subjects}, say what is outstanding, who is accountable and when {count|it|each} will be embedded, by the next return." },
    ["at-risk"] = { message = "{count} of the 5 interventions {count|has|have} no local agreement yet ({details}); all five must be embedded by {due}",
      prompt = "Set out, with dates, how the local accountability arrangements for {subjects} will be agreed with ICB commissioners and providers, by the next return." },
    ["not-due"] = "{count} of 5 local agreements {count|is|are} still in development ({details}); all five must be embedded by {due}",
    missing = { message = "{count} of the 5 interventions {count|is|are} not reported: {subjects}",
      prompt = "Add a LocalAgreement for {subjects} with its status (none, in-development or embedded) to the next return." },
  },
}
