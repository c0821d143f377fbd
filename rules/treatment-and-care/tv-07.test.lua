-- Fixtures for TV-07: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-07
fixtures {
  rule = "TV-07",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: up 5 to 6, plan in place", expect = "pass", subjects = { "RRV" } },
  { name = "up 5 to 6, plan in development", expect = "fail", subjects = { "RRV" },
    edits = {
      { "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"in-development\" clinicalAssurance=\"true\">" } } },
  { name = "up 5 to 6, plan is for og", expect = "fail", subjects = { "RRV" },
    edits = {
      { "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"og\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">" } } },
  { name = "down to 4, no plan needed", expect = "pass", subjects = { "RRV" },
    edits = {
      { "over62Days=\"6\"", "over62Days=\"4\"" },
      { "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"none\" clinicalAssurance=\"true\">" } } },
  { name = "no nhl waits", expect = "missing", subjects = {},
    edits = {
      { "tumour=\"nhl\" provider=\"RRV\" medianDays=\"49\" over62Days=\"6\" over62DaysPrevious=\"5\"", "tumour=\"og\" provider=\"RAL\" medianDays=\"49\" over62Days=\"6\" over62DaysPrevious=\"5\"" } } },
}
