-- Fixtures for FD-SKN-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-SKN-01
fixtures {
  rule = "FD-SKN-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP below 50%", expect = "fail", subjects = { "RAP" } },
  { name = "all above 50%", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"51.0\"" } } },
  { name = "exactly 50% is not over 50%", expect = "fail", subjects = { "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"50\"" } } },
  { name = "example at Q4: RAP below 50%", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "RAP below 50% with no rollout plan still fails (the fail outranks the missing plan)", expect = "fail", subjects = { "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\" rolloutPlan=\"true\"", "teledermatologyPercent=\"41.2\" rolloutPlan=\"false\"" } } },
  { name = "malformed percentage", expect = "missing", subjects = { "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"41.2%\"" } } },
  { name = "no applicable service", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" } } },
  { name = "no skin providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Skin>", "<Skin><!-- " },
      { "<Inequalities deprivationAccess", " --><Inequalities deprivationAccess" } } },
}
