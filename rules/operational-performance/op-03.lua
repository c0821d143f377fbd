-- OP-03: actions where more than 25% of patients wait more than 31 days for
-- treatment on a pathway at a provider (Q3 2024/25 baseline).
deliverable {
  id = "OP-03", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Actions where > 25% of patients wait more than 31 days for treatment on a pathway at a provider",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "Each OperationalPerformance/LongWait with @percentOver31 over 25 needs actions: from Q1 it fails if @actions is false and is missing if its narrative (the LongWait text) is absent, empty or a placeholder; not-applicable if no provider pathway is over 25%.",
  each = "OperationalPerformance/LongWait", subject = "@provider", none = "not-applicable",
  where = function(w) return w:pct("@percentOver31") > 25 end,
  judge = function(w)
    local provider, pathway = w:attr("provider") or "?", w:attr("pathway") or "?"
    local head = string.format("%s %s: %s%% wait more than 31 days", provider, pathway, num_text(w:pct("@percentOver31")))
    if not w:bool("@actions") then return "fail", head .. ", no actions", nil, w end
    local state, seen = no_evidence(w:content())
    if state then
      local what = state == "placeholder" and ("only the placeholder '" .. seen .. "'") or state
      return "missing", string.format("%s, actions reported but the narrative is %s", head, what),
        string.format("Describe in the LongWait narrative for %s %s the actions to bring the share of patients waiting more than 31 days for treatment to 25%% or below, with dates.",
          provider, pathway)
    end
    return "pass", head .. ", actions in place"
  end,
  say = {
    pass = "Every provider pathway where more than 25% of patients wait over 31 days for treatment has actions in place ({details})",
    fail = { message = "{count} provider {count|pathway has|pathways have} more than 25% of patients waiting over 31 days for treatment and no actions, due by {due}: {details}",
      prompt = "At {subjects} more than 25% of patients wait more than 31 days for treatment ({details}); actions were required by {due}, using Q3 2024/25 as a baseline. Set actions to true and describe in the LongWait narrative the actions for each pathway (e.g. additional surgical or radiotherapy capacity, shared PTLs across providers), who leads them and the date the share will be 25% or below." },
    missing = { message = "{count} provider {count|pathway has|pathways have} actions for waits over 31 days but no narrative evidence: {details}",
      prompt = "At {subjects} more than 25% of patients wait more than 31 days for treatment ({details}) and actions, due by {due}, are reported with no narrative. Describe in the LongWait narrative for {subjects} the actions to reduce waits over 31 days for treatment, who leads them and the dates." },
    ["not-applicable"] = "No provider pathway has more than 25% of patients waiting more than 31 days for treatment",
  },
}
