-- Fixtures for OP-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-02
fixtures {
  rule = "OP-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: head-and-neck plan in development", expect = "at-risk", subjects = { "head-and-neck" } },
  { name = "example at Q1 (due Q1)", quarter = "Q1", expect = "at-risk", subjects = { "head-and-neck" } },
  { name = "both plans in place", expect = "pass", subjects = { "urology", "head-and-neck" },
    edits = {
      { "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\"", "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-place\"" } } },
  { name = "urology has no plan", expect = "fail", subjects = { "urology" },
    edits = {
      { "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"in-place\"", "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"none\"" } } },
  { name = "below 50% without bottom quartile, no plan", expect = "fail", subjects = { "urology" },
    edits = {
      { "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"in-place\"", "q3Performance=\"47.9\" bottomQuartile=\"false\" plan=\"none\"" },
      { "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\"", "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"in-development\"" } } },
  { name = "head-and-neck no longer qualifies, no plan", expect = "pass", subjects = { "urology" },
    edits = {
      { "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\"", "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"none\"" } } },
  { name = "no tumour type qualifies", expect = "not-applicable", subjects = {},
    edits = {
      { "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"in-place\"", "q3Performance=\"55.0\" bottomQuartile=\"false\" plan=\"in-place\"" },
      { "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\"", "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"in-development\"" } } },
  { name = "no tumour plans listed", expect = "not-applicable", subjects = {},
    edits = {
      { "<TumourPlan icb=\"QMJ\" tumour=\"urology\"", "<!-- <TumourPlan icb=\"QMJ\" tumour=\"urology\"" },
      { "November.</TumourPlan>", "November.</TumourPlan> -->" } } },
  { name = "urology narrative a placeholder", expect = "missing", subjects = { "urology" },
    edits = {
      { "Straight-to-MRI triage at all sites and an extra biopsy list at RAL; prostate surgery capacity reviewed monthly at the urology pathway board.", "TBC" } } },
  { name = "head-and-neck narrative empty", expect = "missing", subjects = { "head-and-neck" },
    edits = {
      { "Demand and capacity review under way with the ENT leads; plan to the board in November.", "  " } } },
  { name = "malformed Q3 performance", expect = "missing", subjects = { "urology" },
    edits = {
      { "q3Performance=\"47.9\"", "q3Performance=\"47.9%\"" } } },
  { name = "a second ICB's head-and-neck has no plan", expect = "fail", subjects = { "head-and-neck" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QRV\" name=\"NHS North West London ICB\"/>" },
      { "</Lung62Day>", "</Lung62Day><TumourPlan icb=\"QRV\" tumour=\"head-and-neck\" q3Performance=\"44.0\" bottomQuartile=\"true\" plan=\"none\"/>" } } },
}
