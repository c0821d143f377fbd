-- OP-06: the 28-day Faster Diagnosis Standard at 80% or more by March 2026,
-- improving year on year, for each ICB.
local CODE, MIN = "FDS", 80

deliverable {
  id = "OP-06", workstream = "operational-performance", due = "Q4",
  title = "28-day Faster Diagnosis Standard: at least 80% by March 2026, improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='FDS'] with that @icb: in any quarter it fails if @current is below @sameQuarterLastYear; at Q4 it fails if @current is below 80; in Q1-Q3 it passes at 80 or more, is at-risk below a given @trajectory and otherwise not-due. Missing for an ICB with no FDS figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb, q)
    local code = icb:attr("code") or "?"
    local s = icb:root():index("OperationalPerformance/Standard[@code='" .. CODE .. "']", "icb")[code]
    if not s then
      return "missing", code .. " has no " .. CODE .. " figure",
        string.format("Add a Standard with code %s for ICB %s to OperationalPerformance, with its current performance, the same quarter last year and its trajectory.", CODE, code)
    end
    local cur, last = s:pct("@current"), s:pct("@sameQuarterLastYear")
    local traj = s:pct("@trajectory", nil)
    local fig = string.format("%s %s %s%%", code, CODE, num_text(cur))
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
  end,
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
