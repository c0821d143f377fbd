-- Fixtures for OP-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-03
fixtures {
  rule = "OP-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RRV prostate surgery has actions", expect = "pass", subjects = { "RRV" } },
  { name = "example at Q1", quarter = "Q1", expect = "pass", subjects = { "RRV" } },
  { name = "RRV has no actions", expect = "fail", subjects = { "RRV" },
    edits = {
      { "percentOver31=\"27.5\" actions=\"true\"", "percentOver31=\"27.5\" actions=\"false\"" } } },
  { name = "RRV narrative a placeholder", expect = "missing", subjects = { "RRV" },
    edits = {
      { "Additional robotic lists from July and a shared PTL with RAL for surgical capacity.", "to follow" } } },
  { name = "exactly 25%", expect = "not-applicable", subjects = {},
    edits = {
      { "percentOver31=\"27.5\" actions=\"true\"", "percentOver31=\"25.0\" actions=\"false\"" } } },
  { name = "section there, no long waits listed", expect = "not-applicable", subjects = {},
    edits = {
      { "<LongWait ", "<!-- <LongWait " },
      { "</LongWait>", "</LongWait> -->" } } },
  { name = "malformed percentage", expect = "missing", subjects = { "RRV" },
    edits = {
      { "percentOver31=\"27.5\"", "percentOver31=\"27,5\"" } } },
  { name = "RAP over 25% with no actions beside RRV", expect = "fail", subjects = { "RAP" },
    edits = {
      { "</LongWait>", "</LongWait><LongWait provider=\"RAP\" pathway=\"lung-surgery\" percentOver31=\"31.0\" actions=\"false\"/><LongWait provider=\"RKE\" pathway=\"breast-surgery\" percentOver31=\"12.0\" actions=\"false\"/>" } } },
  { name = "operational performance section absent", expect = "missing", subjects = {},
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
}
