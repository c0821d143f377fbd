-- FIN-06: hosting contributions are proportionate, with clear benefits. The
-- pack gives no share: the line above which a fee is at-risk is the regional
-- tolerance FIN-06.hosting.
local LINE = tolerance("FIN-06.hosting")

deliverable {
  id = "FIN-06", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Hosting contributions proportionate, with clear benefits",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  row = "Section text",
  quote = "Any SDF contributions for hosting arrangements should be proportionate to reflect actual costs, with clear benefits to the Cancer Alliance in return.",
  checks = "Missing if the Finance section is absent; not-applicable without Finance/Hosting; missing if Benefits is no evidence; at-risk if the hosting @fee is more than {FIN-06.hosting} of the allocation.",
  check = function(doc, out)
    if not doc:first("Finance") then
      return out:missing { at = doc, detail = "the Finance section is absent",
        prompt = "In the next return, report the allocation and any hosting contribution with the benefits it buys." }
    end
    local h = doc:first("Finance/Hosting")
    if not h then
      return out:not_applicable { detail = "no hosting contribution is reported" }
    end
    local host = h:attr("provider")
    out:evidence(h, "Benefits", "the benefits the alliance receives from its host in return for the fee (services, support, governance)", host)
    local fee, allocation = h:gbp("@fee"), doc:gbp("Finance/Allocation/@amount")
    local share = allocation > 0 and 100 * fee / allocation or 100
    out:set("fee", money(fee))
    out:set("share", string.format("%.1f%%", share))
    if fee * 100 > LINE * allocation then
      out:at_risk { at = h, attr = "fee", subject = host,
        detail = string.format("the hosting fee of %s is %.1f%% of the %s allocation (over %s%%)", money(fee), share, money(allocation), num_text(LINE)),
        prompt = "Itemise the actual costs the contribution covers in the next return, and agree a proportionate figure with the host, with the Region's support if needed." }
    end
  end,
  say = { pass = "The hosting fee of {fee} is {share} of the allocation and its benefits are described" },
}
