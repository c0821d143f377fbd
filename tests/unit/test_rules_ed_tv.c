/* test_rules_ed_tv.c: early-diagnosis (ED) and treatment variation (TV) rules against the
 * example return and mutations of it. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* Comment a whole block of the example out (none of these blocks contains "--"). */
#define CUT(open, close) open, "<!-- " open, close, close " -->"
#define NO_ED CUT("<EarlyDiagnosis>", "</EarlyDiagnosis>")
#define NO_TV CUT("<TreatmentVariation>", "</TreatmentVariation>")

/* Early diagnosis */
#define ICB_TARGET "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" target=\"58.0\" current=\"57.2\"/>"
#define ICB_AT(b, t, c) ICB_TARGET, "<ICBTarget icb=\"QMJ\" baseline=\"" b "\" target=\"" t "\" current=\"" c "\"/>"
#define HEADER_ICB "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>"
#define SECOND_ICB HEADER_ICB, HEADER_ICB "<ICB code=\"QWE\" name=\"NHS Other ICB\"/>"

#define ANALYSIS "<Analysis rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"true\" outliers=\"true\"/>"
#define ANALYSIS_AS(s) ANALYSIS, "<Analysis " s "/>"

#define DEPRIVATION                                                                                \
    "<Deprivation mostDeprivedBaseline=\"51.0\" mostDeprivedCurrent=\"52.6\" "                      \
    "leastDeprivedBaseline=\"59.2\" leastDeprivedCurrent=\"60.1\"/>"
#define MOST_CURRENT(v) "mostDeprivedCurrent=\"52.6\"", "mostDeprivedCurrent=\"" v "\""

#define LUNG_CXR "id=\"ED-LUNG-CXR\" pillar=\"primary-care\" status=\"delivering\" evaluationPlan=\"true\""
#define SCREEN "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"true\""
#define LUNG_INEQ                                                                                  \
    "<InequalitiesImpact>Seven of the eight PCNs are in Core20 areas; uptake is monitored by "      \
    "deprivation quintile and ethnicity.</InequalitiesImpact>"
#define SCREEN_EXPECTED                                                                            \
    "<ExpectedImpact>Community outreach to cervical screening non-attenders in Camden and "         \
    "Islington, aiming for 2,000 additional screens this year.</ExpectedImpact>"
#define NO_INTERVENTIONS                                                                           \
    "<Intervention id=\"ED-LUNG-CXR\"", "<!-- <Intervention id=\"ED-LUNG-CXR\"",                   \
        "<StagingCompleteness", "--> <StagingCompleteness"

#define STAGING "<StagingCompleteness percent=\"83.5\" actions=\"false\" ndrsLinked=\"true\"/>"
#define STAGING_AS(attrs, text) STAGING, "<StagingCompleteness " attrs ">" text "</StagingCompleteness>"
#define STAGING_TEXT                                                                               \
    "Staging completeness clinics with the four trusts, monthly COSD stage data validation with "   \
    "NDRS, and a shared dashboard at the alliance board."

#define UPDATE_TEXT                                                                                \
    "Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the "  \
    "most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in "         \
    "Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders."
#define UPDATE(text) "<QuarterlyUpdate>" UPDATE_TEXT "</QuarterlyUpdate>", "<QuarterlyUpdate>" text "</QuarterlyUpdate>"
#define NO_UPDATE CUT("<QuarterlyUpdate>", "</QuarterlyUpdate>")
#define PLAIN_UPDATE                                                                               \
    "Early diagnosis rose to 57.2% in the latest RCRD rolling year. The chest X-ray service is "     \
    "live in six of eight PCNs and screening outreach has contacted 740 non-attenders."

/* Treatment variation */
#define RAP_LUNG_PLAN "<QIPlan tumour=\"lung\" provider=\"RAP\" status=\"in-place\" clinicalAssurance=\"true\">"
#define RAP_LUNG_PLAN_AS(t, p, s, a)                                                               \
    RAP_LUNG_PLAN, "<QIPlan tumour=\"" t "\" provider=\"" p "\" status=\"" s "\" clinicalAssurance=\"" a "\">"
