-- TV-02: bowel, 50% of stage III colon cancer patients receive adjuvant
-- chemotherapy following major resection; trusts below it implement the
-- national priority recommendations through a clinically assured QI plan.
local MEASURES = { { tumour = "bowel", target = 50 } }
local WHAT = "50% of stage III colon cancer patients receiving adjuvant chemotherapy following major resection"
local STATUSES = { "none", "in-development", "in-place" }

local function state_text(state, seen)
  if state == "placeholder" then return "only the placeholder '" .. seen .. "'" end
  return state
end

deliverable {
  id = "TV-02", workstream = "treatment-and-care", due = "every",
  title = "Bowel: 50% of stage III colon cancer receive adjuvant chemotherapy after major resection",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  checks = "Every quarter, each TreatmentVariation/Measure for bowel below 50% fails unless a QIPlan for bowel and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No bowel Measure is missing.",
  check = function(doc, out)
    for _, m in ipairs(MEASURES) do
      local measures = doc:all("TreatmentVariation/Measure[@tumour='" .. m.tumour .. "']")
      if #measures == 0 then
        out:missing { at = doc:first("TreatmentVariation") or doc, subject = m.tumour,
          detail = "no " .. m.tumour .. " Measure is reported",
          prompt = string.format("Add a TreatmentVariation Measure for %s for each provider, with the latest NATCAN percentage, its period and source, so that trusts not meeting the NHS-wide target of %d%% can be identified every quarter.", m.tumour, m.target) }
      end
      local plans = doc:index("TreatmentVariation/QIPlan[@tumour='" .. m.tumour .. "']", "provider")
      for _, e in ipairs(measures) do
        local provider = e:attr("provider") or "?"
        out:try(provider, function()
          local pct = e:pct("@percent")
          local head = string.format("%s %s %s%%", provider, m.tumour, num_text(pct))
          if pct >= m.target then return out:pass { at = e, subject = provider, detail = head } end
          head = string.format("%s, below %d%%", head, m.target)
          local plan = plans[provider]
          if not plan then
            return out:fail { at = e, attr = "percent", subject = provider, detail = head .. ", no QI plan" }
          end
          local status = plan:enum("@status", STATUSES)
          if status ~= "in-place" then
            return out:fail { at = plan, attr = "status", subject = provider, detail = head .. ", QI plan status " .. status }
          end
          if not plan:bool("@clinicalAssurance") then
            return out:fail { at = plan, attr = "clinicalAssurance", subject = provider,
              detail = head .. ", QI plan in place without clinical assurance" }
          end
          local s, seen = no_evidence(plan:content())
          if s then
            return out:missing { at = plan, subject = provider,
              detail = head .. ", QI plan in place but its text is " .. state_text(s, seen),
              prompt = string.format("%s is below the NHS-wide target of %d%% (%s %s%%) and reports a clinically assured QI plan with no description. Describe in the QIPlan text for %s %s the quality improvement measures being implemented from the national priority recommendations (clinical audit/GIRFT reports), the dates, and the clinical assurance that variation will be reduced as a result.",
                provider, m.target, m.tumour, num_text(pct), m.tumour, provider) }
          end
          out:pass { at = plan, subject = provider, detail = head .. ", QI plan in place with clinical assurance" }
        end)
      end
    end
  end,
  say = {
    pass = "Every provider meets " .. WHAT .. " or has a clinically assured QI plan in place ({details})",
    fail = { message = "{count} {count|provider is|providers are} below the 50% bowel adjuvant chemotherapy target without a clinically assured QI plan in place: {details}",
      prompt = "{subjects} {count|is|are} below the NHS-wide target of " .. WHAT .. " ({details}), without a quality improvement plan that is in place and clinically assured; this is checked every quarter. Describe for {subjects} the QI plan implementing the national priority recommendations from the bowel clinical audit/GIRFT reports (NATCAN), who leads it with the trust, its dates, and the clinical assurance that variation will be reduced as a result; then set its status to in-place and clinicalAssurance to true." },
  },
}
