-- Fixtures for FIT-03: each case is the example return with edits, judged at
-- its own quarter unless quarter is given. Run: assure rules test FIT-03
-- ncl-q2 (schema 1.0) has the counts only: 96 this quarter, 104 last, 100 the
-- trajectory. ncl-q3 (schema 1.1) adds the percentages: 6.28% this quarter,
-- 6.92% last, 6.6% the trajectory (counts 88, 96 and 92).
local Q3 = "../../samples/returns/ncl-q3.xml"
local LOW_Q3 = '<LowRiskColonoscopies current="88" previousQuarter="96" trajectory="92" percent="6.28" percentPreviousQuarter="6.92" trajectoryPercent="6.6"/>'
fixtures {
  rule = "FIT-03",
  base = "../../samples/returns/ncl-q2.xml",
  -- schema 1.0: the counts
  { name = "example 96 falling, within trajectory", expect = "pass", subjects = {} },
  { name = "rising but within trajectory", expect = "at-risk", subjects = { "FIT<10" },
    edits = {
      { "current=\"96\" previousQuarter=\"104\"", "current=\"99\" previousQuarter=\"95\"" } } },
  { name = "above trajectory", expect = "fail", subjects = { "FIT<10" },
    edits = {
      { "current=\"96\"", "current=\"101\"" } } },
  { name = "rising with no trajectory given", quarter = "Q4", expect = "at-risk", subjects = { "FIT<10" },
    edits = {
      { "current=\"96\" previousQuarter=\"104\" trajectory=\"100\"", "current=\"106\" previousQuarter=\"104\"" } } },
  { name = "LowRiskColonoscopies absent", expect = "missing", subjects = {},
    edits = {
      { "<LowRiskColonoscopies current=\"96\" previousQuarter=\"104\" trajectory=\"100\"/>", "" } } },
  { name = "FIT section absent", expect = "missing", subjects = {},
    edits = {
      { "<FIT>", "<!-- <FIT>" },
      { "</FIT>", "</FIT> -->" } } },
  -- schema 1.1: the percentages the pack measures, when given
  { name = "1.1: 6.28% falling from 6.92%, within 6.6%", file = Q3, expect = "pass", subjects = {} },
  { name = "1.1: the share rose while the count fell", file = Q3, expect = "at-risk", subjects = { "FIT<10" },
    edits = { { LOW_Q3, '<LowRiskColonoscopies current="88" previousQuarter="96" trajectory="92" percent="6.5" percentPreviousQuarter="6.2" trajectoryPercent="6.6"/>' } } },
  { name = "1.1: the share is above its trajectory though the count is not", file = Q3, expect = "fail", subjects = { "FIT<10" },
    edits = { { LOW_Q3, '<LowRiskColonoscopies current="88" previousQuarter="96" trajectory="92" percent="6.7" percentPreviousQuarter="6.92" trajectoryPercent="6.6"/>' } } },
  { name = "1.1: the count rose but the share fell", file = Q3, expect = "pass", subjects = {},
    edits = { { LOW_Q3, '<LowRiskColonoscopies current="99" previousQuarter="96" trajectory="100" percent="6.28" percentPreviousQuarter="6.92" trajectoryPercent="6.6"/>' } } },
  { name = "1.1 return without the percentages: the counts as before", file = Q3, expect = "at-risk", subjects = { "FIT<10" },
    edits = { { LOW_Q3, '<LowRiskColonoscopies current="99" previousQuarter="96" trajectory="100"/>' } } },
  { name = "1.1: no trajectory percentage, so the count trajectory", file = Q3, expect = "fail", subjects = { "FIT<10" },
    edits = { { LOW_Q3, '<LowRiskColonoscopies current="95" previousQuarter="96" trajectory="92" percent="6.28" percentPreviousQuarter="6.92"/>' } } },
  { name = "1.1: a percentage written with a % sign", file = Q3, expect = "missing", subjects = {},
    edits = { { 'percent="6.28"', 'percent="6.28%"' } } },
  { name = "smc-q4: 8.75% down from 10.02%, within 9.4%", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = {} },
}
