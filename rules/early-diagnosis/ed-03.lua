-- ED-03: early diagnosis improves by at least as much in the most deprived
-- areas as in the least deprived.
local function hundredths(v) return math.floor(v * 100 + 0.5) end
local function points(h) return (h > 0 and "+" or "") .. num_text(h / 100) end

deliverable {
  id = "ED-03", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Early diagnosis improves by at least as much in the most deprived areas as in the least deprived",
  source = "Planning pack 2025/26: Early Diagnosis and Health Inequalities: early diagnosis and deprivation inequality",
  checks = "Every quarter, the change in early diagnosis in the most deprived areas (@mostDeprivedCurrent - @mostDeprivedBaseline) must be at least the change in the least deprived (@leastDeprivedCurrent - @leastDeprivedBaseline), else it fails; EarlyDiagnosis/Deprivation absent is missing.",
  check = function(doc, out)
    local d = doc:first("EarlyDiagnosis/Deprivation")
    if not d then
      return out:missing { at = doc:first("EarlyDiagnosis") or doc,
        detail = "Early diagnosis > Deprivation is absent" }
    end
    local mb, mc = d:pct("@mostDeprivedBaseline"), d:pct("@mostDeprivedCurrent")
    local lb, lc = d:pct("@leastDeprivedBaseline"), d:pct("@leastDeprivedCurrent")
    local most = hundredths(mc) - hundredths(mb)
    local least = hundredths(lc) - hundredths(lb)
    local detail = string.format("most deprived %s points (%s%% to %s%%), least deprived %s points (%s%% to %s%%)",
      points(most), num_text(mb), num_text(mc), points(least), num_text(lb), num_text(lc))
    out:set("most", points(most))
    out:set("least", points(least))
    if most < least then
      out:fail { at = d, attr = "mostDeprivedCurrent", detail = detail }
    else
      out:pass { at = d, detail = detail }
    end
  end,
  say = {
    pass = "Early diagnosis has improved by at least as much in the most deprived areas as in the least deprived ({details})",
    fail = { message = "Early diagnosis improved less in the most deprived areas than in the least deprived: {details}",
      prompt = "Early diagnosis changed by {most} points in the most deprived areas against {least} points in the least deprived; local early diagnosis plans must improve early diagnosis by at least as much in the most deprived areas as in the least deprived, every quarter. Describe the specific activities to improve rates of early diagnosis for people living in the most deprived areas, in line with Core20PLUS5, which quintiles and places they target, and when the gap is expected to close." },
    missing = { message = "{details}",
      prompt = "Add EarlyDiagnosis Deprivation with the baseline and current early diagnosis proportions for the most and least deprived quintiles (Rapid Cancer Registration Data), so that progress in reducing deprivation-related inequality in stage at diagnosis can be seen every quarter." },
  },
}
