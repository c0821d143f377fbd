/* test_rules_fd.c: faster-diagnosis rules against the example return and mutations of it. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

/* Comment a block of the example out (none of these blocks contains "--"). */
#define REMOVE(open, close) open, "<!-- " open, close, close " -->"
/* The pathways' provider lists, commented out. */
#define NO_URO_PROVIDERS "<Urology>", "<Urology><!-- ", "<AnalyserScreenshot submitted=\"true\"", \
                         " --><AnalyserScreenshot submitted=\"true\""
#define NO_GYN_PROVIDERS "<Gynaecology>", "<Gynaecology><!-- ", "<AnalyserScreenshot submitted=\"false\"", \
                         " --><AnalyserScreenshot submitted=\"false\""
#define NO_BRE_PROVIDERS "<Breast>", "<Breast><!-- ", "<Narrative>Breast pain", " --><Narrative>Breast pain"
#define NO_SKN_PROVIDERS "<Skin>", "<Skin><!-- ", "<Inequalities deprivationAccess", " --><Inequalities deprivationAccess"
/* RAP becomes a tier 2 provider (so the lowest-quartile rules apply to it). */
#define RAP_TIER2 "tier=\"1\"", "tier=\"2\""
/* RRV's gynaecology entry: lowest quartile with a complete analyser and plan. */
#define GYN_RRV "evaluation=\"true\" fdsLowestQuartile=\"false\""
#define GYN_RRV_LQ(extra)                                                                           \
    GYN_RRV, "evaluation=\"true\" fdsLowestQuartile=\"true\" pathwayAnalyser=\"2025-06-02\" " extra
#define GYN_RRV_COMPLETE(patients, plan)                                                            \
    GYN_RRV_LQ("analyserPatients=\"" patients "\" improvementPlan=\"" plan "\" "                    \
               "triageModel=\"same day assessment with ultrasound and OP hysteroscopy\"")
#define RAL_PLAN "improvementPlan=\"2025-09-12\""
#define RAL_TRIAGE                                                                                  \
    "triageModel=\"straight-to-MRI for prostate; CT urogram and ultrasound for visible haematuria\""
#define SKIN_NARRATIVE "<Narrative>Teledermatology covers"
#define SKIN_NARRATIVE_END "run weekly at RRV and RAL.</Narrative>"

