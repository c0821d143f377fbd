-- Fixtures for FIN-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-02
fixtures {
  rule = "FIN-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example reports every forecast", expect = "pass", subjects = {} },
  { name = "early-diagnosis forecast absent", expect = "missing", subjects = { "early-diagnosis" },
    edits = {
      { " forecastYearEnd=\"1190000\"", "" } } },
  { name = "malformed forecast (790k)", expect = "missing", subjects = { "cross-cutting" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"790k\"" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "treatment-and-care workstream absent", expect = "missing", subjects = { "treatment-and-care" },
    edits = {
      { "<Workstream id=\"treatment-and-care\"", "<!-- <Workstream id=\"treatment-and-care\"" },
      { "forecastYearEnd=\"690000\"/>", "forecastYearEnd=\"690000\"/> -->" } } },
}
