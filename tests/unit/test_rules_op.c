/* test_rules_op.c: operational-performance rules against the example return and mutations of it. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* Comment a block of the example out (none of these blocks contains "--"). */
#define REMOVE(open, close) open, "<!-- " open, close, close " -->"
/* The example's ICB, and a second ICB (QRV) declared beside it. */
#define ICB_QMJ     "<ICB code=\"QMJ\" name=\"NHS North Central London ICB\"/>"
#define ADD_ICB_QRV ICB_QMJ, ICB_QMJ "<ICB code=\"QRV\" name=\"NHS North West London ICB\"/>"
/* The example's operational performance figures. */
#define PLAN                                                                                       \
    "<ImprovementPlan status=\"in-place\" coversFDS=\"true\" covers31D=\"true\" "                  \
    "covers62D=\"true\"/>"
#define FDS                                                                                        \
    "<Standard code=\"FDS\" icb=\"QMJ\" current=\"78.4\" sameQuarterLastYear=\"75.9\" "            \
    "trajectory=\"78.0\"/>"
#define D31 "<Standard code=\"31D\" icb=\"QMJ\" current=\"93.1\" sameQuarterLastYear=\"92.4\"/>"
#define D62                                                                                        \
    "<Standard code=\"62D\" icb=\"QMJ\" current=\"71.2\" sameQuarterLastYear=\"68.0\" "            \
    "trajectory=\"72.0\"/>"
#define URO_PLAN "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"in-place\""
#define URO_TEXT                                                                                   \
    "Straight-to-MRI triage at all sites and an extra biopsy list at RAL; prostate surgery "       \
    "capacity reviewed "                                                                           \
    "monthly at the urology pathway board."
#define HN_PLAN "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-development\""
#define HN_TEXT                                                                                    \
    "Demand and capacity review under way with the ENT leads; plan to the board in November."
#define LONGWAIT "percentOver31=\"27.5\" actions=\"true\""
#define LONGWAIT_TEXT                                                                              \
    "Additional robotic lists from July and a shared PTL with RAL for surgical capacity."
#define LUNG "<Lung62Day current=\"64.0\" stagingActions=\"true\" treatmentActions=\"true\">"
#define LUNG_TEXT                                                                                  \
    "Pathway navigator in post at RAP; EBUS capacity added; treatment planning MDT moved to "      \
    "twice weekly."
#define LUNG_LINE LUNG LUNG_TEXT "</Lung62Day>"
#define SKIN                                                                                       \
    "<SkinFDS provider=\"RAP\" aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"/>"
#define NO_TUMOUR_PLANS                                                                            \
    "<TumourPlan icb=\"QMJ\" tumour=\"urology\"",                                                  \
        "<!-- <TumourPlan icb=\"QMJ\" tumour=\"urology\"", "November.</TumourPlan>",               \
        "November.</TumourPlan> -->"

