-- Fixtures for FD-SKN-05. The base is the Q3 return (schema 1.1): RRV and RAL
-- are commissioned as BAU, RAP not yet (its recurrent funding was approved in
-- October); RKE is not an applicable service. Run: assure rules test FD-SKN-05
local RAP = 'teledermatologyPercent="52.4" rolloutPlan="true" bauFunding="true" nurseRoles="false" oneStopSurgery="false" bauCommissioned="false"'
fixtures {
  rule = "FD-SKN-05",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: RAP not yet BAU", expect = "not-due", subjects = { "RAP" } },
  { name = "the Q3 return judged at Q4", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "RAP commissioned as BAU", expect = "pass", subjects = { "RRV", "RAL", "RAP" },
    edits = { { RAP, (RAP:gsub('bauCommissioned="false"', 'bauCommissioned="true"')) } } },
  { name = "RAP's flag left out", expect = "missing", subjects = { "RAP" },
    edits = { { RAP, (RAP:gsub(' bauCommissioned="false"', '')) } } },
  { name = "RAP's flag malformed", quarter = "Q4", expect = "missing", subjects = { "RAP" },
    edits = { { RAP, (RAP:gsub('bauCommissioned="false"', 'bauCommissioned="soon"')) } } },
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
  { name = "the year-end return of Surrey and Sussex: every service BAU", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = { "RTP", "RA2", "RTK", "RYR", "RXC", "RPC" } },
  { name = "a 1.0 return has no place for the flag", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
