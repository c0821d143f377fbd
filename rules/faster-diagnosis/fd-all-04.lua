-- FD-ALL-04: FDS on the urology and on the gynaecology pathway improving by
-- more than on the non-priority pathways, each against its baseline quarter
-- (schema 1.1: {pathway}/PathwayFDS and FasterDiagnosis/NonPriorityFDS).
local PATHWAYS = { { "Urology", "urology" }, { "Gynaecology", "gynaecology" } }
-- Percentages to whole hundredths, so that equal figures compare equal.
local function h(x) return math.floor(x * 100 + 0.5) end
local function change(n) return (n > 0 and "+" or "") .. num_text(n / 100) end

deliverable {
  id = "FD-ALL-04", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "FDS improving more on the urology and gynaecology pathways than on non-priority pathways",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Success measures",
  quote = "Improvement in FDS performance for the suspected urological cancer pathway greater than performance improvement for non-priority pathways",
  checks = "Every quarter, for FasterDiagnosis/Urology and Gynaecology: the change is PathwayFDS @current minus @baseline, and it must be greater than FasterDiagnosis/NonPriorityFDS @current minus @baseline, else at-risk. Missing for a pathway whose section or PathwayFDS is absent, or whose @baselinePeriod differs from the non-priority one (the changes cannot be compared); missing for non-priority when NonPriorityFDS is absent. Not-applicable on a return before schema 1.1.",
  note = "New in revision 2. The gynaecology success measure reads the same (\"Improvement in FDS performance for suspected gynaecological cancer greater than improvement seen in non-priority pathways\"). A measure of improvement, not a line to meet, so at-risk rather than fail.",
  check = function(doc, out, q)
    local fd = doc:first("FasterDiagnosis")
    if not fd then
      -- assure's own message says which part is absent
      out:evidence(doc, "FasterDiagnosis", "the faster diagnosis section, with PathwayFDS for urology and gynaecology and NonPriorityFDS", "faster diagnosis")
      return
    end
    local base_change, base_period
    local np = fd:first("NonPriorityFDS")
    if not np then
      out:missing { at = fd, subject = "non-priority", detail = "non-priority pathways: no FDS reported (NonPriorityFDS)" }
    else
      local ok, c, p = out:try("non-priority", function()
        return h(np:pct("@current")) - h(np:pct("@baseline")), np:text("@baselinePeriod")
      end)
      if ok then base_change, base_period = c, p end
    end
    out:set("nonpriority", base_change and change(base_change) or "?")
    for _, pw in ipairs(PATHWAYS) do
      local name, subject = pw[1], pw[2]
      local sec = fd:first(name)
      if not sec then
        out:evidence(fd, name, "the " .. subject .. " section with its FDS (PathwayFDS)", subject)
      else
        local f = sec:first("PathwayFDS")
        if not f then
          out:missing { at = sec, subject = subject, detail = subject .. " reports no pathway FDS (PathwayFDS)" }
        else
          out:try(subject, function()
            local now, was, period = h(f:pct("@current")), h(f:pct("@baseline")), f:text("@baselinePeriod")
            if base_change == nil then return end -- nothing to compare with (non-priority is missing)
            local detail = string.format("%s %s points, %s%% from %s%% in %s", subject, change(now - was),
              num_text(now / 100), num_text(was / 100), period)
            if period ~= base_period then
              out:missing { at = f, attr = "baselinePeriod", subject = subject,
                detail = string.format("%s baseline %s, non-priority baseline %s: not comparable", subject, period, base_period) }
            elseif now - was > base_change then
              out:pass { at = f, subject = subject, detail = detail }
            else
              out:at_risk { at = f, subject = subject, detail = detail }
            end
          end)
        end
      end
    end
  end,
  say = {
    pass = "FDS improved more on the {subjects} {count|pathway|pathways} than on the non-priority pathways ({nonpriority} points): {details}",
    ["at-risk"] = { message = "FDS on the {subjects} {count|pathway|pathways} did not improve by more than on the non-priority pathways ({nonpriority} points): {details}",
      prompt = "Set out what is holding back improvement on the {subjects} {count|pathway|pathways}, from the pathway analyser and improvement plans, and the recovery expected, at the quarterly review meeting." },
    missing = { message = "FDS improvement on the urology and gynaecology pathways cannot be compared with the non-priority pathways: {details}",
      prompt = "Give PathwayFDS for urology and gynaecology and NonPriorityFDS, each now and in the same baseline quarter, in the next return." },
  },
}
