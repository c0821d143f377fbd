-- Fixtures for XML-04: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test XML-04
fixtures {
  rule = "XML-04",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example Q2 final dated in Q3 passes", expect = "pass", subjects = {} },
  { name = "final Q2 return dated 2025-06-30, before Q2", expect = "fail", subjects = { "Q2" },
    edits = {
      { "<Submission date=\"2025-10-17\"", "<Submission date=\"2025-06-30\"" } } },
  { name = "draft Q2 return dated 2025-06-30 is fine", expect = "pass", subjects = {},
    edits = {
      { "<Submission date=\"2025-10-17\" status=\"final\"", "<Submission date=\"2025-06-30\" status=\"draft\"" } } },
  { name = "a final Q1 return dated 2025-03-31, before 2025/26 began", expect = "fail",
    subjects = { "Q1" }, quarter = "Q1",
    edits = {
      { "quarter=\"Q2\"", "quarter=\"Q1\"" },
      { "<Submission date=\"2025-10-17\"", "<Submission date=\"2025-03-31\"" } } },
  { name = "final return with a malformed submission date", expect = "missing", subjects = {},
    edits = {
      { "<Submission date=\"2025-10-17\"", "<Submission date=\"17/10/2025\"" } } },
}
