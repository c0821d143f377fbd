-- FIN-06: hosting contributions are proportionate, with clear benefits.
deliverable {
  id = "FIN-06", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "Hosting contributions proportionate, with clear benefits",
  source = "Planning pack 2025/26: Service Development Funding (1)",
  checks = "Not-applicable without Finance/Hosting; missing if Benefits is no evidence; at-risk if the hosting @fee is more than 5% of the allocation.",
  check = function(doc, out)
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
    if share > 5 then
      out:at_risk { at = h, attr = "fee", subject = host,
        detail = string.format("the hosting fee of %s is %.1f%% of the %s allocation (over 5%%)", money(fee), share, money(allocation)),
        prompt = "Show that the hosting fee to " .. host .. " reflects actual costs, itemising what it pays for, and agree a proportionate contribution with the host (with the Region's support if needed)." }
    end
  end,
  say = { pass = "The hosting fee of {fee} is {share} of the allocation and its benefits are described" },
}
