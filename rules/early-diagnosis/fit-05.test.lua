-- Fixtures for FIT-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIT-05
fixtures {
  rule = "FIT-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example bands sum to 100", expect = "pass", subjects = {} },
  { name = "triage bands sum to 102", expect = "fail", subjects = { "triage" },
    edits = {
      { "lt10=\"61.0\"", "lt10=\"63.0\"" } } },
  { name = "colonoscopy bands sum to 99 (edge of tolerance)", expect = "pass", subjects = {},
    edits = {
      { "lt10=\"12.4\"", "lt10=\"11.4\"" } } },
  { name = "colonoscopy bands sum to 98.9", expect = "fail", subjects = { "colonoscopy" },
    edits = {
      { "lt10=\"12.4\"", "lt10=\"11.3\"" } } },
  { name = "colonoscopy banding absent", expect = "missing", subjects = { "colonoscopy" },
    edits = {
      { "<Banding stage=\"colonoscopy\" lt10=\"12.4\" from10to100=\"39.8\" over100=\"31.5\" noFIT=\"15.3\" notAppropriate=\"0.6\" noValue=\"0.4\"/>", "" } } },
  { name = "FIT section absent: both stages missing", expect = "missing", subjects = { "triage", "colonoscopy" },
    edits = {
      { "<FIT>", "<!-- <FIT>" },
      { "</FIT>", "</FIT> -->" } } },
}
