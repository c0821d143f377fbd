-- GOV-03: the alliance engages in the quarterly review meeting with its
-- regional team (pack Annex A, assurance functions and accountability).
-- Schema 1.1 adds Assurance/ReviewMeeting; a 1.0 return has no place for it.
deliverable {
  id = "GOV-03", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Quarterly review meeting with the regional team",
  source = "Planning pack 2025/26: Annex A - Roles and Responsibilities",
  row = "Annex A",
  quote = "Cancer Alliances must engage in quarterly review meetings with regional teams to discuss and assess progress made across the Alliance footprint against key deliverables",
  checks = "Assurance/ReviewMeeting must have held=\"true\" for the quarter: fail if it is false; missing if the Assurance section or its ReviewMeeting is absent. On a schema 1.0 return, not-applicable (no place for it).",
  each = "Assurance/ReviewMeeting",
  meets = function(m)
    local held, date = m:bool("@held"), m:date("@date", nil)
    return held, held and (date and ("held on " .. date) or "held, date not given") or "not held"
  end,
  say = {
    pass = "The alliance took part in the quarterly review meeting with its regional team ({details})",
    fail = { message = "No quarterly review meeting with the regional team is reported for {quarter}",
      prompt = "Arrange it with the region before the next return and give its date there, with the deliverables it covered." },
  },
}
