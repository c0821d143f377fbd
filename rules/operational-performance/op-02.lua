-- OP-02: improvement plans for tumour types whose ICB 62-day performance was
-- in the bottom quartile in Q3 2024/25, or below 50%. Due Q1, so from Q1 a
-- plan still in development is a fail, as no plan is (Revision 2).
local PLANS = { "none", "in-development", "in-place" }

deliverable {
  id = "OP-02", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Improvement plans for tumour types whose ICB 62-day performance was bottom quartile in Q3 2024/25, or below 50%",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Deliverables",
  quote = "Improvement plans for tumour types where an ICBs 62 day performance is in the bottom quartile compared to other systems, in Q3 2024/25, (or below 50%)",
  checks = "Each OperationalPerformance/TumourPlan with @bottomQuartile=true or @q3Performance below 50 needs an improvement plan in place: from Q1 (so every quarter) it fails if @plan is none or in-development, and is missing if the plan is in place but its narrative (the TumourPlan text) is absent, empty or a placeholder. Missing if the OperationalPerformance section is absent; not-applicable if it is there and no tumour type qualifies.",
  each = "OperationalPerformance/TumourPlan", subject = "@tumour", none = "not-applicable",
  where = function(t)
    return t:bool("@bottomQuartile") or t:pct("@q3Performance") < 50
  end,
  judge = function(t)
    local tumour, icb = t:attr("tumour") or "?", t:attr("icb") or "?"
    local perf = t:pct("@q3Performance")
    -- below 50% shows in the figure; say bottom quartile only when it is why
    local head = string.format("%s (%s) %s%%%s", tumour, icb, num_text(perf), perf < 50 and "" or ", bottom quartile")
    local plan = t:enum("@plan", PLANS)
    if plan ~= "in-place" then
      local what = plan == "none" and "no plan" or "in development"
      return "fail", head .. ": " .. what, nil, t
    end
    local state, seen = no_evidence(t:content())
    if state then
      local what = state == "placeholder" and ("only the placeholder '" .. seen .. "'") or state
      return "missing", string.format("%s: plan in place, its narrative %s", head, what)
    end
    return "pass", head .. ": plan in place"
  end,
  say = {
    pass = "Every tumour type with bottom-quartile or below-50% 62 day performance in Q3 2024/25 has an improvement plan in place ({details})",
    fail = { message = "No improvement plan in place, due by {due}, for {count} tumour {count|type|types} with bottom-quartile or below-50% 62 day performance (Q3 2024/25): {details}",
      prompt = "Give in the next return each plan's agreement date, owning pathway board and actions across diagnosis, staging and treatment." },
    missing = { message = "{count} tumour {count|type's|types'} improvement {count|plan has|plans have} no narrative evidence (62 day performance in Q3 2024/25): {details}",
      prompt = "Describe in the TumourPlan text, for the next return, what the plan does: its actions, who leads them and the dates." },
    ["not-applicable"] = "No tumour type had 62 day performance in the bottom quartile or below 50% in Q3 2024/25",
  },
}
