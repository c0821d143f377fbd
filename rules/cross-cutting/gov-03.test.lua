-- Fixtures for GOV-03. The base is the NCL Q3 return (schema 1.1): the
-- quarterly review meeting with the regional team was held on 20 November.
-- Run: assure rules test GOV-03
fixtures {
  rule = "GOV-03",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "NCL Q3: review meeting held", expect = "pass", subjects = { "ReviewMeeting" } },
  { name = "held, date not given", expect = "pass", subjects = { "ReviewMeeting" },
    edits = { { '<ReviewMeeting held="true" date="2025-11-20"/>', '<ReviewMeeting held="true"/>' } } },
  { name = "no review meeting this quarter", expect = "fail", subjects = { "ReviewMeeting" },
    edits = { { '<ReviewMeeting held="true" date="2025-11-20"/>', '<ReviewMeeting held="false"/>' } } },
  { name = "held written as yes", expect = "missing", subjects = { "ReviewMeeting" },
    edits = { { '<ReviewMeeting held="true"', '<ReviewMeeting held="yes"' } } },
  { name = "Assurance section absent from a 1.1 return", expect = "missing", subjects = {},
    edits = {
      { "<Assurance>", "<!-- <Assurance>" },
      { "</Assurance>", "</Assurance> -->" } } },
  { name = "Assurance without its ReviewMeeting", expect = "missing", subjects = {},
    edits = { { '<ReviewMeeting held="true" date="2025-11-20"/>', "" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml", expect = "not-applicable", subjects = {} },
  { name = "Surrey and Sussex Q4: held in February", file = "../../samples/returns/smc-q4.xml", expect = "pass", subjects = { "ReviewMeeting" } },
}
