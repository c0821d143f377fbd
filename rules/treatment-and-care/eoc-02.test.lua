-- Fixtures for EOC-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test EOC-02
fixtures {
  rule = "EOC-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: PPV partner identified", expect = "pass", subjects = {} },
  { name = "no PPV partner identified", expect = "fail", subjects = { "identified" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"false\" nationalForum=\"false\"/>" } } },
  { name = "no PPVPartner element", expect = "missing", subjects = {},
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "" } } },
  { name = "malformed identified", expect = "missing", subjects = { "identified" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"\" nationalForum=\"true\"/>" } } },
}
