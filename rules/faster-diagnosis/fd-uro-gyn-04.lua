-- FD-URO-04 and FD-GYN-04: the urology and the gynaecology pathway analyser
-- 'median averages' tab screenshot, submitted once in the year (by Q4),
-- where a provider needs an analyser (FD-URO-03 / FD-GYN-03: lowest FDS
-- quartile, not tier 1). One check, declared for each.

-- t: id, title, source, note, and the pathway's section (Section, e.g.
-- "Urology") and word ("urology"); its analyser rule is t.analyser.
local function screenshot(t)
  local Section, word = t.section, t.word
  local SECTION = "FasterDiagnosis/" .. Section
  deliverable {
    id = t.id, workstream = "faster-diagnosis", due = "Q4",
    from = "2025/26 Q1", to = "2025/26 Q4",
    title = t.title,
    source = t.source,
    row = "Success measures",
    quote = "Pathway analyser 'median averages' tab screenshot to be submitted once per year",
    checks = string.format("Not-applicable when no %s provider needs a pathway analyser (none has @fdsLowestQuartile=true outside Header tier 1, as %s). Otherwise it passes as soon as %s/AnalyserScreenshot has @submitted=true, in any quarter; with @submitted=false it fails at Q4 and is not-due in Q1-Q3. An absent AnalyserScreenshot is not-due before Q4 and missing at Q4; an absent %s section is missing.", word, t.analyser, SECTION, Section),
    note = t.note,
    check = function(doc, out, q)
      local sec = doc:first(SECTION)
      if not sec then
        -- assure's own message says which part is absent
        out:evidence(doc, SECTION, "the " .. word .. " providers and the pathway analyser screenshot (AnalyserScreenshot)", word)
        return
      end
      -- Which providers need an analyser (lowest FDS quartile, not tier 1)?
      local needing, unreadable = {}, {}
      for _, p in ipairs(sec:all("Provider")) do
        local code = p:attr("code") or "?"
        local ok, lowest = pcall(p.bool, p, "@fdsLowestQuartile")
        if not ok then
          unreadable[#unreadable + 1] = { stop = lowest, code = code }
        elseif lowest then
          local h = p:provider(code)
          if not (h and h:attr("tier") == "1") then needing[#needing + 1] = code end
        end
      end
      if #needing == 0 then
        if #unreadable > 0 then
          -- cannot tell whether an analyser is needed
          for _, u in ipairs(unreadable) do out:signal(u.stop, u.code) end
        else
          out:not_applicable { at = sec, detail = "no " .. word .. " provider is in the lowest FDS quartile outside tier 1" }
        end
        return
      end
      out:set("providers", list(needing))
      out:set("analysers", #needing)
      local s = sec:first("AnalyserScreenshot")
      if not s then
        if q.is_due then
          out:missing { at = sec, subject = word,
            detail = "Faster diagnosis > " .. Section .. " has no Analyser screenshot, so the return does not say whether the screenshot was submitted" }
        else
          out:not_due { at = sec, subject = word, detail = "no screenshot reported yet" }
        end
        return
      end
      local ok, submitted = out:try(word, s.bool, s, "@submitted")
      if not ok then return end
      if submitted then
        local ok2, date = out:try(word, s.date, s, "@date", nil)
        if ok2 then out:pass { at = s, detail = date and ("submitted on " .. date) or "submitted" } end
      elseif q.is_due then
        out:fail { at = s, attr = "submitted", subject = word, detail = "not submitted" }
      else
        out:not_due { at = s, attr = "submitted", subject = word, detail = "not yet submitted" }
      end
    end,
    say = {
      pass = "The " .. word .. " pathway analyser 'median averages' tab screenshot has been submitted ({details})",
      fail = { message = "No " .. word .. " pathway analyser 'median averages' tab screenshot has been submitted for the {analysers|analyser|analysers} of {providers}; one was due in the year, by {due}",
        prompt = "Submit the screenshot to the national team and give its date in the next return, or explain why the analyser was not completed." },
      missing = { message = "The return does not say whether the " .. word .. " pathway analyser 'median averages' tab screenshot was submitted for the {analysers|analyser|analysers} of {providers}; it was due by {due}",
        prompt = "Add the Analyser screenshot entry to the " .. word .. " section, with the date of submission, in the next return." },
      ["not-due"] = "The " .. word .. " pathway analyser 'median averages' tab screenshot for the {analysers|analyser|analysers} of {providers} is not yet submitted; it is due once in the year, by {due}",
      ["not-applicable"] = "No " .. word .. " provider is in the lowest FDS quartile outside tier 1, so no pathway analyser screenshot is needed",
    },  }
end

screenshot {
  id = "FD-URO-04", section = "Urology", word = "urology", analyser = "FD-URO-03",
  title = "Pathway analyser 'median averages' screenshot submitted once in the year",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  note = "Revision 2: not-applicable when no provider needs an analyser, and a pass as soon as the screenshot is submitted.",
}

screenshot {
  id = "FD-GYN-04", section = "Gynaecology", word = "gynaecology", analyser = "FD-GYN-03",
  title = "Gynaecology pathway analyser 'median averages' screenshot submitted once in the year",
  source = "Planning pack 2025/26: Faster Diagnosis: Gynaecological Cancer",
  note = "New in revision 2, as FD-URO-04 revised. Schema 1.0 already holds Gynaecology/AnalyserScreenshot, so the rule judges 1.0 returns too.",
}
