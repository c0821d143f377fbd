-- Fixtures for LP-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LP-02
fixtures {
  rule = "LP-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example milestones all name aims", expect = "pass", subjects = { "PC-A1", "PC-B1", "AD-C2", "AD-D1" } },
  { name = "AD-C2 with empty aims", expect = "missing", subjects = { "AD-C2" },
    edits = {
      { "aims=\"SA2 SA3\"", "aims=\"  \"" } } },
  { name = "PC-A1 with no aims attribute", expect = "missing", subjects = { "PC-A1" },
    edits = {
      { " aims=\"SA2 SA6\"", "" } } },
  { name = "LocalPlan absent: the section that holds the evidence is missing", expect = "missing", subjects = {},
    edits = {
      { "<LocalPlan>", "<!-- <LocalPlan>" },
      { "</LocalPlan>", "</LocalPlan> -->" } } },
  { name = "LocalPlan present with no milestone", expect = "not-applicable", subjects = {},
    edits = {
      { "<LocalPlan>", "<LocalPlan><!--" },
      { "</LocalPlan>", "--></LocalPlan>" } } },
}
