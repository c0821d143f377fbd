-- Fixtures for ED-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-01
fixtures {
  rule = "ED-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: QMJ target 58 above baseline 56.1", expect = "pass", subjects = { "QMJ" } },
  { name = "judged at Q1 too", quarter = "Q1", expect = "pass", subjects = { "QMJ" } },
  { name = "target equal to baseline", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"56.1\" current=\"57.2\"/>" } } },
  { name = "target below baseline, at Q4", quarter = "Q4", expect = "fail", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"55.0\" current=\"57.2\"/>" } } },
  { name = "target only for another ICB", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\"", "<ICBTarget icb=\"QXX\"" } } },
  { name = "second header ICB with no target", expect = "missing", subjects = { "QWE" },
    edits = {
      { "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>", "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/><ICB code=\"QWE\" name=\"NHS Other ICB\"/>" } } },
  { name = "target malformed", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58%\" current=\"57.2\"/>" } } },
  { name = "target absent", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>", "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" current=\"57.2\"/>" } } },
  { name = "Early diagnosis section absent", expect = "missing", subjects = { "QMJ" },
    edits = {
      { "<EarlyDiagnosis>", "<!-- <EarlyDiagnosis>" },
      { "</EarlyDiagnosis>", "</EarlyDiagnosis> -->" } } },
}
