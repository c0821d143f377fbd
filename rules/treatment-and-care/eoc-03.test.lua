-- Fixtures for EOC-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test EOC-03
fixtures {
  rule = "EOC-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: both true", expect = "pass", subjects = {} },
  { name = "no uptake initiatives", expect = "missing", subjects = { "uptakeInitiatives" },
    edits = {
      { "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>", "<CPES uptakeInitiatives=\"false\" insightUsed=\"true\"/>" } } },
  { name = "neither", expect = "missing", subjects = { "insightUsed", "uptakeInitiatives" },
    edits = {
      { "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>", "<CPES uptakeInitiatives=\"false\" insightUsed=\"false\"/>" } } },
  { name = "no CPES element", expect = "missing", subjects = {},
    edits = {
      { "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>", "" } } },
  { name = "insight not used", expect = "missing", subjects = { "insightUsed" },
    edits = {
      { "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>", "<CPES uptakeInitiatives=\"true\" insightUsed=\"false\"/>" } } },
  { name = "malformed insightUsed beside uptake not started", expect = "missing", subjects = { "insightUsed", "uptakeInitiatives" },
    edits = {
      { "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>", "<CPES uptakeInitiatives=\"false\" insightUsed=\"Yes\"/>" } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = {},
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
}
