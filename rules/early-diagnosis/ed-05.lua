-- ED-05: alliances with overall staging completeness below 80% set out the
-- actions they will take with their trusts, linking with the National
-- Disease Registration Service.
local WRITE = "the actions with each trust to reach 80%, who leads them and by when, and how they link with NDRS"

deliverable {
  id = "ED-05", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Alliances with staging completeness below 80% set out actions with their trusts, linked with NDRS",
  source = "Planning pack 2025/26: Local Early Diagnosis Plans",
  row = "Cancer Alliance role",
  quote = "Cancer Alliances with overall staging completeness below 80% to set out actions that will be undertaken with their trusts to increase staging completeness, linking with the National Disease Registration Service.",
  checks = "Every quarter: not applicable when EarlyDiagnosis/StagingCompleteness/@percent is 80 or more; below 80 it fails if @actions is false, and is missing if @ndrsLinked is false or the StagingCompleteness text is absent, empty or a placeholder. StagingCompleteness absent is missing.",
  check = function(doc, out)
    local s = doc:first("EarlyDiagnosis/StagingCompleteness")
    if not s then
      return out:missing { at = doc:first("EarlyDiagnosis") or doc,
        detail = (doc:first("EarlyDiagnosis") and "Early diagnosis > Staging completeness" or "Early diagnosis") .. " is absent",
        prompt = "Add it in the next return: the alliance's overall percentage and, below 80%, " .. WRITE .. "." }
    end
    local pct = s:pct("@percent")
    out:set("percent", num_text(pct))
    if pct >= 80 then
      return out:not_applicable { at = s, attr = "percent",
        detail = "overall staging completeness is " .. num_text(pct) .. "%, at or above 80%" }
    end
    local head = "Overall staging completeness is " .. num_text(pct) .. "%"
    if not s:bool("@actions") then
      out:fail { at = s, attr = "actions", detail = head .. " and no actions with trusts are set out" }
    end
    if not s:bool("@ndrsLinked") then
      out:missing { at = s, attr = "ndrsLinked", detail = head .. " and the actions are not linked with NDRS",
        prompt = "Describe in that text, for the next return, how the work with each trust links with the National Disease Registration Service (data submission, validation, feedback)." }
    end
    out:evidence(doc, "EarlyDiagnosis/StagingCompleteness", WRITE)
  end,
  say = {
    pass = "Overall staging completeness is {percent}%, below 80%, and the actions with trusts, linked with NDRS, are set out",
    fail = { message = "Overall staging completeness is {percent}%, below 80%, and no actions with trusts are set out",
      prompt = "Write, for the next return, what will be done with each trust, who leads it, by when, and how the work links with the National Disease Registration Service." },
    ["not-applicable"] = "Overall staging completeness is {percent}%, at or above 80%, so no actions are required",
  },
}
