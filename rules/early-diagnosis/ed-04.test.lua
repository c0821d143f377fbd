-- Fixtures for ED-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-04
fixtures {
  rule = "ED-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: both interventions complete", expect = "pass", subjects = { "ED-LUNG-CXR", "ED-SCREEN-OUTREACH" } },
  { name = "inequalities impact TBC", expect = "missing", subjects = { "ED-LUNG-CXR" },
    edits = {
      { "<InequalitiesImpact>Seven of the eight PCNs are in Core20 areas; uptake is monitored by deprivation quintile and ethnicity.</InequalitiesImpact>", "<InequalitiesImpact>TBC</InequalitiesImpact>" } } },
  { name = "no evaluation plan", expect = "missing", subjects = { "ED-SCREEN-OUTREACH" },
    edits = {
      { "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"true\"", "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"false\"" } } },
  { name = "expected impact empty", expect = "missing", subjects = { "ED-SCREEN-OUTREACH" },
    edits = {
      { "<ExpectedImpact>Community outreach to cervical screening non-attenders in Camden and Islington, aiming for 2,000 additional screens this year.</ExpectedImpact>", "<ExpectedImpact> </ExpectedImpact>" } } },
  { name = "expected impact absent", expect = "missing", subjects = { "ED-SCREEN-OUTREACH" },
    edits = {
      { "<ExpectedImpact>Community outreach to cervical screening non-attenders in Camden and Islington, aiming for 2,000 additional screens this year.</ExpectedImpact>", "" } } },
  { name = "pillar not one of the four", expect = "missing", subjects = { "ED-LUNG-CXR" },
    edits = {
      { "id=\"ED-LUNG-CXR\" pillar=\"primary-care\" status=\"delivering\" evaluationPlan=\"true\"", "id=\"ED-LUNG-CXR\" pillar=\"community\" status=\"delivering\" evaluationPlan=\"true\"" } } },
  { name = "both interventions short", quarter = "Q4", expect = "missing", subjects = { "ED-LUNG-CXR", "ED-SCREEN-OUTREACH" },
    edits = {
      { "<InequalitiesImpact>Seven of the eight PCNs are in Core20 areas; uptake is monitored by deprivation quintile and ethnicity.</InequalitiesImpact>", "<InequalitiesImpact>to follow</InequalitiesImpact>" },
      { "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"true\"", "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"false\"" } } },
  { name = "no intervention", expect = "missing", subjects = {},
    edits = {
      { "<Intervention id=\"ED-LUNG-CXR\"", "<!-- <Intervention id=\"ED-LUNG-CXR\"" },
      { "<StagingCompleteness", "--> <StagingCompleteness" } } },
  { name = "Early diagnosis section absent", expect = "missing", subjects = {},
    edits = {
      { "<EarlyDiagnosis>", "<!-- <EarlyDiagnosis>" },
      { "</EarlyDiagnosis>", "</EarlyDiagnosis> -->" } } },
}
