-- FD-ALL-02: the FDS gap between patients who have cancer ruled out and
-- patients diagnosed with cancer, narrower than in its baseline quarter, on
-- each priority pathway (schema 1.1, {pathway}/FDSGap).
local PATHWAYS = {
  { "Urology", "urology" }, { "Gynaecology", "gynaecology" }, { "Breast", "breast" }, { "Skin", "skin" },
}
-- Percentages to whole hundredths, so that equal figures compare equal.
local function h(x) return math.floor(x * 100 + 0.5) end
local function pts(n) return num_text(n / 100) end

deliverable {
  id = "FD-ALL-02", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "FDS gap between patients with cancer ruled out and those diagnosed narrowing on each priority pathway",
  source = "Planning pack 2025/26: Faster Diagnosis programme overview and changes for 25/26",
  row = "Outline",
  quote = "Reducing the FDS gap between those who have cancer ruled out and those who are diagnosed with cancer will be a new focus for 25/26",
  checks = "Every quarter, for each priority pathway (FasterDiagnosis/Urology, Gynaecology, Breast and Skin): the gap is FDSGap @ruledOut minus @diagnosed, and its baseline @ruledOutBaseline minus @diagnosedBaseline. It passes when the gap is narrower than its baseline, or is 0 or less (patients diagnosed with cancer meet the FDS at least as often as those ruled out); otherwise it is at-risk. Missing for each pathway whose section or FDSGap is absent. Not-applicable on a return before schema 1.1.",
  note = "New in revision 2. An aim the pack sets for the year, not a line to meet, so at-risk rather than fail.",
  check = function(doc, out, q)
    for _, pw in ipairs(PATHWAYS) do
      local name, subject = pw[1], pw[2]
      local path = "FasterDiagnosis/" .. name
      local sec = doc:first(path)
      if not sec then
        -- assure's own message says which part is absent
        out:evidence(doc, path, "the " .. subject .. " section with its FDS gap (FDSGap)", subject)
      else
        local g = sec:first("FDSGap")
        if not g then
          out:missing { at = sec, subject = subject, detail = subject .. " reports no FDS gap (FDSGap)" }
        else
          out:try(subject, function()
            local now = h(g:pct("@ruledOut")) - h(g:pct("@diagnosed"))
            local base = h(g:pct("@ruledOutBaseline")) - h(g:pct("@diagnosedBaseline"))
            local detail = string.format("%s gap %s points, %s in %s", subject, pts(now), pts(base), g:text("@baselinePeriod"))
            if now <= 0 or now < base then
              out:pass { at = g, subject = subject, detail = detail }
            else
              out:at_risk { at = g, subject = subject, detail = detail }
            end
          end)
        end
      end
    end
  end,
  say = {
    pass = "The FDS gap between patients with cancer ruled out and those diagnosed with cancer is narrower than its baseline on every priority pathway ({details})",
    ["at-risk"] = { message = "The FDS gap between patients with cancer ruled out and those diagnosed with cancer is not narrower than its baseline on {count} priority {count|pathway|pathways} ({details})",
      prompt = "Describe the actions to shorten the time to diagnosis for patients found to have cancer on the {subjects} {count|pathway|pathways}, and when the gap should narrow, at the quarterly review meeting." },
    missing = { message = "{count} priority {count|pathway does|pathways do} not report the FDS gap between patients with cancer ruled out and those diagnosed with cancer: {details}",
      prompt = "Add the FDSGap figures for {subjects} (ruledOut and diagnosed, this quarter and in a baseline quarter) in the next return." },
  },
}
