-- FD-URO-01: at least one trained non-medical LAMP biopsy practitioner at
-- every urology provider by Q4; before then, on track if the linear line is
-- met (ceil(providers x Q/4) providers with one or more).
deliverable {
  id = "FD-URO-01", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Non-medical LAMP biopsy: at least one trained non-medical staff member at every provider",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Deliverables",
  quote = "Rollout training for non-medical LAMP biopsy for suspected prostate cancer with a minimum of one trained non-medical staff for all providers by Q4 2025/26",
  checks = "A urology provider (FasterDiagnosis/Urology/Provider) meets it with @lampTrainedStaff of 1 or more and @lampLive=true: non-medical LAMP biopsy implemented, not only trained for. At Q4 it fails listing the providers that do not. In Q1-Q3 it is at-risk if fewer than ceil(providers x Q/4) providers meet it (half of them at Q2), otherwise not-due. Missing if no urology provider is listed.",
  note = "Revision 2: a provider counts only when its non-medical LAMP biopsy service is live as well as staffed, as the success measure reads (\"Number of providers with non-medical LAMP biopsy implemented by Q4\"). The linear on-track line is the catalogue's reading of \"by Q4\", not a figure of the pack.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code", none = "missing",
  on_track = "linear",
  meets = function(p)
    local n, live = p:int("@lampTrainedStaff"), p:bool("@lampLive")
    return n >= 1 and live, string.format("%s %s, %s", p:attr("code") or "?", n == 0 and "none trained" or (n .. " trained"), live and "live" or "not live")
  end,
  say = {
    pass = "Every urology provider ({subjects}) has non-medical LAMP biopsy implemented, with at least one trained non-medical practitioner and the service live",
    fail = { message = "{count} of {total} urology providers {count|does|do} not have non-medical LAMP biopsy implemented (a trained non-medical practitioner and a live service), due by {due}: {details}",
      prompt = "For {subjects}, give the dates of competency and assessment sign-off and of the first independent list, and the trainer supporting them, in the next return." },
    ["at-risk"] = { message = "Only {met} of {total} urology providers {met|has|have} non-medical LAMP biopsy implemented; {line} should by {quarter} to reach all by {due} (not yet: {details})",
      prompt = "Set out the recovery plan for {subjects}: staff in training, sign-off and go-live dates, in the next return." },
    ["not-due"] = "{met} of {total} urology providers {met|has|have} non-medical LAMP biopsy implemented, on track for all by {due}; not yet: {details}",
    missing = { message = "{details}: every urology provider must have non-medical LAMP biopsy implemented by {due}",
      prompt = "List each urology provider with its trained non-medical LAMP biopsy staff and whether its service is live, in the next return." },
  },
}
