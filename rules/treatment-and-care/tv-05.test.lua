-- Fixtures for TV-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-05
fixtures {
  rule = "TV-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: metastatic 31 with no plan", expect = "fail", subjects = { "RRV" } },
  { name = "metastatic at 35", expect = "pass", subjects = { "RRV" },
    edits = {
      { "tumour=\"pancreatic-metastatic\" provider=\"RRV\" percent=\"31.0\"", "tumour=\"pancreatic-metastatic\" provider=\"RRV\" percent=\"35.0\"" } } },
  { name = "assured metastatic plan", expect = "pass", subjects = { "RRV" },
    edits = {
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"pancreatic-metastatic\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">Oncology review for all stage 4 patients within 7 days of MDT.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "plan only for non-metastatic", expect = "fail", subjects = { "RRV" },
    edits = {
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"pancreatic-nonmetastatic\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">Surgical referral pathway to the HPB centre.</QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "non-metastatic at 60 (65 applies), metastatic at 40", expect = "fail", subjects = { "RRV" },
    edits = {
      { "tumour=\"pancreatic-nonmetastatic\" provider=\"RRV\" percent=\"68.0\"", "tumour=\"pancreatic-nonmetastatic\" provider=\"RRV\" percent=\"60.0\"" },
      { "tumour=\"pancreatic-metastatic\" provider=\"RRV\" percent=\"31.0\"", "tumour=\"pancreatic-metastatic\" provider=\"RRV\" percent=\"40.0\"" } } },
  { name = "assured metastatic plan with empty text", expect = "missing", subjects = { "RRV" },
    edits = {
      { "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"pancreatic-metastatic\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\"> </QIPlan><QIPlan tumour=\"lung\"" } } },
  { name = "no metastatic measure", expect = "missing", subjects = { "pancreatic-metastatic" },
    edits = {
      { "tumour=\"pancreatic-metastatic\" provider=\"RRV\" percent=\"31.0\"", "tumour=\"ovarian\" provider=\"RRV\" percent=\"31.0\"" } } },
}
