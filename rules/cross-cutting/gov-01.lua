-- GOV-01: boards review CWT data; access and inter-provider transfer
-- policies are in place.
local ITEMS = {
  { "boardReviewsCWT", "the Alliance Board does not routinely review CWT data",
    "Say in the next return from which meeting detailed CWT figures become a standing item of its agenda." },
  { "pathwayBoardsReviewCWT", "pathway boards do not routinely review CWT data",
    "Say in the next return which tumour types' pathway boards will take detailed CWT figures as a standing item, and from when." },
  { "accessPolicy", "no local Access policy is in place",
    "Give in the next return the date the Access policy, following the National Cancer Waiting Times guidance, will be agreed across the alliance's providers." },
  { "interProviderTransferPolicy", "no local Inter-Provider Transfer policy is in place",
    "Give in the next return the date the transfer policy will be agreed across the alliance's providers." },
}

deliverable {
  id = "GOV-01", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Boards review CWT data; access and inter-provider transfer policies in place",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Cancer Alliance role",
  quote = "Have governance processes routinely to review and discuss detailed Cancer Waiting Times data",
  note = "The same row's bullet \"developing local Access and Inter-Provider Transfer policies across their geographies and providers\" is the source of accessPolicy and interProviderTransferPolicy.",
  checks = "OperationalPerformance/Governance must have boardReviewsCWT (the Alliance Board), pathwayBoardsReviewCWT (the pathway boards for each tumour type), accessPolicy and interProviderTransferPolicy all true: fail for each false; missing if Governance or the OperationalPerformance section is absent.",
  check = function(doc, out)
    local g = doc:first("OperationalPerformance/Governance")
    if not g then
      local op = doc:first("OperationalPerformance")
      return out:missing { at = op or doc,
        detail = op and "Operational performance > Governance is absent" or "the Operational performance section is absent",
        prompt = "In the next return, say whether the Alliance Board and the pathway boards routinely review Cancer Waiting Times data, and whether local Access and Inter-Provider Transfer policies are in place." }
    end
    for _, it in ipairs(ITEMS) do
      out:try(it[1], function()
        if not g:bool("@" .. it[1]) then
          out:fail { at = g, attr = it[1], subject = it[1], detail = it[2], prompt = it[3] }
        end
      end)
    end
  end,
  say = {
    pass = "The Alliance Board and pathway boards review CWT data, and access and inter-provider transfer policies are in place",
    fail = "{count} of 4 governance requirements {count|is|are} not met: {details}",
  },
}
