-- Fixtures for OP-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-01
fixtures {
  rule = "OP-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: in place, covers all three", expect = "pass", subjects = {} },
  { name = "example at Q4", quarter = "Q4", expect = "pass", subjects = {} },
  { name = "plan in development at Q2", expect = "fail", subjects = { "ImprovementPlan" },
    edits = {
      { "<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"in-development\"" } } },
  { name = "no plan at Q1 (due Q1)", quarter = "Q1", expect = "fail", subjects = { "ImprovementPlan" },
    edits = {
      { "<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"none\"" } } },
  { name = "plan does not cover 62-day", expect = "fail", subjects = { "62D" },
    edits = {
      { "covers62D=\"true\"", "covers62D=\"false\"" } } },
  { name = "in development and not covering FDS", expect = "fail", subjects = { "ImprovementPlan", "FDS" },
    edits = {
      { "<ImprovementPlan status=\"in-place\" coversFDS=\"true\"", "<ImprovementPlan status=\"in-development\" coversFDS=\"false\"" } } },
  { name = "plan absent", expect = "missing", subjects = { "ImprovementPlan" },
    edits = {
      { "<ImprovementPlan status=\"in-place\" coversFDS=\"true\" covers31D=\"true\" covers62D=\"true\"/>", "" } } },
  { name = "operational performance section absent", expect = "missing", subjects = { "ImprovementPlan" },
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "malformed covers31D", expect = "missing", subjects = { "31D" },
    edits = {
      { "covers31D=\"true\"", "covers31D=\"yes\"" } } },
  { name = "malformed status", expect = "missing", subjects = { "ImprovementPlan" },
    edits = {
      { "<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"In place\"" } } },
}
