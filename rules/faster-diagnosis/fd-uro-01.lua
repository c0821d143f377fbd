-- FD-URO-01: at least one trained non-medical LAMP biopsy practitioner at
-- every urology provider by Q4; before then, on track if the linear line is
-- met (ceil(providers x Q/4) providers with one or more).
deliverable {
  id = "FD-URO-01", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Non-medical LAMP biopsy: at least one trained non-medical staff member at every provider",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  checks = "Every provider in FasterDiagnosis/Urology must have @lampTrainedStaff of 1 or more by Q4: at Q4 it fails listing the providers with 0. In Q1-Q3 it is at-risk if fewer than ceil(providers x Q/4) providers have 1 or more (half of them at Q2), otherwise not-due; missing if no urology provider is listed.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code", none = "missing",
  on_track = "linear",
  meets = function(p)
    local n = p:int("@lampTrainedStaff")
    return n >= 1, string.format("%s %d trained non-medical LAMP biopsy staff", p:attr("code") or "?", n)
  end,
  say = {
    pass = "All {total} urology providers ({subjects}) have at least one trained non-medical LAMP biopsy practitioner",
    fail = { message = "{met} of {total} urology providers have a trained non-medical LAMP biopsy practitioner; {subjects} {count|has|have} none, and all were due to by {due}",
      prompt = "{met} of {total} urology providers have at least one trained non-medical LAMP biopsy practitioner ({subjects} {count|has|have} none); all were due to by {due}. Describe the training plan for {subjects}: the staff in training, the LAMP biopsy competency and assessment sign-off dates, and the non-medical trainer (train the trainer) support in place." },
    ["at-risk"] = { message = "Only {met} of {total} urology providers have a trained non-medical LAMP biopsy practitioner; {line} should by {quarter} to be on track for all by {due} ({subjects} {count|has|have} none)",
      prompt = "{met} of {total} urology providers ({subjects} {count|has|have} none) have a trained non-medical LAMP biopsy practitioner; {line} should by {quarter} and all must by {due}. Describe the training plan and dates for {subjects}: staff in training, LAMP biopsy competency and assessment sign-off dates, and the recovery actions." },
    ["not-due"] = "{met} of {total} urology providers have a trained non-medical LAMP biopsy practitioner, on track for {due}; {subjects} {count|has|have} none yet",
    missing = { message = "No urology provider is listed: {details}",
      prompt = "List each urology provider in FasterDiagnosis/Urology with its number of trained non-medical LAMP biopsy staff (all must have at least one by {due})." },
  },
}
