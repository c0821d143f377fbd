-- rules/catalogue.lua: the facts of the catalogue that are not rules, in one
-- place. assure reads this file before any rule, checks it key by key as it
-- checks a deliverable, and everything else reads these facts from here: the
-- rules (through quarters and the declaration checks), the C engine, and every
-- report format. Change a heading, add a year or a schema version here and
-- nothing else needs to change.
--
-- Seven kinds of fact, each a call:
--   outcomes { ... }     the seven outcomes, least severe first
--   workstreams { ... }  the workstreams in report order, with their headings
--   builtin { ... }      the checks assure makes itself, before any rule
--   schema { ... }       a schema version of the return and its XSD
--   year { ... }         a financial year: its quarters and their dates
--   tolerance { ... }    a threshold the pack does not give, with its default
--   pack { ... }         a year's planning pack: the deliverables it holds
-- A region's own rule folder (--rules) has no catalogue.lua: it adds rules
-- to this catalogue, and uses its workstreams, years and schema versions.

-- The outcomes, from the least severe to the most: a finding takes the worst
-- outcome of its items. Their order is the engine's (it names them by their
-- place in this list), so add none and reorder none; `label` and `code` are
-- yours to word. `column` is each outcome's place in summaries and counts.
outcomes {
  { "not-applicable", label = "not applicable", code = "n/a", column = 6,
    means = "the deliverable does not apply to this alliance (for example no provider is in the lowest quartile)" },
  { "pass", label = "pass", code = "PASS", column = 1,
    means = "the evidence is there and meets the deliverable (even ahead of its due quarter)" },
  { "not-due", label = "not yet due", code = "n-due", column = 5,
    means = "not yet due, not yet met, and nothing says it is at risk" },
  { "at-risk", label = "at risk", code = "RISK", column = 4,
    means = "not yet due, and the figures put it at risk; comes with a prompt asking for the recovery plan" },
  { "missing", label = "missing evidence", code = "MISS", column = 3,
    means = "evidence the deliverable needs is absent, empty, a placeholder or malformed; comes with a prompt saying what to supply" },
  { "fail", label = "fail", code = "FAIL", column = 2,
    means = "the evidence is there and shows the deliverable not met, once it is due" },
  { "error", label = "rule error", code = "ERR", column = 7,
    means = "the rule itself broke (a Lua error, or its time or memory limit); only assure gives it, and the other rules still run" },
}

-- Workstreams in the order reports show them. `heading` titles a section of
-- a report or of `rules doc`; `short` labels a group of matrix columns.
-- `prefixes` orders rule IDs within the workstream (FD-URO before FD-GYN);
-- IDs with other prefixes follow, by name.
workstreams {
  { "integrity", heading = "Integrity of the return", short = "Integrity", prefixes = { "XML" } },
  { "cross-cutting", heading = "Cross-cutting and finance (SDF)", short = "Cross-cutting",
    prefixes = { "FIN", "GOV" } },
  { "operational-performance", heading = "Operational performance", short = "Operational performance",
    prefixes = { "OP" } },
  { "faster-diagnosis", heading = "Faster diagnosis pathways", short = "Faster diagnosis",
    prefixes = { "FD-URO", "FD-GYN", "FD-BRE", "FD-SKN", "FD-ALL" } },
  { "early-diagnosis", heading = "Early diagnosis", short = "Early diagnosis",
    prefixes = { "FIT", "ED", "GEN" } },
  { "treatment-and-care", heading = "Treatment and care", short = "Treatment and care",
    prefixes = { "TV", "LWBC", "EOC", "WF" } },
  { "local-plan", heading = "The alliance's own plan", short = "Local plan", prefixes = { "LP" } },
  { "history", heading = "Since the previous quarter", short = "History", prefixes = { "HIST" } },
}

-- The checks assure makes itself. XML-01 stops a return it fails (no rule
-- runs); XML-02 is a finding like a rule's. In a title or source, {version}
-- becomes the return's schema version ("1.0"), or in lists of the catalogue
-- every version ("1.0 or 1.1").
builtin {
  { "XML-01", workstream = "integrity",
    title = "The file is a readable quarterly return",
    source = "Quarterly return data contract",
    checks = "The file is a regular file of at most 16 MiB, strict UTF-8 and well-formed XML with no DOCTYPE; its root is QuarterlyReturn in the return's namespace, with a schemaVersion this catalogue knows, and its period is a year and quarter of the calendar. A file that fails is reported with its error, line and column, and no rule runs." },
  { "XML-02", workstream = "integrity",
    title = "The return is valid against the schema {version} XSD",
    source = "Quarterly return data contract, schema {version}",
    checks = "The return validates against the XSD of the schema version it declares (rules/schema/); each violation is listed with its line, and the rules still run on what is there." },
}

