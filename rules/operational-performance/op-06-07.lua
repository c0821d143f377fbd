-- OP-06 and OP-07: an operational standard for each ICB at a minimum by
-- March 2026, improving year on year: the 28-day Faster Diagnosis Standard
-- at 80% (OP-06) and the 62-day standard at 75% (OP-07). The catalogue gives
-- OP-07 as "the logic of OP-06 with 75%", so they share one judge here.

-- The judge for the Standard with code CODE, named WHAT in details, at MIN%.
local function standard(CODE, MIN, WHAT)
  return function(icb, q)
    local code = icb:attr("code") or "?"
    local s = icb:root():index("OperationalPerformance/Standard[@code='" .. CODE .. "']", "icb")[code]
    if not s then
      return "missing", code .. " has no " .. WHAT .. " figure",
        string.format("Add a Standard with code %s for ICB %s to OperationalPerformance, with its current performance, the same quarter last year and its trajectory.", CODE, code)
    end
    local cur, last = s:pct("@current"), s:pct("@sameQuarterLastYear")
    local traj = s:pct("@trajectory", nil)
    local fig = string.format("%s %s %s%%", code, WHAT, num_text(cur))
    if cur < last then
      return "fail", string.format("%s, below %s%% in the same quarter last year", fig, num_text(last)), nil, s
    end
    if cur >= MIN then
      return "pass", string.format("%s, same quarter last year %s%%", fig, num_text(last)), nil, s
    end
    if q.is_due then
      return "fail", string.format("%s at %s, below %d%%", fig, q.name, MIN), nil, s
    end
    if traj and cur < traj then
      return "at-risk", string.format("%s, below its trajectory of %s%%", fig, num_text(traj)), nil, s
    end
    return "not-due", string.format("%s, below %d%% but %s", fig, MIN,
      traj and ("on its trajectory of " .. num_text(traj) .. "%") or "with no trajectory given"), nil, s
  end
end

deliverable {
  id = "OP-06", workstream = "operational-performance", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "28-day Faster Diagnosis Standard: at least 80% by March 2026, improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='FDS'] with that @icb: in any quarter it fails if @current is below @sameQuarterLastYear; at Q4 it fails if @current is below 80; in Q1-Q3 it passes at 80 or more, is at-risk below a given @trajectory and otherwise not-due. Missing for an ICB with no FDS figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = standard("FDS", 80, "FDS"),
  say = {
    pass = "Every ICB is at 80% or more on the 28 day Faster Diagnosis Standard and improving year on year ({details})",
    fail = { message = "{count} {count|ICB does|ICBs do} not meet the 28 day Faster Diagnosis Standard (at least 80% by March 2026, {due}, and above the same quarter last year): {details}",
      prompt = "28 day Faster Diagnosis Standard performance for {subjects} falls short ({details}); at least 80% is required by March 2026 ({due}), with year on year improvement in every quarter. Describe in the Operational Performance Improvement Plan the recovery actions for {subjects} (the tumour pathways and providers driving FDS breaches and the Faster Diagnosis pathway work behind them), with a monthly trajectory to 80% and the date it will be reached." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 28 day Faster Diagnosis Standard figure: {subjects}",
      prompt = "Report the 28 day Faster Diagnosis Standard for {subjects}: add a Standard with code FDS for each ICB, with its current performance, the same quarter last year and the trajectory to at least 80% by March 2026 ({due})." },
    ["at-risk"] = { message = "{count} {count|ICB is|ICBs are} below {count|its|their} Faster Diagnosis Standard trajectory towards 80% by March 2026: {details}",
      prompt = "Faster Diagnosis Standard performance for {subjects} is behind trajectory ({details}); at least 80% is required by March 2026 ({due}). Set out the recovery plan for {subjects} in the Operational Performance Improvement Plan: the actions on the pathways driving FDS breaches, the revised monthly trajectory and the date 80% will be reached." },
    ["not-due"] = "The 28 day Faster Diagnosis Standard is below 80% but on trajectory and improving year on year; 80% is due by March 2026 ({due}): {details}",
  },
}

deliverable {
  id = "OP-07", workstream = "operational-performance", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "62-day standard: at least 75% by March 2026, improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='62D'] with that @icb: in any quarter it fails if @current is below @sameQuarterLastYear; at Q4 it fails if @current is below 75; in Q1-Q3 it passes at 75 or more, is at-risk below a given @trajectory and otherwise not-due. Missing for an ICB with no 62-day figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = standard("62D", 75, "62-day"),
  say = {
    pass = "Every ICB is at 75% or more on the 62 day standard and improving year on year ({details})",
    fail = { message = "{count} {count|ICB does|ICBs do} not meet the 62 day Urgent Referral to First Treatment Standard (at least 75% by March 2026, {due}, and above the same quarter last year): {details}",
      prompt = "62 day performance for {subjects} falls short ({details}); at least 75% is required by March 2026 ({due}), with year on year improvement in every quarter. Describe in the Operational Performance Improvement Plan the recovery actions for {subjects} (the tumour types in the bottom quartile or below 50%, and the diagnostic, staging and treatment capacity behind the breaches), with a monthly trajectory to 75% and the date it will be reached." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 62 day standard figure: {subjects}",
      prompt = "Report the 62 day Urgent Referral to First Treatment Standard for {subjects}: add a Standard with code 62D for each ICB, with its current performance, the same quarter last year and the trajectory to at least 75% by March 2026 ({due})." },
    ["at-risk"] = { message = "{count} {count|ICB is|ICBs are} below {count|its|their} 62 day trajectory towards 75% by March 2026: {details}",
      prompt = "62 day performance for {subjects} is behind trajectory ({details}); at least 75% is required by March 2026 ({due}). Set out the recovery plan for {subjects} in the Operational Performance Improvement Plan: the actions on the tumour pathways driving 62 day breaches (including the staging and treatment phases), the revised monthly trajectory and the date 75% will be reached." },
    ["not-due"] = "The 62 day standard is below 75% but on trajectory and improving year on year; 75% is due by March 2026 ({due}): {details}",
  },
}
