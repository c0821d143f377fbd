-- WF-03: the Cancer Alliance role of the ACCEND section beyond WF-01: local
-- training and development opportunities identified, ACCEND work shared
-- through communities of practice, and leadership of the nursing and AHP
-- workforce through cancer nursing and AHP networks. Schema 1.1 gives each a
-- text under Workforce; a 1.0 return has no place for them.
deliverable {
  id = "WF-03", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "ACCEND training opportunities, communities of practice and nursing and AHP network leadership",
  source = "Planning pack 2025/26: ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles",
  row = "Cancer Alliance role",
  quote = { "Provide leadership to the nursing and AHP workforce within the Alliance, and engage them in ACCEND and wider workforce development, through cancer nursing and AHP networks.",
    "Identify local training and development opportunities to support staff in different roles/levels of practice within the ACCEND Framework",
    "Share information and best practice on local ACCEND implementation with regional workforce teams and other relevant partners - including through participation in communities of practice forums" },
  checks = "Every quarter, three texts under Workforce must be real evidence (not absent, empty or a placeholder): TrainingOpportunities (local training and development opportunities for staff at each ACCEND role and level of practice), CommunitiesOfPractice (ACCEND implementation and best practice shared with the regional workforce team and partners, including communities of practice forums) and NetworkLeadership (leadership of the nursing and AHP workforce through cancer nursing and AHP networks); missing for each that is not. Not-applicable on a schema 1.0 return.",
  narratives = {
    { path = "Workforce/TrainingOpportunities", subject = "TrainingOpportunities",
      write = "the local training and development on offer for staff at each ACCEND level of practice" },
    { path = "Workforce/CommunitiesOfPractice", subject = "CommunitiesOfPractice",
      write = "the forums where the alliance shared its ACCEND work with the regional team and partners, and what it shared" },
    { path = "Workforce/NetworkLeadership", subject = "NetworkLeadership",
      write = "how the alliance leads and engages its cancer nurses and AHPs in ACCEND through their networks" },
  },
  say = {
    pass = "Local ACCEND training opportunities, sharing through communities of practice and nursing and AHP network leadership are each described",
  },
}
