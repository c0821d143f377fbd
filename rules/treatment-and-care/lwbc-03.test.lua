-- Fixtures for LWBC-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-03
fixtures {
  rule = "LWBC-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: delivering and co-produced", expect = "pass", subjects = {} },
  { name = "example at Q4", quarter = "Q4", expect = "pass", subjects = {} },
  { name = "plan complete but not delivering", expect = "fail", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychosocial\" status=\"plan-complete\" coProduced=\"true\"" } } },
  { name = "Q1: in development fails (every quarter)", quarter = "Q1", expect = "fail", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychosocial\" status=\"in-development\" coProduced=\"true\"" } } },
  { name = "not co-produced", expect = "missing", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychosocial\" status=\"delivering\" coProduced=\"false\"" } } },
  { name = "not delivering and not co-produced: fail wins", expect = "fail", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychosocial\" status=\"none\" coProduced=\"false\"" } } },
  { name = "no psychosocial plan", expect = "missing", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychological\" status=\"delivering\" coProduced=\"true\"" } } },
  { name = "no LWBC section", expect = "missing", subjects = { "psychosocial" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  { name = "malformed status", expect = "missing", subjects = { "psychosocial" },
    edits = {
      { "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\"", "area=\"psychosocial\" status=\"Delivering\" coProduced=\"true\"" } } },
}
