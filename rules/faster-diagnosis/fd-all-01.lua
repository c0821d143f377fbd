-- FD-ALL-01: a narrative return for each priority pathway: urology and
-- gynaecology every quarter, breast and skin in Q1 and Q2 only (their
-- rollouts complete by Q2, after which the pack expects reporting to
-- reduce). The minimum length is a regional tolerance (FD-ALL-01.words).
local MIN = tolerance("FD-ALL-01.words")
local PATHWAYS = {
  { path = "FasterDiagnosis/Urology/Narrative", subject = "urology", every = true,
    write = "progress on non-medical LAMP biopsy (providers implemented), one stop haematuria services and the improvement plans" },
  { path = "FasterDiagnosis/Gynaecology/Narrative", subject = "gynaecology", every = true,
    write = "progress on the unscheduled bleeding on HRT pathway (providers live, evaluation, BAU) and the improvement plans" },
  { path = "FasterDiagnosis/Breast/Narrative", subject = "breast", every = false,
    write = "progress on the breast pain pathway (providers live, evaluation, BAU)" },
  { path = "FasterDiagnosis/Skin/Narrative", subject = "skin", every = false,
    write = "progress on teledermatology (% of USC referrals, BAU funding), nurse roles and one-stop surgery" },
}

deliverable {
  id = "FD-ALL-01", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Narrative return for each priority pathway (urology, gynaecology, breast, skin)",
  source = "Planning pack 2025/26: Faster Diagnosis programme overview and changes for 25/26",
  row = "Outline",
  quote = "they remain a priority for Q1 and Q2. Following completion of rollout, we expect reporting to reduce",
  checks = "The Narrative of FasterDiagnosis/Urology and of Gynaecology every quarter, and of Breast and Skin in Q1 and Q2 only, must be real evidence of at least {FD-ALL-01.words}: missing for each pathway whose narrative is absent, empty, a placeholder or shorter. From Q3 the breast and skin narratives are not read.",
  note = "Revision 2: breast and skin narratives are required in Q1 and Q2 only. The success measures ask for the providers live and transitioned to BAU \"through narrative return in Quarterly Assurance\"; the minimum length is a regional tolerance, not the pack's.",
  check = function(doc, out, q)
    out:set("words", MIN)
    for _, n in ipairs(PATHWAYS) do
      if n.every or q.n <= 2 then
        local text = out:evidence(doc, n.path, n.write, n.subject)
        if text then
          local at, count = doc:first(n.path), words(text)
          if count < MIN then
            out:missing { at = at, subject = n.subject,
              detail = string.format("%s narrative of %d %s", n.subject, count, count == 1 and "word" or "words"),
              prompt = "In the next return, describe " .. n.write .. ", with next steps and dates." }
          else
            out:pass { at = at, subject = n.subject }
          end
        end
      end
    end
  end,
  say = {
    pass = "Each priority pathway narrative required this quarter ({subjects}) has at least {words} words",
    missing = { message = "{count} priority pathway {count|narrative is|narratives are} under the {words} words required: {details}" },
  },
}
