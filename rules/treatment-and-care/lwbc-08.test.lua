-- Fixtures for LWBC-08: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test LWBC-08
fixtures {
  rule = "LWBC-08",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example mentions PSFU", expect = "pass", subjects = {} },
  { name = "mentions follow-up only", expect = "pass", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>Stratified follow-up pathways continue for breast and prostate; remote monitoring goes live at RAP in December.</Narrative>" } } },
  { name = "mentions Follow Up, any case", expect = "pass", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>Personalised Stratified Follow Up is now in place for colorectal patients at all four trusts.</Narrative>" } } },
  { name = "no PSFU or follow-up", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>Prehabilitation delivery starts in Q3 and the psychosocial support service continues at all trusts.</Narrative>" } } },
  { name = "PSFUs and followup are not whole-word mentions", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>Two PSFUs were reviewed and the followup audit continues at all trusts this quarter.</Narrative>" } } },
  { name = "placeholder narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>TBC</Narrative>" } } },
  { name = "empty narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "<Narrative>  </Narrative>" } } },
  { name = "no narrative", expect = "missing", subjects = {},
    edits = {
      { "<Narrative>PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet reviewed weekly. Prehabilitation delivery starts in Q3.</Narrative>", "" } } },
}
