-- FIT-07: the FIT lead attends the quarterly FIT Share and Learn Delivery
-- Group, which the pack makes mandatory for FIT leads (Monitoring and
-- support). Evidence from schema 1.1: FIT/ShareAndLearnGroup.
deliverable {
  id = "FIT-07", workstream = "early-diagnosis", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "FIT lead attends the quarterly FIT Share and Learn Delivery Group",
  source = "Planning pack 2025/26: Early Diagnosis: Faecal Immunochemical Testing (FIT)",
  row = "Monitoring and support",
  quote = "Quarterly FIT Share and Learn Delivery Group for discussing challenges, solutions and for updates (mandatory for FIT leads)",
  checks = "Every quarter, FIT/ShareAndLearnGroup must show attended=\"true\": fail if the FIT lead did not attend this quarter's meeting; missing if the element (or the FIT section) is absent, or if its date is outside the quarter judged.",
  check = function(doc, out, q)
    local fit = doc:first("FIT")
    local g = fit and fit:first("ShareAndLearnGroup")
    local lead = doc:index("Leads/Lead", "role")["fit"]
    out:set("lead", lead and lead:attr("name") and ("The FIT lead (" .. lead:attr("name") .. ")") or "The FIT lead")
    if not g then
      return out:missing { at = fit or doc,
        detail = (fit and "FIT > Share and learn group" or "FIT") .. " is absent" }
    end
    if not g:bool("@attended") then
      return out:fail { at = g, attr = "attended", detail = "not attended in " .. q.name }
    end
    local date = g:date("@date", nil)
    if date and (date < q.starts or date > q.ends) then
      return out:missing { at = g, attr = "date",
        detail = string.format("The meeting date given, %s, is not in %s (%s to %s)", date, q.name, q.starts, q.ends) }
    end
    out:set("on", date and (" on " .. date) or "")
    out:pass { at = g }
  end,
  say = {
    pass = "{lead} attended the {quarter} FIT Share and Learn Delivery Group{on}",
    fail = { message = "{lead} did not attend the {quarter} FIT Share and Learn Delivery Group, which is mandatory for FIT leads",
      prompt = "Explain at the quarterly review meeting why it was missed, and give the date of the next meeting the FIT lead will attend." },
    missing = { message = "{details}",
      prompt = "Give, in the next return, whether the FIT lead attended this quarter's meeting, and its date." },
  },
}
