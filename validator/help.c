/* help.c: what `assure --help` and each `assure COMMAND --help` print. The
 * man page (validator/assure.1) says the same at length; tests/e2e/manpage
 * checks that every option printed here is in it, so the two cannot
 * drift apart. */
#include "asr_cli.h"

#include <string.h>

const char ASR_USAGE[] = "usage: assure check [options] RETURN.xml|DIR ...\n"
                         "       assure summary [options] RETURN.xml|DIR ...\n"
                         "       assure rules list|show ID|doc|test [ID...]|lint|new ID [options]\n"
                         "       assure template [options]\n"
                         "       assure serve [options]\n"
                         "       assure --help | --version\n";

const char ASR_HELP[] =
    "\nassure checks Cancer Alliance quarterly returns against the deliverables of the\n"
    "cancer planning pack in force for each return's financial year and quarter.\n"
    "\n"
    "commands:\n"
    "  check        check returns: a finding per rule, with prompts (text, json, csv,\n"
    "               html, junit, svrl or xlsx)\n"
    "  summary      one row per return, one column per rule (the regional RAG matrix)\n"
    "  rules list   the catalogue: ID, workstream, due quarter, dates in force, title\n"
    "  rules show   one rule as a reviewer reads it\n"
    "  rules doc    the whole catalogue as Markdown\n"
    "  rules test   run the rules' fixtures\n"
    "  rules lint   problems in rules and fixtures, with file and line\n"
    "  rules new    a new rule and its fixtures from a template\n"
    "  template     a blank quarterly return of the current schema, to fill in\n"
    "  serve        a web page where alliances check returns in a browser, and a JSON\n"
    "               API for portals (http://127.0.0.1:8080/ by default)\n"
    "\n"
    "'assure COMMAND --help' for a command's options; 'man assure' for the manual.\n";

const char ASR_CHECK_HELP[] =
    "usage: assure check [options] RETURN.xml|DIR ...\n"
    "\n"
    "Check quarterly returns against the rules in force for each return's\n"
    "financial year and quarter. A DIR means every *.xml file below it (.XML too).\n"
    "\n"
    "options:\n"
    "  --format FORMAT        text (default; colour on a terminal only), json, csv,\n"
    "                         html, junit, svrl or xlsx (an Excel workbook: to -o FILE\n"
    "                         or a pipe, never onto a terminal)\n"
    "  -o, --output FILE      write the report to FILE instead of stdout (atomically)\n"
    "  --rules DIR            a folder of rules added to the national catalogue (repeat\n"
    "                         it for several); a folder holding catalogue.lua replaces\n"
    "                         the national catalogue\n"
    "  --only ID[,ID...]      run only these rules\n"
    "  --workstream NAME      run only this workstream's rules\n"
    "  --quarter Q1..Q4       judge every return as if at that quarter\n"
    "  --history DIR          earlier returns: cross-quarter checks (HIST-nn) and each\n"
    "                         finding marked new, persisting or resolved\n"
    "  --waivers FILE         agreed exceptions (CSV: rule,alliance,provider,reason,expires)\n"
    "  --tolerances FILE      the region's own values for the thresholds the planning\n"
    "                         pack does not give (tolerance { \"FIN-03.forecast\", 95 })\n"
    "  -j, --jobs N           parallel workers (default: the number of CPUs)\n"
    "  --rule-time SECONDS    CPU time a rule may take on one return before it is\n"
    "                         stopped as an error (default 2)\n"
    "  --fail-on fail|missing|at-risk|never\n"
    "                         lowest outcome that makes the exit status 1 (default fail)\n"
    "  -h, --help             this help\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on; 1 something is; 2 usage error\n"
    "or a return that could not be read (the others are still checked); 3 a rule\n"
    "script failed to load.\n";

const char ASR_SUMMARY_HELP[] =
    "usage: assure summary [options] RETURN.xml|DIR ...\n"
    "\n"
    "One row per return (sorted by region and alliance), one column per rule,\n"
    "each cell the rule's outcome, with counts per rule across the returns.\n"
    "\n"
    "options:\n"
    "  --format FORMAT        text (default), csv, html or xlsx (the same workbook as\n"
    "                         check's)\n"
    "  -o, --output FILE      write it to FILE instead of stdout (atomically)\n"
    "  --rules DIR, --only ID[,ID...], --workstream NAME, --quarter Q1..Q4,\n"
    "  --history DIR, --waivers FILE, --tolerances FILE, -j, --jobs N,\n"
    "  --rule-time SECONDS, --fail-on fail|missing|at-risk|never\n"
    "                         as for check\n"
    "  -h, --help             this help\n"
    "\n"
    "exit status: as for check.\n";

/* `rules` (as rules/README.md section 3.9 shows it; tests/e2e/guide checks)
 * and each of its subcommands. */
