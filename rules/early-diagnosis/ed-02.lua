-- ED-02: the local early diagnosis plan is underpinned by analysis of Rapid
-- Cancer Registration Data: staging by tumour type, all-cancer deprivation,
-- ICB, and outliers or worsening trends.
local ASPECTS = {
  { attr = "rcrdStagingByTumour", what = "staging by tumour type" },
  { attr = "deprivation", what = "all-cancer deprivation" },
  { attr = "icb", what = "by ICB" },
  { attr = "outliers", what = "outliers or worsening trends" },
}

deliverable {
  id = "ED-02", workstream = "early-diagnosis", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Plan underpinned by Rapid Cancer Registration Data analysis (staging by tumour, deprivation, ICB, outliers)",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Cancer Alliance role",
  quote = "As a minimum, Rapid Cancer Registration staging data by tumour type, all-cancer deprivation and ICB (based on 12-month rolling average early diagnosis proportions) should be considered.",
  checks = "From Q1, EarlyDiagnosis/Analysis must show all four analyses of Rapid Cancer Registration Data (@rcrdStagingByTumour, @deprivation, @icb, @outliers true); each one false or absent is missing.",
  check = function(doc, out)
    local a = doc:first("EarlyDiagnosis/Analysis")
    out:set("absent", a and "" or " (Early diagnosis > Analysis is absent)")
    for _, x in ipairs(ASPECTS) do
      if not a then
        out:missing { at = doc:first("EarlyDiagnosis") or doc, subject = x.attr,
          detail = x.attr .. " (" .. x.what .. ")" }
      else
        local ok, v = out:try(x.attr, a.bool, a, "@" .. x.attr, nil)
        if ok and v ~= true then
          out:missing { at = a, attr = x.attr, subject = x.attr,
            detail = x.attr .. " (" .. x.what .. ")" .. (v == nil and " not reported" or " false") }
        end
      end
    end
  end,
  say = {
    pass = "The local early diagnosis plan is underpinned by Rapid Cancer Registration Data analysis of staging by tumour type, deprivation, ICB and outliers",
    missing = { message = "{count} of the 4 RCRD analyses {count|is|are} not shown{absent}, due by {due}: {details}",
      prompt = "Complete {count|it|them} for the next return, and name in the quarterly update the priorities found, especially tumour sites with many late diagnoses." },
  },
}
