-- OP-04: the lung 62-day pathway, including its staging and treatment phases.
local PHASES = {
  { "stagingActions", "staging" },
  { "treatmentActions", "treatment" },
}

deliverable {
  id = "OP-04", workstream = "operational-performance", due = "Q1",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Lung 62-day pathway performance, including the staging and treatment phases",
  source = "Planning pack 2025/26: Faster Diagnosis and Operational Performance: Operational Performance",
  row = "Deliverables",
  quote = "The lung 62 day pathway performance, including the staging and treatment phases of the pathway.",
  checks = "OperationalPerformance/Lung62Day must be present with a narrative (its text) that is real evidence, else missing (also when the OperationalPerformance section is absent); from Q1 it fails if @stagingActions or @treatmentActions is false. The subject is lung.",
  check = function(doc, out)
    local l = doc:first("OperationalPerformance/Lung62Day")
    local write = "the actions on the lung 62 day pathway, including the staging and treatment phases, with dates"
    if not l then
      return out:evidence(doc, "OperationalPerformance/Lung62Day", write, "lung")
    end
    local cur = l:get("@current")
    local perf = (cur and re.test(cur, [[^\d+(\.\d+)?$]])) and ("lung 62-day at " .. num_text(tonumber(cur)) .. "%") or "lung 62-day"
    local lacking, first = {}, nil
    for _, ph in ipairs(PHASES) do
      out:try("lung", function()
        if not l:bool("@" .. ph[1]) then
          lacking[#lacking + 1] = ph[2]
          first = first or ph[1]
        end
      end)
    end
    if #lacking > 0 then
      out:set("phases", list(lacking) .. (#lacking == 1 and " phase" or " phases"))
      out:fail { at = l, attr = first, subject = "lung",
        detail = perf .. ", no actions on the " .. list(lacking) .. (#lacking == 1 and " phase" or " phases") }
    end
    out:evidence(doc, "OperationalPerformance/Lung62Day", write, "lung")
  end,
  say = {
    pass = "Actions on the lung 62 day pathway cover the staging and treatment phases",
    fail = { message = "Lung 62 day pathway work, due by {due}, lacks a phase: {details}",
      prompt = "Describe in the Lung62Day text for the next return the actions on the {phases}, who leads them and the dates." },
  },
}
