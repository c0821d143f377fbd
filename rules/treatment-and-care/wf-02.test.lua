-- Fixtures for WF-02: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test WF-02
fixtures {
  rule = "WF-02",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example narrative", expect = "pass", subjects = {} },
  { name = "placeholder narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>ACCEND-aligned job descriptions are agreed at three trusts; RAP, which serves the most deprived population in the alliance, is the priority for the support worker development programme starting in November.</Narrative>", "<Narrative>see previous return</Narrative>" } } },
  { name = "empty narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>ACCEND-aligned job descriptions are agreed at three trusts; RAP, which serves the most deprived population in the alliance, is the priority for the support worker development programme starting in November.</Narrative>", "<Narrative></Narrative>" } } },
  { name = "no narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>ACCEND-aligned job descriptions are agreed at three trusts; RAP, which serves the most deprived population in the alliance, is the priority for the support worker development programme starting in November.</Narrative>", "" } } },
  { name = "no Workforce section", expect = "missing", subjects = {},
    edits = {
      { "<Workforce>", "<!-- <Workforce>" },
      { "</Workforce>", "</Workforce> -->" } } },
}
