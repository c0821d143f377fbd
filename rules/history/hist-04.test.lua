-- Fixtures for HIST-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-04
fixtures {
  rule = "HIST-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "no history", expect = "not-applicable", subjects = {} },
  { name = "complete stays complete", expect = "pass", subjects = {},
    previous = { } },
  { name = "complete at Q1, open at Q2", expect = "fail", subjects = { "AD-D1" },
    previous = {
      { "aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "aims=\"SA1 SA3 SA4 SA6\" status=\"complete\"" } } },
}
