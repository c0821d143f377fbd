-- ED-01: the local early diagnosis plan sets an annual target for increasing
-- early diagnosis for each ICB.
deliverable {
  id = "ED-01", workstream = "early-diagnosis", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "An annual early diagnosis target for each ICB",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Deliverables",
  quote = "set an annual target for increasing early diagnosis for each ICB",
  checks = "Every ICB in the Header needs an EarlyDiagnosis/ICBTarget from Q1: an ICB with no target is missing, and a target at or below the ICB's baseline (not an increase) fails.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb)
    local code = icb:attr("code") or "?"
    local t = icb:root():index("EarlyDiagnosis/ICBTarget", "icb")[code]
    if not t then
      local where = icb:root():first("EarlyDiagnosis") and "" or " (the Early diagnosis section is absent)"
      return "missing", code .. where
    end
    local target, baseline = t:pct("@target"), t:pct("@baseline")
    local head = string.format("%s target %s%% against a baseline of %s%%", code, num_text(target), num_text(baseline))
    if target <= baseline then return "fail", head, nil, t end
    return "pass", head, nil, t
  end,
  say = {
    pass = "Every ICB has an annual early diagnosis target above its baseline ({details})",
    missing = { message = "{count} {count|ICB has|ICBs have} no annual early diagnosis target, due by {due}: {details}",
      prompt = "Add, in the next return, an ICBTarget for {subjects}: the baseline (RCRD, 12-month rolling average), the 2025/26 target agreed with the system, and the current figure." },
    fail = { message = "{count} {count|ICB's target is|ICBs' targets are} not above {count|its|their} baseline, due by {due}: {details}",
      prompt = "Set, for the next return, a target for {subjects} that increases early diagnosis, and name the plan's interventions expected to deliver it." },
  },
}
