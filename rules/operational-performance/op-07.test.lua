-- Fixtures for OP-07: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-07
fixtures {
  rule = "OP-07",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 71.2% below trajectory 72.0", expect = "at-risk", subjects = { "QMJ" } },
  { name = "example at Q1", quarter = "Q1", expect = "at-risk", subjects = { "QMJ" } },
  { name = "example at Q4: below 75%", quarter = "Q4", expect = "fail", subjects = { "QMJ" } },
  { name = "on trajectory", expect = "not-due", subjects = { "QMJ" },
    edits = {
      { "trajectory=\"72.0\"", "trajectory=\"71.0\"" } } },
  { name = "75% already", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "current=\"71.2\"", "current=\"75.0\"" } } },
  { name = "75% at Q4", quarter = "Q4", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "current=\"71.2\"", "current=\"75.0\"" } } },
  { name = "below the same quarter last year", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"68.0\"", "sameQuarterLastYear=\"72.5\"" } } },
  { name = "equal to last year: improvement not demonstrated", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "trajectory=\"72.0\"", "trajectory=\"71.0\"" },
      { "sameQuarterLastYear=\"68.0\"", "sameQuarterLastYear=\"71.2\"" } } },
  { name = "at 75% or more but equal to last year", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "current=\"71.2\" sameQuarterLastYear=\"68.0\"", "current=\"76.0\" sameQuarterLastYear=\"76.0\"" } } },
  { name = "equal to last year and below 75% at Q4", quarter = "Q4", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"68.0\"", "sameQuarterLastYear=\"71.2\"" } } },
  { name = "operational performance section absent", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "no 62-day figure", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<Standard code=\"62D\" icb=\"QMJ\" current=\"71.2\" sameQuarterLastYear=\"68.0\" trajectory=\"72.0\"/>", "" } } },
  { name = "malformed trajectory", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "trajectory=\"72.0\"", "trajectory=\"72.0%\"" } } },
  { name = "second ICB with no 62-day figure", expect = "missing", subjects = { "QRV" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QRV\" name=\"NHS North West London ICB\"/>" } } },
}
