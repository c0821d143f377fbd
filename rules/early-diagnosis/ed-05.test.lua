-- Fixtures for ED-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-05
fixtures {
  rule = "ED-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 83.5% is at or above 80", expect = "not-applicable", subjects = {} },
  { name = "exactly 80%", expect = "not-applicable", subjects = {},
    edits = {
      { "percent=\"83.5\"", "percent=\"80\"" } } },
  { name = "75% and no actions", expect = "fail", subjects = {},
    edits = {
      { "percent=\"83.5\"", "percent=\"75.0\"" } } },
  { name = "75% with actions, linked, described", expect = "pass", subjects = {},
    edits = {
      { "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>", "<StagingCompleteness percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\">Staging completeness clinics with the four trusts, monthly COSD stage data validation with NDRS, and a shared dashboard at the alliance board.</StagingCompleteness>" } } },
  { name = "75% with actions but not linked with NDRS", expect = "missing", subjects = {},
    edits = {
      { "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>", "<StagingCompleteness percent=\"75.0\" actions=\"true\" ndrsLinked=\"false\">Staging completeness clinics with the four trusts, monthly COSD stage data validation with NDRS, and a shared dashboard at the alliance board.</StagingCompleteness>" } } },
  { name = "75% with actions, text TBC", quarter = "Q3", expect = "missing", subjects = {},
    edits = {
      { "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>", "<StagingCompleteness percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\">TBC</StagingCompleteness>" } } },
  { name = "75% with actions, no text", expect = "missing", subjects = {},
    edits = {
      { "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>", "<StagingCompleteness percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\"/>" } } },
  { name = "percent malformed", expect = "missing", subjects = {},
    edits = {
      { "percent=\"83.5\"", "percent=\"83.5%\"" } } },
  { name = "StagingCompleteness absent", expect = "missing", subjects = {},
    edits = {
      { "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>", "" } } },
}
