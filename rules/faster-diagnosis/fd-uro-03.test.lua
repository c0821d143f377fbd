-- Fixtures for FD-URO-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FD-URO-03
fixtures {
  rule = "FD-URO-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: RAL complete, RAP tier 1 excluded", expect = "pass", subjects = { "RAL" } },
  { name = "example at Q1: RAL already complete", quarter = "Q1", expect = "pass", subjects = { "RAL" } },
  { name = "improvement plan dated after 30 September", expect = "fail", subjects = { "RAL" },
    edits = {
      { "improvementPlan=\"2025-09-12\"", "improvementPlan=\"2025-10-03\"" } } },
  { name = "improvement plan dated 30 September", expect = "pass", subjects = { "RAL" },
    edits = {
      { "improvementPlan=\"2025-09-12\"", "improvementPlan=\"2025-09-30\"" } } },
  { name = "analyser lacks kidney", expect = "fail", subjects = { "RAL" },
    edits = {
      { "analyserPathways=\"prostate bladder kidney\"", "analyserPathways=\"prostate bladder\"" } } },
  { name = "no improvement plan", expect = "fail", subjects = { "RAL" },
    edits = {
      { "improvementPlan=\"2025-09-12\"", "" } } },
  { name = "RAP tier 2: no analyser or plan at Q2", expect = "fail", subjects = { "RAP" },
    edits = {
      { "tier=\"1\"", "tier=\"2\"" } } },
  { name = "RAP tier 2 at Q1: not yet due", quarter = "Q1", expect = "not-due", subjects = { "RAP" },
    edits = {
      { "tier=\"1\"", "tier=\"2\"" } } },
  { name = "RKE lowest quartile (tier none) at Q3", quarter = "Q3", expect = "fail", subjects = { "RKE" },
    edits = {
      { "<Provider code=\"RKE\" fdsLowestQuartile=\"false\"", "<Provider code=\"RKE\" fdsLowestQuartile=\"true\"" } } },
  { name = "triage model a placeholder", expect = "missing", subjects = { "RAL" },
    edits = {
      { "triageModel=\"straight-to-MRI for prostate; CT urogram and ultrasound for visible haematuria\"", "triageModel=\"TBC\"" } } },
  { name = "triage model absent", expect = "missing", subjects = { "RAL" },
    edits = {
      { "triageModel=\"straight-to-MRI for prostate; CT urogram and ultrasound for visible haematuria\"", "" } } },
  -- Revision 2: up to 30 sequential patients a pathway, so 90 for the three.
  { name = "analyser on 45 patients over three pathways", expect = "pass", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\"", "analyserPatients=\"45\"" } } },
  { name = "analyser on 90 patients over three pathways", expect = "pass", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\"", "analyserPatients=\"90\"" } } },
  { name = "analyser on 91 patients over three pathways", expect = "at-risk", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\"", "analyserPatients=\"91\"" } } },
  { name = "analyser on 91 patients at Q1", quarter = "Q1", expect = "at-risk", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\"", "analyserPatients=\"91\"" } } },
  { name = "analyser on 45 patients of prostate alone, at Q1", quarter = "Q1", expect = "at-risk", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\" analyserPathways=\"prostate bladder kidney\"", "analyserPatients=\"45\" analyserPathways=\"prostate\"" } } },
  { name = "analyser on 45 patients of prostate alone, at Q2: the missing pathways fail", expect = "fail", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\" analyserPathways=\"prostate bladder kidney\"", "analyserPatients=\"45\" analyserPathways=\"prostate\"" } } },
  { name = "analyser on 61 patients of two pathways (prostate listed twice), at Q1", quarter = "Q1", expect = "at-risk", subjects = { "RAL" },
    edits = {
      { "analyserPatients=\"30\" analyserPathways=\"prostate bladder kidney\"", "analyserPatients=\"61\" analyserPathways=\"prostate prostate bladder\"" } } },
  { name = "no lowest-quartile provider outside tier 1", expect = "not-applicable", subjects = {},
    edits = {
      { "<Provider code=\"RAL\" fdsLowestQuartile=\"true\"", "<Provider code=\"RAL\" fdsLowestQuartile=\"false\"" } } },
  { name = "urology section absent", expect = "missing", subjects = {},
    edits = {
      { "<Urology>", "<!-- <Urology>" },
      { "</Urology>", "</Urology> -->" } } },
  { name = "malformed improvement plan date", expect = "missing", subjects = { "RAL" },
    edits = {
      { "improvementPlan=\"2025-09-12\"", "improvementPlan=\"12/09/2025\"" } } },
}
