-- Fixtures for FIT-07. The base is ncl-q3 (schema 1.1, Q3): the FIT lead
-- F. Ahmed attended the Share and Learn Delivery Group on 2025-11-13.
-- Run: assure rules test FIT-07
local GROUP = '<ShareAndLearnGroup attended="true" date="2025-11-13"/>'
fixtures {
  rule = "FIT-07",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "attended on 2025-11-13, in Q3", expect = "pass", subjects = {} },
  { name = "attended, no date given", expect = "pass", subjects = {},
    edits = { { GROUP, '<ShareAndLearnGroup attended="true"/>' } } },
  { name = "not attended this quarter", expect = "fail", subjects = {},
    edits = { { GROUP, '<ShareAndLearnGroup attended="false"/>' } } },
  { name = "smc-q4: the FIT lead did not attend the Q4 meeting", file = "../../samples/returns/smc-q4.xml",
    expect = "fail", subjects = {} },
  { name = "a Q3 meeting date judged at Q4", quarter = "Q4", expect = "missing", subjects = {} },
  { name = "the date given is the Q2 meeting's", expect = "missing", subjects = {},
    edits = { { 'date="2025-11-13"', 'date="2025-09-11"' } } },
  { name = "attended written as yes", expect = "missing", subjects = {},
    edits = { { 'attended="true" date="2025-11-13"', 'attended="yes" date="2025-11-13"' } } },
  { name = "a 1.1 return without ShareAndLearnGroup", expect = "missing", subjects = {},
    edits = { { GROUP, "" } } },
  { name = "a 1.1 return without the FIT section", expect = "missing", subjects = {},
    edits = { { "<FIT>", "<!-- <FIT>" }, { "</FIT>", "</FIT> -->" } } },
  { name = "a 1.0 return has no place for the attendance", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
