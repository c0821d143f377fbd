-- TV-06 and TV-07: reduce the number of patients waiting more than 62 days,
-- through quality improvement interventions in treatment planning and
-- delivery: OG, from referral to first disease-targeted treatment (TV-06),
-- and high-grade NHL, from referral to starting chemotherapy (TV-07). One
-- check, declared for each.
local STATUSES = { "none", "in-development", "in-place" }

-- The judge for the Waits of TUMOUR (its @tumour), called WHO in details.
local function waits_judge(TUMOUR, WHO)
  return function(w)
    local provider = w:attr("provider") or "?"
    local now, before = w:int("@over62Days"), w:int("@over62DaysPrevious")
    local head = string.format("%s %d %s patients waiting over 62 days (previously %d)", provider, now, WHO, before)
    if now <= before then return "pass", head end
    local plan = w:root():index("TreatmentVariation/QIPlan[@tumour='" .. TUMOUR .. "']", "provider")[provider]
    local status = plan and plan:enum("@status", STATUSES)
    if status == "in-place" then return "pass", head .. ", QI plan in place", nil, plan end
    return "fail", head .. (plan and (", QI plan status " .. status) or ", no QI plan"), nil, w
  end
end

deliverable {
  id = "TV-06", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "OG: fewer patients waiting over 62 days from referral to first treatment",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  checks = "Every quarter, each TreatmentVariation/Waits for og fails if @over62Days is above @over62DaysPrevious and there is no QIPlan for og and that provider with status in-place; no og Waits is missing.",
  each = "TreatmentVariation/Waits[@tumour='og']", subject = "@provider", none = "missing",
  judge = waits_judge("og", "OG"),
  say = {
    pass = "Patients with OG cancer waiting over 62 days from referral to first disease-targeted treatment are not rising, or a QI plan is in place ({details})",
    fail = { message = "{count} {count|provider has|providers have} more OG patients waiting over 62 days than last quarter and no QI plan in place: {details}",
      prompt = "The number of patients with OG cancer waiting more than 62 days from referral to first disease-targeted treatment has risen at {subjects} ({details}), with no quality improvement plan in place; the number must fall, and this is checked every quarter. Describe for {subjects} the quality improvement interventions identified to improve the speed and efficiency of treatment planning and delivery (from the OG clinical audit recommendations), who leads them with the trust and the dates, and record the QIPlan for og with its status." },
    missing = { message = "No OG waits are reported: {details}",
      prompt = "Add a TreatmentVariation Waits for og for each provider treating OG cancer, with the median wait from urgent referral to first disease-targeted treatment and the number of patients waiting over 62 days this quarter and last, so the reduction can be tracked every quarter." },
  },
}

deliverable {
  id = "TV-07", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "High-grade NHL: fewer patients waiting over 62 days to start chemotherapy",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  checks = "Every quarter, each TreatmentVariation/Waits for nhl fails if @over62Days is above @over62DaysPrevious and there is no QIPlan for nhl and that provider with status in-place; no nhl Waits is missing.",
  each = "TreatmentVariation/Waits[@tumour='nhl']", subject = "@provider", none = "missing",
  judge = waits_judge("nhl", "high-grade NHL"),
  say = {
    pass = "Patients with high-grade NHL waiting over 62 days from referral to starting chemotherapy are not rising, or a QI plan is in place ({details})",
    fail = { message = "{count} {count|provider has|providers have} more high-grade NHL patients waiting over 62 days than last quarter and no QI plan in place: {details}",
      prompt = "The number of patients with high-grade NHL waiting more than 62 days from referral to starting chemotherapy has risen at {subjects} ({details}), with no quality improvement plan in place; the number must fall, and this is checked every quarter. Describe for {subjects} the quality improvement interventions identified to improve the speed and efficiency of treatment planning and delivery (from the NHL clinical audit recommendations), who leads them with the trust and the dates, and record the QIPlan for nhl with its status." },
    missing = { message = "No high-grade NHL waits are reported: {details}",
      prompt = "Add a TreatmentVariation Waits for nhl for each provider treating high-grade NHL, with the median wait from urgent referral to starting chemotherapy and the number of patients waiting over 62 days this quarter and last, so the reduction can be tracked every quarter." },
  },
}
