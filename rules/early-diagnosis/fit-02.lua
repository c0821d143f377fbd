-- FIT-02: fewer than 20% of LGI USC colonoscopies without a FIT result.
deliverable {
  id = "FIT-02", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Fewer than 20% of LGI USC colonoscopies performed without a FIT result",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Deliverables",
  quote = "Fewer than 20% of colonoscopies on the LGI urgent suspected cancer pathway to be performed without a FIT result available",
  checks = "ColonoscopiesWithoutFIT/@percent must be under 20 and within 0.5 points of numerator/denominator: fail otherwise; missing if absent.",
  check = function(doc, out)
    local c = doc:first("FIT/ColonoscopiesWithoutFIT")
    if not c then
      return out:missing { at = doc:first("FIT") or doc,
        detail = (doc:first("FIT") and "FIT > Colonoscopies without FIT" or "FIT") .. " is absent",
        prompt = "Add it in the next return: the numerator, denominator and percentage for LGI USC colonoscopies." }
    end
    local pct, num, den = c:pct("@percent"), c:int("@numerator"), c:int("@denominator")
    out:set("pct", num_text(pct))
    if pct >= 20 then
      out:fail { at = c, attr = "percent", subject = "colonoscopy",
        detail = string.format("%s%% of LGI USC colonoscopies were performed without a FIT result; fewer than 20%% is required", num_text(pct)),
        prompt = "Set out, for the next return, the providers concerned and their actions with dates (triage using FIT, safety netting for unreturned kits)." }
    end
    if den == 0 or math.abs(pct - 100 * num / den) > 0.5 + 1e-9 then -- 1e-9: float error
      out:fail { at = c, attr = "percent", subject = "colonoscopy",
        detail = den == 0 and "the denominator is 0, so the percentage cannot be checked"
          or string.format("the percentage %s%% does not match %d / %d = %.1f%%", num_text(pct), num, den, 100 * num / den),
        prompt = "Correct the figures in ColonoscopiesWithoutFIT in the next return." }
    end
  end,
  say = { pass = "{pct}% of LGI USC colonoscopies were performed without a FIT result (under 20% required)" },
}
