-- OP-02: improvement plans for tumour types whose ICB 62-day performance was
-- in the bottom quartile in Q3 2024/25, or below 50%.
local PLANS = { "none", "in-development", "in-place" }

deliverable {
  id = "OP-02", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Improvement plans for tumour types whose ICB 62-day performance was bottom quartile in Q3 2024/25, or below 50%",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "Each OperationalPerformance/TumourPlan with @bottomQuartile=true or @q3Performance below 50 needs an improvement plan: from Q1 it fails if @plan is none, is at-risk if in-development, and is missing if its narrative (the TumourPlan text) is absent, empty or a placeholder; not-applicable if no tumour type qualifies.",
  each = "OperationalPerformance/TumourPlan", subject = "@tumour", none = "not-applicable",
  where = function(t)
    return t:bool("@bottomQuartile") or t:pct("@q3Performance") < 50
  end,
  judge = function(t)
    local tumour, icb = t:attr("tumour") or "?", t:attr("icb") or "?"
    local perf = t:pct("@q3Performance")
    local why = {}
    if t:bool("@bottomQuartile") then why[#why + 1] = "bottom quartile" end
    if perf < 50 then why[#why + 1] = "below 50%" end
    local head = string.format("%s (ICB %s): 62-day %s%% in Q3 2024/25, %s", tumour, icb, num_text(perf),
      table.concat(why, " and "))
    local plan = t:enum("@plan", PLANS)
    if plan == "none" then return "fail", head .. ", no improvement plan", nil, t end
    local state, seen = no_evidence(t:content())
    if state then
      local what = state == "placeholder" and ("only the placeholder '" .. seen .. "'") or state
      return "missing", string.format("%s, plan %s but its narrative is %s", head, plan, what),
        string.format("Describe in the TumourPlan narrative for %s (ICB %s) the %s improvement plan: the actions on the 62 day pathway, who leads them and the dates.",
          tumour, icb, plan == "in-place" and "agreed" or "developing")
    end
    if plan == "in-development" then return "at-risk", head .. ", improvement plan still in development" end
    return "pass", head .. ", improvement plan in place"
  end,
  say = {
    pass = "Every tumour type with bottom-quartile or below-50% 62 day performance in Q3 2024/25 has an improvement plan in place ({details})",
    fail = { message = "{count} tumour {count|type has|types have} bottom-quartile or below-50% 62 day performance in Q3 2024/25 and no improvement plan, due by {due}: {details}",
      prompt = "ICB 62 day performance for {subjects} was in the bottom quartile compared to other systems in Q3 2024/25, or below 50%, with no improvement plan ({details}); an improvement plan for each was required by {due}. Give the date the improvement plan for {subjects} will be agreed, and describe in the TumourPlan narrative the actions across the Faster Diagnosis, staging and treatment elements of the pathway, with the pathway board that oversees them." },
    missing = { message = "{count} tumour {count|type has|types have} an improvement plan with no narrative evidence: {details}",
      prompt = "An improvement plan is reported with no narrative evidence ({details}); plans for tumour types with bottom-quartile or below-50% 62 day performance in Q3 2024/25 were due by {due}. Describe in the TumourPlan narrative for {subjects} the improvement actions on the 62 day pathway, who leads them and the dates." },
    ["at-risk"] = { message = "{count} tumour {count|type's|types'} improvement {count|plan is|plans are} still in development though due by {due}: {details}",
      prompt = "{count|An improvement plan is|Improvement plans are} still in development for {count|a tumour type|tumour types} whose ICB 62 day performance was in the bottom quartile in Q3 2024/25, or below 50% ({details}); a plan in place was required by {due}. Give the date the improvement plan for {subjects} will be agreed and in place, and describe in the TumourPlan narrative its actions on the 62 day pathway and who leads them." },
    ["not-applicable"] = "No tumour type had 62 day performance in the bottom quartile or below 50% in Q3 2024/25",
  },
}
