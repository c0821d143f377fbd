-- Fixtures for TV-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-04
fixtures {
  rule = "TV-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RRV 83", expect = "pass", subjects = { "RRV" } },
  { name = "RRV 79.9 with no plan", expect = "fail", subjects = { "RRV" },
    edits = {
      { "tumour=\"ovarian\" provider=\"RRV\" percent=\"83.0\"", "tumour=\"ovarian\" provider=\"RRV\" percent=\"79.9\"" } } },
  { name = "RRV 79.9 with an assured plan", quarter = "Q3", expect = "pass", subjects = { "RRV" },
    edits = {
      { "tumour=\"ovarian\" provider=\"RRV\" percent=\"83.0\"", "tumour=\"ovarian\" provider=\"RRV\" percent=\"79.9\"" },
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"ovarian\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">Frailty assessment and prehabilitation before cytoreductive surgery.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "no ovarian measure", expect = "missing", subjects = { "ovarian" },
    edits = {
      { "tumour=\"ovarian\" provider=\"RRV\" percent=\"83.0\"", "tumour=\"bowel\" provider=\"RRV\" percent=\"83.0\"" } } },
}
