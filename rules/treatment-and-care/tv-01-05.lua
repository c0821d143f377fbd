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
    row = "Deliverables", quote = t.quote,
    checks = t.checks,
    check = function(doc, out)
      -- Measures not reported: one prompt names them all.
      local absent = {}
      for _, m in ipairs(MEASURES) do
        if not doc:first("TreatmentVariation/Measure[@tumour='" .. m.tumour .. "']") then absent[#absent + 1] = m.tumour end
      end
      local ask = #absent > 0 and string.format("Add each provider's latest NATCAN percentage for %s, with its period and source, to the next return.", list(absent))
      for _, m in ipairs(MEASURES) do
        local measures = doc:all("TreatmentVariation/Measure[@tumour='" .. m.tumour .. "']")
        if #measures == 0 then
          out:missing { at = doc:first("TreatmentVariation") or doc, subject = m.tumour,
            detail = string.format("no Measure is reported to compare with %d%%", m.target),
            prompt = ask }
        end
        local plans = doc:index("TreatmentVariation/QIPlan[@tumour='" .. m.tumour .. "']", "provider")
        for _, e in ipairs(measures) do
          local provider = e:attr("provider") or "?"
          out:try(provider, function()
            local pct = e:pct("@percent")
            local head = string.format("%s %s%s%%", provider, #MEASURES > 1 and (m.tumour .. " ") or "", num_text(pct))
            if pct >= m.target then return out:pass { at = e, subject = provider, detail = head } end
            local plan = plans[provider]
            if not plan then
              return out:fail { at = e, attr = "percent", subject = provider, detail = head .. ", no QI plan" }
            end
            local status = plan:enum("@status", STATUSES)
            if status ~= "in-place" then
              return out:fail { at = plan, attr = "status", subject = provider, detail = head .. ", QI plan " .. status }
            end
            if not plan:bool("@clinicalAssurance") then
              return out:fail { at = plan, attr = "clinicalAssurance", subject = provider,
                detail = head .. ", QI plan not clinically assured" }
            end
            local s, seen = no_evidence(plan:content())
            if s then
              return out:missing { at = plan, subject = provider,
                detail = string.format("%s (below %d%%), but the text of its assured QI plan is %s", head, m.target, state_text(s, seen)),
                prompt = string.format("In the next return, describe in %s's %s QIPlan the QI measures being implemented and who gave the clinical assurance.",
                  provider, m.tumour) }
            end
            out:pass { at = plan, subject = provider, detail = head .. ", assured QI plan in place" }
          end)
        end
      end
    end,
    say = {
      pass = "Every provider meets " .. WHAT .. " or has a clinically assured QI plan in place ({details})",
      fail = { message = t.fail,
        prompt = "For {subjects}, describe the QI measures taken from the national priority recommendations, who leads them and when they will be clinically assured, by the next return." },
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
  fail = "{count} {count|provider is|providers are} below the 70% lung SACT target with no clinically assured QI plan: {details}",
  quote = "70% of patients with NSCLC stage IIIB-IVB and PS 0-1 receiving systemic anti-cancer therapy (SACT).",
}

-- TV-02: bowel, 50% of stage III colon cancer patients receive adjuvant
-- chemotherapy following major resection; trusts below it implement the
-- national priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-02", title = "Bowel: 50% of stage III colon cancer receive adjuvant chemotherapy after major resection",
  measures = { { tumour = "bowel", target = 50 } },
  what = "50% of stage III colon cancer patients receiving adjuvant chemotherapy following major resection",
  checks = "Every quarter, each TreatmentVariation/Measure for bowel below 50% fails unless a QIPlan for bowel and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No bowel Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 50% adjuvant chemotherapy target with no clinically assured QI plan: {details}",
  quote = "50% of stage III colon cancer patients receiving adjuvant chemotherapy following major resection.",
}

-- TV-03: primary breast, 25% of primary breast cancer patients receive
-- immediate reconstruction following a mastectomy; trusts below it implement
-- the national priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-03", title = "Breast: 25% immediate reconstruction after mastectomy",
  measures = { { tumour = "breast", target = 25 } },
  what = "25% of primary breast cancer patients receiving immediate reconstruction following a mastectomy",
  checks = "Every quarter, each TreatmentVariation/Measure for breast below 25% fails unless a QIPlan for breast and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No breast Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 25% immediate reconstruction target with no clinically assured QI plan: {details}",
  quote = "25% of primary breast cancer patients receiving immediate reconstruction following a mastectomy",
}

-- TV-04: ovarian, 80% of women with stage 2 to 4, or unstaged, ovarian cancer
-- receive treatment (any type); trusts below it implement the national
-- priority recommendations through a clinically assured QI plan.
treatment_variation {
  id = "TV-04", title = "Ovarian: 80% of stage 2-4 or unstaged receive treatment",
  measures = { { tumour = "ovarian", target = 80 } },
  what = "80% of women with stage 2 to 4, or unstaged ovarian cancer receiving treatment (any type)",
  checks = "Every quarter, each TreatmentVariation/Measure for ovarian below 80% fails unless a QIPlan for ovarian and that provider is in-place with @clinicalAssurance true (then it passes, noting the plan); such a QI plan whose text is absent, empty or a placeholder is missing. No ovarian Measure is missing.",
  fail = "{count} {count|provider is|providers are} below the 80% ovarian treatment target with no clinically assured QI plan: {details}",
  quote = "80% of women with stage 2 to 4, or unstaged ovarian cancer receiving treatment (any type)",
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
  fail = "{count} {count|provider is|providers are} below a pancreatic target (65% non-metastatic, 35% metastatic) with no clinically assured QI plan: {details}",
  quote = "65% of patients with non-metastatic pancreatic cancer (stages 1-3) and 35% of patients with metastatic (stage 4) pancreatic cancer receiving disease targeted treatment",
}
