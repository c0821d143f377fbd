-- EOC-05: trusts or system partners recruited to the Cancer Experience of
-- Care Improvement Collaborative (CIC), or a CIC project led by the
-- alliance: either meets it. CIC/@participatingTrusts is in schema 1.0;
-- @leadsProject comes with 1.1, so the rule judges 1.1 returns only.
deliverable {
  id = "EOC-05", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Trusts take part in the Cancer Experience of Care Improvement Collaborative, or the alliance leads a CIC project",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Cancer Alliance role",
  quote = "Recruit Trusts/System partners to participate in the Cancer Experience of Care Improvement Collaborative (CIC) or actively lead a 'CIC' project",
  checks = "ExperienceOfCare/CIC passes when participatingTrusts is 1 or more, or leadsProject is true; it fails when participatingTrusts is 0 and leadsProject is false. leadsProject is read only when no trust takes part: absent then, it is missing, as is an absent CIC. Not-applicable on a schema 1.0 return.",
  check = function(doc, out)
    local c = doc:first("ExperienceOfCare/CIC")
    if not c then
      local section = doc:first("ExperienceOfCare")
      return out:missing { at = section or doc,
        detail = (section and "Experience of care > CIC" or "Experience of care") .. " is absent",
        prompt = "In the next return, add CIC under ExperienceOfCare: the number of trusts taking part in the collaborative and whether the alliance leads a CIC project." }
    end
    local ok, trusts = out:try("participatingTrusts", c.int, c, "@participatingTrusts")
    if not ok then return end
    if trusts >= 1 then
      return out:pass { at = c, detail = string.format("%d %s part in the Cancer Experience of Care Improvement Collaborative",
        trusts, trusts == 1 and "trust takes" or "trusts take") }
    end
    if not c:has("@leadsProject") then
      return out:missing { at = c, attr = "leadsProject", subject = "leadsProject",
        detail = "No trust takes part in the Cancer Experience of Care Improvement Collaborative (participatingTrusts 0), and CIC leadsProject is absent",
        prompt = "In the next return, add leadsProject to CIC: whether the alliance actively leads a CIC project (name it in the narrative if so)." }
    end
    local led_ok, leads = out:try("leadsProject", c.bool, c, "@leadsProject")
    if not led_ok then return end
    if leads then
      return out:pass { at = c, detail = "No trust takes part in the Cancer Experience of Care Improvement Collaborative, and the alliance actively leads a CIC project" }
    end
    out:fail { at = c, attr = "leadsProject", subject = "leadsProject",
      detail = "No trust takes part in the Cancer Experience of Care Improvement Collaborative (participatingTrusts 0) and the alliance leads no CIC project (leadsProject false)",
      prompt = "By the quarterly review meeting, name the trusts or system partners being recruited to the collaborative, or the CIC project the alliance will lead, with start dates." }
  end,
  say = {
    pass = "{details}",
    -- fail and missing: the items' own details and prompts.
  },
}
