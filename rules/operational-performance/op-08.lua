-- OP-08: the 31-day standard improving year on year, for each ICB. Revision
-- 2: a figure equal to the same quarter last year does not demonstrate
-- improvement (at-risk); below it is a fail.
deliverable {
  id = "OP-08", workstream = "operational-performance", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "31-day standard improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Success measures",
  quote = "with year on year improvements demonstrated for each of the Standards",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='31D'] with that @icb: every quarter it fails if @current is below @sameQuarterLastYear and is at-risk if equal to it (improvement not demonstrated); missing for an ICB with no 31-day figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb)
    local code = icb:attr("code") or "?"
    local s = icb:root():index("OperationalPerformance/Standard[@code='31D']", "icb")[code]
    if not s then
      return "missing", code .. " has no 31-day figure"
    end
    local cur, last = s:pct("@current"), s:pct("@sameQuarterLastYear")
    local fig = string.format("%s 31-day %s%%", code, num_text(cur))
    if cur < last then
      return "fail", string.format("%s, below %s%% a year earlier", fig, num_text(last)), nil, s
    end
    if cur == last then
      return "at-risk", string.format("%s, the same as a year earlier", fig), nil, s
    end
    return "pass", string.format("%s, above %s%% a year earlier", fig, num_text(last)), nil, s
  end,
  say = {
    pass = "31 day performance is above the same quarter last year for every ICB ({details})",
    fail = { message = "31 day performance fell year on year for {count} {count|ICB|ICBs}: {details}",
      prompt = "Set out in the next return the actions for {subjects} on the treatment pathways behind the breaches (surgical, radiotherapy, SACT capacity) and a monthly trajectory." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 31 day standard figure: {subjects}",
      prompt = "Add a Standard with code 31D for each to OperationalPerformance in the next return: this quarter and the same quarter last year." },
    ["at-risk"] = { message = "31 day performance shows no year on year improvement for {count} {count|ICB|ICBs}: {details}",
      prompt = "Set out in the next return the actions for {subjects} on the treatment pathways behind the breaches, and the improvement expected next quarter." },
  },
}