static t_case cases[] = {
    /* name, rule, {from, to, ..., NULL} edits to the example, quarter (0 = Q2, the example's own),
       outcome, subjects comma-joined */

    /* OP-01: Operational Performance Improvement Plan in place by Q1, covering FDS, 31D and 62D. */
    {"example: in place, covers all three", "OP-01", {NULL}, 0, "pass", ""},
    {"example at Q4", "OP-01", {NULL}, 4, "pass", ""},
    {"plan in development at Q2",
     "OP-01",
     {"<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"in-development\"", NULL},
     0,
     "fail",
     "ImprovementPlan"},
    {"no plan at Q1 (due Q1)",
     "OP-01",
     {"<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"none\"", NULL},
     1,
     "fail",
     "ImprovementPlan"},
    {"plan does not cover 62-day",
     "OP-01",
     {"covers62D=\"true\"", "covers62D=\"false\"", NULL},
     0,
     "fail",
     "62D"},
    {"in development and not covering FDS",
     "OP-01",
     {"<ImprovementPlan status=\"in-place\" coversFDS=\"true\"",
      "<ImprovementPlan status=\"in-development\" coversFDS=\"false\"", NULL},
     0,
     "fail",
     "ImprovementPlan,FDS"},
    {"plan absent", "OP-01", {PLAN, "", NULL}, 0, "missing", "ImprovementPlan"},
    {"operational performance section absent",
     "OP-01",
     {REMOVE("<OperationalPerformance>", "</OperationalPerformance>"), NULL},
     0,
     "missing",
     "ImprovementPlan"},
    {"malformed covers31D",
     "OP-01",
     {"covers31D=\"true\"", "covers31D=\"yes\"", NULL},
     0,
     "missing",
     "31D"},
    {"malformed status",
     "OP-01",
     {"<ImprovementPlan status=\"in-place\"", "<ImprovementPlan status=\"In place\"", NULL},
     0,
     "missing",
     "ImprovementPlan"},

    /* OP-02: improvement plans for bottom-quartile or below-50% tumour types (Q3 2024/25). */
    {"example: head-and-neck plan in development", "OP-02", {NULL}, 0, "at-risk", "head-and-neck"},
    {"example at Q1 (due Q1)", "OP-02", {NULL}, 1, "at-risk", "head-and-neck"},
    {"both plans in place",
     "OP-02",
     {HN_PLAN, "q3Performance=\"52.3\" bottomQuartile=\"true\" plan=\"in-place\"", NULL},
     0,
     "pass",
     "urology,head-and-neck"},
    {"urology has no plan",
     "OP-02",
     {URO_PLAN, "q3Performance=\"47.9\" bottomQuartile=\"true\" plan=\"none\"", NULL},
     0,
     "fail",
     "urology"},
    {"below 50% without bottom quartile, no plan",
     "OP-02",
     {URO_PLAN, "q3Performance=\"47.9\" bottomQuartile=\"false\" plan=\"none\"", HN_PLAN,
      "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"in-development\"", NULL},
     0,
     "fail",
     "urology"},
    {"head-and-neck no longer qualifies, no plan",
     "OP-02",
     {HN_PLAN, "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"none\"", NULL},
     0,
     "pass",
     "urology"},
    {"no tumour type qualifies",
     "OP-02",
     {URO_PLAN, "q3Performance=\"55.0\" bottomQuartile=\"false\" plan=\"in-place\"", HN_PLAN,
      "q3Performance=\"52.3\" bottomQuartile=\"false\" plan=\"in-development\"", NULL},
     0,
     "not-applicable",
     ""},
    {"no tumour plans listed", "OP-02", {NO_TUMOUR_PLANS, NULL}, 0, "not-applicable", ""},
    {"urology narrative a placeholder", "OP-02", {URO_TEXT, "TBC", NULL}, 0, "missing", "urology"},
    {"head-and-neck narrative empty",
     "OP-02",
     {HN_TEXT, "  ", NULL},
     0,
     "missing",
     "head-and-neck"},
    {"malformed Q3 performance",
     "OP-02",
     {"q3Performance=\"47.9\"", "q3Performance=\"47.9%\"", NULL},
     0,
     "missing",
     "urology"},
    {"a second ICB's head-and-neck has no plan",
     "OP-02",
     {ADD_ICB_QRV, "</Lung62Day>",
      "</Lung62Day><TumourPlan icb=\"QRV\" tumour=\"head-and-neck\" q3Performance=\"44.0\" "
      "bottomQuartile=\"true\" "
      "plan=\"none\"/>",
      NULL},
     0,
     "fail",
     "head-and-neck"},

    /* OP-03: actions where > 25% wait more than 31 days for treatment. */
    {"example: RRV prostate surgery has actions", "OP-03", {NULL}, 0, "pass", "RRV"},
    {"example at Q1", "OP-03", {NULL}, 1, "pass", "RRV"},
    {"RRV has no actions",
     "OP-03",
     {LONGWAIT, "percentOver31=\"27.5\" actions=\"false\"", NULL},
     0,
     "fail",
     "RRV"},
    {"RRV narrative a placeholder",
     "OP-03",
     {LONGWAIT_TEXT, "to follow", NULL},
     0,
     "missing",
     "RRV"},
    {"exactly 25%",
     "OP-03",
     {LONGWAIT, "percentOver31=\"25.0\" actions=\"false\"", NULL},
     0,
     "not-applicable",
     ""},
    {"no long waits listed",
     "OP-03",
     {REMOVE("<LongWait ", "</LongWait>"), NULL},
     0,
     "not-applicable",
     ""},
    {"malformed percentage",
     "OP-03",
     {"percentOver31=\"27.5\"", "percentOver31=\"27,5\"", NULL},
     0,
     "missing",
     "RRV"},
    {"RAP over 25% with no actions beside RRV",
     "OP-03",
     {"</LongWait>",
      "</LongWait><LongWait provider=\"RAP\" pathway=\"lung-surgery\" percentOver31=\"31.0\" "
      "actions=\"false\"/>"
      "<LongWait provider=\"RKE\" pathway=\"breast-surgery\" percentOver31=\"12.0\" "
      "actions=\"false\"/>",
      NULL},
     0,
     "fail",
     "RAP"},

    /* OP-04: lung 62-day pathway, staging and treatment phases. */
    {"example: both phases have actions", "OP-04", {NULL}, 0, "pass", ""},
    {"no staging actions",
     "OP-04",
     {"stagingActions=\"true\"", "stagingActions=\"false\"", NULL},
     0,
     "fail",
     "lung"},
    {"no treatment actions at Q1",
     "OP-04",
     {"treatmentActions=\"true\"", "treatmentActions=\"false\"", NULL},
     1,
     "fail",
     "lung"},
    {"narrative a placeholder", "OP-04", {LUNG_TEXT, "N/A", NULL}, 0, "missing", "lung"},
    {"narrative empty and no treatment actions",
     "OP-04",
     {LUNG_TEXT, "", "treatmentActions=\"true\"", "treatmentActions=\"false\"", NULL},
     0,
     "fail",
     "lung"},
    {"lung 62-day absent", "OP-04", {LUNG_LINE, "", NULL}, 0, "missing", "lung"},
    {"malformed staging flag",
     "OP-04",
     {"stagingActions=\"true\"", "stagingActions=\"1\"", NULL},
     0,
     "missing",
     "lung"},

    /* OP-05: skin FDS below 75% (April to September 2024): seasonality plan. */
    {"example: RAP has a seasonality plan", "OP-05", {NULL}, 0, "pass", "RAP"},
    {"RAP has no seasonality plan",
     "OP-05",
     {"seasonalityPlan=\"true\"", "seasonalityPlan=\"false\"", NULL},
     0,
     "fail",
     "RAP"},
    {"RAP has no seasonality plan at Q1",
     "OP-05",
     {"seasonalityPlan=\"true\"", "seasonalityPlan=\"false\"", NULL},
     1,
     "fail",
     "RAP"},
    {"RAP at exactly 75%",
     "OP-05",
     {"aprSep2024=\"71.8\" current=\"80.2\" seasonalityPlan=\"true\"",
      "aprSep2024=\"75.0\" current=\"80.2\" seasonalityPlan=\"false\"", NULL},
     0,
     "not-applicable",
     ""},
    {"no skin FDS listed", "OP-05", {SKIN, "", NULL}, 0, "not-applicable", ""},
    {"malformed seasonality flag",
     "OP-05",
     {"seasonalityPlan=\"true\"", "seasonalityPlan=\"TRUE\"", NULL},
     0,
     "missing",
     "RAP"},
    {"RKE above 75% needs no plan",
     "OP-05",
     {SKIN,
      SKIN
      "<SkinFDS provider=\"RKE\" aprSep2024=\"82.0\" current=\"84.0\" seasonalityPlan=\"false\"/>",
      NULL},
     0,
     "pass",
     "RAP"},

    /* OP-06: FDS at least 80% by March 2026, improving year on year, per ICB. */
    {"example: 78.4% on trajectory 78.0", "OP-06", {NULL}, 0, "not-due", "QMJ"},
    {"example at Q1", "OP-06", {NULL}, 1, "not-due", "QMJ"},
    {"example at Q3", "OP-06", {NULL}, 3, "not-due", "QMJ"},
    {"example at Q4: below 80%", "OP-06", {NULL}, 4, "fail", "QMJ"},
    {"80% already at Q2",
     "OP-06",
     {"current=\"78.4\"", "current=\"80.0\"", NULL},
     0,
     "pass",
     "QMJ"},
    {"80% at Q4", "OP-06", {"current=\"78.4\"", "current=\"80.0\"", NULL}, 4, "pass", "QMJ"},
    {"below trajectory",
     "OP-06",
     {"current=\"78.4\"", "current=\"77.5\"", NULL},
     0,
     "at-risk",
     "QMJ"},
    {"below the same quarter last year",
     "OP-06",
     {"sameQuarterLastYear=\"75.9\"", "sameQuarterLastYear=\"79.0\"", NULL},
     0,
     "fail",
     "QMJ"},
    {"above 80% but below last year, at Q1",
     "OP-06",
     {"current=\"78.4\" sameQuarterLastYear=\"75.9\"",
      "current=\"81.0\" sameQuarterLastYear=\"82.0\"", NULL},
     1,
     "fail",
     "QMJ"},
    {"equal to last year",
     "OP-06",
     {"sameQuarterLastYear=\"75.9\"", "sameQuarterLastYear=\"78.4\"", NULL},
     0,
     "not-due",
     "QMJ"},
    {"no trajectory", "OP-06", {" trajectory=\"78.0\"", "", NULL}, 0, "not-due", "QMJ"},
    {"no FDS figure", "OP-06", {FDS, "", NULL}, 0, "missing", "QMJ"},
    {"malformed current",
     "OP-06",
     {"current=\"78.4\"", "current=\"78.4%\"", NULL},
     0,
     "missing",
     "QMJ"},
    {"second ICB with no FDS figure", "OP-06", {ADD_ICB_QRV, NULL}, 0, "missing", "QRV"},
    {"no ICB in the header", "OP-06", {ICB_QMJ, "", NULL}, 0, "missing", ""},

    /* OP-07: 62-day at least 75% by March 2026, improving year on year, per ICB. */
    {"example: 71.2% below trajectory 72.0", "OP-07", {NULL}, 0, "at-risk", "QMJ"},
    {"example at Q1", "OP-07", {NULL}, 1, "at-risk", "QMJ"},
    {"example at Q4: below 75%", "OP-07", {NULL}, 4, "fail", "QMJ"},
    {"on trajectory",
     "OP-07",
     {"trajectory=\"72.0\"", "trajectory=\"71.0\"", NULL},
     0,
     "not-due",
     "QMJ"},
    {"75% already", "OP-07", {"current=\"71.2\"", "current=\"75.0\"", NULL}, 0, "pass", "QMJ"},
    {"75% at Q4", "OP-07", {"current=\"71.2\"", "current=\"75.0\"", NULL}, 4, "pass", "QMJ"},
    {"below the same quarter last year",
     "OP-07",
     {"sameQuarterLastYear=\"68.0\"", "sameQuarterLastYear=\"72.5\"", NULL},
     0,
     "fail",
     "QMJ"},
    {"no 62-day figure", "OP-07", {D62, "", NULL}, 0, "missing", "QMJ"},
    {"malformed trajectory",
     "OP-07",
     {"trajectory=\"72.0\"", "trajectory=\"72.0%\"", NULL},
     0,
     "missing",
     "QMJ"},
    {"second ICB with no 62-day figure", "OP-07", {ADD_ICB_QRV, NULL}, 0, "missing", "QRV"},

    /* OP-08: 31-day improving year on year, every quarter, per ICB. */
    {"example: 93.1% above 92.4%", "OP-08", {NULL}, 0, "pass", "QMJ"},
    {"example at Q4", "OP-08", {NULL}, 4, "pass", "QMJ"},
    {"below the same quarter last year",
     "OP-08",
     {"sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.5\"", NULL},
     0,
     "fail",
     "QMJ"},
    {"below last year at Q1",
     "OP-08",
     {"sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.5\"", NULL},
     1,
     "fail",
     "QMJ"},
    {"equal to last year",
     "OP-08",
     {"sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"93.1\"", NULL},
     0,
     "pass",
     "QMJ"},
    {"no 31-day figure", "OP-08", {D31, "", NULL}, 0, "missing", "QMJ"},
    {"malformed last year",
     "OP-08",
     {"sameQuarterLastYear=\"92.4\"", "sameQuarterLastYear=\"\"", NULL},
     0,
     "missing",
     "QMJ"},
    {"second ICB with no 31-day figure", "OP-08", {ADD_ICB_QRV, NULL}, 0, "missing", "QRV"},
    {"no ICB in the header", "OP-08", {ICB_QMJ, "", NULL}, 0, "missing", ""},
};
T_REGISTER_CASES(cases)

ParameterizedTestParameters(rules_op, cases)
{
    return cr_make_param_array(t_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(t_case *c, rules_op, cases) { t_rule_case(c); }