#define RAP_LUNG_TEXT                                                                              \
    "Oncology clinic added at RAP so stage IV patients start SACT locally; audit of PS recording "  \
    "at MDT."
#define NO_LUNG_MEASURES                                                                           \
    "<Measure tumour=\"lung\" provider=\"RRV\"", "<!-- <Measure tumour=\"lung\" provider=\"RRV\"",  \
        "<Measure tumour=\"bowel\"", "--> <Measure tumour=\"bowel\""
#define MEASURE(t, p, v) "tumour=\"" t "\" provider=\"" p "\" percent=\"" v "\""
/* Insert a QI plan before the first one of the example. */
#define ADD_PLAN(t, p, s, a, text)                                                                 \
    "<QIPlan tumour=\"lung\"", "<QIPlan tumour=\"" t "\" provider=\"" p "\" status=\"" s            \
                               "\" clinicalAssurance=\"" a "\">" text "</QIPlan><QIPlan tumour=\"lung\""
#define BOWEL_MEASURE MEASURE("bowel", "RAL", "54.0")
#define BREAST_MEASURE MEASURE("breast", "RKE", "19.0")
#define RKE_BREAST_PLAN "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"in-development\" clinicalAssurance=\"false\">"
#define RKE_BREAST_PLAN_AS(s, a)                                                                   \
    RKE_BREAST_PLAN, "<QIPlan tumour=\"breast\" provider=\"RKE\" status=\"" s "\" clinicalAssurance=\"" a "\">"
#define RKE_BREAST_TEXT "Immediate reconstruction pathway with RAL plastics under discussion."
#define OVARIAN_MEASURE MEASURE("ovarian", "RRV", "83.0")
#define PAN_NONMET MEASURE("pancreatic-nonmetastatic", "RRV", "68.0")
#define PAN_MET MEASURE("pancreatic-metastatic", "RRV", "31.0")

#define OG_WAITS "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\""
#define OG_WAITS_AS(now, prev)                                                                     \
    OG_WAITS, "tumour=\"og\" provider=\"RRV\" medianDays=\"58\" over62Days=\"" now                 \
              "\" over62DaysPrevious=\"" prev "\""
#define NHL_WAITS "tumour=\"nhl\" provider=\"RRV\" medianDays=\"49\" over62Days=\"6\" over62DaysPrevious=\"5\""
#define NHL_PLAN "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">"
#define NHL_PLAN_AS(s) NHL_PLAN, "<QIPlan tumour=\"nhl\" provider=\"RRV\" status=\"" s "\" clinicalAssurance=\"true\">"

#define GROUP(t, l) "<ClinicalGroup tumour=\"" t "\" lead=\"" l "\" exists=\"true\"/>"
#define OG_GROUP GROUP("og", "Mr Q. Chen")
#define NHL_GROUP GROUP("nhl", "Dr R. Mensah")

#define SACT "<SACTDemandCapacity status=\"ongoing\" fedIntoCommissioning=\"true\">"
#define SACT_AS(s, f) SACT, "<SACTDemandCapacity status=\"" s "\" fedIntoCommissioning=\"" f "\">"
#define NO_SACT CUT("<SACTDemandCapacity", "</SACTDemandCapacity>")

