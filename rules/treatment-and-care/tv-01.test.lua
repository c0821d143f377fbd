-- Fixtures for TV-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-01
fixtures {
  rule = "TV-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RRV 72, RAP 61.5 with assured plan", expect = "pass", subjects = { "RRV", "RAP" } },
  { name = "RAP plan without clinical assurance", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"false\">" } } },
  { name = "RAP plan in development", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-development\" clinicalAssurance=\"true\">" } } },
  { name = "plan is for another provider", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"lung\" provider=\"RAL\" status=\"in-place\" clinicalAssurance=\"true\">" } } },
  { name = "RAP plan is for another tumour", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">", "<QIPlan tumour=\"bowel\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">" } } },
  { name = "RRV at exactly 70", expect = "pass", subjects = { "RRV", "RAP" },
    edits = {
      { "tumour=\"lung\" provider=\"RRV\" percent=\"72.0\"", "tumour=\"lung\" provider=\"RRV\" percent=\"70\"" } } },
  { name = "RRV at 69.9 with no plan", quarter = "Q1", expect = "fail", subjects = { "RRV" },
    edits = {
      { "tumour=\"lung\" provider=\"RRV\" percent=\"72.0\"", "tumour=\"lung\" provider=\"RRV\" percent=\"69.9\"" } } },
  { name = "assured plan text TBC", expect = "missing", subjects = { "RAP" },
    edits = {
      { "Oncology clinic added at RAP so stage IV patients start SACT locally; audit of PS recording at MDT.", "TBC" } } },
  { name = "assured plan text empty", expect = "missing", subjects = { "RAP" },
    edits = {
      { "Oncology clinic added at RAP so stage IV patients start SACT locally; audit of PS recording at MDT.", "" } } },
  { name = "percent malformed", expect = "missing", subjects = { "RAP" },
    edits = {
      { "tumour=\"lung\" provider=\"RAP\" percent=\"61.5\"", "tumour=\"lung\" provider=\"RAP\" percent=\"61,5\"" } } },
  { name = "no lung measure", expect = "missing", subjects = { "lung" },
    edits = {
      { "<Measure tumour=\"lung\" provider=\"RRV\"", "<!-- <Measure tumour=\"lung\" provider=\"RRV\"" },
      { "<Measure tumour=\"bowel\"", "--> <Measure tumour=\"bowel\"" } } },
  { name = "Treatment variation absent", expect = "missing", subjects = { "lung" },
    edits = {
      { "<TreatmentVariation>", "<!-- <TreatmentVariation>" },
      { "</TreatmentVariation>", "</TreatmentVariation> -->" } } },
}
