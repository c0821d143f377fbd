-- GOV-02: a named lead for every priority area; pathway leads attend the
-- national Pathway Improvement Group.
local ROLES = { "operational-performance", "urology", "gynaecology", "breast", "skin", "fit",
  "early-diagnosis", "treatment-variation", "lwbc", "engagement", "workforce" }
local PATHWAY = { urology = true, gynaecology = true, breast = true, skin = true }

deliverable {
  id = "GOV-02", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "A named lead for every priority area",
  source = "Planning pack 2025/26: Annex A, roles and responsibilities",
  checks = "Each of the 11 priority roles needs a Lead with a name: missing for each role without one; fail if the urology, gynaecology, breast or skin lead has attendsPIG=\"false\".",
  check = function(doc, out)
    local leads = doc:index("Leads/Lead", "role")
    for _, role in ipairs(ROLES) do
      local lead = leads[role]
      local name = lead and lead:attr("name")
      if not lead or no_evidence(name) then
        out:missing { at = lead or doc:first("Leads") or doc, subject = role,
          detail = "no named " .. role .. " lead" }
      elseif PATHWAY[role] then
        -- a malformed attendsPIG is missing for this role only
        local ok, attends = out:try(role, lead.bool, lead, "@attendsPIG", true)
        if ok and attends == false then
          out:fail { at = lead, attr = "attendsPIG", subject = role,
            detail = string.format("the %s lead (%s) does not attend the Pathway Improvement Group", role, name) }
        end
      end
    end
  end,
  say = {
    pass = "Every priority area has a named lead, and the pathway leads attend the Pathway Improvement Group",
    missing = { message = "{count} priority {count|area has|areas have} no named lead: {subjects}",
      prompt = "Name a lead for {subjects} in Leads (a Lead with role and name for each)." },
    fail = { message = "{details}",
      prompt = "Confirm that the {subjects} {count|lead|leads} will attend the national Pathway Improvement Group, or name a lead who will." },
  },
}
