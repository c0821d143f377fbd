-- FIT-05: FIT banding reported at triage and at colonoscopy.
local BANDS = { "lt10", "from10to100", "over100", "noFIT", "notAppropriate", "noValue" }

deliverable {
  id = "FIT-05", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "FIT banding reported at triage and at colonoscopy",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Success measures",
  quote = "Percentage of LGI FDS referrals that at clinical triage fall into the following FIT bandings",
  checks = "FIT/Banding must be reported for the triage and colonoscopy stages, each with its six bands adding up to 100 (within 1 point): missing for an absent stage, fail for a stage that does not add up.",
  note = "The next success measure gives the same bands for colonoscopies: \"Percentage of colonoscopies performed on the LGI FDS pathway relative to FIT bandings\".",
  check = function(doc, out)
    local stages = doc:index("FIT/Banding", "stage")
    for _, stage in ipairs({ "triage", "colonoscopy" }) do
      local b = stages[stage]
      if not b then
        out:missing { at = doc:first("FIT") or doc, subject = stage,
          detail = "no FIT banding is reported at " .. stage,
          prompt = "Add it in the next return: the share in each of the six bands (<10, 10-100, >100, no FIT, FIT not appropriate, no numerical value)." }
      else
        out:try(stage, function()
          local sum = 0
          for _, band in ipairs(BANDS) do sum = sum + b:pct("@" .. band) end
          sum = math.floor(sum * 100 + 0.5) / 100 -- bands have 2 decimals; drop float error
          if math.abs(sum - 100) > 1 then
            out:fail { at = b, subject = stage,
              detail = string.format("the six %s bands add up to %s%%, not 100%% (within 1 point)", stage, num_text(sum)),
              prompt = "Correct the " .. stage .. " figures in the next return." }
          end
        end)
      end
    end
  end,
  say = { pass = "FIT banding is reported at triage and at colonoscopy, each adding up to 100%" },
}
