-- ED-05: alliances with overall staging completeness below 80% set out the
-- actions they will take with their trusts, linking with the National
-- Disease Registration Service.
local WRITE = "the actions that will be undertaken with each trust to increase staging completeness to at least 80%, who leads them, the dates, and how they link with the National Disease Registration Service"

deliverable {
  id = "ED-05", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Alliances with staging completeness below 80% set out actions with their trusts, linked with NDRS",
  source = "Planning pack 2025/26: Local Early Diagnosis: Local Early Diagnosis Plans",
  checks = "Every quarter: not applicable when EarlyDiagnosis/StagingCompleteness/@percent is 80 or more; below 80 it fails if @actions is false, and is missing if @ndrsLinked is false or the StagingCompleteness text is absent, empty or a placeholder. StagingCompleteness absent is missing.",
  check = function(doc, out)
    local s = doc:first("EarlyDiagnosis/StagingCompleteness")
    if not s then
      return out:missing { at = doc:first("EarlyDiagnosis") or doc,
        detail = "Early diagnosis > Staging completeness is absent",
        prompt = "Add EarlyDiagnosis StagingCompleteness with the alliance's overall staging completeness percentage; below 80%, set out " .. WRITE .. "." }
    end
    local pct = s:pct("@percent")
    out:set("percent", num_text(pct))
    if pct >= 80 then
      return out:not_applicable { at = s, attr = "percent",
        detail = "overall staging completeness is " .. num_text(pct) .. "%, at or above 80%" }
    end
    local head = "overall staging completeness is " .. num_text(pct) .. "%"
    if not s:bool("@actions") then
      out:fail { at = s, attr = "actions", detail = head .. " and no actions with trusts are set out" }
    end
    if not s:bool("@ndrsLinked") then
      out:missing { at = s, attr = "ndrsLinked", detail = head .. " and the actions are not linked with the National Disease Registration Service",
        prompt = "Overall staging completeness is " .. num_text(pct) .. "%, below 80%, and the actions with trusts are not linked with the National Disease Registration Service (NDRS). Describe in the StagingCompleteness text how the actions with each trust link with NDRS (data submission, validation and feedback), and set ndrsLinked to true." }
    end
    out:evidence(doc, "EarlyDiagnosis/StagingCompleteness", WRITE)
  end,
  say = {
    pass = "Overall staging completeness is {percent}%, below 80%, and the actions with trusts, linked with NDRS, are set out",
    fail = { message = "Overall staging completeness is {percent}%, below 80%, and no actions with trusts are set out",
      prompt = "Overall staging completeness is {percent}%, below the 80% that requires action; alliances below 80% must set out, every quarter, the actions that will be undertaken with their trusts to increase staging completeness, linking with the National Disease Registration Service. Set actions to true and describe in the StagingCompleteness text " .. WRITE .. "." },
    ["not-applicable"] = "Overall staging completeness is {percent}%, at or above 80%, so no actions are required",
  },
}
