-- Fixtures for LWBC-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-04
fixtures {
  rule = "LWBC-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: plan complete at Q2", expect = "not-due", subjects = { "prehabilitation" } },
  { name = "Q3: plan complete is not yet due", quarter = "Q3", expect = "not-due", subjects = { "prehabilitation" } },
  { name = "Q4: plan complete but not delivering", quarter = "Q4", expect = "fail", subjects = { "prehabilitation" } },
  { name = "delivering", expect = "pass", subjects = {},
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"delivering\" coProduced=\"true\"" } } },
  { name = "Q4: delivering", quarter = "Q4", expect = "pass", subjects = {},
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"delivering\" coProduced=\"true\"" } } },
  { name = "Q2: in development is at risk", expect = "at-risk", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"in-development\" coProduced=\"true\"" } } },
  { name = "Q3: none is at risk", quarter = "Q3", expect = "at-risk", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"none\" coProduced=\"true\"" } } },
  { name = "Q1: none is not yet due", quarter = "Q1", expect = "not-due", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"none\" coProduced=\"true\"" } } },
  { name = "no prehabilitation plan", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "<ImprovementPlan area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"/>", "" } } },
  { name = "malformed status", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"started\" coProduced=\"true\"" } } },
  -- Catalogue revision 2: a plan that is not co-produced is missing, as
  -- LWBC-03's; a plan with status none has nothing to be co-produced yet.
  { name = "plan complete but not co-produced", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"false\"" } } },
  { name = "delivering but not co-produced", quarter = "Q4", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"delivering\" coProduced=\"false\"" } } },
  { name = "Q4: not delivering and not co-produced: fail wins", quarter = "Q4", expect = "fail", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"false\"" } } },
  { name = "Q1: no plan yet (none), not co-produced", quarter = "Q1", expect = "not-due", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"none\" coProduced=\"false\"" } } },
  { name = "coProduced malformed", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\"", "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"yes\"" } } },
  { name = "no LWBC section", expect = "missing", subjects = { "prehabilitation" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
}
