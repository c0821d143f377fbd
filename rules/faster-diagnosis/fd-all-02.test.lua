-- Fixtures for FD-ALL-02. The base is the Q3 return (schema 1.1): the FDS gap
-- narrowed on urology (22.8 points from 27.7), breast and skin, and widened
-- on gynaecology (28.9 from 27.2). Run: assure rules test FD-ALL-02
local GYN = '<FDSGap ruledOut="84.0" diagnosed="55.1" ruledOutBaseline="83.2" diagnosedBaseline="56.0"'
fixtures {
  rule = "FD-ALL-02",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: the gynaecology gap widened", expect = "at-risk", subjects = { "gynaecology" } },
  { name = "the gynaecology gap narrowed too", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = { { GYN, '<FDSGap ruledOut="84.0" diagnosed="58.1" ruledOutBaseline="83.2" diagnosedBaseline="56.0"' } } },
  { name = "the gynaecology gap unchanged is not narrower", expect = "at-risk", subjects = { "gynaecology" },
    edits = { { GYN, '<FDSGap ruledOut="84.0" diagnosed="56.8" ruledOutBaseline="83.2" diagnosedBaseline="56.0"' } } },
  { name = "no gap left: diagnosed patients meet FDS as often as those ruled out", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = { { GYN, '<FDSGap ruledOut="84.0" diagnosed="84.0" ruledOutBaseline="83.2" diagnosedBaseline="83.2"' } } },
  { name = "gynaecology and urology gaps widened at Q4", quarter = "Q4", expect = "at-risk", subjects = { "urology", "gynaecology" },
    edits = { { '<FDSGap ruledOut="81.2" diagnosed="58.4"', '<FDSGap ruledOut="81.2" diagnosed="50.0"' } } },
  { name = "gynaecology gap not reported", expect = "missing", subjects = { "gynaecology" },
    edits = { { GYN, '<!-- ' .. GYN }, { 'diagnosedBaseline="56.0" baselinePeriod="2024/25 Q3"/>', 'diagnosedBaseline="56.0" baselinePeriod="2024/25 Q3"/> -->' } } },
  { name = "breast section absent", expect = "missing", subjects = { "breast" },
    edits = { { "<Breast>", "<!-- <Breast>" }, { "</Breast>", "</Breast> -->" } } },
  { name = "gynaecology figure malformed", expect = "missing", subjects = { "gynaecology" },
    edits = { { GYN, '<FDSGap ruledOut="84.0" diagnosed="55,1" ruledOutBaseline="83.2" diagnosedBaseline="56.0"' } } },
  { name = "a 1.1 return with no FDS gaps", expect = "missing", subjects = { "urology", "gynaecology", "breast", "skin" },
    file = "../../samples/returns/ncl-q2.xml", edits = { { 'schemaVersion="1.0"', 'schemaVersion="1.1"' } } },
  { name = "a 1.0 return has no place for the gap", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
