-- Fixtures for OP-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-06
fixtures {
  rule = "OP-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 78.4% on trajectory 78.0", expect = "not-due", subjects = { "QMJ" } },
  { name = "example at Q1", quarter = "Q1", expect = "not-due", subjects = { "QMJ" } },
  { name = "example at Q3", quarter = "Q3", expect = "not-due", subjects = { "QMJ" } },
  { name = "example at Q4: below 80%", quarter = "Q4", expect = "fail", subjects = { "QMJ" } },
  { name = "80% already at Q2", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\"", "current=\"80.0\"" } } },
  { name = "80% at Q4", quarter = "Q4", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\"", "current=\"80.0\"" } } },
  { name = "below trajectory", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\"", "current=\"77.5\"" } } },
  { name = "below the same quarter last year", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"75.9\"", "sameQuarterLastYear=\"79.0\"" } } },
  { name = "above 80% but below last year, at Q1", quarter = "Q1", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\" sameQuarterLastYear=\"75.9\"", "current=\"81.0\" sameQuarterLastYear=\"82.0\"" } } },
  { name = "equal to last year: improvement not demonstrated", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"75.9\"", "sameQuarterLastYear=\"78.4\"" } } },
  { name = "at 80% or more but equal to last year", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\" sameQuarterLastYear=\"75.9\"", "current=\"81.0\" sameQuarterLastYear=\"81.0\"" } } },
  { name = "equal to last year and below 80% at Q4", quarter = "Q4", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "sameQuarterLastYear=\"75.9\"", "sameQuarterLastYear=\"78.4\"" } } },
  { name = "at 80% at Q4 but equal to last year", quarter = "Q4", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\" sameQuarterLastYear=\"75.9\"", "current=\"80.0\" sameQuarterLastYear=\"80.0\"" } } },
  { name = "no trajectory", expect = "not-due", subjects = { "QMJ" },
    edits = {
      { " trajectory=\"78.0\"", "" } } },
  { name = "no FDS figure", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<Standard code=\"FDS\" icb=\"QMJ\" current=\"78.4\" sameQuarterLastYear=\"75.9\" trajectory=\"78.0\"/>", "" } } },
  { name = "malformed current", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "current=\"78.4\"", "current=\"78.4%\"" } } },
  { name = "second ICB with no FDS figure", expect = "missing", subjects = { "QRV" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QRV\" name=\"NHS North West London ICB\"/>" } } },
  { name = "no ICB in the header", expect = "missing", subjects = {},
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "" } } },
}
