/* test_rules.c: every rule against the example return and mutations of it:
 * at least one passing and one non-passing case per rule, with the exact
 * outcome and subjects asserted. Table-driven: one row per case. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* Rows are t_case (helpers.h): {name, rule, edits = {from, to, ..., NULL},
 * quarter (0 = the return's own, Q2), outcome, subjects comma-joined}. */

/* Edits used by several rows. REMOVE comments a whole block out of the
 * example (none of the blocks so removed contains "--"). */
#define REMOVE(open, close) open, "<!-- " open, close, close " -->"
#define PCB1_STATUS         "aims=\"SA2 SA4 SA5\" status=\"on-track\""
#define PCB1_COMPLETE       PCB1_STATUS, "aims=\"SA2 SA4 SA5\" status=\"complete\""
#define ADD1_LINE           "due=\"Q4 25/26\" aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\""
#define ADD1(due, status)                                                                          \
    ADD1_LINE, "due=\"" due "\" aims=\"SA1 SA3 SA4 SA6\" status=\"" status "\""
#define BENEFITS                                                                                   \
    "<Benefits>Host provides finance, HR and estates support for the core alliance team under a "  \
    "service level agreement reviewed annually by the board.</Benefits>"
#define FIT_INEQ                                                                                   \
    "<Inequalities analysed=\"true\">FIT return rates are 9 points lower in the most deprived "    \
    "quintile; two PCNs in Enfield and Haringey are piloting text and phone safety netting for "   \
    "unreturned kits.</Inequalities>"
#define REFERRALS     "numerator=\"4310\" denominator=\"5122\" percent=\"84.1\""
#define COLONOSCOPIES "numerator=\"212\" denominator=\"1388\" percent=\"15.3\""
#define UNDER_98      "forecastYearEnd=\"790000\"", "forecastYearEnd=\"690000\""
#define UNDERSPEND    "<Underspend declared=\"false\"/>"
#define REDISTRIBUTION                                                                             \
    "<Redistribution>GBP 150,000 moved to FIT safety-netting pilots in four PCNs, agreed with "    \
    "the Region on 30 September.</Redistribution>"
#define NO_RKE_ENDOSCOPY                                                                           \
    "<EndoscopyProvider code=\"RKE\" schema=\"NEDi2.1\" dataCompleteness=\"93.4\"/>", ""
#define ALL_ROLES                                                                                  \
    "operational-performance,urology,gynaecology,breast,skin,fit,early-diagnosis,"                 \
    "treatment-variation,lwbc,engagement,workforce"

