-- Fixtures for FD-ALL-03. The base is the Q3 return (schema 1.1): ruled-out
-- clock stops within 7 and 14 days rose on urology, breast and skin, and fell
-- on gynaecology (8.1% from 8.9%, 30.2% from 31.4%). Run: assure rules test FD-ALL-03
local GYN = '<RuledOutClockStops within7Days="8.1" within14Days="30.2"'
fixtures {
  rule = "FD-ALL-03",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: neither share rose on gynaecology", expect = "at-risk", subjects = { "gynaecology" } },
  { name = "the 7-day share rose on gynaecology", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = { { GYN, '<RuledOutClockStops within7Days="9.0" within14Days="30.2"' } } },
  { name = "the 14-day share rose on gynaecology", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = { { GYN, '<RuledOutClockStops within7Days="8.1" within14Days="31.5"' } } },
  { name = "both shares unchanged on gynaecology", expect = "at-risk", subjects = { "gynaecology" },
    edits = { { GYN, '<RuledOutClockStops within7Days="8.9" within14Days="31.40"' } } },
  { name = "gynaecology figures not reported", expect = "missing", subjects = { "gynaecology" },
    edits = { { GYN, '<!-- ' .. GYN }, { 'within14DaysBaseline="31.4" baselinePeriod="2024/25 Q3"/>', 'within14DaysBaseline="31.4" baselinePeriod="2024/25 Q3"/> -->' } } },
  { name = "skin section absent", expect = "missing", subjects = { "skin" },
    edits = { { "<Skin>", "<!-- <Skin>" }, { "</Skin>", "</Skin> -->" } } },
  { name = "the year-end return of Surrey and Sussex", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" } },
  { name = "a 1.1 return with no clock stop figures", expect = "missing", subjects = { "urology", "gynaecology", "breast", "skin" },
    file = "../../samples/returns/ncl-q2.xml", edits = { { 'schemaVersion="1.0"', 'schemaVersion="1.1"' } } },
  { name = "a 1.0 return has no place for the figures", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
