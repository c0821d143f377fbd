-- FD-SKN-01: teledermatology for over 50% of USC skin referrals in every
-- applicable service by Q2; in Q1, rollout plans in place for the services
-- not there yet.
local PATH = "FasterDiagnosis/Skin/Provider"

deliverable {
  id = "FD-SKN-01", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Teledermatology for over 50% of USC skin referrals in every applicable service",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  row = "Cancer Alliance role",
  quote = "Identify providers who have not yet fully embedded teledermatology (<50% of USC referrals, managed through image review) and ensure rollout plans are in place by Q1",
  checks = "Each skin provider with @applicable=true must have @teledermatologyPercent over 50. From Q2 it fails listing the applicable providers at 50 or below. In Q1 a provider at 50 or below is at-risk with @rolloutPlan=true and missing with @rolloutPlan=false (rollout plans were due by Q1); @rolloutPlan is read only for providers at 50 or below. Providers not applicable are not-applicable; missing if no skin provider is listed.",
  note = "Revision 2: due Q2, as the Deliverables row reads (\"Complete the rollout of teledermatology to over 50% of USC referrals in all applicable services ... by Q2\"); Q1 asks only for the rollout plans.",
  check = function(doc, out, q)
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
        elseif q.is_due then
          out:fail { at = p, attr = "teledermatologyPercent", subject = code, detail = detail }
        elseif p:bool("@rolloutPlan") then
          out:at_risk { at = p, attr = "teledermatologyPercent", subject = code, detail = detail .. ", rollout plan in place" }
        else
          out:missing { at = p, attr = "rolloutPlan", subject = code, detail = detail .. ", no rollout plan" }
        end
      end)
    end
  end,
  say = {
    pass = "Teledermatology manages over 50% of USC skin referrals in every applicable service ({details})",
    fail = { message = "Teledermatology manages 50% or less of USC skin referrals at {count} applicable {count|service|services} ({details}); over 50% was due by {due}",
      prompt = "Set out the actions, monthly trajectory and date to pass 50% at {subjects} (image quality and referral training with primary care, photography capacity), in the next return." },
    ["at-risk"] = { message = "Teledermatology manages 50% or less of USC skin referrals at {count} applicable {count|service|services} ({details}); over 50% is due by {due}",
      prompt = "Give the monthly trajectory to over 50% at {subjects} and the date every remaining service goes live, in the next return." },
    missing = { message = "{count} applicable {count|service is|services are} at 50% or less of USC skin referrals through teledermatology with no rollout plan ({details}); rollout plans were due by Q1",
      prompt = "Send the rollout plan for {subjects}: the locally agreed image-taking model, the go-live date and the trajectory to over 50%, with the next return." },
    ["not-applicable"] = "No skin provider is an applicable teledermatology service",
  },
}
