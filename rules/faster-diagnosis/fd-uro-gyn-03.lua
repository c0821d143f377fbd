-- FD-URO-03 and FD-GYN-03: for urology and for gynaecology providers in the
-- lowest FDS quartile that are not tier 1, a pathway analyser (up to 30
-- sequential patients a pathway; for urology prostate, bladder and kidney
-- considered separately, for gynaecology endometrial and ovarian) and an
-- improvement plan with a triage model by Q2 (30 September 2025). One
-- check, declared for each.
local BY = quarters.ends("Q2", "2025/26") -- "2025-09-30"
local PER_PATHWAY = 30                   -- the pack's "up to 30 sequential patients"

-- Lowest FDS quartile, and not tier 1 in the Header.
local function lowest_quartile_not_tier1(p)
  if not p:bool("@fdsLowestQuartile") then return false end
  local h = p:provider(p:attr("code") or "")
  return not (h and h:attr("tier") == "1")
end

-- The judge. PATHWAYS, when given, are the pathways the analyser must cover
-- (its @analyserPathways, space-separated), and the pathways analysed are
-- those it lists; FIXED, when given, is the number of pathways analysed
-- (gynaecology: endometrial and ovarian, 2).
local function analyser_and_plan(PATHWAYS, FIXED)
  return function(p, q)
    local code = p:attr("code") or "?"
    local fails, missing = {}, {}
    local analysed = FIXED
    local analyser = p:date("@pathwayAnalyser", nil)
    if not analyser then
      fails[#fails + 1] = "no pathway analyser date"
    elseif PATHWAYS then
      local have, n = {}, 0
      for _, w in ipairs(split(p:get("@analyserPathways") or "")) do
        if not have[w] then have[w] = true; n = n + 1 end
      end
      local lacking = {}
      for _, w in ipairs(PATHWAYS) do if not have[w] then lacking[#lacking + 1] = w end end
      if #lacking > 0 then
        fails[#fails + 1] = "the pathway analyser does not cover " .. list(lacking)
      end
      analysed = n
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
    -- Up to 30 a pathway: over 30 x the pathways analysed is at risk. With
    -- no pathway listed the sample cannot be judged (the missing pathways
    -- are a fail of their own).
    local patients = p:int("@analyserPatients", nil)
    local over
    if patients and analysed and analysed > 0 and patients > PER_PATHWAY * analysed then
      over = string.format("%s: pathway analyser on %d patients for %d %s, over %d (up to %d a pathway)",
        code, patients, analysed, analysed == 1 and "pathway" or "pathways", PER_PATHWAY * analysed, PER_PATHWAY)
    end
    local function detail(t) return code .. ": " .. table.concat(t, "; ") end
    if not q.is_due then
      if over then return "at-risk", over end
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
    if over then return "at-risk", over end
    return "pass", code .. ": pathway analyser " .. analyser .. ", improvement plan " .. plan
  end
end

deliverable {
  id = "FD-URO-03", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Pathway analyser (up to 30 sequential patients, prostate, bladder and kidney separately) and improvement plan with a triage model by Q2, for lowest-quartile providers that are not tier 1",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Deliverables",
  quote = "Put improvement plans in place by Q2 including triage models for providers with FDS performance in the lowest quartile (excluding tier 1 providers who have already provided plans for recovery)",
  checks = "For each urology provider with @fdsLowestQuartile=true whose Header Provider @tier is not 1 (not-applicable if there is none): from Q2 it fails if @pathwayAnalyser or @improvementPlan is absent, the improvement plan is dated after 30 September 2025, or @analyserPathways lacks prostate, bladder or kidney; it is missing if @triageModel is absent or a placeholder, and at-risk if @analyserPatients is over 30 times the number of pathways @analyserPathways lists (up to 30 sequential patients a pathway). In Q1 an incomplete analyser or plan is not-due.",
  note = "Revision 2: the pack's up to 30 sequential patients are per pathway (Cancer Alliance role: \"considering each of those three pathways separately\"), so an analyser of prostate, bladder and kidney may hold up to 90.",
  each = "FasterDiagnosis/Urology/Provider", subject = "@code",
  where = lowest_quartile_not_tier1,
  judge = analyser_and_plan({ "prostate", "bladder", "kidney" }, nil),
  say = {
    pass = "Each lowest-quartile urology provider that is not tier 1 ({subjects}) has a pathway analyser covering prostate, bladder and kidney and an improvement plan with a triage model by 30 September 2025",
    fail = { message = "{count} lowest-quartile urology {count|provider does|providers do} not have a complete pathway analyser and improvement plan, due by {due} (30 September 2025): {details}",
      prompt = "Give the analyser and plan dates for {subjects}, with prostate, bladder and kidney considered separately, and the triage model (e.g. straight to MRI for prostate, CT/ultrasound for bladder), in the next return." },
    missing = { message = "{count} lowest-quartile urology {count|provider has|providers have} no triage model in the improvement plan due by {due}: {details}",
      prompt = "Describe the robust triage process in the plan for {subjects}, e.g. straight to MRI for the prostate pathway and CT/ultrasound for the bladder pathway, in the next return." },
    ["at-risk"] = { message = "The urology pathway analyser sample is over the pack's up to 30 sequential patients a pathway: {details}",
      prompt = "Explain at the quarterly review meeting how the patients diagnosed with cancer were chosen on each pathway, and how the improvement plan allows for the larger sample." },
    ["not-due"] = "The pathway analyser and improvement plan for {subjects} are not yet complete; they are due by {due}: {details}",
    ["not-applicable"] = "No urology provider is in the lowest FDS quartile outside tier 1, so no pathway analyser or improvement plan is required",
  },
}

deliverable {
  id = "FD-GYN-03", workstream = "faster-diagnosis", due = "Q2",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Pathway analyser and improvement plan with triage model by Q2 for lowest-quartile, non-tier-1 providers",
  source = "Planning pack 2025/26: Faster Diagnosis: Gynaecological Cancer",
  row = "Deliverables",
  quote = "improvement plans are in place by Q2 including clear triage models for providers with FDS performance in the lowest quartile (excluding tier 1 providers who have already provided plans for recovery)",
  checks = "For each gynaecology provider with @fdsLowestQuartile=true whose Header Provider @tier is not 1 (not-applicable if there is none): from Q2 it fails if @pathwayAnalyser or @improvementPlan is absent or the improvement plan is dated after 30 September 2025; it is missing if @triageModel is absent or a placeholder, and at-risk if @analyserPatients is over 60 (up to 30 sequential patients on each of the two pathways, endometrial and ovarian). In Q1 an incomplete analyser or plan is not-due.",
  note = "Revision 2: the pack's up to 30 sequential patients are per pathway; the gynaecology analyser covers endometrial and ovarian cancer patients, so up to 60.",
  each = "FasterDiagnosis/Gynaecology/Provider", subject = "@code",
  where = lowest_quartile_not_tier1,
  judge = analyser_and_plan(nil, 2),
  say = {
    pass = "Each lowest-quartile gynaecology provider that is not tier 1 ({subjects}) has a pathway analyser and an improvement plan with a triage model by 30 September 2025",
    fail = { message = "{count} lowest-quartile gynaecology {count|provider does|providers do} not have a complete pathway analyser and improvement plan, due by {due} (30 September 2025): {details}",
      prompt = "Give the analyser and plan dates for {subjects}, covering sequential endometrial and ovarian cancer patients, and the triage model, in the next return." },
    missing = { message = "{count} lowest-quartile gynaecology {count|provider has|providers have} no triage model in the improvement plan due by {due}: {details}",
      prompt = "Describe the clear triage model in the plan for {subjects}, e.g. same day assessment and diagnostics, OP hysteroscopy vs pipelle capacity and best use of CDC capacity, in the next return." },
    ["at-risk"] = { message = "The gynaecology pathway analyser sample is over the pack's up to 30 sequential patients a pathway: {details}",
      prompt = "Explain at the quarterly review meeting how the endometrial and ovarian cancer patients were chosen, and how the improvement plan allows for the larger sample." },
    ["not-due"] = "The pathway analyser and improvement plan for {subjects} are not yet complete; they are due by {due}: {details}",
    ["not-applicable"] = "No gynaecology provider is in the lowest FDS quartile outside tier 1, so no pathway analyser or improvement plan is required",
  },
}
