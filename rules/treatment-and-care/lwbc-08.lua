-- LWBC-08: quarterly LWBC narrative, covering work to sustain PSFU pathway
-- benefits.
local WRITE = "a quarterly update on living with and beyond cancer, covering the work to sustain PSFU pathway benefits"

deliverable {
  id = "LWBC-08", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Quarterly narrative, covering work to sustain PSFU benefits",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  checks = "LivingWithAndBeyondCancer/Narrative must be real evidence (not absent, empty or a placeholder) and mention PSFU, follow-up or follow up (case-insensitive whole word) every quarter; otherwise it is missing.",
  check = function(doc, out)
    local text = out:evidence(doc, "LivingWithAndBeyondCancer/Narrative", WRITE)
    if not text then return end
    if not mentions(text, { "PSFU", "follow-up", "follow up" }) then
      out:missing { at = doc:first("LivingWithAndBeyondCancer/Narrative"),
        detail = string.format("the LWBC narrative (%d words) does not mention PSFU or follow-up", words(text)) }
    end
  end,
  say = {
    pass = "The LWBC narrative covers the work to sustain PSFU pathway benefits",
    -- used when the narrative is real text without a PSFU mention; assure's
    -- own message says when it is absent, empty or a placeholder
    missing = { message = "The {quarter} LWBC narrative does not cover PSFU: {details}",
      prompt = "The {quarter} LWBC narrative does not mention PSFU or follow-up; the pack asks for narrative updates every quarter that, for PSFU, cover the work to sustain PSFU pathway benefits. Add to the narrative the work this quarter to sustain Personalised Stratified Follow Up (PSFU) pathway benefits: digital tracking of PSFU patients, monitoring of sustained delivery, and the local agreements with ICB commissioners." },
  },
}
