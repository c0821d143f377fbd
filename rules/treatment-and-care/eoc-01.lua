-- EOC-01: a People & Community Forum established, with the diversity of its
-- representation monitored. The forum is the fail; its diversity not being
-- monitored is missing evidence (the pack's next bullet: "Monitor the
-- representation of all parts of your community within the Cancer Alliance
-- Forum and work programme").
deliverable {
  id = "EOC-01", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "People & Community Forum established, its diversity monitored",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Cancer Alliance role",
  quote = "Establish a People & Community Forum, made up of a diverse representation of people from within your local communities.",
  checks = "ExperienceOfCare/Forum must show the People & Community Forum established (established true) every quarter, or it fails; it is missing if the forum's diversity is not monitored (diversityMonitored false) or the Forum is absent.",
  check = function(doc, out)
    local f = doc:first("ExperienceOfCare/Forum")
    if not f then
      local section = doc:first("ExperienceOfCare")
      return out:missing { at = section or doc,
        detail = (section and "Experience of care > Forum" or "Experience of care") .. " is absent",
        prompt = "In the next return, add Forum under ExperienceOfCare: whether the People & Community Forum is established and whether the diversity of its membership is monitored." }
    end
    out:try("established", function()
      if not f:bool("@established") then
        out:fail { at = f, attr = "established", subject = "established",
          detail = "No People & Community Forum is established (established false); the pack asks every alliance to have one",
          prompt = "By the quarterly review meeting, give the date the forum will first meet and how members will be recruited so that it has a diverse representation of people from local communities." }
      end
    end)
    out:try("diversityMonitored", function()
      if not f:bool("@diversityMonitored") then
        out:missing { at = f, attr = "diversityMonitored", subject = "diversityMonitored",
          detail = "The forum's representation of all parts of the community is not monitored (diversityMonitored false)",
          prompt = "In the next return, describe how the alliance checks whose voices its forum and work programme hear, the gaps found, and what it is doing to close them." }
      end
    end)
  end,
  say = {
    pass = "The People & Community Forum is established and the diversity of its membership is monitored",
    -- fail and missing: the items' own details and prompts (each names its
    -- case; a malformed flag may sit beside them).
  },
}
