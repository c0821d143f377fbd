-- Fixtures for FD-SKN-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-SKN-02
fixtures {
  rule = "FD-SKN-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP without BAU funding", expect = "fail", subjects = { "RAP" } },
  { name = "RAP with BAU funding", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "rolloutPlan=\"true\" bauFunding=\"false\"", "rolloutPlan=\"true\" bauFunding=\"true\"" } } },
  { name = "example at Q1: not yet due", quarter = "Q1", expect = "not-due", subjects = { "RAP" } },
  { name = "malformed funding flag", expect = "missing", subjects = { "RAP" },
    edits = {
      { "rolloutPlan=\"true\" bauFunding=\"false\"", "rolloutPlan=\"true\" bauFunding=\"no\"" } } },
  { name = "no applicable service", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" } } },
  { name = "no skin providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Skin>", "<Skin><!-- " },
      { "<Inequalities deprivationAccess", " --><Inequalities deprivationAccess" } } },
  { name = "skin section absent", expect = "missing", subjects = {},
    edits = { { "<Skin>", "<!-- <Skin>" }, { "</Skin>", "</Skin> -->" } } },
}
