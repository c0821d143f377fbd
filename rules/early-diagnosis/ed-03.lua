-- ED-03: early diagnosis improves by at least as much in the most deprived
-- areas as in the least deprived. The pack words it as an aim ("will seek
-- to improve"), judged on rolling registration data: falling short is
-- at-risk, not fail (catalogue revision 2).
local function hundredths(v) return math.floor(v * 100 + 0.5) end
local function points(h)
  local n = num_text(h / 100)
  return (h > 0 and "+" or "") .. n .. ((h == 100 or h == -100) and " point" or " points")
end

deliverable {
  id = "ED-03", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Early diagnosis improves by at least as much in the most deprived areas as in the least deprived",
  source = "Planning pack 2025/26: Early Diagnosis and Health Inequalities",
  row = "Early diagnosis and deprivation inequality",
  quote = "Local Early Diagnosis Plans will seek to improve early diagnosis by at least as much in the most deprived areas as in the least deprived areas.",
  checks = "Every quarter, the change in early diagnosis in the most deprived areas (@mostDeprivedCurrent - @mostDeprivedBaseline) must be at least the change in the least deprived (@leastDeprivedCurrent - @leastDeprivedBaseline); when it is not, at-risk (an aim the plan seeks, not a hard line); EarlyDiagnosis/Deprivation absent is missing.",
  check = function(doc, out)
    local d = doc:first("EarlyDiagnosis/Deprivation")
    if not d then
      return out:missing { at = doc:first("EarlyDiagnosis") or doc,
        detail = (doc:first("EarlyDiagnosis") and "Early diagnosis > Deprivation" or "Early diagnosis") .. " is absent",
        prompt = "Add it in the next return: the baseline and current proportions diagnosed at stage 1-2 in the most and least deprived quintiles (RCRD)." }
    end
    local mb, mc = d:pct("@mostDeprivedBaseline"), d:pct("@mostDeprivedCurrent")
    local lb, lc = d:pct("@leastDeprivedBaseline"), d:pct("@leastDeprivedCurrent")
    local most = hundredths(mc) - hundredths(mb)
    local least = hundredths(lc) - hundredths(lb)
    local detail = string.format("most deprived %s (%s%% to %s%%), least %s (%s%% to %s%%)",
      points(most), num_text(mb), num_text(mc), points(least), num_text(lb), num_text(lc))
    if most < least then
      out:at_risk { at = d, attr = "mostDeprivedCurrent", detail = detail }
    else
      out:pass { at = d, detail = detail }
    end
  end,
  say = {
    pass = "Early diagnosis has improved by at least as much in the most deprived areas as in the least deprived ({details})",
    ["at-risk"] = { message = "Early diagnosis in the most deprived areas has not kept pace: {details}",
      prompt = "Set out, for the next return, the activities for people in the most deprived areas (Core20PLUS5) and when the gap should close." },
  },
}
