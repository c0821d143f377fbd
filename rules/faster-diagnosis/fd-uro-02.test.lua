-- Fixtures for FD-URO-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-URO-02
fixtures {
  rule = "FD-URO-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: every provider assessed", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" } },
  { name = "RKE not assessed at Q2", expect = "fail", subjects = { "RKE" },
    edits = {
      { "oneStopHaematuria=\"not-feasible\"", "oneStopHaematuria=\"not-assessed\"" } } },
  { name = "RKE not assessed at Q1", quarter = "Q1", expect = "not-due", subjects = { "RKE" },
    edits = {
      { "oneStopHaematuria=\"not-feasible\"", "oneStopHaematuria=\"not-assessed\"" } } },
  { name = "malformed status", expect = "missing", subjects = { "RRV" },
    edits = {
      { "oneStopHaematuria=\"live\"", "oneStopHaematuria=\"yes\"" } } },
  { name = "no urology providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Urology>", "<Urology><!-- " },
      { "<AnalyserScreenshot submitted=\"true\"", " --><AnalyserScreenshot submitted=\"true\"" } } },
  { name = "urology section absent", expect = "missing", subjects = {},
    edits = { { "<Urology>", "<!-- <Urology>" }, { "</Urology>", "</Urology> -->" } } },
}
