-- Fixtures for ED-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-02
fixtures {
  rule = "ED-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: all four analyses", expect = "pass", subjects = {} },
  { name = "deprivation false", expect = "missing", subjects = { "deprivation" },
    edits = {
      { "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"true\" outliers=\"true\"/>", "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"false\" icb=\"true\" outliers=\"true\"/>" } } },
  { name = "outliers absent and staging false", quarter = "Q1", expect = "missing", subjects = { "rcrdStagingByTumour", "outliers" },
    edits = {
      { "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"true\" outliers=\"true\"/>", "<Analysis rcrdStagingByTumour=\"false\" deprivation=\"true\" icb=\"true\"/>" } } },
  { name = "icb malformed", expect = "missing", subjects = { "icb" },
    edits = {
      { "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"true\" outliers=\"true\"/>", "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"yes\" outliers=\"true\"/>" } } },
  { name = "Analysis absent", expect = "missing", subjects = { "rcrdStagingByTumour", "deprivation", "icb", "outliers" },
    edits = {
      { "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"true\" outliers=\"true\"/>", "" } } },
}
