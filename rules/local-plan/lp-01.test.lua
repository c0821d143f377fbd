-- Fixtures for LP-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LP-01
fixtures {
  rule = "LP-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example at Q2: PC-B1 due Q1-2 not complete", expect = "fail", subjects = { "PC-B1" } },
  { name = "example at Q1: nothing due is behind", quarter = "Q1", expect = "not-due", subjects = { "PC-B1", "AD-D1" } },
  { name = "example at Q3: PC-B1 still fails", quarter = "Q3", expect = "fail", subjects = { "PC-B1" } },
  { name = "example at Q4: PC-B1 and AD-D1 both due", quarter = "Q4", expect = "fail", subjects = { "PC-B1", "AD-D1" } },
  { name = "PC-B1 complete: AD-D1 on track, not yet due", expect = "not-due", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" } } },
  { name = "not-yet-due AD-D1 off-track is at-risk", expect = "at-risk", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"off-track\"" } } },
  { name = "complete AD-C2 with placeholder Evidence", expect = "missing", subjects = { "AD-C2" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "<Evidence>Alliance-wide teledermatology share reached 53% in September.</Evidence>", "<Evidence>TBC</Evidence>" } } },
  { name = "due PC-B1 off-track with placeholder Evidence still fails", expect = "fail", subjects = { "PC-B1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"off-track\"" },
      { "<Evidence>Options paper to the October board.</Evidence>", "<Evidence>TBC</Evidence>" } } },
  { name = "onwards from Q1, on-track: all pass", expect = "pass", subjects = { "PC-A1", "PC-B1", "AD-C2", "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q1 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"" } } },
  { name = "onwards from Q1, not-started", expect = "fail", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q1 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"not-started\"" } } },
  { name = "onwards from Q1, at-risk", expect = "at-risk", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q1 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"at-risk\"" } } },
  { name = "onwards from Q3 judged at Q2, not-started", expect = "not-due", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q3 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"not-started\"" } } },
  { name = "onwards from Q3 judged at Q3, off-track", quarter = "Q3", expect = "fail", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q3 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"off-track\"" } } },
  { name = "due PC-B1 reported at-risk fails: due means complete", expect = "fail", subjects = { "PC-B1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"at-risk\"" } } },
  { name = "onwards from Q3 judged at Q2, already off-track", expect = "at-risk", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"Q3 25/26 onwards\" aims=\"SA1 SA3 SA4 SA6\" status=\"off-track\"" } } },
  { name = "malformed status", expect = "missing", subjects = { "PC-B1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"on track\"" } } },
  { name = "malformed due (March 2026)", expect = "missing", subjects = { "AD-D1" },
    edits = {
      { "aims=\"SA2 SA4 SA5\" status=\"on-track\"", "aims=\"SA2 SA4 SA5\" status=\"complete\"" },
      { "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "due=\"March 2026\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"" } } },
  { name = "LocalPlan absent: the section that holds the evidence is missing", expect = "missing", subjects = {},
    edits = {
      { "<LocalPlan>", "<!-- <LocalPlan>" },
      { "</LocalPlan>", "</LocalPlan> -->" } } },
  { name = "LocalPlan present with no milestone", expect = "not-applicable", subjects = {},
    edits = {
      { "<LocalPlan>", "<LocalPlan><!--" },
      { "</LocalPlan>", "--></LocalPlan>" } } },
}
