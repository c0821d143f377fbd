-- EOC-02: a Patient & Public Voice (PPV) partner identified to sit within the
-- National Cancer Programme PPV Forum.
deliverable {
  id = "EOC-02", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Patient & Public Voice partner identified for the national PPV forum",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  checks = "ExperienceOfCare/PPVPartner must show a Patient & Public Voice partner identified (identified true) every quarter, or it fails; an absent PPVPartner is missing.",
  check = function(doc, out)
    local p = doc:first("ExperienceOfCare/PPVPartner")
    if not p then
      return out:missing { at = doc:first("ExperienceOfCare") or doc,
        detail = "Experience of care > PPV partner is absent",
        prompt = "Add PPVPartner to ExperienceOfCare, saying whether a Patient & Public Voice partner has been identified (identified) to sit within the National Cancer Programme PPV Forum (nationalForum)." }
    end
    out:try("identified", function()
      if not p:bool("@identified") then
        out:fail { at = p, attr = "identified", subject = "identified",
          detail = "no Patient & Public Voice partner is identified for the National Cancer Programme PPV Forum" }
      end
    end)
  end,
  say = {
    pass = "A Patient & Public Voice partner is identified for the National Cancer Programme PPV Forum",
    fail = { message = "No Patient & Public Voice partner is identified for the National Cancer Programme PPV Forum (identified false)",
      prompt = "The alliance has not identified a Patient & Public Voice (PPV) partner (identified false); one is expected every quarter. Describe how and by when the alliance will identify a PPV partner to sit within the National Cancer Programme (NCP) PPV Forum, and how it will support them to engage with the national programme." },
  },
}
