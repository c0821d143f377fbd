-- ED-01: the local early diagnosis plan sets an annual target for increasing
-- early diagnosis for each ICB.
deliverable {
  id = "ED-01", workstream = "early-diagnosis", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "An annual early diagnosis target for each ICB",
  source = "Planning pack 2025/26: Local Early Diagnosis: Local Early Diagnosis Plans",
  checks = "Every ICB in the Header needs an EarlyDiagnosis/ICBTarget from Q1: an ICB with no target is missing, and a target at or below the ICB's baseline (not an increase) fails.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb)
    local code = icb:attr("code") or "?"
    local t = icb:root():index("EarlyDiagnosis/ICBTarget", "icb")[code]
    if not t then
      local where = icb:root():first("EarlyDiagnosis") and "" or " (the Early diagnosis section is absent)"
      return "missing", "no early diagnosis target for " .. code .. where
    end
    local target, baseline = t:pct("@target"), t:pct("@baseline")
    local head = string.format("%s target %s%% against a baseline of %s%%", code, num_text(target), num_text(baseline))
    if target <= baseline then return "fail", head .. ", not an increase", nil, t end
    return "pass", head, nil, t
  end,
  say = {
    pass = "Every ICB has an annual early diagnosis target above its baseline ({details})",
    missing = { message = "{count} {count|ICB has|ICBs have} no annual early diagnosis target: {details}",
      prompt = "There is no early diagnosis target for {subjects}; local early diagnosis plans had to set an annual target for increasing early diagnosis for each ICB by {due}. Add an EarlyDiagnosis ICBTarget for {subjects} with the ICB's baseline early diagnosis proportion (Rapid Cancer Registration Data, 12-month rolling average), its 2025/26 target and its current figure, and say how the target was agreed with the system." },
    fail = { message = "{count} {count|ICB's|ICBs'} early diagnosis target is not above the baseline: {details}",
      prompt = "The early diagnosis target for {subjects} is not above its baseline ({details}); by {due} each ICB needed an annual target for increasing early diagnosis. Set a target for {subjects} above the baseline early diagnosis proportion (Rapid Cancer Registration Data, 12-month rolling average), and describe the local early diagnosis plan interventions expected to deliver it." },
  },
}
