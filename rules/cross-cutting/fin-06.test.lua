-- Fixtures for FIN-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-06
fixtures {
  rule = "FIN-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example hosting fee 2.0% with benefits", expect = "pass", subjects = {} },
  { name = "no Hosting", expect = "not-applicable", subjects = {},
    edits = {
      { "<Hosting provider=\"RRV\" fee=\"84000\">", "<!-- <Hosting provider=\"RRV\" fee=\"84000\">" },
      { "</Hosting>", "</Hosting> -->" } } },
  { name = "Benefits only a placeholder", expect = "missing", subjects = { "RRV" },
    edits = {
      { "<Benefits>Host provides finance, HR and estates support for the core alliance team under a service level agreement reviewed annually by the board.</Benefits>", "<Benefits>TBC</Benefits>" } } },
  { name = "hosting fee 5.95% of allocation", expect = "at-risk", subjects = { "RRV" },
    edits = {
      { "fee=\"84000\"", "fee=\"250000\"" } } },
  { name = "hosting fee exactly 5% of allocation", expect = "pass", subjects = {},
    edits = {
      { "fee=\"84000\"", "fee=\"210000\"" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "Hosting fee malformed (84k)", expect = "missing", subjects = { "RRV" },
    edits = {
      { "fee=\"84000\"", "fee=\"84k\"" } } },
}
