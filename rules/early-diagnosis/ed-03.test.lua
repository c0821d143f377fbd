-- Fixtures for ED-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-03
fixtures {
  rule = "ED-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: +1.6 most vs +0.9 least", expect = "pass", subjects = {} },
  { name = "most deprived +0.5 vs +0.9: an aim, so at-risk", expect = "at-risk", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"51.5\"" } } },
  { name = "most deprived falling, at Q4: still at-risk, never fail", quarter = "Q4", expect = "at-risk", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"50.2\"" } } },
  { name = "equal gains of 0.9 (no float error)", expect = "pass", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"51.9\"" } } },
  { name = "both falling, most by less", quarter = "Q3", expect = "pass", subjects = {},
    edits = {
      { "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"50.5\"" },
      { "leastDeprivedCurrent=\"60.1\"", "leastDeprivedCurrent=\"58.2\"" } } },
  { name = "smc-q4: +0.6 most deprived vs +1 least", file = "../../samples/returns/smc-q4.xml",
    expect = "at-risk", subjects = {} },
  { name = "Early diagnosis section absent", expect = "missing", subjects = {},
    edits = {
      { "<EarlyDiagnosis>", "<!-- <EarlyDiagnosis>" },
      { "</EarlyDiagnosis>", "</EarlyDiagnosis> -->" } } },
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
