-- XML-04: the header's period is a year and quarter of the catalogue's
-- calendar (rules/catalogue.lua), and a final return is dated inside or
-- after its quarter.
deliverable {
  id = "XML-04", workstream = "integrity", due = "every",
  title = "The return is for a year and quarter of the calendar, and a final return is dated inside or after its quarter",
  source = "Quarterly return data contract, schema 1.0: quarters",
  checks = "Header Period must name a financial year of the catalogue's calendar and a quarter Q1-Q4, and a final return's Submission date must be on or after the first day of its quarter (from the calendar); fail otherwise. A return for a year outside the calendar, or one with no rules in force, is not judged at all.",
  check = function(doc, out)
    local period = doc:first("Header/Period")
    local fy = doc:text("Header/Period/@financialYear")
    -- As written: " Q2" is not a quarter (the engine, too, reads it exactly).
    local qname = doc:get("Header/Period/@quarter") or doc:text("Header/Period/@quarter")
    local q = quarters.number(qname)
    if not q then
      out:fail { at = period, attr = "quarter", subject = qname,
        detail = "The quarter is '" .. qname .. "', not one of " .. table.concat(quarters.names, ", "),
        prompt = "Before the return is resubmitted, write in Period the quarter it reports on." }
      return
    end
    local starts = quarters.starts(q, fy)
    if not starts then
      out:fail { at = period, attr = "financialYear", subject = fy,
        detail = "The financial year is '" .. fy .. "'; the calendar has " .. list(quarters.years),
        prompt = "Before the return is resubmitted, write in Period the financial year it reports on, or check it with the catalogue for its own year." }
      return
    end
    local sub = doc:first("Header/Submission")
    if doc:text("Header/Submission/@status") == "final" then
      local date = doc:date("Header/Submission/@date")
      if date < starts then
        out:fail { at = sub, attr = "date", subject = qname,
          detail = string.format("The final %s return is dated %s, before %s began on %s",
            qname, date, qname, starts),
          prompt = "Before the return is resubmitted, correct its Submission date, or send it as a draft if it is not yet final." }
      end
    end
  end,
  say = { pass = "The return is for {year} {quarter} and its submission date fits the quarter" },
}