-- Schema versions, oldest first: each is a superset of the one before. A
-- return is validated against the XSD of the version it declares; a rule that
-- reads evidence only a later version holds says so (schema = "1.1") and is
-- not-applicable on an older return. Paths are relative to this folder.
schema { "1.0", xsd = "schema/quarterly-return-1.0.xsd" }
schema { "1.1", xsd = "schema/quarterly-return-1.1.xsd" }

-- Financial years, in order, with the first and last day of each quarter. A
-- return is judged by the rules in force for its own year and quarter
-- (Period/@financialYear and @quarter); a year with no rules in force is not
-- judged. To add a year: add its entry here, then its rules (from = "YYYY/YY Q1").
year { "2025/26",
  { "Q1", "2025-04-01", "2025-06-30" },
  { "Q2", "2025-07-01", "2025-09-30" },
  { "Q3", "2025-10-01", "2025-12-31" },
  { "Q4", "2026-01-01", "2026-03-31" },
}
year { "2026/27",
  { "Q1", "2026-04-01", "2026-06-30" },
  { "Q2", "2026-07-01", "2026-09-30" },
  { "Q3", "2026-10-01", "2026-12-31" },
  { "Q4", "2027-01-01", "2027-03-31" },
}

-- Regional tolerances: thresholds the planning pack does not give, which
-- the catalogue's rules need to judge a return. Each has its default here;
-- a region sets its own in a tolerances file (assure check --tolerances
-- FILE), and every report records the tolerances in force. A rule reads one
-- with tolerance("FIN-03.forecast"), and its checks text shows it as
-- {FIN-03.forecast}, so `rules show` and `rules doc` mark it as a region's
-- figure and not the pack's.
tolerance { "FIN-03.forecast", 98, unit = "%",
  means = "a total forecast below this share of the allocation is a potential underspend to declare" }
tolerance { "FIN-05.emphasis", 50, unit = "%",
  means = "operational performance and early diagnosis below this share of planned spend is at-risk ('emphasis should be given')" }
tolerance { "FIN-05.equal-shares", 3, unit = "allocations",
  means = "this many provider allocations or more, all equal, suggest funds shared out equally" }
tolerance { "FIN-06.hosting", 5, unit = "%",
  means = "a hosting fee above this share of the allocation is at-risk (not proportionate)" }
tolerance { "FD-ALL-01.words", 40, unit = "words",
  means = "a pathway narrative shorter than this is not a narrative return" }
tolerance { "FIT-04.due", "Q4", unit = "quarter",
  means = "the quarter by which every endoscopy provider is on NEDi2.1 (the pack gives no date: the year end)" }
tolerance { "FIT-04.completeness", 95, unit = "%",
  means = "an endoscopy provider on NEDi2.1 below this data completeness is at-risk ('high data quality and completeness')" }

