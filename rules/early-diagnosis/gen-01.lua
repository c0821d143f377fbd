-- GEN-01: Lynch syndrome testing with the partner Genomic Medicine Service
-- Alliance (Annex B, Genomics). Evidence from schema 1.1: the Genomics
-- section.
deliverable {
  id = "GEN-01", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Partnership with the GMSA on sustainable Lynch syndrome testing",
  source = "Planning pack 2025/26: Annex B - Other National Programmes and Stakeholders (1)",
  row = "Genomics: Cancer Alliance role in this space",
  quote = "Work in partnership with their partner Genomic Medicine Service Alliance to support sustainable commissioning of Lynch syndrome testing, and to ensure all eligible patients remain able to access testing.",
  checks = "Every quarter: fail if Genomics/GMSAPartnership has established=\"false\" (no partnership with the GMSA); missing if Genomics/LynchCommissioning or Genomics/LynchAccess is not real text (absent, empty or a placeholder), or if the Genomics section is absent.",
  check = function(doc, out)
    local g = doc:first("Genomics")
    if not g then
      return out:missing { at = doc, detail = "Genomics is absent",
        prompt = "Add it in the next return: the partnership with the GMSA, the work towards sustainable commissioning of Lynch syndrome testing, and how all eligible patients keep access to it." }
    end
    local p = g:first("GMSAPartnership")
    local ok, established = out:try(nil, g.bool, g, "GMSAPartnership/@established")
    if ok then
      local name = p and p:attr("gmsa")
      out:set("gmsa", (name and name ~= "") and name or "its GMSA")
      out:set("named", (name and name ~= "") and (" (" .. name .. ")") or "")
      if established then
        out:pass { at = p }
      else
        out:fail { at = p, attr = "established", detail = "no partnership with the Genomic Medicine Service Alliance on Lynch syndrome testing" }
      end
    end
    out:evidence(g, "LynchCommissioning", "the work with the GMSA and ICB commissioners towards sustainable commissioning of Lynch syndrome testing")
    out:evidence(g, "LynchAccess", "how all eligible patients remain able to access Lynch syndrome testing (for example a mainstreaming model led by the cancer team)")
  end,
  say = {
    pass = "The alliance works with {gmsa} on sustainable commissioning of, and access to, Lynch syndrome testing",
    fail = { message = "The alliance has no partnership on Lynch syndrome testing with its Genomic Medicine Service Alliance{named}",
      prompt = "Say, at the quarterly review meeting, when it will be agreed and who will lead it." },
    missing = { message = "{details}",
      prompt = "Add it in the next return: the partnership with the GMSA, the work towards sustainable commissioning of Lynch syndrome testing, and how all eligible patients keep access to it." },
  },
}
