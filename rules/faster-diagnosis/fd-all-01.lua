-- FD-ALL-01: a narrative return of at least 40 words for each priority
-- pathway (urology, gynaecology, breast, skin).
deliverable {
  id = "FD-ALL-01", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Narrative return for each priority pathway (urology, gynaecology, breast, skin)",
  source = "Planning pack 2025/26: Faster Diagnosis programme overview and changes for 25/26",
  checks = "Every quarter, the Narrative of each priority pathway (FasterDiagnosis/Urology, Gynaecology, Breast and Skin) must be real evidence of at least 40 words: missing for each pathway whose narrative is absent, empty, a placeholder or under 40 words.",
  narratives = {
    { path = "FasterDiagnosis/Urology/Narrative", subject = "urology", min_words = 40,
      write = "progress this quarter on non-medical LAMP biopsy (number of providers implemented), one stop haematuria services, and the pathway analyser and improvement plans" },
    { path = "FasterDiagnosis/Gynaecology/Narrative", subject = "gynaecology", min_words = 40,
      write = "progress this quarter on the unscheduled bleeding on HRT pathway (providers live, local evaluation, transition to BAU) and the pathway analyser and improvement plans" },
    { path = "FasterDiagnosis/Breast/Narrative", subject = "breast", min_words = 40,
      write = "progress this quarter on the breast pain pathway (providers live, evaluation, transition to BAU)" },
    { path = "FasterDiagnosis/Skin/Narrative", subject = "skin", min_words = 40,
      write = "progress this quarter on teledermatology (% of USC referrals, BAU funding mechanisms), nurse roles and one-stop surgery" },
  },
  say = {
    pass = "Each priority pathway ({subjects}) has a narrative return of at least 40 words",
    missing = { message = "{count} priority pathway {count|narrative is|narratives are} under 40 words: {details}",
      prompt = "The narrative return for {subjects} is under the 40 words required every quarter ({details}). Expand it to at least 40 words, describing progress this quarter on the pathway's core intervention (non-medical LAMP biopsy and one stop haematuria services; the unscheduled bleeding on HRT pathway; the breast pain pathway; teledermatology), which providers are live or transitioned to BAU, and the next steps with dates." },
  },
}