-- The planning pack of each year: the deliverables its catalogue holds. Each
-- must be declared by a rule in force for that year (`rules lint` says which
-- are not); checks of any year (XML-03, XML-04, HIST-nn) are not listed.
pack { "2025/26", title = "Cancer Alliance planning support pack 2025/26",
  deliverables = {
    "FIN-01", "FIN-02", "FIN-03", "FIN-04", "FIN-05", "FIN-06", "FIN-07", "FIN-08",
    "GOV-01", "GOV-02", "GOV-03", "GOV-04",
    "OP-01", "OP-02", "OP-03", "OP-04", "OP-05", "OP-06", "OP-07", "OP-08", "OP-09",
    "FD-URO-01", "FD-URO-02", "FD-URO-03", "FD-URO-04", "FD-URO-05",
    "FD-GYN-01", "FD-GYN-02", "FD-GYN-03", "FD-GYN-04", "FD-BRE-01", "FD-BRE-02",
    "FD-SKN-01", "FD-SKN-02", "FD-SKN-03", "FD-SKN-04", "FD-SKN-05",
    "FD-ALL-01", "FD-ALL-02", "FD-ALL-03", "FD-ALL-04",
    "FIT-01", "FIT-02", "FIT-03", "FIT-04", "FIT-05", "FIT-06", "FIT-07", "FIT-08",
    "ED-01", "ED-02", "ED-03", "ED-04", "ED-05", "ED-06", "ED-07", "ED-08", "ED-09", "GEN-01",
    "TV-01", "TV-02", "TV-03", "TV-04", "TV-05", "TV-06", "TV-07", "TV-08", "TV-09", "TV-10",
    "LWBC-01", "LWBC-02", "LWBC-03", "LWBC-04", "LWBC-05", "LWBC-06", "LWBC-07", "LWBC-08",
    "LWBC-09",
    "EOC-01", "EOC-02", "EOC-03", "EOC-04", "EOC-05", "EOC-06",
    "WF-01", "WF-02", "WF-03", "LP-01", "LP-02",
  },
  -- What the pack asks that no quarterly return can evidence: listed, with
  -- the reason, so that `rules doc` shows the coverage whole (tests/quotes
  -- checks each sentence against a copy of the pack).
  not_checkable = {
    { "Plans should be clearly related to work on Faster Diagnosis pathways where relevant",
      section = "Faster Diagnosis and Operational Performance: Operational Performance", row = "Deliverables",
      why = "whether the plan is clearly related to the Faster Diagnosis pathway work is a judgement on the plan's content, which a quarterly return does not hold; the four focus areas this bullet introduces are OP-02 to OP-05" },
    { "Prioritise resource to improve Cancer Waiting Times performance, based on both the overall impact on performance, and the potential clinical impact of delays in diagnosis.",
      section = "Faster Diagnosis and Operational Performance: Operational Performance", row = "Cancer Alliance role",
      why = "how the alliance weighs impact and clinical risk in prioritising resource, and its work with clinical and diagnostic networks, are not reported in a quarterly return; the spend that follows is checked by FIN-01 and FIN-05" },
    { "Promote the National Cancer Waiting Times guidance",
      section = "Faster Diagnosis and Operational Performance: Operational Performance", row = "Cancer Alliance role",
      why = "promoting the guidance leaves nothing a return records; the local Access and Inter-Provider Transfer policies the same bullet asks for are checked by GOV-01" },
    { "Expand the focus beyond prostate cancer to include kidney and bladder pathway performance",
      section = "Faster Diagnosis: Urological Cancer", row = "Deliverables",
      why = "a return reports urology FDS as one pathway (PathwayFDS); kidney and bladder performance are not reported apart (their one stop haematuria services and referral practice are FD-URO-02 and FD-URO-05)" },
    { "Provide pathway improvement funding and appropriate clinical and management capacity/capability to implement local USC pathway improvement work",
      section = "Faster Diagnosis: Urological Cancer", row = "Cancer Alliance role",
      why = "a return does not show the funding or the clinical and management capacity given to urology pathway work; the named lead and their attendance at the Pathway Implementation Group are GOV-02" },
    { "Where pathway analysis has been completed within 12 months, repeat analysis should be agreed on a case-by-case basis",
      section = "Faster Diagnosis: Urological Cancer", row = "Cancer Alliance role",
      why = "whether an analysis is repeated is agreed case by case with the national team; a return records the analyser done (FD-URO-03, FD-GYN-03), not that agreement (the same sentence is in the gynaecology row)" },
    { "facilitate the design and agreement of a pathway model with buy-in across the system",
      section = "Faster Diagnosis: Gynaecological Cancer", row = "Cancer Alliance role",
      why = "a return records each provider's pathway status (FD-GYN-01, FD-BRE-01), not how the pathway model was designed or agreed across the system (the same words are in the breast row)" },
    { "work with ICB stakeholders to begin commissioner discussions to embed as BAU",
      section = "Faster Diagnosis: Gynaecological Cancer", row = "Cancer Alliance role",
      why = "a return records each service's local evaluation and BAU status (FD-GYN-02), not the discussions with ICB commissioners" },
    { "Capture and report local intelligence to explain trends in data demonstrating the impact of breast pain services",
      section = "Faster Diagnosis: Breast Cancer", row = "Cancer Alliance role",
      why = "whether the breast narrative explains the trends in the data is a reviewer's judgement; a return holds no breast pain activity data to check it against (FD-ALL-01 asks for the narrative, FD-BRE-02 for the evaluation)" },
    { "Bringing together system partners to support the commissioning and availability of sufficient diagnostic capacity including available CDC capacity",
      section = "Faster Diagnosis: Breast Cancer", row = "Cancer Alliance role",
      why = "a return has no measure of breast diagnostic or CDC capacity" },
    { "Provide funding, assurance, and best practice examples / networking to support providers to improve pathways including implementation of robust triage",
      section = "Faster Diagnosis: Breast Cancer", row = "Cancer Alliance role",
      why = "a return records no funding, support or triage for breast providers" },
    { "Work with primary care to ensure sufficient image quality for teledermatology services is in place using locally agreed models",
      section = "Faster Diagnosis: Skin Cancer", row = "Cancer Alliance role",
      why = "a return has no measure of image quality, referral quality or the feedback loops with primary care" },
    { "Supporting engagement with commissioners and providers to ensure sustainability of teledermatology",
      section = "Faster Diagnosis: Skin Cancer", row = "Cancer Alliance role",
      why = "the engagement itself is not reported; its results are (BAU funding mechanisms, FD-SKN-02; BAU commissioning, FD-SKN-05)" },
    { "regularly monitor PTLs and apply response demand/capacity solutions",
      section = "Faster Diagnosis: Skin Cancer", row = "Cancer Alliance role",
      why = "PTL monitoring and demand and capacity work are providers' operational work; a return holds no skin PTL data (the skin lead's attendance at the Pathway Implementation Group is GOV-02)" },
    { "support the development and training for non-medical practitioners in performing skin surgery procedures",
      section = "Faster Diagnosis: Skin Cancer", row = "Cancer Alliance role",
      why = "a return flags nurse roles and one-stop surgery at each provider (FD-SKN-03), not the training of non-medical practitioners in skin surgery" },
    { "Use the quarterly report data to identify providers in most need of improvement and provide support to deliver robust FIT pathways",
      section = "Early Diagnosis: Faecal Immunochemical Testing (FIT)", row = "Cancer Alliance role",
      why = "the return gives the FIT figures for the alliance as a whole, not by provider, so it cannot show which providers are most in need or where the support went" },
    { "Provide programme management support, and budget where required, to support providers to move to National Endoscopy Database Schema, NEDi2.1",
      section = "Early Diagnosis: Faecal Immunochemical Testing (FIT)", row = "Cancer Alliance role",
      why = "the return shows each endoscopy provider's schema and data completeness (FIT-04 judges them), not the programme management or budget the alliance gave them" },
    { "Work with systems to set out a plan for delivering progress against the local early diagnosis priorities.",
      section = "Local Early Diagnosis Plans", row = "Cancer Alliance role",
      why = "the return carries the plan's interventions (ED-04) and its quarterly progress (ED-06), not how the plan was worked up with the systems" },
    { "Lead engagement with trusts and local clinical groups to review available data and identify opportunities to make quality improvements.",
      section = "Treatment and Care: Treatment Variation and SACT", row = "Cancer Alliance role",
      why = "the return has no place for the alliance's engagement with trusts and clinical groups; its result, a clinically assured QI plan for each trust below target, is checked by TV-01 to TV-07" },
    { "use the forum to escalate any challenges and share examples of 'best practice'.",
      section = "Treatment and Care: Treatment Variation and SACT", row = "Cancer Alliance role",
      why = "what an alliance raises or shares at the working group is recorded by the national team, not in the return; attendance itself is checked by TV-10" },
    { "agreements for sustainable commissioning and delivery, demonstrating community/system collaboration",
      section = "Treatment and Care: Living With and Beyond Cancer", row = "Deliverables",
      why = "the return records each improvement plan's status and whether it is co-produced (LWBC-03 to LWBC-05), but has no place for the commissioning agreements or the collaboration behind them" },
    { "Work with primary and secondary care, ICB commissioners and other partners",
      section = "Treatment and Care: Living With and Beyond Cancer", row = "Cancer Alliance role",
      why = "the return records what this work produces (local agreements, LWBC-01; COSD submissions, LWBC-06; improvement plans, LWBC-03 to LWBC-05), not the partnership working itself" },
    { "Utilise PPV insights, COSD v10, CPES, QoL survey and other data sources",
      section = "Treatment and Care: Living With and Beyond Cancer", row = "Cancer Alliance role",
      why = "the return has no place for the data sources an alliance uses to support providers; COSD v10 submission itself is checked by LWBC-06" },
    { "Where deliverables 1 and 2 are delivered/on track, scope/deliver options analysis for wider improvements e.g. rehabilitation, late effects, enhanced supportive care, supportive oncology",
      section = "Treatment and Care: Living With and Beyond Cancer", row = "Cancer Alliance role",
      why = "an optional next step once deliverables 1 and 2 are on track, with no date or measure in the pack and no place in the return" },
    { "Maintain a comprehensive approach to community and public engagement, ensuring that the diverse voices of local communities are heard and integrated into all work programmes.",
      section = "Experience of Care and People & Community Engagement", row = "Deliverables",
      why = "whether local voices are heard and integrated into all work programmes is a judgement on the alliance's whole approach; a return shows its parts: the People & Community Forum and its diversity (EOC-01), the engagement metrics and narrative (EOC-04)" },
    { "Identify barriers and motivators that may influence uptake for certain groups",
      section = "Experience of Care and People & Community Engagement", row = "Cancer Alliance role",
      why = "a return flags whether local initiatives encourage CPES / U16 CPES uptake among under-represented groups (EOC-03), not the analysis of the uptake gaps, barriers and motivators behind them" },
    { "identify and address any gaps in the diversity of voices being heard",
      section = "Experience of Care and People & Community Engagement", row = "Cancer Alliance role",
      why = "a return flags that the representation of the community in the forum is monitored (EOC-01), not which gaps in the diversity of voices were found or how each was addressed" },
    { "with sharing of evidence on capability gaps",
      section = "ACCEND: Supporting patient care, performance and productivity through enabling recruitment, retention and upskilling in key roles", row = "Cancer Alliance role",
      why = "a return flags the core cancer capabilities in appraisal at each provider (WF-01), and holds no evidence on capability gaps or its sharing" },
  },
}
