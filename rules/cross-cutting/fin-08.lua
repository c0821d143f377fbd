-- FIN-08: funded projects support equity of access and reduce health
-- inequalities: each funded workstream says how. Schema 1.1 adds
-- Finance/Workstream/Inequalities; a 1.0 return has no place for it.
deliverable {
  id = "FIN-08", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Each funded workstream supports equity of access and reduces health inequalities",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  row = "Section text",
  quote = "In receiving funding, Cancer Alliances are expected to support delivery of projects in a way that supports equity of access and reduces health inequalities for their populations.",
  checks = "Each Finance/Workstream with @planned above 0 (funded) must have an Inequalities statement that is real evidence: missing for each that has none, is empty or a placeholder. Missing if the Finance section is absent; not-applicable if no workstream is funded. On a schema 1.0 return, not-applicable (no place for it).",
  each = "Finance/Workstream", subject = "@id",
  where = function(w) return w:gbp("@planned") > 0 end,
  -- an absent, empty or placeholder statement stops here: assure reports it
  -- as missing, saying which and where
  judge = function(w)
    w:evidence("Inequalities", "how the workstream's projects support equity of access and reduce health inequalities for the alliance's populations")
    return "pass", w:attr("id")
  end,
  say = {
    pass = "Every funded workstream says how its projects support equity of access and reduce health inequalities ({subjects})",
    ["not-applicable"] = "No workstream has planned spend",
  },
}
