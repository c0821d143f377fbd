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
  checks = "Each of the five interventions (PSFU, HNA-PCSP, HWBIS, EOTS, CCR) needs a local agreement with status embedded by Q4: at Q4 each one not embedded fails; before Q4 one with status none is at risk and one in development is not yet due. An intervention with no LocalAgreement reported is missing.",
  check = function(doc, out, q)
    local section = doc:first("LivingWithAndBeyondCancer")
    local agreements = doc:index("LivingWithAndBeyondCancer/LocalAgreement", "intervention")
    for _, name in ipairs(INTERVENTIONS) do
      local a = agreements[name]
      if not a then
        out:missing { at = section or doc, subject = name,
          detail = "no local agreement is reported for " .. name,
          prompt = "Add a LocalAgreement for " .. name .. " to LivingWithAndBeyondCancer with its status (none, in-development or embedded)." }
      else
        out:try(name, function()
          local status = a:enum("@status", STATUSES)
          if status == "embedded" then return end
          local item = { at = a, attr = "status", subject = name,
            detail = string.format("%s is %s", name, status == "none" and "none (no local agreement)" or status) }
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
      prompt = "The local agreements for {subjects} are not embedded ({details}); all five had to be embedded by {due}, when PSFU and the core personalised care interventions complete their transition to ICB commissioning. Describe, for {subjects}, what is outstanding in the local accountability arrangements with ICB commissioners and providers, who is accountable, and the date each will be embedded." },
    ["at-risk"] = { message = "{count} of the 5 interventions {count|has|have} no local agreement yet ({details}); all five must be embedded by {due}",
      prompt = "There is no local agreement yet for {subjects} ({details}); all five interventions must have an embedded local agreement by {due}. Set out the plan, with dates, to agree and embed local accountability arrangements for {subjects} with ICB commissioners and providers by {due}, as part of the transition to ICB commissioning." },
    ["not-due"] = "{count} of 5 local {count|agreement is|agreements are} still in development ({details}); all five must be embedded by {due}",
    missing = { message = "{count} of the 5 interventions {count|is|are} not reported: {subjects}",
      prompt = "Add a LocalAgreement to LivingWithAndBeyondCancer for {subjects}, with its status (none, in-development or embedded); all five interventions (PSFU, HNA-PCSP, HWBIS, EOTS, CCR) must have an embedded local agreement by {due}." },
  },
}
