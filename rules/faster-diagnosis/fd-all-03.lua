-- FD-ALL-03: more patients told within 7 and 14 days that cancer is ruled
-- out: the share of ruled-out FDS clock stops within 7 or within 14 days
-- up on its baseline, on each priority pathway (schema 1.1,
-- {pathway}/RuledOutClockStops).
local PATHWAYS = {
  { "Urology", "urology" }, { "Gynaecology", "gynaecology" }, { "Breast", "breast" }, { "Skin", "skin" },
}
-- Percentages to whole hundredths, so that equal figures compare equal.
local function h(x) return math.floor(x * 100 + 0.5) end
local function pct(n) return num_text(n / 100) .. "%" end

deliverable {
  id = "FD-ALL-03", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "More FDS clock stops within 7 and 14 days recorded with cancer ruled out, on each priority pathway",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Success measures",
  quote = "% point increase in patients who have had a FDS clock stop within 7 and 14 days recorded with cancer ruled out",
  checks = "Every quarter, for each priority pathway (FasterDiagnosis/Urology, Gynaecology, Breast and Skin): it passes when RuledOutClockStops @within7Days is above @within7DaysBaseline or @within14Days is above @within14DaysBaseline, and is at-risk when neither rose. Missing for each pathway whose section or RuledOutClockStops is absent. Not-applicable on a return before schema 1.1.",
  note = "New in revision 2. The same success measure is given word for word for the gynaecological, breast and skin pathways. A measure of improvement, not a line to meet, so at-risk rather than fail.",
  check = function(doc, out, q)
    for _, pw in ipairs(PATHWAYS) do
      local name, subject = pw[1], pw[2]
      local path = "FasterDiagnosis/" .. name
      local sec = doc:first(path)
      if not sec then
        -- assure's own message says which part is absent
        out:evidence(doc, path, "the " .. subject .. " section with its ruled-out clock stops (RuledOutClockStops)", subject)
      else
        local r = sec:first("RuledOutClockStops")
        if not r then
          out:missing { at = sec, subject = subject, detail = subject .. " reports no ruled-out clock stops (RuledOutClockStops)" }
        else
          out:try(subject, function()
            local d7, b7 = h(r:pct("@within7Days")), h(r:pct("@within7DaysBaseline"))
            local d14, b14 = h(r:pct("@within14Days")), h(r:pct("@within14DaysBaseline"))
            local detail = string.format("%s within 7 days %s (%s in %s), within 14 days %s (%s)",
              subject, pct(d7), pct(b7), r:text("@baselinePeriod"), pct(d14), pct(b14))
            if d7 > b7 or d14 > b14 then
              out:pass { at = r, subject = subject, detail = detail }
            else
              out:at_risk { at = r, subject = subject, detail = detail }
            end
          end)
        end
      end
    end
  end,
  say = {
    pass = "More FDS clock stops recorded with cancer ruled out came within 7 or 14 days than in the baseline quarter on every priority pathway ({subjects})",
    ["at-risk"] = { message = "Neither the 7-day nor the 14-day share of FDS clock stops recorded with cancer ruled out rose against baseline on {count} priority {count|pathway|pathways}: {details}",
      prompt = "Set out how patients on the {subjects} {count|pathway|pathways} will be told sooner that they do not have cancer (for example triage and straight-to-test), at the quarterly review meeting." },
    missing = { message = "{count} priority {count|pathway does|pathways do} not report the share of ruled-out FDS clock stops within 7 and 14 days: {details}",
      prompt = "Add the RuledOutClockStops figures for {subjects} (this quarter and a baseline quarter) in the next return." },
  },
}
