-- FIT-01 (CAN-04): 80% of LGI USC referrals are informed by a FIT result.
deliverable {
  id = "FIT-01", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "80% of LGI USC referrals informed by a FIT result (CAN-04)",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Deliverables",
  quote = "80% of LGI urgent suspected cancer referrals to be informed by a FIT result",
  checks = "ReferralsWithFIT/@percent must be at least 80 and within 0.5 points of numerator/denominator: fail otherwise; missing if absent.",
  check = function(doc, out)
    local r = doc:first("FIT/ReferralsWithFIT")
    if not r then
      return out:missing { at = doc:first("FIT") or doc,
        detail = (doc:first("FIT") and "FIT > Referrals with FIT" or "FIT") .. " is absent",
        prompt = "Add it in the next return: the CAN-04 numerator, denominator and percentage." }
    end
    local pct, num, den = r:pct("@percent"), r:int("@numerator"), r:int("@denominator")
    out:set("pct", num_text(pct))
    if pct < 80 then
      out:fail { at = r, attr = "percent", subject = "CAN-04",
        detail = string.format("%s%% of LGI USC referrals have a FIT result; 80%% is required", num_text(pct)),
        prompt = "Set out, for the next return, the support focused on the PCNs with the lowest CAN-04 figures to embed FIT in line with NICE DG56, with dates." }
    end
    if den == 0 or math.abs(pct - 100 * num / den) > 0.5 + 1e-9 then -- 1e-9: float error
      out:fail { at = r, attr = "percent", subject = "CAN-04",
        detail = den == 0 and "the denominator is 0, so the percentage cannot be checked"
          or string.format("the percentage %s%% does not match %d / %d = %.1f%%", num_text(pct), num, den, 100 * num / den),
        prompt = "Correct the figures in ReferralsWithFIT in the next return." }
    end
  end,
  say = { pass = "{pct}% of LGI USC referrals have a FIT result (80% required)" },
}
