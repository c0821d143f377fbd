-- Fixtures for HIST-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-04
fixtures {
  rule = "HIST-04",
  base = "../../samples/returns/ncl-q2.xml",
  -- Without --history the rule does not run at all (history = true); with
  -- it, a history that holds no earlier return of this alliance is
  -- not-applicable.
  { name = "the history holds no return of this alliance", expect = "not-applicable", subjects = {},
    previous = { { '<Alliance code="E56000027"', '<Alliance code="E56000099"' } } },
  { name = "complete stays complete", expect = "pass", subjects = {},
    previous = { } },
  { name = "complete at Q1, open at Q2", expect = "fail", subjects = { "AD-D1" },
    previous = {
      { "aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "aims=\"SA1 SA3 SA4 SA6\" status=\"complete\"" } } },
}
