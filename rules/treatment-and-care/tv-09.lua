-- TV-09: continue to evaluate the demand and capacity of SACT services across
-- the alliance footprint and feed into commissioning discussions.
local STATUSES = { "not-started", "ongoing", "complete" }

deliverable {
  id = "TV-09", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "SACT demand and capacity evaluated and fed into commissioning",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  checks = "Every quarter, TreatmentVariation/SACTDemandCapacity absent or with @status not-started is missing; with the evaluation ongoing or complete it is at-risk if @fedIntoCommissioning is false.",
  check = function(doc, out)
    local s = doc:first("TreatmentVariation/SACTDemandCapacity")
    if not s then
      return out:missing { at = doc:first("TreatmentVariation") or doc,
        detail = "Treatment variation > SACT demand and capacity is absent" }
    end
    local status = s:enum("@status", STATUSES)
    out:set("status", status)
    if status == "not-started" then
      return out:missing { at = s, attr = "status", detail = "the SACT demand and capacity evaluation is not-started" }
    end
    if not s:bool("@fedIntoCommissioning") then
      out:at_risk { at = s, attr = "fedIntoCommissioning",
        detail = "the SACT demand and capacity evaluation (" .. status .. ") has not fed into commissioning discussions" }
    end
  end,
  say = {
    pass = "The SACT demand and capacity evaluation is {status} and feeds into commissioning discussions",
    missing = { message = "{details}",
      prompt = "The pack asks alliances to continue to evaluate the demand and capacity of SACT services across the alliance footprint and feed into commissioning discussions, every quarter, and no evaluation under way is reported ({details}). Describe in SACTDemandCapacity the evaluation of SACT demand and capacity (chair and workforce capacity, growth in demand, by provider), when it started or will start, and its status." },
    ["at-risk"] = { message = "{details}",
      prompt = "The SACT demand and capacity evaluation is {status} but has not fed into commissioning discussions; the pack asks that it feeds into commissioning discussions, every quarter. Describe in SACTDemandCapacity when and how the findings will be shared with ICB and specialised commissioners, and set fedIntoCommissioning to true once they have been." },
  },
}
