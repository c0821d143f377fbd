-- Fixtures for ED-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-03
fixtures {
  rule = "ED-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: +1.6 most vs +0.9 least", expect = "pass", subjects = {} },
  { name = "most deprived +0.5 vs +0.9", expect = "fail", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"51.5\"" } } },
  { name = "most deprived falling, at Q4", quarter = "Q4", expect = "fail", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"50.2\"" } } },
  { name = "equal gains of 0.9 (no float error)", expect = "pass", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"51.9\"" } } },
  { name = "both falling, most by less", quarter = "Q3", expect = "pass", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"50.5\"" },
      { "leastDeprivedCurrent=\"60.1\"", "leastDeprivedCurrent=\"58.2\"" } } },
  { name = "Deprivation absent", expect = "missing", subjects = {},
    edits = {
      { "<Deprivation mostDeprivedBaseline=\"51.0\" mostDeprivedCurrent=\"52.6\" leastDeprivedBaseline=\"59.2\" leastDeprivedCurrent=\"60.1\"/>", "" } } },
  { name = "a figure malformed", expect = "missing", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"52,6\"" } } },
  { name = "a figure absent", expect = "missing", subjects = {},
    edits = {
      { "leastDeprivedBaseline=\"59.2\" ", "" } } },
}
