-- Fixtures for FIT-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-01
fixtures {
  rule = "FIT-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example passes", expect = "pass", subjects = {} },
  { name = "below 80%", expect = "fail", subjects = { "CAN-04" },
    edits = {
      { "numerator=\"4310\" denominator=\"5122\" percent=\"84.1\"", "numerator=\"3900\" denominator=\"5122\" percent=\"76.1\"" } } },
  { name = "exactly 80.0% passes", expect = "pass", subjects = {},
    edits = {
      { "numerator=\"4310\" denominator=\"5122\" percent=\"84.1\"", "numerator=\"4098\" denominator=\"5122\" percent=\"80.0\"" } } },
  { name = "percent 86.0 does not match 4310/5122", expect = "fail", subjects = { "CAN-04" },
    edits = {
      { "percent=\"84.1\"", "percent=\"86.0\"" } } },
  { name = "malformed percent (50%)", expect = "missing", subjects = {},
    edits = {
      { "percent=\"84.1\"", "percent=\"50%\"" } } },
  { name = "FIT section absent", expect = "missing", subjects = {},
    edits = {
      { "<FIT>", "<!-- <FIT>" },
      { "</FIT>", "</FIT> -->" } } },
}
