-- TV-06 and TV-07: reduce the number of patients waiting more than 62 days,
-- by identifying and implementing quality improvement interventions in
-- treatment planning and delivery: OG, from referral to first
-- disease-targeted treatment (TV-06), and high-grade NHL, from referral to
-- starting chemotherapy (TV-07). One check, declared for each.
--
-- Catalogue revision 2: the reduction is the deliverable. A provider passes
-- when its count fell or is 0. Otherwise it fails, unless a QI plan for the
-- tumour and provider is in place and clinically assured: then it is at-risk
-- (plan in place, no reduction yet). The pack's success measure is the median
-- wait: on a schema 1.1 return, which gives the previous median
-- (@medianDaysPrevious), a rising median is at-risk too, and an absent
-- previous median is missing.
local STATUSES = { "none", "in-development", "in-place" }

-- New in schema 1.1. The rules run on 1.0 returns too (the count is 1.0
-- evidence), so the attribute is read only on a 1.1 return; it is named
-- here, not in the getter call, because `rules lint` would otherwise (rightly,
-- in general) ask for schema = "1.1" on the whole rule.
local MEDIAN_PREVIOUS = "@medianDaysPrevious"

local function at_least_1_1(root)
  local major, minor = re.match(root:attr("schemaVersion") or "1.0", [[^(\d+)\.(\d+)]])
  major, minor = tonumber(major) or 1, tonumber(minor) or 0
  return major > 1 or minor >= 1
end

-- The judge for the Waits of TUMOUR (its @tumour).
local function waits_judge(TUMOUR)
  return function(w)
    local provider = w:attr("provider") or "?"
    local now, before = w:int("@over62Days"), w:int("@over62DaysPrevious")
    local detail = string.format("%s %d over 62 days, previously %d", provider, now, before)
    local reduced = now == 0 or now < before
    local plan
    if not reduced then
      plan = w:root():index("TreatmentVariation/QIPlan[@tumour='" .. TUMOUR .. "']", "provider")[provider]
      local status = plan and plan:enum("@status", STATUSES)
      if status ~= "in-place" then
        return "fail", detail .. (plan and (", QI plan " .. status) or ", no QI plan"), nil, plan or w
      end
      if not plan:bool("@clinicalAssurance") then
        return "fail", detail .. ", QI plan not clinically assured", nil, plan
      end
      detail = detail .. ", assured QI plan in place"
    end
    local median_rose = false
    if at_least_1_1(w:root()) then
      local median, median_before = w:int("@medianDays"), w:int(MEDIAN_PREVIOUS)
      median_rose = median > median_before
      if median_rose then
        detail = string.format("%s; median %d days, previously %d", detail, median, median_before)
      end
    end
    if reduced and not median_rose then return "pass", detail end
    return "at-risk", detail, nil, plan or w
  end
end

-- One of the two deliverables: t.id, t.tumour, t.who (in messages), t.to
-- (what the wait runs to), t.title, t.quote.
local function waits_deliverable(t)
  local WHO = t.who
  local Who = WHO:sub(1, 1):upper() .. WHO:sub(2)
  deliverable {
    id = t.id, workstream = "treatment-and-care", due = "every",
    from = "2025/26 Q1", to = "2025/26 Q4",
    title = t.title,
    source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
    row = "Deliverables", quote = t.quote,
    checks = "Every quarter, for each TreatmentVariation/Waits for " .. t.tumour .. ": pass if @over62Days is below @over62DaysPrevious or is 0. Otherwise fail, unless a QIPlan for " .. t.tumour .. " and that provider has status in-place and @clinicalAssurance true: then at-risk (plan in place, no reduction yet). On a schema 1.1 return, at-risk also if @medianDays is above @medianDaysPrevious (the success measure is the median wait), and missing if @medianDaysPrevious is absent. No " .. t.tumour .. " Waits is missing.",
    each = "TreatmentVariation/Waits[@tumour='" .. t.tumour .. "']", subject = "@provider", none = "missing",
    judge = waits_judge(t.tumour),
    say = {
      pass = Who .. " patients waiting over 62 days from referral to " .. t.to .. " fell or are none ({details})",
      fail = { message = Who .. " waits over 62 days have not fallen at {count} {count|provider|providers}, with no clinically assured QI plan: {details}",
        prompt = "For {subjects}, describe the QI interventions to speed up treatment planning and delivery, who leads them and when, by the next return." },
      ["at-risk"] = { message = Who .. " waits are not yet falling at {count} {count|provider|providers} ({details}); a reduction is required",
        prompt = "For {subjects}, give when each QI intervention started and when the reduction should show, by the quarterly review meeting." },
      missing = { message = "No " .. WHO .. " waits are reported: {details}",
        prompt = "Add, for each provider treating " .. WHO .. ", its median wait and its patients waiting over 62 days (this quarter and the last), to the next return." },
    },
  }
end

waits_deliverable {
  id = "TV-06", tumour = "og", who = "OG", to = "first disease-targeted treatment",
  title = "OG: fewer patients waiting over 62 days from referral to first treatment",
  quote = "Reduce the number of patients with OG cancer waiting more than 62 days from referral to first disease-targeted treatment",
}

waits_deliverable {
  id = "TV-07", tumour = "nhl", who = "high-grade NHL", to = "starting chemotherapy",
  title = "High-grade NHL: fewer patients waiting over 62 days to start chemotherapy",
  quote = "Reduce the number of patients with high-grade NHL waiting more than 62 days from referral to starting chemotherapy",
}
