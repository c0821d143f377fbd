-- LWBC-08: quarterly LWBC narrative, covering work to sustain PSFU pathway
-- benefits.
local WRITE = "this quarter's progress, including the work to sustain PSFU pathway benefits"

deliverable {
  id = "LWBC-08", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Quarterly narrative, covering work to sustain PSFU benefits",
  source = "Planning pack 2025/26: Treatment and Care: Living With and Beyond Cancer",
  row = "Success measures",
  quote = "Narrative updates to be provided quarterly and for PSFU, cover work to sustain PSFU pathway benefits.",
  checks = "LivingWithAndBeyondCancer/Narrative must be real evidence (not absent, empty or a placeholder) and mention PSFU, follow-up or follow up (case-insensitive whole word) every quarter; otherwise it is missing.",
  check = function(doc, out)
    local text = out:evidence(doc, "LivingWithAndBeyondCancer/Narrative", WRITE)
    if not text then return end
    if not mentions(text, { "PSFU", "follow-up", "follow up" }) then
      out:missing { at = doc:first("LivingWithAndBeyondCancer/Narrative"),
        detail = string.format("%d %s, with no mention of PSFU or follow-up", words(text), words(text) == 1 and "word" or "words") }
    end
  end,
  say = {
    pass = "The LWBC narrative covers the work to sustain PSFU pathway benefits",
    -- used when the narrative is real text without a PSFU mention; assure's
    -- own message says when it is absent, empty or a placeholder
    missing = { message = "The {quarter} LWBC narrative does not cover PSFU ({details}); the pack asks it to cover the work to sustain PSFU pathway benefits",
      prompt = "Add to the next return's narrative what was done this quarter on digital tracking, monitoring of sustained delivery and the local agreements for PSFU." },
  },
}
