-- Fixtures for FD-SKN-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-SKN-04
fixtures {
  rule = "FD-SKN-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: both true", expect = "pass", subjects = {} },
  { name = "deprivation access false", expect = "missing", subjects = { "deprivationAccess" },
    edits = {
      { "deprivationAccess=\"true\"", "deprivationAccess=\"false\"" } } },
  { name = "both false at Q4", quarter = "Q4", expect = "missing", subjects = { "deprivationAccess", "skinTypeTraining" },
    edits = {
      { "deprivationAccess=\"true\" skinTypeTraining=\"true\"", "deprivationAccess=\"false\" skinTypeTraining=\"false\"" } } },
  { name = "inequalities absent", expect = "missing", subjects = { "deprivationAccess", "skinTypeTraining" },
    edits = {
      { "<Inequalities deprivationAccess=\"true\" skinTypeTraining=\"true\"/>", "" } } },
  { name = "malformed training flag", expect = "missing", subjects = { "skinTypeTraining" },
    edits = {
      { "skinTypeTraining=\"true\"", "skinTypeTraining=\"1\"" } } },
  { name = "skin section absent", expect = "missing", subjects = { "deprivationAccess", "skinTypeTraining" },
    edits = { { "<Skin>", "<!-- <Skin>" }, { "</Skin>", "</Skin> -->" } } },
}
