-- Fixtures for FIN-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-04
fixtures {
  rule = "FIN-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example reports no capital", expect = "pass", subjects = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" } },
  { name = "capital spend on early-diagnosis", expect = "fail", subjects = { "early-diagnosis" },
    edits = {
      { "forecastYearEnd=\"1190000\"", "forecastYearEnd=\"1190000\" capital=\"25000\"" } } },
  { name = "malformed capital (25k)", expect = "missing", subjects = { "early-diagnosis" },
    edits = {
      { "forecastYearEnd=\"1190000\"", "forecastYearEnd=\"1190000\" capital=\"25k\"" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
}
