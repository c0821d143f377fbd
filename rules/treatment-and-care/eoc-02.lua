-- EOC-02: a Patient & Public Voice (PPV) partner identified, and sitting
-- within the National Cancer Programme PPV Forum. Revision 2: a partner who
-- is identified but not on the national forum fails too (nationalForum false).
deliverable {
  id = "EOC-02", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Patient & Public Voice partner identified, sitting within the National Cancer Programme PPV Forum",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Cancer Alliance role",
  quote = "Identify a Patient & Public Voice Partner (PPV ) to sit within the National Cancer Programme (NCP) PPV Forum.",
  checks = "ExperienceOfCare/PPVPartner must show, every quarter, a Patient & Public Voice partner identified (identified true) who sits within the National Cancer Programme PPV Forum (nationalForum true): fail if no partner is identified, and fail if the partner identified is not on the national forum (nationalForum is read only when a partner is identified). An absent PPVPartner is missing.",
  check = function(doc, out)
    local p = doc:first("ExperienceOfCare/PPVPartner")
    if not p then
      local section = doc:first("ExperienceOfCare")
      return out:missing { at = section or doc,
        detail = (section and "Experience of care > PPV partner" or "Experience of care") .. " is absent",
        prompt = "In the next return, add PPVPartner under ExperienceOfCare: whether a PPV partner is identified and whether they sit within the NCP PPV Forum." }
    end
    local ok, identified = out:try("identified", p.bool, p, "@identified")
    if not ok then return end
    if not identified then
      return out:fail { at = p, attr = "identified", subject = "identified",
        detail = "No Patient & Public Voice (PPV) partner is identified for the National Cancer Programme PPV Forum (identified false)",
        prompt = "By the quarterly review meeting, say how and when a partner will be recruited, and how the alliance will support them to engage with the national programme." }
    end
    out:try("nationalForum", function()
      if not p:bool("@nationalForum") then
        out:fail { at = p, attr = "nationalForum", subject = "nationalForum",
          detail = "The PPV partner identified does not sit within the National Cancer Programme (NCP) PPV Forum (nationalForum false)",
          prompt = "In the next return, give the date they take their seat there, or what stands in the way, and how the alliance supports them to engage with the national programme." }
      end
    end)
  end,
  say = {
    pass = "A Patient & Public Voice partner is identified and sits within the National Cancer Programme PPV Forum",
    -- fail and missing: the items' own details and prompts (each names its case).
  },
}
