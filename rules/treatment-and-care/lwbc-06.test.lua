-- Fixtures for LWBC-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-06
fixtures {
  rule = "LWBC-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAP did not submit CR7920", expect = "fail", subjects = { "RAP" } },
  { name = "example at Q1: fails every quarter", quarter = "Q1", expect = "fail", subjects = { "RAP" } },
  { name = "every trust submits all four", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "provider=\"RAP\" CR7900=\"true\" CR7920=\"false\" CR8420=\"true\" CR7840=\"true\"", "provider=\"RAP\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"" } } },
  { name = "RAP and RKE miss items", expect = "fail", subjects = { "RAP", "RKE" },
    edits = {
      { "<COSDSubmission provider=\"RKE\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"/>", "<COSDSubmission provider=\"RKE\" CR7900=\"false\" CR7920=\"true\" CR8420=\"true\" CR7840=\"false\"/>" } } },
  { name = "RKE not reported", expect = "missing", subjects = { "RKE" },
    edits = {
      { "provider=\"RAP\" CR7900=\"true\" CR7920=\"false\" CR8420=\"true\" CR7840=\"true\"", "provider=\"RAP\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"" },
      { "<COSDSubmission provider=\"RKE\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"/>", "" } } },
  { name = "RKE not reported, RAP fails", expect = "fail", subjects = { "RAP" },
    edits = {
      { "<COSDSubmission provider=\"RKE\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"/>", "" } } },
  { name = "no LWBC section: every trust missing", expect = "missing", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
      { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  { name = "malformed item", expect = "missing", subjects = { "RAP" },
    edits = {
      { "provider=\"RAP\" CR7900=\"true\" CR7920=\"false\" CR8420=\"true\" CR7840=\"true\"", "provider=\"RAP\" CR7900=\"true\" CR7920=\"no\" CR8420=\"true\" CR7840=\"true\"" } } },
}
