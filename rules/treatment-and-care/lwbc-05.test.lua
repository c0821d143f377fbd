-- Fixtures for LWBC-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-05
fixtures {
  rule = "LWBC-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: in development at Q2 is at risk", expect = "at-risk", subjects = { "physical-activity" } },
  { name = "Q1: in development is not yet due", quarter = "Q1", expect = "not-due", subjects = { "physical-activity" } },
  { name = "Q3: plan complete is not yet due", quarter = "Q3", expect = "not-due", subjects = { "physical-activity" },
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"plan-complete\" coProduced=\"true\"" } } },
  { name = "Q4: in development fails", quarter = "Q4", expect = "fail", subjects = { "physical-activity" } },
  { name = "delivering", expect = "pass", subjects = {},
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"delivering\" coProduced=\"true\"" } } },
  { name = "no physical activity plan", expect = "missing", subjects = { "physical-activity" },
    edits = {
      { "<ImprovementPlan area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"/>", "" } } },
  { name = "no LWBC section", expect = "missing", subjects = { "physical-activity" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  -- Catalogue revision 2: a plan that is not co-produced is missing.
  { name = "in development, not co-produced", expect = "missing", subjects = { "physical-activity" },
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"in-development\" coProduced=\"false\"" } } },
  { name = "Q4: delivering, not co-produced", quarter = "Q4", expect = "missing", subjects = { "physical-activity" },
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"delivering\" coProduced=\"false\"" } } },
  { name = "Q3: none, not co-produced, is at risk", quarter = "Q3", expect = "at-risk", subjects = { "physical-activity" },
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"none\" coProduced=\"false\"" } } },
  { name = "Q4 and delivering", quarter = "Q4", expect = "pass", subjects = {},
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"delivering\" coProduced=\"true\"" } } },
  { name = "malformed status", expect = "missing", subjects = { "physical-activity" },
    edits = {
      { "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\"", "area=\"physical-activity\" status=\"begun\" coProduced=\"true\"" } } },
  { name = "the Q3 return: plan complete, delivery starts in February", file = "../../samples/returns/ncl-q3.xml",
    expect = "not-due", subjects = { "physical-activity" } },
}
