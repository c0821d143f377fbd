-- Fixtures for OP-08: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-08
fixtures {
  rule = "OP-08",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 93.1% above 92.4%", expect = "pass", subjects = { "QMJ" } },
  { name = "example at Q4", quarter = "Q4", expect = "pass", subjects = { "QMJ" } },
  { name = "below the same quarter last year", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.5\"" } } },
  { name = "below last year at Q1", quarter = "Q1", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.5\"" } } },
  { name = "equal to last year: improvement not demonstrated", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.1\"" } } },
  { name = "equal to last year at Q4", quarter = "Q4", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.1\"" } } },
  { name = "one ICB below last year, one equal", file = "../../samples/returns/smc-q4.xml", expect = "fail", subjects = { "QNX" },
    edits = {
      { "code=\"31D\" icb=\"QXU\" current=\"94.4\" sameQuarterLastYear=\"93.5\"", "code=\"31D\" icb=\"QXU\" current=\"94.4\" sameQuarterLastYear=\"94.4\"" },
      { "code=\"31D\" icb=\"QNX\" current=\"92.8\" sameQuarterLastYear=\"92.0\"", "code=\"31D\" icb=\"QNX\" current=\"92.8\" sameQuarterLastYear=\"93.0\"" } } },
  { name = "operational performance section absent", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "no 31-day figure", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<Standard code=\"31D\" icb=\"QMJ\" current=\"93.1\" sameQuarterLastYear=\"92.4\"/>", "" } } },
  { name = "malformed last year", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"\"" } } },
  { name = "second ICB with no 31-day figure", expect = "missing", subjects = { "QRV" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QRV\" name=\"NHS North West London ICB\"/>" } } },
  { name = "no ICB in the header", expect = "missing", subjects = {},
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "" } } },
}
