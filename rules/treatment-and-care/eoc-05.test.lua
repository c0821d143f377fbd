-- Fixtures for EOC-05. The base is the Q3 sample, a schema 1.1 return: three
-- trusts take part in the collaborative and the alliance leads no CIC
-- project (leadsProject="false"). Run: assure rules test EOC-05
fixtures {
  rule = "EOC-05",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "example: three trusts take part", expect = "pass", subjects = {} },
  { name = "one trust takes part, leadsProject not given", expect = "pass", subjects = {},
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="1"/>' } } },
  { name = "no trust takes part, the alliance leads a CIC project", expect = "pass", subjects = {},
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="0" leadsProject="true"/>' } } },
  { name = "no trust takes part and no CIC project is led", expect = "fail", subjects = { "leadsProject" },
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="0" leadsProject="false"/>' } } },
  { name = "no trust takes part, leadsProject absent", expect = "missing", subjects = { "leadsProject" },
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="0"/>' } } },
  { name = "no trust takes part, leadsProject malformed", expect = "missing", subjects = { "leadsProject" },
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="0" leadsProject="no"/>' } } },
  { name = "participatingTrusts written in words", expect = "missing", subjects = { "participatingTrusts" },
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '<CIC participatingTrusts="three" leadsProject="false"/>' } } },
  { name = "no CIC element", expect = "missing", subjects = {},
    edits = { { '<CIC participatingTrusts="3" leadsProject="false"/>', '' } } },
  { name = "no ExperienceOfCare section", expect = "missing", subjects = {},
    edits = {
      { "<ExperienceOfCare>", "<!-- <ExperienceOfCare>" },
      { "</ExperienceOfCare>", "</ExperienceOfCare> -->" } } },
  { name = "a schema 1.0 return has no place for leadsProject", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
  { name = "a schema 1.0 return, even with no trust taking part", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {},
    edits = { { '<CIC participatingTrusts="2"/>', '<CIC participatingTrusts="0"/>' } } },
}