static t_case cases[] = {
    /* name, rule, {from, to, ..., NULL} edits to the example, quarter (0 = Q2, the example's own), outcome, subjects comma-joined */

    /* ED-01: an annual early diagnosis target above baseline for each ICB (Q1) */
    {"example: QMJ target 58 above baseline 56.1", "ED-01", {NULL}, 0, "pass", "QMJ"},
    {"judged at Q1 too", "ED-01", {NULL}, 1, "pass", "QMJ"},
    {"target equal to baseline", "ED-01", {ICB_AT("56.1", "56.1", "57.2"), NULL}, 0, "fail", "QMJ"},
    {"target below baseline, at Q4", "ED-01", {ICB_AT("56.1", "55.0", "57.2"), NULL}, 4, "fail", "QMJ"},
    {"target only for another ICB", "ED-01", {"<ICBTarget icb=\"QMJ\"", "<ICBTarget icb=\"QXX\"", NULL}, 0,
     "missing", "QMJ"},
    {"second header ICB with no target", "ED-01", {SECOND_ICB, NULL}, 0, "missing", "QWE"},
    {"target malformed", "ED-01", {ICB_AT("56.1", "58%", "57.2"), NULL}, 0, "missing", "QMJ"},
    {"target absent", "ED-01", {ICB_TARGET, "<ICBTarget icb=\"QMJ\" baseline=\"56.1\" current=\"57.2\"/>", NULL},
     0, "missing", "QMJ"},
    {"Early diagnosis section absent", "ED-01", {NO_ED, NULL}, 0, "missing", "QMJ"},

    /* ED-02: RCRD analysis underpins the plan (Q1) */
    {"example: all four analyses", "ED-02", {NULL}, 0, "pass", ""},
    {"deprivation false", "ED-02",
     {ANALYSIS_AS("rcrdStagingByTumour=\"true\" deprivation=\"false\" icb=\"true\" outliers=\"true\""), NULL}, 0,
     "missing", "deprivation"},
    {"outliers absent and staging false", "ED-02",
     {ANALYSIS_AS("rcrdStagingByTumour=\"false\" deprivation=\"true\" icb=\"true\""), NULL}, 1, "missing",
     "rcrdStagingByTumour,outliers"},
    {"icb malformed", "ED-02",
     {ANALYSIS_AS("rcrdStagingByTumour=\"true\" deprivation=\"true\" icb=\"yes\" outliers=\"true\""), NULL}, 0,
     "missing", "icb"},
    {"Analysis absent", "ED-02", {ANALYSIS, "", NULL}, 0, "missing", "rcrdStagingByTumour,deprivation,icb,outliers"},

    /* ED-03: most deprived improve at least as much as least deprived (every Q) */
    {"example: +1.6 most vs +0.9 least", "ED-03", {NULL}, 0, "pass", ""},
    {"most deprived +0.5 vs +0.9", "ED-03", {MOST_CURRENT("51.5"), NULL}, 0, "fail", ""},
    {"most deprived falling, at Q4", "ED-03", {MOST_CURRENT("50.2"), NULL}, 4, "fail", ""},
    {"equal gains of 0.9 (no float error)", "ED-03", {MOST_CURRENT("51.9"), NULL}, 0, "pass", ""},
    {"both falling, most by less", "ED-03",
     {MOST_CURRENT("50.5"), "leastDeprivedCurrent=\"60.1\"", "leastDeprivedCurrent=\"58.2\"", NULL}, 3, "pass",
     ""},
    {"Deprivation absent", "ED-03", {DEPRIVATION, "", NULL}, 0, "missing", ""},
    {"a figure malformed", "ED-03", {MOST_CURRENT("52,6"), NULL}, 0, "missing", ""},
    {"a figure absent", "ED-03", {"leastDeprivedBaseline=\"59.2\" ", "", NULL}, 0, "missing", ""},

    /* ED-04: each intervention's pillar, impacts and evaluation plan (every Q) */
    {"example: both interventions complete", "ED-04", {NULL}, 0, "pass", "ED-LUNG-CXR,ED-SCREEN-OUTREACH"},
    {"inequalities impact TBC", "ED-04",
     {LUNG_INEQ, "<InequalitiesImpact>TBC</InequalitiesImpact>", NULL}, 0, "missing", "ED-LUNG-CXR"},
    {"no evaluation plan", "ED-04",
     {SCREEN, "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"false\"",
      NULL},
     0, "missing", "ED-SCREEN-OUTREACH"},
    {"expected impact empty", "ED-04", {SCREEN_EXPECTED, "<ExpectedImpact> </ExpectedImpact>", NULL}, 0,
     "missing", "ED-SCREEN-OUTREACH"},
    {"expected impact absent", "ED-04", {SCREEN_EXPECTED, "", NULL}, 0, "missing", "ED-SCREEN-OUTREACH"},
    {"pillar not one of the four", "ED-04",
     {LUNG_CXR, "id=\"ED-LUNG-CXR\" pillar=\"community\" status=\"delivering\" evaluationPlan=\"true\"", NULL}, 0,
     "missing", "ED-LUNG-CXR"},
    {"both interventions short", "ED-04",
     {LUNG_INEQ, "<InequalitiesImpact>to follow</InequalitiesImpact>", SCREEN,
      "id=\"ED-SCREEN-OUTREACH\" pillar=\"screening\" status=\"delivering\" evaluationPlan=\"false\"", NULL},
     4, "missing", "ED-LUNG-CXR,ED-SCREEN-OUTREACH"},
    {"no intervention", "ED-04", {NO_INTERVENTIONS, NULL}, 0, "missing", ""},
    {"Early diagnosis section absent", "ED-04", {NO_ED, NULL}, 0, "missing", ""},

    /* ED-05: staging completeness below 80% needs actions linked with NDRS (every Q) */
    {"example: 83.5% is at or above 80", "ED-05", {NULL}, 0, "not-applicable", ""},
    {"exactly 80%", "ED-05", {"percent=\"83.5\"", "percent=\"80\"", NULL}, 0, "not-applicable", ""},
    {"75% and no actions", "ED-05", {"percent=\"83.5\"", "percent=\"75.0\"", NULL}, 0, "fail", ""},
    {"75% with actions, linked, described", "ED-05",
     {STAGING_AS("percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\"", STAGING_TEXT), NULL}, 0, "pass", ""},
    {"75% with actions but not linked with NDRS", "ED-05",
     {STAGING_AS("percent=\"75.0\" actions=\"true\" ndrsLinked=\"false\"", STAGING_TEXT), NULL}, 0, "missing",
     ""},
    {"75% with actions, text TBC", "ED-05",
     {STAGING_AS("percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\"", "TBC"), NULL}, 3, "missing", ""},
    {"75% with actions, no text", "ED-05",
     {STAGING, "<StagingCompleteness percent=\"75.0\" actions=\"true\" ndrsLinked=\"true\"/>", NULL}, 0,
     "missing", ""},
    {"percent malformed", "ED-05", {"percent=\"83.5\"", "percent=\"83.5%\"", NULL}, 0, "missing", ""},
    {"StagingCompleteness absent", "ED-05", {STAGING, "", NULL}, 0, "missing", ""},

    /* ED-06: quarterly update mentions deprivation or Core20PLUS5 (every Q) */
    {"example: mentions deprived and Core20PLUS5", "ED-06", {NULL}, 0, "pass", ""},
    {"no mention", "ED-06", {UPDATE(PLAIN_UPDATE), NULL}, 0, "at-risk", ""},
    {"only 'deprivations' (not a whole word)", "ED-06",
     {UPDATE(PLAIN_UPDATE " Deprivations are mapped."), NULL}, 0, "at-risk", ""},
    {"DEPRIVATION in capitals", "ED-06", {UPDATE(PLAIN_UPDATE " DEPRIVATION gap narrowed."), NULL}, 0, "pass",
     ""},
    {"Core20 only", "ED-06", {UPDATE(PLAIN_UPDATE " All PCNs are in Core20 areas."), NULL}, 4, "pass", ""},
    {"placeholder", "ED-06", {UPDATE("see previous return"), NULL}, 0, "missing", ""},
    {"empty", "ED-06", {UPDATE("  "), NULL}, 0, "missing", ""},
    {"absent", "ED-06", {NO_UPDATE, NULL}, 0, "missing", ""},

    /* ED-07: each ICB on course for its early diagnosis target (Q4) */
    {"example: 57.2 above baseline, below target, Q2", "ED-07", {NULL}, 0, "not-due", "QMJ"},
    {"below target at Q4", "ED-07", {NULL}, 4, "fail", "QMJ"},
    {"below baseline at Q2", "ED-07", {ICB_AT("56.1", "58.0", "55.0"), NULL}, 0, "at-risk", "QMJ"},
    {"below baseline at Q1", "ED-07", {ICB_AT("56.1", "58.0", "56.0"), NULL}, 1, "at-risk", "QMJ"},
    {"below target, above baseline, Q3", "ED-07", {NULL}, 3, "not-due", "QMJ"},
    {"target reached at Q2", "ED-07", {ICB_AT("56.1", "58.0", "58.0"), NULL}, 0, "pass", "QMJ"},
    {"target reached at Q4", "ED-07", {ICB_AT("56.1", "58.0", "58.4"), NULL}, 4, "pass", "QMJ"},
    {"no target for QMJ", "ED-07", {"<ICBTarget icb=\"QMJ\"", "<ICBTarget icb=\"QXX\"", NULL}, 0, "missing",
     "QMJ"},
    {"current malformed", "ED-07", {ICB_AT("56.1", "58.0", "n/a"), NULL}, 0, "missing", "QMJ"},
    {"second ICB below baseline, QMJ not due", "ED-07",
     {SECOND_ICB, ICB_TARGET, ICB_TARGET "<ICBTarget icb=\"QWE\" baseline=\"50.0\" target=\"52.0\" current=\"49.0\"/>",
      NULL},
     0, "at-risk", "QWE"},

    /* TV-01: lung 70% SACT, or a clinically assured QI plan in place (every Q) */
    {"example: RRV 72, RAP 61.5 with assured plan", "TV-01", {NULL}, 0, "pass", "RRV,RAP"},
    {"RAP plan without clinical assurance", "TV-01", {RAP_LUNG_PLAN_AS("lung", "RAP", "in-place", "false"), NULL},
     0, "fail", "RAP"},
    {"RAP plan in development", "TV-01", {RAP_LUNG_PLAN_AS("lung", "RAP", "in-development", "true"), NULL}, 0,
     "fail", "RAP"},
    {"plan is for another provider", "TV-01", {RAP_LUNG_PLAN_AS("lung", "RAL", "in-place", "true"), NULL}, 4,
     "fail", "RAP"},
    {"RAP plan is for another tumour", "TV-01", {RAP_LUNG_PLAN_AS("bowel", "RAP", "in-place", "true"), NULL}, 0,
     "fail", "RAP"},
    {"RRV at exactly 70", "TV-01", {MEASURE("lung", "RRV", "72.0"), MEASURE("lung", "RRV", "70"), NULL}, 0, "pass",
     "RRV,RAP"},
    {"RRV at 69.9 with no plan", "TV-01", {MEASURE("lung", "RRV", "72.0"), MEASURE("lung", "RRV", "69.9"), NULL},
     1, "fail", "RRV"},
    {"assured plan text TBC", "TV-01", {RAP_LUNG_TEXT, "TBC", NULL}, 0, "missing", "RAP"},
    {"assured plan text empty", "TV-01", {RAP_LUNG_TEXT, "", NULL}, 0, "missing", "RAP"},
    {"percent malformed", "TV-01", {MEASURE("lung", "RAP", "61.5"), MEASURE("lung", "RAP", "61,5"), NULL}, 0,
     "missing", "RAP"},
    {"no lung measure", "TV-01", {NO_LUNG_MEASURES, NULL}, 0, "missing", "lung"},
    {"Treatment variation absent", "TV-01", {NO_TV, NULL}, 0, "missing", "lung"},

    /* TV-02: bowel 50% adjuvant chemotherapy (every Q) */
    {"example: RAL 54", "TV-02", {NULL}, 0, "pass", "RAL"},
    {"RAL 48 with no plan", "TV-02", {BOWEL_MEASURE, MEASURE("bowel", "RAL", "48.0"), NULL}, 0, "fail", "RAL"},
    {"RAL 48 with an assured plan", "TV-02",
     {BOWEL_MEASURE, MEASURE("bowel", "RAL", "48.0"),
      ADD_PLAN("bowel", "RAL", "in-place", "true", "Adjuvant chemotherapy clinic at RAL within six weeks of resection."),
      NULL},
     0, "pass", "RAL"},
    {"RAL 48, assured plan with placeholder text", "TV-02",
     {BOWEL_MEASURE, MEASURE("bowel", "RAL", "48.0"), ADD_PLAN("bowel", "RAL", "in-place", "true", "xxx"), NULL}, 0,
     "missing", "RAL"},
    {"no bowel measure", "TV-02", {BOWEL_MEASURE, MEASURE("ovarian", "RAL", "54.0"), NULL}, 0, "missing", "bowel"},

    /* TV-03: breast 25% immediate reconstruction (every Q) */
    {"example: RKE 19 with plan in development", "TV-03", {NULL}, 0, "fail", "RKE"},
    {"RKE plan in place and assured", "TV-03", {RKE_BREAST_PLAN_AS("in-place", "true"), NULL}, 0, "pass", "RKE"},
    {"RKE plan in place, assured, text TBC", "TV-03",
     {RKE_BREAST_PLAN_AS("in-place", "true"), RKE_BREAST_TEXT, "TBC", NULL}, 0, "missing", "RKE"},
    {"RKE at 25", "TV-03", {BREAST_MEASURE, MEASURE("breast", "RKE", "25.0"), NULL}, 0, "pass", "RKE"},
    {"plan status malformed", "TV-03", {RKE_BREAST_PLAN_AS("agreed", "true"), NULL}, 0, "missing", "RKE"},
    {"no breast measure", "TV-03", {BREAST_MEASURE, MEASURE("ovarian", "RKE", "19.0"), NULL}, 0, "missing",
     "breast"},

    /* TV-04: ovarian 80% receive treatment (every Q) */
    {"example: RRV 83", "TV-04", {NULL}, 0, "pass", "RRV"},
    {"RRV 79.9 with no plan", "TV-04", {OVARIAN_MEASURE, MEASURE("ovarian", "RRV", "79.9"), NULL}, 0, "fail", "RRV"},
    {"RRV 79.9 with an assured plan", "TV-04",
     {OVARIAN_MEASURE, MEASURE("ovarian", "RRV", "79.9"),
      ADD_PLAN("ovarian", "RRV", "in-place", "true", "Frailty assessment and prehabilitation before cytoreductive surgery."),
      NULL},
     3, "pass", "RRV"},
    {"no ovarian measure", "TV-04", {OVARIAN_MEASURE, MEASURE("bowel", "RRV", "83.0"), NULL}, 0, "missing",
     "ovarian"},

    /* TV-05: pancreatic 65% non-metastatic, 35% metastatic (every Q) */
    {"example: metastatic 31 with no plan", "TV-05", {NULL}, 0, "fail", "RRV"},
    {"metastatic at 35", "TV-05", {PAN_MET, MEASURE("pancreatic-metastatic", "RRV", "35.0"), NULL}, 0, "pass",
     "RRV"},
    {"assured metastatic plan", "TV-05",
     {ADD_PLAN("pancreatic-metastatic", "RRV", "in-place", "true", "Oncology review for all stage 4 patients within 7 days of MDT."),
      NULL},
     0, "pass", "RRV"},
    {"plan only for non-metastatic", "TV-05",
     {ADD_PLAN("pancreatic-nonmetastatic", "RRV", "in-place", "true", "Surgical referral pathway to the HPB centre."),
      NULL},
     0, "fail", "RRV"},
    {"non-metastatic at 60 (65 applies), metastatic at 40", "TV-05",
     {PAN_NONMET, MEASURE("pancreatic-nonmetastatic", "RRV", "60.0"), PAN_MET,
      MEASURE("pancreatic-metastatic", "RRV", "40.0"), NULL},
     0, "fail", "RRV"},
    {"assured metastatic plan with empty text", "TV-05",
     {ADD_PLAN("pancreatic-metastatic", "RRV", "in-place", "true", " "), NULL}, 0, "missing", "RRV"},
    {"no metastatic measure", "TV-05", {PAN_MET, MEASURE("ovarian", "RRV", "31.0"), NULL}, 0, "missing",
     "pancreatic-metastatic"},

    /* TV-06: OG waits over 62 days not rising without a QI plan (every Q) */
    {"example: 14 down from 19", "TV-06", {NULL}, 0, "pass", "RRV"},
    {"unchanged at 19", "TV-06", {OG_WAITS_AS("19", "19"), NULL}, 0, "pass", "RRV"},
    {"up to 20 with no plan", "TV-06", {OG_WAITS_AS("20", "19"), NULL}, 0, "fail", "RRV"},
    {"up to 20 with a plan in place", "TV-06",
     {OG_WAITS_AS("20", "19"), ADD_PLAN("og", "RRV", "in-place", "false", "Weekly OG treatment planning meeting."),
      NULL},
     0, "pass", "RRV"},
    {"up to 20 with a plan in development", "TV-06",
     {OG_WAITS_AS("20", "19"), ADD_PLAN("og", "RRV", "in-development", "false", "Weekly OG MDT."), NULL}, 4, "fail",
     "RRV"},
    {"count malformed", "TV-06", {OG_WAITS_AS("14.5", "19"), NULL}, 0, "missing", "RRV"},
    {"no og waits", "TV-06", {OG_WAITS, "tumour=\"nhl\" provider=\"RAL\" medianDays=\"58\" over62Days=\"14\" over62DaysPrevious=\"19\"", NULL}, 0, "missing", ""},

    /* TV-07: high-grade NHL waits over 62 days (every Q) */
    {"example: up 5 to 6, plan in place", "TV-07", {NULL}, 0, "pass", "RRV"},
    {"up 5 to 6, plan in development", "TV-07", {NHL_PLAN_AS("in-development"), NULL}, 0, "fail", "RRV"},
    {"up 5 to 6, plan is for og", "TV-07",
     {NHL_PLAN, "<QIPlan tumour=\"og\" provider=\"RRV\" status=\"in-place\" clinicalAssurance=\"true\">", NULL}, 0,
     "fail", "RRV"},
    {"down to 4, no plan needed", "TV-07", {"over62Days=\"6\"", "over62Days=\"4\"", NHL_PLAN_AS("none"), NULL}, 0,
     "pass", "RRV"},
    {"no nhl waits", "TV-07", {NHL_WAITS, "tumour=\"og\" provider=\"RAL\" medianDays=\"49\" over62Days=\"6\" over62DaysPrevious=\"5\"", NULL}, 0, "missing", ""},

    /* TV-08: a named clinical lead and group per tumour site (Q1) */
    {"example: all seven sites", "TV-08", {NULL}, 0, "pass", ""},
    {"judged at Q1", "TV-08", {NULL}, 1, "pass", ""},
    {"og group absent", "TV-08", {OG_GROUP, "", NULL}, 0, "missing", "og"},
    {"nhl group does not exist", "TV-08",
     {NHL_GROUP, "<ClinicalGroup tumour=\"nhl\" lead=\"Dr R. Mensah\" exists=\"false\"/>", NULL}, 0, "missing",
     "nhl"},
    {"og lead TBC, nhl lead absent", "TV-08",
     {OG_GROUP, GROUP("og", "TBC"), NHL_GROUP, "<ClinicalGroup tumour=\"nhl\" exists=\"true\"/>", NULL}, 4,
     "missing", "og,nhl"},
    {"lung exists malformed", "TV-08",
     {GROUP("lung", "Dr L. Ward"), "<ClinicalGroup tumour=\"lung\" lead=\"Dr L. Ward\" exists=\"yes\"/>", NULL}, 0,
     "missing", "lung"},
    {"Treatment variation absent", "TV-08", {NO_TV, NULL}, 0, "missing",
     "lung,bowel,breast,ovarian,pancreatic,og,nhl"},

    /* TV-09: SACT demand and capacity evaluated and fed into commissioning (every Q) */
    {"example: ongoing, fed into commissioning", "TV-09", {NULL}, 0, "pass", ""},
    {"complete but not fed into commissioning", "TV-09", {SACT_AS("complete", "false"), NULL}, 0, "at-risk", ""},
    {"not started", "TV-09", {SACT_AS("not-started", "false"), NULL}, 0, "missing", ""},
    {"status malformed", "TV-09", {SACT_AS("started", "true"), NULL}, 0, "missing", ""},
    {"absent", "TV-09", {NO_SACT, NULL}, 4, "missing", ""},
};
T_REGISTER_CASES(cases)

ParameterizedTestParameters(rules_ed_tv, cases)
{
    return cr_make_param_array(t_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(t_case *c, rules_ed_tv, cases)
{
    t_rule_case(c);
}
