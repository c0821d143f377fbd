-- Fixtures for FD-GYN-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-GYN-01
fixtures {
  rule = "FD-GYN-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP planned at Q2", expect = "fail", subjects = { "RAP" } },
  { name = "RAP live", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "hrtPathway=\"planned\"", "hrtPathway=\"live\"" } } },
  { name = "RAP bau", quarter = "Q3", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "hrtPathway=\"planned\"", "hrtPathway=\"bau\"" } } },
  { name = "example at Q1: RAP planned", quarter = "Q1", expect = "not-due", subjects = { "RAP" } },
  { name = "RAP not started at Q1", quarter = "Q1", expect = "at-risk", subjects = { "RAP" },
    edits = {
      { "hrtPathway=\"planned\"", "hrtPathway=\"not-started\"" } } },
  { name = "example at Q4: RAP still planned", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "no eligible provider", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "eligible=\"true\" hrtPathway", "eligible=\"false\" hrtPathway" },
      { "eligible=\"true\" hrtPathway", "eligible=\"false\" hrtPathway" },
      { "eligible=\"true\" hrtPathway", "eligible=\"false\" hrtPathway" } } },
  { name = "malformed pathway status", expect = "missing", subjects = { "RAP" },
    edits = {
      { "hrtPathway=\"planned\"", "hrtPathway=\"Planned\"" } } },
  { name = "no gynaecology providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Gynaecology>", "<Gynaecology><!-- " },
      { "<AnalyserScreenshot submitted=\"false\"", " --><AnalyserScreenshot submitted=\"false\"" } } },
  { name = "gynaecology section absent", expect = "missing", subjects = {},
    edits = { { "<Gynaecology>", "<!-- <Gynaecology>" }, { "</Gynaecology>", "</Gynaecology> -->" } } },
}
