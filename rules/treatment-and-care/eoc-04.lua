-- EOC-04: the alliance sets its own metrics for the extent and impact of
-- people and communities engagement; quarterly narrative update (both from
-- the pack's Success measures).
local METRICS = "the metrics agreed to measure the extent and impact of people and communities engagement, mindful of the Impact and Assessment Framework"
local NARRATIVE = "how the alliance engaged people and communities this quarter, and what that engagement changed for people using cancer services"

deliverable {
  id = "EOC-04", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Alliance sets its own engagement metrics; quarterly narrative",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Success measures",
  quote = "Cancer Alliances should set their own metrics to measure the extent and impact of people and communities engagement, being mindful of the impact measurement framework.",
  checks = "Every quarter the alliance must have set its own engagement metrics (Metrics set true) and both texts, ExperienceOfCare/Metrics and ExperienceOfCare/Narrative, must be real evidence (not absent, empty or a placeholder); otherwise it is missing.",
  check = function(doc, out)
    local m = doc:first("ExperienceOfCare/Metrics")
    if m then
      out:try("Metrics", function()
        if not m:bool("@set") then
          out:missing { at = m, attr = "set", subject = "Metrics",
            detail = "The alliance has not set its own engagement metrics (Metrics set false)",
            prompt = "In the next return, list " .. METRICS .. ", or the date they will be agreed." }
        end
      end)
    end
    out:evidence(doc, "ExperienceOfCare/Metrics", METRICS, "Metrics")
    out:evidence(doc, "ExperienceOfCare/Narrative", NARRATIVE, "Narrative")
  end,
  say = {
    pass = "The alliance has set its own engagement metrics and given its quarterly experience of care narrative",
    -- missing: the item's own detail and prompt, or assure's own words when
    -- a text is absent, empty or a placeholder.
  },
}
