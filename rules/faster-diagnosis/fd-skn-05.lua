-- FD-SKN-05: every applicable teledermatology service transitioned to BAU
-- (commissioned as business as usual) by Q4 (schema 1.1:
-- Skin/Provider/@bauCommissioned).
deliverable {
  id = "FD-SKN-05", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Every teledermatology service transitioned to BAU",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  row = "Direction of travel",
  quote = "Alliances should support transition of teledermatology services to BAU by Q4, through the development of local business cases",
  checks = "Each skin provider with @applicable=true must have @bauCommissioned=true: at Q4 it fails listing the applicable providers without; in Q1-Q3 they are not-due. Providers not applicable are not-applicable; missing if no skin provider is listed, or an applicable provider's @bauCommissioned is absent or malformed. Not-applicable on a return before schema 1.1.",
  note = "New in revision 2. @bauFunding (FD-SKN-02, by Q2) is the funding mechanism; @bauCommissioned is the transition to BAU the Direction of travel asks for by Q4.",
  each = "FasterDiagnosis/Skin/Provider", subject = "@code", none = "missing",
  judge = function(p, q)
    local code = p:attr("code") or "?"
    if not p:bool("@applicable") then return "not-applicable", code .. " is not an applicable service" end
    if p:bool("@bauCommissioned") then return "pass", code .. " commissioned as BAU" end
    return q.is_due and "fail" or "not-due", code .. " not yet commissioned as BAU"
  end,
  say = {
    pass = "Every applicable teledermatology service ({subjects}) is commissioned as BAU",
    fail = { message = "{count} applicable teledermatology {count|service is|services are} not commissioned as BAU ({subjects}); the transition to BAU was due by {due}",
      prompt = "Give the date the ICB will commission {subjects} through a local business case, and how the service is funded until then, in the next return." },
    ["not-due"] = "{count} applicable teledermatology {count|service is|services are} not yet commissioned as BAU ({subjects}); the transition is due by {due}",
    missing = { message = "{details}: every applicable teledermatology service is to transition to BAU by {due}",
      prompt = "List each skin provider with whether it is an applicable service and is commissioned as BAU, in the next return." },
    ["not-applicable"] = "No skin provider is an applicable teledermatology service",
  },
}
