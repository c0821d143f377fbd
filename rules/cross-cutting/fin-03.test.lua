-- Fixtures for FIN-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-03
fixtures {
  rule = "FIN-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example forecast is 98.8% of allocation", expect = "pass", subjects = {} },
  { name = "forecast exactly 98% of allocation", expect = "pass", subjects = {},
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"756000\"" } } },
  { name = "forecast 96.4% with no underspend declared", expect = "fail", subjects = { "underspend" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" } } },
  { name = "forecast 96.4% with a complete underspend declaration", expect = "pass", subjects = {},
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" },
      { "<Underspend declared=\"false\"/>", "<Underspend declared=\"true\" date=\"2025-09-30\" amount=\"150000\"><Redistribution>GBP 150,000 moved to FIT safety-netting pilots in four PCNs, agreed with the Region on 30 September.</Redistribution></Underspend>" } } },
  { name = "forecast 96.4%, underspend declared without a date", expect = "fail", subjects = { "underspend" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" },
      { "<Underspend declared=\"false\"/>", "<Underspend declared=\"true\"><Redistribution>GBP 150,000 moved to FIT safety-netting pilots in four PCNs, agreed with the Region on 30 September.</Redistribution></Underspend>" } } },
  { name = "forecast 96.4%, underspend declared with a placeholder Redistribution", expect = "fail", subjects = { "underspend" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" },
      { "<Underspend declared=\"false\"/>", "<Underspend declared=\"true\" date=\"2025-09-30\"><Redistribution>TBC</Redistribution></Underspend>" } } },
  { name = "forecast 96.4%, underspend declared with a malformed date", expect = "missing", subjects = { "underspend" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" },
      { "<Underspend declared=\"false\"/>", "<Underspend declared=\"true\" date=\"end of Q2\"><Redistribution>GBP 150,000 moved to FIT safety-netting pilots in four PCNs, agreed with the Region on 30 September.</Redistribution></Underspend>" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "forecast 96.4%, declared with a date but no Redistribution", expect = "fail", subjects = { "underspend" },
    edits = {
      { "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\"" },
      { "<Underspend declared=\"false\"/>", "<Underspend declared=\"true\" date=\"2025-09-30\"/>" } } },
}
