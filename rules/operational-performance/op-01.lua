-- OP-01: an Operational Performance Improvement Plan in place by Q1, covering
-- the three Cancer Waiting Times standards (FDS, 31-day, 62-day).
local STANDARDS = {
  { "FDS", "coversFDS", "the 28 day Faster Diagnosis Standard" },
  { "31D", "covers31D", "the 31 day standard" },
  { "62D", "covers62D", "the 62 day standard" },
}
local PLAN = "ImprovementPlan"

deliverable {
  id = "OP-01", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "An Operational Performance Improvement Plan across the three standards (FDS, 31-day, 62-day)",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Deliverables",
  quote = "Develop and deliver an Operational Performance Improvement Plan which will contribute to an improvement in Cancer Waiting Times performance across the three standards",
  checks = "OperationalPerformance/ImprovementPlan must have @status in-place and @coversFDS, @covers31D and @covers62D all true: from Q1 (so every quarter) it fails if the status is none or in-development (subject ImprovementPlan) or if a standard is not covered (subject FDS, 31D or 62D); missing if the ImprovementPlan is absent.",
  check = function(doc, out)
    local op = doc:first("OperationalPerformance")
    local p = op and op:first(PLAN)
    if not p then
      return out:missing { at = op or doc, subject = PLAN,
        detail = op and "no ImprovementPlan in the Operational performance section" or "the Operational performance section is absent, so there is no ImprovementPlan" }
    end
    out:try(PLAN, function()
      local status = p:enum("@status", { "none", "in-development", "in-place" })
      if status ~= "in-place" then
        out:fail { at = p, attr = "status", subject = PLAN,
          detail = "ImprovementPlan is " .. status }
      end
    end)
    for _, s in ipairs(STANDARDS) do
      out:try(s[1], function()
        if not p:bool("@" .. s[2]) then
          out:fail { at = p, attr = s[2], subject = s[1], detail = "it does not cover " .. s[1] .. ", " .. s[3] }
        end
      end)
    end
  end,
  say = {
    pass = "The Operational Performance Improvement Plan is in place and covers the Faster Diagnosis, 31 day and 62 day standards",
    fail = { message = "The Operational Performance Improvement Plan, due in place by {due}, falls short: {details}",
      prompt = "Give in the next return the date the full plan will be agreed, and how it ties Faster Diagnosis pathway work to the staging and treatment elements." },
    missing = { message = "No Operational Performance Improvement Plan is reported ({details}); one was due by {due}",
      prompt = "Add ImprovementPlan to OperationalPerformance in the next return: its status and which of the Faster Diagnosis, 31 day and 62 day standards it covers." },
  },
}
