-- LWBC-06: every trust submits the 4 core COSD v10 data items each quarter
-- (target 100% of trusts).
local ITEMS = { "CR7900", "CR7920", "CR8420", "CR7840" }

deliverable {
  id = "LWBC-06", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every trust submits the 4 core COSD v10 items each quarter (CR7900, CR7920, CR8420, CR7840)",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Success measures",
  quote = "% of trusts in the Alliance that submit 4 core data items to COSD v10 each quarter: CR7900, CR7920, CR8420 and CR7840. Target 100% of trusts.",
  checks = "Every provider (trust) in the Header must have submitted all four core COSD v10 data items (CR7900, CR7920, CR8420, CR7840) this quarter: a trust with any item not submitted fails, naming the items (target 100% of trusts). A Header trust with no COSDSubmission entry is missing.",
  each = "Header/Provider", subject = "@code",
  judge = function(p)
    local code = p:text("@code")
    local s = p:root():index("LivingWithAndBeyondCancer/COSDSubmission", "provider")[code]
    if not s then
      return "missing", "no COSD submission is reported for " .. code
    end
    local missed = {}
    for _, item in ipairs(ITEMS) do
      if not s:bool("@" .. item) then missed[#missed + 1] = item end
    end
    if #missed == 0 then return "pass", nil, nil, s end
    return "fail", code .. " did not submit " .. list(missed), nil, s
  end,
  say = {
    pass = "All {total} trusts submitted the 4 core COSD v10 data items this quarter",
    fail = { message = "{met} of {total} trusts submitted all 4 core COSD v10 data items in {quarter} (target 100% of trusts): {details}",
      prompt = "Describe the support agreed with {subjects} and when {count|it|each} will send all four, by the next return." },
    missing = { message = "{count} {count|trust is|trusts are} not reported in the COSD submissions: {subjects}",
      prompt = "Add a COSDSubmission entry for {subjects}, from the quarterly CAIT report, to the next return." },
  },
}
