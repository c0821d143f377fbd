-- ED-08: the alliance drives visibility of the early diagnosis position and
-- trends with system partners (Cancer Alliance role), and its local projects
-- are of sufficient scale to have a measurable impact on early diagnosis
-- rates (Use of funds). Evidence from schema 1.1.
deliverable {
  id = "ED-08", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Early diagnosis position visible to system partners; projects of measurable scale",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Cancer Alliance role",
  quote = "Drive visibility of early diagnosis position and trends with system partners.",
  checks = "Every quarter, EarlyDiagnosis/SystemVisibility and EarlyDiagnosis/MeasurableImpact must each be real text (not absent, empty or a placeholder): each one that is not is missing, as both are when the Early diagnosis section is absent.",
  note = "The scale comes from the section's Use of funds row: \"local projects should be of sufficient scale to have a measurable impact on rates of early diagnosis.\" Revision 2 words the outcome \"missing if neither is evidenced\"; the pack asks for both, so each text that is not evidenced is missing.",
  narratives = {
    { path = "EarlyDiagnosis/SystemVisibility",
      write = "where, how often and with which system partners the position and trends are shared (RCRD by ICB, tumour site and deprivation)" },
    { path = "EarlyDiagnosis/MeasurableImpact",
      write = "why the local projects are large enough to have a measurable effect on the rates, with the population each reaches" },
  },
  say = {
    pass = "The early diagnosis position is shared with system partners, and the projects' scale is set out",
  },
}