static t_case cases[] = {
    /* name, rule, {from, to, ..., NULL} edits to the example, quarter (0 = Q2, the example's own), outcome, subjects comma-joined */

    /* FD-URO-01: LAMP trained staff at every urology provider by Q4, linear line before. */
    {"example: 2 of 4 have trained staff, on the Q2 line of 2", "FD-URO-01", {NULL}, 0, "not-due", "RAP,RKE"},
    {"every provider has trained staff", "FD-URO-01",
     {"lampTrainedStaff=\"0\"", "lampTrainedStaff=\"1\"", "lampTrainedStaff=\"0\"", "lampTrainedStaff=\"3\"", NULL},
     0, "pass", "RRV,RAL,RAP,RKE"},
    {"only 1 of 4 at Q2, below the line of 2", "FD-URO-01",
     {"lampTrainedStaff=\"1\"", "lampTrainedStaff=\"0\"", NULL}, 0, "at-risk", "RAL,RAP,RKE"},
    {"example at Q1: line of 1 met", "FD-URO-01", {NULL}, 1, "not-due", "RAP,RKE"},
    {"example at Q3: 2 below the line of 3", "FD-URO-01", {NULL}, 3, "at-risk", "RAP,RKE"},
    {"example at Q4: due, RAP and RKE have none", "FD-URO-01", {NULL}, 4, "fail", "RAP,RKE"},
    {"no urology providers listed", "FD-URO-01", {NO_URO_PROVIDERS, NULL}, 0, "missing", ""},
    {"malformed staff count", "FD-URO-01", {"lampTrainedStaff=\"2\"", "lampTrainedStaff=\"two\"", NULL}, 0,
     "missing", "RRV"},

    /* FD-URO-02: one stop haematuria service assessed at each provider by Q2. */
    {"example: every provider assessed", "FD-URO-02", {NULL}, 0, "pass", "RRV,RAL,RAP,RKE"},
    {"RKE not assessed at Q2", "FD-URO-02",
     {"oneStopHaematuria=\"not-feasible\"", "oneStopHaematuria=\"not-assessed\"", NULL}, 0, "fail", "RKE"},
    {"RKE not assessed at Q1", "FD-URO-02",
     {"oneStopHaematuria=\"not-feasible\"", "oneStopHaematuria=\"not-assessed\"", NULL}, 1, "not-due", "RKE"},
    {"malformed status", "FD-URO-02", {"oneStopHaematuria=\"live\"", "oneStopHaematuria=\"yes\"", NULL}, 0,
     "missing", "RRV"},
    {"no urology providers listed", "FD-URO-02", {NO_URO_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-URO-03: analyser and improvement plan by Q2, lowest quartile, not tier 1. */
    {"example: RAL complete, RAP tier 1 excluded", "FD-URO-03", {NULL}, 0, "pass", "RAL"},
    {"example at Q1: RAL already complete", "FD-URO-03", {NULL}, 1, "pass", "RAL"},
    {"improvement plan dated after 30 September", "FD-URO-03",
     {RAL_PLAN, "improvementPlan=\"2025-10-03\"", NULL}, 0, "fail", "RAL"},
    {"improvement plan dated 30 September", "FD-URO-03",
     {RAL_PLAN, "improvementPlan=\"2025-09-30\"", NULL}, 0, "pass", "RAL"},
    {"analyser lacks kidney", "FD-URO-03",
     {"analyserPathways=\"prostate bladder kidney\"", "analyserPathways=\"prostate bladder\"", NULL}, 0, "fail",
     "RAL"},
    {"no improvement plan", "FD-URO-03", {RAL_PLAN, "", NULL}, 0, "fail", "RAL"},
    {"RAP tier 2: no analyser or plan at Q2", "FD-URO-03", {RAP_TIER2, NULL}, 0, "fail", "RAP"},
    {"RAP tier 2 at Q1: not yet due", "FD-URO-03", {RAP_TIER2, NULL}, 1, "not-due", "RAP"},
    {"RKE lowest quartile (tier none) at Q3", "FD-URO-03",
     {"<Provider code=\"RKE\" fdsLowestQuartile=\"false\"", "<Provider code=\"RKE\" fdsLowestQuartile=\"true\"",
      NULL},
     3, "fail", "RKE"},
    {"triage model a placeholder", "FD-URO-03", {RAL_TRIAGE, "triageModel=\"TBC\"", NULL}, 0, "missing", "RAL"},
    {"triage model absent", "FD-URO-03", {RAL_TRIAGE, "", NULL}, 0, "missing", "RAL"},
    {"analyser on 45 patients", "FD-URO-03", {"analyserPatients=\"30\"", "analyserPatients=\"45\"", NULL}, 0,
     "at-risk", "RAL"},
    {"analyser on 45 patients at Q1", "FD-URO-03", {"analyserPatients=\"30\"", "analyserPatients=\"45\"", NULL},
     1, "at-risk", "RAL"},
    {"no lowest-quartile provider outside tier 1", "FD-URO-03",
     {"<Provider code=\"RAL\" fdsLowestQuartile=\"true\"", "<Provider code=\"RAL\" fdsLowestQuartile=\"false\"",
      NULL},
     0, "not-applicable", ""},
    {"malformed improvement plan date", "FD-URO-03", {RAL_PLAN, "improvementPlan=\"12/09/2025\"", NULL}, 0,
     "missing", "RAL"},

    /* FD-URO-04: pathway analyser 'median averages' screenshot once in the year. */
    {"example: submitted", "FD-URO-04", {NULL}, 0, "pass", ""},
    {"example at Q4: submitted", "FD-URO-04", {NULL}, 4, "pass", ""},
    {"not submitted at Q2", "FD-URO-04",
     {"submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"", NULL}, 0, "not-due", "urology"},
    {"not submitted at Q4", "FD-URO-04",
     {"submitted=\"true\" date=\"2025-07-04\"", "submitted=\"false\"", NULL}, 4, "fail", "urology"},
    {"screenshot element absent", "FD-URO-04",
     {"<AnalyserScreenshot submitted=\"true\" date=\"2025-07-04\"/>", "", NULL}, 0, "missing", "urology"},
    {"malformed submitted flag", "FD-URO-04",
     {"submitted=\"true\" date=\"2025-07-04\"", "submitted=\"yes\"", NULL}, 4, "missing", "urology"},

    /* FD-GYN-01: unscheduled bleeding on HRT pathway live at eligible providers by Q2. */
    {"example: RAP planned at Q2", "FD-GYN-01", {NULL}, 0, "fail", "RAP"},
    {"RAP live", "FD-GYN-01", {"hrtPathway=\"planned\"", "hrtPathway=\"live\"", NULL}, 0, "pass", "RRV,RAL,RAP"},
    {"RAP bau", "FD-GYN-01", {"hrtPathway=\"planned\"", "hrtPathway=\"bau\"", NULL}, 3, "pass", "RRV,RAL,RAP"},
    {"example at Q1: RAP planned", "FD-GYN-01", {NULL}, 1, "not-due", "RAP"},
    {"RAP not started at Q1", "FD-GYN-01", {"hrtPathway=\"planned\"", "hrtPathway=\"not-started\"", NULL}, 1,
     "at-risk", "RAP"},
    {"example at Q4: RAP still planned", "FD-GYN-01", {NULL}, 4, "fail", "RAP"},
    {"no eligible provider", "FD-GYN-01",
     {"eligible=\"true\" hrtPathway", "eligible=\"false\" hrtPathway", "eligible=\"true\" hrtPathway",
      "eligible=\"false\" hrtPathway", "eligible=\"true\" hrtPathway", "eligible=\"false\" hrtPathway", NULL},
     0, "not-applicable", "RRV,RAL,RAP,RKE"},
    {"malformed pathway status", "FD-GYN-01", {"hrtPathway=\"planned\"", "hrtPathway=\"Planned\"", NULL}, 0,
     "missing", "RAP"},
    {"no gynaecology providers listed", "FD-GYN-01", {NO_GYN_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-GYN-02: every live HRT bleeding service BAU by Q4, informed by evaluation. */
    {"example: RRV and RAL live, not yet due", "FD-GYN-02", {NULL}, 0, "not-due", "RRV,RAL"},
    {"example at Q3: RAL live with no evaluation", "FD-GYN-02", {NULL}, 3, "missing", "RAL"},
    {"RAL evaluated at Q3", "FD-GYN-02",
     {"liveDate=\"2025-04-14\" evaluation=\"false\"", "liveDate=\"2025-04-14\" evaluation=\"true\"", NULL}, 3,
     "not-due", "RRV,RAL"},
    {"example at Q4: RRV and RAL not BAU", "FD-GYN-02", {NULL}, 4, "fail", "RRV,RAL"},
    {"both live services BAU at Q4", "FD-GYN-02",
     {"hrtPathway=\"live\"", "hrtPathway=\"bau\"", "hrtPathway=\"live\"", "hrtPathway=\"bau\"", NULL}, 4, "pass",
     "RRV,RAL"},
    {"no live service", "FD-GYN-02",
     {"hrtPathway=\"live\"", "hrtPathway=\"planned\"", "hrtPathway=\"live\"", "hrtPathway=\"planned\"", NULL}, 4,
     "not-applicable", "RRV,RAL,RAP,RKE"},
    {"malformed pathway status", "FD-GYN-02", {"hrtPathway=\"live\"", "hrtPathway=\"LIVE\"", NULL}, 0, "missing",
     "RRV"},
    {"no gynaecology providers listed", "FD-GYN-02", {NO_GYN_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-GYN-03: gynaecology analyser and improvement plan by Q2, lowest quartile, not tier 1. */
    {"example: only RAP is lowest quartile, and tier 1", "FD-GYN-03", {NULL}, 0, "not-applicable", ""},
    {"RAP tier 2: no analyser or plan at Q2", "FD-GYN-03", {RAP_TIER2, NULL}, 0, "fail", "RAP"},
    {"RAP tier 2 at Q1: not yet due", "FD-GYN-03", {RAP_TIER2, NULL}, 1, "not-due", "RAP"},
    {"RRV lowest quartile, complete", "FD-GYN-03", {GYN_RRV_COMPLETE("30", "2025-09-01"), NULL}, 0, "pass", "RRV"},
    {"RRV plan dated after 30 September", "FD-GYN-03", {GYN_RRV_COMPLETE("30", "2025-10-15"), NULL}, 0, "fail",
     "RRV"},
    {"RRV plan dated after 30 September, at Q1", "FD-GYN-03", {GYN_RRV_COMPLETE("30", "2025-10-15"), NULL}, 1,
     "not-due", "RRV"},
    {"RRV without a triage model", "FD-GYN-03",
     {GYN_RRV_LQ("analyserPatients=\"30\" improvementPlan=\"2025-09-01\""), NULL}, 0, "missing", "RRV"},
    {"RRV analyser on 40 patients", "FD-GYN-03", {GYN_RRV_COMPLETE("40", "2025-09-01"), NULL}, 0, "at-risk",
     "RRV"},

    /* FD-BRE-01: breast pain pathway live at eligible providers by Q2. */
    {"example: RAP not started at Q2", "FD-BRE-01", {NULL}, 0, "fail", "RAP"},
    {"RAP live", "FD-BRE-01", {"breastPainPathway=\"not-started\"", "breastPainPathway=\"live\"", NULL}, 0, "pass",
     "RRV,RAL,RAP,RKE"},
    {"example at Q1: RAP not started", "FD-BRE-01", {NULL}, 1, "at-risk", "RAP"},
    {"RAP planned at Q1", "FD-BRE-01", {"breastPainPathway=\"not-started\"", "breastPainPathway=\"planned\"", NULL},
     1, "not-due", "RAP"},
    {"no eligible provider", "FD-BRE-01",
     {"eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway",
      "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway",
      "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway",
      "eligible=\"true\" breastPainPathway", "eligible=\"false\" breastPainPathway", NULL},
     0, "not-applicable", "RRV,RAL,RAP,RKE"},
    {"malformed pathway status", "FD-BRE-01", {"breastPainPathway=\"not-started\"", "breastPainPathway=\"none\"", NULL},
     0, "missing", "RAP"},
    {"no breast providers listed", "FD-BRE-01", {NO_BRE_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-BRE-02: every live breast pain service BAU by Q4. */
    {"example: three live, not yet due", "FD-BRE-02", {NULL}, 0, "not-due", "RRV,RAL,RKE"},
    {"example at Q3: RRV live with no evaluation", "FD-BRE-02", {NULL}, 3, "missing", "RRV"},
    {"example at Q4: three not BAU", "FD-BRE-02", {NULL}, 4, "fail", "RRV,RAL,RKE"},
    {"all live services BAU at Q4", "FD-BRE-02",
     {"breastPainPathway=\"live\"", "breastPainPathway=\"bau\"", "breastPainPathway=\"live\"",
      "breastPainPathway=\"bau\"", "breastPainPathway=\"live\"", "breastPainPathway=\"bau\"", NULL},
     4, "pass", "RRV,RAL,RKE"},
    {"no live service", "FD-BRE-02",
     {"breastPainPathway=\"live\"", "breastPainPathway=\"planned\"", "breastPainPathway=\"live\"",
      "breastPainPathway=\"planned\"", "breastPainPathway=\"live\"", "breastPainPathway=\"planned\"", NULL},
     0, "not-applicable", "RRV,RAL,RAP,RKE"},
    {"no breast providers listed", "FD-BRE-02", {NO_BRE_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-SKN-01: teledermatology over 50% of USC skin referrals in applicable services. */
    {"example: RAP below 50%", "FD-SKN-01", {NULL}, 0, "fail", "RAP"},
    {"all above 50%", "FD-SKN-01", {"teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"51.0\"", NULL}, 0,
     "pass", "RRV,RAL,RAP"},
    {"exactly 50% is not over 50%", "FD-SKN-01",
     {"teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"50\"", NULL}, 0, "fail", "RAP"},
    {"example at Q4: RAP below 50%", "FD-SKN-01", {NULL}, 4, "fail", "RAP"},
    {"RAP below 50% with no rollout plan", "FD-SKN-01",
     {"teledermatologyPercent=\"41.2\" rolloutPlan=\"true\"", "teledermatologyPercent=\"41.2\" rolloutPlan=\"false\"",
      NULL},
     0, "missing", "RAP"},
    {"malformed percentage", "FD-SKN-01", {"teledermatologyPercent=\"41.2\"", "teledermatologyPercent=\"41.2%\"", NULL},
     0, "missing", "RAP"},
    {"no applicable service", "FD-SKN-01",
     {"applicable=\"true\"", "applicable=\"false\"", "applicable=\"true\"", "applicable=\"false\"",
      "applicable=\"true\"", "applicable=\"false\"", NULL},
     0, "not-applicable", "RRV,RAL,RAP,RKE"},
    {"no skin providers listed", "FD-SKN-01", {NO_SKN_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-SKN-02: teledermatology BAU funding mechanisms by Q2. */
    {"example: RAP without BAU funding", "FD-SKN-02", {NULL}, 0, "fail", "RAP"},
    {"RAP with BAU funding", "FD-SKN-02", {"rolloutPlan=\"true\" bauFunding=\"false\"",
                                           "rolloutPlan=\"true\" bauFunding=\"true\"", NULL},
     0, "pass", "RRV,RAL,RAP"},
    {"example at Q1: not yet due", "FD-SKN-02", {NULL}, 1, "not-due", "RAP"},
    {"malformed funding flag", "FD-SKN-02",
     {"rolloutPlan=\"true\" bauFunding=\"false\"", "rolloutPlan=\"true\" bauFunding=\"no\"", NULL}, 0, "missing",
     "RAP"},
    {"no applicable service", "FD-SKN-02",
     {"applicable=\"true\"", "applicable=\"false\"", "applicable=\"true\"", "applicable=\"false\"",
      "applicable=\"true\"", "applicable=\"false\"", NULL},
     0, "not-applicable", "RRV,RAL,RAP,RKE"},
    {"no skin providers listed", "FD-SKN-02", {NO_SKN_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-SKN-03: nurse roles and one-stop surgery, with a skin narrative. */
    {"example: RRV and RAL have either", "FD-SKN-03", {NULL}, 0, "pass", "RRV,RAL"},
    {"example at Q4", "FD-SKN-03", {NULL}, 4, "pass", "RRV,RAL"},
    {"no applicable provider has either", "FD-SKN-03",
     {"nurseRoles=\"true\" oneStopSurgery=\"true\"", "nurseRoles=\"false\" oneStopSurgery=\"false\"",
      "nurseRoles=\"false\" oneStopSurgery=\"true\"", "nurseRoles=\"false\" oneStopSurgery=\"false\"", NULL},
     0, "missing", "RRV,RAL,RAP"},
    {"no provider is applicable", "FD-SKN-03",
     {"applicable=\"true\"", "applicable=\"false\"", "applicable=\"true\"", "applicable=\"false\"",
      "applicable=\"true\"", "applicable=\"false\"", NULL},
     0, "missing", "skin"},
    {"skin narrative a placeholder", "FD-SKN-03",
     {SKIN_NARRATIVE, "<Narrative>TBC</Narrative><!-- Teledermatology covers", SKIN_NARRATIVE_END,
      "run weekly at RRV and RAL. -->", NULL},
     0, "missing", "skin"},
    {"skin narrative absent", "FD-SKN-03", {REMOVE(SKIN_NARRATIVE, SKIN_NARRATIVE_END), NULL}, 0, "missing", "skin"},
    {"malformed nurse roles flag", "FD-SKN-03", {"nurseRoles=\"true\"", "nurseRoles=\"Y\"", NULL}, 0, "missing",
     "RRV"},
    {"no skin providers listed", "FD-SKN-03", {NO_SKN_PROVIDERS, NULL}, 0, "missing", ""},

    /* FD-SKN-04: teledermatology access in deprived areas and skin-type photography training. */
    {"example: both true", "FD-SKN-04", {NULL}, 0, "pass", ""},
    {"deprivation access false", "FD-SKN-04",
     {"deprivationAccess=\"true\"", "deprivationAccess=\"false\"", NULL}, 0, "missing", "deprivationAccess"},
    {"both false at Q4", "FD-SKN-04",
     {"deprivationAccess=\"true\" skinTypeTraining=\"true\"", "deprivationAccess=\"false\" skinTypeTraining=\"false\"",
      NULL},
     4, "missing", "deprivationAccess,skinTypeTraining"},
    {"inequalities absent", "FD-SKN-04",
     {"<Inequalities deprivationAccess=\"true\" skinTypeTraining=\"true\"/>", "", NULL}, 0, "missing",
     "deprivationAccess,skinTypeTraining"},
    {"malformed training flag", "FD-SKN-04", {"skinTypeTraining=\"true\"", "skinTypeTraining=\"1\"", NULL}, 0,
     "missing", "skinTypeTraining"},

    /* FD-ALL-01: a narrative of at least 40 words for each priority pathway. */
    {"example: four narratives of 45+ words", "FD-ALL-01", {NULL}, 0, "pass", "urology,gynaecology,breast,skin"},
    {"breast narrative of exactly 40 words", "FD-ALL-01",
     {"Evaluation of the RRV service is being completed with the ICB ahead of its business-as-usual business case.",
      "The RRV evaluation is complete.", NULL},
     0, "pass", "urology,gynaecology,breast,skin"},
    {"breast narrative of 8 words", "FD-ALL-01",
     {"<Narrative>Breast pain pathways are live at three providers.",
      "<Narrative>Breast pain pathways are live at three providers.</Narrative><!-- ",
      "business case.</Narrative>", "business case. -->", NULL},
     0, "missing", "breast"},
    {"gynaecology narrative TBC", "FD-ALL-01",
     {"<Narrative>The unscheduled bleeding on HRT pathway", "<Narrative>TBC</Narrative><!-- The unscheduled",
      "held through tiering.</Narrative>", "held through tiering. -->", NULL},
     0, "missing", "gynaecology"},
    {"urology narrative empty, skin narrative absent, at Q4", "FD-ALL-01",
     {"<Narrative>Two of four providers", "<Narrative></Narrative><!-- Two of four providers",
      "through tiering.</Narrative>", "through tiering. -->", REMOVE(SKIN_NARRATIVE, SKIN_NARRATIVE_END), NULL},
     4, "missing", "urology,skin"},
};
T_REGISTER_CASES(cases)

ParameterizedTestParameters(rules_fd, cases)
{
    return cr_make_param_array(t_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(t_case *c, rules_fd, cases)
{
    t_rule_case(c);
}
