-- Fixtures for HIST-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-02
fixtures {
  rule = "HIST-02",
  base = "../../samples/returns/ncl-q2.xml",
  -- Without --history the rule does not run at all (history = true); with
  -- it, a history that holds no earlier return of this alliance is
  -- not-applicable.
  { name = "the history holds no return of this alliance", expect = "not-applicable", subjects = {},
    previous = { { '<Alliance code="E56000027"', '<Alliance code="E56000099"' } } },
  { name = "spend rose from Q1", expect = "pass", subjects = {},
    previous = {
      { "actualYearToDate=\"381200\"", "actualYearToDate=\"184800\"" } } },
  { name = "spend fell from Q1", expect = "fail", subjects = { "early-diagnosis" },
    previous = {
      { "actualYearToDate=\"540800\"", "actualYearToDate=\"600000\"" } } },
}
