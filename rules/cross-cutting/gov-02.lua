-- GOV-02: a named lead for every priority area; the leads of the four
-- priority pathways attend the Pathway Implementation Group.
local ROLES = { "operational-performance", "urology", "gynaecology", "breast", "skin", "fit",
  "early-diagnosis", "treatment-variation", "lwbc", "engagement", "workforce" }
local PATHWAY = { urology = true, gynaecology = true, breast = true, skin = true }

deliverable {
  id = "GOV-02", workstream = "cross-cutting", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4",
  title = "A named lead for every priority area",
  source = "Planning pack 2025/26: Faster Diagnosis: Urological Cancer",
  row = "Cancer Alliance role",
  quote = { "Cancer Alliances should identify a named Lead for the urology pathway, who will attend Pathway Implementation Group to identify further opportunities for pathway improvement",
    "Identify a lead for Cancer Alliance Engagement/Involvement and Experience of Care." },
  note = "The pack asks the same of the gynae, breast and skin pathways (each section's Cancer Alliance role), and for leads elsewhere: FIT leads (FIT, Monitoring and support), a named clinical lead for each tumour site (Treatment Variation), a lead for engagement and experience of care (Experience of Care).",
  checks = "Each of the 11 priority roles needs a Lead with a name: missing for each role without one (or a Leads section); fail if the urology, gynaecology, breast or skin lead has attendsPIG=\"false\" (the Pathway Implementation Group).",
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
            detail = string.format("the %s lead (%s) does not attend the Pathway Implementation Group", role, name) }
        end
      end
    end
  end,
  say = {
    pass = "Every priority area has a named lead, and the pathway leads attend the Pathway Implementation Group",
    missing = { message = "{count} priority {count|area has|areas have} no named lead: {subjects}",
      prompt = "Give each one's lead, by name, in the Leads section of the next return." },
    fail = { message = "{details}",
      prompt = "In the next return, confirm attendance from the group's next meeting, or name a lead who will go." },
  },
}
