-- Fixtures for TV-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-02
fixtures {
  rule = "TV-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAL 54", expect = "pass", subjects = { "RAL" } },
  { name = "RAL 48 with no plan", expect = "fail", subjects = { "RAL" },
    edits = {
      { "tumour=\"bowel\" provider=\"RAL\" percent=\"54.0\"", "tumour=\"bowel\" provider=\"RAL\" percent=\"48.0\"" } } },
  { name = "RAL 48 with an assured plan", expect = "pass", subjects = { "RAL" },
    edits = {
      { "tumour=\"bowel\" provider=\"RAL\" percent=\"54.0\"", "tumour=\"bowel\" provider=\"RAL\" percent=\"48.0\"" },
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"bowel\" provider=\"RAL\" status=\"in-place\" clinicalAssurance=\"true\">Adjuvant chemotherapy clinic at RAL within six weeks of resection.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "RAL 48, assured plan with placeholder text", expect = "missing", subjects = { "RAL" },
    edits = {
      { "tumour=\"bowel\" provider=\"RAL\" percent=\"54.0\"", "tumour=\"bowel\" provider=\"RAL\" percent=\"48.0\"" },
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"bowel\" provider=\"RAL\" status=\"in-place\" clinicalAssurance=\"true\">xxx</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "no bowel measure", expect = "missing", subjects = { "bowel" },
    edits = {
      { "tumour=\"bowel\" provider=\"RAL\" percent=\"54.0\"", "tumour=\"ovarian\" provider=\"RAL\" percent=\"54.0\"" } } },
}
