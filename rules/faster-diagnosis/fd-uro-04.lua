-- FD-URO-04: the urology pathway analyser 'median averages' tab screenshot,
-- submitted once in the year (by Q4).
deliverable {
  id = "FD-URO-04", workstream = "faster-diagnosis", due = "Q4",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Pathway analyser 'median averages' screenshot submitted once in the year",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  checks = "Passes once FasterDiagnosis/Urology/AnalyserScreenshot has @submitted=true (in any quarter). If it is false, this fails at Q4 and is not-due in Q1-Q3; missing if the AnalyserScreenshot element is absent.",
  check = function(doc, out, q)
    local s = doc:first("FasterDiagnosis/Urology/AnalyserScreenshot")
    if not s then
      local at = doc:first("FasterDiagnosis/Urology") or doc:first("FasterDiagnosis") or doc
      return out:missing { at = at, subject = "urology",
        detail = "Faster diagnosis > Urology > Analyser screenshot is absent, so the return does not say whether the urology screenshot was submitted",
        prompt = "Add FasterDiagnosis/Urology/AnalyserScreenshot saying whether the urology pathway analyser 'median averages' tab screenshot has been submitted this year (@submitted, and @date once it has); it must be submitted once by Q4." }
    end
    local ok, submitted = out:try("urology", s.bool, s, "@submitted")
    if not ok then return end
    if submitted then
      local ok2, date = out:try("urology", s.date, s, "@date", nil)
      if ok2 then
        out:pass { at = s, detail = date and ("submitted on " .. date) or "submitted" }
      end
    elseif q.is_due then
      out:fail { at = s, attr = "submitted", subject = "urology",
        detail = "the urology pathway analyser 'median averages' screenshot has not been submitted" }
    else
      out:not_due { at = s, attr = "submitted", subject = "urology",
        detail = "the urology pathway analyser 'median averages' screenshot is not yet submitted" }
    end
  end,
  say = {
    pass = "The urology pathway analyser 'median averages' tab screenshot has been submitted this year ({details})",
    fail = { message = "The urology pathway analyser 'median averages' tab screenshot has not been submitted; it was due once in the year, by {due}",
      prompt = "No urology pathway analyser 'median averages' tab screenshot has been submitted this year (AnalyserScreenshot submitted=false); one was due by {due}. Submit the 'median averages' tab screenshot of the urology pathway analyser and record its date, or explain why the pathway analyser was not completed." },
    ["not-due"] = "The urology pathway analyser 'median averages' tab screenshot is not yet submitted; it is due once in the year, by {due}",
  },
}
