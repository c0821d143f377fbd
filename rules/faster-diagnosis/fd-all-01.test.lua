-- Fixtures for FD-ALL-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-ALL-01
local BREAST_8 = {
  { "<Narrative>Breast pain pathways are live at three providers.", "<Narrative>Breast pain pathways are live at three providers.</Narrative><!-- " },
  { "business case.</Narrative>", "business case. -->" } }
local SKIN_ABSENT = {
  { "<Narrative>Teledermatology covers", "<!-- <Narrative>Teledermatology covers" },
  { "run weekly at RRV and RAL.</Narrative>", "run weekly at RRV and RAL.</Narrative> -->" } }
fixtures {
  rule = "FD-ALL-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: four narratives of 45+ words", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" } },
  { name = "breast narrative of exactly 40 words", expect = "pass", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = {
      { "Evaluation of the RRV service is being completed with the ICB ahead of its business-as-usual business case.", "The RRV evaluation is complete." } } },
  { name = "breast narrative of 8 words", expect = "missing", subjects = { "breast" }, edits = BREAST_8 },
  { name = "gynaecology narrative TBC", expect = "missing", subjects = { "gynaecology" },
    edits = {
      { "<Narrative>The unscheduled bleeding on HRT pathway", "<Narrative>TBC</Narrative><!-- The unscheduled" },
      { "held through tiering.</Narrative>", "held through tiering. -->" } } },
  { name = "urology narrative of one word", expect = "missing", subjects = { "urology" },
    edits = {
      { "<Narrative>Two of four providers", "<Narrative>Progressing.</Narrative><!-- Two of four providers" },
      { "through tiering.</Narrative>", "through tiering. -->" } } },
  { name = "urology narrative empty, skin narrative absent, at Q2", expect = "missing", subjects = { "urology", "skin" },
    edits = {
      { "<Narrative>Two of four providers", "<Narrative></Narrative><!-- Two of four providers" },
      { "through tiering.</Narrative>", "through tiering. -->" },
      SKIN_ABSENT[1], SKIN_ABSENT[2] } },
  -- Revision 2: breast and skin narratives are required in Q1 and Q2 only.
  { name = "urology narrative empty, skin narrative absent, at Q4: skin not required", quarter = "Q4", expect = "missing", subjects = { "urology" },
    edits = {
      { "<Narrative>Two of four providers", "<Narrative></Narrative><!-- Two of four providers" },
      { "through tiering.</Narrative>", "through tiering. -->" },
      SKIN_ABSENT[1], SKIN_ABSENT[2] } },
  { name = "breast narrative of 8 words at Q3: not required", quarter = "Q3", expect = "pass", subjects = { "urology", "gynaecology" }, edits = BREAST_8 },
  { name = "breast narrative of 8 words at Q1", quarter = "Q1", expect = "missing", subjects = { "breast" }, edits = BREAST_8 },
  { name = "the Q3 return: urology and gynaecology only", file = "../../samples/returns/ncl-q3.xml",
    expect = "pass", subjects = { "urology", "gynaecology" } },
  { name = "faster diagnosis section absent", expect = "missing", subjects = { "urology", "gynaecology", "breast", "skin" },
    edits = {
      { "<FasterDiagnosis>", "<!-- <FasterDiagnosis>" },
      { "</FasterDiagnosis>", "</FasterDiagnosis> -->" } } },
}
