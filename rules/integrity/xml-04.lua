-- XML-04: the header's period is 2025/26 Q1-Q4, and a final return is
-- dated inside or after its quarter.
deliverable {
  id = "XML-04", workstream = "integrity", due = "every",
  title = "The return is for 2025/26 Q1-Q4 and a final return is dated inside or after its quarter",
  source = "Quarterly return data contract, schema 1.0: quarters",
  checks = "Header Period must be financial year 2025/26 and quarter Q1-Q4, and a final return's Submission date must be on or after the first day of its quarter; fail otherwise.",
  check = function(doc, out)
    local period = doc:first("Header/Period")
    local fy = doc:text("Header/Period/@financialYear")
    local qname = doc:text("Header/Period/@quarter")
    if fy ~= "2025/26" then
      out:fail { at = period, attr = "financialYear", subject = fy,
        detail = "the financial year is '" .. fy .. "'; this catalogue judges 2025/26 returns",
        prompt = "Set Period financialYear to 2025/26, or check the return with the catalogue for its own year." }
    end
    local q = quarters.number(qname)
    if not q then
      out:fail { at = period, attr = "quarter", subject = qname,
        detail = "the quarter is '" .. qname .. "', not Q1, Q2, Q3 or Q4",
        prompt = "Set Period quarter to the quarter this return reports on (Q1 to Q4)." }
      return
    end
    local sub = doc:first("Header/Submission")
    if doc:text("Header/Submission/@status") == "final" then
      local date = doc:date("Header/Submission/@date")
      local starts = quarters.starts(q)
      if date < starts then
        out:fail { at = sub, attr = "date", subject = qname,
          detail = string.format("the final %s return is dated %s, before %s began on %s",
            qname, date, qname, starts),
          prompt = string.format("Correct the Submission date (a final %s return is dated on or after %s), or mark the return as draft.", qname, starts) }
      end
    end
  end,
  say = { pass = "The return is for 2025/26 {quarter} and its submission date fits the quarter" },
}
