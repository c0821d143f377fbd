-- WF-02: quarterly narrative on ACCEND implementation (the pack's Success
-- measures).
deliverable {
  id = "WF-02", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Quarterly ACCEND narrative",
  source = "Planning pack 2025/26: ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles",
  row = "Success measures",
  quote = "Narrative updates to be provided quarterly.",
  checks = "Workforce/Narrative must be real evidence (not absent, empty or a placeholder) every quarter; otherwise it is missing.",
  narratives = {
    { path = "Workforce/Narrative",
      write = "this quarter's progress in implementing ACCEND in providers for nursing, AHP and support worker roles, with attention to providers serving more disadvantaged communities" },
  },
  say = {
    pass = "The quarterly ACCEND narrative is provided",
  },
}
