-- TV-01..TV-05: treatment variation against the NHS-wide targets. Each
-- provider below a target needs a quality improvement plan, in place and
-- clinically assured, implementing the national priority recommendations.
-- The five deliverables share one check (as the catalogue says: "as TV-01
-- with ..."), so they are declared together here.
local STATUSES = { "none", "in-development", "in-place" }

local function state_text(state, seen)
  if state == "placeholder" then return "only the placeholder '" .. seen .. "'" end
  return state
end

-- One treatment variation deliverable: measures = { {tumour =, target =}, ... }.
local function treatment_variation(t)
  local MEASURES, WHAT = t.measures, t.what
  deliverable {
    id = t.id, workstream = "treatment-and-care", due = "every",
    from = "2025/26 Q1", to = "2025/26 Q4",
    title = t.title,
    source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
    checks = t.checks,
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
      fail = { message = t.fail,
        prompt = "{subjects} {count|is|are} below the NHS-wide target of " .. WHAT .. " ({details}), without a quality improvement plan that is in place and clinically assured; this is checked every quarter. Describe for {subjects} the QI plan implementing the national priority recommendations from the " .. t.audit .. " clinical audit/GIRFT reports (NATCAN), who leads it with the trust, its dates, and the clinical assurance that variation will be reduced as a result; then set its status to in-place and clinicalAssurance to true." },
    },
  }
end

-- TV-01: lung, 70% of patients with NSCLC stage IIIB-IVB and PS 0-1 receive
-- systemic anti-cancer therapy (SACT); trusts below it implement the national
-- priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-01", title = "Lung: 70% of NSCLC stage IIIB-IVB, PS 0-1 receive SACT",
  measures = { { tumour = "lung", target = 70 } },
  what = "70% of patients with NSCLC stage IIIB-IVB and PS 0-1 receiving systemic anti-cancer therapy (SACT)",
  checks = "Every quarter, each TreatmentVariation/Measure for lung below 70% fails unless a QIPlan for lung and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No lung Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 70% lung SACT target without a clinically assured QI plan in place: {details}",
  audit = "lung",
}

-- TV-02: bowel, 50% of stage III colon cancer patients receive adjuvant
-- chemotherapy following major resection; trusts below it implement the
-- national priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-02", title = "Bowel: 50% of stage III colon cancer receive adjuvant chemotherapy after major resection",
  measures = { { tumour = "bowel", target = 50 } },
  what = "50% of stage III colon cancer patients receiving adjuvant chemotherapy following major resection",
  checks = "Every quarter, each TreatmentVariation/Measure for bowel below 50% fails unless a QIPlan for bowel and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No bowel Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 50% bowel adjuvant chemotherapy target without a clinically assured QI plan in place: {details}",
  audit = "bowel",
}

-- TV-03: primary breast, 25% of primary breast cancer patients receive
-- immediate reconstruction following a mastectomy; trusts below it implement
-- the national priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-03", title = "Breast: 25% immediate reconstruction after mastectomy",
  measures = { { tumour = "breast", target = 25 } },
  what = "25% of primary breast cancer patients receiving immediate reconstruction following a mastectomy",
  checks = "Every quarter, each TreatmentVariation/Measure for breast below 25% fails unless a QIPlan for breast and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No breast Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 25% immediate breast reconstruction target without a clinically assured QI plan in place: {details}",
  audit = "primary breast",
}

-- TV-04: ovarian, 80% of women with stage 2 to 4, or unstaged, ovarian cancer
-- receive treatment (any type); trusts below it implement the national
-- priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-04", title = "Ovarian: 80% of stage 2-4 or unstaged receive treatment",
  measures = { { tumour = "ovarian", target = 80 } },
  what = "80% of women with stage 2 to 4, or unstaged ovarian cancer receiving treatment (any type)",
  checks = "Every quarter, each TreatmentVariation/Measure for ovarian below 80% fails unless a QIPlan for ovarian and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No ovarian Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 80% ovarian treatment target without a clinically assured QI plan in place: {details}",
  audit = "ovarian",
}

-- TV-05: pancreatic, 65% of patients with non-metastatic (stages 1-3) and 35%
-- with metastatic (stage 4) pancreatic cancer receive disease targeted
-- treatment; trusts below either implement the national priority
-- recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-05", title = "Pancreatic: 65% non-metastatic and 35% metastatic receive disease-targeted treatment",
  measures = { { tumour = "pancreatic-nonmetastatic", target = 65 }, { tumour = "pancreatic-metastatic", target = 35 } },
  what = "65% of patients with non-metastatic pancreatic cancer (stages 1-3) and 35% of patients with metastatic (stage 4) pancreatic cancer receiving disease targeted treatment",
  checks = "Every quarter, each TreatmentVariation/Measure for pancreatic-nonmetastatic below 65% or pancreatic-metastatic below 35% fails unless a QIPlan for that tumour value and provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. Either measure with no Measure reported is missing.",
  fail = "{count} {count|provider is|providers are} below the pancreatic disease targeted treatment target (65% non-metastatic, 35% metastatic) without a clinically assured QI plan in place: {details}",
  audit = "pancreatic",
}
