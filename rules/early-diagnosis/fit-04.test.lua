-- Fixtures for FIT-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-04
-- In ncl-q2, RRV (97.5%) and RAL (95.0%) are on NEDi2.1, RAP is on NEDi2.0
-- (88.0%) and RKE is on NEDi2.1 at 93.4%, below the 95% default of the
-- regional tolerance FIT-04.completeness; FIT-04.due is Q4 by default.
fixtures {
  rule = "FIT-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example at Q2: RAP on NEDi2.0, RKE at 93.4%", expect = "at-risk", subjects = { "RAP", "RKE" } },
  { name = "example judged at Q4: RAP on NEDi2.0 fails", quarter = "Q4", expect = "fail", subjects = { "RAP" } },
  { name = "RAP moves at Q2 but reaches only 88%", expect = "at-risk", subjects = { "RAP", "RKE" },
    edits = {
      { "schema=\"NEDi2.0\"", "schema=\"NEDi2.1\"" } } },
  { name = "all on NEDi2.1 at 95% or more (95.0 is enough)", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "schema=\"NEDi2.0\" dataCompleteness=\"88.0\"", "schema=\"NEDi2.1\" dataCompleteness=\"96.0\"" },
      { "dataCompleteness=\"93.4\"", "dataCompleteness=\"95.1\"" } } },
  { name = "all on NEDi2.1 at Q4, RKE at 93.4%: at-risk, not fail", quarter = "Q4", expect = "at-risk", subjects = { "RKE" },
    edits = {
      { "schema=\"NEDi2.0\" dataCompleteness=\"88.0\"", "schema=\"NEDi2.1\" dataCompleteness=\"96.0\"" } } },
  { name = "endoscopy provider RKE with no EndoscopyProvider entry", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<EndoscopyProvider code=\"RKE\" schema=\"NEDi2.1\" dataCompleteness=\"93.4\"/>", "" } } },
  { name = "a header endoscopy provider with no code (schema-invalid) is missing, not an error", expect = "missing", subjects = { "Provider on line 12" },
    edits = {
      { "<Provider code=\"RKE\" name=\"Whittington", "<Provider name=\"Whittington" } } },
  { name = "at Q4 RAP's fail outranks RKE's missing entry", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<EndoscopyProvider code=\"RKE\" schema=\"NEDi2.1\" dataCompleteness=\"93.4\"/>", "" } } },
  { name = "RKE's completeness written with a % sign", expect = "missing", subjects = { "RKE" },
    edits = {
      { "dataCompleteness=\"93.4\"", "dataCompleteness=\"93.4%\"" } } },
  { name = "at Q4 RAP on NEDi2.0 fails whatever its completeness reads", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "schema=\"NEDi2.0\" dataCompleteness=\"88.0\"", "schema=\"NEDi2.0\" dataCompleteness=\"n/a\"" } } },
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
  { name = "ncl-q3: all on NEDi2.1, RAP at 91.4% and RKE at 94%", file = "../../samples/returns/ncl-q3.xml",
    expect = "at-risk", subjects = { "RAP", "RKE" } },
  { name = "smc-q4, year end: all on NEDi2.1, three below 95%", file = "../../samples/returns/smc-q4.xml",
    expect = "at-risk", subjects = { "RTK", "RYR", "RXC" } },
}
