-- ED-10 (the 2026/27 fixture pack): a new narrative deliverable, the
-- quarterly update on the local early diagnosis plan, of at least 30 words.
deliverable {
  id = "ED-10", workstream = "early-diagnosis", due = "every",
  from = "2026/27 Q1", to = "2026/27 Q4",
  title = "Quarterly update on the local early diagnosis plan, at least 30 words",
  source = "The 2026/27 fixture pack (tests/years/2026-27): not a real planning pack",
  checks = "EarlyDiagnosis QuarterlyUpdate must be real evidence of at least 30 words: missing otherwise.",
  narratives = {
    { path = "EarlyDiagnosis/QuarterlyUpdate", subject = "early-diagnosis", min_words = 30,
      write = "progress this quarter against the local early diagnosis plan" },
  },
  say = { pass = "The quarterly early diagnosis update is there" },
}
