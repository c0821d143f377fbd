-- LP-02: every local milestone aligns to at least one strategic aim. The
-- source is the alliance's own implementation plan, not the pack: no pack
-- quotation.
deliverable {
  id = "LP-02", workstream = "local-plan", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Every milestone aligns to at least one strategic aim",
  source = "The alliance's own implementation plan (LocalPlan)",
  checks = "Every LocalPlan milestone must list at least one strategic aim in @aims; missing for each that does not.",
  each = "LocalPlan/Milestone", subject = "@id", none = "not-applicable",
  judge = function(m)
    if words(m:get("@aims") or "") > 0 then return "pass" end
    return "missing", "no strategic aims"
  end,
  say = {
    pass = "Every milestone names at least one strategic aim",
    missing = { message = "{count} {count|milestone names|milestones name} no strategic aim: {subjects}",
      prompt = "In the next return, give the strategic aims each serves in the alliance's implementation plan (e.g. aims=\"SA2 SA6\")." },
    ["not-applicable"] = "The return has no local plan milestones",
  },
}