/* The table keeps one row per case, laid out by hand. */
// clang-format off
static t_case rule_cases[] = {
    /* XML-03: every @provider / @icb (and pathway/endoscopy code) is declared. */
    {"example declares every code", "XML-03", {NULL}, 0, "pass", ""},
    {"undeclared provider in a ProviderAllocation", "XML-03",
     {"provider=\"RKE\" amount=\"190000\"", "provider=\"RXX\" amount=\"190000\"", NULL},
     0, "fail", "RXX"},
    {"undeclared ICB on a Standard", "XML-03",
     {"<Standard code=\"31D\" icb=\"QMJ\"", "<Standard code=\"31D\" icb=\"QXX\"", NULL},
     0, "fail", "QXX"},
    {"undeclared host and urology provider code, in document order", "XML-03",
     {"<Hosting provider=\"RRV\"", "<Hosting provider=\"R1A\"",
      "<Provider code=\"RKE\" fdsLowestQuartile", "<Provider code=\"RYY\" fdsLowestQuartile", NULL},
     0, "fail", "R1A,RYY"},

    /* XML-04: 2025/26 Q1-Q4; a final return dated inside or after its quarter. */
    {"example Q2 final dated in Q3 passes", "XML-04", {NULL}, 0, "pass", ""},
    {"final Q2 return dated 2025-06-30, before Q2", "XML-04",
     {"<Submission date=\"2025-10-17\"", "<Submission date=\"2025-06-30\"", NULL}, 0, "fail", "Q2"},
    {"draft Q2 return dated 2025-06-30 is fine", "XML-04",
     {"<Submission date=\"2025-10-17\" status=\"final\"",
      "<Submission date=\"2025-06-30\" status=\"draft\"", NULL}, 0, "pass", ""},
    {"financial year 2024/25", "XML-04",
     {"financialYear=\"2025/26\"", "financialYear=\"2024/25\"", NULL}, 0, "fail", "2024/25"},
    /* ambiguous: the catalogue gives XML-04 only `fail`; a malformed date
     * (also an XML-02 violation) makes the rule report `missing` */
    {"final return with a malformed submission date", "XML-04",
     {"<Submission date=\"2025-10-17\"", "<Submission date=\"17/10/2025\"", NULL},
     0, "missing", ""},

    /* FIN-01: actual spend per workstream, from actual costs. */
    {"example reports actual spend", "FIN-01", {NULL}, 0, "pass", ""},
    {"year to date below the quarter's spend", "FIN-01",
     {"actualYearToDate=\"381200\"", "actualYearToDate=\"150000\"", NULL},
     0, "fail", "cross-cutting"},
    {"every workstream's actualQuarter exactly planned/4 (phased)", "FIN-01",
     {"actualQuarter=\"196400\"", "actualQuarter=\"200000\"", "actualQuarter=\"352900\"",
      "actualQuarter=\"375000\"", "actualQuarter=\"281700\"", "actualQuarter=\"300000\"",
      "actualQuarter=\"160250\"", "actualQuarter=\"175000\"", NULL},
     0, "at-risk", "cross-cutting,operational-performance,early-diagnosis,treatment-and-care"},
    {"three of four workstreams phased is not at-risk", "FIN-01",
     {"actualQuarter=\"196400\"", "actualQuarter=\"200000\"", "actualQuarter=\"352900\"",
      "actualQuarter=\"375000\"", "actualQuarter=\"281700\"", "actualQuarter=\"300000\"", NULL},
     0, "pass", ""},
    {"malformed actualQuarter (281,700)", "FIN-01",
     {"actualQuarter=\"281700\"", "actualQuarter=\"281,700\"", NULL},
     0, "missing", "early-diagnosis"},
    {"Finance section absent", "FIN-01",
     {REMOVE("<Finance>", "</Finance>"), NULL}, 0, "missing", ""},

    /* FIN-02: forecast year-end for every workstream. */
    {"example reports every forecast", "FIN-02", {NULL}, 0, "pass", ""},
    {"early-diagnosis forecast absent", "FIN-02",
     {" forecastYearEnd=\"1190000\"", "", NULL}, 0, "missing", "early-diagnosis"},
    {"malformed forecast (790k)", "FIN-02",
     {"forecastYearEnd=\"790000\"", "forecastYearEnd=\"790k\"", NULL},
     0, "missing", "cross-cutting"},

    /* FIN-03: forecast under 98% of allocation needs a complete declaration. */
    {"example forecast is 98.8% of allocation", "FIN-03", {NULL}, 0, "pass", ""},
    {"forecast exactly 98% of allocation", "FIN-03",
     {"forecastYearEnd=\"790000\"", "forecastYearEnd=\"756000\"", NULL}, 0, "pass", ""},
    {"forecast 96.4% with no underspend declared", "FIN-03",
     {UNDER_98, NULL}, 0, "fail", "underspend"},
    {"forecast 96.4% with a complete underspend declaration", "FIN-03",
     {UNDER_98, UNDERSPEND,
      "<Underspend declared=\"true\" date=\"2025-09-30\" amount=\"150000\">" REDISTRIBUTION
      "</Underspend>", NULL}, 0, "pass", ""},
    {"forecast 96.4%, underspend declared without a date", "FIN-03",
     {UNDER_98, UNDERSPEND, "<Underspend declared=\"true\">" REDISTRIBUTION "</Underspend>", NULL},
     0, "fail", "underspend"},
    {"forecast 96.4%, underspend declared with a placeholder Redistribution", "FIN-03",
     {UNDER_98, UNDERSPEND,
      "<Underspend declared=\"true\" date=\"2025-09-30\"><Redistribution>TBC</Redistribution>"
      "</Underspend>", NULL}, 0, "fail", "underspend"},
    {"forecast 96.4%, underspend declared with a malformed date", "FIN-03",
     {UNDER_98, UNDERSPEND,
      "<Underspend declared=\"true\" date=\"end of Q2\">" REDISTRIBUTION "</Underspend>", NULL},
     0, "missing", "underspend"},

    /* FIN-04: no capital spend. */
    {"example reports no capital", "FIN-04",
     {NULL}, 0, "pass", "cross-cutting,operational-performance,early-diagnosis,treatment-and-care"},
    {"capital spend on early-diagnosis", "FIN-04",
     {"forecastYearEnd=\"1190000\"", "forecastYearEnd=\"1190000\" capital=\"25000\"", NULL},
     0, "fail", "early-diagnosis"},
    {"malformed capital (25k)", "FIN-04",
     {"forecastYearEnd=\"1190000\"", "forecastYearEnd=\"1190000\" capital=\"25k\"", NULL},
     0, "missing", "early-diagnosis"},

    /* FIN-05: OP + ED at least 50% of planned; no equal-share allocations. */
    {"example: 64.3% to OP and ED, unequal allocations", "FIN-05", {NULL}, 0, "pass", ""},
    {"OP and ED 42.3% of planned spend", "FIN-05",
     {"id=\"operational-performance\" planned=\"1500000\"",
      "id=\"operational-performance\" planned=\"500000\"",
      "id=\"early-diagnosis\" planned=\"1200000\"", "id=\"early-diagnosis\" planned=\"600000\"",
      NULL}, 0, "fail", "operational-performance"},
    {"three equal provider allocations", "FIN-05",
     {"<ProviderAllocation provider=\"RKE\" amount=\"190000\"/>", "",
      "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"",
      "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"",
      "provider=\"RAP\" amount=\"510000\"", "provider=\"RAP\" amount=\"400000\"", NULL},
     0, "at-risk", "RRV,RAL,RAP"},
    /* ambiguous: ">= 3 provider allocations are all equal" read as all of them */
    {"three of four allocations equal is not an equal-share basis", "FIN-05",
     {"provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"",
      "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"",
      "provider=\"RAP\" amount=\"510000\"", "provider=\"RAP\" amount=\"400000\"", NULL},
     0, "pass", ""},
    {"malformed allocation amount (420,000)", "FIN-05",
     {"provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"420,000\"", NULL},
     0, "missing", "RRV"},

    /* FIN-06: hosting fee proportionate, benefits described. */
    {"example hosting fee 2.0% with benefits", "FIN-06", {NULL}, 0, "pass", ""},
    {"no Hosting", "FIN-06",
     {REMOVE("<Hosting provider=\"RRV\" fee=\"84000\">", "</Hosting>"), NULL},
     0, "not-applicable", ""},
    {"Benefits only a placeholder", "FIN-06",
     {BENEFITS, "<Benefits>TBC</Benefits>", NULL}, 0, "missing", "RRV"},
    {"hosting fee 5.95% of allocation", "FIN-06",
     {"fee=\"84000\"", "fee=\"250000\"", NULL}, 0, "at-risk", "RRV"},
    {"hosting fee exactly 5% of allocation", "FIN-06",
     {"fee=\"84000\"", "fee=\"210000\"", NULL}, 0, "pass", ""},

    /* GOV-01: CWT review and policies. */
    {"example governance all in place", "GOV-01", {NULL}, 0, "pass", ""},
    {"no access policy", "GOV-01",
     {"accessPolicy=\"true\"", "accessPolicy=\"false\"", NULL}, 0, "fail", "accessPolicy"},
    {"Governance absent", "GOV-01",
     {"<Governance boardReviewsCWT=\"true\" pathwayBoardsReviewCWT=\"true\" accessPolicy=\"true\" "
      "interProviderTransferPolicy=\"true\"/>", "", NULL}, 0, "missing", ""},
    {"malformed pathwayBoardsReviewCWT (yes)", "GOV-01",
     {"pathwayBoardsReviewCWT=\"true\"", "pathwayBoardsReviewCWT=\"yes\"", NULL},
     0, "missing", "pathwayBoardsReviewCWT"},

    /* GOV-02: a named lead per priority area; pathway leads attend PIG. */
    {"example names every lead", "GOV-02", {NULL}, 0, "pass", ""},
    {"no skin lead", "GOV-02",
     {"<Lead role=\"skin\" name=\"E. Murphy\" attendsPIG=\"true\"/>", "", NULL},
     0, "missing", "skin"},
    {"lwbc lead named only TBC", "GOV-02",
     {"name=\"I. Brown\"", "name=\"TBC\"", NULL}, 0, "missing", "lwbc"},
    {"Leads section absent", "GOV-02",
     {REMOVE("<Leads>", "</Leads>"), NULL}, 0, "missing", ALL_ROLES},
    {"urology lead does not attend PIG", "GOV-02",
     {"name=\"B. Okafor\" attendsPIG=\"true\"", "name=\"B. Okafor\" attendsPIG=\"false\"", NULL},
     0, "fail", "urology"},
    {"fit lead with attendsPIG=false is not a pathway lead", "GOV-02",
     {"<Lead role=\"fit\" name=\"F. Ahmed\"/>",
      "<Lead role=\"fit\" name=\"F. Ahmed\" attendsPIG=\"false\"/>", NULL}, 0, "pass", ""},
    {"malformed attendsPIG does not hide a missing skin lead", "GOV-02",
     {"name=\"B. Okafor\" attendsPIG=\"true\"", "name=\"B. Okafor\" attendsPIG=\"yes\"",
      "<Lead role=\"skin\" name=\"E. Murphy\" attendsPIG=\"true\"/>", "", NULL},
     0, "missing", "urology,skin"},

    /* FIT-01: 80% of referrals with a FIT, consistent with the counts. */
    {"example passes", "FIT-01", {NULL}, 0, "pass", ""},
    {"below 80%", "FIT-01",
     {"numerator=\"4310\" denominator=\"5122\" percent=\"84.1\"",
      "numerator=\"3900\" denominator=\"5122\" percent=\"76.1\"", NULL}, 0, "fail", "CAN-04"},
    {"exactly 80.0% passes", "FIT-01",
     {REFERRALS, "numerator=\"4098\" denominator=\"5122\" percent=\"80.0\"", NULL}, 0, "pass", ""},
    {"percent 86.0 does not match 4310/5122", "FIT-01",
     {"percent=\"84.1\"", "percent=\"86.0\"", NULL}, 0, "fail", "CAN-04"},
    {"malformed percent (50%)", "FIT-01",
     {"percent=\"84.1\"", "percent=\"50%\"", NULL}, 0, "missing", ""},
    {"FIT section absent", "FIT-01", {REMOVE("<FIT>", "</FIT>"), NULL}, 0, "missing", ""},

    /* FIT-02: under 20% of colonoscopies without a FIT. */
    {"example 15.3% passes", "FIT-02", {NULL}, 0, "pass", ""},
    {"exactly 20.0% fails", "FIT-02",
     {COLONOSCOPIES, "numerator=\"278\" denominator=\"1388\" percent=\"20.0\"", NULL},
     0, "fail", "colonoscopy"},
    {"percent 12.0 does not match 212/1388", "FIT-02",
     {"percent=\"15.3\"", "percent=\"12.0\"", NULL}, 0, "fail", "colonoscopy"},
    {"percent 16.1 against 78/500 = 15.6 is within 0.5", "FIT-02",
     {COLONOSCOPIES, "numerator=\"78\" denominator=\"500\" percent=\"16.1\"", NULL}, 0, "pass", ""},
    {"ColonoscopiesWithoutFIT absent", "FIT-02",
     {"<ColonoscopiesWithoutFIT " COLONOSCOPIES "/>", "", NULL}, 0, "missing", ""},

    /* FIT-03: low-risk colonoscopies not rising, within trajectory. */
    {"example 96 falling, within trajectory", "FIT-03", {NULL}, 0, "pass", ""},
    {"rising but within trajectory", "FIT-03",
     {"current=\"96\" previousQuarter=\"104\"", "current=\"99\" previousQuarter=\"95\"", NULL},
     0, "at-risk", "FIT<10"},
    {"above trajectory", "FIT-03",
     {"current=\"96\"", "current=\"101\"", NULL}, 0, "fail", "FIT<10"},
    {"LowRiskColonoscopies absent", "FIT-03",
     {"<LowRiskColonoscopies current=\"96\" previousQuarter=\"104\" trajectory=\"100\"/>", "",
      NULL}, 0, "missing", ""},

    /* FIT-04: endoscopy providers on NEDi2.1 by Q4. */
    {"example at Q2: RAP on NEDi2.0 is at-risk", "FIT-04", {NULL}, 0, "at-risk", "RAP"},
    {"example judged at Q4: RAP on NEDi2.0 fails", "FIT-04", {NULL}, 4, "fail", "RAP"},
    {"all endoscopy providers on NEDi2.1", "FIT-04",
     {"schema=\"NEDi2.0\"", "schema=\"NEDi2.1\"", NULL}, 0, "pass", "RRV,RAL,RAP,RKE"},
    {"endoscopy provider RKE with no EndoscopyProvider entry", "FIT-04",
     {NO_RKE_ENDOSCOPY, NULL}, 0, "missing", "RKE"},
    {"at Q4 RAP's fail outranks RKE's missing entry", "FIT-04",
     {NO_RKE_ENDOSCOPY, NULL}, 4, "fail", "RAP"},
    {"no header provider does endoscopy", "FIT-04",
     {"endoscopy=\"true\"", "endoscopy=\"false\"", "endoscopy=\"true\"", "endoscopy=\"false\"",
      "endoscopy=\"true\"", "endoscopy=\"false\"", "endoscopy=\"true\"", "endoscopy=\"false\"",
      NULL}, 0, "not-applicable", ""},
    {"FIT section absent: every endoscopy provider missing", "FIT-04",
     {REMOVE("<FIT>", "</FIT>"), NULL}, 0, "missing", "RRV,RAL,RAP,RKE"},

    /* FIT-05: banding at triage and colonoscopy, each 100 +/- 1. */
    {"example bands sum to 100", "FIT-05", {NULL}, 0, "pass", ""},
    {"triage bands sum to 102", "FIT-05",
     {"lt10=\"61.0\"", "lt10=\"63.0\"", NULL}, 0, "fail", "triage"},
    {"colonoscopy bands sum to 99 (edge of tolerance)", "FIT-05",
     {"lt10=\"12.4\"", "lt10=\"11.4\"", NULL}, 0, "pass", ""},
    {"colonoscopy bands sum to 98.9", "FIT-05",
     {"lt10=\"12.4\"", "lt10=\"11.3\"", NULL}, 0, "fail", "colonoscopy"},
    {"colonoscopy banding absent", "FIT-05",
     {"<Banding stage=\"colonoscopy\" lt10=\"12.4\" from10to100=\"39.8\" over100=\"31.5\" "
      "noFIT=\"15.3\" notAppropriate=\"0.6\" noValue=\"0.4\"/>", "", NULL},
     0, "missing", "colonoscopy"},
    {"FIT section absent: both stages missing", "FIT-05",
     {REMOVE("<FIT>", "</FIT>"), NULL}, 0, "missing", "triage,colonoscopy"},

    /* FIT-06: FIT uptake analysed for inequalities. */
    {"example analysed with actions", "FIT-06", {NULL}, 0, "pass", ""},
    {"not analysed", "FIT-06",
     {"<Inequalities analysed=\"true\">", "<Inequalities analysed=\"false\">", NULL},
     0, "missing", "inequalities"},
    {"narrative only TBC", "FIT-06",
     {FIT_INEQ, "<Inequalities analysed=\"true\">TBC</Inequalities>", NULL},
     0, "missing", "inequalities"},
    /* ambiguous: a malformed flag gives `missing` with no subject */
    {"malformed analysed (yes)", "FIT-06",
     {"<Inequalities analysed=\"true\">", "<Inequalities analysed=\"yes\">", NULL},
     0, "missing", ""},

    /* LP-01: local milestones. The example: PC-A1 (Q1) and AD-C2 (Q2)
     * complete, PC-B1 (Q1-2) and AD-D1 (Q4) on-track. */
    {"example at Q2: PC-B1 due Q1-2 not complete", "LP-01", {NULL}, 0, "fail", "PC-B1"},
    {"example at Q1: nothing due is behind", "LP-01", {NULL}, 1, "not-due", "PC-B1,AD-D1"},
    {"example at Q3: PC-B1 still fails", "LP-01", {NULL}, 3, "fail", "PC-B1"},
    {"example at Q4: PC-B1 and AD-D1 both due", "LP-01", {NULL}, 4, "fail", "PC-B1,AD-D1"},
    {"PC-B1 complete: AD-D1 on track, not yet due", "LP-01",
     {PCB1_COMPLETE, NULL}, 0, "not-due", "AD-D1"},
    {"not-yet-due AD-D1 off-track is at-risk", "LP-01",
     {PCB1_COMPLETE, ADD1("Q4 25/26", "off-track"), NULL}, 0, "at-risk", "AD-D1"},
    {"complete AD-C2 with placeholder Evidence", "LP-01",
     {PCB1_COMPLETE,
      "<Evidence>Alliance-wide teledermatology share reached 53% in September.</Evidence>",
      "<Evidence>TBC</Evidence>", NULL}, 0, "missing", "AD-C2"},
    {"due PC-B1 off-track with placeholder Evidence still fails", "LP-01",
     {PCB1_STATUS, "aims=\"SA2 SA4 SA5\" status=\"off-track\"",
      "<Evidence>Options paper to the October board.</Evidence>", "<Evidence>TBC</Evidence>", NULL},
     0, "fail", "PC-B1"},
    {"onwards from Q1, on-track: all pass", "LP-01",
     {PCB1_COMPLETE, ADD1("Q1 25/26 onwards", "on-track"), NULL},
     0, "pass", "PC-A1,PC-B1,AD-C2,AD-D1"},
    {"onwards from Q1, not-started", "LP-01",
     {PCB1_COMPLETE, ADD1("Q1 25/26 onwards", "not-started"), NULL}, 0, "fail", "AD-D1"},
    {"onwards from Q1, at-risk", "LP-01",
     {PCB1_COMPLETE, ADD1("Q1 25/26 onwards", "at-risk"), NULL}, 0, "at-risk", "AD-D1"},
    {"onwards from Q3 judged at Q2, not-started", "LP-01",
     {PCB1_COMPLETE, ADD1("Q3 25/26 onwards", "not-started"), NULL}, 0, "not-due", "AD-D1"},
    {"onwards from Q3 judged at Q3, off-track", "LP-01",
     {PCB1_COMPLETE, ADD1("Q3 25/26 onwards", "off-track"), NULL}, 3, "fail", "AD-D1"},
    {"malformed due (March 2026)", "LP-01",
     {PCB1_COMPLETE, ADD1("March 2026", "on-track"), NULL}, 0, "missing", "AD-D1"},
    {"LocalPlan absent", "LP-01",
     {REMOVE("<LocalPlan>", "</LocalPlan>"), NULL}, 0, "not-applicable", ""},

    /* LP-02: every milestone names a strategic aim. */
    {"example milestones all name aims", "LP-02", {NULL}, 0, "pass", "PC-A1,PC-B1,AD-C2,AD-D1"},
    {"AD-C2 with empty aims", "LP-02",
     {"aims=\"SA2 SA3\"", "aims=\"  \"", NULL}, 0, "missing", "AD-C2"},
    {"PC-A1 with no aims attribute", "LP-02",
     {" aims=\"SA2 SA6\"", "", NULL}, 0, "missing", "PC-A1"},
    {"LocalPlan absent", "LP-02",
     {REMOVE("<LocalPlan>", "</LocalPlan>"), NULL}, 0, "not-applicable", ""},
};
// clang-format on

T_REGISTER_CASES(rule_cases)

ParameterizedTestParameters(rules, cases)
{
    return cr_make_param_array(t_case, rule_cases, sizeof rule_cases / sizeof rule_cases[0]);
}

ParameterizedTest(t_case *c, rules, cases) { t_rule_case(c); }
