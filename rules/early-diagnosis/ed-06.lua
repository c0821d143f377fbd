-- ED-06: a quarterly update against the local early diagnosis plan, with its
-- focus on reducing deprivation-related inequalities.
local TERMS = { "deprivation", "deprived", "Core20PLUS5", "Core20" }
local WRITE = "this quarter's progress against the plan: the position by ICB (RCRD), each intervention's delivery, and the activities for people in the most deprived areas (Core20PLUS5)"

deliverable {
  id = "ED-06", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Quarterly update against the local early diagnosis plan",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Success measures",
  quote = "Updates against local plans should be provided quarterly.",
  checks = "Every quarter, EarlyDiagnosis/QuarterlyUpdate must be real text (absent, empty or a placeholder is missing); it is at-risk if it mentions none of deprivation, deprived, Core20PLUS5 or Core20 (case-insensitive whole words).",
  note = "The plans \"have a particular focus on reducing deprivation-related inequalities\" (Deliverables), hence the at-risk when the update says nothing about deprivation.",
  check = function(doc, out)
    local text = out:evidence(doc, "EarlyDiagnosis/QuarterlyUpdate", WRITE)
    if not text then return end
    out:set("words", words(text))
    if not mentions(text, TERMS) then
      out:at_risk { at = doc:first("EarlyDiagnosis/QuarterlyUpdate"),
        detail = string.format("the quarterly update (%d words) mentions neither deprivation nor Core20PLUS5", words(text)) }
    end
  end,
  say = {
    pass = "The quarterly update against the local early diagnosis plan covers deprivation-related inequalities",
    ["at-risk"] = { message = "The {quarter} early diagnosis update ({words} {words|word|words}) says nothing about deprivation or Core20PLUS5",
      prompt = "Add to it, for the next return, progress in the most deprived areas against the least deprived, and the activities for people living there." },
  },
}
