-- FIN-04: SDF is revenue only; no workstream reports capital spend.
deliverable {
  id = "FIN-04", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "SDF is revenue only: no capital purchases",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  row = "Section text",
  quote = "Cancer SDF is non-recurrent and can only be used for revenue expenditure, not for capital purchases",
  checks = "Fail for each Finance/Workstream with @capital above 0: SDF is revenue only. Missing if the Finance section is absent.",
  each = "Finance/Workstream", subject = "@id",
  meets = function(w)
    local capital = w:gbp("@capital", 0)
    return capital == 0, "capital spend " .. money(capital)
  end,
  say = {
    pass = "No workstream reports capital spend",
    fail = { message = "{count} {count|workstream reports|workstreams report} capital spend from cancer SDF, which is revenue only: {details}",
      prompt = "Take the purchase out of SDF and restate the figures in the next return; the 25/26 capital bidding process with the ICB can fund it." },
  },
}
