-- Fixtures for TV-07: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-07
-- In the Q2 sample RRV has 6 high-grade NHL patients waiting over 62 days, up
-- from 5, with a clinically assured NHL QI plan in place; the Q3 sample
-- (schema 1.1) has 4, down from 6, with a median of 47 days, down from 49.
local NHL = 'tumour="nhl" provider="RRV" medianDays="49" over62Days="6" over62DaysPrevious="5"'
local NHL_Q3 = 'tumour="nhl" provider="RRV" medianDays="47" over62Days="4" over62DaysPrevious="6" medianDaysPrevious="49"'
local PLAN = '<QIPlan tumour="nhl" provider="RRV" status="in-place" clinicalAssurance="true">'
fixtures {
  rule = "TV-07",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: up from 5 to 6, assured plan in place", expect = "at-risk", subjects = { "RRV" } },
  { name = "example at Q4", quarter = "Q4", expect = "at-risk", subjects = { "RRV" } },
  { name = "up from 5 to 6, plan in development", expect = "fail", subjects = { "RRV" },
    edits = { { PLAN, '<QIPlan tumour="nhl" provider="RRV" status="in-development" clinicalAssurance="true">' } } },
  { name = "up from 5 to 6, plan without clinical assurance", expect = "fail", subjects = { "RRV" },
    edits = { { PLAN, '<QIPlan tumour="nhl" provider="RRV" status="in-place" clinicalAssurance="false">' } } },
  { name = "up from 5 to 6, the plan is for og", expect = "fail", subjects = { "RRV" },
    edits = { { PLAN, '<QIPlan tumour="og" provider="RRV" status="in-place" clinicalAssurance="true">' } } },
  { name = "down to 4, no plan needed", expect = "pass", subjects = { "RRV" },
    edits = { { NHL, 'tumour="nhl" provider="RRV" medianDays="49" over62Days="4" over62DaysPrevious="5"' },
              { PLAN, '<QIPlan tumour="nhl" provider="RRV" status="none" clinicalAssurance="false">' } } },
  { name = "plan status malformed", expect = "missing", subjects = { "RRV" },
    edits = { { PLAN, '<QIPlan tumour="nhl" provider="RRV" status="In place" clinicalAssurance="true">' } } },
  { name = "no nhl waits", expect = "missing", subjects = {},
    edits = { { NHL, 'tumour="og" provider="RAL" medianDays="49" over62Days="6" over62DaysPrevious="5"' } } },
  { name = "1.1: 4 down from 6, median 47 down from 49", file = "../../samples/returns/ncl-q3.xml",
    expect = "pass", subjects = { "RRV" } },
  { name = "1.1: count down, median up from 45 to 47", file = "../../samples/returns/ncl-q3.xml",
    expect = "at-risk", subjects = { "RRV" },
    edits = { { NHL_Q3, 'tumour="nhl" provider="RRV" medianDays="47" over62Days="4" over62DaysPrevious="6" medianDaysPrevious="45"' } } },
  { name = "1.1: previous median not given", file = "../../samples/returns/ncl-q3.xml",
    expect = "missing", subjects = { "RRV" },
    edits = { { NHL_Q3, 'tumour="nhl" provider="RRV" medianDays="47" over62Days="4" over62DaysPrevious="6"' } } },
}
