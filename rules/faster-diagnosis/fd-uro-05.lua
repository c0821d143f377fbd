-- FD-URO-05: non-medical trainers identified for the train the trainer LAMP
-- biopsy resource, and work to optimise referral practice on the kidney and
-- bladder pathways (schema 1.1: Urology/LAMPTrainer, Urology/ReferralPractice).
local SECTION = "FasterDiagnosis/Urology"

deliverable {
  id = "FD-URO-05", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Non-medical LAMP biopsy trainers identified, and referral practice optimised on the kidney and bladder pathways",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Cancer Alliance role",
  quote = "Identify non-medical trainers in each region for train the trainer LAMP biopsy resource",
  checks = "Every quarter, FasterDiagnosis/Urology must name at least one LAMPTrainer whose @name is real text (not empty or a placeholder), and hold a ReferralPractice narrative that is real evidence: missing for LAMPTrainer or ReferralPractice when either is not so, and missing when the urology section is absent. Not-applicable on a return before schema 1.1.",
  note = "New in revision 2. The referral practice work is the Deliverables row's \"identifying opportunities to optimise referral practice\" for kidney and bladder. The pack gives no date for either, so the rule looks for them every quarter.",
  check = function(doc, out, q)
    local sec = doc:first(SECTION)
    if not sec then
      -- assure's own message says which part is absent
      out:evidence(doc, SECTION, "the urology section with its LAMP trainers (LAMPTrainer) and referral practice work (ReferralPractice)", "urology")
      return
    end
    local trainers, named = sec:all("LAMPTrainer"), {}
    for _, t in ipairs(trainers) do
      if t:evidence_state("@name") == "present" then
        named[#named + 1] = trim(t:attr("name")) .. " of " .. (t:attr("organisation") or "?")
      end
    end
    out:set("trainers", list(named))
    if #named > 0 then
      out:pass { at = trainers[1], subject = "LAMPTrainer", detail = "LAMPTrainer " .. list(named) }
    else
      out:missing { at = trainers[1] or sec, attr = trainers[1] and "name" or nil, subject = "LAMPTrainer",
        detail = "no non-medical trainer is identified for the train the trainer LAMP biopsy resource ("
          .. (#trainers == 0 and "Urology has no LAMPTrainer)" or "the LAMPTrainer name is empty or a placeholder)"),
        prompt = "Give the name and organisation of each trainer in the next return, or the date one will be identified." }
    end
    if out:evidence(sec, "ReferralPractice",
        "the work this quarter to optimise referral practice on the kidney and bladder pathways (haematuria referrals, GP guidance, straight-to-test)",
        "ReferralPractice") then
      out:pass { at = sec:first("ReferralPractice"), subject = "ReferralPractice" }
    end
  end,
  say = {
    pass = "Non-medical LAMP biopsy trainers are named ({trainers}) and the work on kidney and bladder referral practice is described",
    missing = "Urology: {details}",
  },
}
