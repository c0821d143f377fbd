-- Fixtures for EOC-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test EOC-01
fixtures {
  rule = "EOC-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: established and monitored", expect = "pass", subjects = {} },
  { name = "forum not established", expect = "fail", subjects = { "established" },
    edits = {
      { "<Forum established=\"true\" diversityMonitored=\"true\"/>", "<Forum established=\"false\" diversityMonitored=\"true\"/>" } } },
  { name = "diversity not monitored", expect = "missing", subjects = { "diversityMonitored" },
    edits = {
      { "<Forum established=\"true\" diversityMonitored=\"true\"/>", "<Forum established=\"true\" diversityMonitored=\"false\"/>" } } },
  { name = "neither: fail wins", expect = "fail", subjects = { "established" },
    edits = {
      { "<Forum established=\"true\" diversityMonitored=\"true\"/>", "<Forum established=\"false\" diversityMonitored=\"false\"/>" } } },
  { name = "no forum", expect = "missing", subjects = {},
    edits = {
      { "<Forum established=\"true\" diversityMonitored=\"true\"/>", "" } } },
  { name = "malformed established", expect = "missing", subjects = { "established" },
    edits = {
      { "<Forum established=\"true\" diversityMonitored=\"true\"/>", "<Forum established=\"yes\" diversityMonitored=\"true\"/>" } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = {},
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
  { name = "the real Q1 return: diversity survey not yet done", file = "../../samples/returns/ncl-q1.xml",
    expect = "missing", subjects = { "diversityMonitored" } },
}
