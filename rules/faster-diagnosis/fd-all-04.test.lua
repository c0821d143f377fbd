-- Fixtures for FD-ALL-04. The base is the Q3 return (schema 1.1): urology FDS
-- +6.7 points and gynaecology +4.4 against +2.6 on the non-priority pathways,
-- all from 2024/25 Q3. Run: assure rules test FD-ALL-04
local URO = '<PathwayFDS current="74.9" baseline="68.2"'
local NP = '<NonPriorityFDS current="79.1" baseline="76.5" baselinePeriod="2024/25 Q3"/>'
fixtures {
  rule = "FD-ALL-04",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: both improved more", expect = "pass", subjects = { "urology", "gynaecology" } },
  { name = "urology improved by as much as the non-priority pathways", expect = "at-risk", subjects = { "urology" },
    edits = { { URO, '<PathwayFDS current="70.8" baseline="68.2"' } } },
  { name = "urology fell", expect = "at-risk", subjects = { "urology" },
    edits = { { URO, '<PathwayFDS current="67.0" baseline="68.2"' } } },
  { name = "the non-priority pathways improved more than both", expect = "at-risk", subjects = { "urology", "gynaecology" },
    edits = { { NP, '<NonPriorityFDS current="84.0" baseline="76.5" baselinePeriod="2024/25 Q3"/>' } } },
  { name = "urology against another baseline quarter", expect = "missing", subjects = { "urology" },
    edits = { { '<PathwayFDS current="74.9" baseline="68.2" baselinePeriod="2024/25 Q3"/>', '<PathwayFDS current="74.9" baseline="68.2" baselinePeriod="2024/25 Q4"/>' } } },
  { name = "non-priority FDS not reported", expect = "missing", subjects = { "non-priority" },
    edits = { { NP, "" } } },
  { name = "gynaecology FDS not reported", expect = "missing", subjects = { "gynaecology" },
    edits = { { '<PathwayFDS current="76.3" baseline="71.9" baselinePeriod="2024/25 Q3"/>', "" } } },
  { name = "gynaecology section absent", expect = "missing", subjects = { "gynaecology" },
    edits = { { "<Gynaecology>", "<!-- <Gynaecology>" }, { "</Gynaecology>", "</Gynaecology> -->" } } },
  { name = "the year-end return of Surrey and Sussex: urology +1.2 against +2.3", file = "../../samples/returns/smc-q4.xml",
    expect = "at-risk", subjects = { "urology" } },
  { name = "a 1.1 return with no FDS figures", expect = "missing", subjects = { "non-priority", "urology", "gynaecology" },
    file = "../../samples/returns/ncl-q2.xml", edits = { { 'schemaVersion="1.0"', 'schemaVersion="1.1"' } } },
  { name = "a 1.0 return has no place for the figures", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
