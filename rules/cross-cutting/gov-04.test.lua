-- Fixtures for GOV-04. The base is the NCL Q3 return (schema 1.1), whose
-- board covers the whole pathway with members who can decide for their
-- organisations; in the Surrey and Sussex Q4 return they cannot.
-- Run: assure rules test GOV-04
fixtures {
  rule = "GOV-04",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "NCL Q3: board meets both", expect = "pass", subjects = { "Board" } },
  { name = "Surrey and Sussex Q4: members cannot decide", file = "../../samples/returns/smc-q4.xml", expect = "fail", subjects = { "Board" } },
  { name = "membership does not cover the whole pathway", expect = "fail", subjects = { "Board" },
    edits = { { 'coversWholePathway="true"', 'coversWholePathway="false"' } } },
  { name = "neither", expect = "fail", subjects = { "Board" },
    edits = { { '<Board coversWholePathway="true" membersCanDecide="true"/>', '<Board coversWholePathway="false" membersCanDecide="false"/>' } } },
  { name = "membersCanDecide left blank", expect = "missing", subjects = { "Board" },
    edits = { { 'membersCanDecide="true"', 'membersCanDecide=""' } } },
  { name = "Assurance section absent from a 1.1 return", expect = "missing", subjects = {},
    edits = {
      { "<Assurance>", "<!-- <Assurance>" },
      { "</Assurance>", "</Assurance> -->" } } },
  { name = "Assurance without its Board", expect = "missing", subjects = {},
    edits = { { '<Board coversWholePathway="true" membersCanDecide="true"/>', "" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml", expect = "not-applicable", subjects = {} },
}
