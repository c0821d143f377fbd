-- Fixtures for FD-GYN-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-GYN-02
fixtures {
  rule = "FD-GYN-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RRV and RAL live, not yet due", expect = "not-due", subjects = { "RRV", "RAL" } },
  { name = "example at Q3: RAL live with no evaluation", quarter = "Q3", expect = "missing", subjects = { "RAL" } },
  { name = "RAL evaluated at Q3", quarter = "Q3", expect = "not-due", subjects = { "RRV", "RAL" },
    edits = {
      { "liveDate=\"2025-04-14\" evaluation=\"false\"", "liveDate=\"2025-04-14\" evaluation=\"true\"" } } },
  { name = "example at Q4: RRV and RAL not BAU", quarter = "Q4", expect = "fail", subjects = { "RRV", "RAL" } },
  { name = "both live services BAU at Q4", quarter = "Q4", expect = "pass", subjects = { "RRV", "RAL" },
    edits = {
      { "hrtPathway=\"live\"", "hrtPathway=\"bau\"" },
      { "hrtPathway=\"live\"", "hrtPathway=\"bau\"" } } },
  { name = "no live service", quarter = "Q4", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "hrtPathway=\"live\"", "hrtPathway=\"planned\"" },
      { "hrtPathway=\"live\"", "hrtPathway=\"planned\"" } } },
  { name = "malformed pathway status", expect = "missing", subjects = { "RRV" },
    edits = {
      { "hrtPathway=\"live\"", "hrtPathway=\"LIVE\"" } } },
  { name = "no gynaecology providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Gynaecology>", "<Gynaecology><!-- " },
      { "<AnalyserScreenshot submitted=\"false\"", " --><AnalyserScreenshot submitted=\"false\"" } } },
  { name = "gynaecology section absent", expect = "missing", subjects = {},
    edits = { { "<Gynaecology>", "<!-- <Gynaecology>" }, { "</Gynaecology>", "</Gynaecology> -->" } } },
}
