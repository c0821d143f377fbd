-- FD-GYN-02 and FD-BRE-02: every live service transitioned to BAU by March
-- 2026 (Q4), informed by local evaluation: the unscheduled bleeding on HRT
-- pathway (FD-GYN-02) and the breast pain pathway (FD-BRE-02, "as
-- FD-GYN-02"). One check, declared for each.

-- The check for the providers at PROVIDERS whose pathway status is the
-- attribute PATHWAY; WRITE says what to add when none is listed.
local function live_to_bau(PROVIDERS, PATHWAY, WRITE)
  return function(doc, out, q)
    local providers = doc:all(PROVIDERS)
    if #providers == 0 then
      -- absent list: assure's own missing message says which part is absent
      out:evidence(doc, PROVIDERS, WRITE)
      return
    end
    for _, p in ipairs(providers) do
      local code = p:attr("code") or "?"
      out:try(code, function()
        local s = p:enum("@" .. PATHWAY, { "not-started", "planned", "live", "bau" })
        if s == "bau" then
          out:pass { at = p, subject = code, detail = code .. " bau" }
        elseif s ~= "live" then
          out:not_applicable { at = p, subject = code, detail = code .. " " .. s .. " (no live service)" }
        elseif q.is_due then
          out:fail { at = p, attr = PATHWAY, subject = code, detail = code .. " still live, not BAU" }
        elseif q.n >= 3 and not p:bool("@evaluation") then
          out:missing { at = p, attr = "evaluation", subject = code,
            detail = code .. " live, not locally evaluated" }
        else
          out:not_due { at = p, attr = PATHWAY, subject = code, detail = code .. " live, not yet BAU" }
        end
      end)
    end
  end
end

deliverable {
  id = "FD-GYN-02", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every live HRT bleeding service transitioned to BAU, informed by local evaluation",
  source = "Planning pack 2025/26: Faster Diagnosis: Gynaecological Cancer",
  row = "Deliverables",
  quote = "utilise local evaluation/audit findings to optimise and transition to BAU for all live services by March 2026",
  checks = "For each gynaecology provider whose @hrtPathway is live or bau: bau passes; a live service fails at Q4 (not yet BAU), and from Q3 is missing if its @evaluation is false (no local evaluation to inform the transition); otherwise it is not-due. Providers not-started or planned are not-applicable; missing if no gynaecology provider is listed.",
  note = "The pack does not date the evaluation; from Q3 is the catalogue's, a quarter before the transition is due.",
  check = live_to_bau("FasterDiagnosis/Gynaecology/Provider", "hrtPathway",
    "each gynaecology provider with the status of its unscheduled bleeding on HRT pathway (hrtPathway) and whether it has been locally evaluated (evaluation)"),
  say = {
    pass = "Every live unscheduled bleeding on HRT service has transitioned to BAU ({subjects})",
    fail = { message = "{count} unscheduled bleeding on HRT {count|service is|services are} live but not BAU ({subjects}); every live service was due to transition by {due} (March 2026)",
      prompt = "Give the date {count|it|each} will be commissioned as BAU, and the ICB agreement or business case behind it, in the next return." },
    missing = { message = "{count} live unscheduled bleeding on HRT {count|service has|services have} no local evaluation ({details}); the transition to BAU by {due} is to use local evaluation/audit findings",
      prompt = "Describe the evaluation or audit for {subjects}: when it reports, its findings so far and the commissioner discussions it informs, in the next return." },
    ["not-due"] = "{count} unscheduled bleeding on HRT {count|service is|services are} live but not yet BAU ({subjects}); all must transition by {due}",
    ["not-applicable"] = "No unscheduled bleeding on HRT service is live yet, so none has to transition to BAU",
  },
}

deliverable {
  id = "FD-BRE-02", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every live breast pain service transitioned to BAU",
  source = "Planning pack 2025/26: Faster Diagnosis: Breast Cancer",
  row = "Deliverables",
  quote = "complete transition to BAU for all live services by March 2026",
  checks = "For each breast provider whose @breastPainPathway is live or bau: bau passes; a live service fails at Q4 (not yet BAU), and from Q3 is missing if its @evaluation is false (no local evaluation to inform the transition); otherwise it is not-due. Providers not-started or planned are not-applicable; missing if no breast provider is listed.",
  note = "The evaluation comes from the Direction of travel (\"based on these evaluations and local provider evaluations / business case submissions\"); from Q3 is the catalogue's, a quarter before the transition is due.",
  check = live_to_bau("FasterDiagnosis/Breast/Provider", "breastPainPathway",
    "each breast provider with the status of its breast pain pathway (breastPainPathway) and whether it has been locally evaluated (evaluation)"),
  say = {
    pass = "Every live breast pain service has transitioned to BAU ({subjects})",
    fail = { message = "{count} breast pain {count|service is|services are} live but not BAU ({subjects}); every live service was due to transition by {due} (March 2026)",
      prompt = "Give the date {count|it|each} will be commissioned as BAU, and the evaluation or business case and ICB agreement behind it, in the next return." },
    missing = { message = "{count} live breast pain {count|service has|services have} no local evaluation ({details}); the transition to BAU by {due} is to be based on one",
      prompt = "Describe the evaluation for {subjects}: when it reports, what it shows of the service's impact, and the work with ICB stakeholders it informs, in the next return." },
    ["not-due"] = "{count} breast pain {count|service is|services are} live but not yet BAU ({subjects}); all must transition by {due}",
    ["not-applicable"] = "No breast pain service is live yet, so none has to transition to BAU",
  },
}
