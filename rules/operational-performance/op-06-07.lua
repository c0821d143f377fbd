-- OP-06 and OP-07: an operational standard for each ICB at a minimum by
-- March 2026, with year on year improvement demonstrated: the 28-day Faster
-- Diagnosis Standard at 80% (OP-06) and the 62-day standard at 75% (OP-07).
-- The catalogue gives OP-07 as "the logic of OP-06 with 75%", so they share
-- one judge here. Revision 2: a figure equal to the same quarter last year
-- does not demonstrate improvement (at-risk); below it is a fail.

-- The judge for the Standard with code CODE, named WHAT in details, at MIN%.
local function standard(CODE, MIN, WHAT)
  return function(icb, q)
    local code = icb:attr("code") or "?"
    local s = icb:root():index("OperationalPerformance/Standard[@code='" .. CODE .. "']", "icb")[code]
    if not s then
      return "missing", code .. " has no " .. WHAT .. " figure"
    end
    local cur, last = s:pct("@current"), s:pct("@sameQuarterLastYear")
    local traj = s:pct("@trajectory", nil)
    local fig = string.format("%s %s %s%%", code, WHAT, num_text(cur))
    if cur < last then
      return "fail", string.format("%s, below %s%% a year earlier", fig, num_text(last)), nil, s
    end
    if q.is_due and cur < MIN then
      return "fail", string.format("%s at %s, below %d%%", fig, q.name, MIN), nil, s
    end
    if cur == last then
      return "at-risk", string.format("%s, the same as a year earlier: no improvement demonstrated", fig), nil, s
    end
    if cur >= MIN then
      return "pass", string.format("%s, %s%% a year earlier", fig, num_text(last)), nil, s
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
  row = "Success measures",
  quote = "28 day Faster Diagnosis performance (with a minimum level of performance of 80% in line with system planning)",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='FDS'] with that @icb: in any quarter it fails if @current is below @sameQuarterLastYear and is at-risk if equal to it (year on year improvement not demonstrated); at Q4 it fails if @current is below 80; in Q1-Q3 it passes at 80 or more, is at-risk below a given @trajectory and otherwise not-due. Missing for an ICB with no FDS figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = standard("FDS", 80, "FDS"),
  say = {
    pass = "Every ICB is at 80% or more on the 28 day Faster Diagnosis Standard and improving year on year ({details})",
    fail = { message = "{count} {count|ICB falls|ICBs fall} short on the 28 day Faster Diagnosis Standard (80% by March 2026, improving year on year): {details}",
      prompt = "Set out in the next return the recovery actions for {subjects}, the pathways and providers behind the breaches, and a monthly trajectory." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 28 day Faster Diagnosis Standard figure: {subjects}",
      prompt = "Add a Standard with code FDS for each to OperationalPerformance in the next return: this quarter, the same quarter last year and the agreed trajectory." },
    ["at-risk"] = { message = "{count} {count|ICB is|ICBs are} at risk on the 28 day Faster Diagnosis Standard (80% by March 2026, improving year on year): {details}",
      prompt = "Set out in the next return the actions for {subjects} and a revised monthly trajectory." },
    ["not-due"] = "The 28 day Faster Diagnosis Standard is below 80% but on trajectory and improving year on year; 80% is due by March 2026 ({due}): {details}",
  },
}

deliverable {
  id = "OP-07", workstream = "operational-performance", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "62-day standard: at least 75% by March 2026, improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Success measures",
  quote = "62 day standard performance (with a minimum level of performance of 75% in line with system planning)",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='62D'] with that @icb: in any quarter it fails if @current is below @sameQuarterLastYear and is at-risk if equal to it (year on year improvement not demonstrated); at Q4 it fails if @current is below 75; in Q1-Q3 it passes at 75 or more, is at-risk below a given @trajectory and otherwise not-due. Missing for an ICB with no 62-day figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = standard("62D", 75, "62-day"),
  say = {
    pass = "Every ICB is at 75% or more on the 62 day standard and improving year on year ({details})",
    fail = { message = "{count} {count|ICB falls|ICBs fall} short on the 62 day standard (75% by March 2026, improving year on year): {details}",
      prompt = "Set out in the next return the recovery actions for {subjects}, the tumour types and capacity behind the breaches, and a monthly trajectory." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 62 day standard figure: {subjects}",
      prompt = "Add a Standard with code 62D for each to OperationalPerformance in the next return: this quarter, the same quarter last year and the agreed trajectory." },
    ["at-risk"] = { message = "{count} {count|ICB is|ICBs are} at risk on the 62 day standard (75% by March 2026, improving year on year): {details}",
      prompt = "Set out in the next return the actions for {subjects}, including the staging and treatment phases, and a revised monthly trajectory." },
    ["not-due"] = "The 62 day standard is below 75% but on trajectory and improving year on year; 75% is due by March 2026 ({due}): {details}",
  },
}
