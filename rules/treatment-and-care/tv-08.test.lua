-- Fixtures for TV-08: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test TV-08
fixtures {
  rule = "TV-08",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: all seven sites", expect = "pass", subjects = {} },
  { name = "judged at Q1", quarter = "Q1", expect = "pass", subjects = {} },
  { name = "og group absent", expect = "missing", subjects = { "og" },
    edits = {
      { "<ClinicalGroup tumour=\"og\" lead=\"Mr Q. Chen\" exists=\"true\"/>", "" } } },
  { name = "nhl group does not exist", expect = "missing", subjects = { "nhl" },
    edits = {
      { "<ClinicalGroup tumour=\"nhl\" lead=\"Dr R. Mensah\" exists=\"true\"/>", "<ClinicalGroup tumour=\"nhl\" lead=\"Dr R. Mensah\" exists=\"false\"/>" } } },
  { name = "og lead TBC, nhl lead absent", quarter = "Q4", expect = "missing", subjects = { "og", "nhl" },
    edits = {
      { "<ClinicalGroup tumour=\"og\" lead=\"Mr Q. Chen\" exists=\"true\"/>", "<ClinicalGroup tumour=\"og\" lead=\"TBC\" exists=\"true\"/>" },
      { "<ClinicalGroup tumour=\"nhl\" lead=\"Dr R. Mensah\" exists=\"true\"/>", "<ClinicalGroup tumour=\"nhl\" exists=\"true\"/>" } } },
  { name = "lung exists malformed", expect = "missing", subjects = { "lung" },
    edits = {
      { "<ClinicalGroup tumour=\"lung\" lead=\"Dr L. Ward\" exists=\"true\"/>", "<ClinicalGroup tumour=\"lung\" lead=\"Dr L. Ward\" exists=\"yes\"/>" } } },
  { name = "Treatment variation absent", expect = "missing", subjects = { "lung", "bowel", "breast", "ovarian", "pancreatic", "og", "nhl" },
    edits = {
      { "<TreatmentVariation>", "<!-- <TreatmentVariation>" },
      { "</TreatmentVariation>", "</TreatmentVariation> -->" } } },
}
