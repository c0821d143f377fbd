-- Fixtures for LWBC-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-02
fixtures {
  rule = "LWBC-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP and RKE lack one each at Q2", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "Q1: not yet due", quarter = "Q1", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "Q4: RAP and RKE fail", quarter = "Q4", expect = "fail", subjects = { "RAP", "RKE" } },
  { name = "Q4: RAP has neither", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"true\"", "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"false\"" },
      { "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"", "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"true\"" } } },
  { name = "every provider has both", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"true\"", "provider=\"RAP\" digitalTracking=\"true\" monitoring=\"true\"" },
      { "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"", "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"true\"" } } },
  { name = "every provider has both at Q4", quarter = "Q4", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"true\"", "provider=\"RAP\" digitalTracking=\"true\" monitoring=\"true\"" },
      { "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"", "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"true\"" } } },
  { name = "RKE not reported", expect = "missing", subjects = { "RKE" },
    edits = {
      { "<PSFUTracking provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"/>", "" } } },
  { name = "Q4: RKE not reported, RAP fails", quarter = "Q4", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<PSFUTracking provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"/>", "" } } },
  { name = "no LWBC section: every provider missing", expect = "missing", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  { name = "malformed digitalTracking", expect = "missing", subjects = { "RAP" },
    edits = {
      { "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"true\"", "provider=\"RAP\" digitalTracking=\"yes\" monitoring=\"true\"" } } },
}
