-- FD-SKN-04: teledermatology access in areas of high deprivation, and
-- training on photographing different skin types.
local FLAGS = {
  { attr = "deprivationAccess", what = "access to teledermatology in areas of high deprivation is not ensured",
    prompt = "Name the practices or hubs in the most deprived areas where images can be taken, in the next return." },
  { attr = "skinTypeTraining", what = "training on photographing different skin types is not promoted",
    prompt = "Say what image takers are taught about photographing skin of every type, and how many are trained, in the next return." },
}
deliverable {
  id = "FD-SKN-04", workstream = "faster-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Teledermatology access in deprived areas, and training on photographing different skin types",
  source = "Planning pack 2025/26: Faster Diagnosis: Skin Cancer",
  row = "Inequalities",
  quote = "ensuring access in areas of high deprivation and promote training on photographing different skin types",
  checks = "Every quarter, FasterDiagnosis/Skin/Inequalities must be present with @deprivationAccess=true and @skinTypeTraining=true: missing for each that is false, or for both when the element is absent.",
  check = function(doc, out)
    local i = doc:first("FasterDiagnosis/Skin/Inequalities")
    if not i then
      local at = doc:first("FasterDiagnosis/Skin") or doc:first("FasterDiagnosis") or doc
      for _, f in ipairs(FLAGS) do
        out:missing { at = at, subject = f.attr,
          detail = f.attr .. " not reported (Faster diagnosis > Skin > Inequalities is absent)", prompt = f.prompt }
      end
      return
    end
    local all = true
    for _, f in ipairs(FLAGS) do
      local ok, yes = out:try(f.attr, i.bool, i, "@" .. f.attr)
      if ok and not yes then
        all = false
        out:missing { at = i, attr = f.attr, subject = f.attr, detail = f.attr .. " false: " .. f.what, prompt = f.prompt }
      elseif not ok then
        all = false
      end
    end
    if all then out:pass { at = i, detail = "deprivationAccess and skinTypeTraining are both true" } end
  end,
  say = {
    pass = "Teledermatology access in areas of high deprivation is ensured and training on photographing different skin types is promoted",
    -- the prompt is each item's own, for the commitment not evidenced
    missing = "Teledermatology inequalities not evidenced: {details}",
  },
}
