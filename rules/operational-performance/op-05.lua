-- OP-05: overcoming seasonality, with a continued focus on skin performance in
-- providers whose skin FDS was below 75% from April to September 2024.
deliverable {
  id = "OP-05", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Skin FDS below 75% in a provider (Apr–Sep 2024): seasonality plan",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Deliverables",
  quote = "a continued focus on skin performance in providers where FDS skin performance was below 75% within individual providers in 2024/25 (from April to September 2024)",
  checks = "Each OperationalPerformance/SkinFDS with @aprSep2024 below 75 must have @seasonalityPlan=true: from Q1 it fails where it is false. Missing if the OperationalPerformance section is absent; not-applicable if it is there and no provider was below 75% from April to September 2024.",
  each = "OperationalPerformance/SkinFDS", subject = "@provider", none = "not-applicable",
  where = function(s) return s:pct("@aprSep2024") < 75 end,
  meets = function(s)
    local cur = s:get("@current")
    local now = (cur and re.test(cur, [[^\d+(\.\d+)?$]])) and (", " .. num_text(tonumber(cur)) .. "% now") or ""
    local plan = s:bool("@seasonalityPlan")
    return plan, string.format("%s %s%% then%s", s:attr("provider") or "?", num_text(s:pct("@aprSep2024")), now)
  end,
  say = {
    pass = "Every provider with skin FDS below 75% in April to September 2024 has a seasonality plan ({details})",
    fail = { message = "No seasonality plan, due by {due}, at {count} {count|provider|providers} with skin FDS below 75% in April to September 2024: {details}",
      prompt = "Describe in the next return how {subjects} will manage the summer peak in skin referrals, for more consistent performance across the year." },
    ["not-applicable"] = "No provider had skin FDS below 75% in April to September 2024",
  },
}
