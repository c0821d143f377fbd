-- Fixtures for OP-09. The base is the NCL Q3 return (schema 1.1): variation
-- between providers is analysed and actions agreed. In the Surrey and Sussex
-- Q4 return it is analysed but the actions wait for the 2026/27 plan.
-- Run: assure rules test OP-09
fixtures {
  rule = "OP-09",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "NCL Q3: analysed, with actions", expect = "pass", subjects = { "ProviderVariation" } },
  { name = "Surrey and Sussex Q4: no actions agreed yet", file = "../../samples/returns/smc-q4.xml", expect = "missing", subjects = { "ProviderVariation" } },
  { name = "not analysed", expect = "missing", subjects = { "ProviderVariation" },
    edits = { { '<ProviderVariation analysed="true" actions="true">', '<ProviderVariation analysed="false" actions="false">' } } },
  { name = "text only a placeholder", expect = "missing", subjects = { "ProviderVariation" },
    edits = { { '<ProviderVariation analysed="true" actions="true">FDS ranges', '<ProviderVariation analysed="true" actions="true">TBC<!-- FDS ranges' },
              { "from November.</ProviderVariation>", "from November. --></ProviderVariation>" } } },
  { name = "analysed written as Yes", expect = "missing", subjects = { "ProviderVariation" },
    edits = { { '<ProviderVariation analysed="true"', '<ProviderVariation analysed="Yes"' } } },
  { name = "ProviderVariation absent from a 1.1 return", expect = "missing", subjects = {},
    edits = {
      { "<ProviderVariation ", "<!-- <ProviderVariation " },
      { "</ProviderVariation>", "</ProviderVariation> -->" } } },
  { name = "operational performance section absent", expect = "missing", subjects = {},
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml", expect = "not-applicable", subjects = {} },
}
