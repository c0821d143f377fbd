-- Fixtures for ED-08. The base is ncl-q3 (schema 1.1), which has both
-- SystemVisibility and MeasurableImpact. Run: assure rules test ED-08
fixtures {
  rule = "ED-08",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "visibility with system partners and the projects' scale", expect = "pass", subjects = {} },
  { name = "smc-q4: MeasurableImpact left out", file = "../../samples/returns/smc-q4.xml",
    expect = "missing", subjects = {} },
  { name = "SystemVisibility only a placeholder", expect = "missing", subjects = {},
    edits = { { "<SystemVisibility>The early diagnosis dashboard", "<SystemVisibility>see previous return<!--" },
              { "in November.</SystemVisibility>", "in November.--></SystemVisibility>" } } },
  { name = "MeasurableImpact empty", expect = "missing", subjects = {},
    edits = { { "<MeasurableImpact>The chest X-ray project", "<MeasurableImpact> <!--" },
              { "lowest coverage.</MeasurableImpact>", "lowest coverage.--></MeasurableImpact>" } } },
  { name = "neither given", quarter = "Q4", expect = "missing", subjects = {},
    edits = { { "<SystemVisibility>", "<!-- <SystemVisibility>" },
              { "</MeasurableImpact>", "</MeasurableImpact> -->" } } },
  { name = "a 1.1 return without the Early diagnosis section", expect = "missing", subjects = {},
    edits = { { "<EarlyDiagnosis>", "<!-- <EarlyDiagnosis>" }, { "</EarlyDiagnosis>", "</EarlyDiagnosis> -->" } } },
  { name = "a 1.0 return has no place for either", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
