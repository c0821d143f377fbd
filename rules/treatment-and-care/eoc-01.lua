-- EOC-01: a People & Community Forum established, with the diversity of its
-- representation monitored.
local SOURCE = "Planning pack 2025/26: Experience of Care and People & Community Engagement"

deliverable {
  id = "EOC-01", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "People & Community Forum established, its diversity monitored",
  source = SOURCE,
  checks = "ExperienceOfCare/Forum must show the People & Community Forum established (established true) every quarter, or it fails; it is missing if the forum's diversity is not monitored (diversityMonitored false) or the Forum is absent.",
  check = function(doc, out)
    local f = doc:first("ExperienceOfCare/Forum")
    if not f then
      return out:missing { at = doc:first("ExperienceOfCare") or doc,
        detail = "Experience of care > Forum is absent",
        prompt = "Add Forum to ExperienceOfCare, saying whether the People & Community Forum is established (established) and whether the representation of all parts of the community in it is monitored (diversityMonitored)." }
    end
    out:try("established", function()
      if not f:bool("@established") then
        out:fail { at = f, attr = "established", subject = "established",
          detail = "the People & Community Forum is not established",
          prompt = "The People & Community Forum is not established (established false); the pack expects one in place every quarter. Describe the plan and date to establish a People & Community Forum made up of a diverse representation of people from within the alliance's local communities, and how it will be recruited." }
      end
    end)
    out:try("diversityMonitored", function()
      if not f:bool("@diversityMonitored") then
        out:missing { at = f, attr = "diversityMonitored", subject = "diversityMonitored",
          detail = "the diversity of the forum's membership is not monitored",
          prompt = "The representation of the community in the People & Community Forum is not monitored (diversityMonitored false). Describe how the alliance monitors the representation of all parts of its community within the forum and work programme, the gaps in the diversity of voices found, and the actions to address them." }
      end
    end)
  end,
  say = {
    pass = "The People & Community Forum is established and the diversity of its membership is monitored",
    -- the fail and missing items carry their own prompts
    fail = "{details}",
    missing = "{details}",
  },
}
