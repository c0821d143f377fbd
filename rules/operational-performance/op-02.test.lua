-- Fixtures for OP-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test OP-02
-- In the example, urology (47.9%, bottom quartile) has a plan in place and
-- head-and-neck (52.3%, bottom quartile) a plan in development. OP-02 is due
-- Q1, so from Q1 a plan in development is a fail (Revision 2).
local HN_IN_PLACE = { "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\"", "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-place\"" }
fixtures {
  rule = "OP-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: head-and-neck plan still in development", expect = "fail", subjects = { "head-and-neck" } },
  { name = "example at Q1, the due quarter", quarter = "Q1", expect = "fail", subjects = { "head-and-neck" } },
  { name = "both plans in place", expect = "pass", subjects = { "urology", "head-and-neck" },
    edits = { HN_IN_PLACE } },
  { name = "both plans in place at Q1", quarter = "Q1", expect = "pass", subjects = { "urology", "head-and-neck" },
    edits = { HN_IN_PLACE } },
  { name = "urology has no plan", expect = "fail", subjects = { "urology" },
    edits = {
      HN_IN_PLACE,
      { "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"in-place\"", "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"none\"" } } },
  { name = "no plan and a plan in development both fail", expect = "fail", subjects = { "urology", "head-and-neck" },
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
  { name = "section there, no tumour plans listed", expect = "not-applicable", subjects = {},
    edits = {
      { "<TumourPlan icb=\"QMJ\" tumour=\"urology\"", "<!-- <TumourPlan icb=\"QMJ\" tumour=\"urology\"" },
      { "November.</TumourPlan>", "November.</TumourPlan> -->" } } },
  { name = "operational performance section absent", expect = "missing", subjects = {},
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "urology narrative a placeholder", expect = "missing", subjects = { "urology" },
    edits = {
      HN_IN_PLACE,
      { "Straight-to-MRI triage at all sites and an extra biopsy list at RAL; prostate surgery capacity reviewed monthly at the urology pathway board.", "TBC" } } },
  { name = "head-and-neck narrative empty", expect = "missing", subjects = { "head-and-neck" },
    edits = {
      HN_IN_PLACE,
      { "Demand and capacity review under way with the ENT leads; plan to the board in November.", "  " } } },
  { name = "a plan in development fails even with an empty narrative", expect = "fail", subjects = { "head-and-neck" },
    edits = {
      { "Demand and capacity review under way with the ENT leads; plan to the board in November.", "  " } } },
  { name = "malformed Q3 performance", expect = "missing", subjects = { "urology" },
    edits = {
      HN_IN_PLACE,
      { "q3Performance=\"47.9\"", "q3Performance=\"47.9%\"" } } },
  { name = "a second ICB's head-and-neck has no plan", expect = "fail", subjects = { "head-and-neck" },
    edits = {
      HN_IN_PLACE,
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QRV\" name=\"NHS North West London ICB\"/>" },
      { "</Lung62Day>", "</Lung62Day><TumourPlan icb=\"QRV\" tumour=\"head-and-neck\" q3Performance=\"44.0\" bottomQuartile=\"true\" plan=\"none\"/>" } } },
  { name = "the Q3 return: both plans in place", file = "../../samples/returns/ncl-q3.xml", expect = "pass", subjects = { "urology", "head-and-neck" } },
}
