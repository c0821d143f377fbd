/* test_rules_lwbc.c: treatment-and-care rules (LWBC, experience of care, ACCEND workforce)
 * against the example return and mutations of it. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* Comment a whole block of the example out (none of these blocks contains "--"). */
#define CUT(open, close) open, "<!-- " open, close, close " -->"
#define NO_LWBC CUT("<LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer>")
#define NO_WORKFORCE CUT("<Workforce>", "</Workforce>")
#define DROP(s) s, ""

#define HWBIS_DEV "intervention=\"HWBIS\" status=\"in-development\""
#define CCR_DEV "intervention=\"CCR\" status=\"in-development\""
#define HWBIS_EMBEDDED HWBIS_DEV, "intervention=\"HWBIS\" status=\"embedded\""
#define CCR_EMBEDDED CCR_DEV, "intervention=\"CCR\" status=\"embedded\""

#define RAP_PSFU "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"true\""
#define RKE_PSFU "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\""
#define PSFU_ALL                                                                                   \
    RAP_PSFU, "provider=\"RAP\" digitalTracking=\"true\" monitoring=\"true\"", RKE_PSFU,           \
        "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"true\""

#define PSYCHO "area=\"psychosocial\" status=\"delivering\" coProduced=\"true\""
#define PREHAB "area=\"prehabilitation\" status=\"plan-complete\" coProduced=\"true\""
#define PHYS "area=\"physical-activity\" status=\"in-development\" coProduced=\"true\""
#define PLAN(area, status) "area=\"" area "\" status=\"" status "\" coProduced=\"true\""

#define RAP_COSD "provider=\"RAP\" CR7900=\"true\" CR7920=\"false\" CR8420=\"true\" CR7840=\"true\""
#define RAP_COSD_OK RAP_COSD, "provider=\"RAP\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\""
#define RKE_COSD "<COSDSubmission provider=\"RKE\" CR7900=\"true\" CR7920=\"true\" CR8420=\"true\" CR7840=\"true\"/>"

#define EOTS_CURRENT "current=\"41.5\" period"
#define EOTS_AT(v) EOTS_CURRENT, "current=\"" v "\" period"
#define EOTS_EL "<EOTS baseline=\"38.0\" baselinePeriod=\"2024/25 Q3\" current=\"41.5\" period=\"2025/26 Q2\"/>"

#define LWBC_TEXT                                                                                  \
    "PSFU is embedded for breast, prostate and colorectal at all providers. The remote monitoring " \
    "system at RAP goes live in December; until then PSFU patients are tracked on a spreadsheet "  \
    "reviewed weekly. Prehabilitation delivery starts in Q3."
#define LWBC_NARR(text) "<Narrative>" LWBC_TEXT "</Narrative>", "<Narrative>" text "</Narrative>"

#define FORUM "<Forum established=\"true\" diversityMonitored=\"true\"/>"
#define PPV "<PPVPartner identified=\"true\" nationalForum=\"true\"/>"
#define CPES "<CPES uptakeInitiatives=\"true\" insightUsed=\"true\"/>"
#define METRICS_TEXT                                                                               \
    "Forum membership against local census profile; number of service changes co-designed with "   \
    "the forum; CPES response rate by ethnicity."
#define METRICS "<Metrics set=\"true\">" METRICS_TEXT "</Metrics>"
#define EOC_TEXT                                                                                   \
    "The forum co-designed the breast pain patient leaflet this quarter. Two trusts joined the "    \
    "improvement collaborative, and CPES response rates among Black African and Bangladeshi "       \
    "respondents rose after community-language reminders."
#define EOC_NARR "<Narrative>" EOC_TEXT "</Narrative>"

#define RAL_ACCEND "provider=\"RAL\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"false\""
#define RAP_ACCEND "provider=\"RAP\" careerPathway=\"true\" jobDescriptions=\"false\" capabilitiesInAppraisal=\"false\""
#define ACCEND_OK(p) "provider=\"" p "\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"true\""
#define RKE_ACCEND "<ACCEND provider=\"RKE\" careerPathway=\"true\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"true\"/>"
#define WF_TEXT                                                                                    \
    "ACCEND-aligned job descriptions are agreed at three trusts; RAP, which serves the most "       \
    "deprived population in the alliance, is the priority for the support worker development "     \
    "programme starting in November."
#define WF_NARR(text) "<Narrative>" WF_TEXT "</Narrative>", "<Narrative>" text "</Narrative>"

#define ALL_PROVIDERS "RRV,RAL,RAP,RKE"

