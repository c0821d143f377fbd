-- FD-SKN-02: teledermatology services have BAU funding mechanisms by Q2.
deliverable {
  id = "FD-SKN-02", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Teledermatology services have BAU funding mechanisms",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
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
    fail = { message = "{count} teledermatology {count|service has|services have} no BAU funding mechanism ({subjects}); all were due to have one by {due}",
      prompt = "{subjects} {count|has|have} no BAU funding mechanism for teledermatology (bauFunding=false); every applicable service was due to have one by {due}. Describe the BAU funding mechanism being agreed for {subjects} with commissioners (local business case, 25/26 payments schedule), the date it will be in place and how the service is funded until then." },
    ["not-due"] = "{count} teledermatology {count|service has|services have} no BAU funding mechanism yet ({subjects}); all must by {due}",
    missing = { message = "No skin provider is listed: {details}",
      prompt = "List each skin provider in FasterDiagnosis/Skin with whether its teledermatology service has a BAU funding mechanism (required by {due})." },
    ["not-applicable"] = "No skin provider is an applicable teledermatology service",
  },
}
