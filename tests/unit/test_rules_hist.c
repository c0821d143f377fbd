/* test_rules_hist.c: the cross-quarter rules (HIST-nn) against the example
 * return, with the example as its own Q1 (edited) in the history. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* clang-format off */
static t_case hist_cases[] = {
    {"no history", "HIST-01", {NULL}, 0, "not-applicable", "", 0, {NULL}},
    {"same statuses as Q1", "HIST-01", {NULL}, 0, "pass", "", 1, {NULL}},
    {"HRT pathway bau at Q1, live at Q2", "HIST-01", {NULL}, 0, "fail", "RAL", 1,
     {"hrtPathway=\"live\" liveDate=\"2025-04-14\"", "hrtPathway=\"bau\" liveDate=\"2025-04-14\"", NULL}},
    {"haematuria service live at Q1, planned at Q2", "HIST-01", {NULL}, 0, "fail", "RAL", 1,
     {"lampLive=\"true\" oneStopHaematuria=\"planned\"", "lampLive=\"true\" oneStopHaematuria=\"live\"", NULL}},
    {"planned at Q1, live at Q2 is progress", "HIST-01", {NULL}, 0, "pass", "", 1,
     {"breastPainPathway=\"live\" liveDate=\"2025-05-01\"", "breastPainPathway=\"planned\" liveDate=\"2025-05-01\"", NULL}},

    {"no history", "HIST-02", {NULL}, 0, "not-applicable", "", 0, {NULL}},
    {"spend rose from Q1", "HIST-02", {NULL}, 0, "pass", "", 1, {"actualYearToDate=\"381200\"", "actualYearToDate=\"184800\"", NULL}},
    {"spend fell from Q1", "HIST-02", {NULL}, 0, "fail", "early-diagnosis", 1, {"actualYearToDate=\"540800\"", "actualYearToDate=\"600000\"", NULL}},

    {"no history", "HIST-03", {NULL}, 0, "not-applicable", "", 0, {NULL}},
    {"target unchanged", "HIST-03", {NULL}, 0, "pass", "", 1, {NULL}},
    {"target changed", "HIST-03", {NULL}, 0, "at-risk", "QMJ", 1, {"target=\"58.0\"", "target=\"60.0\"", NULL}},
    {"baseline changed", "HIST-03", {NULL}, 0, "at-risk", "QMJ", 1, {"baseline=\"56.1\"", "baseline=\"55.0\"", NULL}},

    {"no history", "HIST-04", {NULL}, 0, "not-applicable", "", 0, {NULL}},
    {"complete stays complete", "HIST-04", {NULL}, 0, "pass", "", 1, {NULL}},
    {"complete at Q1, open at Q2", "HIST-04", {NULL}, 0, "fail", "AD-D1", 1,
     {"aims=\"SA1 SA3 SA4 SA6\" status=\"on-track\"", "aims=\"SA1 SA3 SA4 SA6\" status=\"complete\"", NULL}},
};
/* clang-format on */
T_REGISTER_CASES(hist_cases)

ParameterizedTestParameters(rules_hist, cases)
{
    return cr_make_param_array(t_case, hist_cases, sizeof hist_cases / sizeof hist_cases[0]);
}

ParameterizedTest(t_case *c, rules_hist, cases)
{
    t_rule_case(c);
}
