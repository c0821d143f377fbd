-- Fixtures for GOV-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test GOV-02
fixtures {
  rule = "GOV-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example names every lead", expect = "pass", subjects = {} },
  { name = "no skin lead", expect = "missing", subjects = { "skin" },
    edits = {
      { "<Lead role=\"skin\" name=\"E. Murphy\" attendsPIG=\"true\"/>", "" } } },
  { name = "lwbc lead named only TBC", expect = "missing", subjects = { "lwbc" },
    edits = {
      { "name=\"I. Brown\"", "name=\"TBC\"" } } },
  { name = "Leads section absent", expect = "missing", subjects = { "operational-performance", "urology", "gynaecology", "breast", "skin", "fit", "early-diagnosis", "treatment-variation", "lwbc", "engagement", "workforce" },
    edits = {
      { "<Leads>", "<!-- <Leads>" },
      { "</Leads>", "</Leads> -->" } } },
  { name = "urology lead does not attend PIG", expect = "fail", subjects = { "urology" },
    edits = {
      { "name=\"B. Okafor\" attendsPIG=\"true\"", "name=\"B. Okafor\" attendsPIG=\"false\"" } } },
  { name = "fit lead with attendsPIG=false is not a pathway lead", expect = "pass", subjects = {},
    edits = {
      { "<Lead role=\"fit\" name=\"F. Ahmed\"/>", "<Lead role=\"fit\" name=\"F. Ahmed\" attendsPIG=\"false\"/>" } } },
  { name = "malformed attendsPIG does not hide a missing skin lead", expect = "missing", subjects = { "urology", "skin" },
    edits = {
      { "name=\"B. Okafor\" attendsPIG=\"true\"", "name=\"B. Okafor\" attendsPIG=\"yes\"" },
      { "<Lead role=\"skin\" name=\"E. Murphy\" attendsPIG=\"true\"/>", "" } } },
}
