-- Fixtures for OP-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-05
fixtures {
  rule = "OP-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP has a seasonality plan", expect = "pass", subjects = { "RAP" } },
  { name = "RAP has no seasonality plan", expect = "fail", subjects = { "RAP" },
    edits = {
      { "seasonalityPlan=\"true\"", "seasonalityPlan=\"false\"" } } },
  { name = "RAP has no seasonality plan at Q1", quarter = "Q1", expect = "fail", subjects = { "RAP" },
    edits = {
      { "seasonalityPlan=\"true\"", "seasonalityPlan=\"false\"" } } },
  { name = "RAP at exactly 75%", expect = "not-applicable", subjects = {},
    edits = {
      { "aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"", "aprSep2024=\"75.0\" current=\"80.2\" seasonalityPlan=\"false\"" } } },
  { name = "section there, no skin FDS listed", expect = "not-applicable", subjects = {},
    edits = {
      { "<SkinFDS provider=\"RAP\" aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"/>", "" } } },
  { name = "malformed seasonality flag", expect = "missing", subjects = { "RAP" },
    edits = {
      { "seasonalityPlan=\"true\"", "seasonalityPlan=\"TRUE\"" } } },
  { name = "RKE above 75% needs no plan", expect = "pass", subjects = { "RAP" },
    edits = {
      { "<SkinFDS provider=\"RAP\" aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"/>", "<SkinFDS provider=\"RAP\" aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"/><SkinFDS provider=\"RKE\" aprSep2024=\"82.0\" current=\"84.0\" seasonalityPlan=\"false\"/>" } } },
  { name = "operational performance section absent", expect = "missing", subjects = {},
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
}
