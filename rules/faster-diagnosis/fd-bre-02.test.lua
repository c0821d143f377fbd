-- Fixtures for FD-BRE-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-BRE-02
fixtures {
  rule = "FD-BRE-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: three live, not yet due", expect = "not-due", subjects = { "RRV", "RAL", "RKE" } },
  { name = "example at Q3: RRV live with no evaluation", quarter = "Q3", expect = "missing", subjects = { "RRV" } },
  { name = "example at Q4: three not BAU", quarter = "Q4", expect = "fail", subjects = { "RRV", "RAL", "RKE" } },
  { name = "all live services BAU at Q4", quarter = "Q4", expect = "pass", subjects = { "RRV", "RAL", "RKE" },
    edits = {
      { "breastPainPathway=\"live\"", "breastPainPathway=\"bau\"" },
      { "breastPainPathway=\"live\"", "breastPainPathway=\"bau\"" },
      { "breastPainPathway=\"live\"", "breastPainPathway=\"bau\"" } } },
  { name = "no live service", expect = "not-applicable", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "breastPainPathway=\"live\"", "breastPainPathway=\"planned\"" },
      { "breastPainPathway=\"live\"", "breastPainPathway=\"planned\"" },
      { "breastPainPathway=\"live\"", "breastPainPathway=\"planned\"" } } },
  { name = "no breast providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Breast>", "<Breast><!-- " },
      { "<Narrative>Breast pain", " --><Narrative>Breast pain" } } },
  { name = "breast section absent", expect = "missing", subjects = {},
    edits = { { "<Breast>", "<!-- <Breast>" }, { "</Breast>", "</Breast> -->" } } },
}
