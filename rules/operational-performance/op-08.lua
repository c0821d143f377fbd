-- OP-08: the 31-day standard improving year on year, for each ICB.
deliverable {
  id = "OP-08", workstream = "operational-performance", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "31-day standard improving year on year",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "For each Header ICB, OperationalPerformance/Standard[@code='31D'] with that @icb: every quarter it fails if @current is below @sameQuarterLastYear; missing for an ICB with no 31-day figure.",
  each = "Header/ICB", subject = "@code", none = "missing",
  judge = function(icb)
    local code = icb:attr("code") or "?"
    local s = icb:root():index("OperationalPerformance/Standard[@code='31D']", "icb")[code]
    if not s then
      return "missing", code .. " has no 31-day figure",
        "Add a Standard with code 31D for ICB " .. code .. " to OperationalPerformance, with its current performance and the same quarter last year."
    end
    local cur, last = s:pct("@current"), s:pct("@sameQuarterLastYear")
    local fig = string.format("%s 31-day %s%%", code, num_text(cur))
    if cur < last then
      return "fail", string.format("%s, below %s%% in the same quarter last year", fig, num_text(last)), nil, s
    end
    return "pass", string.format("%s, same quarter last year %s%%", fig, num_text(last)), nil, s
  end,
  say = {
    pass = "31 day performance is at or above the same quarter last year for every ICB ({details})",
    fail = { message = "31 day performance is below the same quarter last year for {count} {count|ICB|ICBs}: {details}",
      prompt = "31 day Decision to Treat to Treatment performance for {subjects} has fallen year on year ({details}); the pack requires year on year improvement, judged {due}. Describe in the Operational Performance Improvement Plan the actions for {subjects} on the treatment pathways driving 31 day breaches (surgical, radiotherapy and SACT capacity, pathways where more than 25% wait over 31 days), with a monthly trajectory back above last year's level." },
    missing = { message = "{count} {count|ICB has|ICBs have} no 31 day standard figure: {subjects}",
      prompt = "Report the 31 day Decision to Treat to Treatment Standard for {subjects}: add a Standard with code 31D for each ICB, with its current performance and the same quarter last year; year on year improvement is judged {due}." },
  },
}
