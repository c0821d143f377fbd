-- EOC-03: CPES / U16 CPES insight used to inform improvements, and local
-- initiatives to improve uptake among under-represented groups.
local ITEMS = {
  { attr = "insightUsed", what = "CPES / U16 CPES insight and feedback is not used to inform improvements to services",
    write = "Describe how the alliance, trusts and system partners use CPES and U16 CPES insight and feedback to understand how people experience cancer services, and the improvements it has informed." },
  { attr = "uptakeInitiatives", what = "there are no local initiatives to improve CPES / U16 CPES uptake among under-represented groups",
    write = "Describe the gaps in uptake of CPES and U16 CPES found with trusts and system partners, the barriers and motivators for the groups concerned, and the local initiatives to encourage uptake, especially among under-represented groups." },
}

deliverable {
  id = "EOC-03", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "CPES / U16 CPES insight used, and uptake improved among under-represented groups",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  checks = "ExperienceOfCare/CPES must show CPES / U16 CPES insight used (insightUsed true) and local initiatives to improve uptake among under-represented groups (uptakeInitiatives true) every quarter; each that is false, or an absent CPES, is missing.",
  check = function(doc, out)
    local c = doc:first("ExperienceOfCare/CPES")
    if not c then
      return out:missing { at = doc:first("ExperienceOfCare") or doc,
        detail = "Experience of care > CPES is absent",
        prompt = "Add CPES to ExperienceOfCare, saying whether CPES / U16 CPES insight is used to inform improvements (insightUsed) and whether local initiatives encourage uptake among under-represented groups (uptakeInitiatives)." }
    end
    local writes = {}
    for _, it in ipairs(ITEMS) do
      out:try(it.attr, function()
        if not c:bool("@" .. it.attr) then
          out:missing { at = c, attr = it.attr, subject = it.attr,
            detail = it.what .. " (" .. it.attr .. " false)" }
          writes[#writes + 1] = it.write
        end
      end)
    end
    out:set("write", table.concat(writes, " "))
  end,
  say = {
    pass = "CPES / U16 CPES insight is used and local initiatives encourage uptake among under-represented groups",
    missing = { message = "Not yet shown for CPES / U16 CPES: {details}",
      prompt = "CPES: {details}; the pack expects, every quarter, CPES / U16 CPES insight used to inform improvements and local initiatives to encourage uptake among under-represented groups. {write}" },
  },
}
