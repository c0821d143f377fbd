-- Fixtures for LWBC-07: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-07
fixtures {
  rule = "LWBC-07",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 41.5% above the 38.0% baseline", expect = "pass", subjects = {} },
  { name = "example at Q4", quarter = "Q4", expect = "pass", subjects = {} },
  { name = "Q2: level with the baseline is at risk", expect = "at-risk", subjects = { "EOTS" },
    edits = {
      { "current=\"41.5\" period", "current=\"38.0\" period" } } },
  { name = "Q1: below the baseline is at risk", quarter = "Q1", expect = "at-risk", subjects = { "EOTS" },
    edits = {
      { "current=\"41.5\" period", "current=\"35.2\" period" } } },
  { name = "Q3: level with the baseline fails", quarter = "Q3", expect = "fail", subjects = { "EOTS" },
    edits = {
      { "current=\"41.5\" period", "current=\"38\" period" } } },
  { name = "Q4: below the baseline fails", quarter = "Q4", expect = "fail", subjects = { "EOTS" },
    edits = {
      { "current=\"41.5\" period", "current=\"37.9\" period" } } },
  { name = "no EOTS", expect = "missing", subjects = { "EOTS" },
    edits = {
      { "<EOTS baseline=\"38.0\" baselinePeriod=\"2024/25 Q3\" current=\"41.5\" period=\"2025/26 Q2\"/>", "" } } },
  { name = "malformed current", quarter = "Q3", expect = "missing", subjects = { "EOTS" },
    edits = {
      { "current=\"41.5\" period", "current=\"41.5%\" period" } } },
  { name = "absent baseline", expect = "missing", subjects = { "EOTS" },
    edits = {
      { "baseline=\"38.0\" ", "" } } },
}
