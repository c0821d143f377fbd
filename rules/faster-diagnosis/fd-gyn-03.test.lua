-- Fixtures for FD-GYN-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-GYN-03
fixtures {
  rule = "FD-GYN-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: only RAP is lowest quartile, and tier 1", expect = "not-applicable", subjects = {} },
  { name = "RAP tier 2: no analyser or plan at Q2", expect = "fail", subjects = { "RAP" },
    edits = {
      { "tier=\"1\"", "tier=\"2\"" } } },
  { name = "RAP tier 2 at Q1: not yet due", quarter = "Q1", expect = "not-due", subjects = { "RAP" },
    edits = {
      { "tier=\"1\"", "tier=\"2\"" } } },
  { name = "RRV lowest quartile, complete", expect = "pass", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"30\" improvementPlan=\"2025-09-01\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV plan dated after 30 September", expect = "fail", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"30\" improvementPlan=\"2025-10-15\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV plan dated after 30 September, at Q1", quarter = "Q1", expect = "not-due", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"30\" improvementPlan=\"2025-10-15\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV without a triage model", expect = "missing", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"30\" improvementPlan=\"2025-09-01\"" } } },
  -- Revision 2: up to 30 sequential patients a pathway, endometrial and ovarian: 60.
  { name = "RRV analyser on 40 patients", expect = "pass", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"40\" improvementPlan=\"2025-09-01\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV analyser on 60 patients", expect = "pass", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"60\" improvementPlan=\"2025-09-01\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV analyser on 61 patients", expect = "at-risk", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"61\" improvementPlan=\"2025-09-01\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "RRV analyser on 61 patients at Q1", quarter = "Q1", expect = "at-risk", subjects = { "RRV" },
    edits = {
      { "evaluation=\"true\" fdsLowestQuartile=\"false\"", "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" analyserPatients=\"61\" improvementPlan=\"2025-09-01\" triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"" } } },
  { name = "gynaecology section absent", expect = "missing", subjects = {},
    edits = {
      { "<Gynaecology>", "<!-- <Gynaecology>" },
      { "</Gynaecology>", "</Gynaecology> -->" } } },
}
