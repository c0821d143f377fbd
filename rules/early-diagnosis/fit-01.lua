-- FIT-01 (CAN-04): 80% of LGI USC referrals are informed by a FIT result.
deliverable {
  id = "FIT-01", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "80% of LGI USC referrals informed by a FIT result (CAN-04)",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  checks = "ReferralsWithFIT/@percent must be at least 80 and within 0.5 points of numerator/denominator: fail otherwise; missing if absent.",
  check = function(doc, out)
    local r = doc:first("FIT/ReferralsWithFIT")
    if not r then
      return out:missing { at = doc:first("FIT") or doc,
        detail = "FIT > Referrals with FIT is absent",
        prompt = "Add ReferralsWithFIT with the numerator, denominator and percentage of LGI USC referrals accompanied by a FIT result (CAN-04)." }
    end
    local pct, num, den = r:pct("@percent"), r:int("@numerator"), r:int("@denominator")
    out:set("pct", num_text(pct))
    if pct < 80 then
      out:fail { at = r, attr = "percent", subject = "CAN-04",
        detail = string.format("%s%% of LGI USC referrals have a FIT result; 80%% is required", num_text(pct)),
        prompt = "Describe the actions with the lowest-performing PCNs (CAN-04 data) to bring referrals with a FIT to 80%, in line with NICE DG56, with dates." }
    end
    if den == 0 or math.abs(pct - 100 * num / den) > 0.5 + 1e-9 then -- 1e-9: float error
      out:fail { at = r, attr = "percent", subject = "CAN-04",
        detail = den == 0 and "the denominator is 0, so the percentage cannot be checked"
          or string.format("the percentage %s%% does not match %d / %d = %.1f%%", num_text(pct), num, den, 100 * num / den),
        prompt = "Correct ReferralsWithFIT so that the percentage equals numerator / denominator (to within 0.5 points)." }
    end
  end,
  say = { pass = "{pct}% of LGI USC referrals have a FIT result (80% required)" },
}
