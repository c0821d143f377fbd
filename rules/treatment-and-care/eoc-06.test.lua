-- Fixtures for EOC-06. The base is the Q3 sample, a schema 1.1 return with
-- both texts (DirectorLinks, CommunityInsight). Run: assure rules test EOC-06
fixtures {
  rule = "EOC-06",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "example: both described", expect = "pass", subjects = { "DirectorLinks", "CommunityInsight" } },
  { name = "director links a placeholder", expect = "missing", subjects = { "DirectorLinks" },
    edits = { { "<DirectorLinks>J. Green meets", "<DirectorLinks>TBC</DirectorLinks><!-- J. Green meets" },
              { "action log in October.</DirectorLinks>", "action log in October. -->" } } },
  { name = "community insight empty", expect = "missing", subjects = { "CommunityInsight" },
    edits = { { "<CommunityInsight>Listening events", "<CommunityInsight> </CommunityInsight><!-- Listening events" },
              { "will follow in Q4.</CommunityInsight>", "will follow in Q4. -->" } } },
  { name = "both absent from a 1.1 return", expect = "missing", subjects = { "DirectorLinks", "CommunityInsight" },
    edits = { { "<DirectorLinks>", "<!-- <DirectorLinks>" },
              { "</CommunityInsight>", "</CommunityInsight> -->" } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = { "DirectorLinks", "CommunityInsight" },
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
  { name = "the Q4 sample leaves out DirectorLinks", file = "../../samples/returns/smc-q4.xml",
    expect = "missing", subjects = { "DirectorLinks" } },
  { name = "a schema 1.0 return has no place for them", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
