-- Fixtures for FIT-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-06
fixtures {
  rule = "FIT-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example analysed with actions", expect = "pass", subjects = {} },
  { name = "not analysed", expect = "missing", subjects = { "inequalities" },
    edits = {
      { "<Inequalities analysed=\"true\">", "<Inequalities analysed=\"false\">" } } },
  { name = "narrative only TBC", expect = "missing", subjects = { "inequalities" },
    edits = {
      { "<Inequalities analysed=\"true\">FIT return rates are 9 points lower in the most deprived quintile; two PCNs in Enfield and Haringey are piloting text and phone safety netting for unreturned kits.</Inequalities>", "<Inequalities analysed=\"true\">TBC</Inequalities>" } } },
  { name = "malformed analysed (yes)", expect = "missing", subjects = {},
    edits = {
      { "<Inequalities analysed=\"true\">", "<Inequalities analysed=\"yes\">" } } },
}
