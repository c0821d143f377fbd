-- ED-07: each ICB on course for its annual early diagnosis target.
deliverable {
  id = "ED-07", workstream = "early-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Each ICB on course for its early diagnosis target",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Success measures",
  quote = "Early diagnosis rates at ICB level, and delivery against ICB level targets, will be collated and monitored nationally.",
  checks = "For every ICB in the Header, EarlyDiagnosis/ICBTarget/@current is compared with its @target: at Q4 below target fails; in Q1-Q3 below the @baseline is at-risk, below target but not below baseline is not yet due, and at or above target passes. An ICB with no ICBTarget is missing.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb, q)
    local code = icb:attr("code") or "?"
    local t = icb:root():index("EarlyDiagnosis/ICBTarget", "icb")[code]
    if not t then
      return "missing", code .. (icb:root():first("EarlyDiagnosis") and "" or " (the Early diagnosis section is absent)")
    end
    local current, target, baseline = t:pct("@current"), t:pct("@target"), t:pct("@baseline")
    local head = string.format("%s at %s%% against a target of %s%% (baseline %s%%)", code, num_text(current),
      num_text(target), num_text(baseline))
    if current >= target then return "pass", head, nil, t end
    if q.is_due then return "fail", head, nil, t end
    if current < baseline then return "at-risk", head, nil, t end
    return "not-due", head, nil, t
  end,
  say = {
    pass = "Every ICB has reached its early diagnosis target ({details})",
    fail = { message = "{count} {count|ICB is|ICBs are} below {count|its|their} early diagnosis target at {due}: {details}",
      prompt = "Explain, for the next return, which interventions under-delivered, and the actions and trajectory agreed with {subjects} for 2026/27." },
    ["at-risk"] = { message = "{count} {count|ICB has|ICBs have} fallen below {count|its|their} early diagnosis baseline (target due by {due}): {details}",
      prompt = "Set out, for the next return, the recovery plan for {subjects}: where the fall comes from (RCRD) and which interventions will change." },
    missing = { message = "{count} {count|ICB has|ICBs have} no early diagnosis target to judge: {details}",
      prompt = "Add, in the next return, an ICBTarget for {subjects} with the baseline, the annual target and the current figure (RCRD, 12-month rolling average)." },
    ["not-due"] = "{count} {count|ICB is|ICBs are} above baseline and not yet at {count|its|their} early diagnosis target, due by {due}: {details}",
  },
}
