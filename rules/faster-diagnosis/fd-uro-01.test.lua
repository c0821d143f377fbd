-- Fixtures for FD-URO-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-URO-01
fixtures {
  rule = "FD-URO-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 2 of 4 have trained staff, on the Q2 line of 2", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "every provider has trained staff", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "lampTrainedStaff=\"0\"", "lampTrainedStaff=\"1\"" },
      { "lampTrainedStaff=\"0\"", "lampTrainedStaff=\"3\"" } } },
  { name = "only 1 of 4 at Q2, below the line of 2", expect = "at-risk", subjects = { "RAL", "RAP", "RKE" },
    edits = {
      { "lampTrainedStaff=\"1\"", "lampTrainedStaff=\"0\"" } } },
  { name = "example at Q1: line of 1 met", quarter = "Q1", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "example at Q3: 2 below the line of 3", quarter = "Q3", expect = "at-risk", subjects = { "RAP", "RKE" } },
  { name = "example at Q4: due, RAP and RKE have none", quarter = "Q4", expect = "fail", subjects = { "RAP", "RKE" } },
  { name = "no urology providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Urology>", "<Urology><!-- " },
      { "<AnalyserScreenshot submitted=\"true\"", " --><AnalyserScreenshot submitted=\"true\"" } } },
  { name = "malformed staff count", expect = "missing", subjects = { "RRV" },
    edits = {
      { "lampTrainedStaff=\"2\"", "lampTrainedStaff=\"two\"" } } },
}
