-- WF-01: the ACCEND Career Pathway, framework job descriptions and core
-- cancer capabilities in appraisal implemented at every provider.
local PARTS = {
  { "careerPathway", "the ACCEND Career Pathway" },
  { "jobDescriptions", "ACCEND framework job descriptions" },
  { "capabilitiesInAppraisal", "the core cancer capabilities in appraisal" },
}

deliverable {
  id = "WF-01", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "ACCEND career pathway, framework job descriptions and core capabilities in appraisal at providers",
  source = "Planning pack 2025/26: ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles",
  checks = "Every provider in the Header needs a Workforce/ACCEND entry; a provider with careerPathway, jobDescriptions or capabilitiesInAppraisal false is at risk (listing what it lacks), and a Header provider with no ACCEND entry is missing.",
  each = "Header/Provider", subject = "@code",
  judge = function(p)
    local code = p:text("@code")
    local a = p:root():index("Workforce/ACCEND", "provider")[code]
    if not a then
      return "missing", "no ACCEND implementation is reported for " .. code,
        "Add an ACCEND entry to Workforce for " .. code .. " saying whether the ACCEND Career Pathway (careerPathway), framework job descriptions (jobDescriptions) and core cancer capabilities in appraisal (capabilitiesInAppraisal) are in place."
    end
    local gaps = {}
    for _, part in ipairs(PARTS) do
      if not a:bool("@" .. part[1]) then gaps[#gaps + 1] = part[2] end
    end
    if #gaps == 0 then return "pass", nil, nil, a end
    return "at-risk", code .. " has not yet put in place " .. list(gaps), nil, a
  end,
  say = {
    pass = "All {total} providers have the ACCEND Career Pathway, framework job descriptions and the core cancer capabilities in appraisal",
    ["at-risk"] = { message = "{met} of {total} providers have the full ACCEND framework in place: {details}",
      prompt = "{met} of {total} providers have the ACCEND Career Pathway, framework job descriptions and core cancer capabilities in appraisal ({details}); the pack expects the alliance to facilitate ACCEND implementation in every provider. Describe the plan and dates with {subjects} to implement what is outstanding, giving particular attention to providers serving more disadvantaged communities." },
    missing = { message = "{count} Header {count|provider is|providers are} not reported in ACCEND: {subjects}",
      prompt = "Add an ACCEND entry to Workforce for {subjects}, saying whether the ACCEND Career Pathway, framework job descriptions and core cancer capabilities in appraisal are in place at each; ACCEND implementation is reported for every provider every quarter." },
  },
}
