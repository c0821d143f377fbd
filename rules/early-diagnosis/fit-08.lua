-- FIT-08: FIT programme resource focused on the PCNs whose CAN-04
-- performance is lowest (Cancer Alliance role). Evidence from schema 1.1:
-- FIT/PCNTargeting.
local WRITE = "the PCNs with the lowest CAN-04 performance, and the FIT support focused on each (programme management to embed FIT in line with NICE DG56)"

deliverable {
  id = "FIT-08", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "FIT support focused on the PCNs with the lowest CAN-04 performance",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Cancer Alliance role",
  quote = "Resource should be focused where PCN performance is lowest as indicated by CAN04 data reports.",
  checks = "Every quarter, FIT/PCNTargeting must show targeted=\"true\" with a text naming the PCNs and the support that is real evidence (not absent, empty or a placeholder); otherwise missing (no targeting of the lowest-performing PCNs is evidenced), as when the element or the FIT section is absent.",
  check = function(doc, out)
    local t = doc:first("FIT/PCNTargeting")
    if t and not t:bool("@targeted") then
      return out:missing { at = t, attr = "targeted",
        detail = "FIT support is not focused on the PCNs with the lowest CAN-04 performance" }
    end
    out:evidence(doc, "FIT/PCNTargeting", WRITE)
  end,
  say = {
    pass = "FIT support is focused on the PCNs with the lowest CAN-04 performance",
    missing = { message = "{details}",
      prompt = "Name, for the next return, the lowest-performing PCNs on the CAN04 reports and the programme management each gets to embed FIT in line with NICE DG56." },
  },
}
