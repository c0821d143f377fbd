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
}
