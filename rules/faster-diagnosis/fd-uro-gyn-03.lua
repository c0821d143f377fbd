-- FD-URO-03 and FD-GYN-03: for urology and for gynaecology providers in the
-- lowest FDS quartile that are not tier 1, a pathway analyser (up to 30
-- sequential patients; for urology prostate, bladder and kidney separately,
-- for gynaecology endometrial and ovarian) and an improvement plan with a
-- triage model by Q2 (30 September 2025). One check, declared for each.
local BY = quarters.ends("Q2", "2025/26") -- "2025-09-30"

-- Lowest FDS quartile, and not tier 1 in the Header.
local function lowest_quartile_not_tier1(p)
  if not p:bool("@fdsLowestQuartile") then return false end
  local h = p:provider(p:attr("code") or "")
  return not (h and h:attr("tier") == "1")
end

-- The judge; PATHWAYS, when given, are the pathways the analyser must
-- cover (its @analyserPathways, space-separated).
local function analyser_and_plan(PATHWAYS)
  return function(p, q)
    local code = p:attr("code") or "?"
    local fails, missing = {}, {}
    local analyser = p:date("@pathwayAnalyser", nil)
    if not analyser then
      fails[#fails + 1] = "no pathway analyser date"
    elseif PATHWAYS then
      local have = {}
      for _, w in ipairs(split(p:get("@analyserPathways") or "")) do have[w] = true end
      local lacking = {}
      for _, w in ipairs(PATHWAYS) do if not have[w] then lacking[#lacking + 1] = w end end
      if #lacking > 0 then
        fails[#fails + 1] = "the pathway analyser does not cover " .. list(lacking)
      end
    end
    local plan = p:date("@improvementPlan", nil)
    if not plan then
      fails[#fails + 1] = "no improvement plan date"
    elseif plan > BY then
      fails[#fails + 1] = "improvement plan dated " .. plan .. ", after 30 September 2025"
    end
    local state, triage = p:evidence_state("@triageModel")
    if state == "absent" then
      missing[#missing + 1] = "no triage model in the improvement plan"
    elseif state ~= "present" then
      missing[#missing + 1] = state == "empty" and "the triage model is empty"
          or "the triage model is only the placeholder '" .. triage .. "'"
    end
    local patients = p:int("@analyserPatients", nil)
    local over = patients and patients > 30
    local function detail(t) return code .. ": " .. table.concat(t, "; ") end
    if not q.is_due then
      if over then return "at-risk", string.format("%s: pathway analyser on %d patients, over 30", code, patients) end
      if #fails + #missing > 0 then
        local all = {}
        for _, f in ipairs(fails) do all[#all + 1] = f end
        for _, m in ipairs(missing) do all[#all + 1] = m end
        return "not-due", detail(all)
      end
      return "pass", code .. ": pathway analyser " .. analyser .. ", improvement plan " .. plan
    end
    if #fails > 0 then return "fail", detail(fails) end
    if #missing > 0 then return "missing", detail(missing) end
    if over then return "at-risk", string.format("%s: pathway analyser on %d patients, over 30", code, patients) end
    return "pass", code .. ": pathway analyser " .. analyser .. ", improvement plan " .. plan
  end
end

deliverable {
  id = "FD-URO-03", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Pathway analyser (up to 30 sequential patients, prostate, bladder and kidney separately) and improvement plan with a triage model by Q2, for lowest-quartile providers that are not tier 1",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  checks = "For each urology provider with @fdsLowestQuartile=true whose Header Provider @tier is not 1 (not-applicable if there is none): from Q2 it fails if @pathwayAnalyser or @improvementPlan is absent, the improvement plan is dated after 30 September 2025, or @analyserPathways lacks prostate, bladder or kidney; it is missing if @triageModel is absent or a placeholder, and at-risk if @analyserPatients is over 30. In Q1 an incomplete analyser or plan is not-due.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code",
  where = lowest_quartile_not_tier1,
  judge = analyser_and_plan({ "prostate", "bladder", "kidney" }),
  say = {
    pass = "Each lowest-quartile urology provider that is not tier 1 ({subjects}) has a pathway analyser covering prostate, bladder and kidney and an improvement plan with a triage model by 30 September 2025",
    fail = { message = "{count} lowest-quartile urology {count|provider does|providers do} not have a complete pathway analyser and improvement plan, due by {due}: {details}",
      prompt = "{subjects} {count|is|are} in the lowest quartile for urology FDS performance and not tier 1; a pathway analyser and an improvement plan were due by {due} (30 September 2025) and were found incomplete ({details}). Give the dates of the pathway analyser on up to 30 sequential patients diagnosed with prostate, bladder and kidney cancer, considering each pathway separately, and of the improvement plan, and describe its triage model (e.g. straight to MRI for the prostate pathway, CT/ultrasound for the bladder pathway)." },
    missing = { message = "{count} lowest-quartile urology {count|provider has|providers have} no triage model in the improvement plan due by {due}: {details}",
      prompt = "The improvement plan for {subjects} (lowest quartile for urology FDS, not tier 1) records no triage model; one was required by {due}. Describe the robust triage model in the improvement plan for {subjects}, e.g. straight to MRI for the prostate pathway and CT/ultrasound for the bladder pathway." },
    ["at-risk"] = { message = "The urology pathway analyser covered more than 30 patients: {details}",
      prompt = "The pathway analyser for {subjects} covered more than the pack's up to 30 sequential patients ({details}). Confirm that it used up to 30 sequential patients diagnosed with cancer, with prostate, bladder and kidney considered separately, or explain the sample and how the improvement plan due by {due} accounts for it." },
    ["not-due"] = "The pathway analyser and improvement plan for {subjects} are not yet complete; they are due by {due}: {details}",
    ["not-applicable"] = "No urology provider is in the lowest FDS quartile outside tier 1, so no pathway analyser or improvement plan is required",
  },
}

deliverable {
  id = "FD-GYN-03", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Pathway analyser and improvement plan with triage model by Q2 for lowest-quartile, non-tier-1 providers",
  source = "Planning pack 2025/26: Faster Diagnosis: Gynaecological Cancer",
  checks = "For each gynaecology provider with @fdsLowestQuartile=true whose Header Provider @tier is not 1 (not-applicable if there is none): from Q2 it fails if @pathwayAnalyser or @improvementPlan is absent or the improvement plan is dated after 30 September 2025; it is missing if @triageModel is absent or a placeholder, and at-risk if @analyserPatients is over 30. In Q1 an incomplete analyser or plan is not-due.",
  each = "FasterDiagnosis/Gynaecology/Provider", subject = "@code",
  where = lowest_quartile_not_tier1,
  judge = analyser_and_plan(nil),
  say = {
    pass = "Each lowest-quartile gynaecology provider that is not tier 1 ({subjects}) has a pathway analyser and an improvement plan with a triage model by 30 September 2025",
    fail = { message = "{count} lowest-quartile gynaecology {count|provider does|providers do} not have a complete pathway analyser and improvement plan, due by {due}: {details}",
      prompt = "{subjects} {count|is|are} in the lowest quartile for gynaecology FDS performance and not tier 1; a pathway analyser and an improvement plan were due by {due} (30 September 2025) and were found incomplete ({details}). Give the dates of the pathway analyser on up to 30 sequential endometrial and ovarian cancer patients and of the improvement plan, and describe its triage model (e.g. same day assessment and diagnostics, OP hysteroscopy vs pipelle capacity, use of CDC capacity)." },
    missing = { message = "{count} lowest-quartile gynaecology {count|provider has|providers have} no triage model in the improvement plan due by {due}: {details}",
      prompt = "The improvement plan for {subjects} (lowest quartile for gynaecology FDS, not tier 1) records no triage model; clear triage models were required by {due}. Describe the triage model in the improvement plan for {subjects}, e.g. same day assessment and diagnostics, OP hysteroscopy vs pipelle capacity and best use of CDC capacity." },
    ["at-risk"] = { message = "The gynaecology pathway analyser covered more than 30 patients: {details}",
      prompt = "The pathway analyser for {subjects} covered more than the pack's up to 30 sequential patients ({details}). Confirm that it used up to 30 sequential endometrial and ovarian cancer patients, or explain the sample and how the improvement plan due by {due} accounts for it." },
    ["not-due"] = "The pathway analyser and improvement plan for {subjects} are not yet complete; they are due by {due}: {details}",
    ["not-applicable"] = "No gynaecology provider is in the lowest FDS quartile outside tier 1, so no pathway analyser or improvement plan is required",
  },
}
