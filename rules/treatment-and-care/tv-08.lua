-- TV-08: a named clinical lead and relevant clinical group for each tumour
-- site of the treatment variation programme.
local SITES = { "lung", "bowel", "breast", "ovarian", "pancreatic", "og", "nhl" }

deliverable {
  id = "TV-08", workstream = "treatment-and-care", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "A named clinical lead and clinical group for each tumour site",
  source = "Planning pack 2025/26: Treatment and Care: Treatment Variation and SACT",
  row = "Cancer Alliance role",
  quote = "Identify a named clinical lead and relevant clinical group for each tumour site",
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
    missing = { message = "{count} of 7 tumour sites {count|has|have} no named clinical lead and clinical group ({details}); one for each site was due by {due}",
      prompt = "For {subjects}, say who will lead and who will sit in the group, with the project management and analytical support, in the next return." },
  },
}
