-- Fixtures for FD-ALL-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-ALL-01
fixtures {
  rule = "FD-ALL-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: four narratives of 45+ words", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" } },
  { name = "breast narrative of exactly 40 words", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = {
      { "Evaluation of the RRV service is being completed with the ICB ahead of its business-as-usual business case.", "The RRV evaluation is complete." } } },
  { name = "breast narrative of 8 words", expect = "missing", subjects = { "breast" },
    edits = {
      { "<Narrative>Breast pain pathways are live at three providers.", "<Narrative>Breast pain pathways are live at three providers.</Narrative><!-- " },
      { "business case.</Narrative>", "business case. -->" } } },
  { name = "gynaecology narrative TBC", expect = "missing", subjects = { "gynaecology" },
    edits = {
      { "<Narrative>The unscheduled bleeding on HRT pathway", "<Narrative>TBC</Narrative><!-- The unscheduled" },
      { "held through tiering.</Narrative>", "held through tiering. -->" } } },
  { name = "urology narrative empty, skin narrative absent, at Q4", quarter = "Q4", expect = "missing", subjects = { "urology", "skin" },
    edits = {
      { "<Narrative>Two of four providers", "<Narrative></Narrative><!-- Two of four providers" },
      { "through tiering.</Narrative>", "through tiering. -->" },
      { "<Narrative>Teledermatology covers", "<!-- <Narrative>Teledermatology covers" },
      { "run weekly at RRV and RAL.</Narrative>", "run weekly at RRV and RAL.</Narrative> -->" } } },
}
