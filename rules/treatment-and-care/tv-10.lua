-- TV-10: the alliance takes part in the quarterly Treatment Variation Working
-- Group, and offers tailored support to each provider that the national
-- audits identify as a national outlier (catalogue revision 2). Schema 1.1
-- holds the evidence: TreatmentVariation/WorkingGroup, @nationalOutlier on
-- Measure and Waits, and TreatmentVariation/OutlierSupport.

deliverable {
  id = "TV-10", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Treatment Variation Working Group attended; tailored support for each national outlier",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  row = "Cancer Alliance role",
  quote = "offering tailored support to providers who are identified as national outliers.",
  checks = "Every quarter (schema 1.1 returns): TreatmentVariation/WorkingGroup with @attended false is at-risk (the pack's Cancer Alliance role: \"Participate in the quarterly Treatment Variation Working Group meetings\"); WorkingGroup absent is missing. Each Measure or Waits with @nationalOutlier true needs an OutlierSupport for the same tumour and provider whose text is real evidence (not absent, empty or a placeholder): missing otherwise. A Measure or Waits without @nationalOutlier is not an outlier. TreatmentVariation absent is missing.",
  note = "The Cancer Alliance role bullet quoted asks for the tailored support; the next bullet asks alliances to participate in the quarterly Treatment Variation Working Group, checked here too.",
  check = function(doc, out, q)
    local asks = {} -- what the missing items ask for, in one prompt
    local tv = doc:first("TreatmentVariation")
    if not tv then
      out:set("ask", "Add the TreatmentVariation section to the next return, with WorkingGroup and an OutlierSupport entry for each national outlier.")
      return out:missing { at = doc, subject = "WorkingGroup",
        detail = "Treatment variation is absent, so neither the working group attendance nor the support for national outliers is reported",
        prompt = "Add the TreatmentVariation section to the next return, with WorkingGroup and an OutlierSupport entry for each national outlier." }
    end
    -- The quarterly Treatment Variation Working Group.
    local wg = tv:first("WorkingGroup")
    if not wg then
      out:missing { at = tv, subject = "WorkingGroup",
        detail = "The attendance at the " .. q.name .. " Treatment Variation Working Group (WorkingGroup) is not reported",
        prompt = "Add WorkingGroup (attended, and the meeting date) to the next return." }
      asks[#asks + 1] = "add WorkingGroup (attended, and the meeting date)"
    else
      out:try("WorkingGroup", function()
        if wg:bool("@attended") then
          local date = wg:date("@date", nil)
          out:set("attended", date and (" on " .. date) or "")
          out:pass { at = wg, subject = "WorkingGroup" }
        else
          out:at_risk { at = wg, attr = "attended", subject = "WorkingGroup",
            detail = "WorkingGroup attended is false" }
        end
      end)
    end
    -- Tailored support for each national outlier.
    local support = {}
    for _, s in ipairs(tv:all("OutlierSupport")) do
      local key = (s:attr("tumour") or "?") .. " " .. (s:attr("provider") or "?")
      if not support[key] then support[key] = s end
    end
    local outliers, unsupported = {}, {}
    for _, e in ipairs(tv:children()) do
      local name = e:name()
      if name == "Measure" or name == "Waits" then
        local provider, tumour = e:attr("provider") or "?", e:attr("tumour") or "?"
        out:try(provider, function()
          if not e:bool("@nationalOutlier", false) then return end
          outliers[#outliers + 1] = provider .. " " .. tumour
          local s = support[tumour .. " " .. provider]
          local state, seen = no_evidence(s and s:content())
          if not state then
            return out:pass { at = s, subject = provider, detail = provider .. " " .. tumour .. ": tailored support described" }
          end
          local what = not s and "no tailored support is described"
              or state == "placeholder" and ("the support described is only the placeholder '" .. seen .. "'")
              or "the support described is empty"
          out:missing { at = s or e, attr = not s and "nationalOutlier" or nil, subject = provider,
            detail = string.format("%s %s is a national outlier and %s", provider, tumour, what),
            prompt = string.format("Describe the tailored support offered to %s for %s, and who gives it, in an OutlierSupport entry in the next return.", provider, tumour) }
          unsupported[#unsupported + 1] = provider .. " " .. tumour
        end)
      end
    end
    if #unsupported > 0 then
      asks[#asks + 1] = "describe the tailored support offered to " .. list(unsupported) .. ", and who gives it, in an OutlierSupport entry for each"
    end
    if #asks > 0 then
      local ask = table.concat(asks, ", and ")
      out:set("ask", ask:sub(1, 1):upper() .. ask:sub(2) .. ", in the next return.")
    end
    out:set("outliers", #outliers == 0 and "no provider is identified as a national outlier"
      or ("tailored support is described for each national outlier (" .. list(outliers) .. ")"))
  end,
  say = {
    pass = "The {quarter} Treatment Variation Working Group was attended{attended}, and {outliers}",
    ["at-risk"] = { message = "The alliance did not attend the {quarter} Treatment Variation Working Group; the pack asks it to take part every quarter",
      prompt = "Name who will attend the next meeting and what they will escalate or share there, in the next return." },
    -- {ask} gathers what the missing items ask for (the attendance, the
    -- support for each outlier), so a prompt names each only once
    missing = { message = "{details}", prompt = "{ask}" },
  },
}
