-- Fixtures for WF-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test WF-01
fixtures {
  rule = "WF-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAL and RAP have gaps", expect = "at-risk", subjects = { "RAL", "RAP" } },
  { name = "example at Q4: still at risk (every quarter)", quarter = "Q4", expect = "at-risk", subjects = { "RAL", "RAP" } },
  { name = "every provider has all three", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "provider=\"RAL\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"false\"", "provider=\"RAL\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"true\"" },
      { "provider=\"RAP\" careerPathway=\"true\" jobDescriptions=\"false\" capabilitiesInAppraisal=\"false\"", "provider=\"RAP\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"true\"" } } },
  { name = "RKE not reported", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<ACCEND provider=\"RKE\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"true\"/>", "" } } },
  { name = "no Workforce section: every provider missing", expect = "missing", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "<Workforce>", "<!-- <Workforce>" },
      { "</Workforce>", "</Workforce> -->" } } },
  { name = "malformed careerPathway", expect = "missing", subjects = { "RAL" },
    edits = {
      { "provider=\"RAL\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"false\"", "provider=\"RAL\" careerPathway=\"1\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"false\"" } } },
}
