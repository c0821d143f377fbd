-- Fixtures for FIT-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-03
fixtures {
  rule = "FIT-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example 96 falling, within trajectory", expect = "pass", subjects = {} },
  { name = "rising but within trajectory", expect = "at-risk", subjects = { "FIT<10" },
    edits = {
      { "current=\"96\" previousQuarter=\"104\"", "current=\"99\" previousQuarter=\"95\"" } } },
  { name = "above trajectory", expect = "fail", subjects = { "FIT<10" },
    edits = {
      { "current=\"96\"", "current=\"101\"" } } },
  { name = "LowRiskColonoscopies absent", expect = "missing", subjects = {},
    edits = {
      { "<LowRiskColonoscopies current=\"96\" previousQuarter=\"104\" trajectory=\"100\"/>", "" } } },
}
