-- FIT-01 for 2026/27 (a fixture year): the 2025/26 deliverable carried into
-- the next year with a higher figure, 85% of LGI USC referrals informed by
-- a FIT result. The 2025/26 version (rules/early-diagnosis/fit-01.lua) stays
-- in force for 2025/26 returns.
deliverable {
  id = "FIT-01", workstream = "early-diagnosis", due = "every",
  from = "2026/27 Q1", to = "2026/27 Q4",
  title = "85% of LGI USC referrals informed by a FIT result (CAN-04), 2026/27",
  source = "The 2026/27 fixture pack (tests/years/2026-27): not a real planning pack",
  checks = "FIT ReferralsWithFIT @percent must be at least 85: fail below; missing if absent.",
  check = function(doc, out)
    local at = doc:first("FIT/ReferralsWithFIT")
    local pct = doc:pct("FIT/ReferralsWithFIT/@percent")
    if pct >= 85 then
      out:pass { at = at, detail = num_text(pct) .. "%" }
    else
      out:fail { at = at, attr = "percent", detail = num_text(pct) .. "%" }
    end
  end,
  say = {
    pass = "{details} of LGI USC referrals are informed by a FIT result (85% or more in 2026/27)",
    fail = { message = "{details} of LGI USC referrals are informed by a FIT result; 85% is required in 2026/27",
      prompt = "Set out the actions with primary care to reach 85%, by PCN, in the next return." },
  },
}