static const char RULES_HELP[] =
    "usage: assure rules list      ID, workstream, due quarter, dates in force and title of each "
    "rule\n"
    "       assure rules show ID   one rule as a user sees it\n"
    "       assure rules doc [-o FILE]\n"
    "                              the whole catalogue as Markdown\n"
    "       assure rules test [ID...]\n"
    "                              run the rules' fixtures (*.test.lua); ends 'N passed, N "
    "failed'\n"
    "       assure rules lint      problems in rules and fixtures, with file and line\n"
    "       assure rules new ID [--dir DIR] [--workstream NAME]\n"
    "                              a rule and its fixtures from a template\n"
    "\n"
    "--rules DIR (repeatable) adds a folder of rules, such as a region's own, to\n"
    "the national catalogue; the same ID in two places is an error unless their\n"
    "dates in force do not overlap.\n";

#define RULES_OPTION                                                                               \
    "  --rules DIR            a folder of rules added to the national catalogue (repeat\n"         \
    "                         it for several); a folder holding catalogue.lua replaces\n"          \
    "                         the national catalogue\n"
#define TOLERANCES_OPTION                                                                          \
    "  --tolerances FILE      the region's own values for the planning pack's open\n"              \
    "                         thresholds\n"
#define HELP_OPTION "  -h, --help             this help\n"

static const char RULES_LIST_HELP[] =
    "usage: assure rules list [--rules DIR]... [--tolerances FILE]\n"
    "\n"
    "The catalogue, a line per rule: ID, workstream, due quarter, the dates it is\n"
    "in force, and title; the built-in XML-02 first.\n"
    "\n"
    "options:\n" RULES_OPTION TOLERANCES_OPTION HELP_OPTION;

static const char RULES_SHOW_HELP[] =
    "usage: assure rules show ID [--rules DIR]... [--tolerances FILE]\n"
    "\n"
    "One rule as a reviewer reads it: what it checks, where in the return, its\n"
    "source in the planning pack, when it is due, and what each outcome says.\n"
    "\n"
    "options:\n" RULES_OPTION TOLERANCES_OPTION HELP_OPTION;

static const char RULES_DOC_HELP[] =
    "usage: assure rules doc [-o FILE] [--rules DIR]... [--tolerances FILE]\n"
    "\n"
    "The whole framework as Markdown for a policy lead, made from the catalogue\n"
    "and the rules themselves, so it cannot drift from them.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE      write it to FILE instead of stdout (atomically)\n" RULES_OPTION
        TOLERANCES_OPTION HELP_OPTION;

static const char RULES_TEST_HELP[] =
    "usage: assure rules test [ID...] [--rules DIR]... [--tolerances FILE]\n"
    "\n"
    "Run the fixtures (*.test.lua beside each rule) of the rules named, or of\n"
    "every rule: a line per case, then 'N passed, N failed'.\n"
    "\n"
    "options:\n" RULES_OPTION TOLERANCES_OPTION HELP_OPTION "\n"
    "exit status: 0 every case passed; 1 one failed; 3 a rule script failed to load.\n";

static const char RULES_LINT_HELP[] =
    "usage: assure rules lint [--rules DIR]...\n"
    "\n"
    "Problems in the catalogue, the rules and their fixtures, each with its file\n"
    "and line, then how many in how many rules and fixtures.\n"
    "\n"
    "options:\n" RULES_OPTION HELP_OPTION "\n"
    "exit status: 0 no problem; 1 problems.\n";

static const char RULES_NEW_HELP[] =
    "usage: assure rules new ID [--dir DIR] [--workstream NAME] [--rules DIR]...\n"
    "\n"
    "Write DIR/<id>.lua and DIR/<id>.test.lua from a template that already runs,\n"
    "never overwriting, and say what to run next.\n"
    "\n"
    "options:\n"
    "  --dir DIR              where (default: the last --rules DIR, else ./local)\n"
    "  --workstream NAME      the rule's workstream (default faster-diagnosis)\n" RULES_OPTION
        HELP_OPTION;

const char *asr_rules_help(const char *sub)
{
    static const struct {
        const char *sub, *help;
    } subs[] = {
        {"list", RULES_LIST_HELP}, {"show", RULES_SHOW_HELP}, {"doc", RULES_DOC_HELP},
        {"test", RULES_TEST_HELP}, {"lint", RULES_LINT_HELP}, {"new", RULES_NEW_HELP},
    };
    for (size_t i = 0; sub && i < sizeof subs / sizeof subs[0]; i++)
        if (strcmp(sub, subs[i].sub) == 0)
            return subs[i].help;
    return RULES_HELP;
}

const char ASR_TEMPLATE_HELP[] =
    "usage: assure template [options]\n"
    "\n"
    "Write a blank quarterly return of the current schema version (or --version),\n"
    "from its XSD: every section and element, every value to fill in, and a comment\n"
    "on what goes where. The year and quarter default to today's.\n"
    "\n"
    "options:\n"
    "  --alliance CODE        the alliance's ODS code (E56000027)\n"
    "  --year YYYY/YY         the financial year (2025/26)\n"
    "  --quarter Q1..Q4       the quarter\n"
    "  --version V            the schema version (default: the latest)\n"
    "  -o, --output FILE      write it to FILE instead of stdout (atomically)\n" RULES_OPTION
        HELP_OPTION;
