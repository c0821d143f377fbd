-- Fixtures for FIN-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-01
fixtures {
  rule = "FIN-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example reports actual spend", expect = "pass", subjects = {} },
  { name = "year to date below the quarter's spend", expect = "fail", subjects = { "cross-cutting" },
    edits = {
      { "actualYearToDate=\"381200\"", "actualYearToDate=\"150000\"" } } },
  { name = "every workstream's actualQuarter exactly planned/4 (phased)", expect = "at-risk", subjects = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" },
    edits = {
      { "actualQuarter=\"196400\"", "actualQuarter=\"200000\"" },
      { "actualQuarter=\"352900\"", "actualQuarter=\"375000\"" },
      { "actualQuarter=\"281700\"", "actualQuarter=\"300000\"" },
      { "actualQuarter=\"160250\"", "actualQuarter=\"175000\"" } } },
  { name = "three of four workstreams phased is not at-risk", expect = "pass", subjects = {},
    edits = {
      { "actualQuarter=\"196400\"", "actualQuarter=\"200000\"" },
      { "actualQuarter=\"352900\"", "actualQuarter=\"375000\"" },
      { "actualQuarter=\"281700\"", "actualQuarter=\"300000\"" } } },
  { name = "malformed actualQuarter (281,700)", expect = "missing", subjects = { "early-diagnosis" },
    edits = {
      { "actualQuarter=\"281700\"", "actualQuarter=\"281,700\"" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "treatment-and-care workstream absent", expect = "missing", subjects = { "treatment-and-care" },
    edits = {
      { "<Workstream id=\"treatment-and-care\"", "<!-- <Workstream id=\"treatment-and-care\"" },
      { "forecastYearEnd=\"690000\"/>", "forecastYearEnd=\"690000\"/> -->" } } },
}
