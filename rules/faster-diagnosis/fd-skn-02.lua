-- FD-SKN-02: teledermatology services have BAU funding mechanisms by Q2.
deliverable {
  id = "FD-SKN-02", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Teledermatology services have BAU funding mechanisms",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  row = "Deliverables",
  quote = "ensure services have BAU funding mechanisms in place by Q2",
  checks = "Each skin provider with @applicable=true must have @bauFunding=true: from Q2 it fails listing the applicable providers without; in Q1 they are not-due. Providers not applicable are not-applicable; missing if no skin provider is listed.",
  each = "FasterDiagnosis/Skin/Provider", subject = "@code", none = "missing",
  judge = function(p, q)
    local code = p:attr("code") or "?"
    if not p:bool("@applicable") then return "not-applicable", code .. " is not an applicable service" end
    if p:bool("@bauFunding") then return "pass", code .. " has a BAU funding mechanism" end
    return q.is_due and "fail" or "not-due", code .. " has no BAU funding mechanism"
  end,
  say = {
    pass = "Every applicable teledermatology service ({subjects}) has a BAU funding mechanism",
    fail = { message = "{count} applicable teledermatology {count|service has|services have} no BAU funding mechanism ({subjects}); every applicable service was due one by {due}",
      prompt = "Describe the mechanism being agreed with commissioners for {subjects} (local business case, 25/26 payments schedule), its start date and the funding until then, in the next return." },
    ["not-due"] = "{count} applicable teledermatology {count|service has|services have} no BAU funding mechanism yet ({subjects}); every applicable service must have one by {due}",
    missing = { message = "{details}: every applicable teledermatology service must have a BAU funding mechanism by {due}",
      prompt = "List each skin provider with whether it is an applicable service and has a BAU funding mechanism, in the next return." },
    ["not-applicable"] = "No skin provider is an applicable teledermatology service",
  },
}
