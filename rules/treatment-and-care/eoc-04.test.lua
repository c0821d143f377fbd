-- Fixtures for EOC-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test EOC-04
fixtures {
  rule = "EOC-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: metrics set and both texts present", expect = "pass", subjects = {} },
  { name = "metrics not set", expect = "missing", subjects = { "Metrics" },
    edits = {
      { "<Metrics set=\"true\">", "<Metrics set=\"false\">" } } },
  { name = "metrics text a placeholder", expect = "missing", subjects = { "Metrics" },
    edits = {
      { "<Metrics set=\"true\">Forum membership against local census profile; number of service changes co-designed with the forum; CPES response rate by ethnicity.</Metrics>", "<Metrics set=\"true\">TBC</Metrics>" } } },
  { name = "narrative empty", expect = "missing", subjects = { "Narrative" },
    edits = {
      { "<Narrative>The forum co-designed the breast pain patient leaflet this quarter. Two trusts joined the improvement collaborative, and CPES response rates among Black African and Bangladeshi respondents rose after community-language reminders.</Narrative>", "<Narrative> </Narrative>" } } },
  { name = "both texts placeholders", expect = "missing", subjects = { "Metrics", "Narrative" },
    edits = {
      { "<Metrics set=\"true\">Forum membership against local census profile; number of service changes co-designed with the forum; CPES response rate by ethnicity.</Metrics>", "<Metrics set=\"true\">N/A</Metrics>" },
      { "<Narrative>The forum co-designed the breast pain patient leaflet this quarter. Two trusts joined the improvement collaborative, and CPES response rates among Black African and Bangladeshi respondents rose after community-language reminders.</Narrative>", "<Narrative>to follow</Narrative>" } } },
  { name = "no Metrics element", expect = "missing", subjects = { "Metrics" },
    edits = {
      { "<Metrics set=\"true\">Forum membership against local census profile; number of service changes co-designed with the forum; CPES response rate by ethnicity.</Metrics>", "" } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = { "Metrics", "Narrative" },
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
}
