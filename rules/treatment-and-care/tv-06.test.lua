-- Fixtures for TV-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-06
fixtures {
  rule = "TV-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 14 down from 19", expect = "pass", subjects = { "RRV" } },
  { name = "unchanged at 19", expect = "pass", subjects = { "RRV" },
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"19\" over62DaysPrevious=\"19\"" } } },
  { name = "up to 20 with no plan", expect = "fail", subjects = { "RRV" },
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"20\" over62DaysPrevious=\"19\"" } } },
  { name = "up to 20 with a plan in place", expect = "pass", subjects = { "RRV" },
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"20\" over62DaysPrevious=\"19\"" },
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"og\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"false\">Weekly OG treatment planning meeting.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "up to 20 with a plan in development", quarter = "Q4", expect = "fail", subjects = { "RRV" },
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"20\" over62DaysPrevious=\"19\"" },
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"og\" provider=\"RRV\" status=\"in-development\" clinicalAssurance=\"false\">Weekly OG MDT.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "count malformed", expect = "missing", subjects = { "RRV" },
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14.5\" over62DaysPrevious=\"19\"" } } },
  { name = "no og waits", expect = "missing", subjects = {},
    edits = {
      { "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", "tumour=\"nhl\" provider=\"RAL\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"" } } },
}
