-- EOC-04: the alliance sets its own metrics for the extent and impact of
-- people and communities engagement; quarterly narrative update.
local METRICS = "the alliance's own metrics measuring the extent and impact of people and communities engagement, mindful of the Impact and Assessment Framework"
local NARRATIVE = "the quarterly update on experience of care and people and community engagement: how the alliance is engaging people and communities and the improvements to experience of cancer care it has led to"

deliverable {
  id = "EOC-04", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Alliance sets its own engagement metrics; quarterly narrative",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  checks = "Every quarter the alliance must have set its own engagement metrics (Metrics set true) and both texts, ExperienceOfCare/Metrics and ExperienceOfCare/Narrative, must be real evidence (not absent, empty or a placeholder); otherwise it is missing.",
  check = function(doc, out)
    local m = doc:first("ExperienceOfCare/Metrics")
    if m then
      out:try("Metrics", function()
        if not m:bool("@set") then
          out:missing { at = m, attr = "set", subject = "Metrics",
            detail = "the alliance has not set its own engagement metrics (Metrics set false)" }
        end
      end)
    end
    out:evidence(doc, "ExperienceOfCare/Metrics", METRICS, "Metrics")
    out:evidence(doc, "ExperienceOfCare/Narrative", NARRATIVE, "Narrative")
  end,
  say = {
    pass = "The alliance has set its own engagement metrics and given its quarterly experience of care narrative",
    -- used when the metrics are not set; assure's own message says when a
    -- text is absent, empty or a placeholder
    missing = { message = "Experience of care: {details}",
      prompt = "The alliance has not set its own engagement metrics (Metrics set false); the pack expects Cancer Alliances to set their own metrics to measure the extent and impact of people and communities engagement. Set the metrics, mindful of the Impact and Assessment Framework co-produced with Alliance leads, list them in Metrics and set it to true." },
  },
}
