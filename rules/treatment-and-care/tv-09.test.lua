-- Fixtures for TV-09: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-09
fixtures {
  rule = "TV-09",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: ongoing, fed into commissioning", expect = "pass", subjects = {} },
  { name = "complete but not fed into commissioning", expect = "at-risk", subjects = {},
    edits = {
      { "<SACTDemandCapacity status=\"ongoing\" fedIntoCommissioning=\"true\">", "<SACTDemandCapacity status=\"complete\" fedIntoCommissioning=\"false\">" } } },
  { name = "not started", expect = "missing", subjects = {},
    edits = {
      { "<SACTDemandCapacity status=\"ongoing\" fedIntoCommissioning=\"true\">", "<SACTDemandCapacity status=\"not-started\" fedIntoCommissioning=\"false\">" } } },
  { name = "status malformed", expect = "missing", subjects = {},
    edits = {
      { "<SACTDemandCapacity status=\"ongoing\" fedIntoCommissioning=\"true\">", "<SACTDemandCapacity status=\"started\" fedIntoCommissioning=\"true\">" } } },
  { name = "absent", quarter = "Q4", expect = "missing", subjects = {},
    edits = {
      { "<SACTDemandCapacity", "<!-- <SACTDemandCapacity" },
      { "</SACTDemandCapacity>", "</SACTDemandCapacity> -->" } } },
}
