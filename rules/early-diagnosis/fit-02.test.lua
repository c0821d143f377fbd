-- Fixtures for FIT-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-02
fixtures {
  rule = "FIT-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example 15.3% passes", expect = "pass", subjects = {} },
  { name = "exactly 20.0% fails", expect = "fail", subjects = { "colonoscopy" },
    edits = {
      { "numerator=\"212\" denominator=\"1388\" percent=\"15.3\"", "numerator=\"278\" denominator=\"1388\" percent=\"20.0\"" } } },
  { name = "percent 12.0 does not match 212/1388", expect = "fail", subjects = { "colonoscopy" },
    edits = {
      { "percent=\"15.3\"", "percent=\"12.0\"" } } },
  { name = "percent 16.1 against 78/500 = 15.6 is within 0.5", expect = "pass", subjects = {},
    edits = {
      { "numerator=\"212\" denominator=\"1388\" percent=\"15.3\"", "numerator=\"78\" denominator=\"500\" percent=\"16.1\"" } } },
  { name = "ColonoscopiesWithoutFIT absent", expect = "missing", subjects = {},
    edits = {
      { "<ColonoscopiesWithoutFIT numerator=\"212\" denominator=\"1388\" percent=\"15.3\"/>", "" } } },
}
