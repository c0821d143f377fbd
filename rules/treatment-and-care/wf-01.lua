-- WF-01: the ACCEND Career Pathway, framework job descriptions and core
-- cancer capabilities in appraisal implemented at every provider: the
-- Deliverables sentence ("Facilitate the implementation of the ACCEND Career
-- Pathway, Core Cancer Capabilities and Education Framework in providers"),
-- with the Cancer Alliance role's bullets on uniform job descriptions (the
-- quote) and on the core cancer capabilities in professional development
-- processes.
local PARTS = { -- short names: the message names each in full once
  { "careerPathway", "the career pathway" },
  { "jobDescriptions", "job descriptions" },
  { "capabilitiesInAppraisal", "capabilities in appraisal" },
}

deliverable {
  id = "WF-01", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "ACCEND career pathway, framework job descriptions and core capabilities in appraisal at providers",
  source = "Planning pack 2025/26: ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles",
  row = "Cancer Alliance role",
  quote = "Work with providers to establish and implement uniform job descriptions for workforce roles, aligned to the levels of practice and competencies set out in the ACCEND Framework",
  checks = "Every provider in the Header needs a Workforce/ACCEND entry; a provider with careerPathway, jobDescriptions or capabilitiesInAppraisal false is at risk (listing what it lacks), and a Header provider with no ACCEND entry is missing.",
  each = "Header/Provider", subject = "@code",
  judge = function(p)
    local code = p:text("@code")
    local a = p:root():index("Workforce/ACCEND", "provider")[code]
    if not a then
      return "missing", code .. " has no ACCEND entry",
        "In the next return, add an ACCEND entry under Workforce for " .. code .. ", saying which parts of the framework are in place there."
    end
    local gaps = {}
    for _, part in ipairs(PARTS) do
      if not a:bool("@" .. part[1]) then gaps[#gaps + 1] = part[2] end
    end
    if #gaps == 0 then return "pass", nil, nil, a end
    return "at-risk", code .. " lacks " .. list(gaps), nil, a
  end,
  say = {
    pass = "All {total} providers have the ACCEND Career Pathway, framework job descriptions and core cancer capabilities in appraisal",
    ["at-risk"] = { message = "{met} of {total} providers {met|has|have} the ACCEND Career Pathway, framework job descriptions and core cancer capabilities in appraisal: {details}",
      prompt = "By the next return, give the plan and dates agreed with {subjects} for what is outstanding, with particular attention to providers serving more disadvantaged communities." },
    missing = { message = "{count} Header {count|provider is|providers are} not reported in ACCEND: {subjects}",
      prompt = "In the next return, add an ACCEND entry under Workforce for each, saying which parts of the framework are in place there." },
  },
}
