-- Fixtures for EOC-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test EOC-02
fixtures {
  rule = "EOC-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: PPV partner identified and on the national forum", expect = "pass", subjects = {} },
  { name = "no PPV partner identified", expect = "fail", subjects = { "identified" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"false\" nationalForum=\"false\"/>" } } },
  { name = "no partner identified: the national forum flag is not read", expect = "fail", subjects = { "identified" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"false\" nationalForum=\"\"/>" } } },
  -- Revision 2: identified is not enough; the partner is "to sit within the
  -- National Cancer Programme (NCP) PPV Forum".
  { name = "partner identified but not on the national forum", expect = "fail", subjects = { "nationalForum" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"true\" nationalForum=\"false\"/>" } } },
  { name = "the real Q1 return: identified, not yet on the national forum", file = "../../samples/returns/ncl-q1.xml",
    expect = "fail", subjects = { "nationalForum" } },
  { name = "no PPVPartner element", expect = "missing", subjects = {},
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "" } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = {},
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
  { name = "malformed identified", expect = "missing", subjects = { "identified" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"\" nationalForum=\"true\"/>" } } },
  { name = "malformed nationalForum", expect = "missing", subjects = { "nationalForum" },
    edits = {
      { "<PPVPartner identified=\"true\" nationalForum=\"true\"/>", "<PPVPartner identified=\"true\" nationalForum=\"yes\"/>" } } },
}
