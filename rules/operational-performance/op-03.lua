-- OP-03: actions where more than 25% of patients wait more than 31 days for
-- treatment on a pathway at a provider (Q3 2024/25 baseline).
deliverable {
  id = "OP-03", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Actions where > 25% of patients wait more than 31 days for treatment on a pathway at a provider",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Deliverables",
  quote = "Actions to address where >25% of patients are waiting more than 31 days for treatment on a pathway at a provider (e.g. Prostate Surgery) using Q3 2024/25 as a baseline.",
  checks = "Each OperationalPerformance/LongWait with @percentOver31 over 25 needs actions: from Q1 it fails if @actions is false and is missing if its narrative (the LongWait text) is absent, empty or a placeholder. Missing if the OperationalPerformance section is absent; not-applicable if it is there and no provider pathway is over 25%.",
  each = "OperationalPerformance/LongWait", subject = "@provider", none = "not-applicable",
  where = function(w) return w:pct("@percentOver31") > 25 end,
  judge = function(w)
    local provider, pathway = w:attr("provider") or "?", w:attr("pathway") or "?"
    local head = string.format("%s %s %s%%", provider, pathway, num_text(w:pct("@percentOver31")))
    if not w:bool("@actions") then return "fail", head, nil, w end
    local state, seen = no_evidence(w:content())
    if state then
      local what = state == "placeholder" and ("only the placeholder '" .. seen .. "'") or state
      return "missing", string.format("%s, actions reported, narrative %s", head, what)
    end
    return "pass", head .. ", actions in place"
  end,
  say = {
    pass = "Every provider pathway where more than 25% of patients wait over 31 days for treatment has actions in place ({details})",
    fail = { message = "No actions, due by {due}, at {count} provider {count|pathway|pathways} where more than 25% of patients wait over 31 days for treatment: {details}",
      prompt = "Describe in the next return's LongWait text the actions (e.g. added surgical capacity, shared PTLs), their lead and when the share will be 25% or below." },
    missing = { message = "{count} provider {count|pathway has|pathways have} actions for waits over 31 days but no narrative evidence ({details})",
      prompt = "Describe the actions in the LongWait text for the next return: what they are, who leads them and the dates." },
    ["not-applicable"] = "No provider pathway has more than 25% of patients waiting more than 31 days for treatment",
  },
}
