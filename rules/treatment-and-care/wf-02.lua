-- WF-02: quarterly narrative on ACCEND implementation.
deliverable {
  id = "WF-02", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Quarterly ACCEND narrative",
  source = "Planning pack 2025/26: ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles",
  checks = "Workforce/Narrative must be real evidence (not absent, empty or a placeholder) every quarter; otherwise it is missing.",
  narratives = {
    { path = "Workforce/Narrative",
      write = "the quarterly update on implementing the ACCEND Career Pathway, Core Cancer Capabilities and Education Framework in providers for nursing, AHP and support worker roles in cancer (training and development, uniform job descriptions, capabilities in appraisal), with attention to providers serving more disadvantaged communities" },
  },
  say = {
    pass = "The quarterly ACCEND narrative is provided",
  },
}
