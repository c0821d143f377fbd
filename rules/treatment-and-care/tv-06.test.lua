-- Fixtures for TV-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-06
-- In the Q2 sample RRV has 14 OG patients waiting over 62 days, down from
-- 19, and no OG QI plan; the Q3 sample (schema 1.1) has 11, down from 14,
-- with a median wait of 55 days, down from 58.
local OG = 'tumour="og" provider="RRV" medianDays="58" over62Days="14" over62DaysPrevious="19"'
local OG_Q3 = 'tumour="og" provider="RRV" medianDays="55" over62Days="11" over62DaysPrevious="14" medianDaysPrevious="58"'
local function plan(status, assured)
  return { '<QIPlan tumour="lung"', '<QIPlan tumour="og" provider="RRV" status="' .. status .. '" clinicalAssurance="' .. assured ..
    '">Weekly OG treatment planning meeting and a staging PET-CT slot held each week.</QIPlan><QIPlan tumour="lung"' }
end
fixtures {
  rule = "TV-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 14 down from 19", expect = "pass", subjects = { "RRV" } },
  { name = "none waiting, as before", expect = "pass", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="41" over62Days="0" over62DaysPrevious="0"' } } },
  { name = "unchanged at 19 is not a reduction", expect = "fail", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="19" over62DaysPrevious="19"' } } },
  { name = "up to 20 with no plan", expect = "fail", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="20" over62DaysPrevious="19"' } } },
  { name = "up to 20, plan in place without clinical assurance", expect = "fail", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="20" over62DaysPrevious="19"' },
              plan("in-place", "false") } },
  { name = "up to 20, plan in development at Q4", quarter = "Q4", expect = "fail", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="20" over62DaysPrevious="19"' },
              plan("in-development", "true") } },
  { name = "up to 20 with a clinically assured plan in place", expect = "at-risk", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="20" over62DaysPrevious="19"' },
              plan("in-place", "true") } },
  { name = "unchanged at 19 with a clinically assured plan in place", quarter = "Q4", expect = "at-risk", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="19" over62DaysPrevious="19"' },
              plan("in-place", "true") } },
  { name = "count malformed", expect = "missing", subjects = { "RRV" },
    edits = { { OG, 'tumour="og" provider="RRV" medianDays="58" over62Days="14.5" over62DaysPrevious="19"' } } },
  { name = "no og waits", expect = "missing", subjects = {},
    edits = { { OG, 'tumour="nhl" provider="RAL" medianDays="58" over62Days="14" over62DaysPrevious="19"' } } },
  { name = "Treatment variation absent", expect = "missing", subjects = {},
    edits = { { "<TreatmentVariation>", "<!-- <TreatmentVariation>" },
              { "</TreatmentVariation>", "</TreatmentVariation> -->" } } },
  -- Schema 1.1: the median wait, the pack's success measure, is compared too.
  { name = "1.1: 11 down from 14, median 55 down from 58", file = "../../samples/returns/ncl-q3.xml",
    expect = "pass", subjects = { "RRV" } },
  { name = "1.1: count down, median up from 52 to 55", file = "../../samples/returns/ncl-q3.xml",
    expect = "at-risk", subjects = { "RRV" },
    edits = { { OG_Q3, 'tumour="og" provider="RRV" medianDays="55" over62Days="11" over62DaysPrevious="14" medianDaysPrevious="52"' } } },
  { name = "1.1: median level with the previous", file = "../../samples/returns/ncl-q3.xml",
    expect = "pass", subjects = { "RRV" },
    edits = { { OG_Q3, 'tumour="og" provider="RRV" medianDays="55" over62Days="11" over62DaysPrevious="14" medianDaysPrevious="55"' } } },
  { name = "1.1: previous median not given", file = "../../samples/returns/ncl-q3.xml",
    expect = "missing", subjects = { "RRV" },
    edits = { { OG_Q3, 'tumour="og" provider="RRV" medianDays="55" over62Days="11" over62DaysPrevious="14"' } } },
  { name = "1.1: count up with no plan, previous median not given", file = "../../samples/returns/ncl-q3.xml",
    expect = "fail", subjects = { "RRV" },
    edits = { { OG_Q3, 'tumour="og" provider="RRV" medianDays="55" over62Days="15" over62DaysPrevious="14"' } } },
}
