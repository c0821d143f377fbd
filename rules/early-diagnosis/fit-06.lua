-- FIT-06: FIT uptake analysed for inequalities (deprivation, ethnicity).
deliverable {
  id = "FIT-06", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "FIT uptake analysed for inequalities (deprivation, ethnicity)",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT), inequalities",
  checks = "FIT/Inequalities must have analysed=\"true\" and a narrative that is real evidence; missing otherwise.",
  check = function(doc, out)
    local i = doc:first("FIT/Inequalities")
    local write = "where FIT uptake and return rates vary with deprivation and ethnicity (PCN IIF and FIT return rate data), and the actions with PCNs (patient education, safety netting for unreturned kits)"
    if i and not i:bool("@analysed") then
      return out:missing { at = i, attr = "analysed", subject = "inequalities",
        detail = "FIT uptake has not been analysed for inequalities",
        prompt = "Analyse FIT uptake for inequalities and describe " .. write .. "." }
    end
    out:evidence(doc, "FIT/Inequalities", write, "inequalities")
  end,
  say = { pass = "FIT uptake has been analysed for inequalities and the actions described" },
}
