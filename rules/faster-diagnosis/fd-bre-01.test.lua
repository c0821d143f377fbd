-- Fixtures for FD-BRE-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-BRE-01
fixtures {
  rule = "FD-BRE-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP not started at Q2", expect = "fail", subjects = { "RAP" } },
  { name = "RAP live", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "breastPainPathway=\"not-started\"", "breastPainPathway=\"live\"" } } },
  { name = "example at Q1: RAP not started", quarter = "Q1", expect = "at-risk", subjects = { "RAP" } },
  { name = "RAP planned at Q1", quarter = "Q1", expect = "not-due", subjects = { "RAP" },
    edits = {
      { "breastPainPathway=\"not-started\"", "breastPainPathway=\"planned\"" } } },
  { name = "no eligible provider", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway" },
      { "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway" },
      { "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway" },
      { "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway" } } },
  { name = "malformed pathway status", expect = "missing", subjects = { "RAP" },
    edits = {
      { "breastPainPathway=\"not-started\"", "breastPainPathway=\"none\"" } } },
  { name = "no breast providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Breast>", "<Breast><!-- " },
      { "<Narrative>Breast pain", " --><Narrative>Breast pain" } } },
  { name = "breast section absent", expect = "missing", subjects = {},
    edits = { { "<Breast>", "<!-- <Breast>" }, { "</Breast>", "</Breast> -->" } } },
}
