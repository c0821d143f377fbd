-- OP-05: overcoming seasonality, with a continued focus on skin performance in
-- providers whose skin FDS was below 75% from April to September 2024.
deliverable {
  id = "OP-05", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Skin FDS below 75% in a provider (Apr–Sep 2024): seasonality plan",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "Each OperationalPerformance/SkinFDS with @aprSep2024 below 75 must have @seasonalityPlan=true: from Q1 it fails where it is false; not-applicable if no provider was below 75% from April to September 2024.",
  each = "OperationalPerformance/SkinFDS", subject = "@provider", none = "not-applicable",
  where = function(s) return s:pct("@aprSep2024") < 75 end,
  meets = function(s)
    local cur = s:get("@current")
    local now = (cur and re.test(cur, [[^\d+(\.\d+)?$]])) and (", " .. num_text(tonumber(cur)) .. "% now") or ""
    local plan = s:bool("@seasonalityPlan")
    return plan, string.format("%s skin FDS %s%% in April to September 2024%s, %s",
      s:attr("provider") or "?", num_text(s:pct("@aprSep2024")), now, plan and "seasonality plan in place" or "no seasonality plan")
  end,
  say = {
    pass = "Every provider with skin FDS below 75% in April to September 2024 has a seasonality plan ({details})",
    fail = { message = "{count} {count|provider has|providers have} skin FDS below 75% in April to September 2024 and no seasonality plan, due by {due}: {details}",
      prompt = "Skin FDS performance at {subjects} was below 75% from April to September 2024 ({details}); a plan to overcome seasonality was required by {due}. Describe the seasonality plan for {subjects}: the demand and capacity actions for the summer peak in skin referrals (teledermatology, additional clinics, PTL monitoring), how they reduce seasonal variation in FDS performance across the year, and set seasonalityPlan to true." },
    ["not-applicable"] = "No provider had skin FDS below 75% in April to September 2024",
  },
}
