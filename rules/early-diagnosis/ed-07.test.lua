-- Fixtures for ED-07: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-07
fixtures {
  rule = "ED-07",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 57.2 above baseline, below target, Q2", expect = "not-due", subjects = { "QMJ" } },
  { name = "below target at Q4", quarter = "Q4", expect = "fail", subjects = { "QMJ" } },
  { name = "below baseline at Q2", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"55.0\"/>" } } },
  { name = "below baseline at Q1", quarter = "Q1", expect = "at-risk", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"56.0\"/>" } } },
  { name = "below target, above baseline, Q3", quarter = "Q3", expect = "not-due", subjects = { "QMJ" } },
  { name = "target reached at Q2", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"58.0\"/>" } } },
  { name = "target reached at Q4", quarter = "Q4", expect = "pass", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"58.4\"/>" } } },
  { name = "no target for QMJ", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\"", "<ICBTarget icb=\"QXX\"" } } },
  { name = "current malformed", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"n/a\"/>" } } },
  { name = "second ICB below baseline, QMJ not due", expect = "at-risk", subjects = { "QWE" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QWE\" name=\"NHS Other ICB\"/>" },
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/><ICBTarget icb=\"QWE\" baseline=\"50.0\" target=\"52.0\" current=\"49.0\"/>" } } },
}
