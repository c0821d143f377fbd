-- Fixtures for FD-GYN-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. In the example only RAP is in
-- the lowest gynaecology FDS quartile, and it is tier 1, so no analyser is
-- needed; the screenshot is not submitted. Run: assure rules test FD-GYN-04
local RRV_LOWEST = { 'evaluation="true" fdsLowestQuartile="false"', 'evaluation="true" fdsLowestQuartile="true"' }
fixtures {
  rule = "FD-GYN-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: only RAP is lowest quartile, and tier 1", expect = "not-applicable", subjects = {} },
  { name = "example at Q4", quarter = "Q4", expect = "not-applicable", subjects = {} },
  { name = "RRV lowest quartile, screenshot not submitted at Q2", expect = "not-due", subjects = { "gynaecology" },
    edits = { RRV_LOWEST } },
  { name = "RRV lowest quartile, screenshot not submitted at Q4", quarter = "Q4", expect = "fail", subjects = { "gynaecology" },
    edits = { RRV_LOWEST } },
  { name = "RAP tier 2, screenshot submitted at Q2", expect = "pass", subjects = {},
    edits = {
      { 'tier="1"', 'tier="2"' },
      { '<AnalyserScreenshot submitted="false"/>\n      <Narrative>The unscheduled', '<AnalyserScreenshot submitted="true" date="2025-08-29"/>\n      <Narrative>The unscheduled' } } },
  { name = "RRV lowest quartile, screenshot element absent at Q3", quarter = "Q3", expect = "not-due", subjects = { "gynaecology" },
    edits = { RRV_LOWEST,
      { '<AnalyserScreenshot submitted="false"/>\n      <Narrative>The unscheduled', '<Narrative>The unscheduled' } } },
  { name = "RRV lowest quartile, screenshot element absent at Q4", quarter = "Q4", expect = "missing", subjects = { "gynaecology" },
    edits = { RRV_LOWEST,
      { '<AnalyserScreenshot submitted="false"/>\n      <Narrative>The unscheduled', '<Narrative>The unscheduled' } } },
  { name = "RRV lowest quartile, malformed submitted flag", quarter = "Q4", expect = "missing", subjects = { "gynaecology" },
    edits = { RRV_LOWEST,
      { '<AnalyserScreenshot submitted="false"/>\n      <Narrative>The unscheduled', '<AnalyserScreenshot submitted="no"/>\n      <Narrative>The unscheduled' } } },
  { name = "gynaecology section absent", expect = "missing", subjects = { "gynaecology" },
    edits = {
      { "<Gynaecology>", "<!-- <Gynaecology>" },
      { "</Gynaecology>", "</Gynaecology> -->" } } },
  { name = "the Q3 return: RAP tier 1 is the only lowest-quartile provider", file = "../../samples/returns/ncl-q3.xml",
    expect = "not-applicable", subjects = {} },
}
