-- Fixtures for HIST-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-03
fixtures {
  rule = "HIST-03",
  base = "../../samples/returns/ncl-q2.xml",
  -- Without --history the rule does not run at all (history = true); with
  -- it, a history that holds no earlier return of this alliance is
  -- not-applicable.
  { name = "the history holds no return of this alliance", expect = "not-applicable", subjects = {},
    previous = { { '<Alliance code="E56000027"', '<Alliance code="E56000099"' } } },
  { name = "target unchanged", expect = "pass", subjects = {},
    previous = { } },
  { name = "target changed", expect = "at-risk", subjects = { "QMJ" },
    previous = {
      { "target=\"58.0\"", "target=\"60.0\"" } } },
  { name = "baseline changed", expect = "at-risk", subjects = { "QMJ" },
    previous = {
      { "baseline=\"56.1\"", "baseline=\"55.0\"" } } },
}
