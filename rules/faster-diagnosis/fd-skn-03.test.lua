-- Fixtures for FD-SKN-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-SKN-03
fixtures {
  rule = "FD-SKN-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RRV and RAL have either", expect = "pass", subjects = { "RRV", "RAL" } },
  { name = "example at Q4", quarter = "Q4", expect = "pass", subjects = { "RRV", "RAL" } },
  { name = "no applicable provider has either", expect = "missing", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "nurseRoles=\"true\" oneStopSurgery=\"true\"", "nurseRoles=\"false\" oneStopSurgery=\"false\"" },
      { "nurseRoles=\"false\" oneStopSurgery=\"true\"", "nurseRoles=\"false\" oneStopSurgery=\"false\"" } } },
  { name = "no provider is applicable", expect = "missing", subjects = { "skin" },
    edits = {
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" },
      { "applicable=\"true\"", "applicable=\"false\"" } } },
  { name = "skin narrative a placeholder", expect = "missing", subjects = { "skin" },
    edits = {
      { "<Narrative>Teledermatology covers", "<Narrative>TBC</Narrative><!-- Teledermatology covers" },
      { "run weekly at RRV and RAL.</Narrative>", "run weekly at RRV and RAL. -->" } } },
  { name = "skin narrative absent", expect = "missing", subjects = { "skin" },
    edits = {
      { "<Narrative>Teledermatology covers", "<!-- <Narrative>Teledermatology covers" },
      { "run weekly at RRV and RAL.</Narrative>", "run weekly at RRV and RAL.</Narrative> -->" } } },
  { name = "malformed nurse roles flag", expect = "missing", subjects = { "RRV" },
    edits = {
      { "nurseRoles=\"true\"", "nurseRoles=\"Y\"" } } },
  { name = "no skin providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Skin>", "<Skin><!-- " },
      { "<Inequalities deprivationAccess", " --><Inequalities deprivationAccess" } } },
  { name = "skin section absent", expect = "missing", subjects = { "skin" },
    edits = { { "<Skin>", "<!-- <Skin>" }, { "</Skin>", "</Skin> -->" } } },
}
