-- TV-09: continue to evaluate the demand and capacity of SACT services across
-- the alliance footprint and feed into commissioning discussions.
local STATUSES = { "not-started", "ongoing", "complete" }

deliverable {
  id = "TV-09", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "SACT demand and capacity evaluated and fed into commissioning",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  row = "Deliverables",
  quote = "continue to evaluate the demand and capacity of SACT services across the Alliance footprint and feed into commissioning discussions.",
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
      return out:missing { at = s, attr = "status", detail = "The SACT demand and capacity evaluation is not-started" }
    end
    if not s:bool("@fedIntoCommissioning") then
      out:at_risk { at = s, attr = "fedIntoCommissioning",
        detail = "The SACT demand and capacity evaluation (" .. status .. ") has not fed into commissioning discussions" }
    end
  end,
  say = {
    pass = "The SACT demand and capacity evaluation is {status} and feeds into commissioning discussions",
    missing = { message = "{details}; the pack asks for it every quarter, feeding into commissioning discussions",
      prompt = "Describe the evaluation planned (chair and workforce capacity, demand growth, by provider), its lead and start date, in the next return." },
    ["at-risk"] = { message = "{details}; the pack asks that it does, every quarter",
      prompt = "Say when and how the findings will reach ICB and specialised commissioners, by the next return." },
  },
}
