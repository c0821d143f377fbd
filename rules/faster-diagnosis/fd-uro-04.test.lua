-- Fixtures for FD-URO-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. In the example RAL (lowest
-- quartile, tier 2) needs a pathway analyser; RAP is lowest quartile but
-- tier 1. Run: assure rules test FD-URO-04
fixtures {
  rule = "FD-URO-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: submitted", expect = "pass", subjects = {} },
  { name = "example at Q4: submitted", quarter = "Q4", expect = "pass", subjects = {} },
  { name = "submitted with no date", expect = "pass", subjects = {},
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"true\"" } } },
  { name = "not submitted at Q2", expect = "not-due", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"" } } },
  { name = "not submitted at Q4", quarter = "Q4", expect = "fail", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"" } } },
  -- Revision 2: not-applicable when no provider needs an analyser.
  { name = "not submitted at Q4, no provider needs an analyser", quarter = "Q4", expect = "not-applicable", subjects = {},
    edits = {
      { "<Provider code=\"RAL\" fdsLowestQuartile=\"true\"", "<Provider code=\"RAL\" fdsLowestQuartile=\"false\"" },
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"" } } },
  { name = "urology section lists no provider", quarter = "Q4", expect = "not-applicable", subjects = {},
    edits = {
      { "<Urology>", "<Urology><!-- " },
      { "<AnalyserScreenshot submitted=\"true\"", " --><AnalyserScreenshot submitted=\"true\"" } } },
  -- The screenshot is produced once by Q4: absent before then is not-due.
  { name = "screenshot element absent at Q2", expect = "not-due", subjects = { "urology" },
    edits = {
      { "<AnalyserScreenshot submitted=\"true\" date=\"2025-07-04\"/>", "" } } },
  { name = "screenshot element absent at Q4", quarter = "Q4", expect = "missing", subjects = { "urology" },
    edits = {
      { "<AnalyserScreenshot submitted=\"true\" date=\"2025-07-04\"/>", "" } } },
  { name = "urology section absent", expect = "missing", subjects = { "urology" },
    edits = {
      { "<Urology>", "<!-- <Urology>" },
      { "</Urology>", "</Urology> -->" } } },
  { name = "malformed submitted flag", quarter = "Q4", expect = "missing", subjects = { "urology" },
    edits = {
      { "submitted=\"true\" date=\"2025-07-04\"", "submitted=\"yes\"" } } },
  { name = "malformed quartile flag and no other provider needs an analyser", quarter = "Q4", expect = "missing", subjects = { "RAL" },
    edits = {
      { "<Provider code=\"RAL\" fdsLowestQuartile=\"true\"", "<Provider code=\"RAL\" fdsLowestQuartile=\"Y\"" } } },
  { name = "the year-end return of Surrey and Sussex: RTK needs one, none submitted", file = "../../samples/returns/smc-q4.xml",
    expect = "fail", subjects = { "urology" } },
}
