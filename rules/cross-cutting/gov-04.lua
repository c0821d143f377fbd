-- GOV-04: a Cancer Alliance Board covering the whole patient pathway, whose
-- members can make decisions on behalf of their organisations (pack Annex
-- A). Schema 1.1 adds Assurance/Board; a 1.0 return has no place for it.
local PARTS = {
  { attr = "coversWholePathway", detail = "Board membership does not cover the whole patient pathway",
    prompt = "List in the next return the Board's members by organisation and part of the pathway, and how the gaps will be filled." },
  { attr = "membersCanDecide", detail = "Board members cannot make decisions on behalf of their organisations",
    prompt = "Set out in the next return the delegations each member organisation will give its representative, and by when." },
}

deliverable {
  id = "GOV-04", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "A Cancer Alliance Board covering the whole patient pathway, whose members can decide for their organisations",
  source = "Planning pack 2025/26: Annex A - Roles and Responsibilities",
  row = "Annex A",
  quote = "Having a Cancer Alliance Board that brings together senior representatives from constituent members and covering the whole patient pathway.",
  note = "The next sentence of Annex A gives the second part: \"Board members should be able to make decisions on behalf of constituent organisations\".",
  checks = "Assurance/Board must have coversWholePathway and membersCanDecide both true: fail if either is false; missing if the Assurance section or its Board is absent. On a schema 1.0 return, not-applicable (no place for it).",
  each = "Assurance/Board",
  judge = function(b)
    local short, prompts = {}, {}
    for _, p in ipairs(PARTS) do
      if not b:bool("@" .. p.attr) then
        short[#short + 1] = p.detail
        prompts[#prompts + 1] = p.prompt
      end
    end
    if #short == 0 then
      return "pass", "the Board covers the whole patient pathway and its members can decide for their organisations"
    end
    return "fail", table.concat(short, "; "), table.concat(prompts, " ")
  end,
  say = {
    pass = "The Cancer Alliance Board covers the whole patient pathway and its members can make decisions on behalf of their organisations",
    fail = "The Cancer Alliance Board falls short of Annex A: {details}",
  },
}
