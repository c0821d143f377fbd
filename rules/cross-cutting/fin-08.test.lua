-- Fixtures for FIN-08. The base is the NCL Q3 return (schema 1.1): three
-- workstreams say how their projects reduce inequalities, cross-cutting
-- (£800,000 planned) does not. Every workstream says so in the Surrey and
-- Sussex Q4 return. Run: assure rules test FIN-08
fixtures {
  rule = "FIN-08",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "NCL Q3: cross-cutting has no inequalities statement", expect = "missing", subjects = { "cross-cutting" } },
  { name = "Surrey and Sussex Q4: every workstream has one", file = "../../samples/returns/smc-q4.xml", expect = "pass",
    subjects = { "cross-cutting", "operational-performance", "early-diagnosis", "treatment-and-care" } },
  { name = "a statement only a placeholder", file = "../../samples/returns/smc-q4.xml", expect = "missing", subjects = { "early-diagnosis" },
    edits = { { "<Inequalities>FIT navigators and the lung health check focus on Hastings, Crawley and the coastal Core20 wards, with uptake reported by deprivation quintile and ethnicity.</Inequalities>",
                "<Inequalities>See previous return</Inequalities>" } } },
  { name = "an unfunded workstream needs none", expect = "pass", subjects = { "operational-performance", "early-diagnosis", "treatment-and-care" },
    edits = { { 'id="cross-cutting" planned="800000"', 'id="cross-cutting" planned="0"' } } },
  { name = "no workstream funded", expect = "not-applicable", subjects = {},
    edits = {
      { 'planned="800000"', 'planned="0"' }, { 'planned="1500000"', 'planned="0"' },
      { 'planned="1200000"', 'planned="0"' }, { 'planned="700000"', 'planned="0"' } } },
  { name = "planned spend malformed", expect = "missing", subjects = { "cross-cutting" },
    file = "../../samples/returns/smc-q4.xml",
    edits = { { 'planned="900000"', 'planned="900k"' } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml", expect = "not-applicable", subjects = {} },
}
