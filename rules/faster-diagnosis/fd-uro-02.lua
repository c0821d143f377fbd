-- FD-URO-02: every urology provider assessed for a one stop haematuria
-- service (kidney and bladder pathways) by Q2.
deliverable {
  id = "FD-URO-02", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Kidney and bladder: one-stop haematuria service assessed at each provider",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  checks = "From Q2, fails for every urology provider whose @oneStopHaematuria is still not-assessed (not-feasible, planned and live all count as assessed); in Q1 those providers are not-due. Missing if no urology provider is listed.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code", none = "missing",
  meets = function(p)
    local s = p:enum("@oneStopHaematuria", { "not-assessed", "not-feasible", "planned", "live" })
    return s ~= "not-assessed", string.format("%s one stop haematuria service %s", p:attr("code") or "?", s)
  end,
  say = {
    pass = "Every urology provider ({subjects}) has been assessed for a one stop haematuria service",
    fail = { message = "{count} of {total} urology providers {count|has|have} not been assessed for a one stop haematuria service ({subjects}); all were due to be by {due}",
      prompt = "{subjects} {count|is|are} still not-assessed for a one stop haematuria service; every provider was due to be assessed by {due}. Report the outcome of working with {subjects} to identify whether a one stop haematuria service can be established to support bladder cancer performance (not-feasible, planned or live), with dates and any funding provided." },
    ["not-due"] = "{subjects} {count|has|have} not yet been assessed for a one stop haematuria service; all must be by {due}",
    missing = { message = "No urology provider is listed: {details}",
      prompt = "List each urology provider in FasterDiagnosis/Urology with the status of its one stop haematuria service (assessment due by {due})." },
  },
}
