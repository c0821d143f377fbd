-- Fixtures for TV-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-03
fixtures {
  rule = "TV-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RKE 19 with plan in development", expect = "fail", subjects = { "RKE" } },
  { name = "RKE plan in place and assured", expect = "pass", subjects = { "RKE" },
    edits = {
      { "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-development\" clinicalAssurance=\"false\">", "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-place\" clinicalAssurance=\"true\">" } } },
  { name = "RKE plan in place, assured, text TBC", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-development\" clinicalAssurance=\"false\">", "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-place\" clinicalAssurance=\"true\">" },
      { "Immediate reconstruction pathway with RAL plastics under discussion.", "TBC" } } },
  { name = "RKE at 25", expect = "pass", subjects = { "RKE" },
    edits = {
      { "tumour=\"breast\" provider=\"RKE\" percent=\"19.0\"", "tumour=\"breast\" provider=\"RKE\" percent=\"25.0\"" } } },
  { name = "plan status malformed", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-development\" clinicalAssurance=\"false\">", "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"agreed\" clinicalAssurance=\"true\">" } } },
  { name = "no breast measure", expect = "missing", subjects = { "breast" },
    edits = {
      { "tumour=\"breast\" provider=\"RKE\" percent=\"19.0\"", "tumour=\"ovarian\" provider=\"RKE\" percent=\"19.0\"" } } },
}
