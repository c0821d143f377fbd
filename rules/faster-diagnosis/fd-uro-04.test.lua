-- Fixtures for FD-URO-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-URO-04
fixtures {
  rule = "FD-URO-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: submitted", expect = "pass", subjects = {} },
  { name = "example at Q4: submitted", quarter = "Q4", expect = "pass", subjects = {} },
  { name = "not submitted at Q2", expect = "not-due", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"" } } },
  { name = "not submitted at Q4", quarter = "Q4", expect = "fail", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"" } } },
  { name = "screenshot element absent", expect = "missing", subjects = { "urology" },
    edits = {
      { "<AnalyserScreenshot submitted=\"true\" date=\"2025-07-04\"/>", "" } } },
  { name = "malformed submitted flag", quarter = "Q4", expect = "missing", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"yes\"" } } },
}
