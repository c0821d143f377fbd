-- Fixtures for ED-09. The base is ncl-q3 (schema 1.1), which has both
-- CDCPlans and PCNSupport. Run: assure rules test ED-09
fixtures {
  rule = "ED-09",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the CDC plans and the support to PCNs", expect = "pass", subjects = {} },
  { name = "smc-q4: both described", file = "../../samples/returns/smc-q4.xml", expect = "pass", subjects = {} },
  { name = "CDCPlans only TBA", expect = "missing", subjects = {},
    edits = { { "<CDCPlans>The Finchley", "<CDCPlans>TBA<!--" },
              { "upper GI pathways.</CDCPlans>", "upper GI pathways.--></CDCPlans>" } } },
  { name = "PCNSupport left out", quarter = "Q1", expect = "missing", subjects = {},
    edits = { { "<PCNSupport>", "<!-- <PCNSupport>" }, { "</PCNSupport>", "</PCNSupport> -->" } } },
  { name = "a 1.1 return without the Early diagnosis section", expect = "missing", subjects = {},
    edits = { { "<EarlyDiagnosis>", "<!-- <EarlyDiagnosis>" }, { "</EarlyDiagnosis>", "</EarlyDiagnosis> -->" } } },
  { name = "a 1.0 return has no place for either", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
