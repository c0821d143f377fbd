-- Fixtures for HIST-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-02
fixtures {
  rule = "HIST-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "no history", expect = "not-applicable", subjects = {} },
  { name = "spend rose from Q1", expect = "pass", subjects = {},
    previous = {
      { "actualYearToDate=\"381200\"", "actualYearToDate=\"184800\"" } } },
  { name = "spend fell from Q1", expect = "fail", subjects = { "early-diagnosis" },
    previous = {
      { "actualYearToDate=\"540800\"", "actualYearToDate=\"600000\"" } } },
}
