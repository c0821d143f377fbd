-- Fixtures for FD-SKN-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. In the example RAP is at
-- 41.2% with a rollout plan; RKE is not an applicable service.
-- Run: assure rules test FD-SKN-01
local NO_PLAN = { 'teledermatologyPercent="41.2" rolloutPlan="true"', 'teledermatologyPercent="41.2" rolloutPlan="false"' }
fixtures {
  rule = "FD-SKN-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP below 50% at Q2", expect = "fail", subjects = { "RAP" } },
  { name = "all above 50%", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"51.0\"" } } },
  { name = "exactly 50% is not over 50%", expect = "fail", subjects = { "RAP" },
    edits = {
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"50\"" } } },
  { name = "example at Q4: RAP below 50%", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "RAP below 50% with no rollout plan at Q2: a fail", expect = "fail", subjects = { "RAP" },
    edits = { NO_PLAN } },
  -- Revision 2: due Q2; in Q1 the rollout plan decides.
  { name = "example at Q1: RAP below 50% with a rollout plan", quarter = "Q1", expect = "at-risk", subjects = { "RAP" } },
  { name = "RAP below 50% with no rollout plan at Q1", quarter = "Q1", expect = "missing", subjects = { "RAP" },
    edits = { NO_PLAN } },
  { name = "RRV over 50% with no rollout plan at Q1: the plan is not needed", quarter = "Q1", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { 'teledermatologyPercent="63.5" rolloutPlan="true"', 'teledermatologyPercent="63.5" rolloutPlan="false"' },
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"51.0\"" } } },
  { name = "RRV over 50% with a malformed rollout plan flag at Q1: not read", quarter = "Q1", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { 'teledermatologyPercent="63.5" rolloutPlan="true"', 'teledermatologyPercent="63.5" rolloutPlan="yes"' },
      { "teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"51.0\"" } } },
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
  { name = "skin section absent", expect = "missing", subjects = {},
    edits = {
      { "<Skin>", "<!-- <Skin>" },
      { "</Skin>", "</Skin> -->" } } },
}