static t_case cases[] = {
    /* name, rule, {from, to, ..., NULL} edits to the example, quarter (0 = Q2, the example's own), outcome, subjects comma-joined */

    /* LWBC-01: local agreements for the five interventions embedded by Q4. */
    {"example: HWBIS and CCR in development at Q2", "LWBC-01", {NULL}, 0, "not-due", "HWBIS,CCR"},
    {"all five embedded", "LWBC-01", {HWBIS_EMBEDDED, CCR_EMBEDDED, NULL}, 0, "pass", ""},
    {"all five embedded at Q4", "LWBC-01", {HWBIS_EMBEDDED, CCR_EMBEDDED, NULL}, 4, "pass", ""},
    {"Q4: two not embedded", "LWBC-01", {NULL}, 4, "fail", "HWBIS,CCR"},
    {"Q4: none fails too", "LWBC-01",
     {HWBIS_DEV, "intervention=\"HWBIS\" status=\"none\"", CCR_EMBEDDED, NULL}, 4, "fail", "HWBIS"},
    {"Q2: HWBIS none is at risk", "LWBC-01", {HWBIS_DEV, "intervention=\"HWBIS\" status=\"none\"", NULL},
     0, "at-risk", "HWBIS"},
    {"Q1: CCR none is at risk", "LWBC-01", {CCR_DEV, "intervention=\"CCR\" status=\"none\"", NULL}, 1,
     "at-risk", "CCR"},
    {"Q3: in development is not yet due", "LWBC-01", {NULL}, 3, "not-due", "HWBIS,CCR"},
    {"CCR not reported", "LWBC-01", {DROP("<LocalAgreement intervention=\"CCR\" status=\"in-development\"/>"), NULL},
     0, "missing", "CCR"},
    {"Q4: HWBIS failing outranks CCR not reported", "LWBC-01",
     {DROP("<LocalAgreement intervention=\"CCR\" status=\"in-development\"/>"), NULL}, 4, "fail", "HWBIS"},
    {"no LWBC section: all five missing", "LWBC-01", {NO_LWBC, NULL}, 0, "missing",
     "PSFU,HNA-PCSP,HWBIS,EOTS,CCR"},
    {"malformed status", "LWBC-01",
     {"intervention=\"PSFU\" status=\"embedded\"", "intervention=\"PSFU\" status=\"Embedded\"", NULL}, 0,
     "missing", "PSFU"},

    /* LWBC-02: digital tracking and monitoring of PSFU patients at every provider by Q4. */
    {"example: RAP and RKE lack one each at Q2", "LWBC-02", {NULL}, 0, "not-due", "RAP,RKE"},
    {"Q1: not yet due", "LWBC-02", {NULL}, 1, "not-due", "RAP,RKE"},
    {"Q4: RAP and RKE fail", "LWBC-02", {NULL}, 4, "fail", "RAP,RKE"},
    {"Q4: RAP has neither", "LWBC-02",
     {RAP_PSFU, "provider=\"RAP\" digitalTracking=\"false\" monitoring=\"false\"",
      RKE_PSFU, "provider=\"RKE\" digitalTracking=\"true\" monitoring=\"true\"", NULL},
     4, "fail", "RAP"},
    {"every provider has both", "LWBC-02", {PSFU_ALL, NULL}, 0, "pass", ALL_PROVIDERS},
    {"every provider has both at Q4", "LWBC-02", {PSFU_ALL, NULL}, 4, "pass", ALL_PROVIDERS},
    {"RKE not reported", "LWBC-02",
     {DROP("<PSFUTracking provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"/>"), NULL}, 0,
     "missing", "RKE"},
    {"Q4: RKE not reported, RAP fails", "LWBC-02",
     {DROP("<PSFUTracking provider=\"RKE\" digitalTracking=\"true\" monitoring=\"false\"/>"), NULL}, 4,
     "fail", "RAP"},
    {"no LWBC section: every provider missing", "LWBC-02", {NO_LWBC, NULL}, 0, "missing", ALL_PROVIDERS},
    {"malformed digitalTracking", "LWBC-02",
     {RAP_PSFU, "provider=\"RAP\" digitalTracking=\"yes\" monitoring=\"true\"", NULL}, 0, "missing", "RAP"},

    /* LWBC-03: psychosocial support plan delivered and co-produced, every quarter. */
    {"example: delivering and co-produced", "LWBC-03", {NULL}, 0, "pass", ""},
    {"example at Q4", "LWBC-03", {NULL}, 4, "pass", ""},
    {"plan complete but not delivering", "LWBC-03", {PSYCHO, PLAN("psychosocial", "plan-complete"), NULL}, 0,
     "fail", "psychosocial"},
    {"Q1: in development fails (every quarter)", "LWBC-03",
     {PSYCHO, PLAN("psychosocial", "in-development"), NULL}, 1, "fail", "psychosocial"},
    {"not co-produced", "LWBC-03",
     {PSYCHO, "area=\"psychosocial\" status=\"delivering\" coProduced=\"false\"", NULL}, 0, "missing",
     "psychosocial"},
    {"not delivering and not co-produced: fail wins", "LWBC-03",
     {PSYCHO, "area=\"psychosocial\" status=\"none\" coProduced=\"false\"", NULL}, 0, "fail", "psychosocial"},
    {"no psychosocial plan", "LWBC-03", {PSYCHO, "area=\"psychological\" status=\"delivering\" coProduced=\"true\"", NULL},
     0, "missing", "psychosocial"},
    {"no LWBC section", "LWBC-03", {NO_LWBC, NULL}, 0, "missing", "psychosocial"},
    {"malformed status", "LWBC-03", {PSYCHO, PLAN("psychosocial", "Delivering"), NULL}, 0, "missing",
     "psychosocial"},

    /* LWBC-04: prehabilitation plan complete and delivery begun by Q4. */
    {"example: plan complete at Q2", "LWBC-04", {NULL}, 0, "not-due", "prehabilitation"},
    {"Q3: plan complete is not yet due", "LWBC-04", {NULL}, 3, "not-due", "prehabilitation"},
    {"Q4: plan complete but not delivering", "LWBC-04", {NULL}, 4, "fail", "prehabilitation"},
    {"delivering", "LWBC-04", {PREHAB, PLAN("prehabilitation", "delivering"), NULL}, 0, "pass", ""},
    {"Q4: delivering", "LWBC-04", {PREHAB, PLAN("prehabilitation", "delivering"), NULL}, 4, "pass", ""},
    {"Q2: in development is at risk", "LWBC-04", {PREHAB, PLAN("prehabilitation", "in-development"), NULL}, 0,
     "at-risk", "prehabilitation"},
    {"Q3: none is at risk", "LWBC-04", {PREHAB, PLAN("prehabilitation", "none"), NULL}, 3, "at-risk",
     "prehabilitation"},
    {"Q1: none is not yet due", "LWBC-04", {PREHAB, PLAN("prehabilitation", "none"), NULL}, 1, "not-due",
     "prehabilitation"},
    {"no prehabilitation plan", "LWBC-04", {DROP("<ImprovementPlan " PREHAB "/>"), NULL}, 0, "missing",
     "prehabilitation"},
    {"malformed status", "LWBC-04", {PREHAB, PLAN("prehabilitation", "started"), NULL}, 0, "missing",
     "prehabilitation"},

    /* LWBC-05: physical activity interventions, delivery begun by Q4. */
    {"example: in development at Q2 is at risk", "LWBC-05", {NULL}, 0, "at-risk", "physical-activity"},
    {"Q1: in development is not yet due", "LWBC-05", {NULL}, 1, "not-due", "physical-activity"},
    {"Q3: plan complete is not yet due", "LWBC-05", {PHYS, PLAN("physical-activity", "plan-complete"), NULL}, 3,
     "not-due", "physical-activity"},
    {"Q4: in development fails", "LWBC-05", {NULL}, 4, "fail", "physical-activity"},
    {"delivering", "LWBC-05", {PHYS, PLAN("physical-activity", "delivering"), NULL}, 0, "pass", ""},
    {"no physical activity plan", "LWBC-05", {DROP("<ImprovementPlan " PHYS "/>"), NULL}, 0, "missing",
     "physical-activity"},
    {"no LWBC section", "LWBC-05", {NO_LWBC, NULL}, 0, "missing", "physical-activity"},

    /* LWBC-06: every trust submits the 4 core COSD v10 items each quarter. */
    {"example: RAP did not submit CR7920", "LWBC-06", {NULL}, 0, "fail", "RAP"},
    {"example at Q1: fails every quarter", "LWBC-06", {NULL}, 1, "fail", "RAP"},
    {"every trust submits all four", "LWBC-06", {RAP_COSD_OK, NULL}, 0, "pass", ALL_PROVIDERS},
    {"RAP and RKE miss items", "LWBC-06",
     {RKE_COSD, "<COSDSubmission provider=\"RKE\" CR7900=\"false\" CR7920=\"true\" CR8420=\"true\" CR7840=\"false\"/>",
      NULL},
     0, "fail", "RAP,RKE"},
    {"RKE not reported", "LWBC-06", {RAP_COSD_OK, DROP(RKE_COSD), NULL}, 0, "missing", "RKE"},
    {"RKE not reported, RAP fails", "LWBC-06", {DROP(RKE_COSD), NULL}, 0, "fail", "RAP"},
    {"no LWBC section: every trust missing", "LWBC-06", {NO_LWBC, NULL}, 0, "missing", ALL_PROVIDERS},
    {"malformed item", "LWBC-06",
     {RAP_COSD, "provider=\"RAP\" CR7900=\"true\" CR7920=\"no\" CR8420=\"true\" CR7840=\"true\"", NULL}, 0,
     "missing", "RAP"},

    /* LWBC-07: EOTS improves on the Q3 2024/25 baseline by Q3. */
    {"example: 41.5% above the 38.0% baseline", "LWBC-07", {NULL}, 0, "pass", ""},
    {"example at Q4", "LWBC-07", {NULL}, 4, "pass", ""},
    {"Q2: level with the baseline is at risk", "LWBC-07", {EOTS_AT("38.0"), NULL}, 0, "at-risk", "EOTS"},
    {"Q1: below the baseline is at risk", "LWBC-07", {EOTS_AT("35.2"), NULL}, 1, "at-risk", "EOTS"},
    {"Q3: level with the baseline fails", "LWBC-07", {EOTS_AT("38"), NULL}, 3, "fail", "EOTS"},
    {"Q4: below the baseline fails", "LWBC-07", {EOTS_AT("37.9"), NULL}, 4, "fail", "EOTS"},
    {"no EOTS", "LWBC-07", {DROP(EOTS_EL), NULL}, 0, "missing", "EOTS"},
    {"malformed current", "LWBC-07", {EOTS_AT("41.5%"), NULL}, 3, "missing", "EOTS"},
    {"absent baseline", "LWBC-07", {"baseline=\"38.0\" ", "", NULL}, 0, "missing", "EOTS"},

    /* LWBC-08: quarterly narrative covering work to sustain PSFU benefits. */
    {"example mentions PSFU", "LWBC-08", {NULL}, 0, "pass", ""},
    {"mentions follow-up only", "LWBC-08",
     {LWBC_NARR("Stratified follow-up pathways continue for breast and prostate; remote monitoring goes live at RAP in December."),
      NULL},
     0, "pass", ""},
    {"mentions Follow Up, any case", "LWBC-08",
     {LWBC_NARR("Personalised Stratified Follow Up is now in place for colorectal patients at all four trusts."), NULL},
     0, "pass", ""},
    {"no PSFU or follow-up", "LWBC-08",
     {LWBC_NARR("Prehabilitation delivery starts in Q3 and the psychosocial support service continues at all trusts."),
      NULL},
     0, "missing", ""},
    {"PSFUs and followup are not whole-word mentions", "LWBC-08",
     {LWBC_NARR("Two PSFUs were reviewed and the followup audit continues at all trusts this quarter."), NULL}, 0,
     "missing", ""},
    {"placeholder narrative", "LWBC-08", {LWBC_NARR("TBC"), NULL}, 0, "missing", ""},
    {"empty narrative", "LWBC-08", {LWBC_NARR("  "), NULL}, 0, "missing", ""},
    {"no narrative", "LWBC-08", {DROP("<Narrative>" LWBC_TEXT "</Narrative>"), NULL}, 0, "missing", ""},

    /* EOC-01: People & Community Forum established, its diversity monitored. */
    {"example: established and monitored", "EOC-01", {NULL}, 0, "pass", ""},
    {"forum not established", "EOC-01",
     {FORUM, "<Forum established=\"false\" diversityMonitored=\"true\"/>", NULL}, 0, "fail", "established"},
    {"diversity not monitored", "EOC-01",
     {FORUM, "<Forum established=\"true\" diversityMonitored=\"false\"/>", NULL}, 0, "missing",
     "diversityMonitored"},
    {"neither: fail wins", "EOC-01",
     {FORUM, "<Forum established=\"false\" diversityMonitored=\"false\"/>", NULL}, 0, "fail", "established"},
    {"no forum", "EOC-01", {DROP(FORUM), NULL}, 0, "missing", ""},
    {"malformed established", "EOC-01",
     {FORUM, "<Forum established=\"yes\" diversityMonitored=\"true\"/>", NULL}, 0, "missing", "established"},

    /* EOC-02: PPV partner identified for the national PPV forum. */
    {"example: PPV partner identified", "EOC-02", {NULL}, 0, "pass", ""},
    {"no PPV partner identified", "EOC-02",
     {PPV, "<PPVPartner identified=\"false\" nationalForum=\"false\"/>", NULL}, 0, "fail", "identified"},
    {"no PPVPartner element", "EOC-02", {DROP(PPV), NULL}, 0, "missing", ""},
    {"malformed identified", "EOC-02", {PPV, "<PPVPartner identified=\"\" nationalForum=\"true\"/>", NULL}, 0,
     "missing", "identified"},

    /* EOC-03: CPES insight used and uptake initiatives. */
    {"example: both true", "EOC-03", {NULL}, 0, "pass", ""},
    {"no uptake initiatives", "EOC-03", {CPES, "<CPES uptakeInitiatives=\"false\" insightUsed=\"true\"/>", NULL}, 0,
     "missing", "uptakeInitiatives"},
    {"neither", "EOC-03", {CPES, "<CPES uptakeInitiatives=\"false\" insightUsed=\"false\"/>", NULL}, 0, "missing",
     "insightUsed,uptakeInitiatives"},
    {"no CPES element", "EOC-03", {DROP(CPES), NULL}, 0, "missing", ""},

    /* EOC-04: own engagement metrics set; metrics and narrative texts. */
    {"example: metrics set and both texts present", "EOC-04", {NULL}, 0, "pass", ""},
    {"metrics not set", "EOC-04", {"<Metrics set=\"true\">", "<Metrics set=\"false\">", NULL}, 0, "missing",
     "Metrics"},
    {"metrics text a placeholder", "EOC-04", {METRICS, "<Metrics set=\"true\">TBC</Metrics>", NULL}, 0, "missing",
     "Metrics"},
    {"narrative empty", "EOC-04", {EOC_NARR, "<Narrative> </Narrative>", NULL}, 0, "missing", "Narrative"},
    {"both texts placeholders", "EOC-04",
     {METRICS, "<Metrics set=\"true\">N/A</Metrics>", EOC_NARR, "<Narrative>to follow</Narrative>", NULL}, 0,
     "missing", "Metrics,Narrative"},
    {"no Metrics element", "EOC-04", {DROP(METRICS), NULL}, 0, "missing", "Metrics"},
    {"no ExperienceOfCare section", "EOC-04", {CUT("<ExperienceOfCare>", "</ExperienceOfCare>"), NULL}, 0,
     "missing", "Metrics,Narrative"},

    /* WF-01: ACCEND at every provider. */
    {"example: RAL and RAP have gaps", "WF-01", {NULL}, 0, "at-risk", "RAL,RAP"},
    {"example at Q4: still at risk (every quarter)", "WF-01", {NULL}, 4, "at-risk", "RAL,RAP"},
    {"every provider has all three", "WF-01", {RAL_ACCEND, ACCEND_OK("RAL"), RAP_ACCEND, ACCEND_OK("RAP"), NULL}, 0,
     "pass", ALL_PROVIDERS},
    {"RKE not reported", "WF-01", {DROP(RKE_ACCEND), NULL}, 0, "missing", "RKE"},
    {"no Workforce section: every provider missing", "WF-01", {NO_WORKFORCE, NULL}, 0, "missing", ALL_PROVIDERS},
    {"malformed careerPathway", "WF-01",
     {RAL_ACCEND,
      "provider=\"RAL\" careerPathway=\"1\" jobDescriptions=\"true\" capabilitiesInAppraisal=\"false\"", NULL},
     0, "missing", "RAL"},

    /* WF-02: quarterly ACCEND narrative. */
    {"example narrative", "WF-02", {NULL}, 0, "pass", ""},
    {"placeholder narrative", "WF-02", {WF_NARR("see previous return"), NULL}, 0, "missing", ""},
    {"empty narrative", "WF-02", {WF_NARR(""), NULL}, 0, "missing", ""},
    {"no narrative", "WF-02", {DROP("<Narrative>" WF_TEXT "</Narrative>"), NULL}, 0, "missing", ""},
    {"no Workforce section", "WF-02", {NO_WORKFORCE, NULL}, 0, "missing", ""},
};
T_REGISTER_CASES(cases)

ParameterizedTestParameters(rules_lwbc, cases)
{
    return cr_make_param_array(t_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(t_case *c, rules_lwbc, cases)
{
    t_rule_case(c);
}
