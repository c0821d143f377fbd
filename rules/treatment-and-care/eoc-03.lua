-- EOC-03: CPES / U16 CPES insight used to inform improvements (the
-- Deliverables bullet quoted), and local initiatives to improve uptake among
-- under-represented groups (the Cancer Alliance role's bullet "Work with
-- Trusts/System partners to understand the gaps in uptake of CPES & U16 CPES").
local ITEMS = {
  { attr = "insightUsed",
    what = "CPES / U16 CPES insight does not yet inform improvements to services (insightUsed false)",
    write = "In the next return, describe how the alliance and its trusts and system partners use CPES / U16 CPES results and other feedback, and what they changed." },
  { attr = "uptakeInitiatives",
    what = "No local initiative encourages CPES / U16 CPES uptake among under-represented groups (uptakeInitiatives false)",
    write = "In the next return, describe the uptake gaps found with trusts, the barriers and motivators for the groups concerned, and the initiatives planned, with dates." },
}

deliverable {
  id = "EOC-03", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "CPES / U16 CPES insight used, and uptake improved among under-represented groups",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Deliverables",
  quote = "Use, and encourage Trusts/System partners to use, insight and feedback (including CPES/U16CPES) to understand how people are experiencing cancer services to inform improvements to services.",
  checks = "ExperienceOfCare/CPES must show CPES / U16 CPES insight used (insightUsed true) and local initiatives to improve uptake among under-represented groups (uptakeInitiatives true) every quarter; each that is false, or an absent CPES, is missing.",
  check = function(doc, out)
    local c = doc:first("ExperienceOfCare/CPES")
    if not c then
      local section = doc:first("ExperienceOfCare")
      return out:missing { at = section or doc,
        detail = (section and "Experience of care > CPES" or "Experience of care") .. " is absent",
        prompt = "In the next return, add CPES under ExperienceOfCare: whether CPES / U16 CPES insight informs improvements and whether local initiatives encourage uptake among under-represented groups." }
    end
    for _, it in ipairs(ITEMS) do
      out:try(it.attr, function()
        if not c:bool("@" .. it.attr) then
          out:missing { at = c, attr = it.attr, subject = it.attr, detail = it.what, prompt = it.write }
        end
      end)
    end
  end,
  say = {
    pass = "CPES / U16 CPES insight is used and local initiatives encourage uptake among under-represented groups",
    -- missing: the items' own details and prompts, one for each flag.
  },
}
