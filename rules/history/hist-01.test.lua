-- Fixtures for HIST-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test HIST-01
fixtures {
  rule = "HIST-01",
  base = "../../samples/returns/ncl-q2.xml",
  -- Without --history the rule does not run at all (history = true); with
  -- it, a history that holds no earlier return of this alliance is
  -- not-applicable.
  { name = "the history holds no return of this alliance", expect = "not-applicable", subjects = {},
    previous = { { '<Alliance code="E56000027"', '<Alliance code="E56000099"' } } },
  { name = "same statuses as Q1", expect = "pass", subjects = {},
    previous = { } },
  { name = "HRT pathway bau at Q1, live at Q2", expect = "fail", subjects = { "RAL" },
    previous = {
      { "hrtPathway=\"live\" liveDate=\"2025-04-14\"", "hrtPathway=\"bau\" liveDate=\"2025-04-14\"" } } },
  { name = "haematuria service live at Q1, planned at Q2", expect = "fail", subjects = { "RAL" },
    previous = {
      { "lampLive=\"true\" oneStopHaematuria=\"planned\"", "lampLive=\"true\" oneStopHaematuria=\"live\"" } } },
  { name = "planned at Q1, live at Q2 is progress", expect = "pass", subjects = {},
    previous = {
      { "breastPainPathway=\"live\" liveDate=\"2025-05-01\"", "breastPainPathway=\"planned\" liveDate=\"2025-05-01\"" } } },
}
