-- FD-URO-02: every urology provider assessed for a one stop haematuria
-- service (kidney and bladder pathways) by Q2.
deliverable {
  id = "FD-URO-02", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Kidney and bladder: one-stop haematuria service assessed at each provider",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Cancer Alliance role",
  quote = "Work with providers to identify if a one stop haematuria service can be established to support bladder cancer performance",
  checks = "From Q2, fails for every urology provider whose @oneStopHaematuria is still not-assessed (not-feasible, planned and live all count as assessed); in Q1 those providers are not-due. Missing if no urology provider is listed.",
  note = "The pack gives no date for the assessment; the catalogue row sets Q2.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code", none = "missing",
  meets = function(p)
    local s = p:enum("@oneStopHaematuria", { "not-assessed", "not-feasible", "planned", "live" })
    return s ~= "not-assessed", string.format("%s one stop haematuria service %s", p:attr("code") or "?", s)
  end,
  say = {
    pass = "Every urology provider ({subjects}) has been assessed for a one stop haematuria service",
    fail = { message = "{count} of {total} urology providers {count|has|have} not been assessed for a one stop haematuria service ({subjects}); every provider was due to be assessed by {due}",
      prompt = "Report the outcome of the assessment at {subjects} (not feasible, planned or live), with its date and any funding given, in the next return." },
    ["not-due"] = "{count} of {total} urology providers {count|has|have} not yet been assessed for a one stop haematuria service ({subjects}); all must be by {due}",
    missing = { message = "{details}: each urology provider must be assessed for a one stop haematuria service by {due}",
      prompt = "List each urology provider with the status of its one stop haematuria service, in the next return." },
  },
}
