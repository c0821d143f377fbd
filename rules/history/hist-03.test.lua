-- Fixtures for HIST-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-03
fixtures {
  rule = "HIST-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "no history", expect = "not-applicable", subjects = {} },
  { name = "target unchanged", expect = "pass", subjects = {},
    previous = { } },
  { name = "target changed", expect = "at-risk", subjects = { "QMJ" },
    previous = {
      { "target=\"58.0\"", "target=\"60.0\"" } } },
  { name = "baseline changed", expect = "at-risk", subjects = { "QMJ" },
    previous = {
      { "baseline=\"56.1\"", "baseline=\"55.0\"" } } },
}
