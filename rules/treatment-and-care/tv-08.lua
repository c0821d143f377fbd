-- TV-08: a named clinical lead and relevant clinical group for each tumour
-- site of the treatment variation programme.
local SITES = { "lung", "bowel", "breast", "ovarian", "pancreatic", "og", "nhl" }

deliverable {
  id = "TV-08", workstream = "treatment-and-care", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "A named clinical lead and clinical group for each tumour site",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  checks = "From Q1, each of the seven tumour sites (lung, bowel, breast, ovarian, pancreatic, og, nhl) needs a TreatmentVariation/ClinicalGroup with @exists true and a named @lead; a site with no group, @exists false or no lead is missing.",
  check = function(doc, out)
    local groups = doc:index("TreatmentVariation/ClinicalGroup", "tumour")
    local section = doc:first("TreatmentVariation") or doc
    for _, site in ipairs(SITES) do
      local g = groups[site]
      if not g then
        out:missing { at = section, subject = site, detail = "no clinical group" }
      else
        local ok, exists = out:try(site, g.bool, g, "@exists")
        if ok then
          if not exists then
            out:missing { at = g, attr = "exists", subject = site, detail = "clinical group does not exist" }
          elseif no_evidence(g:attr("lead")) then
            out:missing { at = g, attr = "lead", subject = site, detail = "no named clinical lead" }
          end
        end
      end
    end
  end,
  say = {
    pass = "Each of the seven tumour sites has a named clinical lead and clinical group",
    missing = { message = "{count} of 7 tumour {count|site has|sites have} no named clinical lead and clinical group: {details}",
      prompt = "{subjects} {count|has|have} no named clinical lead and relevant clinical group ({details}); the pack asks for one for each tumour site by {due}. Identify a named clinical lead and the relevant clinical group for {subjects}, with the project management and analytical support for their work, and add a TreatmentVariation ClinicalGroup for each with the lead's name and exists set to true." },
  },
}
