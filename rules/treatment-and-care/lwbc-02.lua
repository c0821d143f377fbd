-- LWBC-02: digital tracking of PSFU patients and monitoring of the sustained
-- delivery of PSFU at every provider by Q4.
deliverable {
  id = "LWBC-02", workstream = "treatment-and-care", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Digital tracking and monitoring of PSFU patients at every provider",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Deliverables",
  quote = "including capabilities in digital tracking of PSFU patients and monitoring the sustained delivery of PSFU and personalised care benefits.",
  checks = "Every provider in the Header needs a PSFUTracking entry with both digitalTracking and monitoring true by Q4: at Q4 a provider without both fails; before Q4 it is not yet due. A Header provider with no PSFUTracking entry is missing.",
  each = "Header/Provider", subject = "@code",
  judge = function(p, q)
    local code = p:text("@code")
    local t = p:root():index("LivingWithAndBeyondCancer/PSFUTracking", "provider")[code]
    if not t then
      return "missing", "no PSFU tracking is reported for " .. code
    end
    local digital, monitoring = t:bool("@digitalTracking"), t:bool("@monitoring")
    if digital and monitoring then return "pass", nil, nil, t end
    local detail
    if not digital and not monitoring then
      detail = code .. " has neither digital tracking of PSFU patients nor monitoring"
    elseif not digital then
      detail = code .. " has no digital tracking of PSFU patients"
    else
      detail = code .. " does not monitor sustained PSFU delivery"
    end
    return q.is_due and "fail" or "not-due", detail, nil, t
  end,
  say = {
    pass = "All {total} providers digitally track PSFU patients and monitor the sustained delivery of PSFU",
    fail = { message = "{met} of {total} providers {met|has|have} both digital tracking of PSFU patients and monitoring; all were due by {due} ({details})",
      prompt = "For {subjects}, name the system or process being put in place and the date it goes live, by the next return." },
    ["not-due"] = "{met} of {total} providers {met|has|have} both digital tracking and monitoring of PSFU patients; every provider must by {due} ({details})",
    missing = { message = "{count} Header {count|provider is|providers are} not reported in PSFU tracking: {subjects}",
      prompt = "Add a PSFUTracking entry for {subjects} (digitalTracking and monitoring) to the next return." },
  },
}
