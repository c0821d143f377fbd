-- GOV-01: boards review CWT data; access and inter-provider transfer
-- policies are in place.
local ITEMS = {
  { "boardReviewsCWT", "the alliance board routinely reviews cancer waiting times data" },
  { "pathwayBoardsReviewCWT", "pathway boards routinely review cancer waiting times data" },
  { "accessPolicy", "an access policy is in place" },
  { "interProviderTransferPolicy", "an inter-provider transfer policy is in place" },
}

deliverable {
  id = "GOV-01", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Boards review CWT data; access and inter-provider transfer policies in place",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  checks = "OperationalPerformance/Governance must have boardReviewsCWT, pathwayBoardsReviewCWT, accessPolicy and interProviderTransferPolicy all true: fail for each false; missing if Governance is absent.",
  check = function(doc, out)
    local g = doc:first("OperationalPerformance/Governance")
    if not g then
      return out:missing { at = doc:first("OperationalPerformance") or doc,
        detail = "Operational performance > Governance is absent",
        prompt = "Add Governance to OperationalPerformance, saying whether the alliance board and pathway boards review CWT data and whether access and inter-provider transfer policies are in place." }
    end
    for _, it in ipairs(ITEMS) do
      out:try(it[1], function()
        if not g:bool("@" .. it[1]) then
          out:fail { at = g, attr = it[1], subject = it[1], detail = "not yet: " .. it[2] }
        end
      end)
    end
  end,
  say = {
    pass = "Both boards review CWT data and access and inter-provider transfer policies are in place",
    fail = { message = "{count} of 4 governance {count|requirement is|requirements are} not met: {details}",
      prompt = "Set out when and how each is being put in place ({subjects}): the alliance board and pathway boards should routinely review CWT data, with access and inter-provider transfer policies agreed across providers." },
  },
}
