-- FIT-03: minimise colonoscopies for FIT < 10, normal FBC and examination.
deliverable {
  id = "FIT-03", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Minimise colonoscopies for FIT < 10, normal FBC and normal examination",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  checks = "LowRiskColonoscopies: fail if a @trajectory is given and @current is above it; at-risk if @current is above @previousQuarter; missing if absent.",
  check = function(doc, out)
    local l = doc:first("FIT/LowRiskColonoscopies")
    if not l then
      return out:missing { at = doc:first("FIT") or doc,
        detail = "FIT > Low-risk colonoscopies is absent",
        prompt = "Add LowRiskColonoscopies with this quarter's and last quarter's number of USC colonoscopies for patients with FIT < 10, normal FBC and normal examination, and the agreed trajectory." }
    end
    local cur, prev, traj = l:int("@current"), l:int("@previousQuarter"), l:int("@trajectory", nil)
    out:set("current", cur)
    if traj and cur > traj then
      out:fail { at = l, attr = "current", subject = "FIT<10",
        detail = string.format("%d low-risk colonoscopies this quarter, above the agreed trajectory of %d", cur, traj),
        prompt = "Explain why low-risk colonoscopies (FIT < 10, normal FBC and examination) are above trajectory, and how FIT-negative patients with no continuing clinical concern are being removed from the LGI USC pathway." }
    elseif cur > prev then
      out:at_risk { at = l, attr = "current", subject = "FIT<10",
        detail = string.format("%d low-risk colonoscopies this quarter, up from %d last quarter", cur, prev),
        prompt = "Describe the actions to bring low-risk colonoscopies (FIT < 10, normal FBC and examination) back down, with the providers concerned and dates." }
    end
  end,
  say = { pass = "{current} low-risk colonoscopies this quarter, not rising and within trajectory" },
}
