-- FIN-04: SDF is revenue only; no workstream reports capital spend.
deliverable {
  id = "FIN-04", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "SDF is revenue only: no capital purchases",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  checks = "Fail for each Finance/Workstream with @capital above 0: SDF is revenue only.",
  each = "Finance/Workstream", subject = "@id",
  meets = function(w)
    local capital = w:gbp("@capital", 0)
    return capital == 0, "capital spend " .. money(capital)
  end,
  say = {
    pass = "No workstream reports capital spend",
    fail = { message = "SDF is being used for capital: {details}",
      prompt = "Remove the capital spend from {subjects}: cancer SDF can only be used for revenue expenditure. Fund capital through the 25/26 capital bidding process with the ICB, and restate the workstream figures." },
  },
}
