-- Fixtures for FIT-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-04
fixtures {
  rule = "FIT-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example at Q2: RAP on NEDi2.0 is at-risk", expect = "at-risk", subjects = { "RAP" } },
  { name = "example judged at Q4: RAP on NEDi2.0 fails", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "all endoscopy providers on NEDi2.1", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "schema=\"NEDi2.0\"", "schema=\"NEDi2.1\"" } } },
  { name = "endoscopy provider RKE with no EndoscopyProvider entry", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<EndoscopyProvider code=\"RKE\" schema=\"NEDi2.1\" dataCompleteness=\"93.4\"/>", "" } } },
  { name = "at Q4 RAP's fail outranks RKE's missing entry", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<EndoscopyProvider code=\"RKE\" schema=\"NEDi2.1\" dataCompleteness=\"93.4\"/>", "" } } },
  { name = "no header provider does endoscopy", expect = "not-applicable", subjects = {},
    edits = {
      { "endoscopy=\"true\"", "endoscopy=\"false\"" },
      { "endoscopy=\"true\"", "endoscopy=\"false\"" },
      { "endoscopy=\"true\"", "endoscopy=\"false\"" },
      { "endoscopy=\"true\"", "endoscopy=\"false\"" } } },
  { name = "FIT section absent: every endoscopy provider missing", expect = "missing", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "<FIT>", "<!-- <FIT>" },
      { "</FIT>", "</FIT> -->" } } },
}
