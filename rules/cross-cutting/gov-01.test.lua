-- Fixtures for GOV-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test GOV-01
fixtures {
  rule = "GOV-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example governance all in place", expect = "pass", subjects = {} },
  { name = "no access policy", expect = "fail", subjects = { "accessPolicy" },
    edits = {
      { "accessPolicy=\"true\"", "accessPolicy=\"false\"" } } },
  { name = "Governance absent", expect = "missing", subjects = {},
    edits = {
      { "<Governance boardReviewsCWT=\"true\" pathwayBoardsReviewCWT=\"true\" accessPolicy=\"true\" interProviderTransferPolicy=\"true\"/>", "" } } },
  { name = "malformed pathwayBoardsReviewCWT (yes)", expect = "missing", subjects = { "pathwayBoardsReviewCWT" },
    edits = {
      { "pathwayBoardsReviewCWT=\"true\"", "pathwayBoardsReviewCWT=\"yes\"" } } },
  { name = "pathway boards do not review CWT and no transfer policy", expect = "fail", subjects = { "pathwayBoardsReviewCWT", "interProviderTransferPolicy" },
    edits = {
      { "pathwayBoardsReviewCWT=\"true\"", "pathwayBoardsReviewCWT=\"false\"" },
      { "interProviderTransferPolicy=\"true\"", "interProviderTransferPolicy=\"false\"" } } },
  { name = "operational performance section absent", expect = "missing", subjects = {},
    edits = {
      { "<OperationalPerformance>", "<!-- <OperationalPerformance>" },
      { "</OperationalPerformance>", "</OperationalPerformance> -->" } } },
  { name = "the Q3 Surrey and Sussex return: no transfer policy", file = "../../samples/returns/smc-q3.xml", expect = "fail", subjects = { "interProviderTransferPolicy" } },
}
