-- FD-SKN-01: teledermatology for over 50% of USC skin referrals in every
-- applicable service (rollout plans in place, and all remaining services
-- live, by Q1).
local PATH = "FasterDiagnosis/Skin/Provider"

deliverable {
  id = "FD-SKN-01", workstream = "faster-diagnosis", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Teledermatology for over 50% of USC skin referrals in every applicable service",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  checks = "Each skin provider with @applicable=true must have @teledermatologyPercent over 50: it fails listing the applicable providers at 50 or below, and a provider there with @rolloutPlan=false also has its rollout plan missing (the fail outranks it). Providers not applicable are not-applicable; missing if no skin provider is listed. Due from Q1, so judged every quarter.",
  check = function(doc, out)
    local providers = doc:all(PATH)
    if #providers == 0 then
      -- absent list: assure's own missing message says which part is absent
      out:evidence(doc, PATH, "each skin provider with whether it is an applicable service, its teledermatology share of USC skin referrals and its rollout plan")
      return
    end
    for _, p in ipairs(providers) do
      local code = p:attr("code") or "?"
      out:try(code, function()
        if not p:bool("@applicable") then
          return out:not_applicable { at = p, subject = code, detail = code .. " is not an applicable service" }
        end
        local pct = p:pct("@teledermatologyPercent")
        local detail = code .. " " .. num_text(pct) .. "%"
        if pct > 50 then
          out:pass { at = p, subject = code, detail = detail }
        else
          -- At or below 50% fails; with no rollout plan the plan is also
          -- missing (the fail outranks it, and the prompt asks for both).
          out:fail { at = p, attr = "teledermatologyPercent", subject = code, detail = detail }
          if not p:bool("@rolloutPlan") then
            out:missing { at = p, attr = "rolloutPlan", subject = code,
              detail = code .. " has no teledermatology rollout plan" }
          end
        end
      end)
    end
  end,
  say = {
    pass = "Teledermatology covers over 50% of USC skin referrals in every applicable service ({details})",
    fail = { message = "Teledermatology covers 50% or less of USC skin referrals at {count} applicable {count|service|services} ({details}); over 50% was due by {due}",
      prompt = "Teledermatology covers 50% or less of USC skin referrals at {subjects} ({details}); over 50% was required in every applicable service by {due}. Set out the teledermatology rollout plan for {subjects}: the actions (image quality and referral training with primary care, medical photography capacity), the monthly trajectory and the date over 50% will be reached." },
    missing = { message = "{count} applicable {count|service is|services are} at 50% or less teledermatology with no rollout plan ({details}); rollout plans were due by {due}",
      prompt = "{subjects} {count|is|are} at 50% or less of USC skin referrals through teledermatology with no rollout plan ({details}); rollout plans for services that have not fully embedded teledermatology were due by {due}. Describe the teledermatology rollout plan for {subjects}: the locally agreed image-taking model, the go-live and trajectory dates to reach over 50%, and set rolloutPlan to true." },
    ["not-applicable"] = "No skin provider is an applicable teledermatology service",
  },
}
