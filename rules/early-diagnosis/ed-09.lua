-- ED-09: Annex B's roles for early diagnosis: understanding the plans for
-- new community diagnostic centres (Diagnostics) and working with PCNs on
-- the early cancer diagnosis requirements (Primary Care Networks). Evidence
-- from schema 1.1.
deliverable {
  id = "ED-09", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Plans for new CDCs understood; PCNs supported to deliver the early cancer diagnosis requirements",
  source = "Planning pack 2025/26: Annex B - Other National Programmes and Stakeholders (1)",
  row = "Diagnostics: Cancer Alliance role in this space",
  quote = "Cancer Alliances should play a key role in understanding plans for new CDCs in their area",
  checks = "Every quarter, EarlyDiagnosis/CDCPlans and EarlyDiagnosis/PCNSupport must each be real text (not absent, empty or a placeholder): each one that is not is missing, as both are when the Early diagnosis section is absent.",
  note = "The PCN part is Annex B (2), Primary Care Networks: \"Work with PCNs to support them to deliver the early cancer diagnosis requirements.\"",
  narratives = {
    { path = "EarlyDiagnosis/CDCPlans",
      write = "the new community diagnostic centres planned in the area, and how the alliance makes sure they support cancer pathways" },
    { path = "EarlyDiagnosis/PCNSupport",
      write = "how the alliance helps PCNs meet their Network Contract DES requirements (packs, funded cancer leads, referral audits, dashboards)" },
  },
  say = {
    pass = "The plans for new CDCs and the support to PCNs on early cancer diagnosis are set out",
  },
}
