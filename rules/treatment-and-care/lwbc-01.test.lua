-- Fixtures for LWBC-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-01
fixtures {
  rule = "LWBC-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: HWBIS and CCR in development at Q2", expect = "not-due", subjects = { "HWBIS", "CCR" } },
  { name = "all five embedded", expect = "pass", subjects = {},
    edits = {
      { "intervention=\"HWBIS\" status=\"in-development\"", "intervention=\"HWBIS\" status=\"embedded\"" },
      { "intervention=\"CCR\" status=\"in-development\"", "intervention=\"CCR\" status=\"embedded\"" } } },
  { name = "all five embedded at Q4", quarter = "Q4", expect = "pass", subjects = {},
    edits = {
      { "intervention=\"HWBIS\" status=\"in-development\"", "intervention=\"HWBIS\" status=\"embedded\"" },
      { "intervention=\"CCR\" status=\"in-development\"", "intervention=\"CCR\" status=\"embedded\"" } } },
  { name = "Q4: two not embedded", quarter = "Q4", expect = "fail", subjects = { "HWBIS", "CCR" } },
  { name = "Q4: none fails too", quarter = "Q4", expect = "fail", subjects = { "HWBIS" },
    edits = {
      { "intervention=\"HWBIS\" status=\"in-development\"", "intervention=\"HWBIS\" status=\"none\"" },
      { "intervention=\"CCR\" status=\"in-development\"", "intervention=\"CCR\" status=\"embedded\"" } } },
  { name = "Q2: HWBIS none is at risk", expect = "at-risk", subjects = { "HWBIS" },
    edits = {
      { "intervention=\"HWBIS\" status=\"in-development\"", "intervention=\"HWBIS\" status=\"none\"" } } },
  { name = "Q1: CCR none is at risk", quarter = "Q1", expect = "at-risk", subjects = { "CCR" },
    edits = {
      { "intervention=\"CCR\" status=\"in-development\"", "intervention=\"CCR\" status=\"none\"" } } },
  { name = "Q3: in development is not yet due", quarter = "Q3", expect = "not-due", subjects = { "HWBIS", "CCR" } },
  { name = "CCR not reported", expect = "missing", subjects = { "CCR" },
    edits = {
      { "<LocalAgreement intervention=\"CCR\" status=\"in-development\"/>", "" } } },
  { name = "Q4: HWBIS failing outranks CCR not reported", quarter = "Q4", expect = "fail", subjects = { "HWBIS" },
    edits = {
      { "<LocalAgreement intervention=\"CCR\" status=\"in-development\"/>", "" } } },
  { name = "no LWBC section: all five missing", expect = "missing", subjects = { "PSFU", "HNA-PCSP", "HWBIS", "EOTS", "CCR" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  { name = "malformed status", expect = "missing", subjects = { "PSFU" },
    edits = {
      { "intervention=\"PSFU\" status=\"embedded\"", "intervention=\"PSFU\" status=\"Embedded\"" } } },
}
