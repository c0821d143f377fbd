-- Fixtures for OP-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-04
fixtures {
  rule = "OP-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: both phases have actions", expect = "pass", subjects = {} },
  { name = "no staging actions", expect = "fail", subjects = { "lung" },
    edits = {
      { "stagingActions=\"true\"", "stagingActions=\"false\"" } } },
  { name = "no treatment actions at Q1", quarter = "Q1", expect = "fail", subjects = { "lung" },
    edits = {
      { "treatmentActions=\"true\"", "treatmentActions=\"false\"" } } },
  { name = "narrative a placeholder", expect = "missing", subjects = { "lung" },
    edits = {
      { "Pathway navigator in post at RAP; EBUS capacity added; treatment planning MDT moved to twice weekly.", "N/A" } } },
  { name = "narrative empty and no treatment actions", expect = "fail", subjects = { "lung" },
    edits = {
      { "Pathway navigator in post at RAP; EBUS capacity added; treatment planning MDT moved to twice weekly.", "" },
      { "treatmentActions=\"true\"", "treatmentActions=\"false\"" } } },
  { name = "lung 62-day absent", expect = "missing", subjects = { "lung" },
    edits = {
      { "<Lung62Day current=\"64.0\" stagingActions=\"true\" treatmentActions=\"true\">Pathway navigator in post at RAP; EBUS capacity added; treatment planning MDT moved to twice weekly.</Lung62Day>", "" } } },
  { name = "malformed staging flag", expect = "missing", subjects = { "lung" },
    edits = {
      { "stagingActions=\"true\"", "stagingActions=\"1\"" } } },
  { name = "operational performance section absent", expect = "missing", subjects = { "lung" },
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
}
