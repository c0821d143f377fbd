-- FIT-06: FIT uptake analysed for inequalities (deprivation, ethnicity).
local WRITE = "where FIT uptake varies with deprivation and ethnicity (PCN IIF, FIT return rates) and the actions with PCNs (education, safety netting)"

deliverable {
  id = "FIT-06", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "FIT uptake analysed for inequalities (deprivation, ethnicity)",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Inequalities",
  quote = "to assess where concerning trends in FIT uptake may be linked to drivers of healthcare inequalities, such as deprivation and ethnicity",
  checks = "FIT/Inequalities must have analysed=\"true\" and a narrative that is real evidence; missing otherwise.",
  check = function(doc, out)
    local i = doc:first("FIT/Inequalities")
    if i and not i:bool("@analysed") then
      return out:missing { at = i, attr = "analysed", subject = "inequalities",
        detail = "FIT uptake has not been analysed for inequalities",
        prompt = "Analyse PCN IIF and FIT return rate data and write, for the next return, where return rates vary with deprivation and ethnicity and the actions with PCNs (patient education, safety netting for unreturned kits)." }
    end
    out:evidence(doc, "FIT/Inequalities", WRITE, "inequalities")
  end,
  say = { pass = "FIT uptake has been analysed for inequalities and the actions described" },
}
